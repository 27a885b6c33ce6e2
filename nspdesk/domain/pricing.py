"""Pricing a quote for a partner tier: tier discount per category, optional extra discount, VAT.

Each line: ``quantity × unit_price``, less the tier's discount for the line's category, less the
extra discount (percent, applied after the tier discount, capped), rounded half-up to cents. VAT is
computed on the net total, not per line, and rounded half-up; gross = net + VAT. A line of a
category the program prices itself (own-use and NFR licences, ``fixed_prices``) gets the program's
price and no discount of either kind; the priced line carries that price and the licence's size.

Two audiences. A **partner quote** (Net at Work to a partner) charges the partner's purchase price,
as above. An **end-customer quote** (a partner to its customer) charges the list price less an
optional customer discount (the line's ``extra_discount``, the partner's own decision, so the
program's cap does not apply); the partner's tier discount is then its margin: each line keeps its
purchase price beside the sale price, and ``PricedQuote.margin`` sums them up.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from enum import StrEnum

from nspdesk.domain.decimals import HUNDRED, ZERO, apply_discount, round_cents
from nspdesk.domain.errors import InputError
from nspdesk.domain.fixed_prices import fixed_line
from nspdesk.domain.limits import excerpt
from nspdesk.domain.messages import QT_TRANSLATE_NOOP, Percent, Text
from nspdesk.domain.program import Program, Tier
from nspdesk.domain.quote_line import QuoteLine
from nspdesk.domain.vat import VatMode

__all__ = [
    "Audience",
    "PriceRequest",
    "PricedLine",
    "PricedQuote",
    "QuoteLine",
    "Totals",
    "line_refusal",
    "line_refusals",
    "price_quote",
    "resolve_tier",
]


class Audience(StrEnum):
    PARTNER = "partner"  # prices are the partner's purchase prices
    END_CUSTOMER = "end-customer"  # prices are list prices less a customer discount


@dataclass(frozen=True)
class PriceRequest:
    tier: str
    date: date
    lines: tuple[QuoteLine, ...]
    vat: VatMode = VatMode.STANDARD
    msp_level: str | None = None  # MSP partners: the tier whose discounts apply (business/premium)
    audience: Audience = Audience.PARTNER


@dataclass(frozen=True)
class PricedLine:
    line: QuoteLine  # as priced: a line of a program price carries that price and its size
    list_amount: Decimal  # quantity × unit price, rounded to cents
    discount_percent: Decimal  # the tier's discount for the category
    net: Decimal  # what the recipient pays for the line
    purchase_net: Decimal | None = None  # end-customer quotes: the partner's purchase price

    @property
    def purchase(self) -> Decimal:
        """What the partner pays Net at Work for the line (the net itself on a partner quote)."""
        return self.net if self.purchase_net is None else self.purchase_net

    @property
    def margin(self) -> Decimal:
        """The partner's margin on the line (zero on a partner quote)."""
        return self.net - self.purchase


@dataclass(frozen=True)
class Totals:
    net: Decimal
    vat_rate: Decimal
    vat: Decimal
    gross: Decimal


@dataclass(frozen=True)
class PricedQuote:
    program: Program
    tier: Tier  # the partner's tier
    priced_as: Tier  # the tier whose discounts applied (differs for MSP partners)
    request: PriceRequest
    lines: tuple[PricedLine, ...]
    totals: Totals

    @property
    def vat_note(self) -> str | None:
        return self.request.vat.note

    @property
    def purchase(self) -> Decimal:
        return sum((line.purchase for line in self.lines), ZERO)

    @property
    def margin(self) -> Decimal:
        return self.totals.net - self.purchase

    @property
    def margin_percent(self) -> Decimal | None:
        """The margin in percent of the sale (net), or None for a quote worth nothing."""
        if not self.totals.net:
            return None
        return round_cents(self.margin * HUNDRED / self.totals.net)


# Product families as the brochure names them (categories of the "general" family go with any track).
_FAMILY_NAMES = {"server": "NoSpamProxy Server", "cloud": "NoSpamProxy Cloud"}

# The refusals of the engine (the quote editor shows them in the UI's language).
UNKNOWN_TIER = QT_TRANSLATE_NOOP("Pricing", "unbekannte Partnerstufe {tier} (bekannt: {known})")
MSP_ONLY = QT_TRANSLATE_NOOP("Pricing", "gilt nur für Managed Service Partner, nicht für {tier}")
MSP_LEVEL_MISSING = QT_TRANSLATE_NOOP(
    "Pricing", "fehlt: {tier} erhalten umsatzabhängig die Konditionen von {levels}"
)
MSP_LEVEL_NOT_ALLOWED = QT_TRANSLATE_NOOP(
    "Pricing", "{level} ist nicht möglich (erlaubt: {allowed})"
)
UNKNOWN_CATEGORY = QT_TRANSLATE_NOOP(
    "Pricing", "unbekannte Kategorie {category} (bekannt: {known})"
)
NOT_OFFERED = QT_TRANSLATE_NOOP(
    "Pricing",
    "Position {position} „{description}“ ({category}) kann nicht angeboten werden: {reason}",
)
SELLS_ONLY = QT_TRANSLATE_NOOP("Pricing", "{tier} vertreiben ausschließlich {families}")
ABOVE_CAP = QT_TRANSLATE_NOOP(
    "Pricing",
    "{discount} übersteigt den zulässigen Zusatzrabatt von {cap} (Position {position})",
)
CUSTOMER_DISCOUNT_ABOVE_ALL = QT_TRANSLATE_NOOP(
    "Pricing", "Kundenrabatt {discount} über 100 % (Position {position})"
)
PRICE_MISSING = QT_TRANSLATE_NOOP("Pricing", "Einzelpreis fehlt (Position {position})")
EITHER = QT_TRANSLATE_NOOP("Pricing", "{first} oder {second}")
BOTH = QT_TRANSLATE_NOOP("Pricing", "{first} und {second}")


def price_quote(
    program: Program, request: PriceRequest, max_extra_discount: Decimal | None = None
) -> PricedQuote:
    """Price ``request`` under ``program``.

    ``max_extra_discount`` (percent) lowers the program's cap on extra discounts, e.g. from the
    settings; it can never raise it. Raises ``InputError`` naming the offending field.
    """
    tier, priced_as, cap = _terms(program, request, max_extra_discount)
    priced = tuple(
        _price_line(program, tier, priced_as, cap, index, line, request.audience)
        for index, line in enumerate(request.lines)
    )
    net = sum((p.net for p in priced), ZERO)
    rate = request.vat.rate
    vat = round_cents(net * rate / 100)
    return PricedQuote(
        program,
        tier,
        priced_as,
        request,
        priced,
        Totals(net=net, vat_rate=rate, vat=vat, gross=net + vat),
    )


def line_refusals(
    program: Program, request: PriceRequest, max_extra_discount: Decimal | None = None
) -> dict[int, InputError]:
    """Every line the engine refuses, by index, each with its own reason (an editor marks them
    all at once); empty when every line prices. A refusal of the quote as a whole (its tier or MSP
    level) is raised, as ``price_quote`` raises it."""
    tier, priced_as, cap = _terms(program, request, max_extra_discount)
    refused = {}
    for index, line in enumerate(request.lines):
        try:
            _price_line(program, tier, priced_as, cap, index, line, request.audience)
        except InputError as error:
            refused[index] = error
    return refused


def line_refusal(
    program: Program,
    request: PriceRequest,
    index: int,
    line: QuoteLine,
    max_extra_discount: Decimal | None = None,
) -> InputError | None:
    """Why ``line`` cannot stand at position ``index + 1`` of ``request`` (None: it prices), judged
    alone: the other lines and their problems do not matter (an article offered while typing)."""
    tier, priced_as, cap = _terms(program, request, max_extra_discount)
    try:
        _price_line(program, tier, priced_as, cap, index, line, request.audience)
    except InputError as error:
        return error
    return None


def _terms(
    program: Program, request: PriceRequest, max_extra_discount: Decimal | None
) -> tuple[Tier, Tier, Decimal]:
    """The partner's tier, the tier whose discounts apply, and the cap on extra discounts."""
    tier = resolve_tier(program, request.tier)
    priced_as = _discount_tier(program, tier, request.msp_level)
    cap = program.max_extra_discount
    if max_extra_discount is not None:
        cap = min(cap, max_extra_discount)
    return tier, priced_as, cap


def resolve_tier(program: Program, tier_id: str) -> Tier:
    try:
        return program.tier(tier_id)
    except KeyError:
        known = ", ".join(program.tiers)
        raise InputError("tier", UNKNOWN_TIER.format(tier=excerpt(tier_id), known=known)) from None


def _discount_tier(program: Program, tier: Tier, msp_level: str | None) -> Tier:
    """The tier whose discounts apply: the tier itself, or for MSP the level recorded for it."""
    if not tier.benefits_of:
        if msp_level is not None:
            raise InputError("msp_level", MSP_ONLY.format(tier=tier.name))
        return tier
    if msp_level is None:
        raise InputError(
            "msp_level",
            MSP_LEVEL_MISSING.format(tier=tier.name, levels=_names(program, tier.benefits_of)),
        )
    if msp_level not in tier.benefits_of:
        raise InputError(
            "msp_level",
            MSP_LEVEL_NOT_ALLOWED.format(
                level=repr(msp_level), allowed=", ".join(tier.benefits_of)
            ),
        )
    return program.tier(msp_level)


def _names(program: Program, tier_ids: tuple[str, ...]) -> object:
    """``Business Partner oder Premium Partner``."""
    return _chain(EITHER, [program.tier(t).name for t in tier_ids])


def _chain(pair: Text, items: list[str]) -> object:
    """``items`` joined two by two with ``pair`` (``A oder B oder C``), each in its language."""
    if not items:
        return ""
    joined: object = items[0]
    for item in items[1:]:
        joined = pair.format(first=joined, second=item)
    return joined


def _price_line(
    program: Program,
    tier: Tier,
    priced_as: Tier,
    cap: Decimal,
    index: int,
    line: QuoteLine,
    audience: Audience,
) -> PricedLine:
    field = f"lines[{index}]"
    category = program.categories.get(line.category)
    if category is None:
        known = ", ".join(program.categories)
        raise InputError(
            f"{field}.category",
            UNKNOWN_CATEGORY.format(category=repr(line.category), known=known),
            line=index,
        )
    if not program.may_sell(tier, category):
        families = [
            _FAMILY_NAMES[f] for f in sorted(program.tracks[tier.track].sells) if f in _FAMILY_NAMES
        ]
        raise InputError(
            f"{field}.category",
            NOT_OFFERED.format(
                position=index + 1,
                description=line.description,
                category=category.name,
                reason=SELLS_ONLY.format(tier=tier.name, families=_chain(BOTH, families)),
            ),
            line=index,
        )
    if category.fixed_price is not None:
        line = fixed_line(program, category, priced_as, index, line)
    elif not line.price_given:
        raise InputError(
            f"{field}.unit_price", PRICE_MISSING.format(position=index + 1), line=index
        )
    if audience is Audience.END_CUSTOMER:
        return _end_customer_line(priced_as, index, line)
    if line.extra_discount > cap:
        raise InputError(
            f"{field}.extra_discount",
            ABOVE_CAP.format(
                discount=Percent(line.extra_discount), cap=Percent(cap), position=index + 1
            ),
            line=index,
        )
    discount = priced_as.discount_for(line.category)
    list_amount = line.quantity * line.unit_price
    net = round_cents(apply_discount(apply_discount(list_amount, discount), line.extra_discount))
    return PricedLine(
        line=line, list_amount=round_cents(list_amount), discount_percent=discount, net=net
    )


def _end_customer_line(priced_as: Tier, index: int, line: QuoteLine) -> PricedLine:
    """Sale price: list less the customer discount; purchase price: list less the tier discount."""
    if line.extra_discount > HUNDRED:
        raise InputError(
            f"lines[{index}].extra_discount",
            CUSTOMER_DISCOUNT_ABOVE_ALL.format(
                discount=Percent(line.extra_discount), position=index + 1
            ),
            line=index,
        )
    discount = priced_as.discount_for(line.category)
    list_amount = line.quantity * line.unit_price
    return PricedLine(
        line=line,
        list_amount=round_cents(list_amount),
        discount_percent=discount,
        net=round_cents(apply_discount(list_amount, line.extra_discount)),
        purchase_net=round_cents(apply_discount(list_amount, discount)),
    )
