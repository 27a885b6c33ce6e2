"""German output through babel, with commercial rounding; exact decimal parsing."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone
from decimal import Decimal as D

import pytest
from babel.numbers import format_currency, format_decimal, format_percent
from hypothesis import given
from hypothesis import strategies as st

from nspdesk.domain import formatting
from nspdesk.domain.decimals import as_text, exact_text, parse_decimal, plain, round_cents
from nspdesk.domain.errors import InputError

NBSP = "\xa0"


@pytest.mark.parametrize(
    ("amount", "text"),
    [
        (D("1234.56"), f"1.234,56{NBSP}€"),
        (D("0.125"), f"0,13{NBSP}€"),  # half-up before babel's half-even
        (D("2.675"), f"2,68{NBSP}€"),
        (D("1000000"), f"1.000.000,00{NBSP}€"),
        (D("0"), f"0,00{NBSP}€"),
    ],
)
def test_money_de(amount: D, text: str) -> None:
    assert formatting.money(amount) == text


@given(
    st.decimals(allow_nan=False, allow_infinity=False, min_value=-(10**15), max_value=10**15)
    | st.sampled_from([D("-0"), D("-0.004"), D("0.005"), D("999.995"), D("-1000")])
)
def test_german_money_is_babels_text(amount: D) -> None:
    """The written-out de_DE path gives exactly babel's text (also for -0,00 € and large sums)."""
    cents = round_cents(amount)
    assert formatting.money(amount) == format_currency(cents, "EUR", locale="de_DE")


def test_money_in_an_unusual_notation_still_goes_through_babel() -> None:
    assert formatting._money("1E+3", "de_DE", "EUR") == f"1.000,00{NBSP}€"


def test_money_en() -> None:
    assert formatting.money(D("1234.565"), locale="en_US") == "€1,234.57"


def test_percent_number_date() -> None:
    assert formatting.percent(D(25)) == f"25{NBSP}%"
    assert formatting.percent(D("12.5")) == f"12,5{NBSP}%"
    assert formatting.number(D("1234.5")) == "1.234,5"
    assert formatting.day(date(2026, 11, 25)) == "25.11.2026"
    assert formatting.day(date(2026, 1, 5)) == "05.01.2026"
    assert formatting.day(date(2026, 11, 25), locale="en_US") == "Nov 25, 2026"


def test_decimal_text_helpers() -> None:
    assert round_cents(D("0.005")) == D("0.01")
    assert round_cents(D("-0.005")) == D("-0.01")
    assert as_text(D("1234.5")) == "1234.50"
    assert exact_text(D("30")) == "30.00"
    assert exact_text(D("2.3456")) == "2.3456"
    assert plain(D("25.00")) == "25"
    assert plain(D("1E+2")) == "100"


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("30.00", D("30.00")),
        (" 7 ", D(7)),
        (12, D(12)),
        (D("0.5"), D("0.5")),
        ("-0", D(0)),
        ("1E+2", D(100)),
    ],
)
def test_parse_decimal_accepts(value: object, expected: D) -> None:
    assert parse_decimal(value, "x") == expected


@pytest.mark.parametrize(
    ("value", "words"),
    [
        (1.5, "erwartet eine Dezimalzahl"),
        (None, "erwartet"),
        (False, "erwartet"),
        ("1,5", "keine Zahl"),
        ("inf", "endliche"),
        ("-1", "negativ"),
        ("1e13", "zu groß"),
        ("0.0000001", "Nachkommastellen"),
    ],
)
def test_parse_decimal_refuses(value: object, words: str) -> None:
    with pytest.raises(InputError, match=words) as caught:
        parse_decimal(value, "lines[0].quantity")
    assert caught.value.field == "lines[0].quantity"


def test_parse_decimal_bounds() -> None:
    with pytest.raises(InputError, match="kleiner als 5"):
        parse_decimal("4", "x", minimum=D(5))
    with pytest.raises(InputError, match="größer als 0"):
        parse_decimal("0", "x", allow_equal_minimum=False)
    assert parse_decimal("-3", "x", minimum=None) == D(-3)


def test_cached_texts_keep_what_equal_values_print_differently() -> None:
    # money is cached by the rounded amount's text: -0 == 0 but prints with its sign.
    assert formatting.money(D("-0.001")) == f"-0,00{NBSP}€"
    assert formatting.money(D("0")) == f"0,00{NBSP}€"
    assert formatting.money(D("-0")) == f"-0,00{NBSP}€"
    assert formatting.money(D("1.5")) == formatting.money(D("1.500")) == f"1,50{NBSP}€"
    assert formatting.money(D("1.5"), locale="en_US") == "€1.50"
    assert formatting.money(D("1.5"), currency="USD") == f"1,50{NBSP}$"
    # number and percent are cached by the value's text: -0 and 0 apart, 5 and 5.0 as babel.
    assert formatting.number(D("0")) == "0"
    assert formatting.number(D("-0")) == "-0"
    assert formatting.number(D("1.25")) == "1,25"
    assert formatting.number(D("1")) == formatting.number(1) == "1"
    assert formatting.number(12345) == "12.345"
    assert formatting.number(D("12345"), "en_US") == "12,345"
    assert formatting.percent(D("12.5")) == f"12,5{NBSP}%"
    assert formatting.percent(D("10")) == f"10{NBSP}%"
    assert formatting.percent(D("10"), "en_US") == "10%"


@given(
    st.one_of(
        st.integers(-(10**12), 10**12), st.decimals(min_value=-(10**12), max_value=10**12, places=4)
    )
)
def test_number_and_percent_as_babel_gives_them(value: int | D) -> None:
    locale = "de_DE"
    assert formatting.number(value) == format_decimal(
        value, locale=locale, decimal_quantization=False
    )
    if isinstance(value, D):
        assert formatting.percent(value) == format_percent(
            value / 100, locale=locale, decimal_quantization=False
        )


def test_day_of_a_datetime_is_its_own_calendar_date() -> None:
    late = datetime(2025, 12, 31, 23, 30, tzinfo=UTC)
    same_instant = late.astimezone(timezone(timedelta(hours=1)))  # 2026-01-01 00:30 +01:00
    assert late == same_instant
    assert formatting.day(late) == "31.12.2025"
    assert formatting.day(same_instant) == "01.01.2026"
    assert formatting.day(date(2026, 1, 1)) == "01.01.2026"
    assert formatting.day(date(2026, 1, 1), "en_GB") == "1 Jan 2026"
