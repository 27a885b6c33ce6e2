"""A typed quote number in the quote list's search (issue 20, migration 0014), the same cases on
SQLite and PostgreSQL: the matches are exactly the quotes whose text has every word — in their
number (several years, a device's series, five-digit running numbers), in the rest of their text
(a subject naming another quote), or in a number not made from its key — and every window of
them, by offset and by key, in both directions, is a slice of the whole ordered list. On
PostgreSQL such a word is read by its key ranges (``list_search._number_word``)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any

import pytest
from alembic import command
from sqlalchemy import column, create_engine, inspect, select, table, update

from nspdesk.domain.editions import ProgramLibrary
from nspdesk.store import list_search, quotes
from nspdesk.store.list_search import QUOTES, _number_word, matching, matching_window, words_of
from nspdesk.store.migrate import alembic_config
from nspdesk.store.models import Quote, QuoteNumberCounter
from nspdesk.store.opening import Store, open_store
from nspdesk.store.quote_list import QuoteQuery, count_quotes, keyed_window
from tests.integration import factories

ROWS = table("search_quote_rows", column("quote_id"), column("search_key"))


def _seed(store: Store, library: ProgramLibrary) -> dict[str, int]:
    """Quotes numbered A-2024-0001, A-2025-0001, -0002, -0010, -12345, A-2026-0001 … -0003 (the
    third moved to the device series MK), one subject naming A-2025-0001, one number written by hand
    (A-2024-0500 on a quote whose key is 2025's running number 2)."""
    made: dict[str, int] = {}
    with store.database.write() as session:
        partner = factories.partner(session, company="Netzwerk Nord GmbH", customer_number="K-77")

        def quote(name: str, day: date, last: int | None = None, subject: str = "") -> None:
            if last is not None:
                session.merge(QuoteNumberCounter(year=day.year, series="", last=last))
                session.flush()
            data = factories.quote_input(partner.id, day)
            if subject:
                data = replace(data, subject=subject)
            made[name] = quotes.create_quote(session, library, data).id

        quote("2024-1", date(2024, 5, 6))
        quote("2025-1", date(2025, 2, 3))
        quote("2025-2", date(2025, 2, 4))
        quote("2025-10", date(2025, 3, 1), last=9)
        quote("2025-12345", date(2025, 9, 1), last=12_344)
        quote("2026-1", date(2026, 1, 5))
        quote("2026-2", date(2026, 1, 6), subject="Nachtrag zu A-2025-0001")
        quote("2026-mk-3", date(2026, 1, 7))
        session.execute(
            update(Quote)
            .where(Quote.id == made["2026-mk-3"])
            .values(series="MK", number="A-2026-MK-0003")
        )
        session.execute(
            update(Quote).where(Quote.id == made["2025-2"]).values(number="A-2024-0500")
        )
    return made


CASES = [
    # (search text, the quotes it finds)
    ("a-2025", {"2025-1", "2025-10", "2025-12345", "2026-2"}),  # and the subject naming one
    ("a-2025-0", {"2025-1", "2025-10", "2026-2"}),
    ("a-2025-00", {"2025-1", "2025-10", "2026-2"}),
    ("a-2025-001", {"2025-10"}),
    ("a-2025-0001", {"2025-1", "2026-2"}),
    ("2025-1", {"2025-12345"}),
    ("5-12", {"2025-12345"}),
    ("a-2024-0", {"2024-1", "2025-2"}),  # the number written by hand
    ("a-2024-05", {"2025-2"}),
    ("2026-mk", {"2026-mk-3"}),
    ("mk-0003", {"2026-mk-3"}),
    ("6-0", {"2026-1", "2026-2"}),  # not the series' number (6-mk-0003)
    ("a-2026 nachtrag", {"2026-2"}),
    ("a-2025 netzwerk", {"2025-1", "2025-10", "2025-12345", "2026-2"}),
    ("a-2025-0001 protection", {"2025-1", "2026-2"}),
    ("a-2025-0001 wartung zzz", set()),
    (
        "a-20",
        {"2024-1", "2025-1", "2025-2", "2025-10", "2025-12345", "2026-1", "2026-2", "2026-mk-3"},
    ),
    (
        "k-77",
        {"2024-1", "2025-1", "2025-2", "2025-10", "2025-12345", "2026-1", "2026-2", "2026-mk-3"},
    ),
    ("a-2023", set()),
    ("0001", {"2024-1", "2025-1", "2026-1", "2026-2"}),  # digits alone: the text index
    ("nachtrag", {"2026-2"}),
    ("wartung 0001", {"2024-1", "2025-1", "2026-1", "2026-2"}),
]


def _key_order(store: Store) -> dict[int, int]:
    with store.database.read() as session:
        return dict(session.execute(select(ROWS.c.search_key, ROWS.c.quote_id)).all())


@pytest.mark.parametrize(("words", "expected"), CASES)
def test_a_typed_number_finds_exactly_the_quotes_with_it(
    store: Store,
    library: ProgramLibrary,
    monkeypatch: pytest.MonkeyPatch,
    words: str,
    expected: set[str],
) -> None:
    made = _seed(store, library)
    quote_of = _key_order(store)
    wanted = {made[name] for name in expected}
    with store.database.read() as session:
        found = matching(session, QUOTES, words)
        assert found is not None
        assert {quote_of[k] for k in session.scalars(found)} == wanted
        assert count_quotes(session, QuoteQuery(search=words)) == len(wanted)
    for walk in (list_search.WALK, 1, 3):  # PostgreSQL: the walk along the key, then the index
        monkeypatch.setattr(list_search, "WALK", walk)
        keys = [k for k, i in quote_of.items() if i in wanted]
        _windows_are_slices(store, words, keys, wanted)


def _windows_are_slices(store: Store, words: str, keys: list[int], ids: set[int]) -> None:
    """Every window of the search by offset and by key, both directions, is a slice of ``keys``
    in order; the list's first window holds the quotes ``ids``."""
    with store.database.read() as session:
        for descending in (True, False):
            whole = sorted(keys, reverse=descending)
            by_offset = [
                key
                for start in range(0, 9, 2)
                for key in matching_window(session, QUOTES, words, descending, start, 2) or []
            ]
            assert by_offset == whole, descending
            by_key: list[int] = []
            edge = None
            while True:
                window = matching_window(session, QUOTES, words, descending, 0, 2, edge) or []
                if not window:
                    break
                by_key += window
                edge = (window[-1], True)
            assert by_key == whole, descending
            if whole:  # backwards from the last: the windows before it
                back = matching_window(session, QUOTES, words, descending, 0, 9, (whole[-1], False))
                assert back == whole[:-1]
        rows = keyed_window(session, QuoteQuery(search=words), 0, 20).rows
        assert {row.id for row in rows} == ids


def test_postgresql_reads_a_typed_number_by_its_key_ranges(
    store: Store, library: ProgramLibrary
) -> None:
    _seed(store, library)
    with store.database.read() as session:
        if session.get_bind().dialect.name != "postgresql":
            pytest.skip("SQLite's FTS5 answers such words from its own index")
        for words in ("a-2025-0", "2026-mk", "a-2024-0 netzwerk"):
            number = _number_word(session, QUOTES, words_of(words))
            assert number is not None and number.ranges, words
        assert _number_word(session, QUOTES, words_of("a-20")) is None  # every number: no use
        assert _number_word(session, QUOTES, words_of("x-77 0042")) is None  # in no number
        assert _number_word(session, QUOTES, words_of("netzwerk")) is None


def test_a_team_database_at_0013_gets_the_number_indexes(
    store: Store, library: ProgramLibrary
) -> None:
    """Migration 0014 on a database with quotes, down and up again (PostgreSQL: its indexes and
    function; SQLite: nothing to make)."""
    made = _seed(store, library)
    url = store.location.url
    store.close()

    def indexes(connection: Any) -> set[str]:
        return {i["name"] for i in inspect(connection).get_indexes("search_quotes") if i["name"]}

    engine = create_engine(url)
    try:
        with engine.begin() as connection:
            command.downgrade(alembic_config(connection), "0013")
            assert not {"ix_search_quotes_rest", "ix_search_quotes_irregular"} & indexes(connection)
        with engine.begin() as connection:
            command.upgrade(alembic_config(connection), "head")
            if connection.dialect.name == "postgresql":
                assert {"ix_search_quotes_rest", "ix_search_quotes_irregular"} <= indexes(
                    connection
                )
    finally:
        engine.dispose()
    opened = open_store(store.location)
    try:
        with opened.database.read() as session:
            found = matching(session, QUOTES, "a-2024-0")
            assert found is not None
            keys = set(session.scalars(found))
            ids = set(session.scalars(select(ROWS.c.quote_id).where(ROWS.c.search_key.in_(keys))))
        assert ids == {made["2024-1"], made["2025-2"]}
    finally:
        opened.close()
