"""A list price as the user types it and as the edit field shows it, in the UI language's
notation (read by ``nspdesk.ui.typed_numbers``); never through a float."""

from __future__ import annotations

from decimal import Decimal

from nspdesk.domain.errors import InputError
from nspdesk.ui import i18n
from nspdesk.ui.typed_numbers import read_decimal

MAX_PLACES = 4

EXAMPLE = Decimal("1234.56")


def parse_amount(text: str, language: str | None = None) -> Decimal:
    """The list price in ``text``; ``ValueError`` with a message for the user when it is none.

    Read by the one reader of typed numbers (``nspdesk.ui.typed_numbers``), with up to
    ``MAX_PLACES`` decimals; ``language`` defaults to the UI language.
    """
    try:
        return read_decimal(text, "list_price", places=MAX_PLACES, language=language)
    except InputError as error:
        raise ValueError(str(error.message)) from None


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
