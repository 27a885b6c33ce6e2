"""The quote list's windows read by key (keyset: ``WHERE (key, id) < (:key, :id)``) are the windows
read by offset, for every sort and direction, with ties in the sort key, and after quotes were
added and deleted between the reads; the services read a window beside one they returned by key.
The same cases on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal

from sqlalchemy import delete
from sqlalchemy.orm import Session

from nspdesk.domain.editions import ProgramLibrary
from nspdesk.services import quotes as quote_service
from nspdesk.services.workspace import Workspace
from nspdesk.store import quotes
from nspdesk.store.models import Quote
from nspdesk.store.opening import Store
from nspdesk.store.quote_list import (
    SORT_KEYS,
    Edge,
    QuoteQuery,
    keyed_window,
    quote_position,
    quote_window,
)
from tests.integration import factories

LIMIT = 4


def _line(price: str) -> quotes.LineInput:
    return quotes.LineInput(
        "server-license", "Zeile", Decimal(1), Decimal(price), article_number="ART"
    )


def _add(store: Store, library: ProgramLibrary, count: int, start: int = 0) -> list[int]:
    """``count`` quotes whose sort keys tie often: three partners (two of one name), two dates,
    two prices, every third one sent."""
    made = []
    with store.database.write() as session:
        partners = [factories.partner(session, company=name) for name in ("Beta", "Alpha", "beta")]
        for n in range(start, start + count):
            day = date(2026, 1 + n % 2, 1)
            quote = quotes.create_quote(
                session,
                library,
                factories.quote_input(
                    partners[n % 3].id, day, _line("10.00" if n % 4 else "20.00")
                ),
            )
            if n % 3 == 0:
                quotes.send(session, quote.id, datetime(day.year, day.month, 2, tzinfo=UTC))
            made.append(quote.id)
    return made


def _queries() -> list[QuoteQuery]:
    every = [
        QuoteQuery(sort=sort, descending=descending)
        for sort in SORT_KEYS
        for descending in (False, True)
    ]
    # a search alone by number is paged by the text index; with a filter by the rows' table
    searched = [QuoteQuery(search="zeile", descending=d) for d in (False, True)]
    filtered = [QuoteQuery(search="zeile", statuses=("draft",), sort="net", descending=True)]
    return every + searched + filtered


def _ids(session: Session, query: QuoteQuery) -> list[int]:
    return [row.id for row in quote_window(session, query, 0, 10_000)]


def _key(session: Session, query: QuoteQuery, at: int) -> tuple[object, ...]:
    key = keyed_window(session, query, at, 1).first
    assert key is not None
    return key


def _check(session: Session, query: QuoteQuery, keys: dict[int, tuple[object, ...]]) -> None:
    """Every window read by key from a row's (noted) key is the window read by offset beside that
    row where it stands now."""
    whole = _ids(session, query)
    assert whole, query
    for quote_id, key in keys.items():
        at = quote_position(session, query, quote_id)
        assert at is not None
        after = keyed_window(session, query, 0, LIMIT, Edge(key, forward=True))
        before = keyed_window(session, query, 0, LIMIT, Edge(key, forward=False))
        assert [r.id for r in after.rows] == whole[at + 1 : at + 1 + LIMIT], (query, at)
        assert [r.id for r in before.rows] == whole[max(0, at - LIMIT) : at], (query, at)
        by_offset = quote_window(session, query, at + 1, LIMIT)
        assert after.rows == by_offset  # the same rows, text and all


def test_windows_by_key_equal_windows_by_offset(store: Store, library: ProgramLibrary) -> None:
    _add(store, library, 13)
    with store.database.read() as session:
        for query in _queries():
            whole = _ids(session, query)
            keys = {quote_id: _key(session, query, at) for at, quote_id in enumerate(whole)}
            _check(session, query, keys)
            # a whole scroll by key, down and then up again, is the list
            window = keyed_window(session, query, 0, LIMIT)
            down = [r.id for r in window.rows]
            while window.last is not None:
                window = keyed_window(session, query, 0, LIMIT, Edge(window.last, forward=True))
                down += [r.id for r in window.rows]
            assert down == whole, query
            window = keyed_window(session, query, len(whole) - LIMIT, LIMIT)
            up = [r.id for r in window.rows]
            while window.first is not None:
                window = keyed_window(session, query, 0, LIMIT, Edge(window.first, forward=False))
                up = [r.id for r in window.rows] + up
            assert up == whole, query


def test_keys_noted_before_inserts_and_deletes_read_from_the_row(
    store: Store, library: ProgramLibrary
) -> None:
    made = _add(store, library, 12)
    with store.database.read() as session:
        noted = {
            query: {i: _key(session, query, at) for at, i in enumerate(_ids(session, query))}
            for query in _queries()
        }
    _add(store, library, 7, start=12)
    gone = made[1::3]
    with store.database.write() as session:
        session.execute(delete(Quote).where(Quote.id.in_(gone)))
    with store.database.read() as session:
        for query, keys in noted.items():
            _check(session, query, {i: key for i, key in keys.items() if i not in gone})


def test_the_services_read_the_window_beside_one_by_key(
    store: Store, library: ProgramLibrary
) -> None:
    _add(store, library, 14)
    workspace = Workspace(store, library)
    for query in _queries():
        with store.database.read() as session:
            whole = _ids(session, query)
        starts = list(range(0, len(whole), LIMIT))
        # down the list, up again, then a jump into the middle and a step back
        for start in [*starts, *reversed(starts), starts[2], starts[1]]:
            window = quote_service.quote_window(workspace, query, start, LIMIT)
            assert [r.id for r in window] == whole[start : start + LIMIT], (query, start)
        # the list changed and read anew from its top (a save's reload): the keys noted before
        # are forgotten, the windows are the new list's
        _add(store, library, 2, start=100)
        page = quote_service.quote_page(workspace, query, 0, LIMIT)
        with store.database.read() as session:
            whole = _ids(session, query)
        assert [r.id for r in page.rows] == whole[:LIMIT]
        for start in range(LIMIT, len(whole), LIMIT):
            window = quote_service.quote_window(workspace, query, start, LIMIT)
            assert [r.id for r in window] == whole[start : start + LIMIT], (query, start)
