"""Turning one cell into a typed value: text, an exact price, a date, ja/nein.

Prices are exact: CSV text in German (``1.234,56``) or plain (``1234.56``) notation, and XLSX numbers,
which openpyxl hands over as ``float``, through their shortest ``repr`` (``12.3`` -> ``Decimal("12.30")``),
never through float arithmetic. A price with more than four decimals is refused rather than rounded: in
a spreadsheet it is almost always a formula's float residue (``12.299999999999999``) that the user
should round, not nspdesk.
"""

from __future__ import annotations

import re
from datetime import date, datetime, time
from decimal import Decimal, InvalidOperation

from nspdesk.domain.decimals import exact_text
from nspdesk.store.transfer.problems import quoted

MAX_PRICE_PLACES = 4
# Far above any list price, and small enough that every price survives the XLSX round trip through a
# float exactly (at most 15 significant digits).
MAX_PRICE = Decimal(1_000_000_000)
FIRST_YEAR, LAST_YEAR = 1900, 2199

# A CSV cell that Excel would run as a formula is written with a leading apostrophe (OWASP "CSV
# injection"); reading takes the apostrophe off again.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")

_GERMAN_GROUPED = re.compile(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?")  # 1.234.567 or 1.234,56
_GERMAN = re.compile(r"\d+,\d+")  # 1234,56
_ENGLISH_GROUPED = re.compile(r"\d{1,3}(?:,\d{3})+\.\d+")  # 1,234.56
_PLAIN = re.compile(r"\d+(?:\.\d+)?")  # 1234.56 or 1234
_AMBIGUOUS = re.compile(r"[1-9]\d{0,2}\.\d{3}")  # 1.234: a thousand or one point two?
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_GERMAN_DATE = re.compile(r"(\d{1,2})\.(\d{1,2})\.(\d{4})")

_YES = frozenset({"ja", "j", "x", "yes", "y", "wahr", "true", "1"})
_NO = frozenset({"nein", "n", "no", "falsch", "false", "0", "-"})


class CellError(ValueError):
    """A cell that cannot be read as its column's kind; ``str()`` is the German message."""


def german_number(number: Decimal) -> str:
    """``Decimal("1234.5")`` as ``1234,50``: at least two places, every digit kept, no thousands
    separator; the notation of the CSV export and of messages."""
    return exact_text(number).replace(".", ",")


def text(cell: object, *, multiline: bool = False) -> str:
    if cell is None:
        return ""
    if isinstance(cell, bool):
        raise CellError(f"{'WAHR' if cell else 'FALSCH'} ist ein Wahrheitswert, erwartet Text")
    if isinstance(cell, datetime | date | time):
        raise CellError("ist ein Datum, erwartet Text")
    as_text = format(_from_float(cell).normalize(), "f") if isinstance(cell, float) else str(cell)
    value = as_text.strip()
    if value.startswith("'") and value[1:2] and value[1] in FORMULA_STARTS:
        value = value[1:]
    if not multiline and ("\n" in value or "\r" in value):
        raise CellError("enthält einen Zeilenumbruch; erlaubt ist nur eine Zeile")
    return value


def price(cell: object) -> Decimal:
    """An exact, non-negative amount with two to four decimal places (``Decimal("12.30")``)."""
    if isinstance(cell, bool):
        raise CellError(f"{'WAHR' if cell else 'FALSCH'} ist keine Zahl")
    if isinstance(cell, datetime | date | time):
        raise CellError("ist ein Datum, keine Zahl")
    if isinstance(cell, float):
        number = _from_float(cell)
    elif isinstance(cell, int | Decimal):
        number = Decimal(cell)
    else:
        number = _parse_amount(str(cell))
    if not number.is_finite():
        raise CellError(f"{quoted(cell)} ist keine Zahl")
    normal = number.normalize()
    exponent = normal.as_tuple().exponent
    assert isinstance(exponent, int)  # finite
    places = max(0, -exponent)
    if places > MAX_PRICE_PLACES:
        raise CellError(
            f"{quoted(german_number(number))} hat mehr als {MAX_PRICE_PLACES} Nachkommastellen; "
            "bitte runden (in Excel z. B. mit RUNDEN(…; 2))"
        )
    if number < 0:
        raise CellError(f"{quoted(german_number(number))} ist negativ")
    if number > MAX_PRICE:
        raise CellError(f"{quoted(german_number(number))} ist zu groß (höchstens 1.000.000.000 €)")
    return normal.quantize(Decimal(1).scaleb(-max(2, places)))


def _from_float(value: float) -> Decimal:
    """The decimal a spreadsheet cell shows: the shortest text that reads back as the same float."""
    try:
        return Decimal(repr(value))
    except InvalidOperation:  # pragma: no cover - repr of a float is always a decimal literal
        raise CellError(f"{quoted(value)} ist keine Zahl") from None


def _parse_amount(raw: str) -> Decimal:
    compact = "".join(raw.split()).removesuffix("€").removesuffix("EUR")
    sign, digits = "", compact
    if digits[:1] in {"-", "+"}:
        sign, digits = digits[0], digits[1:]
    if _AMBIGUOUS.fullmatch(digits):
        whole, part = digits.split(".")
        raise CellError(
            f"{quoted(raw.strip())} ist mehrdeutig: {whole}{part} oder {whole},{part}? Bitte ohne "
            "Tausenderpunkt und mit Dezimalkomma schreiben"
        )
    if _GERMAN_GROUPED.fullmatch(digits):
        plain = digits.replace(".", "").replace(",", ".")
    elif _GERMAN.fullmatch(digits):
        plain = digits.replace(",", ".")
    elif _ENGLISH_GROUPED.fullmatch(digits):
        plain = digits.replace(",", "")
    elif _PLAIN.fullmatch(digits):
        plain = digits
    else:
        raise CellError(f"{quoted(raw.strip())} ist keine Zahl")
    return Decimal(sign + plain)


def day(cell: object) -> date:
    if isinstance(cell, datetime):
        if cell.time() != time(0):
            raise CellError(f"{cell:%d.%m.%Y %H:%M} enthält eine Uhrzeit; erwartet nur ein Datum")
        value = cell.date()
    elif isinstance(cell, date):
        value = cell
    elif isinstance(cell, bool | int | float | Decimal):
        raise CellError(
            f"{quoted(cell)} ist eine Zahl, kein Datum; die Zelle in Excel als Datum formatieren"
        )
    else:
        value = _parse_date(str(cell).strip())
    if not FIRST_YEAR <= value.year <= LAST_YEAR:
        raise CellError(f"{value:%d.%m.%Y} liegt nicht zwischen {FIRST_YEAR} und {LAST_YEAR}")
    return value


def _parse_date(raw: str) -> date:
    try:
        if _ISO_DATE.fullmatch(raw):
            return date.fromisoformat(raw)
        german = _GERMAN_DATE.fullmatch(raw)
        if german:
            return date(int(german[3]), int(german[2]), int(german[1]))
    except ValueError:
        raise CellError(f"{quoted(raw)} ist kein gültiges Datum") from None
    raise CellError(f"{quoted(raw)} ist kein Datum (erwartet TT.MM.JJJJ oder JJJJ-MM-TT)")


def flag(cell: object) -> bool:
    if cell is None or isinstance(cell, bool):
        return bool(cell)
    if isinstance(cell, int) and cell in {0, 1}:
        return bool(cell)
    word = str(cell).strip().casefold()
    if word in _YES:
        return True
    if not word or word in _NO:
        return False
    raise CellError(f"{quoted(str(cell).strip())} ist weder ja noch nein")
