"""Properties of pricing that must hold for any input (hypothesis)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

from nspdesk.domain.decimals import CENT
from nspdesk.domain.pricing import PriceRequest, QuoteLine, price_quote
from nspdesk.domain.program import Program
from nspdesk.domain.vat import VatMode

SERVER_TIERS = ["authorized", "business", "premium"]
CATEGORIES = [
    "server-license",
    "server-maintenance",
    "server-service",
    "cloud-service",
    "other",
]  # own-use and NFR licences have the program's price: tests/unit/test_fixed_prices.py

quantities = st.decimals(min_value=Decimal("0.01"), max_value=Decimal(100_000), places=2)
prices = st.decimals(min_value=Decimal(0), max_value=Decimal(1_000_000), places=4)
extras = st.decimals(min_value=Decimal(0), max_value=Decimal(10), places=2)
lines = st.builds(
    QuoteLine,
    category=st.sampled_from(CATEGORIES),
    description=st.text(max_size=20),
    quantity=quantities,
    unit_price=prices,
    extra_discount=extras,
)
requests = st.builds(
    PriceRequest,
    tier=st.sampled_from(SERVER_TIERS),
    date=st.just(date(2026, 11, 25)),
    lines=st.lists(lines, max_size=12).map(tuple),
    vat=st.sampled_from(list(VatMode)),
)


def load() -> Program:
    from nspdesk.domain.editions import default_library

    return default_library().edition("2024")


PROGRAM = load()


@settings(max_examples=300, deadline=None)
@given(requests)
def test_totals_are_the_sum_of_lines(req: PriceRequest) -> None:
    quote = price_quote(PROGRAM, req)
    assert quote.totals.net == sum((p.net for p in quote.lines), Decimal(0))
    assert quote.totals.gross == quote.totals.net + quote.totals.vat


@settings(max_examples=300, deadline=None)
@given(requests)
def test_never_negative_and_whole_cents(req: PriceRequest) -> None:
    quote = price_quote(PROGRAM, req)
    amounts = [p.net for p in quote.lines] + [
        quote.totals.net,
        quote.totals.vat,
        quote.totals.gross,
    ]
    for amount in amounts:
        assert amount >= 0
        assert amount == amount.quantize(CENT)


@settings(max_examples=300, deadline=None)
@given(requests)
def test_discounts_never_raise_a_price(req: PriceRequest) -> None:
    quote = price_quote(PROGRAM, req)
    for priced in quote.lines:
        assert priced.net <= priced.list_amount + CENT / 2


@settings(max_examples=200, deadline=None)
@given(requests)
def test_stable_rounding(req: PriceRequest) -> None:
    """Same input, same cents; order of lines does not change the totals."""
    first = price_quote(PROGRAM, req)
    again = price_quote(PROGRAM, req)
    reversed_quote = price_quote(
        PROGRAM, PriceRequest(req.tier, req.date, req.lines[::-1], req.vat)
    )
    assert first.totals == again.totals == reversed_quote.totals


@settings(max_examples=200, deadline=None)
@given(requests)
def test_vat_is_19_percent_of_net_within_half_a_cent(req: PriceRequest) -> None:
    quote = price_quote(PROGRAM, req)
    exact = quote.totals.net * quote.totals.vat_rate / 100
    assert abs(quote.totals.vat - exact) <= CENT / 2
