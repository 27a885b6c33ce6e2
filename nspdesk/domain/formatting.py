"""German (and other locale) display of money, numbers, percentages and dates through babel.

babel rounds half-even; every amount is quantized half-up first so that ``0,125 €`` prints as
``0,13 €`` like the cent it is booked as. babel's German output separates number and unit with a
no-break space (``1.234,56\\u00a0€``), which keeps them on one line in print.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from babel.dates import format_date as _babel_date
from babel.numbers import format_currency, format_decimal, format_percent

from nspdesk.domain.decimals import HUNDRED, round_cents

DEFAULT_LOCALE = "de_DE"


def money(amount: Decimal, locale: str = DEFAULT_LOCALE, currency: str = "EUR") -> str:
    """``Decimal("1234.5")`` → ``1.234,50 €``."""
    return format_currency(round_cents(amount), currency, locale=locale)


def number(value: Decimal | int, locale: str = DEFAULT_LOCALE) -> str:
    """A number with the locale's grouping and as many decimals as it has (``1.234,5``)."""
    return format_decimal(value, locale=locale, decimal_quantization=False)


def percent(value: Decimal, locale: str = DEFAULT_LOCALE) -> str:
    """A percentage given in percent (``Decimal("25")`` → ``25 %``, ``12.5`` → ``12,5 %``)."""
    return format_percent(value / HUNDRED, locale=locale, decimal_quantization=False)


def day(value: date, locale: str = DEFAULT_LOCALE) -> str:
    """A calendar date in the locale's medium numeric form (``25.11.2026``)."""
    return _babel_date(
        value, format="dd.MM.yyyy" if locale.startswith("de") else "medium", locale=locale
    )
