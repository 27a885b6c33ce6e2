"""A review keeps its proposals' sentences as the run worded them (issue 20, migration 0012):
showing a review evaluates no partner, the sentences render in either UI language, and what a
review shows does not change when the records or the rules change after the run: a confirmed
review's sentences stay what they were when it was confirmed, and a draft shows what its run
found until the review is run again. On SQLite and PostgreSQL."""

from __future__ import annotations

import json
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import column, create_engine, insert, select, table, update
from sqlalchemy.orm import Session

from nspdesk.domain.editions import ProgramLibrary
from nspdesk.domain.messages import Text
from nspdesk.domain.partner_input import YearInput
from nspdesk.domain.review import Proposal
from nspdesk.services import annual_review
from nspdesk.services.workspace import Workspace
from nspdesk.store import demo, reviews
from nspdesk.store.location import Location
from nspdesk.store.migrate import alembic_config
from nspdesk.store.models import Partner, ReviewItem
from nspdesk.store.opening import Store, open_store
from nspdesk.store.partner_records import set_year_figures

TODAY = date(2026, 11, 25)
YEAR = 2025


def sentences(proposal: Proposal) -> tuple[tuple[str, ...], dict[str, tuple[str, ...]]]:
    """The German of a proposal's reasons and gaps."""
    return (
        tuple(str.__str__(r) for r in proposal.reasons),
        {k: tuple(str.__str__(s) for s in v) for k, v in proposal.missing_by_tier.items()},
    )


def test_the_run_stores_the_sentences_as_texts(store: Store, library: ProgramLibrary) -> None:
    with store.database.write() as session:
        demo.seed(session, library, TODAY)
        review = reviews.run_review(session, library, YEAR, TODAY)
        review_id = review.id
        item = review.items[0]
        assert item.company_key == item.company.casefold()
        # the German columns stay as they were (the export, the CLI, the letters read them)
        stored = reviews.proposal_of(item)
        assert "\n".join(stored.reasons) == item.reasons
        assert json.loads(item.missing_by_tier) == {
            k: list(v) for k, v in stored.missing_by_tier.items()
        }
    state = annual_review.show(Workspace(store, library), review_id).state
    lines = state.lines
    assert lines and all(isinstance(r, Text) for line in lines for r in line.proposal.reasons)
    assert all(
        isinstance(s, Text)
        for line in lines
        for gaps in line.proposal.missing_by_tier.values()
        for s in gaps
    )
    assert any(line.proposal.missing_by_tier for line in lines)


def test_an_item_without_stored_sentences_shows_its_german(
    store: Store, library: ProgramLibrary
) -> None:
    with store.database.write() as session:
        demo.seed(session, library, TODAY)
        review = reviews.run_review(session, library, YEAR, TODAY)
        item = review.items[0]
        worded = reviews.proposal_of(item)
        item.worded = ""
        plain = reviews.proposal_of(item)
    assert sentences(plain) == sentences(worded)
    # kept only in German: marked as German for another UI language, never worded again
    assert all(isinstance(r, Text) and r.source == "{sentence}" for r in plain.reasons)


def _change_every_partners_figures(store: Store) -> None:
    with store.database.write() as session:
        for partner_id in session.scalars(select(Partner.id)):
            set_year_figures(
                session, partner_id, YEAR, YearInput(projects=40, revenue=Decimal(900000))
            )


def test_a_draft_shows_what_its_run_found_until_it_is_run_again(
    store: Store, library: ProgramLibrary
) -> None:
    workspace = Workspace(store, library)
    with store.database.write() as session:
        demo.seed(session, library, TODAY)
    made = annual_review.run(workspace, YEAR, TODAY)
    before = {line.proposal.partner_id: line.proposal for line in made.lines}
    _change_every_partners_figures(store)

    shown = annual_review.latest(workspace, YEAR)
    assert shown is not None and shown.review_id == made.review_id and not shown.confirmed
    for line in shown.lines:
        assert line.proposal == before[line.proposal.partner_id]  # the same sentences, as Texts
        assert all(isinstance(r, Text) for r in line.proposal.reasons)
    again = annual_review.run(workspace, YEAR, TODAY)  # a new run words what the records say now
    changed = {line.proposal.partner_id: line.proposal for line in again.lines}
    assert any(sentences(changed[k]) != sentences(p) for k, p in before.items())


def test_a_confirmed_review_keeps_its_sentences(store: Store, library: ProgramLibrary) -> None:
    workspace = Workspace(store, library)
    with store.database.write() as session:
        demo.seed(session, library, TODAY)
    made = annual_review.run(workspace, YEAR, TODAY)
    confirmed = annual_review.confirm(workspace, made.review_id, "Erika", accept_open=True)
    at_confirmation = {line.proposal.partner_id: line.proposal for line in confirmed.lines}
    _change_every_partners_figures(store)
    with store.database.write() as session:  # and the company renamed: the review keeps its name
        session.execute(update(Partner).values(company=Partner.company + " (neu)"))

    for state in (
        annual_review.latest(workspace, YEAR),
        annual_review.show(workspace, made.review_id).state,
    ):
        assert state is not None and state.confirmed
        assert {line.proposal.partner_id: line.proposal for line in state.lines} == at_confirmation
    head = annual_review.latest_head(workspace, YEAR)
    page = annual_review.review_page(
        workspace, made.review_id, annual_review.ReviewQuery(), 0, 1000
    )
    assert head is not None and head.count == page.count == len(at_confirmation)
    assert {line.proposal.partner_id: line.proposal for line in page.rows} == at_confirmation


_OLD_ITEM_COLUMNS = (
    "review_id",
    "partner_id",
    "company",
    "track",
    "recorded_tier",
    "recorded_msp_level",
    "proposed_tier",
    "proposed_msp_level",
    "kind",
    "reasons",
    "missing_by_tier",
    "projects_manual",
    "projects_won",
    "revenue_manual",
    "revenue_won",
    "mrr_manual",
    "mrr_won",
    "decision",
    "final_tier",
    "final_msp_level",
    "override_reason",
)


def test_a_database_at_0011_with_a_review_upgrades(
    location: Location, library: ProgramLibrary
) -> None:
    """A review stored before 0012 (German sentences only) keeps everything and shows the same
    sentences as before."""
    from alembic import command

    engine = create_engine(location.url)
    with engine.begin() as connection:
        command.upgrade(alembic_config(connection), "0011")
    old_reviews = table(
        "reviews",
        *(column(n) for n in ("id", "year", "as_of", "edition", "created_at", "confirmed_by")),
    )
    old_items = table("review_items", column("id"), *(column(n) for n in _OLD_ITEM_COLUMNS))
    with Session(engine) as session, session.begin():
        demo.seed(session, library, TODAY)
        program, found = reviews.proposals(session, library, YEAR, TODAY)
        session.execute(
            insert(old_reviews).values(
                id=7,
                year=YEAR,
                as_of=TODAY,
                edition=program.edition,
                created_at=datetime(2026, 11, 25, 9, 0),  # noqa: DTZ001 - naive UTC, as stored
                confirmed_by="",
            )
        )
        for number, p in enumerate(found, start=1):
            f = p.figures
            session.execute(
                insert(old_items).values(
                    id=number,
                    review_id=7,
                    partner_id=p.partner_id,
                    company=p.company,
                    track=p.track,
                    recorded_tier=p.recorded_tier,
                    recorded_msp_level=p.recorded_msp_level,
                    proposed_tier=p.proposed_tier,
                    proposed_msp_level=p.proposed_msp_level,
                    kind=p.kind.value,
                    reasons="\n".join(p.reasons),
                    missing_by_tier=json.dumps(
                        {k: list(v) for k, v in p.missing_by_tier.items()}, ensure_ascii=False
                    ),
                    projects_manual=f.projects_manual,
                    projects_won=f.projects_won,
                    revenue_manual=int(f.revenue_manual * 100),
                    revenue_won=int(f.revenue_won * 100),
                    mrr_manual=int(f.mrr_manual * 100),
                    mrr_won=int(f.mrr_won * 100),
                    decision="accepted" if number == 1 else "open",
                    final_tier=p.proposed_tier,
                    final_msp_level=p.proposed_msp_level,
                    override_reason="",
                )
            )
    engine.dispose()
    expected = {p.partner_id: p for p in found}

    opened = open_store(location)
    try:
        assert opened.migrated_from == "0011"
        workspace = Workspace(opened, library)
        state = annual_review.latest(workspace, YEAR)
        assert state is not None and state.review_id == 7 and not state.confirmed
        assert len(state.lines) == len(found) and state.open_count == len(found) - 1
        for line in state.lines:
            was = expected[line.proposal.partner_id]
            assert sentences(line.proposal) == sentences(was)
            assert line.proposal.figures == was.figures and line.proposal.kind is was.kind
        with opened.database.read() as session:
            keys = dict(session.execute(select(ReviewItem.company, ReviewItem.company_key)).all())
        assert keys and all(key == company.casefold() for company, key in keys.items())
        page = annual_review.review_page(workspace, 7, annual_review.ReviewQuery(), 0, 100)
        assert [line.proposal.company for line in page.rows] == sorted(
            keys, key=lambda company: (company.casefold(), company)
        )
    finally:
        opened.close()

    engine = create_engine(location.url)  # and back down to 0011
    with engine.begin() as connection:
        command.downgrade(alembic_config(connection), "0011")
    with Session(engine) as session:
        assert session.execute(select(old_items.c.company)).all()
    engine.dispose()
