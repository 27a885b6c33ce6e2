"""Numbers typed into the quote editor: German input (``1.234,56``), read exactly as ``Decimal``.

German writes ``.`` for thousands and ``,`` for decimals. A lone point followed by other than three
digits (``7.50``, ``2.5``) can only be a decimal point and is accepted as one, because people paste
prices from English sources; ``1.234`` is one thousand two hundred thirty-four, as in German.
"""

from __future__ import annotations

import re
from decimal import Decimal

from nspdesk.domain.decimals import MAX_FRACTION_DIGITS, ZERO, parse_decimal
from nspdesk.domain.errors import InputError

_GROUPED = re.compile(r"-?\d{1,3}(\.\d{3})+(,\d+)?")
_GERMAN = re.compile(r"-?\d+(,\d+)?|-?,\d+")
_POINT = re.compile(r"-?\d*\.\d+")
_UNITS = ("€", "%", "EUR")


def parse_german(
    text: str,
    what: str,
    *,
    allow_zero: bool = True,
    maximum: Decimal | None = None,
) -> Decimal:
    """``text`` as a non-negative ``Decimal``; ``InputError(what, …)`` in German otherwise."""
    cleaned = text.replace("\xa0", " ").strip()
    for unit in _UNITS:
        cleaned = cleaned.removesuffix(unit).strip()
    cleaned = cleaned.replace(" ", "")
    if not cleaned:
        raise InputError(what, "bitte eine Zahl eingeben")
    if _GROUPED.fullmatch(cleaned):
        canonical = cleaned.replace(".", "").replace(",", ".")
    elif _GERMAN.fullmatch(cleaned):
        canonical = cleaned.replace(",", ".")
    elif _POINT.fullmatch(cleaned):
        canonical = cleaned
    else:
        raise InputError(what, f"„{text.strip()}“ ist keine Zahl (Beispiel: 1.234,56)")
    if canonical.startswith("-"):
        raise InputError(what, f"darf nicht negativ sein: „{text.strip()}“")
    try:
        value = parse_decimal(canonical, what)
    except InputError as error:
        raise InputError(what, _german_bounds(error.message, text)) from None
    if not allow_zero and value == ZERO:
        raise InputError(what, "muss größer als 0 sein")
    if maximum is not None and value > maximum:
        raise InputError(what, f"höchstens {_plain(maximum)}, eingegeben: „{text.strip()}“")
    return value


def _german_bounds(message: str, text: str) -> str:
    if "Nachkommastellen" in message:
        return f"höchstens {MAX_FRACTION_DIGITS} Nachkommastellen: „{text.strip()}“"
    if "zu groß" in message:
        return f"zu groß: „{text.strip()}“"
    return message


def _plain(value: Decimal) -> str:
    return format(value.normalize(), "f").replace(".", ",")
