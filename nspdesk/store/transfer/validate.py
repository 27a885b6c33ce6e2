"""Checking every row of a file before anything is written.

The header first: every required column there, no column twice, no column the program does not know.
Then each cell against its column (kind, length, required), then each row against the program (known
category, a tier of the partner's track) and the rows against each other (no article or customer
twice). All problems are collected; ``ImportRejected`` carries them together. What the database already
holds is checked by ``importing``, inside the transaction that writes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Generic, TypeVar

from nspdesk.domain.letterhead import SALUTATION_CHOICES
from nspdesk.domain.messages import QT_TRANSLATE_NOOP
from nspdesk.domain.program import Program
from nspdesk.domain.web_address import is_web_address
from nspdesk.store.transfer import values
from nspdesk.store.transfer.columns import (
    CATALOG_COLUMNS,
    PARTNER_COLUMNS,
    Column,
    Kind,
    by_folded_header,
    fold,
    suggestion,
)
from nspdesk.store.transfer.problems import ImportRejected, Problem, quoted
from nspdesk.store.transfer.reading import SourceRow, Table, is_blank

DEFAULT_UNIT = "Stück"
DEFAULT_COUNTRY = "Deutschland"
_EMAIL = re.compile(r"[^@\s]+@[^@\s]+\.[^@\s]+")

# What is wrong with a row or the header (German; the UI shows them in its language). Column
# names such as "Gültig ab" are the file's headers and stay as they are.
ARTICLE_TWICE = QT_TRANSLATE_NOOP(
    "Import", "{article} mit Gültig ab {day} steht schon in Zeile {line}"
)
CUSTOMER_TWICE = QT_TRANSLATE_NOOP("Import", "{number} steht schon in Zeile {line}")
NOT_A_WEB_ADDRESS = QT_TRANSLATE_NOOP(
    "Import", "{url} ist keine Webadresse mit http:// oder https://"
)
NOT_AN_EMAIL = QT_TRANSLATE_NOOP("Import", "{email} ist keine E-Mail-Adresse")
UNKNOWN_SALUTATION = QT_TRANSLATE_NOOP(
    "Import", "unbekannte Anrede {value} (erlaubt: Frau, Herr oder leer)"
)
UNKNOWN_TRACK = QT_TRANSLATE_NOOP("Import", "unbekannte Spur {value} (erlaubt: {allowed})")
UNKNOWN_TIER = QT_TRANSLATE_NOOP("Import", "unbekannte Stufe {value} (Spur {track}: {allowed})")
TIER_OF_OTHER_TRACK = QT_TRANSLATE_NOOP(
    "Import", "{value} gehört zur Spur {its_track}, nicht zu {track} (erlaubt: {allowed})"
)
MSP_ONLY = QT_TRANSLATE_NOOP("Import", "gibt es nur in der Spur msp, nicht in {track}")
UNKNOWN_MSP_LEVEL = QT_TRANSLATE_NOOP("Import", "unbekannte MSP-Stufe {value} (erlaubt: {allowed})")
UNKNOWN_CATEGORY = QT_TRANSLATE_NOOP("Import", "unbekannte Kategorie {value} (erlaubt: {allowed})")
UNNAMED_COLUMN = QT_TRANSLATE_NOOP(
    "Import", "Spalte {column} hat keine Überschrift, enthält aber Werte (z. B. Zeile {line})"
)
UNKNOWN_COLUMN = QT_TRANSLATE_NOOP("Import", "unbekannte Spalte (bekannt: {known})")
UNKNOWN_COLUMN_HINT = QT_TRANSLATE_NOOP(
    "Import", "unbekannte Spalte; gemeint ist wohl {hint} (bekannt: {known})"
)
COLUMN_TWICE = QT_TRANSLATE_NOOP(
    "Import", "Spalte kommt doppelt vor (Spalten {first} und {second})"
)
REQUIRED_COLUMN = QT_TRANSLATE_NOOP("Import", "Pflichtspalte fehlt")
VALUES_WITHOUT_HEADER = QT_TRANSLATE_NOOP(
    "Import", "Werte ohne Spaltenüberschrift in Spalte {column}"
)
VALUES_WITHOUT_HEADER_COMMA = QT_TRANSLATE_NOOP(
    "Import",
    "Werte ohne Spaltenüberschrift in Spalte {column}; steht ein Komma ohne Anführungszeichen in "
    "einem Wert (z. B. 12,50)?",
)
REQUIRED_FIELD = QT_TRANSLATE_NOOP("Import", "Pflichtfeld ist leer")
TOO_LONG = QT_TRANSLATE_NOOP("Import", "ist zu lang ({length} Zeichen, höchstens {most})")
HEADER_ONLY = QT_TRANSLATE_NOOP(
    "Import", "Die Datei enthält nur die Kopfzeile; nichts zu importieren."
)


@dataclass(frozen=True)
class CatalogRow:
    line: int
    article_number: str
    name: str
    category: str  # a category id of the program
    unit: str
    list_price: Decimal
    valid_from: date
    example_price: bool


@dataclass(frozen=True)
class PartnerRow:
    line: int
    customer_number: str
    company: str
    street: str
    postal_code: str
    city: str
    country: str
    vat_id: str
    website: str
    backlink_url: str
    track: str
    tier: str | None
    msp_level: str | None
    reseller_only: bool
    partner_since: date | None
    contact_name: str
    contact_role: str
    contact_email: str
    contact_phone: str
    notes: str
    contact_salutation: str = ""  # optional columns (files from before they existed still import)
    contact_title: str = ""


RowT = TypeVar("RowT", CatalogRow, PartnerRow)


@dataclass(frozen=True)
class Checked(Generic[RowT]):
    """The valid rows of a file, and which columns it has (an update changes only those)."""

    name: str
    columns: frozenset[str]  # Column.key of every column in the file
    rows: tuple[RowT, ...]


def validate_catalog(table: Table, program: Program) -> Checked[CatalogRow]:
    index = _header(table, CATALOG_COLUMNS)
    rows: list[CatalogRow] = []
    problems: list[Problem] = []
    first_line: dict[tuple[str, date], int] = {}
    for source in table.rows:
        cells, row_problems = _cells(table, source, CATALOG_COLUMNS, index)
        category = cells.get("category")
        if isinstance(category, str):
            cells["category"] = _category(program, category, source.line, row_problems)
        problems += row_problems
        if row_problems:
            continue
        row = CatalogRow(
            line=source.line,
            article_number=_str(cells["article_number"]),
            name=_str(cells["name"]),
            category=_str(cells["category"]),
            unit=_str(cells["unit"]) or DEFAULT_UNIT,
            list_price=_decimal(cells["list_price"]),
            valid_from=_date(cells["valid_from"]),
            example_price=cells["example_price"] is True,
        )
        key = (row.article_number, row.valid_from)
        if key in first_line:
            problems.append(
                Problem(
                    row.line,
                    "Artikelnummer",
                    ARTICLE_TWICE.format(
                        article=quoted(row.article_number),
                        day=row.valid_from,
                        line=first_line[key],
                    ),
                )
            )
        first_line.setdefault(key, row.line)
        rows.append(row)
    return _checked(table, index, rows, problems)


def validate_partners(table: Table, program: Program) -> Checked[PartnerRow]:
    index = _header(table, PARTNER_COLUMNS)
    rows: list[PartnerRow] = []
    problems: list[Problem] = []
    first_line: dict[str, int] = {}
    for source in table.rows:
        cells, row_problems = _cells(table, source, PARTNER_COLUMNS, index)
        # Excel drops the leading zero of a German postcode typed as a number (01067 -> 1067).
        numeric_code = "postal_code" in index and isinstance(
            _cell(source, index["postal_code"]), int
        )
        if numeric_code and _str(cells.get("country")) in {"", DEFAULT_COUNTRY}:
            cells["postal_code"] = _str(cells.get("postal_code")).zfill(5)
        _check_partner(program, cells, source.line, row_problems)
        problems += row_problems
        if row_problems:
            continue
        row = _partner_row(source.line, cells)
        if row.customer_number in first_line:
            problems.append(
                Problem(
                    row.line,
                    "Kundennummer",
                    CUSTOMER_TWICE.format(
                        number=quoted(row.customer_number), line=first_line[row.customer_number]
                    ),
                )
            )
        first_line.setdefault(row.customer_number, row.line)
        rows.append(row)
    return _checked(table, index, rows, problems)


def _partner_row(line: int, cells: dict[str, object]) -> PartnerRow:
    since = cells["partner_since"]
    return PartnerRow(
        line=line,
        customer_number=_str(cells["customer_number"]),
        company=_str(cells["company"]),
        street=_str(cells["street"]),
        postal_code=_str(cells["postal_code"]),
        city=_str(cells["city"]),
        country=_str(cells["country"]),
        vat_id=_str(cells["vat_id"]),
        website=_str(cells["website"]),
        backlink_url=_str(cells["backlink_url"]),
        track=_str(cells["track"]),
        tier=_str(cells["tier"]) or None,
        msp_level=_str(cells["msp_level"]) or None,
        reseller_only=cells["reseller_only"] is True,
        partner_since=_date(since) if since is not None else None,
        contact_name=_str(cells["contact_name"]),
        contact_role=_str(cells["contact_role"]),
        contact_email=_str(cells["contact_email"]),
        contact_phone=_str(cells["contact_phone"]),
        notes=_str(cells["notes"]),
        contact_salutation=_str(cells.get("contact_salutation")),
        contact_title=_str(cells.get("contact_title")),
    )


def _check_partner(
    program: Program, cells: dict[str, object], line: int, problems: list[Problem]
) -> None:
    """Normalise and check one partner row's cells in place: track, tier, MSP level, addresses."""
    cells["country"] = _str(cells.get("country")) or DEFAULT_COUNTRY
    for key in ("website", "backlink_url"):
        url = _str(cells.get(key))
        if url and not is_web_address(url):
            header = "Website" if key == "website" else "Backlink-URL"
            problems.append(Problem(line, header, NOT_A_WEB_ADDRESS.format(url=quoted(url))))
    salutation = _str(cells.get("contact_salutation"))
    if salutation not in SALUTATION_CHOICES:
        problems.append(
            Problem(line, "Anrede", UNKNOWN_SALUTATION.format(value=quoted(salutation)))
        )
    email = _str(cells.get("contact_email"))
    if email and not _EMAIL.fullmatch(email):
        problems.append(Problem(line, "E-Mail", NOT_AN_EMAIL.format(email=quoted(email))))
    track_text = cells.get("track")
    if not isinstance(track_text, str):
        return  # already reported as missing or unreadable
    tracks = {t.id: t.name for t in program.tracks.values()}
    track = _resolve(track_text, tracks)
    if track is None:
        problems.append(
            Problem(
                line,
                "Spur",
                UNKNOWN_TRACK.format(value=quoted(track_text), allowed=_list(tracks)),
            )
        )
        return
    cells["track"] = track
    tier_text = _str(cells.get("tier"))
    tiers = {t.id: t.name for t in program.tiers_of_track(track)}
    tier = _resolve(tier_text, {t.id: t.name for t in program.tiers.values()})
    if not tier_text:
        cells["tier"] = None
    elif tier is None:
        problems.append(
            Problem(
                line,
                "Stufe",
                UNKNOWN_TIER.format(value=quoted(tier_text), track=track, allowed=_list(tiers)),
            )
        )
    elif tier not in tiers:
        problems.append(
            Problem(
                line,
                "Stufe",
                TIER_OF_OTHER_TRACK.format(
                    value=quoted(tier_text),
                    its_track=program.tier(tier).track,
                    track=track,
                    allowed=_list(tiers),
                ),
            )
        )
    else:
        cells["tier"] = tier
    _check_msp_level(program, track, cells, line, problems)


def _check_msp_level(
    program: Program, track: str, cells: dict[str, object], line: int, problems: list[Problem]
) -> None:
    level_text = _str(cells.get("msp_level"))
    cells["msp_level"] = None
    if not level_text:
        return
    allowed = {
        level: program.tier(level).name
        for tier in program.tiers_of_track(track)
        for level in tier.benefits_of
    }
    if not allowed:
        problems.append(Problem(line, "MSP-Stufe", MSP_ONLY.format(track=track)))
        return
    level = _resolve(level_text, allowed)
    if level is None:
        problems.append(
            Problem(
                line,
                "MSP-Stufe",
                UNKNOWN_MSP_LEVEL.format(value=quoted(level_text), allowed=_list(allowed)),
            )
        )
    cells["msp_level"] = level


def _category(program: Program, text: str, line: int, problems: list[Problem]) -> str:
    known = {c.id: c.name for c in program.categories.values()}
    category = _resolve(text, known)
    if category is None:
        problems.append(
            Problem(
                line,
                "Kategorie",
                UNKNOWN_CATEGORY.format(value=quoted(text), allowed=_list(known)),
            )
        )
        return text
    return category


def _resolve(text: str, known: dict[str, str]) -> str | None:
    """The id for ``text`` given as an id or as the German name, ignoring case."""
    wanted = text.strip().casefold()
    for key, name in known.items():
        if wanted in {key.casefold(), name.casefold()}:
            return key
    return None


def _list(known: dict[str, str]) -> str:
    return ", ".join(known)


def _header(table: Table, columns: tuple[Column, ...]) -> dict[str, int]:
    """Where each known column is: ``Column.key`` -> cell index. Refuses a wrong header."""
    known = by_folded_header(columns)
    index: dict[str, int] = {}
    problems: list[Problem] = []
    for position, header in enumerate(table.header):
        if not header:
            used = next((r.line for r in table.rows if _cell(r, position) is not None), None)
            if used is not None:
                problems.append(
                    Problem(
                        1,
                        None,
                        UNNAMED_COLUMN.format(column=column_letter(position), line=used),
                    )
                )
            continue
        column = known.get(fold(header))
        if column is None:
            hint = suggestion(header, columns)
            known_headers = _headers(columns)
            message = (
                UNKNOWN_COLUMN_HINT.format(hint=quoted(hint), known=known_headers)
                if hint
                else UNKNOWN_COLUMN.format(known=known_headers)
            )
            problems.append(Problem(1, header, message))
        elif column.key in index:
            first = column_letter(index[column.key])
            problems.append(
                Problem(
                    1,
                    column.header,
                    COLUMN_TWICE.format(first=first, second=column_letter(position)),
                )
            )
        else:
            index[column.key] = position
    problems += [
        Problem(1, column.header, REQUIRED_COLUMN)
        for column in columns
        if column.required and column.key not in index
    ]
    if problems:
        raise ImportRejected(problems)
    return index


def _headers(columns: tuple[Column, ...]) -> str:
    return ", ".join(c.header for c in columns)


def _cell(row: SourceRow, position: int) -> object:
    cell = row.cells[position] if position < len(row.cells) else None
    return None if is_blank(cell) else cell


def _cells(
    table: Table, row: SourceRow, columns: tuple[Column, ...], index: dict[str, int]
) -> tuple[dict[str, object], list[Problem]]:
    """The row's values by ``Column.key`` (defaults for absent columns), and what is wrong."""
    problems: list[Problem] = []
    extra = [p for p in range(len(table.header), len(row.cells)) if _cell(row, p) is not None]
    if extra:
        without = VALUES_WITHOUT_HEADER_COMMA if table.delimiter == "," else VALUES_WITHOUT_HEADER
        problems.append(Problem(row.line, None, without.format(column=column_letter(extra[0]))))
    cells: dict[str, object] = {}
    for column in columns:
        position = index.get(column.key)
        cell = None if position is None else _cell(row, position)
        try:
            cells[column.key] = _convert(column, cell)
        except values.CellError as error:
            problems.append(Problem(row.line, column.header, error.message))
    return cells, problems


def _convert(column: Column, cell: object) -> object:
    if cell is None:
        if column.required:
            raise values.CellError(REQUIRED_FIELD)
        return {Kind.TEXT: "", Kind.FLAG: False}.get(column.kind)
    match column.kind:
        case Kind.PRICE:
            return values.price(cell)
        case Kind.DATE:
            return values.day(cell)
        case Kind.FLAG:
            return values.flag(cell)
    value = values.text(cell, multiline=column.key == "notes")
    if column.max_length is not None and len(value) > column.max_length:
        raise values.CellError(TOO_LONG.format(length=len(value), most=column.max_length))
    return value


def _checked(
    table: Table, index: dict[str, int], rows: list[RowT], problems: list[Problem]
) -> Checked[RowT]:
    if not table.rows:
        problems.append(Problem(None, None, HEADER_ONLY))
    if problems:
        raise ImportRejected(problems)
    return Checked(table.name, frozenset(index), tuple(rows))


def column_letter(position: int) -> str:
    """``0`` -> ``A``, ``26`` -> ``AA``: columns as a spreadsheet names them."""
    letters = ""
    number = position + 1
    while number:
        number, remainder = divmod(number - 1, 26)
        letters = chr(ord("A") + remainder) + letters
    return letters


def _str(value: object) -> str:
    return value if isinstance(value, str) else ""


def _decimal(value: object) -> Decimal:
    assert isinstance(value, Decimal)
    return value


def _date(value: object) -> date:
    assert isinstance(value, date)
    return value
