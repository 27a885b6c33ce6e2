"""Numbers typed into the quote editor, in the UI language's notation, read exactly as ``Decimal``.

German writes ``.`` for thousands and ``,`` for decimals (``1.234,56``). A lone point followed by
other than three digits (``7.50``, ``2.5``) can only be a decimal point and is accepted as one,
because people paste prices from English sources; ``1.234`` is one thousand two hundred thirty-four,
as in German. English writes ``1,234.56`` (or ``1234.56``); a comma there is always a thousands
separator, so ``7,50`` is refused rather than guessed. The shown texts (``formats.number``) read
back in either language.
"""

from __future__ import annotations

import re
from decimal import Decimal

from PySide6.QtCore import QCoreApplication

from nspdesk.domain.decimals import MAX_FRACTION_DIGITS, ZERO, parse_decimal
from nspdesk.domain.errors import InputError
from nspdesk.ui import formats, i18n

_GROUPED = re.compile(r"-?\d{1,3}(\.\d{3})+(,\d+)?")
_GERMAN = re.compile(r"-?\d+(,\d+)?|-?,\d+")
_POINT = re.compile(r"-?\d*\.\d+")
_ENGLISH_GROUPED = re.compile(r"-?\d{1,3}(,\d{3})+(\.\d+)?")
_ENGLISH = re.compile(r"-?\d+(\.\d+)?|-?\.\d+")
_UNITS = ("€", "%", "EUR")
EXAMPLE = Decimal("1234.56")


def example() -> str:
    """``1.234,56`` (English ``1,234.56``): how a number is written in the UI's notation."""
    return formats.number(EXAMPLE)


def parse_number(
    text: str,
    what: str,
    *,
    allow_zero: bool = True,
    maximum: Decimal | None = None,
) -> Decimal:
    """``text`` as a non-negative ``Decimal``; ``InputError(what, …)`` in the UI language else."""
    shown = text.strip()
    cleaned = text.replace("\xa0", " ").strip()
    for unit in _UNITS:
        cleaned = cleaned.removesuffix(unit).removeprefix(unit).strip()
    cleaned = cleaned.replace(" ", "")
    if not cleaned:
        raise InputError(
            what, QCoreApplication.translate("QuoteNumbers", "bitte eine Zahl eingeben")
        )
    canonical = _canonical(cleaned, english=i18n.current_language() == "en")
    if canonical is None:
        raise InputError(
            what,
            QCoreApplication.translate(
                "QuoteNumbers", "„{text}“ ist keine Zahl (Beispiel: {example})"
            ).format(text=shown, example=example()),
        )
    if canonical.startswith("-"):
        raise InputError(
            what,
            QCoreApplication.translate("QuoteNumbers", "darf nicht negativ sein: „{text}“").format(
                text=shown
            ),
        )
    try:
        value = parse_decimal(canonical, what)
    except InputError as error:
        raise InputError(what, _bounds(error.message, shown)) from None
    if not allow_zero and value == ZERO:
        raise InputError(what, QCoreApplication.translate("QuoteNumbers", "muss größer als 0 sein"))
    if maximum is not None and value > maximum:
        raise InputError(
            what,
            QCoreApplication.translate(
                "QuoteNumbers", "höchstens {maximum}, eingegeben: „{text}“"
            ).format(maximum=formats.number(maximum), text=shown),
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


def _bounds(message: str, text: str) -> str:
    """The domain's (German) refusal of a number, in the UI language."""
    if "Nachkommastellen" in message:
        return QCoreApplication.translate(
            "QuoteNumbers", "höchstens {places} Nachkommastellen: „{text}“"
        ).format(places=MAX_FRACTION_DIGITS, text=text)
    if "zu groß" in message:
        return QCoreApplication.translate("QuoteNumbers", "zu groß: „{text}“").format(text=text)
    return message
