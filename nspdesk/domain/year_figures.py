"""A partner's figures of one year, hand-entered and from won quotes kept apart, and how a won quote
counts.

One type for the store's reading (``nspdesk.store.figures``), the dashboard, ``nspdesk partners
show`` and the annual review's proposals (``nspdesk.domain.review``). A tuple: the partner list
makes one for every partner.

What counts (docs/program-rules.md, "Realisierte Projekte und Umsatz"): the brochure's revenue is
"NoSpamProxy Server: Neulizenzen, Wartung oder Dienstleistung" or "NoSpamProxy Cloud: Neulizenzen,
die direkt oder über den Vertriebspartner bei der Net at Work GmbH beauftragt wurden" — the
categories with ``revenue = true`` in the rule file. A "realisiertes Projekt" is an accepted quote
with at least one line of those categories; a quote of the partner's own purchases only (own-use
licences, NFR, other) is neither project nor revenue. A monthly amount counts twelve times towards
the revenue p.a., wherever revenue is summed: a won monthly line, and a hand-entered or ``evaluate``
MRR.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from decimal import Decimal
from typing import NamedTuple

from nspdesk.domain.decimals import ZERO
from nspdesk.domain.program import Billing, Program

MONTHS = Billing.MONTHLY.times_in_first_year  # a monthly amount counts twelve times a year


class CountedQuote(NamedTuple):
    """A won quote as the program counts it: a realised project and the money it brings."""

    number: str  # the quote's number, e.g. "A-2025-0012"
    decided_on: date  # the day it was accepted (UTC, as the year's bounds)
    revenue: Decimal  # its lines' revenue p.a. (monthly lines twelve times)
    mrr: Decimal  # its monthly Cloud lines


def counted_money(program: Program, lines: Iterable[tuple[str, Decimal]]) -> CountedMoney:
    """Whether won lines (category, net) make a realised project, and their revenue and MRR."""
    project = False
    revenue = ZERO
    mrr = ZERO
    for category_id, net in lines:
        category = program.categories.get(category_id)
        if category is None or not category.revenue:
            continue
        project = True
        revenue += net * category.billing.times_in_first_year
        if category.billing is Billing.MONTHLY and category.family == "cloud":
            mrr += net
    return CountedMoney(project, revenue, mrr)


class CountedMoney(NamedTuple):
    project: bool  # at least one line of a category that counts
    revenue: Decimal
    mrr: Decimal


def count_quote(
    program: Program, number: str, decided_on: date, lines: Iterable[tuple[str, Decimal]]
) -> CountedQuote | None:
    """The won quote as it counts, or None when it is no realised project (no line counts)."""
    project, revenue, mrr = counted_money(program, lines)
    return CountedQuote(number, decided_on, revenue, mrr) if project else None


class RevenueSources(NamedTuple):
    """Where a year's revenue p.a. comes from: amounts per year (entered by hand or in the
    ``evaluate`` input), monthly amounts (MRR entered the same way, twelve times) and won quotes
    (whose monthly lines already count twelve times)."""

    entered: Decimal = ZERO
    monthly: Decimal = ZERO
    won: Decimal = ZERO

    @property
    def from_monthly(self) -> Decimal:
        return self.monthly * MONTHS

    @property
    def total(self) -> Decimal:
        return self.entered + self.from_monthly + self.won


class YearFigures(NamedTuple):
    year: int = 0  # 0: not said (a proposal built by hand)
    projects_manual: int = 0
    projects_won: int = 0
    revenue_manual: Decimal = ZERO
    revenue_won: Decimal = ZERO
    mrr_manual: Decimal = ZERO
    mrr_won: Decimal = ZERO

    @property
    def projects(self) -> int:
        return self.projects_manual + self.projects_won

    @property
    def revenue_reported(self) -> Decimal:
        """The revenue p.a. of the hand-entered figures: revenue and twelve times the MRR."""
        return self.revenue_manual + self.mrr_manual * MONTHS

    @property
    def revenue(self) -> Decimal:
        """The revenue p.a. that counts: entered, the entered MRR twelve times, and won."""
        return self.revenue_reported + self.revenue_won

    @property
    def revenue_sources(self) -> RevenueSources:
        return RevenueSources(self.revenue_manual, self.mrr_manual, self.revenue_won)

    @property
    def mrr(self) -> Decimal:
        return self.mrr_manual + self.mrr_won


def won_figures(
    year: int, manual: tuple[int, Decimal, Decimal] | None, won: Iterable[CountedQuote]
) -> YearFigures:
    """The figures of ``year`` from the hand-entered (projects, revenue, MRR), if any, and the
    won quotes that count."""
    projects, revenue, mrr = manual or (0, ZERO, ZERO)
    count, revenue_won, mrr_won = 0, ZERO, ZERO
    for quote in won:
        count += 1
        revenue_won += quote.revenue
        mrr_won += quote.mrr
    return YearFigures(year, projects, count, revenue, revenue_won, mrr, mrr_won)
