"""The tiers of one track side by side, as rows of texts: requirements, discounts, benefits.

Plain Python apart from ``QCoreApplication.translate`` for the labels: every number is read from the
``Program`` and formatted through ``nspdesk.ui.formats`` (the UI's locale); the view only lays the
texts out. Category names and listing texts come from the rule file, in the UI's language through
``show()`` (the file's vocabulary).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from nspdesk.domain.program import BacklinkRule, Program, Tier, Training
from nspdesk.ui import formats
from nspdesk.ui.i18n import show

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
        Row(QCoreApplication.translate("ProgramComparison", "Voraussetzungen (je Kalenderjahr)")),
        row(
            QCoreApplication.translate("ProgramComparison", "Realisierte Projekte"),
            lambda t: _at_least(t.requirements.projects),
        ),
    ]
    if any(t.requirements.revenue is not None for t in tiers):
        rows.append(
            row(
                QCoreApplication.translate("ProgramComparison", "Umsatz p. a."),
                lambda t: _money(t.requirements.revenue),
            )
        )
    if any(t.requirements.mrr is not None for t in tiers):
        rows.append(
            row(
                QCoreApplication.translate("ProgramComparison", "Monatlicher Umsatz (MRR)"),
                lambda t: _money(t.requirements.mrr),
            )
        )
    rows += [
        row(
            QCoreApplication.translate("ProgramComparison", "Vertriebs- und Techniktraining"),
            lambda t: _trainings(t, video),
        ),
        row(
            QCoreApplication.translate("ProgramComparison", "Zertifizierte Techniker"),
            lambda t: (
                _at_least(t.requirements.certified_technicians)
                if t.requirements.certified_technicians
                else DASH
            ),
        ),
        row(
            QCoreApplication.translate("ProgramComparison", "Follow-Link auf nospamproxy.de"),
            lambda t: _backlink(t.requirements.backlink),
        ),
        row(
            QCoreApplication.translate("ProgramComparison", "Basis-Servicevereinbarung"),
            lambda t: (
                QCoreApplication.translate("ProgramComparison", "erforderlich")
                if t.requirements.service_agreement
                else DASH
            ),
        ),
        Row(QCoreApplication.translate("ProgramComparison", "Rabatte")),
    ]
    for category in program.categories.values():
        if any(category.id in t.discounts for t in tiers):
            rows.append(row(show(category.name), _discount(category.id)))
    rows += [
        Row(QCoreApplication.translate("ProgramComparison", "Vorteile")),
        row(
            QCoreApplication.translate("ProgramComparison", "NFR-Lizenz"),
            lambda t: (
                QCoreApplication.translate("ProgramComparison", "{users} User").format(
                    users=t.benefits.nfr_users
                )
                if t.benefits.nfr_users
                else DASH
            ),
        ),
        row(
            QCoreApplication.translate("ProgramComparison", "Marketingbudget p. a."),
            lambda t: (
                QCoreApplication.translate("ProgramComparison", "{amount} (nach Absprache)").format(
                    amount=formats.money(t.benefits.marketing_budget)
                )
                if t.benefits.marketing_budget
                else DASH
            ),
        ),
        row(
            QCoreApplication.translate("ProgramComparison", "Leads aus dem Marketing"),
            lambda t: _yes(t.benefits.leads),
        ),
        row(
            QCoreApplication.translate("ProgramComparison", "Listung"),
            lambda t: show(t.benefits.listing) if t.benefits.listing.strip() else DASH,
        ),
        row(
            QCoreApplication.translate("ProgramComparison", "Customer Success Management"),
            lambda t: _yes(t.benefits.customer_success_management),
        ),
    ]
    return rows


def common_benefits(program: Program) -> list[str]:
    """What every tier gets, one sentence each."""
    common = program.common_benefits
    calls = common.free_support_calls_per_year
    items = []
    if common.marketing_material:
        items.append(QCoreApplication.translate("ProgramComparison", "Marketingmaterial"))
    if common.newsletter:
        items.append(show(common.newsletter))
    items.append(
        QCoreApplication.translate(
            "ProgramComparison", "%n kostenlose Second-Level-Support-Calls pro Jahr", "", calls
        )
    )
    return items


def own_use_licences(program: Program) -> list[str]:
    """``10 User: 99,00 € pro Jahr`` for each own-use licence size."""
    return [
        QCoreApplication.translate("ProgramComparison", "{users} User: {price} pro Jahr").format(
            users=licence.users, price=formats.money(licence.price)
        )
        for licence in program.own_use_licenses
    ]


def _discount(category: str) -> Callable[[Tier], str]:
    def cell(tier: Tier) -> str:
        return formats.percent(tier.discount_for(category)) if category in tier.discounts else DASH

    return cell


def _money(amount: object) -> str:
    from decimal import Decimal

    return formats.money(amount) if isinstance(amount, Decimal) else DASH


def _at_least(count: int) -> str:
    return QCoreApplication.translate("ProgramComparison", "mind. {count}").format(count=count)


def _yes(value: bool) -> str:
    return QCoreApplication.translate("ProgramComparison", "ja") if value else DASH


def _trainings(tier: Tier, video: bool) -> str:
    wanted = tier.requirements.trainings
    if not wanted:
        return DASH
    names = [
        n
        for t, n in (
            (Training.SALES, QCoreApplication.translate("ProgramComparison", "Vertrieb")),
            (Training.TECHNICAL, QCoreApplication.translate("ProgramComparison", "Technik")),
        )
        if t in wanted
    ]
    form = (
        QCoreApplication.translate("ProgramComparison", "{names} (Video)")
        if video
        else QCoreApplication.translate("ProgramComparison", "{names} (online)")
    )
    return form.format(names=" + ".join(names))


def _backlink(rule: BacklinkRule) -> str:
    return {
        BacklinkRule.REQUIRED: QCoreApplication.translate("ProgramComparison", "Pflicht"),
        BacklinkRule.DESIRABLE: QCoreApplication.translate("ProgramComparison", "empfohlen"),
        BacklinkRule.NONE: DASH,
    }[rule]
