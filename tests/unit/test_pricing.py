"""Pricing: every discount of the brochure per tier and category, rounding, VAT, refusals."""

from __future__ import annotations

from datetime import date
from decimal import Decimal as D

import pytest

from nspdesk.domain.errors import InputError
from nspdesk.domain.pricing import PriceRequest, QuoteLine, line_refusal, line_refusals, price_quote
from nspdesk.domain.program import Program
from nspdesk.domain.vat import REVERSE_CHARGE_NOTE, VatMode
from tests.unit.brochure import TIERS

DAY = date(2026, 11, 25)
CATEGORIES = [
    "server-license",
    "server-maintenance",
    "server-service",
    "cloud-service",
    "other",
]  # own-use and NFR licences have the program's price: tests/unit/test_fixed_prices.py


def line(
    category: str,
    quantity: str = "1",
    unit_price: str = "100.00",
    extra: str = "0",
    description: str = "Artikel",
) -> QuoteLine:
    return QuoteLine(category, description, D(quantity), D(unit_price), D(extra))


def request(
    tier: str, *lines: QuoteLine, vat: VatMode = VatMode.STANDARD, msp_level: str | None = None
) -> PriceRequest:
    return PriceRequest(tier=tier, date=DAY, lines=lines, vat=vat, msp_level=msp_level)


def expected_discount(tier_id: str, category: str) -> D:
    facts = TIERS[tier_id]
    return {
        "server-license": facts.license,
        "server-maintenance": facts.maintenance,
        "cloud-service": facts.cloud,
    }.get(category) or D(0)


SELLABLE = [
    (tier, category)
    for tier in TIERS
    for category in CATEGORIES
    if not (TIERS[tier].track == "cloud" and category.startswith("server-"))
]


@pytest.mark.parametrize(("tier_id", "category"), SELLABLE)
def test_tier_discount_per_category(program: Program, tier_id: str, category: str) -> None:
    quote = price_quote(program, request(tier_id, line(category)))
    discount = expected_discount(tier_id, category)
    priced = quote.lines[0]
    assert priced.discount_percent == discount
    assert priced.list_amount == D("100.00")
    assert priced.net == D(100) - discount


def test_brochure_example_business(program: Program) -> None:
    """50 users at 30,00 €: Business pays 25 % less, 1.125,00 € net, 213,75 € VAT."""
    quote = price_quote(program, request("business", line("server-license", "50", "30.00")))
    assert quote.totals.net == D("1125.00")
    assert quote.totals.vat_rate == 19
    assert quote.totals.vat == D("213.75")
    assert quote.totals.gross == D("1338.75")


def test_extra_discount_applies_after_tier_discount(program: Program) -> None:
    quote = price_quote(
        program, request("premium", line("server-license", "10", "100", extra="10"))
    )
    # 1000 − 30 % = 700, − 10 % = 630 (not 1000 − 40 % = 600)
    assert quote.lines[0].net == D("630.00")


def test_extra_discount_cap(program: Program) -> None:
    ok = price_quote(program, request("business", line("other", extra="10")))
    assert ok.lines[0].net == D("90.00")
    with pytest.raises(InputError) as caught:
        price_quote(program, request("business", line("other"), line("other", extra="10.01")))
    assert caught.value.field == "lines[1].extra_discount"
    assert "10,01" in caught.value.message
    assert "Position 2" in caught.value.message


def test_settings_may_lower_but_not_raise_the_cap(program: Program) -> None:
    with pytest.raises(InputError, match="5"):
        price_quote(program, request("business", line("other", extra="6")), max_extra_discount=D(5))
    with pytest.raises(InputError):
        price_quote(
            program, request("business", line("other", extra="15")), max_extra_discount=D(50)
        )


@pytest.mark.parametrize(
    ("quantity", "unit_price", "net"),
    [
        ("1", "0.125", "0.13"),  # half-up, not babel's half-even
        ("1", "0.115", "0.12"),
        ("3", "0.335", "1.01"),  # 1.005 → 1.01
        ("1", "0.124", "0.12"),
        ("2.5", "145", "362.50"),
        ("0.001", "0.01", "0.00"),
    ],
)
def test_line_net_rounds_half_up(
    program: Program, quantity: str, unit_price: str, net: str
) -> None:
    quote = price_quote(
        program, request("authorized", line("server-service", quantity, unit_price))
    )
    assert quote.lines[0].net == D(net)


def test_vat_on_net_total_not_per_line(program: Program) -> None:
    # Two lines of 0,03 €: VAT per line would be 2 × 0,01 €; on the total it is 0,06 × 19 % = 0,0114 → 0,01 €.
    quote = price_quote(
        program,
        request("business", line("other", unit_price="0.03"), line("other", unit_price="0.03")),
    )
    assert quote.totals.net == D("0.06")
    assert quote.totals.vat == D("0.01")
    assert quote.totals.gross == D("0.07")


def test_vat_rounds_half_up(program: Program) -> None:
    # 1,50 € × 19 % = 0,285 € → 0,29 € half-up (half-even would give 0,28 €)
    quote = price_quote(program, request("business", line("other", unit_price="1.50")))
    assert quote.totals.vat == D("0.29")


def test_reverse_charge(program: Program) -> None:
    quote = price_quote(
        program, request("business", line("server-license", "10", "30"), vat=VatMode.REVERSE_CHARGE)
    )
    assert quote.totals.vat_rate == 0
    assert quote.totals.vat == 0
    assert quote.totals.gross == quote.totals.net == D("225.00")
    assert quote.vat_note == REVERSE_CHARGE_NOTE
    assert "13b UStG" in REVERSE_CHARGE_NOTE
    standard = price_quote(program, request("business", line("other")))
    assert standard.vat_note is None


def test_empty_quote_is_zero(program: Program) -> None:
    quote = price_quote(program, request("premium"))
    assert (quote.totals.net, quote.totals.vat, quote.totals.gross) == (D(0), D(0), D(0))


@pytest.mark.parametrize("tier_id", ["authorized-cloud", "business-cloud", "premium-cloud"])
@pytest.mark.parametrize("category", ["server-license", "server-maintenance", "server-service"])
def test_cloud_only_refuses_server_lines(program: Program, tier_id: str, category: str) -> None:
    lines = (line("cloud-service"), line(category, description="NoSpamProxy Protection"))
    with pytest.raises(InputError) as caught:
        price_quote(program, request(tier_id, *lines))
    assert caught.value.field == "lines[1].category"
    message = caught.value.message
    assert "Position 2" in message
    assert "NoSpamProxy Protection" in message
    assert "ausschließlich NoSpamProxy Cloud" in message


def test_msp_priced_at_its_level(program: Program) -> None:
    business = price_quote(program, request("msp", line("server-license"), msp_level="business"))
    premium = price_quote(program, request("msp", line("server-license"), msp_level="premium"))
    assert business.priced_as.id == "business"
    assert business.tier.id == "msp"
    assert business.lines[0].net == D("75.00")
    assert premium.lines[0].net == D("70.00")


def test_msp_level_errors(program: Program) -> None:
    with pytest.raises(InputError, match="Business Partner oder Premium Partner") as caught:
        price_quote(program, request("msp", line("other")))
    assert caught.value.field == "msp_level"
    with pytest.raises(InputError, match="nicht möglich"):
        price_quote(program, request("msp", line("other"), msp_level="authorized"))
    with pytest.raises(InputError, match="nur für Managed Service Partner"):
        price_quote(program, request("business", line("other"), msp_level="premium"))


def test_unknown_tier_and_category(program: Program) -> None:
    with pytest.raises(InputError, match="unbekannte Partnerstufe 'gold'") as caught:
        price_quote(program, request("gold", line("other")))
    assert caught.value.field == "tier"
    with pytest.raises(InputError, match="unbekannte Kategorie 'hardware'") as caught:
        price_quote(program, request("business", line("other"), line("hardware")))
    assert caught.value.field == "lines[1].category"


def test_every_refused_line_by_index(program: Program) -> None:
    """The editor marks each refused line at once: each refusal carries its line's index."""
    quote = request(
        "business-cloud",
        line("cloud-service"),
        line("server-license", description="Server"),
        line("cloud-service", extra="11"),
    )
    refused = line_refusals(program, quote)
    assert sorted(refused) == [1, 2]
    assert refused[1].line == 1 and refused[1].field == "lines[1].category"
    assert refused[2].line == 2 and "Position 3" in refused[2].message
    assert line_refusals(program, request("business-cloud", line("cloud-service"))) == {}
    with pytest.raises(InputError, match="unbekannte Partnerstufe"):
        line_refusals(program, request("gold", line("cloud-service")))


def test_one_line_judged_alone_at_its_position(program: Program) -> None:
    """A line offered while typing: refused for itself, whatever the other lines hold."""
    others = request("business", line("nonsense"), line("server-license"))
    refused = line_refusal(program, others, 5, line("server-license", extra="7"), D(5))
    assert refused is not None and refused.line == 5 and "Position 6" in refused.message
    assert line_refusal(program, others, 5, line("server-license", extra="5"), D(5)) is None
