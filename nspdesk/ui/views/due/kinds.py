"""How the due list is shown: the names of the kinds and urgencies (in the UI language), the filter
groups, the urgency colours, and where each ``Action`` of ``nspdesk.domain.due`` takes the user (a
view, and for partners a tab).

Presentation only: which item is due, and how urgent, is decided in ``nspdesk.domain.due``.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from nspdesk.domain.due import Action, DueItem, DueKind, Urgency
from nspdesk.ui.i18n import QT_TRANSLATE_NOOP

URGENCY_COLORS: dict[Urgency, QColor] = {
    Urgency.OVERDUE: QColor("#B3261E"),
    Urgency.NOW: QColor("#C24E00"),
    Urgency.SOON: QColor("#8A6100"),
    Urgency.INFO: QColor("#6B6B6B"),
}

# The list's words for the urgencies. The lowest is "zur Info", not the domain's "Hinweis": that is
# the title of the list's last column, and an urgency "Hinweis" read as a repeat of it (issue 17).
URGENCY_NAMES: dict[Urgency, str] = {
    Urgency.OVERDUE: QT_TRANSLATE_NOOP("DueUrgency", "überfällig"),
    Urgency.NOW: QT_TRANSLATE_NOOP("DueUrgency", "jetzt"),
    Urgency.SOON: QT_TRANSLATE_NOOP("DueUrgency", "bald"),
    Urgency.INFO: QT_TRANSLATE_NOOP("DueUrgency", "zur Info"),
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


def kind_name(kind: DueKind) -> str:
    names = {
        DueKind.CERTIFICATION_EXPIRED: QCoreApplication.translate(
            "DueView", "Zertifizierung abgelaufen"
        ),
        DueKind.CERTIFICATION_EXPIRING: QCoreApplication.translate(
            "DueView", "Zertifizierung läuft ab"
        ),
        DueKind.SALES_TRAINING_MISSING: QCoreApplication.translate(
            "DueView", "Vertriebstraining fehlt"
        ),
        DueKind.TECH_TRAINING_MISSING: QCoreApplication.translate(
            "DueView", "Techniktraining fehlt"
        ),
        DueKind.BACKLINK_MISSING: QCoreApplication.translate("DueView", "Backlink fehlt"),
        DueKind.BACKLINK_NOFOLLOW: QCoreApplication.translate("DueView", "Backlink nofollow"),
        DueKind.BACKLINK_UNVERIFIED: QCoreApplication.translate("DueView", "Backlink ungeprüft"),
        DueKind.SERVICE_AGREEMENT_MISSING: QCoreApplication.translate(
            "DueView", "Servicevereinbarung fehlt"
        ),
        DueKind.SUPPORT_CALLS_USED_UP: QCoreApplication.translate(
            "DueView", "Support-Calls aufgebraucht"
        ),
        DueKind.MARKETING_BUDGET_UNUSED: QCoreApplication.translate(
            "DueView", "Marketingbudget ungenutzt"
        ),
        DueKind.QUOTE_EXPIRING: QCoreApplication.translate("DueView", "Angebot läuft ab"),
        DueKind.ONBOARDING_STALLED: QCoreApplication.translate("DueView", "Onboarding stockt"),
    }
    return names[kind]


def action_name(item: DueItem) -> str:
    """The button's text for the selected item: what opens."""
    names = {
        Action.TECHNICIANS: QCoreApplication.translate("DueView", "Techniker des Partners öffnen"),
        Action.TRAININGS: QCoreApplication.translate("DueView", "Schulungen des Partners öffnen"),
        Action.BACKLINK: QCoreApplication.translate("DueView", "Backlink des Partners öffnen"),
        Action.AGREEMENTS: QCoreApplication.translate("DueView", "Verträge des Partners öffnen"),
        Action.SUPPORT: QCoreApplication.translate("DueView", "Zahlen des Partners öffnen"),
        Action.MARKETING: QCoreApplication.translate("DueView", "Zahlen des Partners öffnen"),
        Action.QUOTE: QCoreApplication.translate("DueView", "Angebot öffnen"),
        Action.ONBOARDING: QCoreApplication.translate("DueView", "Onboarding-Checkliste öffnen"),
    }
    return names[item.action]


def filter_groups() -> list[tuple[str, frozenset[DueKind]]]:
    """The choices of the kind filter: a German name and the kinds it shows."""
    return [
        (
            QCoreApplication.translate("DueView", "Zertifizierungen"),
            frozenset({DueKind.CERTIFICATION_EXPIRED, DueKind.CERTIFICATION_EXPIRING}),
        ),
        (
            QCoreApplication.translate("DueView", "Trainings"),
            frozenset({DueKind.SALES_TRAINING_MISSING, DueKind.TECH_TRAINING_MISSING}),
        ),
        (
            QCoreApplication.translate("DueView", "Backlink"),
            frozenset(
                {
                    DueKind.BACKLINK_MISSING,
                    DueKind.BACKLINK_NOFOLLOW,
                    DueKind.BACKLINK_UNVERIFIED,
                }
            ),
        ),
        (
            QCoreApplication.translate("DueView", "Servicevereinbarung"),
            frozenset({DueKind.SERVICE_AGREEMENT_MISSING}),
        ),
        (
            QCoreApplication.translate("DueView", "Support-Calls"),
            frozenset({DueKind.SUPPORT_CALLS_USED_UP}),
        ),
        (
            QCoreApplication.translate("DueView", "Marketingbudget"),
            frozenset({DueKind.MARKETING_BUDGET_UNUSED}),
        ),
        (QCoreApplication.translate("DueView", "Angebote"), frozenset({DueKind.QUOTE_EXPIRING})),
        (
            QCoreApplication.translate("DueView", "Onboarding"),
            frozenset({DueKind.ONBOARDING_STALLED}),
        ),
    ]


def urgency_name(urgency: Urgency) -> str:
    """ "überfällig", "jetzt", "bald", "zur Info" in the UI language."""
    return QCoreApplication.translate("DueUrgency", URGENCY_NAMES[urgency])


def days_text(days: int) -> str:
    """ "heute", "in 30 Tagen", "seit 3 Tagen"."""
    if days == 0:
        return QCoreApplication.translate("DueView", "heute")
    if days > 0:
        return QCoreApplication.translate("DueView", "in %n Tagen", "", days)
    return QCoreApplication.translate("DueView", "seit %n Tagen", "", -days)
