"""The catalog list in the database (issue 20), the same cases on SQLite (FTS5 trigram) and
PostgreSQL (pg_trgm): what a search finds, that the index follows every write, that a window is a
slice of the whole ordered list, and that a database at 0008 gets its index."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy import create_engine, delete, text, update
from sqlalchemy.orm import Session

from nspdesk.domain.catalog import ArticleInput
from nspdesk.domain.editions import ProgramLibrary
from nspdesk.domain.program import Program
from nspdesk.store import catalog
from nspdesk.store.catalog import SORT_KEYS, CatalogQuery, count_items, item_position, item_window
from nspdesk.store.list_search import CATALOG, is_derived, matching
from nspdesk.store.location import Location
from nspdesk.store.migrate import alembic_config
from nspdesk.store.models import CatalogItem
from nspdesk.store.opening import Store, open_store

DAY = date(2026, 6, 1)
NAMES = (("server-license", "Server – Neulizenzen"), ("cloud-service", "Cloud Services"))


def _save(
    session: Session,
    program: Program,
    number: str,
    name: str,
    category: str = "server-license",
    price: str = "30",
    valid_from: date = date(2026, 1, 1),
    unit: str = "User",
) -> None:
    data = ArticleInput(number, name, category, unit, Decimal(price), valid_from)
    catalog.save_article(session, program, data)


def _seed(store: Store, program: Program) -> None:
    with store.database.write() as session:
        _save(session, program, "NSP-SRV-PROT", "Protection Server", price="30")
        _save(session, program, "NSP-EB-25", "Eigenbedarf 25 User", price="250.5")
        _save(session, program, "NSP-EB-10", "Eigenbedarf 10 User", price="99")
        _save(session, program, "NSP-CLD-ENC", 'Encryption "Gateway" 100%', "cloud-service", "2.9")
        _save(session, program, "X_1", "Straße Größe", unit="Stück", price="1000")
        # a later price of the first article, and an article not valid yet on DAY
        _save(session, program, "NSP-SRV-PROT", "Protection Server", price="33", valid_from=DAY)
        _save(session, program, "NSP-NEU", "Kommt noch", valid_from=date(2027, 1, 1))


def _numbers(store: Store, query: CatalogQuery, on: date = DAY) -> list[str]:
    with store.database.read() as session:
        return [item.article_number for item in item_window(session, on, query, 0, None)]


SEARCH_CASES = [
    # (search text, the articles it finds, by number)
    ("protection", ["NSP-SRV-PROT"]),
    ("PROTECTION server", ["NSP-SRV-PROT"]),  # every word, each anywhere, any case
    ("srv-pr", ["NSP-SRV-PROT"]),  # part of an article number
    ("eigenbedarf", ["NSP-EB-10", "NSP-EB-25"]),
    ("eigenbedarf 25", ["NSP-EB-25"]),  # the catalog is small: short words are searched too
    ("x_", ["X_1"]),  # % and _ are text, not patterns
    ("100%", ["NSP-CLD-ENC"]),
    ('"gateway"', ["NSP-CLD-ENC"]),  # quotes are text, not query syntax
    ("größe straße", ["X_1"]),
    ("stück", ["X_1"]),  # the unit
    ("cloud", ["NSP-CLD-ENC"]),  # the category as the list names it
    ("neulizenzen", ["NSP-EB-10", "NSP-EB-25", "NSP-SRV-PROT", "X_1"]),
    ("neulizenzen eigenbedarf 10", ["NSP-EB-10"]),
    ("kommt", []),  # not valid yet on the day
    ("protection encryption", []),  # all words must match
    ("zzz", []),
]


@pytest.mark.parametrize(("words", "expected"), SEARCH_CASES)
def test_search_finds_every_word_anywhere(
    store: Store, program: Program, words: str, expected: list[str]
) -> None:
    _seed(store, program)
    query = CatalogQuery(search=words, category_names=NAMES)
    assert _numbers(store, query) == expected
    with store.database.read() as session:
        assert count_items(session, DAY, query) == len(expected)


def test_the_version_valid_on_the_day(store: Store, program: Program) -> None:
    _seed(store, program)
    with store.database.read() as session:
        before = item_window(session, date(2026, 5, 31), CatalogQuery(search="protection"), 0, 5)
        assert [i.list_price for i in before] == [Decimal("30")]
        after = item_window(session, DAY, CatalogQuery(search="protection"), 0, 5)
        assert [i.list_price for i in after] == [Decimal("33")]
        later = item_window(session, date(2027, 1, 1), CatalogQuery(), 0, 10)
        assert "NSP-NEU" in {i.article_number for i in later}


def test_the_index_follows_every_write(store: Store, program: Program) -> None:
    _seed(store, program)
    with store.database.write() as session:
        _save(session, program, "NSP-EB-10", "Eigenverbrauch 10 User")  # a change of a version
    assert _numbers(store, CatalogQuery(search="eigenverbrauch")) == ["NSP-EB-10"]
    assert _numbers(store, CatalogQuery(search="eigenbedarf")) == ["NSP-EB-25"]
    with store.database.write() as session:  # as an import or sync writes: no ORM
        session.execute(
            update(CatalogItem)
            .where(CatalogItem.article_number == "X_1")
            .values(article_number="Y-2", unit="Paket", category="cloud-service")
        )
    assert _numbers(store, CatalogQuery(search="paket")) == ["Y-2"]
    assert _numbers(store, CatalogQuery(search="x_1")) == []
    assert _numbers(store, CatalogQuery(search="cloud-service")) == ["NSP-CLD-ENC", "Y-2"]
    with store.database.write() as session:
        session.execute(delete(CatalogItem).where(CatalogItem.article_number == "Y-2"))
        _save(session, program, "NSP-NEW", "Neuer Artikel")
    assert _numbers(store, CatalogQuery(search="paket")) == []
    assert _numbers(store, CatalogQuery(search="neuer")) == ["NSP-NEW"]
    with store.database.read() as session:
        found = matching(session, CATALOG, "protection")
        assert found is not None
        assert len(list(session.scalars(found))) == 2  # each version has its row


def test_windows_are_slices_of_the_whole_ordered_list(store: Store, program: Program) -> None:
    _seed(store, program)
    with store.database.read() as session:
        whole = item_window(session, DAY, CatalogQuery(category_names=NAMES), 0, None)
        assert [i.article_number for i in whole] == sorted(i.article_number for i in whole)
        values: dict[str, Callable[[CatalogItem], Any]] = {
            "number": lambda i: i.article_number,
            "name": lambda i: i.name.lower(),
            "category": lambda i: dict(NAMES)[i.category].lower(),
            "unit": lambda i: i.unit.lower(),
            "price": lambda i: i.list_price,
            "valid_from": lambda i: i.valid_from,
            "note": lambda i: i.example_price,
        }
        for sort in SORT_KEYS:
            for descending in (False, True):
                query = CatalogQuery(sort=sort, descending=descending, category_names=NAMES)
                ordered = item_window(session, DAY, query, 0, None)
                keys = [values[sort](i) for i in ordered]
                assert keys == sorted(keys, reverse=descending), (sort, descending)
                windows = [
                    i
                    for start in range(0, 5, 2)
                    for i in item_window(session, DAY, query, start, 2)
                ]
                assert [i.id for i in windows] == [i.id for i in ordered], (sort, descending)
                assert [
                    item_position(session, DAY, query, i.article_number) for i in ordered
                ] == list(range(5))
        # the price sorts as a number, not as its text ("1000" after "99")
        by_price = CatalogQuery(sort="price")
        assert [i.article_number for i in item_window(session, DAY, by_price, 0, None)] == [
            "NSP-CLD-ENC",
            "NSP-SRV-PROT",
            "NSP-EB-10",
            "NSP-EB-25",
            "X_1",
        ]
        assert item_position(session, DAY, CatalogQuery(search="eigenbedarf"), "X_1") is None
        assert count_items(session, DAY, CatalogQuery()) == 5
        assert count_items(session, DAY, CatalogQuery(category="cloud-service")) == 1
        with pytest.raises(ValueError, match="unknown sort key"):
            item_window(session, DAY, CatalogQuery(sort="colour"), 0, 1)


def test_the_service_hands_a_window_with_its_count(store: Store, library: ProgramLibrary) -> None:
    from nspdesk.services import catalog as services
    from nspdesk.services.workspace import Workspace

    _seed(store, library.edition("2024"))
    workspace = Workspace(store, library)
    page = services.catalog_page(workspace, DAY, CatalogQuery(search="eigenbedarf"), 0, 1)
    assert (page.count, page.total, page.offset) == (2, 5, 0)
    assert [a.article_number for a in page.rows] == ["NSP-EB-10"]
    rest = services.catalog_window(workspace, DAY, CatalogQuery(search="eigenbedarf"), 1, 5)
    assert [a.article_number for a in rest] == ["NSP-EB-25"]
    assert services.catalog_position(workspace, DAY, CatalogQuery(), "X_1") == 4
    assert "NSP-NEU" in services.article_numbers(workspace)  # any version, valid or not yet
    cloud = services.current_articles_in(workspace, DAY, "cloud-service")
    assert [a.article_number for a in cloud] == ["NSP-CLD-ENC"]
    searched = services.current_articles(workspace, DAY, "eb 25")  # the quote editor's popup
    assert [a.article_number for a in searched] == ["NSP-EB-25"]


def test_the_index_and_its_triggers_are_in_the_newest_schema(sqlite_only: Location) -> None:
    """A later migration that recreates ``catalog_items`` (SQLite's copy-and-move) drops them."""
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
    assert {t for t in triggers if t.startswith("search_catalog")} == {
        "search_catalog_ai",
        "search_catalog_au",
        "search_catalog_ad",
    }
    assert {"search_catalog", "search_catalog_data"} <= {t for t in tables if is_derived(t)}
    assert not is_derived("catalog_items")


def test_a_database_at_0008_with_data_gets_its_index(
    location: Location, library: ProgramLibrary
) -> None:
    from alembic import command

    engine = create_engine(location.url)
    with engine.begin() as connection:
        command.upgrade(alembic_config(connection), "0008")
    program = library.edition("2024")
    with Session(engine) as session, session.begin():
        _save(session, program, "ALT-1", "Altbestand Lizenz", price="12.3456")
        _save(session, program, "ALT-1", "Altbestand Lizenz", price="13", valid_from=DAY)
        _save(session, program, "ALT-2", "Anderer Bestand", "cloud-service")
    engine.dispose()

    opened = open_store(location)
    assert opened.migrated_from == "0008"
    try:
        assert _numbers(opened, CatalogQuery(search="bestand")) == ["ALT-1", "ALT-2"]
        assert _numbers(opened, CatalogQuery(search="altbestand")) == ["ALT-1"]
        with opened.database.read() as session:
            kept = catalog.versions(session, "ALT-1")
            assert [v.list_price for v in kept] == [Decimal("12.3456"), Decimal("13")]
            assert count_items(session, DAY, CatalogQuery()) == 2
    finally:
        opened.close()
