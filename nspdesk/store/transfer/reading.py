"""Reading a CSV or XLSX file into a header and raw rows; checking the cells is ``validate``'s job.

CSV: UTF-8 with or without BOM (what Excel writes as "CSV UTF-8"), the delimiter ``;`` (German Excel),
``,`` or a tab, taken from the header line. Any other encoding is refused with a hint how to save the
file from Excel: guessing Windows-1252 would turn a wrong guess into silently wrong names.
XLSX: the first worksheet, header in row 1, stored cell values (formulas as last calculated).

Line numbers are the row numbers a spreadsheet shows: the header is line 1. Empty rows are skipped
wherever they are (trailing rows that Excel keeps formatted are common), but still counted.
"""

from __future__ import annotations

import csv
import io
import warnings
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path
from xml.etree.ElementTree import ParseError

from nspdesk.domain.messages import QT_TRANSLATE_NOOP, Text
from nspdesk.store.transfer.problems import ImportRejected, Problem

CSV_SUFFIXES = frozenset({".csv", ".txt"})
XLSX_SUFFIXES = frozenset({".xlsx", ".xlsm"})
DELIMITERS = (";", ",", "\t")

_ZIP_MAGIC = b"PK\x03\x04"
_OLE_MAGIC = b"\xd0\xcf\x11\xe0"  # the old binary Excel format (.xls)
SAVE_AS_UTF8 = QT_TRANSLATE_NOOP(
    "Import",
    "In Excel unter „Speichern unter“ den Dateityp „CSV UTF-8 (durch Trennzeichen getrennt)“ "
    "wählen, oder die Datei als Excel-Arbeitsmappe (.xlsx) speichern.",
)
OLD_EXCEL = QT_TRANSLATE_NOOP(
    "Import",
    "Das alte Excel-Format .xls wird nicht gelesen; bitte in Excel als Excel-Arbeitsmappe (.xlsx) "
    "oder „CSV UTF-8“ speichern.",
)
UNKNOWN_SUFFIX = QT_TRANSLATE_NOOP(
    "Import", "Dateiendung {suffix} wird nicht unterstützt; erwartet .csv oder .xlsx."
)
NO_SUFFIX = QT_TRANSLATE_NOOP("Import", "(keine)")
MISSING = QT_TRANSLATE_NOOP("Import", "{path} gibt es nicht.")
A_FOLDER = QT_TRANSLATE_NOOP("Import", "{path} ist ein Verzeichnis, keine Datei.")
UNREADABLE = QT_TRANSLATE_NOOP("Import", "{path} kann nicht gelesen werden ({reason}).")
XLSX_NAMED_CSV = QT_TRANSLATE_NOOP(
    "Import", "Das ist eine Excel-Arbeitsmappe, keine CSV-Datei; bitte mit .xlsx benennen."
)
UTF16 = QT_TRANSLATE_NOOP("Import", "Die Datei ist UTF-16-kodiert („Unicode-Text“). {save_as}")
NOT_UTF8 = QT_TRANSLATE_NOOP(
    "Import",
    "Die Datei ist nicht UTF-8-kodiert (erstes fremdes Zeichen in Zeile {line}, vermutlich "
    "Windows-1252/ANSI). {save_as}",
)
EMPTY = QT_TRANSLATE_NOOP("Import", "Die Datei ist leer.")
CSV_BROKEN = QT_TRANSLATE_NOOP(
    "Import",
    "Die CSV-Datei ist ab hier nicht lesbar ({error}); meist ein Anführungszeichen mitten in "
    "einem Wert.",
)
XLS_CONTENT = QT_TRANSLATE_NOOP(
    "Import",
    "Das ist eine Datei im alten Excel-Format (.xls); bitte als Excel-Arbeitsmappe (.xlsx) "
    "speichern.",
)
NOT_XLSX = QT_TRANSLATE_NOOP("Import", "Das ist keine Excel-Arbeitsmappe (.xlsx).")
XLSX_BROKEN = QT_TRANSLATE_NOOP(
    "Import", "Die Excel-Arbeitsmappe ist beschädigt oder unvollständig."
)
XLSX_BAD_XML = QT_TRANSLATE_NOOP(
    "Import",
    "Die Excel-Arbeitsmappe {name} ist beschädigt: ein Tabellenblatt ist kein gültiges XML "
    "(Zeile {line}, Spalte {column}).",
)
XLSX_ENTITY_BOMB = QT_TRANSLATE_NOOP(
    "Import",
    "Die Excel-Arbeitsmappe {name} ist beschädigt oder manipuliert: ein Tabellenblatt enthält "
    "XML-Entitäten, die sich beim Lesen vervielfachen; sie wird nicht gelesen.",
)
EMPTY_HEADER = QT_TRANSLATE_NOOP(
    "Import", "Zeile 1 muss die Kopfzeile mit den Spaltennamen sein; sie ist leer."
)


@dataclass(frozen=True)
class SourceRow:
    line: int
    cells: tuple[object, ...]  # CSV: str; XLSX: str, int, float, bool, datetime … or None


@dataclass(frozen=True)
class Table:
    """A file's header and its non-empty data rows, unchecked."""

    name: str  # the file name, for messages
    format: str  # "CSV" or "XLSX"
    header: tuple[str, ...]  # "" where a header cell is empty
    rows: tuple[SourceRow, ...]
    delimiter: str | None = None  # CSV only


def _refuse(message: Text, line: int | None = None) -> ImportRejected:
    return ImportRejected([Problem(line, None, message)])


def read_table(path: Path) -> Table:
    """The table in ``path`` (format from the suffix); ``ImportRejected`` if it cannot be read."""
    suffix = path.suffix.lower()
    if suffix not in CSV_SUFFIXES | XLSX_SUFFIXES:
        if suffix == ".xls":
            raise _refuse(OLD_EXCEL)
        raise _refuse(UNKNOWN_SUFFIX.format(suffix=suffix or NO_SUFFIX))
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise _refuse(MISSING.format(path=str(path))) from None
    except IsADirectoryError:
        raise _refuse(A_FOLDER.format(path=str(path))) from None
    except OSError as error:
        raise _refuse(UNREADABLE.format(path=str(path), reason=str(error.strerror))) from None
    if suffix in CSV_SUFFIXES:
        return read_csv(data, path.name)
    return read_xlsx(data, path.name)


def read_csv(data: bytes, name: str = "CSV") -> Table:
    if data.startswith(_ZIP_MAGIC):
        raise _refuse(XLSX_NAMED_CSV)
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise _refuse(UTF16.format(save_as=SAVE_AS_UTF8))
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        raise _refuse(NOT_UTF8.format(line=line, save_as=SAVE_AS_UTF8)) from None
    if not text.strip():
        raise _refuse(EMPTY)
    delimiter = _delimiter(text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    records: list[SourceRow] = []
    line = 0
    try:
        for line, record in enumerate(reader, start=1):
            records.append(SourceRow(line, tuple(record)))
    except csv.Error as error:
        raise _refuse(CSV_BROKEN.format(error=str(error)), line + 1) from None
    return _table(name, "CSV", records, delimiter)


def _delimiter(text: str) -> str:
    """The delimiter that occurs most often in the header line; ``;`` on a tie (German Excel)."""
    header = text.lstrip("\r\n").split("\n", 1)[0]
    counts = {d: header.count(d) for d in DELIMITERS}
    best = max(counts.values())
    return next(d for d in DELIMITERS if counts[d] == best)


def read_xlsx(data: bytes, name: str = "XLSX") -> Table:
    if data.startswith(_OLE_MAGIC):
        raise _refuse(XLS_CONTENT)
    if not data.startswith(_ZIP_MAGIC):
        raise _refuse(NOT_XLSX)
    from openpyxl import load_workbook
    from openpyxl.utils.exceptions import InvalidFileException

    try:
        with warnings.catch_warnings():
            # Files from other tools make openpyxl warn about features it drops on reading
            # (data validation, conditional formats); the values are unaffected.
            warnings.simplefilter("ignore")
            workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
            try:
                sheet = workbook.worksheets[0]
                records = [
                    SourceRow(line, tuple(values))
                    for line, values in enumerate(sheet.iter_rows(values_only=True), start=1)
                ]
            finally:
                workbook.close()
    except ParseError as error:  # the XML of a sheet, read while the rows are read
        raise _refuse(_bad_xml(error, name)) from None
    except (
        zipfile.BadZipFile,
        zlib.error,
        InvalidFileException,
        KeyError,
        ValueError,
        TypeError,
        AttributeError,
        IndexError,
        EOFError,
        OverflowError,
    ):
        raise _refuse(XLSX_BROKEN) from None
    return _table(name, "XLSX", records, None)


def _bad_xml(error: ParseError, name: str) -> Text:
    """What is wrong with a sheet's XML. Expat stops a "billion laughs" entity bomb by its
    amplification limit; any other error is malformed XML at a position."""
    if "amplification" in str(error):
        return XLSX_ENTITY_BOMB.format(name=name)
    line, column = getattr(error, "position", (0, 0))
    return XLSX_BAD_XML.format(name=name, line=line, column=column)


def _table(name: str, kind: str, records: list[SourceRow], delimiter: str | None) -> Table:
    if not records or is_empty(records[0].cells):
        if any(not is_empty(r.cells) for r in records):
            raise _refuse(EMPTY_HEADER, 1)
        raise _refuse(EMPTY)
    header = tuple("" if cell is None else str(cell).strip() for cell in records[0].cells)
    while header and not header[-1]:
        header = header[:-1]
    rows = tuple(row for row in records[1:] if not is_empty(row.cells))
    return Table(name, kind, header, rows, delimiter)


def is_blank(cell: object) -> bool:
    return cell is None or (isinstance(cell, str) and not cell.strip())


def is_empty(cells: tuple[object, ...]) -> bool:
    return all(is_blank(cell) for cell in cells)
