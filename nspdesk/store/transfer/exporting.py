"""Writing the catalog and the partners to CSV or XLSX, in the format ``importing`` reads back.

CSV is for German Excel: UTF-8 with BOM (else Excel-DE reads it as ANSI), ``;`` between the
columns, decimal comma without thousands separators (``1234,5``), dates as ``31.12.2026``. Text that
Excel would run as a formula (starting with ``=``, ``+``, ``-``, ``@``, or with one of them right after
a separator inside) gets an apostrophe before it, which the import takes off again. Every field that
holds a separator (``;``, ``,``, a tab), a quote, a line break or a formula trigger anywhere is
quoted: a spreadsheet that splits on commas would otherwise start a new cell in the middle of
``x,=cmd|' /C calc'!A0`` (written ``"x,'=cmd|' /C calc'!A0"``).
XLSX holds real numbers and dates with German number formats, a bold and frozen header row with a
filter, and columns wide enough to read.

The file is written beside the target under a temporary name and renamed over it at the end, so a
failed export leaves neither half a file nor a damaged older one.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import IO

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from nspdesk import files
from nspdesk.domain.messages import QT_TRANSLATE_NOOP
from nspdesk.store.database import Database
from nspdesk.store.models import CatalogItem, Partner
from nspdesk.store.transfer.columns import CATALOG_COLUMNS, PARTNER_COLUMNS, Column, Kind
from nspdesk.store.transfer.problems import TransferError
from nspdesk.store.transfer.values import FORMULA_STARTS, german_number, neutralise

Record = dict[str, object]  # Column.key -> value
FORMATS = (".csv", ".xlsx")
PRICE_FORMAT = "#,##0.00##"  # two to four places; Excel-DE shows 1.234,50
DATE_FORMAT = "DD.MM.YYYY"
MAX_WIDTH = 50

UNKNOWN_FORMAT = QT_TRANSLATE_NOOP(
    "Export", "{name}: unbekanntes Format {suffix}; erwartet .csv oder .xlsx"
)
NO_SUFFIX = QT_TRANSLATE_NOOP("Export", "(keine Endung)")
A_FOLDER = QT_TRANSLATE_NOOP("Export", "{path} ist ein Verzeichnis, keine Datei.")
NO_FOLDER = QT_TRANSLATE_NOOP("Export", "Das Verzeichnis {folder} existiert nicht.")
OPEN_IN_EXCEL = QT_TRANSLATE_NOOP(
    "Export",
    "{path} kann nicht geschrieben werden ({reason}); ist die Datei noch in Excel geöffnet?",
)
NOT_WRITTEN = QT_TRANSLATE_NOOP("Export", "{path} kann nicht geschrieben werden ({reason}).")


def export_catalog(database: Database, target: Path) -> int:
    """Write every catalog row (each price with its date) to ``target``; how many were written."""
    _check_target(target)
    with database.read() as session:
        items = session.scalars(
            select(CatalogItem).order_by(CatalogItem.article_number, CatalogItem.valid_from)
        )
        records = [{c.key: getattr(item, c.key) for c in CATALOG_COLUMNS} for item in items]
    _write(target, "Katalog", CATALOG_COLUMNS, records)
    return len(records)


def export_partners(database: Database, target: Path) -> int:
    """Write every partner with its main contact to ``target``; how many were written."""
    _check_target(target)
    with database.read() as session:
        partners = session.scalars(
            select(Partner)
            .options(selectinload(Partner.contacts))
            .order_by(Partner.customer_number, Partner.company, Partner.id)
        )
        records = [_partner_record(partner) for partner in partners]
    _write(target, "Partner", PARTNER_COLUMNS, records)
    return len(records)


def _partner_record(partner: Partner) -> Record:
    contact = partner.main_contact
    record: Record = {
        "contact_salutation": contact.salutation if contact else "",
        "contact_title": contact.title if contact else "",
        "contact_name": contact.name if contact else "",
        "contact_role": contact.role if contact else "",
        "contact_email": contact.email if contact else "",
        "contact_phone": contact.phone if contact else "",
    }
    for column in PARTNER_COLUMNS:
        if column.key not in record:
            record[column.key] = getattr(partner, column.key)
    return record


def _check_target(target: Path) -> None:
    if target.suffix.lower() not in FORMATS:
        raise TransferError(
            UNKNOWN_FORMAT.format(name=target.name, suffix=target.suffix or NO_SUFFIX)
        )
    if target.is_dir():
        raise TransferError(A_FOLDER.format(path=str(target)))
    if not target.parent.resolve().is_dir():
        raise TransferError(NO_FOLDER.format(folder=str(target.parent)))


def _write(target: Path, title: str, columns: tuple[Column, ...], records: list[Record]) -> None:
    if target.suffix.lower() == ".csv":
        data = csv_bytes(columns, records)
        write_atomically(target, lambda stream: stream.write(data))
    else:
        write_atomically(target, lambda stream: _write_xlsx(stream, title, columns, records))


def csv_bytes(columns: Sequence[Column], records: list[Record]) -> bytes:
    lines = [csv_line(c.header for c in columns)]
    for record in records:
        lines.append(csv_line(_csv_cell(c, record[c.key]) for c in columns))
    return "".join(lines).encode("utf-8-sig")


# A field holding any of these is quoted (and its quotes doubled), as csv.reader reads it back.
_QUOTE_WHEN = frozenset({";", ",", '"', "\n", "\r", *FORMULA_STARTS})


def csv_line(fields: Iterable[str]) -> str:
    r"""One line of a CSV file for German Excel (``;``-separated, CRLF), every field quoted that
    needs it; the text fields already ``neutralise``\ d."""
    return ";".join(_csv_field(field) for field in fields) + "\r\n"


def _csv_field(text: str) -> str:
    if _QUOTE_WHEN.isdisjoint(text):
        return text
    return '"' + text.replace('"', '""') + '"'


def _csv_cell(column: Column, value: object) -> str:
    if value is None:
        return ""
    if column.kind is Kind.PRICE:
        assert isinstance(value, Decimal)
        return german_number(value)
    if column.kind is Kind.DATE:
        assert isinstance(value, date)
        return f"{value:%d.%m.%Y}"
    if column.kind is Kind.FLAG:
        return "ja" if value else "nein"
    text = str(value)
    return neutralise(text)


def _write_xlsx(
    stream: IO[bytes], title: str, columns: tuple[Column, ...], records: list[Record]
) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Font
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.worksheet import Worksheet

    workbook = Workbook()
    sheet = workbook.active
    assert isinstance(sheet, Worksheet)
    sheet.title = title
    widths = [len(c.header) for c in columns]
    for position, column in enumerate(columns, start=1):
        sheet.cell(row=1, column=position, value=column.header).font = Font(bold=True)
    for line, record in enumerate(records, start=2):
        for position, column in enumerate(columns, start=1):
            value = record[column.key]
            if value is None or value == "":
                continue
            cell = sheet.cell(row=line, column=position)
            if isinstance(value, Decimal):
                cell.value = value
                cell.number_format = PRICE_FORMAT
                shown = len(f"{value:,.2f}")
            elif isinstance(value, date):
                cell.value = value
                cell.number_format = DATE_FORMAT
                shown = 10
            else:
                text = ("ja" if value else "nein") if column.kind is Kind.FLAG else str(value)
                cell.value = text
                cell.data_type = "s"  # never a formula, whatever the text starts with
                shown = max((len(part) for part in text.splitlines()), default=0)
            widths[position - 1] = max(widths[position - 1], shown)
    for position, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(position)].width = min(width + 2, MAX_WIDTH)
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = f"A1:{get_column_letter(len(columns))}{max(1, len(records) + 1)}"
    workbook.save(stream)


def write_atomically(target: Path, write: Callable[[IO[bytes]], object]) -> None:
    """Write through ``write`` atomically (see ``nspdesk.files``), with the export's messages."""
    try:
        files.write_atomically(target, write)
    except PermissionError as error:
        raise TransferError(
            OPEN_IN_EXCEL.format(path=str(target), reason=str(error.strerror))
        ) from None
    except OSError as error:
        raise TransferError(
            NOT_WRITTEN.format(path=str(target), reason=str(error.strerror))
        ) from None
