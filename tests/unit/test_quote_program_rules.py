"""Quotes that know the program: audiences, billing periods, own-use and NFR lines, warnings.

Every rule of issue 9's domain side with its boundary cases; amounts are exact Decimals.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal as D

import pytest

from nspdesk.domain.billing import PERIOD_LABELS, period_summary
from nspdesk.domain.errors import InputError
from nspdesk.domain.pricing import Audience, PriceRequest, QuoteLine, price_quote
from nspdesk.domain.program import Billing, Program
from nspdesk.domain.quote_checks import needs_hsv, quote_warnings
from nspdesk.domain.standard_lines import nfr_line, own_use_line, own_use_sizes
from nspdesk.domain.vat import VatMode

DAY = date(2026, 11, 25)


def line(category: str, price: str = "100.00", quantity: str = "1", extra: str = "0") -> QuoteLine:
    return QuoteLine(category, f"Artikel {category}", D(quantity), D(price), D(extra))


def priced(program: Program, tier: str, *lines: QuoteLine, **options: object):  # type: ignore[no-untyped-def]
    return price_quote(program, PriceRequest(tier=tier, date=DAY, lines=lines, **options))  # type: ignore[arg-type]


# --- End-customer quotes ----------------------------------------------------------------------------
def test_end_customer_quote_charges_list_price_and_keeps_the_tier_discount_as_margin(
    program: Program,
) -> None:
    quote = priced(
        program,
        "business",  # 25 % on Server licences
        line("server-license", "1000.00", "2"),
        audience=Audience.END_CUSTOMER,
    )
    (only,) = quote.lines
    assert only.net == D("2000.00")  # the customer pays list
    assert only.purchase == D("1500.00")  # the partner pays list less 25 %
    assert only.margin == D("500.00")
    assert quote.totals.net == D("2000.00")
    assert quote.totals.vat == D("380.00")
    assert quote.margin == D("500.00")
    assert quote.margin_percent == D("25.00")


def test_customer_discount_lowers_sale_price_and_margin_not_purchase(program: Program) -> None:
    quote = priced(
        program,
        "premium",  # 30 % on licences, 20 % on cloud
        line("server-license", "100.00", "3", extra="10"),
        line("cloud-service", "9.99", "7", extra="5"),
        audience=Audience.END_CUSTOMER,
    )
    license_line, cloud_line = quote.lines
    assert license_line.net == D("270.00") and license_line.purchase == D("210.00")
    # 69.93 × 0.95 = 66.4335 → 66.43; 69.93 × 0.8 = 55.944 → 55.94
    assert cloud_line.net == D("66.43") and cloud_line.purchase == D("55.94")
    assert quote.margin == D("60.00") + D("10.49")
    assert quote.margin_percent == D("20.95")  # 70.49 / 336.43 = 0.20952


def test_end_customer_discount_is_not_capped_by_the_program_but_by_100_percent(
    program: Program,
) -> None:
    deep = priced(program, "authorized", line("other", extra="50"), audience=Audience.END_CUSTOMER)
    assert deep.lines[0].net == D("50.00")
    priced(program, "authorized", line("other", extra="100"), audience=Audience.END_CUSTOMER)
    with pytest.raises(InputError) as error:
        priced(program, "authorized", line("other", extra="100.01"), audience=Audience.END_CUSTOMER)
    assert error.value.field == "lines[0].extra_discount"
    assert "Kundenrabatt" in str(error.value)


def test_partner_quote_has_no_margin_and_an_empty_quote_no_margin_percent(
    program: Program,
) -> None:
    quote = priced(program, "business", line("server-license", "1000.00"))
    assert quote.lines[0].purchase == quote.lines[0].net == D("750.00")
    assert quote.margin == 0
    assert priced(program, "business").margin_percent is None


def test_end_customer_refuses_server_for_cloud_only_partner_like_partner_quote(
    program: Program,
) -> None:
    with pytest.raises(InputError, match="ausschließlich"):
        priced(program, "business-cloud", line("server-license"), audience=Audience.END_CUSTOMER)


# --- Billing periods ------------------------------------------------------------------------------
def test_single_period_quote_is_not_mixed_and_first_year_equals_total(program: Program) -> None:
    quote = priced(program, "business", line("server-license", "1000.00"))
    summary = period_summary(quote)
    assert [p.period for p in summary.periods] == [Billing.ONCE]
    assert not summary.mixed and not summary.recurring
    assert summary.first_year.net == quote.totals.net == D("750.00")
    assert summary.first_year.gross == quote.totals.gross


def test_mixed_periods_give_subtotals_with_their_own_vat_and_a_first_year_total(
    program: Program,
) -> None:
    quote = priced(
        program,
        "business",
        line("server-license", "1000.00"),  # once: 750.00
        line("server-maintenance", "200.00"),  # yearly: 160.00
        line("cloud-service", "10.01"),  # monthly: 8.5085 → 8.51
    )
    summary = period_summary(quote)
    once, yearly, monthly = summary.periods
    assert (once.label, yearly.label, monthly.label) == ("einmalig", "jährlich", "monatlich")
    assert (once.net, once.vat, once.gross) == (D("750.00"), D("142.50"), D("892.50"))
    assert (yearly.net, yearly.vat) == (D("160.00"), D("30.40"))
    assert (monthly.net, monthly.vat, monthly.gross) == (D("8.51"), D("1.62"), D("10.13"))
    assert summary.mixed and summary.recurring
    assert summary.first_year.net == D("750.00") + D("160.00") + 12 * D("8.51")
    assert summary.first_year.vat == D("142.50") + D("30.40") + 12 * D("1.62")
    assert summary.first_year.gross == summary.first_year.net + summary.first_year.vat


def test_end_customer_margin_rate_is_per_period_and_for_the_first_year(program: Program) -> None:
    """Mixed periods: the margin rate of each period on its own sale, and of the first year.

    A monthly margin added to a one-time one, over a sale added up the same way, is no rate (issue
    17: 0,53 % shown where the amounts gave about 4,6 %)."""
    quote = priced(
        program,
        "business",  # 25 % on Server licences, 15 % on cloud
        line("server-license", "1000.00"),  # once: sale 1000.00, purchase 750.00
        line("cloud-service", "10.00"),  # monthly: sale 10.00, purchase 8.50
        audience=Audience.END_CUSTOMER,
    )
    summary = period_summary(quote)
    once, monthly = summary.periods
    assert once.margin_percent == D("25.00")
    assert monthly.margin_percent == D("15.00")
    # first year: sale 1000 + 12 × 10 = 1120, margin 250 + 12 × 1.50 = 268 → 23.93 %
    assert summary.first_year.margin_percent == D("23.93")


def test_a_period_that_sells_nothing_has_no_margin_rate(program: Program) -> None:
    quote = priced(program, "business", line("other", "0.00"), audience=Audience.END_CUSTOMER)
    (only,) = period_summary(quote).periods
    assert only.net == 0 and only.margin_percent is None


def test_period_order_is_fixed_whatever_the_line_order(program: Program) -> None:
    quote = priced(program, "business", line("cloud-service"), line("own-use-license", "249.00"))
    assert [p.period for p in period_summary(quote).periods] == [Billing.YEARLY, Billing.MONTHLY]
    assert set(PERIOD_LABELS) == set(Billing)


def test_reverse_charge_periods_have_no_vat(program: Program) -> None:
    quote = priced(
        program,
        "premium",
        line("cloud-service"),
        line("server-license"),
        vat=VatMode.REVERSE_CHARGE,
    )
    assert all(p.vat == 0 and p.gross == p.net for p in period_summary(quote).periods)


def test_period_margin_on_end_customer_quote(program: Program) -> None:
    quote = priced(
        program,
        "business",
        line("server-license", "1000.00"),
        line("cloud-service", "100.00"),
        audience=Audience.END_CUSTOMER,
    )
    once, monthly = period_summary(quote).periods
    assert once.margin == D("250.00")
    assert monthly.margin == D("15.00")
    assert period_summary(quote).first_year.margin == D("250.00") + 12 * D("15.00")


# --- Own-use and NFR lines ------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("users", "price"), [(10, "99.00"), (25, "249.00"), (50, "479.00"), (100, "949.00")]
)
def test_own_use_licence_has_the_program_price_for_every_tier(
    program: Program, users: int, price: str
) -> None:
    own = own_use_line(program, users)
    assert own.unit_price == D(price)
    assert str(users) in own.description
    for tier in ("authorized", "premium", "business-cloud", "authorized-cloud"):
        assert priced(program, tier, own).totals.net == D(price)


def test_own_use_licence_refuses_an_unknown_size(program: Program) -> None:
    assert own_use_sizes(program) == (10, 25, 50, 100)
    with pytest.raises(InputError) as error:
        own_use_line(program, 20)
    assert "10, 25, 50, 100" in str(error.value)


@pytest.mark.parametrize(
    ("tier", "seats"), [("authorized", 25), ("business-cloud", 50), ("premium", 75)]
)
def test_nfr_line_is_free_and_names_the_seats_of_the_tier(
    program: Program, tier: str, seats: int
) -> None:
    nfr = nfr_line(program, program.tier(tier))
    assert f"{seats} Benutzer" in nfr.description
    assert priced(program, tier, nfr).totals.gross == 0


def test_nfr_line_for_a_tier_without_seats_is_refused(program: Program) -> None:
    msp = program.tier("msp")
    assert msp.benefits.nfr_users == 0
    with pytest.raises(InputError, match="keine kostenfreie NFR-Lizenz"):
        nfr_line(program, msp)


# --- Warnings: HSV and negative margin -------------------------------------------------------------
def test_reseller_only_server_offer_needs_an_hsv_line(program: Program) -> None:
    server = priced(program, "authorized", line("server-license"), audience=Audience.END_CUSTOMER)
    assert needs_hsv(server, reseller_only=True)
    assert not needs_hsv(server, reseller_only=False)
    maintenance, warning = quote_warnings(server, reseller_only=True)
    assert maintenance.code == "maintenance-missing"
    assert warning.code == "hsv-missing" and "HSV" in warning.message and warning.lines == ()
    with_hsv = priced(
        program,
        "authorized",
        line("server-license"),
        line("hsv", "300.00"),
        audience=Audience.END_CUSTOMER,
    )
    assert not needs_hsv(with_hsv, reseller_only=True)
    cloud_only = priced(program, "authorized", line("cloud-service"))
    assert not needs_hsv(cloud_only, reseller_only=True)
    zero_quantity = priced(program, "authorized", line("server-license", quantity="0.0001"))
    assert needs_hsv(zero_quantity, reseller_only=True)


def test_negative_margin_is_warned_per_line(program: Program) -> None:
    quote = priced(
        program,
        "authorized",  # 20 % on licences
        line("server-license", "100.00", extra="20"),  # margin 0: no warning
        line("server-license", "100.00", extra="25"),  # 5,00 € below purchase
        audience=Audience.END_CUSTOMER,
    )
    warning = quote_warnings(quote)[-1]
    assert warning.code == "negative-margin" and warning.lines == (2,)
    assert "5,00" in warning.message
    assert [w.code for w in quote_warnings(quote)] == ["maintenance-missing", "negative-margin"]
    partner = priced(
        program, "authorized", line("server-license", extra="5"), line("server-maintenance")
    )
    assert quote_warnings(partner) == ()
