"""The ranges of numbers the program accepts, and how a bad value is echoed in a message.

Every number a person or a file gives is checked against one of these ranges before anything is
computed with it, so that arithmetic stays exact in ``decimal``'s default context (28 significant
digits) and every stored amount fits its column (``store/types.py``: ``Money`` keeps whole cents in a
64-bit integer, at most 92,233,720,368,547,758.07 €; ``ExactDecimal`` keeps up to 40 characters).

The largest quote the ranges allow: ``MAX_LINES`` lines of ``MAX_QUANTITY`` × ``MAX_PRICE`` =
1,000 × 10⁶ × 10⁷ € = 10¹⁶ € net, 1.19 × 10¹⁶ € gross with 19 % VAT: 19 digits with the cents, far
inside both limits. One line's list amount has at most 13 integer and 12 fraction digits (25 < 28),
so it is exact before it is rounded to cents. Revenues and budgets go up to ``MAX_REVENUE`` (10¹² €).

A number in the input is refused before Python builds it when its text is longer than
``MAX_NUMBER_CHARS`` (Python refuses to convert integers of more than 4,300 digits, and an exponent
such as ``1E999999999`` overflows ``decimal``'s context) — all accepted values are far shorter.
"""

from __future__ import annotations

import reprlib
import unicodedata
from dataclasses import dataclass
from decimal import Decimal

MAX_FRACTION_DIGITS = 6  # decimals of any amount, quantity or percentage
MAX_QUANTITY = Decimal(1_000_000)  # per quote line (users, months, pieces)
MAX_PRICE = Decimal(10_000_000)  # euros: a unit price of a quote line, a catalog list price
MAX_REVENUE = Decimal(1_000_000_000_000)  # euros: revenue, MRR, budgets and other amounts
MAX_PERCENT = Decimal(100)  # discounts
MAX_COUNT = 1_000_000  # projects, users, technicians and other counts; ids
FIRST_YEAR, LAST_YEAR = 2000, 2100  # years of partner figures and dates the program records
MAX_LINES = 1_000  # lines of a quote; items of any list in a JSON or TOML input
MAX_NUMBER_CHARS = 40  # the longest number text read at all ("1000000.000000" has 14)
EXCERPT_CHARS = 60  # the most characters of a bad value a message shows


@dataclass(frozen=True)
class OversizedNumber:
    """A number in a JSON input too long to build (``length`` characters, of which ``start`` is the
    beginning): the JSON reader keeps it so that the reader of its field refuses it with the
    field's path."""

    start: str
    length: int

    def __repr__(self) -> str:
        return f"{self.start}… ({self.length} Zeichen)"


def shorten(text: str, limit: int = EXCERPT_CHARS) -> str:
    """At most ``limit`` characters of ``text`` as shown, then ``…``: control characters, line
    breaks and invisible marks escaped as ``repr`` does (``\\x00``, ``\\n``, ``\\u202e``; an escape
    counts with its length), spaces such as the no-break space kept."""
    if len(text) <= limit and text.isprintable():
        return text
    pieces: list[str] = []
    used = 0
    for char in text:
        piece = repr(char)[1:-1] if _invisible(char) else char
        used += len(piece)
        if used > limit:
            return "".join(pieces) + "…"
        pieces.append(piece)
    return "".join(pieces)


_INVISIBLE = frozenset({"Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp"})


def _invisible(char: str) -> bool:
    """A control character, a format mark (``\\u202e`` turns text around) or a line break."""
    return unicodedata.category(char) in _INVISIBLE


def excerpt(value: object, limit: int = EXCERPT_CHARS) -> str:
    """``value`` as a message shows it: like ``repr`` (text in quotes, control characters and
    invisible marks escaped), but at most ``limit`` characters of a text as shown, then ``…``, and of
    a list or table only the first entries and levels."""
    if isinstance(value, str):
        return "'" + shorten(value, limit) + "'"
    if isinstance(value, int) and value.bit_length() > 4 * limit:  # repr refuses > 4,300 digits
        return f"<ganze Zahl mit etwa {int(value.bit_length() * 0.30103)} Stellen>"
    shown = _SHORT.repr(value)
    return shown[:limit] + "…" if len(shown) > limit else shown


def _short_repr() -> reprlib.Repr:
    short = reprlib.Repr()
    short.maxlevel = 3
    short.maxdict = short.maxlist = short.maxtuple = short.maxset = 4
    short.maxstring = short.maxother = short.maxlong = EXCERPT_CHARS
    return short


_SHORT = _short_repr()
