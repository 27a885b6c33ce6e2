"""The tiers of one track side by side, as rows of texts: requirements, discounts, benefits.

Plain Python (no Qt): every number is read from the ``Program`` and formatted through
``nspdesk.domain.formatting``; the view only lays the texts out.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from nspdesk.domain import formatting
from nspdesk.domain.program import BacklinkRule, Program, Tier, Training

DASH = "–"


@dataclass(frozen=True)
class Row:
    label: str
    cells: tuple[str, ...] = ()  # one per tier; empty for a section heading

    @property
    def is_section(self) -> bool:
        return not self.cells


def track_tiers(program: Program, track: str) -> list[Tier]:
    return program.tiers_of_track(track)


def comparison_rows(program: Program, track: str) -> list[Row]:
    """Section headings and rows for the tiers of ``track``, entry level first."""
    tiers = track_tiers(program, track)
    video = program.tracks[track].trainings == "video"

    def row(label: str, cell: Callable[[Tier], str]) -> Row:
        return Row(label, tuple(cell(tier) for tier in tiers))

    rows = [
        Row("Voraussetzungen (je Kalenderjahr)"),
        row("Realisierte Projekte", lambda t: f"mind. {t.requirements.projects}"),
    ]
    if any(t.requirements.revenue is not None for t in tiers):
        rows.append(row("Umsatz p. a.", lambda t: _money(t.requirements.revenue)))
    if any(t.requirements.mrr is not None for t in tiers):
        rows.append(row("Monatlicher Umsatz (MRR)", lambda t: _money(t.requirements.mrr)))
    rows += [
        row("Vertriebs- und Techniktraining", lambda t: _trainings(t, video)),
        row(
            "Zertifizierte Techniker",
            lambda t: (
                f"mind. {t.requirements.certified_technicians}"
                if t.requirements.certified_technicians
                else DASH
            ),
        ),
        row("Follow-Link auf nospamproxy.de", lambda t: _backlink(t.requirements.backlink)),
        row(
            "Basis-Servicevereinbarung",
            lambda t: "erforderlich" if t.requirements.service_agreement else DASH,
        ),
        Row("Rabatte"),
    ]
    for category in program.categories.values():
        if any(category.id in t.discounts for t in tiers):
            rows.append(row(category.name, _discount(category.id)))
    rows += [
        Row("Vorteile"),
        row(
            "NFR-Lizenz",
            lambda t: f"{t.benefits.nfr_users} User" if t.benefits.nfr_users else DASH,
        ),
        row(
            "Marketingbudget p. a.",
            lambda t: (
                formatting.money(t.benefits.marketing_budget) + " (nach Absprache)"
                if t.benefits.marketing_budget
                else DASH
            ),
        ),
        row("Leads aus dem Marketing", lambda t: "ja" if t.benefits.leads else DASH),
        row("Listung", lambda t: t.benefits.listing.strip() or DASH),
        row(
            "Customer Success Management",
            lambda t: "ja" if t.benefits.customer_success_management else DASH,
        ),
    ]
    return rows


def common_benefits(program: Program) -> list[str]:
    """What every tier gets, one sentence each."""
    common = program.common_benefits
    items = []
    if common.marketing_material:
        items.append("Marketingmaterial")
    if common.newsletter:
        items.append(common.newsletter)
    items.append(
        f"{common.free_support_calls_per_year} kostenlose Second-Level-Support-Calls pro Jahr"
    )
    return items


def own_use_licences(program: Program) -> list[str]:
    """``10 User: 99,00 € pro Jahr`` for each own-use licence size."""
    return [
        f"{licence.users} User: {formatting.money(licence.price)} pro Jahr"
        for licence in program.own_use_licenses
    ]


def _discount(category: str) -> Callable[[Tier], str]:
    def cell(tier: Tier) -> str:
        return (
            formatting.percent(tier.discount_for(category)) if category in tier.discounts else DASH
        )

    return cell


def _money(amount: object) -> str:
    from decimal import Decimal

    return formatting.money(amount) if isinstance(amount, Decimal) else DASH


def _trainings(tier: Tier, video: bool) -> str:
    wanted = tier.requirements.trainings
    if not wanted:
        return DASH
    names = [
        n for t, n in ((Training.SALES, "Vertrieb"), (Training.TECHNICAL, "Technik")) if t in wanted
    ]
    return " + ".join(names) + (" (Video)" if video else " (online)")


def _backlink(rule: BacklinkRule) -> str:
    return {
        BacklinkRule.REQUIRED: "Pflicht",
        BacklinkRule.DESIRABLE: "empfohlen",
        BacklinkRule.NONE: DASH,
    }[rule]
