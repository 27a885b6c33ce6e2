"""A stored review's sentences for the English UI: the store keeps them in German; they are worded
again from the records, and taken only where they still read the same (``reviews.worded_lines``)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from nspdesk.domain.editions import ProgramLibrary
from nspdesk.domain.messages import Text
from nspdesk.domain.partner_input import YearInput
from nspdesk.store import demo, reviews
from nspdesk.store.opening import Store
from nspdesk.store.partner_records import set_year_figures

TODAY = date(2026, 11, 25)
YEAR = 2025


def test_stored_reasons_are_worded_again_where_the_records_are_unchanged(
    store: Store, library: ProgramLibrary
) -> None:
    with store.database.write() as session:
        demo.seed(session, library, TODAY)
        review = reviews.run_review(session, library, YEAR, TODAY)
        stored = {line.proposal.company: line.proposal for line in reviews.lines_of(review)}
        assert not any(isinstance(r, Text) for p in stored.values() for r in p.reasons)
        changed = stored["Ostsee Consulting GmbH"].partner_id
        set_year_figures(session, changed, YEAR, YearInput(projects=40, revenue=Decimal(90000)))
        worded = {
            line.proposal.partner_id: line
            for line in reviews.worded_lines(session, library, review)
        }
    assert len(worded) == len(stored)
    for proposal in stored.values():
        line = worded[proposal.partner_id]
        assert line.proposal.reasons == proposal.reasons  # the same German
        assert line.proposal.missing_by_tier == proposal.missing_by_tier
        as_text = all(isinstance(r, Text) for r in line.proposal.reasons)
        assert as_text is (proposal.partner_id != changed), proposal.company
