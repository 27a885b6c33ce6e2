"""What the editor asks of the domain: a partner's conditions as one line, and live pricing.

Prices come from ``nspdesk.domain.pricing.price_quote`` under the edition valid on the quote date
(as ``nspdesk.store.quotes.price`` does on save), with the settings' cap on extra discounts, which
the store's ``price`` does not take. Nothing here computes an amount.
"""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

from PySide6.QtCore import QCoreApplication

from nspdesk.domain.editions import ProgramLibrary
from nspdesk.domain.errors import InputError
from nspdesk.domain.pricing import PricedQuote, PriceRequest, QuoteLine, price_quote
from nspdesk.domain.program import Category, Program, Tier
from nspdesk.domain.tier_check import TierCheck, TierChoice, decide
from nspdesk.store.quote_list import PartnerChoice
from nspdesk.store.quotes import LineInput, QuoteInput
from nspdesk.ui.formats import percent
from nspdesk.ui.i18n import show


def short_category(category: Category) -> str:
    """``NoSpamProxy Server – Neulizenzen`` → ``Neulizenzen``; ``NoSpamProxy Cloud Services`` →
    ``Cloud Services`` (in the UI's language)."""
    return show(category.name).split(" – ")[-1].removeprefix("NoSpamProxy ").strip()


def conditions_text(program: Program, partner: PartnerChoice) -> str:
    """``Business Partner · Server und Cloud · Neulizenzen 25 %, Softwarewartung 20 %, …``.

    Tier, track and category names come from the rule file (its terms, in the UI's language); the
    rest is the UI's."""
    if partner.tier is None or partner.tier not in program.tiers:
        return QCoreApplication.translate(
            "QuoteConditions",
            "noch keine Partnerstufe – Angebote sind erst mit einer Stufe möglich",
        )
    tier = program.tier(partner.tier)
    track = show(program.tracks[tier.track].name) if tier.track in program.tracks else tier.track
    parts = [show(tier.name), track]
    priced_as: Tier | None = tier
    if tier.benefits_of:
        priced_as = program.tiers.get(partner.msp_level or "")
        parts.append(
            QCoreApplication.translate("QuoteConditions", "Konditionen von {tier}").format(
                tier=show(priced_as.name)
            )
            if priced_as
            else QCoreApplication.translate("QuoteConditions", "umsatzabhängige Stufe fehlt")
        )
    if priced_as is not None:
        discounts = [
            f"{short_category(category)} {percent(priced_as.discount_for(category.id))}"
            for category in program.categories.values()
            if priced_as.discount_for(category.id) and program.may_sell(tier, category)
        ]
        parts.append(
            ", ".join(discounts)
            if discounts
            else QCoreApplication.translate("QuoteConditions", "keine Rabatte")
        )
    return " · ".join(parts)


def request_for(partner: PartnerChoice, data: QuoteInput) -> PriceRequest:
    if partner.tier is None:
        raise InputError(
            "partner",
            QCoreApplication.translate(
                "QuoteConditions", "{partner} hat noch keine Partnerstufe"
            ).format(partner=partner.company),
        )
    if data.valid_until < data.quote_date:
        raise InputError(
            "valid_until",
            QCoreApplication.translate(
                "QuoteConditions", "„Gültig bis“ liegt vor dem Angebotsdatum"
            ),
        )
    return PriceRequest(
        tier=partner.tier,
        date=data.quote_date,
        vat=data.vat,
        msp_level=partner.msp_level,
        audience=data.audience,
        lines=tuple(
            QuoteLine(
                line.category, line.description, line.quantity, line.unit_price, line.extra_discount
            )
            for line in data.lines
        ),
    )


def price(
    library: ProgramLibrary, partner: PartnerChoice, data: QuoteInput, cap: Decimal | None
) -> PricedQuote:
    """Price ``data`` for ``partner``; ``InputError`` names the offending field or line."""
    return price_quote(library.edition_for(data.quote_date), request_for(partner, data), cap)


def line_refusal(
    library: ProgramLibrary,
    partner: PartnerChoice,
    data: QuoteInput,
    cap: Decimal | None,
    row: int,
    line: LineInput,
) -> InputError | None:
    """The domain's refusal of ``line`` at position ``row + 1`` of ``data``, or None.

    The line is priced on its own, behind ``row`` neutral placeholder lines so that the domain's
    message names the right position; problems of other lines (or of the partner) do not block it.
    """
    program = library.edition_for(data.quote_date)
    tier = program.tiers.get(partner.tier or "")
    if tier is None:
        return None
    filler = next((c for c in program.categories.values() if program.may_sell(tier, c)), None)
    if filler is None:
        return None
    padding = tuple(LineInput(filler.id, "", Decimal(1), Decimal(0)) for _ in range(row))
    candidate = QuoteInput(
        partner_id=data.partner_id,
        quote_date=data.quote_date,
        valid_until=data.quote_date,
        lines=(*padding, line),
        vat=data.vat,
        audience=data.audience,
    )
    try:
        price(library, partner, candidate, cap)
    except InputError as error:
        if error.field.startswith(f"lines[{row}]"):
            return error
    return None


def settings_cap_binds(program: Program, cap: Decimal | None) -> bool:
    """Whether the settings' maximum extra discount, not the program's, is the lower limit."""
    return cap is not None and cap < program.max_extra_discount


def pricing_partner(
    partner: PartnerChoice, check: TierCheck | None, choice: TierChoice | None, reason: str
) -> PartnerChoice:
    """``partner`` as the quote prices it: at the tier the user's decision on ``check`` gives.

    The domain's ``decide`` says which tier; an incomplete decision (none yet, or keeping the tier
    without a reason) prices at the recorded tier until it is complete, as the store would.
    """
    if partner.tier is None:
        return partner
    try:
        tier = decide(partner.tier, check, choice, reason).tier
    except InputError:
        return partner
    return partner if tier == partner.tier else replace(partner, tier=tier)


def priced_as(program: Program, partner: PartnerChoice) -> Tier | None:
    """The tier whose discounts and benefits apply to ``partner`` (an MSP partner: its level)."""
    tier = program.tiers.get(partner.tier or "")
    if tier is None or not tier.benefits_of:
        return tier
    return program.tiers.get(partner.msp_level or "")
