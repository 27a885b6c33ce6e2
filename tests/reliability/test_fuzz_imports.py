"""Fuzzing the CSV and XLSX imports of the catalog and the partners: any file gives a clear message
(``TransferError`` with the problems) or a correct import — never a traceback — and a refused file
leaves the database exactly as it was.

The files are built from the real headers with cells drawn from a mix of plausible values (German
and plain numbers, dates in several forms, categories and tracks of the program), hostile text
(formula starts, markup, control characters, any Unicode) and missing or extra columns.
"""

from __future__ import annotations

import csv
import io
import os
from collections.abc import Iterator
from pathlib import Path

import openpyxl
import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from nspdesk.domain.editions import default_library
from nspdesk.domain.program import Program
from nspdesk.store.location import sqlite_location
from nspdesk.store.models import CatalogItem, Partner
from nspdesk.store.opening import Store, open_store
from nspdesk.store.transfer import importing
from nspdesk.store.transfer.columns import CATALOG_COLUMNS, PARTNER_COLUMNS, Column
from nspdesk.store.transfer.problems import TransferError

SCALE = int(os.environ.get("NSPDESK_FUZZ_SCALE", "1"))
PROGRAM: Program = default_library().editions[-1]

hostile_text = st.text(alphabet=st.characters(codec="utf-8"), max_size=40) | st.sampled_from(
    ["=SUMME(A1)", "+49 30", "-5", "@x", "<b>fett</b>", "&amp;", "\t", "\x00", "ä\u200bö"]
)
numbers = st.sampled_from(
    ["12,50", "1.234,56", "1234.56", "0", "-3", "12,3456", "12,34567", "1e3", "  7 ", "abc", ""]
)
dates = st.sampled_from(["2026-01-01", "01.02.2026", "31.02.2026", "2026-13-01", "gestern", ""])
flags = st.sampled_from(["ja", "nein", "x", "", "TRUE", "1"])
categories = st.sampled_from([*PROGRAM.categories, "server-licence", ""])
tracks = st.sampled_from(["server", "cloud", "msp", "Server", "tape", ""])
tiers = st.sampled_from([*PROGRAM.tiers, "gold", ""])


def cell_for(column: Column) -> st.SearchStrategy[str]:
    by_name = {
        "list_price": numbers,
        "valid_from": dates,
        "partner_since": dates,
        "example_price": flags,
        "reseller_only": flags,
        "category": categories,
        "track": tracks,
        "tier": tiers,
        "msp_level": tiers,
    }
    plausible = by_name.get(
        column.key, st.text(alphabet=st.characters(codec="utf-8"), min_size=1, max_size=20)
    )
    return st.one_of(plausible, plausible, plausible, hostile_text)


plain_text = (
    st.text(
        alphabet=st.characters(
            codec="utf-8", categories=("L", "N", "Zs"), exclude_characters="\x85"
        ),
        min_size=1,
        max_size=20,
    )
    .map(str.strip)
    .filter(bool)
)
SERVER_TIERS = [t.id for t in PROGRAM.tiers.values() if t.track == "server"]
CLEAN = {
    "article_number": plain_text,
    "name": plain_text,
    "category": st.sampled_from(list(PROGRAM.categories)),
    "unit": st.sampled_from(["User", "Stück", ""]),
    "list_price": st.sampled_from(["12,50", "1.234,56", "1234.56", "0", "12,3456"]),
    "valid_from": st.sampled_from(["2026-01-01", "01.02.2026", "15.11.2026"]),
    "example_price": st.sampled_from(["ja", "nein", ""]),
    "customer_number": plain_text,
    "company": plain_text,
    "track": st.just("server"),
    "tier": st.sampled_from([*SERVER_TIERS, ""]),
    "msp_level": st.just(""),
    "reseller_only": st.sampled_from(["ja", "nein", ""]),
    "partner_since": st.sampled_from(["2020-05-01", "01.01.2024", ""]),
    "website": st.sampled_from(["https://www.example.de", ""]),
    "backlink_url": st.sampled_from(["https://www.example.de/partner", ""]),
    "contact_email": st.sampled_from(["info@example.de", ""]),
}


def clean_table(columns: tuple[Column, ...]) -> st.SearchStrategy[list[list[str]]]:
    """A file that should import: every required column, values the program accepts, unique
    keys."""

    @st.composite
    def build(draw: st.DrawFn) -> list[list[str]]:
        chosen = [c for c in columns if c.required or draw(st.booleans())]
        count = draw(st.integers(1, 5))
        rows = []
        for index in range(count):
            row = []
            for column in chosen:
                value = draw(CLEAN.get(column.key, plain_text))
                if column.key in {"article_number", "customer_number"}:
                    value = f"{value[:20]}-{index}"  # unique within the file
                row.append(value[: column.max_length] if column.max_length else value)
            rows.append(row)
        return [[c.header for c in chosen], *rows]

    return build()


def table(columns: tuple[Column, ...]) -> st.SearchStrategy[list[list[str]]]:
    """A clean file, or one with missing or extra columns and hostile cells (0–6 rows)."""
    return st.one_of(clean_table(columns), dirty_table(columns))


def dirty_table(columns: tuple[Column, ...]) -> st.SearchStrategy[list[list[str]]]:
    """A header (sometimes missing a column or with an extra one) and 0–6 rows."""

    @st.composite
    def build(draw: st.DrawFn) -> list[list[str]]:
        # Required columns are mostly there (else every file is refused for its header alone).
        chosen = [c for c in columns if draw(st.integers(0, 9)) > (0 if c.required else 5)]
        header = [c.header for c in chosen]
        if draw(st.booleans()):
            header.append(draw(st.sampled_from(["Bemerkung", "Firma", ""])))
        rows = draw(
            st.lists(
                st.tuples(*(cell_for(c) for c in chosen), st.text(max_size=5)),
                max_size=6,
            )
        )
        return [header, *[list(row)[: len(header)] for row in rows]]

    return build()


def write_csv(path: Path, rows: list[list[str]]) -> None:
    buffer = io.StringIO()
    csv.writer(buffer, delimiter=";").writerows(rows)
    path.write_text(buffer.getvalue(), encoding="utf-8-sig", errors="surrogatepass")


def write_xlsx(path: Path, rows: list[list[str]]) -> None:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    for row in rows:
        # openpyxl refuses control characters in cells; a real spreadsheet cannot hold them either.
        sheet.append(["".join(ch for ch in cell if ch >= " " or ch in "\t\n") for cell in row])
    workbook.save(path)


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Store]:
    opened = open_store(
        sqlite_location(tmp_path_factory.mktemp("fuzz") / "fuzz.sqlite3"), keep_backups=0
    )
    yield opened
    opened.close()


def counts(store: Store) -> tuple[int, int]:
    with store.database.read() as session:
        return (
            session.scalar(select(func.count()).select_from(CatalogItem)) or 0,
            session.scalar(select(func.count()).select_from(Partner)) or 0,
        )


@settings(
    max_examples=60 * SCALE,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    kind=st.sampled_from(["catalog", "partners"]),
    suffix=st.sampled_from([".csv", ".xlsx"]),
    data=st.data(),
)
def test_any_import_file_gives_a_message_or_a_correct_import(
    store: Store,
    tmp_path_factory: pytest.TempPathFactory,
    kind: str,
    suffix: str,
    data: st.DataObject,
) -> None:
    columns = CATALOG_COLUMNS if kind == "catalog" else PARTNER_COLUMNS
    rows = data.draw(table(columns))
    path = tmp_path_factory.mktemp("file") / f"import{suffix}"
    (write_csv if suffix == ".csv" else write_xlsx)(path, rows)
    before = counts(store)
    load = importing.load_catalog if kind == "catalog" else importing.load_partners
    apply = importing.import_catalog if kind == "catalog" else importing.import_partners
    refusal = ""
    try:
        checked = load(path, PROGRAM)
        report = apply(store.database, checked, update=True)  # type: ignore[arg-type]
    except TransferError as error:
        refusal = str(error).strip() or "(no message)"
    if refusal:
        event("refused")
        assert refusal != "(no message)", "a refusal names its reason"
        assert counts(store) == before, "a refused file changes nothing"
        return
    event("imported")
    after = counts(store)
    grown = after[0] - before[0] if kind == "catalog" else after[1] - before[1]
    assert grown == report.created
    assert report.created + report.updated + report.unchanged == len(rows) - 1
