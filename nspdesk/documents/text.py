"""Text going into reportlab paragraphs: escaped, and German numbers the way babel writes them.

``Paragraph`` parses its text as markup and silently drops unknown tags, so ``Müller & Söhne <GmbH>``
would print as ``Müller & Söhne`` or break the build. Every text from the user, the database or a rule
file goes through ``esc`` (or ``lines``); only markup written here is passed unescaped.
"""

from __future__ import annotations

from decimal import Decimal
from xml.sax.saxutils import escape

from babel.numbers import format_currency

from nspdesk.domain.decimals import round_cents
from nspdesk.domain.formatting import DEFAULT_LOCALE


def esc(text: str) -> str:
    """``text`` as literal paragraph content (``&``, ``<``, ``>`` escaped)."""
    return escape(text)


def lines(text: str) -> str:
    """Escaped text whose line breaks stay line breaks."""
    return "<br/>".join(escape(line) for line in text.splitlines())


def unit_price(amount: Decimal, locale: str = DEFAULT_LOCALE) -> str:
    """A unit price with every digit it has, at least cents: ``30,00 €``, ``2,3456 €``."""
    if amount == round_cents(amount):
        amount = round_cents(amount)
    return format_currency(amount, "EUR", locale=locale, decimal_quantization=False)
