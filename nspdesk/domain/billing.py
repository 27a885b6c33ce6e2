"""Amounts over time: a quote's subtotals per billing period and its first-year total.

A line is charged once (new licences, services), every year (maintenance, own-use licences) or every
month (cloud services, MSP licences), as its category says. Adding a monthly fee to a one-time price
makes a number nobody pays, so a quote with mixed periods shows one subtotal per period — each with
its own VAT, rounded half-up on that period's net — and the total of the first year: one-time + one
year + twelve months.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from nspdesk.domain.decimals import HUNDRED, ZERO, round_cents
from nspdesk.domain.pricing import PricedQuote
from nspdesk.domain.program import Billing

# The order periods are shown in, and their German labels on documents ("einmalig" …).
PERIOD_ORDER = (Billing.ONCE, Billing.YEARLY, Billing.MONTHLY)
PERIOD_LABELS = {Billing.ONCE: "einmalig", Billing.YEARLY: "jährlich", Billing.MONTHLY: "monatlich"}


@dataclass(frozen=True)
class PeriodTotal:
    period: Billing
    net: Decimal
    vat: Decimal
    gross: Decimal
    purchase: Decimal  # the partner's purchase price (equals net on a partner quote)

    @property
    def label(self) -> str:
        return PERIOD_LABELS[self.period]

    @property
    def margin(self) -> Decimal:
        return self.net - self.purchase

    @property
    def margin_percent(self) -> Decimal | None:
        """The margin in percent of this period's sale (net), or None where it sells nothing.

        Per period, never across periods: a monthly margin over a one-time sale is no rate."""
        if not self.net:
            return None
        return round_cents(self.margin * HUNDRED / self.net)


@dataclass(frozen=True)
class PeriodSummary:
    periods: tuple[PeriodTotal, ...]  # only the periods the quote has lines in, in PERIOD_ORDER
    first_year: PeriodTotal  # period ONCE by convention: what the first year costs in total

    @property
    def mixed(self) -> bool:
        """True when the quote charges in more than one period (subtotals are then needed)."""
        return len(self.periods) > 1

    @property
    def recurring(self) -> bool:
        return any(p.period is not Billing.ONCE for p in self.periods)


def billing_of(quote: PricedQuote, category: str) -> Billing:
    return quote.program.categories[category].billing


def period_summary(quote: PricedQuote) -> PeriodSummary:
    """Subtotals per billing period of ``quote`` and its first-year total."""
    rate = quote.totals.vat_rate
    nets: dict[Billing, Decimal] = {}
    purchases: dict[Billing, Decimal] = {}
    for line in quote.lines:
        period = billing_of(quote, line.line.category)
        nets[period] = nets.get(period, ZERO) + line.net
        purchases[period] = purchases.get(period, ZERO) + line.purchase
    periods = tuple(
        _total(period, nets[period], purchases[period], rate)
        for period in PERIOD_ORDER
        if period in nets
    )
    year_net = sum((p.net * p.period.times_in_first_year for p in periods), ZERO)
    year_vat = sum((p.vat * p.period.times_in_first_year for p in periods), ZERO)
    year_purchase = sum((p.purchase * p.period.times_in_first_year for p in periods), ZERO)
    first_year = PeriodTotal(Billing.ONCE, year_net, year_vat, year_net + year_vat, year_purchase)
    return PeriodSummary(periods, first_year)


def _total(period: Billing, net: Decimal, purchase: Decimal, rate: Decimal) -> PeriodTotal:
    vat = round_cents(net * rate / 100)
    return PeriodTotal(period, net, vat, net + vat, purchase)
