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
from nspdesk.domain.compliance_texts import expiry
from nspdesk.domain.decimals import ZERO
from nspdesk.domain.messages import QT_TRANSLATE_NOOP, Money, Text
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
    text: str  # a Text: German, and the UI's language
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


_DAY = QT_TRANSLATE_NOOP("Due", "{n} Tag")
_DAYS = QT_TRANSLATE_NOOP("Due", "{n} Tagen")
_TODAY = QT_TRANSLATE_NOOP("Due", "heute")
_IN = QT_TRANSLATE_NOOP("Due", "in {days}")


def _days(count: int) -> Text:
    """ "1 Tag", "12 Tagen" (after "in", "seit", "vor"); counts with the locale's grouping."""
    return (_DAY if abs(count) == 1 else _DAYS).format(n=Decimal(abs(count)))


def _when(left: int) -> Text:
    return _TODAY if left == 0 else _IN.format(days=_days(left))


_CERTIFICATION_EXPIRED = QT_TRANSLATE_NOOP(
    "Due",
    "Zertifizierung von {technician} ist am {through} abgelaufen; "
    "die Administratorenschulung ist zu wiederholen.",
)
_CERTIFICATION_EXPIRING = QT_TRANSLATE_NOOP("Due", "Zertifizierung von {technician} {expiry}.")
_TRAINING_MISSING = {
    DueKind.SALES_TRAINING_MISSING: QT_TRANSLATE_NOOP(
        "Due", "Vertriebstraining {year} fehlt noch (für {tier} erforderlich)."
    ),
    DueKind.TECH_TRAINING_MISSING: QT_TRANSLATE_NOOP(
        "Due", "Techniktraining {year} fehlt noch (für {tier} erforderlich)."
    ),
}
_BACKLINK_MISSING = QT_TRANSLATE_NOOP(
    "Due", "Kein Link auf www.nospamproxy.de gefunden; für {tier} ist ein Follow-Link Pflicht."
)
_BACKLINK_NOFOLLOW = QT_TRANSLATE_NOOP(
    "Due",
    "Der Link auf www.nospamproxy.de ist mit nofollow markiert; für {tier} ist ein Follow-Link "
    "Pflicht.",
)
_BACKLINK_NEVER = QT_TRANSLATE_NOOP(
    "Due", "Der Link auf www.nospamproxy.de wurde noch nie erfolgreich geprüft."
)
_BACKLINK_OLD = QT_TRANSLATE_NOOP(
    "Due",
    "Der Link auf www.nospamproxy.de wurde zuletzt am {checked} geprüft (vor {age}); "
    "bitte erneut prüfen.",
)
_AGREEMENT_MISSING = QT_TRANSLATE_NOOP(
    "Due", "Basis-Servicevereinbarung fehlt (für {tier} erforderlich)."
)
_CALLS_USED_UP = QT_TRANSLATE_NOOP(
    "Due",
    "Kostenlose Support-Calls {year} aufgebraucht ({used} von {free}); weitere Calls werden nach "
    "Aufwand berechnet, sofern kein Produktfehler vorliegt.",
)
_BUDGET_UNUSED = QT_TRANSLATE_NOOP(
    "Due", "Marketingbudget {year}: {left} von {budget} noch nicht genutzt."
)
_QUOTE_EXPIRED = QT_TRANSLATE_NOOP("Due", "Angebot {number} ist am {day} abgelaufen.")
_QUOTE_EXPIRING = QT_TRANSLATE_NOOP("Due", "Angebot {number} ist gültig bis {day} ({when}).")
_STEP = QT_TRANSLATE_NOOP("Due", "{n} Schritt")
_STEPS = QT_TRANSLATE_NOOP("Due", "{n} Schritte")
_ONBOARDING_STALLED = QT_TRANSLATE_NOOP(
    "Due",
    "Onboarding zu {tier} stockt: {steps} offen, seit {idle} keine Änderung (zuletzt {last}).",
)


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
                    _CERTIFICATION_EXPIRED.format(technician=course.technician, through=through),
                    Action.TECHNICIANS,
                )
            )
        elif left <= limits.certification_days:
            items.append(
                _item(
                    partner,
                    DueKind.CERTIFICATION_EXPIRING,
                    through,
                    today,
                    Urgency.SOON,
                    _CERTIFICATION_EXPIRING.format(
                        technician=course.technician, expiry=expiry(through, left)
                    ),
                    Action.TECHNICIANS,
                )
            )
    return items


def _trainings(tier: Tier, partner: DueFacts, today: date, limits: DueThresholds) -> list[DueItem]:
    year_end = date(today.year, 12, 31)
    urgency = Urgency.SOON if (year_end - today).days <= limits.training_warn_days else Urgency.INFO
    wanted = tier.requirements.trainings
    items = []
    for done, kind in (
        (partner.sales_training, DueKind.SALES_TRAINING_MISSING),
        (partner.tech_training, DueKind.TECH_TRAINING_MISSING),
    ):
        if wanted and not done:
            items.append(
                _item(
                    partner,
                    kind,
                    year_end,
                    today,
                    urgency,
                    _TRAINING_MISSING[kind].format(year=today.year, tier=tier.name),
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
                _BACKLINK_MISSING.format(tier=tier.name),
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
                _BACKLINK_NOFOLLOW.format(tier=tier.name),
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
                _BACKLINK_NEVER,
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
            _BACKLINK_OLD.format(checked=checked, age=_days((today - checked).days)),
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
                _AGREEMENT_MISSING.format(tier=tier.name),
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
                _CALLS_USED_UP.format(
                    year=today.year,
                    used=Decimal(partner.support_calls_used),
                    free=Decimal(free),
                ),
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
                _BUDGET_UNUSED.format(year=today.year, left=Money(left), budget=Money(budget)),
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
            text = _QUOTE_EXPIRED.format(number=quote.number, day=quote.valid_until)
        else:
            text = _QUOTE_EXPIRING.format(
                number=quote.number, day=quote.valid_until, when=_when(left)
            )
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
        steps = (_STEP if checklist.open_steps == 1 else _STEPS).format(n=checklist.open_steps)
        items.append(
            _item(
                partner,
                DueKind.ONBOARDING_STALLED,
                date.fromordinal(
                    checklist.last_activity.toordinal() + limits.onboarding_stalled_days
                ),
                today,
                Urgency.SOON,
                _ONBOARDING_STALLED.format(
                    tier=name, steps=steps, idle=_days(idle), last=checklist.last_activity
                ),
                Action.ONBOARDING,
                checklist.checklist_id,
            )
        )
    return items
