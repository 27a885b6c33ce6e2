"""The review view's list read from the database a window at a time (issue 20): the search by
partner (the partner list's index), the filters by decision and movement, the order of each
column, the count and where a partner stands. On SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import date

import pytest

from nspdesk.domain.editions import ProgramLibrary
from nspdesk.domain.review import Accept, Decision, Movement
from nspdesk.services import annual_review
from nspdesk.services.annual_review import ReviewQuery
from nspdesk.services.workspace import Workspace
from nspdesk.store import demo
from nspdesk.store.opening import Store

TODAY = date(2026, 11, 25)
YEAR = 2025


@pytest.fixture
def made(store: Store, library: ProgramLibrary) -> tuple[Workspace, int]:
    with store.database.write() as session:
        demo.seed(session, library, TODAY)
    workspace = Workspace(store, library)
    return workspace, annual_review.run(workspace, YEAR, TODAY).review_id


def companies(workspace: Workspace, review_id: int, query: ReviewQuery) -> list[str]:
    page = annual_review.review_page(workspace, review_id, query, 0, 100)
    assert page.count == len(page.rows)
    return [line.proposal.company for line in page.rows]


def test_windows_add_up_to_the_list_in_company_order(made: tuple[Workspace, int]) -> None:
    workspace, review_id = made
    everything = companies(workspace, review_id, ReviewQuery())
    assert len(everything) == 12
    assert everything == sorted(everything, key=str.casefold)
    windows = [
        annual_review.review_rows(workspace, review_id, ReviewQuery(), offset, 5)
        for offset in (0, 5, 10)
    ]
    assert [line.proposal.company for rows in windows for line in rows] == everything
    descending = companies(workspace, review_id, ReviewQuery(descending=True))
    assert descending == everything[::-1]
    head = annual_review.latest_head(workspace, YEAR)
    assert head is not None and head.review_id == review_id and not head.confirmed
    state = annual_review.show(workspace, review_id).state
    assert head == annual_review.head_of(state)
    assert (head.count, head.open_count) == (12, 12) and 0 < head.moved < 12


def test_search_filters_and_positions(made: tuple[Workspace, int]) -> None:
    workspace, review_id = made
    assert companies(workspace, review_id, ReviewQuery(search="elbtal")) == ["Elbtal EDV KG"]
    assert companies(workspace, review_id, ReviewQuery(search="el")) == companies(
        workspace, review_id, ReviewQuery()
    )  # a word of two letters is not searched yet (list_search)
    down = companies(workspace, review_id, ReviewQuery(movement=Movement.DOWN.value))
    assert "Elbtal EDV KG" in down and "Nordlicht IT-Service GmbH" not in down

    (elbtal,) = annual_review.review_lines(
        workspace, review_id, [_partner(workspace, review_id, "Elbtal EDV KG")]
    )
    head = annual_review.decided(workspace, review_id, [elbtal.proposal.partner_id], Accept())
    assert head.open_count == 11
    accepted = ReviewQuery(decision=Decision.ACCEPTED.value)
    assert companies(workspace, review_id, accepted) == ["Elbtal EDV KG"]
    assert len(companies(workspace, review_id, ReviewQuery(decision="open"))) == 11

    everything = companies(workspace, review_id, ReviewQuery())
    place = annual_review.review_position(
        workspace, review_id, ReviewQuery(), elbtal.proposal.partner_id
    )
    assert place == everything.index("Elbtal EDV KG")
    assert (
        annual_review.review_position(workspace, review_id, accepted, elbtal.proposal.partner_id)
        == 0
    )
    nordlicht = _partner(workspace, review_id, "Nordlicht IT-Service GmbH")
    assert annual_review.review_position(workspace, review_id, accepted, nordlicht) is None
    assert annual_review.accepted_open(workspace, review_id).open_count == 0


def test_each_column_sorts(made: tuple[Workspace, int]) -> None:
    workspace, review_id = made
    lines = annual_review.review_page(
        workspace, review_id, ReviewQuery(sort="movement"), 0, 100
    ).rows
    order = [line.proposal.kind for line in lines]
    worst_first = [
        Movement.NO_LONGER_QUALIFIES,
        Movement.DOWN,
        Movement.UP,
        Movement.NEW,
        Movement.UNCHANGED,
    ]
    assert order == sorted(order, key=worst_first.index)
    same_kind = [line.proposal.company for line in lines if line.proposal.kind is order[-1]]
    assert same_kind == sorted(same_kind, key=str.casefold)

    program = annual_review.show(workspace, review_id).state.program
    ranks = annual_review.tier_ranks(program)
    for sort in ("recorded", "proposed"):
        page = annual_review.review_page(workspace, review_id, ReviewQuery(sort=sort), 0, 100)
        tiers = [
            line.proposal.recorded_tier if sort == "recorded" else line.proposal.proposed_tier
            for line in page.rows
        ]
        places = [ranks.get(tier, -1) if tier else -1 for tier in tiers]
        assert places == sorted(places), sort
        assert len(set(places)) > 1
    head = annual_review.decided(
        workspace,
        review_id,
        [_partner(workspace, review_id, "Nordlicht IT-Service GmbH")],
        Accept(),
    )
    assert head.open_count == 11
    decisions = [
        line.outcome.decision
        for line in annual_review.review_page(
            workspace, review_id, ReviewQuery(sort="decision", descending=True), 0, 100
        ).rows
    ]
    assert decisions[0] is Decision.ACCEPTED and decisions[-1] is Decision.OPEN


def _partner(workspace: Workspace, review_id: int, company: str) -> int:
    page = annual_review.review_page(workspace, review_id, ReviewQuery(), 0, 100)
    return next(line.proposal.partner_id for line in page.rows if line.proposal.company == company)


def test_windows_of_the_decision_and_movement_orders_cross_their_runs(
    made: tuple[Workspace, int], store: Store
) -> None:
    """Sorted by decision or movement, a window is read from each value's run in turn (an index
    range each): any window is the same slice of the list as the order by the column's rank."""
    from sqlalchemy import select

    from nspdesk.store import reviews
    from nspdesk.store.models import ReviewItem

    workspace, review_id = made
    partners = [
        _partner(workspace, review_id, name)
        for name in ("Nordlicht IT-Service GmbH", "Elbtal EDV KG")
    ]
    annual_review.decided(workspace, review_id, partners[:1], Accept())
    annual_review.decided(workspace, review_id, partners[1:], Accept())
    for sort in ("decision", "movement"):
        for descending in (False, True):
            for search in ("", "gmbh"):
                query = reviews.ItemQuery(search, sort=sort, descending=descending)
                with store.database.read() as session:
                    where = reviews._filtered(session, review_id, query)
                    ranked = select(ReviewItem.id).where(*where).order_by(*reviews._order(query))
                    expected = list(session.scalars(ranked))
                    assert len(set(expected)) > 2
                    for size in (1, 2, 5):
                        read = [
                            item.id
                            for offset in range(0, len(expected) + size, size)
                            for item in reviews.item_window(session, review_id, query, offset, size)
                        ]
                        assert read == expected, (sort, descending, search, size)
