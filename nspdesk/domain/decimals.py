"""Exact decimal amounts: parsing input, rounding to cents, applying percentages.

Money is ``Decimal`` everywhere. Input comes as decimal strings (or JSON numbers read with
``parse_float=Decimal``); floats are refused because they cannot hold cents exactly.
"""

from __future__ import annotations

from decimal import (
    MAX_EMAX,
    MIN_EMIN,
    ROUND_HALF_UP,
    Context,
    Decimal,
    DivisionByZero,
    InvalidOperation,
    Overflow,
)

from nspdesk.domain.errors import InputError
from nspdesk.domain.limits import MAX_FRACTION_DIGITS, MAX_NUMBER_CHARS, MAX_REVENUE, excerpt

CENT = Decimal("0.01")
HUNDRED = Decimal(100)
ZERO = Decimal(0)

# The widest amount read at all (revenues); quantities and prices have narrower ranges (limits.py).
MAX_AMOUNT = MAX_REVENUE

# Rounding for output in a context wider than any amount the ranges allow (limits.py: at most 19
# digits with the cents), so that rounding never fails on the default context's 28 digits.
WIDE = Context(
    prec=60, Emax=MAX_EMAX, Emin=MIN_EMIN, traps=[InvalidOperation, DivisionByZero, Overflow]
)


def round_cents(amount: Decimal) -> Decimal:
    """Round half-up to whole cents (commercial rounding, not babel's half-even)."""
    return amount.quantize(CENT, rounding=ROUND_HALF_UP, context=WIDE)


def apply_discount(amount: Decimal, percent: Decimal) -> Decimal:
    """``amount`` less ``percent`` per cent, unrounded."""
    return amount * (HUNDRED - percent) / HUNDRED


def parse_decimal(
    value: object,
    field: str,
    *,
    minimum: Decimal | None = ZERO,
    maximum: Decimal = MAX_AMOUNT,
    allow_equal_minimum: bool = True,
) -> Decimal:
    """Read a decimal string (``"30.00"``) or an exact JSON number into a ``Decimal``.

    Raises ``InputError`` naming ``field`` for anything else: floats, booleans, text that is not a
    number, ``NaN``/``Infinity``, values outside ``minimum``..``maximum``, or more than six decimals.
    A text longer than any accepted number is refused before it is read, and a bad value is echoed
    as a short excerpt.
    """
    shown = excerpt(value)
    if isinstance(value, bool) or not isinstance(value, str | int | Decimal):
        raise InputError(
            field, f'erwartet eine Dezimalzahl als Text wie "30.00", erhalten: {shown}'
        )
    text = value.strip() if isinstance(value, str) else value
    if isinstance(text, str) and len(text) > MAX_NUMBER_CHARS:
        raise InputError(
            field,
            f"ist zu lang für eine Zahl ({len(text)} Zeichen, höchstens "
            f"{MAX_NUMBER_CHARS}): {shown}",
        )
    try:
        number = Decimal(text)
    except InvalidOperation:
        raise InputError(field, f"ist keine Zahl: {shown}") from None
    if not number.is_finite():
        raise InputError(field, f"ist keine endliche Zahl: {shown}")
    exponent = number.as_tuple().exponent
    if isinstance(exponent, int) and exponent < -MAX_FRACTION_DIGITS:
        raise InputError(field, f"hat mehr als {MAX_FRACTION_DIGITS} Nachkommastellen: {shown}")
    # copy_abs and comparisons never round: no context can overflow before the range is checked
    if number.copy_abs() > maximum:
        raise InputError(field, f"ist zu groß (höchstens {maximum}): {shown}")
    if minimum is not None:
        if number < minimum:
            what = "negativ" if minimum == ZERO else f"kleiner als {minimum}"
            raise InputError(field, f"darf nicht {what} sein: {shown}")
        if number == minimum and not allow_equal_minimum:
            raise InputError(field, f"muss größer als {minimum} sein: {shown}")
    # Normalise -0 and exponent forms such as 1E+2 to a plain value.
    return number + ZERO if number else ZERO


def as_text(amount: Decimal, places: int = 2) -> str:
    """A decimal string with a fixed number of places, for JSON output (``"1234.50"``)."""
    quantum = Decimal(1).scaleb(-places)
    return str(amount.quantize(quantum, rounding=ROUND_HALF_UP, context=WIDE))


def exact_text(amount: Decimal) -> str:
    """At least two places, but every digit kept: ``"30.00"``, ``"0.1234"`` (unit prices)."""
    if amount == round_cents(amount):
        return as_text(amount)
    return plain(amount)


def plain(number: Decimal) -> str:
    """A decimal without trailing zeros or exponent (``"25"``, ``"12.5"``), for percentages."""
    return format(number.normalize(), "f")
