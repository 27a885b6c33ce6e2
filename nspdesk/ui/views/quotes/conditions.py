"""A partner's conditions as the editor shows them in one line (names and discounts of the rule
file; the prices themselves come from ``nspdesk.services.quote_pricing``)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from nspdesk.domain.program import Category, Program, Tier
from nspdesk.services.quotes import PartnerChoice
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
