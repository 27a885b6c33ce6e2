"""Pricing a quote while it is edited: the same engine, terms and cap as saving it, in memory.

The editor prices at every keystroke. A :class:`DraftPricer` holds what the database says about the
quote's partner on the quote date — the tier and MSP level it holds that day (or those a later
revision keeps, with its edition), the check of the recorded tier against
its figures, the team's cap on extra discounts — read once by ``services.quotes.pricer`` and again
when the partner or the date changes; pricing itself is the domain's (``price_quote``, with the
request built by ``quote_input.price_request`` as the store builds it on save). So what the editor
shows is what saving stores, and a refusal names its line by index (``InputError.line``). The
preview carries the quote's warnings (``domain.quote_checks``), the tier check's among them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from nspdesk.domain.editions import ProgramLibrary
from nspdesk.domain.errors import InputError
from nspdesk.domain.pricing import PricedQuote, QuoteLine, line_refusal, line_refusals, price_quote
from nspdesk.domain.program import Program, Tier
from nspdesk.domain.quote_checks import QuoteWarning, quote_warnings, tier_not_covered
from nspdesk.domain.quote_input import LineInput, QuoteInput, price_request
from nspdesk.domain.tier_check import TierCheck, decide
from nspdesk.store.quote_list import PartnerChoice
from nspdesk.store.quotes import NO_TIER


@dataclass(frozen=True)
class Preview:
    """A draft as it would be saved: its prices, or why it cannot be priced."""

    priced: PricedQuote | None
    error: InputError | None = None  # the first refusal (the quote's own, else the first line's)
    line_errors: dict[int, InputError] = field(default_factory=dict)  # every refused line
    # What to look at before sending: the priced quote's warnings, and the tier check's while the
    # recorded tier is not covered and undecided (also when the quote cannot be priced).
    warnings: tuple[QuoteWarning, ...] = ()


@dataclass(frozen=True)
class DraftPricer:
    library: ProgramLibrary
    partner: PartnerChoice
    check: TierCheck | None  # the recorded tier against the figures (None: nothing to decide)
    cap: Decimal | None  # the team's cap on extra discounts (None: the program's)
    # A revision after the first keeps the tier and edition it was made with; ``partner`` then
    # names that tier, and ``check`` is None (see ``store.quotes.keeps_conditions``).
    edition: str | None = None

    def program(self, data: QuoteInput) -> Program:
        if self.edition is not None:
            return self.library.edition(self.edition)
        return self.library.edition_for(data.quote_date)

    def tier_id(self, data: QuoteInput) -> str | None:
        """The tier ``data`` prices at: the recorded one, or the one the decision on the check
        gives; an incomplete decision prices at the recorded tier until it is complete, as the
        store refuses to save it."""
        recorded = self.partner.tier
        if recorded is None:
            return None
        try:
            return decide(recorded, self.check, data.tier_choice, data.tier_reason).tier
        except InputError:
            return recorded

    def priced_as(self, data: QuoteInput) -> Tier | None:
        """The tier whose discounts apply (an MSP partner: its revenue level)."""
        program = self.program(data)
        tier = program.tiers.get(self.tier_id(data) or "")
        if tier is None or not tier.benefits_of:
            return tier
        return program.tiers.get(self.partner.msp_level or "")

    def cap_binds(self, data: QuoteInput) -> bool:
        """Whether the team's cap, not the program's, is the lower limit on extra discounts."""
        return self.cap is not None and self.cap < self.program(data).max_extra_discount

    def price(self, data: QuoteInput) -> Preview:
        tier = self.tier_id(data)
        undecided = tier_not_covered(self.check, self._decided(data))
        first = () if undecided is None else (undecided,)
        try:
            if tier is None:
                raise InputError("partner", NO_TIER.format(partner=self.partner.company))
            request = price_request(data, tier, self.partner.msp_level)
            program = self.program(data)
            refused = line_refusals(program, request, self.cap)
            if refused:
                return Preview(None, refused[min(refused)], refused, first)
            priced = price_quote(program, request, self.cap)
            return Preview(
                priced, warnings=first + quote_warnings(priced, self.partner.reseller_only)
            )
        except InputError as error:
            return Preview(None, error, warnings=first)

    def _decided(self, data: QuoteInput) -> bool:
        """Whether ``data`` decides the tier check completely (as saving insists)."""
        try:
            decide(self.partner.tier or "", self.check, data.tier_choice, data.tier_reason)
        except InputError:
            return False
        return True

    def line_refusal(self, data: QuoteInput, index: int, line: LineInput) -> InputError | None:
        """Why ``line`` cannot stand at position ``index + 1`` of ``data`` (None: it prices), judged
        on its own; a problem of the quote as a whole does not block it."""
        tier = self.tier_id(data)
        if tier is None:
            return None
        try:
            request = price_request(data, tier, self.partner.msp_level)
            candidate = QuoteLine(
                line.category, line.description, line.quantity, line.unit_price, line.extra_discount
            )
            return line_refusal(self.program(data), request, index, candidate, self.cap)
        except InputError:
            return None  # the quote's own problem (MSP level, dates) is the preview's to report
