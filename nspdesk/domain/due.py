"""The due list (Fällig): what needs action, most urgent first, from plain facts about partners.

Each ``DueItem`` names the partner, the date it is due (or was), how urgent it is, a German sentence
and an ``action`` id that the desktop app maps to the view where the user acts (the CLI prints it).
The thresholds are settings (``DueThresholds``); the defaults are the issue's: certifications
expiring within 90 days, backlinks not verified for 180 days, quotes expiring within 7 days,
onboarding without progress for 30 days, unused marketing budget from the fourth quarter on.
Requirements (which tier needs a backlink, the free support calls, the marketing budget) come from
the program data.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from enum import IntEnum, StrEnum

from nspdesk.domain.certification import valid_through
from nspdesk.domain.compliance import Backlink
from nspdesk.domain.decimals import ZERO
from nspdesk.domain.formatting import day, money, number
from nspdesk.domain.program import BacklinkRule, Program, Tier


class DueKind(StrEnum):
    CERTIFICATION_EXPIRED = "certification_expired"
    CERTIFICATION_EXPIRING = "certification_expiring"
    SALES_TRAINING_MISSING = "sales_training_missing"
    TECH_TRAINING_MISSING = "tech_training_missing"
    BACKLINK_MISSING = "backlink_missing"
    BACKLINK_NOFOLLOW = "backlink_nofollow"
    BACKLINK_UNVERIFIED = "backlink_unverified"
    SERVICE_AGREEMENT_MISSING = "service_agreement_missing"
    SUPPORT_CALLS_USED_UP = "support_calls_used_up"
    MARKETING_BUDGET_UNUSED = "marketing_budget_unused"
    QUOTE_EXPIRING = "quote_expiring"
    ONBOARDING_STALLED = "onboarding_stalled"


class Urgency(IntEnum):
    """Lower is more urgent."""

    OVERDUE = 0  # a date has passed
    NOW = 1  # a requirement is missing today
    SOON = 2  # due within its threshold
    INFO = 3  # worth knowing, nothing lapses


URGENCY_NAMES = {
    Urgency.OVERDUE: "überfällig",
    Urgency.NOW: "jetzt",
    Urgency.SOON: "bald",
    Urgency.INFO: "Hinweis",
}


class Action(StrEnum):
    """Where the user acts; the desktop app maps each to a view."""

    TECHNICIANS = "partner.technicians"
    TRAININGS = "partner.trainings"
    BACKLINK = "partner.backlink"
    AGREEMENTS = "partner.agreements"
    SUPPORT = "partner.support"
    MARKETING = "partner.marketing"
    QUOTE = "quote.open"
    ONBOARDING = "onboarding.open"


@dataclass(frozen=True)
class DueThresholds:
    certification_days: int = 90
    backlink_verification_days: int = 180
    quote_days: int = 7
    onboarding_stalled_days: int = 30
    budget_from_quarter: int = 4  # unused marketing budget is flagged from this quarter on
    training_warn_days: int = 90  # missing trainings become "soon" this close to the year's end


@dataclass(frozen=True)
class Course:
    technician: str
    completed_on: date  # the technician's last administrator course


@dataclass(frozen=True)
class OpenQuote:
    quote_id: int
    number: str
    valid_until: date


@dataclass(frozen=True)
class OpenChecklist:
    checklist_id: int
    target_tier: str
    open_steps: int
    last_activity: date


@dataclass(frozen=True)
class DueFacts:
    """What is known about one partner on ``today``; figures are those of ``today``'s year."""

    partner_id: int
    company: str
    tier: str | None  # the tier whose requirements apply (an MSP partner's revenue level)
    courses: tuple[Course, ...] = ()
    sales_training: bool = False
    tech_training: bool = False
    backlink: Backlink = Backlink.UNKNOWN
    backlink_verified_on: date | None = None  # the last check that reached the site
    service_agreement: bool = False
    support_calls_used: int = 0
    marketing_budget_used: Decimal = ZERO
    quotes: tuple[OpenQuote, ...] = ()  # sent, not yet decided
    checklists: tuple[OpenChecklist, ...] = ()


@dataclass(frozen=True)
class DueItem:
    kind: DueKind
    partner_id: int
    company: str
    due: date
    days: int  # from today to ``due``; negative: overdue
    urgency: Urgency
    text: str
    action: Action
    ref: int | None = None  # the quote or checklist to open


def due_items(
    program: Program,
    facts: Iterable[DueFacts],
    today: date,
    thresholds: DueThresholds | None = None,
) -> list[DueItem]:
    """Everything due for ``facts`` on ``today``, most urgent first, then by date and partner."""
    limits = thresholds or DueThresholds()
    items: list[DueItem] = []
    for partner in facts:
        tier = program.tiers.get(partner.tier) if partner.tier is not None else None
        items += _certifications(program, partner, today, limits)
        items += _quotes(partner, today, limits)
        items += _checklists(program, partner, today, limits)
        if tier is None:
            continue  # not (yet) a partner: the onboarding checklist covers the rest
        items += _trainings(tier, partner, today, limits)
        items += _backlink(tier, partner, today, limits)
        items += _agreement_and_support(program, tier, partner, today, limits)
    return sorted(items, key=lambda i: (i.urgency, i.due, i.company, i.partner_id, i.kind))


def _item(
    partner: DueFacts,
    kind: DueKind,
    due: date,
    today: date,
    urgency: Urgency,
    text: str,
    action: Action,
    ref: int | None = None,
) -> DueItem:
    return DueItem(
        kind,
        partner.partner_id,
        partner.company,
        due,
        (due - today).days,
        urgency,
        text,
        action,
        ref,
    )


def _days(count: int) -> str:
    return "1 Tag" if abs(count) == 1 else f"{number(abs(count))} Tagen"


def _certifications(
    program: Program, partner: DueFacts, today: date, limits: DueThresholds
) -> list[DueItem]:
    items = []
    for course in partner.courses:
        through = valid_through(course.completed_on, program.certification_valid_years)
        left = (through - today).days
        if left < 0:
            items.append(
                _item(
                    partner,
                    DueKind.CERTIFICATION_EXPIRED,
                    through,
                    today,
                    Urgency.OVERDUE,
                    f"Zertifizierung von {course.technician} ist seit dem {day(through)} "
                    "abgelaufen; die Administratorenschulung ist zu wiederholen.",
                    Action.TECHNICIANS,
                )
            )
        elif left <= limits.certification_days:
            when = "heute" if left == 0 else f"in {_days(left)}"
            items.append(
                _item(
                    partner,
                    DueKind.CERTIFICATION_EXPIRING,
                    through,
                    today,
                    Urgency.SOON,
                    f"Zertifizierung von {course.technician} läuft am {day(through)} ab ({when}).",
                    Action.TECHNICIANS,
                )
            )
    return items


def _trainings(tier: Tier, partner: DueFacts, today: date, limits: DueThresholds) -> list[DueItem]:
    year_end = date(today.year, 12, 31)
    urgency = Urgency.SOON if (year_end - today).days <= limits.training_warn_days else Urgency.INFO
    wanted = tier.requirements.trainings
    items = []
    for done, kind, name in (
        (partner.sales_training, DueKind.SALES_TRAINING_MISSING, "Vertriebstraining"),
        (partner.tech_training, DueKind.TECH_TRAINING_MISSING, "Techniktraining"),
    ):
        if wanted and not done:
            items.append(
                _item(
                    partner,
                    kind,
                    year_end,
                    today,
                    urgency,
                    f"{name} {today.year} fehlt noch (für {tier.name} erforderlich).",
                    Action.TRAININGS,
                )
            )
    return items


def _backlink(tier: Tier, partner: DueFacts, today: date, limits: DueThresholds) -> list[DueItem]:
    if tier.requirements.backlink is not BacklinkRule.REQUIRED:
        return []
    if partner.backlink is Backlink.MISSING:
        return [
            _item(
                partner,
                DueKind.BACKLINK_MISSING,
                today,
                today,
                Urgency.NOW,
                f"Kein Link auf www.nospamproxy.de gefunden; für {tier.name} ist ein "
                "Follow-Link Pflicht.",
                Action.BACKLINK,
            )
        ]
    if partner.backlink is Backlink.NOFOLLOW:
        return [
            _item(
                partner,
                DueKind.BACKLINK_NOFOLLOW,
                today,
                today,
                Urgency.NOW,
                f"Der Link auf www.nospamproxy.de ist mit nofollow markiert; für {tier.name} ist "
                "ein Follow-Link Pflicht.",
                Action.BACKLINK,
            )
        ]
    checked = partner.backlink_verified_on
    if checked is None:
        return [
            _item(
                partner,
                DueKind.BACKLINK_UNVERIFIED,
                today,
                today,
                Urgency.NOW,
                "Der Link auf www.nospamproxy.de wurde noch nie erfolgreich geprüft.",
                Action.BACKLINK,
            )
        ]
    due = date.fromordinal(checked.toordinal() + limits.backlink_verification_days)
    if due > today:
        return []
    return [
        _item(
            partner,
            DueKind.BACKLINK_UNVERIFIED,
            due,
            today,
            Urgency.SOON,
            f"Der Link auf www.nospamproxy.de wurde zuletzt am {day(checked)} geprüft "
            f"(vor {_days((today - checked).days)}); bitte erneut prüfen.",
            Action.BACKLINK,
        )
    ]


def _agreement_and_support(
    program: Program, tier: Tier, partner: DueFacts, today: date, limits: DueThresholds
) -> list[DueItem]:
    items = []
    if tier.requirements.service_agreement and not partner.service_agreement:
        items.append(
            _item(
                partner,
                DueKind.SERVICE_AGREEMENT_MISSING,
                today,
                today,
                Urgency.NOW,
                f"Basis-Servicevereinbarung fehlt (für {tier.name} erforderlich).",
                Action.AGREEMENTS,
            )
        )
    free = program.common_benefits.free_support_calls_per_year
    if free and partner.support_calls_used >= free:
        items.append(
            _item(
                partner,
                DueKind.SUPPORT_CALLS_USED_UP,
                today,
                today,
                Urgency.INFO,
                f"Kostenlose Support-Calls {today.year} aufgebraucht "
                f"({number(partner.support_calls_used)} von {number(free)}); weitere Calls "
                "werden nach Aufwand berechnet, sofern kein Produktfehler vorliegt.",
                Action.SUPPORT,
            )
        )
    budget = tier.benefits.marketing_budget
    quarter = (today.month - 1) // 3 + 1
    left = budget - partner.marketing_budget_used
    if budget > ZERO and quarter >= limits.budget_from_quarter and left > ZERO:
        items.append(
            _item(
                partner,
                DueKind.MARKETING_BUDGET_UNUSED,
                date(today.year, 12, 31),
                today,
                Urgency.SOON,
                f"Marketingbudget {today.year}: {money(left)} von {money(budget)} noch nicht "
                "genutzt.",
                Action.MARKETING,
            )
        )
    return items


def _quotes(partner: DueFacts, today: date, limits: DueThresholds) -> list[DueItem]:
    items = []
    for quote in partner.quotes:
        left = (quote.valid_until - today).days
        if left > limits.quote_days:
            continue
        if left < 0:
            text = f"Angebot {quote.number} ist seit dem {day(quote.valid_until)} abgelaufen."
        else:
            when = "heute" if left == 0 else f"in {_days(left)}"
            text = f"Angebot {quote.number} ist gültig bis {day(quote.valid_until)} ({when})."
        items.append(
            _item(
                partner,
                DueKind.QUOTE_EXPIRING,
                quote.valid_until,
                today,
                Urgency.OVERDUE if left < 0 else Urgency.SOON,
                text,
                Action.QUOTE,
                quote.quote_id,
            )
        )
    return items


def _checklists(
    program: Program, partner: DueFacts, today: date, limits: DueThresholds
) -> list[DueItem]:
    items = []
    for checklist in partner.checklists:
        idle = (today - checklist.last_activity).days
        if checklist.open_steps == 0 or idle < limits.onboarding_stalled_days:
            continue
        target = program.tiers.get(checklist.target_tier)
        name = target.name if target else checklist.target_tier
        steps = "1 Schritt" if checklist.open_steps == 1 else f"{checklist.open_steps} Schritte"
        items.append(
            _item(
                partner,
                DueKind.ONBOARDING_STALLED,
                date.fromordinal(
                    checklist.last_activity.toordinal() + limits.onboarding_stalled_days
                ),
                today,
                Urgency.SOON,
                f"Onboarding zu {name} stockt: {steps} offen, seit {_days(idle)} "
                f"keine Änderung (zuletzt {day(checklist.last_activity)}).",
                Action.ONBOARDING,
                checklist.checklist_id,
            )
        )
    return items
