"""Text going into reportlab paragraphs: escaped, and German numbers the way babel writes them.

``Paragraph`` parses its text as markup and silently drops unknown tags, so ``Müller & Söhne <GmbH>``
would print as ``Müller & Söhne`` or break the build. Every text from the user, the database or a rule
file goes through ``esc`` (or ``lines``); only markup written here is passed unescaped. ``esc`` also
strips invisible characters and puts what Liberation Sans cannot draw into a fallback font
(``nspdesk.documents.glyphs``).
"""

from __future__ import annotations

import re
from decimal import Decimal
from functools import lru_cache
from xml.sax.saxutils import escape

from babel.numbers import format_currency

from nspdesk.documents.fonts import REGULAR
from nspdesk.documents.glyphs import clean, primary_only, runs
from nspdesk.domain.decimals import round_cents
from nspdesk.domain.formatting import DEFAULT_LOCALE

# A word as a Paragraph keeps it: no character it breaks at or strips (spaces of every kind but
# the no-break space, soft hyphens, zero-width spaces).
_WORD = r"(?:[^\s\u200b\xad]|\xa0)+"
_PLAIN = re.compile(rf"{_WORD}(?: {_WORD})*")


def plain(text: str) -> bool:
    """Whether a ``Paragraph`` of ``text`` (escaped) prints it exactly as given, if it has room:
    words between single spaces, nothing it would collapse, strip or break at, nothing ``clean``
    strips, every character in the family's own font."""
    return (
        _PLAIN.fullmatch(text) is not None
        and (text.isascii() or clean(text) == text)
        and primary_only(text)
    )


def esc(text: str, font: str = REGULAR) -> str:
    """``text`` as literal paragraph content: cleaned (``glyphs.clean``), ``&``, ``<``, ``>``
    escaped, characters Liberation Sans lacks in ``<font face>`` of a fallback.

    ``font``: the face the text is set in (the style's, ``BOLD`` inside ``<b>``). A paragraph's
    ``<font face>`` sets the face exactly (reportlab resets bold and italic to the named face's),
    so the fallback of bold text must be named in bold."""
    text = clean(text)
    if primary_only(text, font):
        return escape(text)
    return "".join(
        escape(piece) if face == font else f'<font face="{face}">{escape(piece)}</font>'
        for piece, face in runs(text, font)
    )


def lines(text: str) -> str:
    """Escaped text whose line breaks stay line breaks."""
    return "<br/>".join(esc(line) for line in clean(text).splitlines())


def unit_price(amount: Decimal, locale: str = DEFAULT_LOCALE) -> str:
    """A unit price with every digit it has, at least cents: ``30,00 €``, ``2,3456 €``.

    Remembered by the amount's text (a long quote's table asks for the same few prices per line).
    """
    return _unit_price(str(amount), locale)


@lru_cache(maxsize=4096)
def _unit_price(text: str, locale: str) -> str:
    amount = Decimal(text)
    if amount == round_cents(amount):
        amount = round_cents(amount)
    return format_currency(amount, "EUR", locale=locale, decimal_quantization=False)
