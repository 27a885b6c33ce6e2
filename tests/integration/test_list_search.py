"""The lists' search in the database's text index and their windows (issue 20), the same cases on
SQLite (FTS5 trigram) and PostgreSQL (pg_trgm): what matches, that the index follows every write,
and that a window is a slice of the whole ordered list."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy import column, create_engine, delete, select, table, text, update
from sqlalchemy.orm import Session

from nspdesk.domain.editions import ProgramLibrary
from nspdesk.store import quotes
from nspdesk.store.list_search import PARTNERS, QUOTES, is_derived, matching, words_of
from nspdesk.store.location import Location
from nspdesk.store.migrate import alembic_config
from nspdesk.store.models import Partner, Quote
from nspdesk.store.opening import Store, open_store
from nspdesk.store.quote_list import (
    SORT_KEYS,
    QuoteQuery,
    QuoteRow,
    count_quotes,
    list_quotes,
    quote_facets,
    quote_position,
    quote_window,
)
from tests.integration import factories

SENT = datetime(2026, 3, 2, 9, tzinfo=UTC)


def _line(number: str, description: str, price: str = "30.00") -> quotes.LineInput:
    return quotes.LineInput(
        "server-license", description, Decimal(10), Decimal(price), article_number=number
    )


def _seed(store: Store, library: ProgramLibrary) -> dict[str, int]:
    with store.database.write() as session:
        mueller = factories.partner(
            session, company="Müller Systemhaus GmbH", customer_number="K-4711", city="Köln"
        )
        acme = factories.partner(
            session, company="ACME 100% Sicher AG", customer_number="K_0815", city="Bonn"
        )
        first = quotes.create_quote(
            session,
            library,
            factories.quote_input(
                mueller.id, date(2026, 3, 1), _line("NSP-SRV-PROT", "Protection Server")
            ),
        )
        second = quotes.create_quote(
            session,
            library,
            factories.quote_input(
                acme.id, date(2026, 5, 4), _line("NSP-SRV-ENC", 'Encryption "Gateway"', "99.00")
            ),
        )
        third = quotes.create_quote(
            session, library, factories.quote_input(mueller.id, date(2025, 12, 1))
        )
        quotes.send(session, third.id, datetime(2025, 12, 2, 9, tzinfo=UTC))
        return {
            "mueller": mueller.id,
            "acme": acme.id,
            "first": first.id,
            "second": second.id,
            "third": third.id,
        }


def _found(store: Store, words: str, target: object = QUOTES) -> set[int]:
    """The ids ``matching`` finds (a quote's search key is its number: mapped back to its id)."""
    with store.database.read() as session:
        found = matching(session, target, words)  # type: ignore[arg-type]
        assert found is not None
        keys = set(session.scalars(found))
        if target is not QUOTES:
            return keys
        rows = table("search_quote_rows", column("quote_id"), column("search_key"))
        return set(session.scalars(select(rows.c.quote_id).where(rows.c.search_key.in_(keys))))


SEARCH_CASES = [
    # (search text, the quotes it finds)
    ("müller", {"first", "third"}),  # the partner, in another case
    ("MÜLLER systemhaus", {"first", "third"}),  # every word, each anywhere
    ("k-4711", {"first", "third"}),  # the customer number
    ("A-2026-000", {"first", "second"}),  # part of the number
    ("2025-0001", {"third"}),
    ("srv-prot", {"first"}),  # an article number
    ("protection", {"first", "third"}),  # a line's description (the third has the default lines)
    ("wartung", {"third"}),
    ("encryption gateway", {"second"}),
    ('"gateway"', {"second"}),  # quotes are text, not query syntax
    ("100%", {"second"}),  # % and _ are text, not patterns
    ("k_0", {"second"}),
    ("04.05.2026", {"second"}),  # the date as the list shows it
    ("angebot", {"first", "second", "third"}),  # the subject
    ("ac", {"first", "second", "third"}),  # words under three characters: not searched yet
    ("a b", {"first", "second", "third"}),
    ("müller xy", {"first", "third"}),
    ("müller encryption", set()),  # all words must match
    ("zzz", set()),
    ("a%c", set()),
]


@pytest.mark.parametrize(("words", "expected"), SEARCH_CASES)
def test_search_finds_every_word_anywhere(
    store: Store, library: ProgramLibrary, words: str, expected: set[str]
) -> None:
    ids = _seed(store, library)
    with store.database.read() as session:
        count = count_quotes(session, QuoteQuery(search=words))
        searched = matching(session, QUOTES, words)
    assert count == len(expected)
    if words_of(words):
        assert _found(store, words) == {ids[name] for name in expected}
    else:
        assert searched is None


def test_no_words_is_no_search(store: Store) -> None:
    with store.database.read() as session:
        assert matching(session, QUOTES, "  ") is None
        assert matching(session, QUOTES, "ab c") is None
    assert words_of("b  Ab ab abc ABCD") == ["abcd", "abc"]
    # lower case as the index folds it: "ß" stays "ß" (casefold would make "ss" and miss it)
    assert words_of("STRASSE Straße") == ["strasse", "straße"]


def test_partners_are_found_by_name_number_and_city(store: Store, library: ProgramLibrary) -> None:
    ids = _seed(store, library)
    assert _found(store, "köln", PARTNERS) == {ids["mueller"]}
    assert _found(store, "K-4711", PARTNERS) == {ids["mueller"]}
    assert _found(store, "sicher bonn", PARTNERS) == {ids["acme"]}
    assert _found(store, "gmbh", PARTNERS) == {ids["mueller"]}
    assert _found(store, "sicher ag", PARTNERS) == {ids["acme"]}  # "ag": not searched yet


def test_the_index_follows_every_write(store: Store, library: ProgramLibrary) -> None:
    ids = _seed(store, library)
    with store.database.write() as session:
        partner = session.get(Partner, ids["mueller"])
        assert partner is not None
        partner.company = "Schmidt IT KG"
        partner.city = "Aachen"
    assert _found(store, "müller") == set()
    assert _found(store, "schmidt") == {ids["first"], ids["third"]}
    assert _found(store, "aachen", PARTNERS) == {ids["mueller"]}
    assert _found(store, "köln", PARTNERS) == set()

    # a new revision's lines replace the old ones in what is searched
    with store.database.write() as session:
        quotes.send(session, ids["first"], SENT)
        data = factories.quote_input(
            ids["mueller"], date(2026, 3, 1), _line("NSP-CLD-ARC", "Archivierung")
        )
        quotes.revise(session, library, ids["first"], data)
    assert _found(store, "archivierung") == {ids["first"]}
    assert ids["first"] not in _found(store, "srv-prot")

    with store.database.write() as session:
        session.execute(delete(Quote).where(Quote.id == ids["second"]))
    assert _found(store, "encryption") == set()

    with store.database.write() as session:
        newcomer = factories.partner(session, company="Neuling OHG", city="Essen")
        newcomer_id = newcomer.id
    assert _found(store, "neuling essen", PARTNERS) == {newcomer_id}
    with store.database.write() as session:
        session.execute(delete(Partner).where(Partner.id == newcomer_id))
    assert _found(store, "neuling", PARTNERS) == set()


def _all_ordered(session: Session, query: QuoteQuery) -> list[int]:
    return [row.id for row in quote_window(session, query, 0, 10_000)]


def test_windows_are_slices_of_the_whole_ordered_list(
    store: Store, library: ProgramLibrary
) -> None:
    with store.database.write() as session:
        partners = [factories.partner(session, company=name) for name in ("beta", "Alpha", "gamma")]
        for n in range(14):
            day = date(2025 + n % 2, 1 + n % 12, 1 + n)
            made = quotes.create_quote(
                session,
                library,
                factories.quote_input(
                    partners[n % 3].id,
                    day,
                    _line(f"ART-{n % 4}", f"Zeile {n}", f"{10 + (n * 7) % 5}.00"),
                ),
            )
            if n % 3 == 0:
                quotes.send(session, made.id, datetime(day.year, day.month, day.day, tzinfo=UTC))
    with store.database.read() as session:
        everything = list_quotes(session)
        by_id = {row.id: row for row in everything}
        assert _all_ordered(session, QuoteQuery()) == [row.id for row in everything]
        values: dict[str, Callable[[QuoteRow], Any]] = {
            "number": lambda r: (r.year, int(r.number[-4:])),
            "partner": lambda r: r.partner.casefold(),
            "date": lambda r: r.quote_date,
            "valid_until": lambda r: r.valid_until,
            "status": lambda r: r.status,
            "revision": lambda r: r.revision,
            "net": lambda r: r.net,
            "gross": lambda r: r.gross,
        }
        for sort in SORT_KEYS:
            for descending in (False, True):
                query = QuoteQuery(sort=sort, descending=descending)
                whole = _all_ordered(session, query)
                keys = [values[sort](by_id[i]) for i in whole]
                assert keys == sorted(keys, reverse=descending), (sort, descending)
                windows = [
                    row.id
                    for start in range(0, 14, 4)
                    for row in quote_window(session, query, start, 4)
                ]
                assert windows == whole, (sort, descending)
                assert [quote_position(session, query, i) for i in whole] == list(range(14))
        filtered = QuoteQuery(search="art-1", year=2026, statuses=("draft",), sort="gross")
        expected = [
            r.id for r in everything if "ART-1" in r.text and r.year == 2026 and r.status == "draft"
        ]
        assert sorted(_all_ordered(session, filtered)) == sorted(expected)
        assert count_quotes(session, filtered) == len(expected) > 0
        assert count_quotes(session, QuoteQuery()) == 14
        assert count_quotes(session, QuoteQuery(partner_id=partners[0].id)) == 5
        sent = QuoteQuery(statuses=("sent",))
        assert count_quotes(session, sent) == 5
        assert quote_position(session, sent, expected[0]) is None  # a draft, not in that list
        # a search alone in number order is paged by the text index (its keys are the numbers)
        searched = QuoteQuery(search="zeile")
        assert [
            row.id for start in range(0, 14, 4) for row in quote_window(session, searched, start, 4)
        ] == [row.id for row in everything]
        ascending = QuoteQuery(search="zeile", descending=False)
        assert [row.id for row in quote_window(session, ascending, 0, 20)] == [
            row.id for row in reversed(everything)
        ]
        assert quote_window(session, QuoteQuery(search="zeile art-1"), 0, 20) == [
            row for row in everything if "ART-1" in row.text
        ]
        window = quote_window(session, QuoteQuery(), 3, 2)
        assert window == everything[3:5]  # the same rows as the whole list's, text and all
        assert quote_window(session, QuoteQuery(), 20, 5) == []
        facets = quote_facets(session)
        assert facets.years == (2026, 2025)
        assert [name for _id, name in facets.partners] == ["Alpha", "beta", "gamma"]
        with pytest.raises(ValueError, match="unknown sort key"):
            quote_window(session, QuoteQuery(sort="colour"), 0, 1)


def test_the_index_and_its_triggers_are_in_the_newest_schema(sqlite_only: Location) -> None:
    """A later migration that recreates a table (SQLite's copy-and-move) drops its triggers."""
    opened = open_store(sqlite_only)
    opened.close()
    engine = create_engine(sqlite_only.url)
    with engine.connect() as connection:
        triggers = set(
            connection.scalars(text("SELECT name FROM sqlite_master WHERE type = 'trigger'"))
        )
        tables = set(
            connection.scalars(text("SELECT name FROM sqlite_master WHERE type = 'table'"))
        )
    engine.dispose()
    # (the catalog's: tests/integration/test_catalog_search.py)
    assert {t for t in triggers if t.startswith(("search_quotes", "search_partners"))} == {
        f"search_quotes_{table}_{when}"
        for table in ("quotes", "revisions", "lines")
        for when in ("ai", "au", "ad")
    } | {
        "search_quotes_partners_au",
        "search_quotes_revisions_status",  # a status alone: the list row's (0013)
        "search_partners_ai",
        "search_partners_au",
        "search_partners_ad",
    }
    derived = {t for t in tables if is_derived(t)}
    assert {"search_quotes", "search_partners", "search_quotes_data"} <= derived
    assert not {t for t in tables - derived if t.startswith("search")}
    assert not is_derived("partners") and not is_derived("search")


def test_a_database_at_0007_with_data_gets_its_index(
    location: Location, library: ProgramLibrary
) -> None:
    """A database of the previous schema (with a quote in a device's number series, issue 19)."""
    from alembic import command

    engine = create_engine(location.url)
    with engine.begin() as connection:
        command.upgrade(alembic_config(connection), "0007")
    with Session(engine) as session, session.begin():
        partner = factories.partner(session, company="Altbestand GmbH", city="Dortmund")
        made = quotes.create_quote(
            session,
            library,
            factories.quote_input(partner.id, date(2026, 2, 2), _line("ALT-1", "Bestand")),
        )
        quotes.send(session, made.id, datetime(2026, 2, 2, 9, tzinfo=UTC))
        device = quotes.create_quote(
            session,
            library,
            factories.quote_input(partner.id, date(2026, 2, 3), _line("ALT-2", "Bestand")),
        )
        _into_series(session, device.id, "MK", made.sequence)
        session.execute(update(Partner).where(Partner.id == partner.id).values(notes="kept"))
        partner_id, quote_id, gross = partner.id, made.id, made.current.gross
        device_id = device.id
    engine.dispose()

    opened = open_store(location)
    assert opened.migrated_from == "0007"
    try:
        assert _found(opened, "altbestand bestand") == {quote_id, device_id}
        assert _found(opened, "a-2026-mk") == {device_id}
        assert _found(opened, "dortmund", PARTNERS) == {partner_id}
        with opened.database.read() as session:
            kept = quotes.get_quote(session, quote_id)
            assert (kept.current.status, kept.current.gross) == ("sent", gross)
            assert session.get(Partner, partner_id).notes == "kept"  # type: ignore[union-attr]
            assert count_quotes(session, QuoteQuery()) == 2
    finally:
        opened.close()


def _into_series(session: Session, quote_id: int, series: str, sequence: int) -> None:
    """Renumber a quote as a device's (``A-2026-MK-0001``) with the running number ``sequence``."""
    quote = session.get(Quote, quote_id)
    assert quote is not None
    session.execute(
        update(Quote)
        .where(Quote.id == quote_id)
        .values(
            series=series,
            sequence=sequence,
            number=quotes.format_number(quote.year, sequence, series),
        )
    )


def test_quotes_of_several_series_sort_by_running_number_then_series(
    store: Store, library: ProgramLibrary
) -> None:
    """A team's quote and a device's with the same running number (``A-2026-0002`` and
    ``A-2026-MK-0002``) are two rows, each found, in number order: year, running number, series."""
    with store.database.write() as session:
        partner = factories.partner(session, company="Serien GmbH")
        made = [
            quotes.create_quote(
                session, library, factories.quote_input(partner.id, date(2026, 4, 1 + n))
            )
            for n in range(4)
        ]
        _into_series(session, made[2].id, "MK", made[1].sequence)  # MK-0002 beside 0002
        _into_series(session, made[3].id, "JS", made[0].sequence)  # JS-0001 beside 0001
    with store.database.read() as session:
        ordered = [row.number for row in quote_window(session, QuoteQuery(), 0, 10)]
        assert ordered == ["A-2026-MK-0002", "A-2026-0002", "A-2026-JS-0001", "A-2026-0001"]
        ascending = QuoteQuery(descending=False)
        assert [row.number for row in quote_window(session, ascending, 0, 10)] == ordered[::-1]
        searched = QuoteQuery(search="serien")
        assert [row.number for row in quote_window(session, searched, 0, 10)] == ordered
        assert [
            row.number for row in quote_window(session, QuoteQuery(search="2026-mk"), 0, 10)
        ] == ["A-2026-MK-0002"]
        assert count_quotes(session, searched) == 4


def test_the_service_hands_a_window_with_its_count(store: Store, library: ProgramLibrary) -> None:
    from nspdesk.services import quotes as quote_services
    from nspdesk.services.workspace import Workspace

    ids = _seed(store, library)
    workspace = Workspace(store, library)
    page = quote_services.quote_page(workspace, QuoteQuery(search="müller", sort="date"), 0, 1)
    assert (page.count, page.total, page.offset) == (2, 3, 0)
    assert [row.id for row in page.rows] == [ids["first"]]  # the newer of the two
    assert quote_services.quote_window(
        workspace, QuoteQuery(search="müller", sort="date"), 1, 5
    ) == [row for row in quote_services.list_quotes(workspace) if row.id == ids["third"]]
    assert quote_services.quote_position(workspace, QuoteQuery(), ids["third"]) == 2
    assert quote_services.quote_facets(workspace).years == (2026, 2025)
