"""Reading a price as a German user types it: ``1.234,56``, ``1234,56``, ``49``, ``12.5`` or
``1.234.567``; with or without ``€``. Never through a float."""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

MAX_PLACES = 4

_GERMAN = re.compile(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?")  # 1.234,56 or 1234,56
_POINT = re.compile(r"\d+\.\d{1,2}")  # 12.5 or 1234.56: a decimal point, as some type it


def parse_amount(text: str) -> Decimal:
    """The amount in ``text``; ``ValueError`` with a message for the user when it is none."""
    raw = text.replace("€", "").replace("\u00a0", "").replace(" ", "").strip()
    if not raw:
        raise ValueError("Bitte einen Preis eingeben, z. B. 1.234,56.")
    if raw.startswith("-"):
        raise ValueError("Ein Listenpreis kann nicht negativ sein.")
    if _GERMAN.fullmatch(raw):
        normalized = raw.replace(".", "").replace(",", ".")
    elif _POINT.fullmatch(raw):
        normalized = raw
    else:
        raise ValueError(
            f"„{text.strip()}“ ist kein Preis. Bitte so schreiben: 1.234,56 (Punkt für Tausender, "
            "Komma vor den Cent)."
        )
    try:
        amount = Decimal(normalized)
    except InvalidOperation:  # pragma: no cover - the patterns admit only digits
        raise ValueError(f"„{text.strip()}“ ist kein Preis.") from None
    exponent = amount.as_tuple().exponent
    if isinstance(exponent, int) and -exponent > MAX_PLACES:
        raise ValueError(f"Höchstens {MAX_PLACES} Nachkommastellen, bitte.")
    return amount


def format_amount(amount: Decimal) -> str:
    """For the edit field: ``1234.5`` → ``1.234,50`` (at least two places, more if it has them)."""
    text = f"{amount:,.{max(2, _places(amount))}f}"
    return text.replace(",", "\u2009").replace(".", ",").replace("\u2009", ".")


def _places(amount: Decimal) -> int:
    exponent = amount.normalize().as_tuple().exponent
    return -exponent if isinstance(exponent, int) and exponent < 0 else 0
