"""Numbers a person types, read exactly in the UI language's notation: the one reader for the quote
lines, the catalog's prices and a partner's figures (never through a float).

German writes ``.`` for thousands and ``,`` for decimals (``1.234,56``). A lone point followed by
other than three digits (``7.50``, ``2.5``) can only be a decimal point and is accepted as one,
because people paste prices from English sources; ``1.234`` is one thousand two hundred thirty-four,
as in German. English writes ``1,234.56`` (or ``1234.56``); a comma there is always a thousands
separator, so ``7,50`` is refused rather than guessed. ``€``, ``%`` and spaces around are ignored.
"""

from __future__ import annotations

import re
from decimal import Decimal

from PySide6.QtCore import QCoreApplication

from nspdesk.domain.decimals import ZERO, parse_decimal
from nspdesk.domain.errors import InputError
from nspdesk.domain.formatting import number
from nspdesk.domain.limits import MAX_FRACTION_DIGITS, shorten
from nspdesk.ui import i18n

_GROUPED = re.compile(r"-?\d{1,3}(\.\d{3})+(,\d+)?")
_GERMAN = re.compile(r"-?\d+(,\d+)?|-?,\d+")
_POINT = re.compile(r"-?\d*\.\d+")
_ENGLISH_GROUPED = re.compile(r"-?\d{1,3}(,\d{3})+(\.\d+)?")
_ENGLISH = re.compile(r"-?\d+(\.\d+)?|-?\.\d+")
_UNITS = ("€", "%", "EUR")
EXAMPLE = Decimal("1234.56")


# lupdate reads calls of ``translate`` as it reads QCoreApplication.translate.
translate = QCoreApplication.translate


def _locale(language: str | None) -> str:
    return i18n.BABEL_LOCALES[language or i18n.current_language()]


def example(language: str | None = None) -> str:
    """``1.234,56`` (English ``1,234.56``): how a number is written in the UI's notation."""
    return number(EXAMPLE, locale=_locale(language))


def read_decimal(
    text: str,
    field: str,
    *,
    places: int = MAX_FRACTION_DIGITS,
    allow_zero: bool = True,
    maximum: Decimal | None = None,
    empty: Decimal | None = None,
    language: str | None = None,
) -> Decimal:
    """``text`` as a non-negative ``Decimal``; ``InputError(field, …)`` in the UI's language else.

    ``places``: the most decimals accepted (cents: 2); ``empty``: the value of an empty field (None:
    refused); ``language``: the notation (default: the UI's).
    """
    shown = shorten(text.strip())  # messages echo at most the start of what was typed
    cleaned = text.replace("\xa0", " ").strip()
    for unit in _UNITS:
        cleaned = cleaned.removesuffix(unit).removeprefix(unit).strip()
    cleaned = cleaned.replace(" ", "")
    if not cleaned:
        if empty is not None:
            return empty
        raise InputError(field, translate("TypedNumbers", "bitte eine Zahl eingeben"))
    english = (language or i18n.current_language()) == "en"
    canonical = _canonical(cleaned, english=english)
    if canonical is None:
        raise InputError(
            field,
            translate("TypedNumbers", "„{text}“ ist keine Zahl (Beispiel: {example})").format(
                text=shown, example=example(language)
            ),
        )
    if canonical.startswith("-"):
        raise InputError(
            field, translate("TypedNumbers", "darf nicht negativ sein: „{text}“").format(text=shown)
        )
    if len(canonical.partition(".")[2]) > places:
        raise InputError(
            field,
            translate("TypedNumbers", "höchstens {places} Nachkommastellen: „{text}“").format(
                places=places, text=shown
            ),
        )
    try:
        value = parse_decimal(canonical, field)
    except InputError:  # the digits are checked above: what is left is the size (limits.py)
        raise InputError(
            field, translate("TypedNumbers", "zu groß: „{text}“").format(text=shown)
        ) from None
    if not allow_zero and value == ZERO:
        raise InputError(field, translate("TypedNumbers", "muss größer als 0 sein"))
    if maximum is not None and value > maximum:
        raise InputError(
            field,
            translate("TypedNumbers", "höchstens {maximum}, eingegeben: „{text}“").format(
                maximum=number(maximum, locale=_locale(language)), text=shown
            ),
        )
    return value


def _canonical(cleaned: str, *, english: bool) -> str | None:
    """``cleaned`` in Python's notation (``1234.56``), or None when it is no number."""
    if english:
        if _ENGLISH_GROUPED.fullmatch(cleaned) or _ENGLISH.fullmatch(cleaned):
            return cleaned.replace(",", "")
        return None
    if _GROUPED.fullmatch(cleaned):
        return cleaned.replace(".", "").replace(",", ".")
    if _GERMAN.fullmatch(cleaned):
        return cleaned.replace(",", ".")
    if _POINT.fullmatch(cleaned):
        return cleaned
    return None
