"""The accepted ranges of numbers (``domain/limits.py``) and how a bad value is echoed: each case of
issue #18's fuzzing that ended in a traceback ends in one short line naming the field."""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal

import pytest

from nspdesk.domain import limits
from nspdesk.domain.decimals import as_text, parse_decimal, round_cents
from nspdesk.domain.editions import default_library
from nspdesk.domain.errors import InputError
from nspdesk.domain.fields import Fields
from nspdesk.domain.json_input import parse_json
from nspdesk.domain.limits import OversizedNumber, excerpt, shorten
from nspdesk.domain.pricing import PriceRequest, QuoteLine, price_quote
from nspdesk.domain.pricing_json import quote_to_json, request_from_json
from nspdesk.domain.quote_input import LineInput, QuoteInput, price_request

TODAY = date(2026, 12, 5)


def refusal(document: str) -> str:
    """The message of the error that reading ``document`` as a price request raises."""
    with pytest.raises(InputError) as caught:
        request = request_from_json(parse_json(document, "in.json"), TODAY)
        price_quote(default_library().edition_for(TODAY), request)
    return str(caught.value)


def line(**values: object) -> str:
    entry = {"category": "other", "quantity": "1", "unit_price": "1"} | values
    return json.dumps({"tier": "business", "lines": [entry]})


def test_a_5000_digit_integer_is_refused_before_python_builds_it() -> None:
    message = refusal(line(quantity=0).replace('"quantity": 0', '"quantity": ' + "1" * 5000))
    assert message == (
        "lines[0].quantity: ist als Zahl zu lang (5000 Zeichen, höchstens 40): " + "1" * 60 + "…"
    )


def test_a_json_exponent_decimal_cannot_hold_is_refused_with_the_field() -> None:
    document = line(unit_price=0).replace('"unit_price": 0', '"unit_price": 1e1000000000000000000')
    assert refusal(document) == "lines[0].unit_price: ist zu groß: 1e1000000000000000000"


def test_a_long_json_fraction_is_refused_too() -> None:
    document = line(unit_price=0).replace('"unit_price": 0', '"unit_price": 0.' + "1" * 100)
    assert "lines[0].unit_price: ist als Zahl zu lang (102 Zeichen" in refusal(document)


def test_a_huge_exponent_as_text_no_longer_overflows() -> None:
    assert refusal(line(unit_price="1E999999999")) == (
        "lines[0].unit_price: ist zu groß (höchstens 1000000000000): '1E999999999'"
    )
    assert "Nachkommastellen" in refusal(line(unit_price="1E-999999999"))
    assert "ist zu lang für eine Zahl (41 Zeichen" in refusal(line(unit_price="1" * 41))


def test_json_numbers_within_range_are_exact() -> None:
    fields = parse_json('{"a": 12, "b": 0.1, "c": 1E+2}', "x")
    assert (fields.integer("a"), fields.amount("b"), fields.amount("c")) == (
        12,
        Decimal("0.1"),
        Decimal(100),
    )


@pytest.mark.parametrize(
    ("values", "message"),
    [
        ({"quantity": "1000000.000001"}, "lines[0].quantity: darf höchstens 1000000 sein"),
        ({"unit_price": "10000000.01"}, "lines[0].unit_price: darf höchstens 10000000 sein"),
        ({"extra_discount": "100.01"}, "lines[0].extra_discount: darf höchstens 100 sein"),
        ({"quantity": "0"}, "lines[0].quantity: muss größer als 0 sein"),
    ],
)
def test_quote_lines_have_ranges(values: dict[str, str], message: str) -> None:
    assert refusal(line(**values)).startswith(message)


def test_a_list_holds_at_most_a_thousand_items() -> None:
    lines = [{"category": "other", "quantity": "1", "unit_price": "1"}] * 1001
    assert refusal(json.dumps({"tier": "business", "lines": lines})) == (
        "lines: hat 1001 Einträge, höchstens 1000 sind erlaubt"
    )
    fields = Fields({"names": ["a"] * 1001}, "", InputError)
    with pytest.raises(InputError, match="names: hat 1001 Einträge"):
        fields.text_list("names")


def test_integers_have_a_maximum() -> None:
    fields = Fields({"projects": 1_000_001, "year": 2101}, "", InputError)
    with pytest.raises(InputError, match="projects: darf höchstens 1000000 sein"):
        fields.integer("projects")
    assert fields.integer("year", maximum=9999) == 2101


def test_the_largest_quote_the_ranges_allow_prices_exactly() -> None:
    """1,000 lines of the largest quantity and price: 10¹⁶ € net, every cent exact (the decimal
    context's 28 digits would not hold the unrounded products' sum with twelve decimals)."""
    big = QuoteLine("other", "", Decimal("999999.999999"), Decimal("9999999.999999"))
    request = PriceRequest("business", TODAY, (big,) * limits.MAX_LINES)
    quoted = price_quote(default_library().edition_for(TODAY), request)
    each = big.quantity * big.unit_price  # 9999999999989.000000000001: exact in 25 digits
    assert quoted.totals.net == round_cents(each) * 1000 == Decimal("9999999999989000.00")
    out = quote_to_json(quoted, ())
    assert out["totals"] == {
        "net": "9999999999989000.00",
        "vat_rate": "19",
        "vat": "1899999999997910.00",
        "gross": "11899999999986910.00",
    }
    # the gross in cents fits the Money column (a signed 64-bit integer)
    assert quoted.totals.gross * 100 < 2**63


def test_rounding_for_output_holds_more_than_28_digits() -> None:
    """The 1,000 lines of 10¹² × 10¹² of the fuzzing: rounding no longer fails (the ranges refuse
    such a quote before it is priced)."""
    total = Decimal(10**12) * Decimal(10**12) * 1000
    assert as_text(total) == "1" + "0" * 27 + ".00"
    assert round_cents(total + Decimal("0.005")) == Decimal(10**27) + Decimal("0.01")


def test_quotes_in_the_editor_are_held_to_the_ranges() -> None:
    def data(*lines: LineInput) -> QuoteInput:
        return QuoteInput(1, TODAY, TODAY, lines=lines)

    ok = LineInput("other", "", limits.MAX_QUANTITY, limits.MAX_PRICE)
    assert len(price_request(data(ok), "business", None).lines) == 1
    with pytest.raises(InputError) as caught:
        price_request(data(ok, LineInput("other", "", Decimal(10**7), Decimal(1))), "b", None)
    assert (caught.value.field, caught.value.line) == ("lines[1].quantity", 1)
    assert caught.value.message == "Position 2, Menge: zu groß, höchstens 1.000.000"
    with pytest.raises(InputError) as caught:
        price_request(data(LineInput("other", "", Decimal(1), Decimal(10**8))), "b", None)
    assert (caught.value.field, caught.value.line) == ("lines[0].unit_price", 0)
    with pytest.raises(InputError, match="höchstens 1000 Positionen, dieses 1001"):
        price_request(data(*[ok] * 1001), "business", None)


def test_a_long_value_is_echoed_as_a_short_escaped_excerpt() -> None:
    message = refusal(json.dumps({"tier": "x" * 1_000_000, "lines": []}))
    assert message == (
        "tier: unbekannte Partnerstufe '" + "x" * 60 + "…' (bekannt: authorized, business, "
        "premium, authorized-cloud, business-cloud, premium-cloud, msp)"
    )
    assert refusal(line(unit_price="1\x00\n" + "9" * 100)).endswith(
        "(103 Zeichen, höchstens 40): '1\\x00\\n" + "9" * 53 + "…'"
    )


def test_excerpt() -> None:
    assert excerpt("kurz") == "'kurz'"
    assert excerpt("a\u202eb") == "'a\\u202eb'"
    assert excerpt("x" * 61) == "'" + "x" * 60 + "…'"
    assert excerpt(10**5000) == "<ganze Zahl mit etwa 5000 Stellen>"
    assert excerpt(Decimal("1.5")) == "Decimal('1.5')"
    shown = excerpt([["x" * 100] * 10] * 10)
    assert len(shown) == 61 and shown.startswith("[['xxxxx") and shown.endswith("…")
    nested: list[object] = []
    for _ in range(100_000):
        nested = [nested]
    assert excerpt(nested) == "[[[[...]]]]"
    assert repr(OversizedNumber("123", 5000)) == "123… (5000 Zeichen)"


def test_shorten() -> None:
    assert shorten("Müller & Söhne\xa0GmbH") == "Müller & Söhne\xa0GmbH"  # spaces stay
    assert shorten("a\x00b\nc\u202ed\u2028") == "a\\x00b\\nc\\u202ed\\u2028"
    assert shorten("y" * 100, 10) == "y" * 10 + "…"
    assert shorten("\x00" * 10, 10) == "\\x00\\x00…"  # escapes count with their length
    assert shorten("\x00\x01", 8) == "\\x00\\x01"


def test_parse_decimal_refuses_a_long_text_before_reading_it() -> None:
    with pytest.raises(InputError, match=r"ist zu lang für eine Zahl \(5000 Zeichen"):
        parse_decimal("1" * 5000, "x")
    assert parse_decimal(" " + "1" * 13 + " ", "x", maximum=Decimal(10**13)) == Decimal("1" * 13)
