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

from nspdesk.domain import limits
from nspdesk.domain.decimals import exact_text
from nspdesk.domain.messages import QT_TRANSLATE_NOOP, Money, Text
from nspdesk.store.transfer.problems import quoted

MAX_PRICE_PLACES = 4
# The program's range of list prices (domain/limits.py): far above any list price, and small enough
# that every price survives the XLSX round trip through a float exactly (at most 15 significant
# digits: 10,000,000.0000 has 12).
MAX_PRICE = limits.MAX_PRICE
FIRST_YEAR, LAST_YEAR = 1900, 2199

# A CSV cell that Excel would run as a formula is written with a leading apostrophe (OWASP "CSV
# injection"); reading takes the apostrophe off again. So is a trigger right after a separator or a
# line break inside a value (``x,=cmd|' /C calc'!A0``): a spreadsheet that splits the line on that
# character would start a cell there. Apostrophes already in front of a trigger get one more, so that
# reading gives back exactly what was written.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_LEADING_TRIGGER = re.compile(r"(?='*[=+\-@\t\r])")
_INNER_TRIGGER = re.compile(r"""([,;\t\r\n]"*)(?='*[=+\-@])""")
_NEUTRALISED_INNER = re.compile(r"""([,;\t\r\n]"*)'(?='*[=+\-@])""")


def neutralise(text: str) -> str:
    """``text`` as a CSV cell no spreadsheet runs as a formula (see ``FORMULA_STARTS``)."""
    text = _INNER_TRIGGER.sub(r"\1'", text)
    return "'" + text if _LEADING_TRIGGER.match(text) else text


def restore(text: str) -> str:
    """The value ``neutralise`` was given: one apostrophe less before each trigger."""
    if text.startswith("'") and _LEADING_TRIGGER.match(text, 1):
        text = text[1:]
    return _NEUTRALISED_INNER.sub(r"\1", text)


_GERMAN_GROUPED = re.compile(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?")  # 1.234.567 or 1.234,56
_GERMAN = re.compile(r"\d+,\d+")  # 1234,56
_ENGLISH_GROUPED = re.compile(r"\d{1,3}(?:,\d{3})+\.\d+")  # 1,234.56
_PLAIN = re.compile(r"\d+(?:\.\d+)?")  # 1234.56 or 1234
_AMBIGUOUS = re.compile(r"[1-9]\d{0,2}\.\d{3}")  # 1.234: a thousand or one point two?
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_GERMAN_DATE = re.compile(r"(\d{1,2})\.(\d{1,2})\.(\d{4})")

_YES = frozenset({"ja", "j", "x", "yes", "y", "wahr", "true", "1"})
_NO = frozenset({"nein", "n", "no", "falsch", "false", "0", "-"})


TRUE = QT_TRANSLATE_NOOP("Import", "WAHR")  # as German Excel shows a boolean cell
FALSE = QT_TRANSLATE_NOOP("Import", "FALSCH")
BOOL_NOT_TEXT = QT_TRANSLATE_NOOP("Import", "{value} ist ein Wahrheitswert, erwartet Text")
DATE_NOT_TEXT = QT_TRANSLATE_NOOP("Import", "ist ein Datum, erwartet Text")
LINE_BREAK = QT_TRANSLATE_NOOP("Import", "enthält einen Zeilenumbruch; erlaubt ist nur eine Zeile")
NOT_A_NUMBER = QT_TRANSLATE_NOOP("Import", "{value} ist keine Zahl")
DATE_NOT_NUMBER = QT_TRANSLATE_NOOP("Import", "ist ein Datum, keine Zahl")
TOO_MANY_PLACES = QT_TRANSLATE_NOOP(
    "Import",
    "{value} hat mehr als {places} Nachkommastellen; bitte runden (in Excel z. B. mit RUNDEN(…; 2))",
)
NEGATIVE = QT_TRANSLATE_NOOP("Import", "{value} ist negativ")
TOO_LARGE = QT_TRANSLATE_NOOP("Import", "{value} ist zu groß (höchstens {maximum})")
CONTROL_CHARACTER = QT_TRANSLATE_NOOP(
    "Import", "enthält das Steuerzeichen {code} an Stelle {position}; bitte entfernen"
)
AMBIGUOUS = QT_TRANSLATE_NOOP(
    "Import",
    "{value} ist mehrdeutig: {thousands} oder {decimal}? Bitte ohne Tausenderpunkt und mit "
    "Dezimalkomma schreiben",
)
HAS_TIME = QT_TRANSLATE_NOOP("Import", "{value} enthält eine Uhrzeit; erwartet nur ein Datum")
NUMBER_NOT_DATE = QT_TRANSLATE_NOOP(
    "Import", "{value} ist eine Zahl, kein Datum; die Zelle in Excel als Datum formatieren"
)
YEAR_RANGE = QT_TRANSLATE_NOOP("Import", "{value} liegt nicht zwischen {first} und {last}")
INVALID_DATE = QT_TRANSLATE_NOOP("Import", "{value} ist kein gültiges Datum")
NOT_A_DATE = QT_TRANSLATE_NOOP(
    "Import", "{value} ist kein Datum (erwartet TT.MM.JJJJ oder JJJJ-MM-TT)"
)
NOT_A_FLAG = QT_TRANSLATE_NOOP("Import", "{value} ist weder ja noch nein")


class CellError(ValueError):
    """A cell that cannot be read as its column's kind; ``str()`` is the German message,
    ``message`` the same as a ``Text`` that the UI shows in its language."""

    def __init__(self, message: Text) -> None:
        self.message = message
        super().__init__(message)


def german_number(number: Decimal) -> str:
    """``Decimal("1234.5")`` as ``1234,50``: at least two places, every digit kept, no thousands
    separator; the notation of the CSV export and of messages. A number too long to write out
    (only ever in a message about it) keeps its exponent (``1E+308``)."""
    if number.copy_abs().adjusted() >= limits.MAX_NUMBER_CHARS:
        return str(number).replace(".", ",")
    return exact_text(number).replace(".", ",")


def text(cell: object, *, multiline: bool = False) -> str:
    if cell is None:
        return ""
    if isinstance(cell, bool):
        raise CellError(BOOL_NOT_TEXT.format(value=TRUE if cell else FALSE))
    if isinstance(cell, datetime | date | time):
        raise CellError(DATE_NOT_TEXT)
    as_text = format(_from_float(cell).normalize(), "f") if isinstance(cell, float) else str(cell)
    value = as_text.strip()
    value = restore(value)
    if not multiline and ("\n" in value or "\r" in value):
        raise CellError(LINE_BREAK)
    _refuse_control_characters(value, multiline=multiline)
    return value


# Characters a name or a note never holds: control characters (NUL …), line separators and the
# marks that turn the direction of text around (a name that reads backwards in a PDF).
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")
_SINGLE_LINE_CONTROL = re.compile("[\t]")


def _refuse_control_characters(value: str, *, multiline: bool) -> None:
    """Refuse a value with a control character (tabs and line breaks only in a note), naming the
    character and where it is."""
    found = _CONTROL.search(value) or (None if multiline else _SINGLE_LINE_CONTROL.search(value))
    if found is not None:
        raise CellError(
            CONTROL_CHARACTER.format(code=f"U+{ord(found.group()):04X}", position=found.start() + 1)
        )


def price(cell: object) -> Decimal:
    """An exact, non-negative amount with two to four decimal places (``Decimal("12.30")``)."""
    if isinstance(cell, bool):
        raise CellError(NOT_A_NUMBER.format(value=TRUE if cell else FALSE))
    if isinstance(cell, datetime | date | time):
        raise CellError(DATE_NOT_NUMBER)
    if isinstance(cell, float):
        number = _from_float(cell)
    elif isinstance(cell, int | Decimal):
        number = Decimal(cell)
    else:
        number = _parse_amount(str(cell))
    if not number.is_finite():
        raise CellError(NOT_A_NUMBER.format(value=quoted(cell)))
    if number > MAX_PRICE:  # before anything rounds it: 1e308 has no place in any context
        raise CellError(
            TOO_LARGE.format(value=quoted(german_number(number)), maximum=Money(MAX_PRICE))
        )
    normal = number.normalize()
    exponent = normal.as_tuple().exponent
    assert isinstance(exponent, int)  # finite
    places = max(0, -exponent)
    if places > MAX_PRICE_PLACES:
        raise CellError(
            TOO_MANY_PLACES.format(value=quoted(german_number(number)), places=MAX_PRICE_PLACES)
        )
    if number < 0:
        raise CellError(NEGATIVE.format(value=quoted(german_number(number))))
    return normal.quantize(Decimal(1).scaleb(-max(2, places)))


def _from_float(value: float) -> Decimal:
    """The decimal a spreadsheet cell shows: the shortest text that reads back as the same float."""
    try:
        return Decimal(repr(value))
    except InvalidOperation:  # pragma: no cover - repr of a float is always a decimal literal
        raise CellError(NOT_A_NUMBER.format(value=quoted(value))) from None


def _parse_amount(raw: str) -> Decimal:
    compact = "".join(raw.split()).removesuffix("€").removesuffix("EUR")
    sign, digits = "", compact
    if digits[:1] in {"-", "+"}:
        sign, digits = digits[0], digits[1:]
    if _AMBIGUOUS.fullmatch(digits):
        whole, part = digits.split(".")
        raise CellError(
            AMBIGUOUS.format(
                value=quoted(raw.strip()), thousands=f"{whole}{part}", decimal=f"{whole},{part}"
            )
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
        raise CellError(NOT_A_NUMBER.format(value=quoted(raw.strip())))
    return Decimal(sign + plain)


def day(cell: object) -> date:
    if isinstance(cell, datetime):
        if cell.time() != time(0):
            raise CellError(HAS_TIME.format(value=f"{cell:%d.%m.%Y %H:%M}"))
        value = cell.date()
    elif isinstance(cell, date):
        value = cell
    elif isinstance(cell, bool | int | float | Decimal):
        raise CellError(NUMBER_NOT_DATE.format(value=quoted(cell)))
    else:
        value = _parse_date(str(cell).strip())
    if not FIRST_YEAR <= value.year <= LAST_YEAR:
        raise CellError(
            YEAR_RANGE.format(value=f"{value:%d.%m.%Y}", first=FIRST_YEAR, last=LAST_YEAR)
        )
    return value


def _parse_date(raw: str) -> date:
    try:
        if _ISO_DATE.fullmatch(raw):
            return date.fromisoformat(raw)
        german = _GERMAN_DATE.fullmatch(raw)
        if german:
            return date(int(german[3]), int(german[2]), int(german[1]))
    except ValueError:
        raise CellError(INVALID_DATE.format(value=quoted(raw))) from None
    raise CellError(NOT_A_DATE.format(value=quoted(raw)))


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
    raise CellError(NOT_A_FLAG.format(value=quoted(str(cell).strip())))
