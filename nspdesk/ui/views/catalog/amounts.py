"""Reading a price as the user types it, in the UI language's notation; never through a float.

German: ``1.234,56``, ``1234,56``, ``49``, ``12.5`` (a decimal point, as some type it) or
``1.234.567``. English: ``1,234.56``, ``1234.5``, ``49``. With or without ``€``.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation

from PySide6.QtCore import QCoreApplication

from nspdesk.ui import i18n

MAX_PLACES = 4

_GERMAN = re.compile(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?")  # 1.234,56 or 1234,56
_POINT = re.compile(r"\d+\.\d{1,2}")  # 12.5 or 1234.56: a decimal point, as some type it
_ENGLISH = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?")  # 1,234.56 or 1234.56
EXAMPLE = Decimal("1234.56")


def parse_amount(text: str, language: str | None = None) -> Decimal:
    """The amount in ``text``; ``ValueError`` with a message for the user when it is none.

    ``language`` defaults to the UI language (``nspdesk.ui.i18n``).
    """
    english = (language or i18n.current_language()) == "en"
    example = format_amount(EXAMPLE, language)
    raw = text.replace("€", "").replace("\u00a0", "").replace(" ", "").strip()
    if not raw:
        raise ValueError(
            QCoreApplication.translate(
                "Amounts", "Bitte einen Preis eingeben, z. B. {example}."
            ).format(example=example)
        )
    if raw.startswith("-"):
        raise ValueError(
            QCoreApplication.translate("Amounts", "Ein Listenpreis kann nicht negativ sein.")
        )
    if english and _ENGLISH.fullmatch(raw):
        normalized = raw.replace(",", "")
    elif not english and _GERMAN.fullmatch(raw):
        normalized = raw.replace(".", "").replace(",", ".")
    elif not english and _POINT.fullmatch(raw):
        normalized = raw
    else:
        raise ValueError(
            QCoreApplication.translate(
                "Amounts",
                "„{text}“ ist kein Preis. Bitte so schreiben: {example} (Punkt für Tausender, "
                "Komma vor den Cent).",
            ).format(text=text.strip(), example=example)
        )
    try:
        amount = Decimal(normalized)
    except InvalidOperation:  # pragma: no cover - the patterns admit only digits
        raise ValueError(
            QCoreApplication.translate("Amounts", "„{text}“ ist kein Preis.").format(
                text=text.strip()
            )
        ) from None
    exponent = amount.as_tuple().exponent
    if isinstance(exponent, int) and -exponent > MAX_PLACES:
        raise ValueError(
            QCoreApplication.translate(
                "Amounts", "Höchstens {places} Nachkommastellen, bitte."
            ).format(places=MAX_PLACES)
        )
    return amount


def format_amount(amount: Decimal, language: str | None = None) -> str:
    """For the edit field: ``1234.5`` → ``1.234,50`` (English ``1,234.50``); at least two places,
    more if it has them."""
    text = f"{amount:,.{max(2, _places(amount))}f}"
    if (language or i18n.current_language()) == "en":
        return text
    return text.replace(",", "\u2009").replace(".", ",").replace("\u2009", ".")


def _places(amount: Decimal) -> int:
    exponent = amount.normalize().as_tuple().exponent
    return -exponent if isinstance(exponent, int) and exponent < 0 else 0
