"""How the due list is shown: German names of the kinds, the filter groups, the urgency colours, and
where each ``Action`` of ``nspdesk.domain.due`` takes the user (a view, and for partners a tab).

Presentation only: which item is due, and how urgent, is decided in ``nspdesk.domain.due``.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from nspdesk.domain.due import Action, DueItem, DueKind, Urgency

URGENCY_COLORS: dict[Urgency, QColor] = {
    Urgency.OVERDUE: QColor("#B3261E"),
    Urgency.NOW: QColor("#C24E00"),
    Urgency.SOON: QColor("#8A6100"),
    Urgency.INFO: QColor("#6B6B6B"),
}

# The partner view's tabs by name (``PartnersView.select_partner(partner_id, tab)``).
TAB_PEOPLE = "people"  # trainings and certified technicians
TAB_AGREEMENTS = "agreements"
TAB_BACKLINK = "backlink"
TAB_FIGURES = "figures"  # the year's support calls and marketing budget


@dataclass(frozen=True)
class Target:
    """Where an item is dealt with: a view, the id it opens there, a tab of it ("" for none)."""

    view_id: str
    target_id: int
    tab: str = ""


_PARTNER_TABS = {
    Action.TECHNICIANS: TAB_PEOPLE,
    Action.TRAININGS: TAB_PEOPLE,
    Action.BACKLINK: TAB_BACKLINK,
    Action.AGREEMENTS: TAB_AGREEMENTS,
    Action.SUPPORT: TAB_FIGURES,
    Action.MARKETING: TAB_FIGURES,
}


def target_of(item: DueItem) -> Target:
    if item.action is Action.QUOTE and item.ref is not None:
        return Target("quotes", item.ref)
    if item.action is Action.ONBOARDING:
        return Target("onboarding", item.partner_id)
    return Target("partners", item.partner_id, _PARTNER_TABS.get(item.action, ""))


def _tr(text: str) -> str:
    return QCoreApplication.translate("DueView", text)


def kind_name(kind: DueKind) -> str:
    names = {
        DueKind.CERTIFICATION_EXPIRED: _tr("Zertifizierung abgelaufen"),
        DueKind.CERTIFICATION_EXPIRING: _tr("Zertifizierung läuft ab"),
        DueKind.SALES_TRAINING_MISSING: _tr("Vertriebstraining fehlt"),
        DueKind.TECH_TRAINING_MISSING: _tr("Techniktraining fehlt"),
        DueKind.BACKLINK_MISSING: _tr("Backlink fehlt"),
        DueKind.BACKLINK_NOFOLLOW: _tr("Backlink nofollow"),
        DueKind.BACKLINK_UNVERIFIED: _tr("Backlink ungeprüft"),
        DueKind.SERVICE_AGREEMENT_MISSING: _tr("Servicevereinbarung fehlt"),
        DueKind.SUPPORT_CALLS_USED_UP: _tr("Support-Calls aufgebraucht"),
        DueKind.MARKETING_BUDGET_UNUSED: _tr("Marketingbudget ungenutzt"),
        DueKind.QUOTE_EXPIRING: _tr("Angebot läuft ab"),
        DueKind.ONBOARDING_STALLED: _tr("Onboarding stockt"),
    }
    return names[kind]


def action_name(item: DueItem) -> str:
    """The button's text for the selected item: what opens."""
    names = {
        Action.TECHNICIANS: _tr("Techniker des Partners öffnen"),
        Action.TRAININGS: _tr("Schulungen des Partners öffnen"),
        Action.BACKLINK: _tr("Backlink des Partners öffnen"),
        Action.AGREEMENTS: _tr("Verträge des Partners öffnen"),
        Action.SUPPORT: _tr("Zahlen des Partners öffnen"),
        Action.MARKETING: _tr("Zahlen des Partners öffnen"),
        Action.QUOTE: _tr("Angebot öffnen"),
        Action.ONBOARDING: _tr("Onboarding-Checkliste öffnen"),
    }
    return names[item.action]


def filter_groups() -> list[tuple[str, frozenset[DueKind]]]:
    """The choices of the kind filter: a German name and the kinds it shows."""
    return [
        (
            _tr("Zertifizierungen"),
            frozenset({DueKind.CERTIFICATION_EXPIRED, DueKind.CERTIFICATION_EXPIRING}),
        ),
        (
            _tr("Trainings"),
            frozenset({DueKind.SALES_TRAINING_MISSING, DueKind.TECH_TRAINING_MISSING}),
        ),
        (
            _tr("Backlink"),
            frozenset(
                {
                    DueKind.BACKLINK_MISSING,
                    DueKind.BACKLINK_NOFOLLOW,
                    DueKind.BACKLINK_UNVERIFIED,
                }
            ),
        ),
        (_tr("Servicevereinbarung"), frozenset({DueKind.SERVICE_AGREEMENT_MISSING})),
        (_tr("Support-Calls"), frozenset({DueKind.SUPPORT_CALLS_USED_UP})),
        (_tr("Marketingbudget"), frozenset({DueKind.MARKETING_BUDGET_UNUSED})),
        (_tr("Angebote"), frozenset({DueKind.QUOTE_EXPIRING})),
        (_tr("Onboarding"), frozenset({DueKind.ONBOARDING_STALLED})),
    ]


def days_text(days: int) -> str:
    """ "heute", "in 30 Tagen", "seit 3 Tagen"."""
    if days == 0:
        return _tr("heute")
    if days > 0:
        return _tr("in 1 Tag") if days == 1 else _tr("in {n} Tagen").format(n=days)
    return _tr("seit 1 Tag") if days == -1 else _tr("seit {n} Tagen").format(n=-days)
