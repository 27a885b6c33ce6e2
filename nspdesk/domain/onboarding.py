"""The onboarding checklist of a new partner for a target tier, derived from the program data.

Which steps apply and what they ask (number of certified technicians, NFR seats, the backlink as
duty or advice, the listing text, online or video trainings) comes from the tier's rules; no tier is
named here. A tier only the vendor grants (Managed Service Partner) gets the benefits of the tiers
it names (``benefits_of``), so its NFR licence and listing are those of Business or Premium Partner.

Progress (status, date, who) is recorded per step id, e.g. by the store; what the partner's own
records already prove (an agreement signed, this year's trainings, enough valid certifications, the
follow link found, an NFR licence issued) shows a still open step as done (:func:`recorded_progress`).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import date
from enum import StrEnum

from nspdesk.domain.certification import certifications_as_of
from nspdesk.domain.messages import QT_TRANSLATE_NOOP, Listing, Text, plural
from nspdesk.domain.program import BacklinkRule, Program, Tier, Training


class StepStatus(StrEnum):
    OPEN = "open"
    DONE = "done"
    NOT_APPLICABLE = "not_applicable"


class StepId(StrEnum):
    PARTNER_AGREEMENT = "partner_agreement"
    SERVICE_AGREEMENT = "service_agreement"
    SALES_TRAINING = "sales_training"
    TECH_TRAINING = "tech_training"
    CERTIFICATION = "certification"
    NFR_LICENSE = "nfr_license"
    BACKLINK = "backlink"
    LISTING = "listing"
    NEWSLETTER = "newsletter"
    PARTNER_PORTAL = "partner_portal"


@dataclass(frozen=True)
class Step:
    id: StepId
    title: str  # a Text (or a rule-file Term): German, and renderable in the UI's language
    explanation: str
    required: bool = True  # False: recommended only (e.g. the backlink of the entry tier)
    status: StepStatus = StepStatus.OPEN
    done_on: date | None = None
    done_by: str = ""
    from_records: bool = False  # done because the partner's records prove it, not ticked off


@dataclass(frozen=True)
class StepProgress:
    status: StepStatus
    done_on: date | None = None
    done_by: str = ""


@dataclass(frozen=True)
class Checklist:
    program: Program
    tier: Tier
    steps: tuple[Step, ...]

    def step(self, step_id: StepId) -> Step:
        for step in self.steps:
            if step.id is step_id:
                return step
        raise KeyError(step_id)

    @property
    def open_steps(self) -> tuple[Step, ...]:
        return tuple(s for s in self.steps if s.status is StepStatus.OPEN)

    def with_progress(self, progress: Mapping[StepId, StepProgress]) -> Checklist:
        """The checklist with recorded progress applied; steps that do not apply stay so, and a
        required step never becomes "entfällt" (a checklist stored when the step did not apply for
        the tier, e.g. an MSP's NFR licence before it counted, shows it open)."""
        steps = []
        for step in self.steps:
            recorded = progress.get(step.id)
            if (
                recorded is None
                or step.status is StepStatus.NOT_APPLICABLE
                or (recorded.status is StepStatus.NOT_APPLICABLE and step.required)
            ):
                steps.append(step)
                continue
            steps.append(
                replace(
                    step,
                    status=recorded.status,
                    done_on=recorded.done_on,
                    done_by=recorded.done_by,
                )
            )
        return replace(self, steps=tuple(steps))

    def with_records(self, proven: Mapping[StepId, StepProgress]) -> Checklist:
        """Open steps that the partner's records prove done (:func:`recorded_progress`) shown as
        done; progress recorded on the checklist itself stays as recorded."""
        steps = tuple(
            replace(
                step,
                status=StepStatus.DONE,
                done_on=proven[step.id].done_on,
                done_by=proven[step.id].done_by,
                from_records=True,
            )
            if step.status is StepStatus.OPEN and step.id in proven
            else step
            for step in self.steps
        )
        return replace(self, steps=steps)


@dataclass(frozen=True)
class PartnerRecords:
    """What a partner's records hold that can prove an onboarding step done, as plain values.

    Dates are when it happened; ``None`` or empty: nothing recorded.
    """

    partner_agreement: date | None = None  # signed on, of a partner agreement in force
    service_agreement: date | None = None  # signed on, of a basic service agreement in force
    trainings: tuple[tuple[Training, date, str], ...] = ()  # kind, attended on, attendee
    courses: tuple[tuple[str, date], ...] = ()  # technician, last administrator course
    follow_link: date | None = None  # checked on, when the standing verdict is a follow link
    nfr_licences: tuple[date, ...] = ()  # issued on


def recorded_progress(
    program: Program, tier: Tier, records: PartnerRecords, on: date
) -> dict[StepId, StepProgress]:
    """The steps towards ``tier`` that ``records`` prove done on ``on``.

    Trainings count in the calendar year of ``on`` (the program asks for them per year);
    the certification when enough technicians hold a course valid on ``on`` (the count the tier
    asks, the newest course's day); the backlink when the last check that reached the site found
    a follow link. Nothing recorded after ``on`` counts.
    """
    done: dict[StepId, StepProgress] = {}

    def prove(step: StepId, day: date | None, who: str = "") -> None:
        if day is not None and day <= on:
            done[step] = StepProgress(StepStatus.DONE, day, who)

    prove(StepId.PARTNER_AGREEMENT, records.partner_agreement)
    prove(StepId.SERVICE_AGREEMENT, records.service_agreement)
    for kind, step in (
        (Training.SALES, StepId.SALES_TRAINING),
        (Training.TECHNICAL, StepId.TECH_TRAINING),
    ):
        attended = sorted(
            (day, who)
            for k, day, who in records.trainings
            if k is kind and day.year == on.year and day <= on
        )
        if attended:
            prove(step, *attended[-1])
    needed = tier.requirements.certified_technicians
    if needed:
        years = program.certification_valid_years
        valid = [
            (course, name)
            for name, course in records.courses
            if certifications_as_of((course,), on, years)[0].valid
        ]
        if len(valid) >= needed:
            newest = max(course for course, _ in valid)
            prove(StepId.CERTIFICATION, newest, ", ".join(name for _, name in valid))
    prove(StepId.BACKLINK, records.follow_link)
    prove(StepId.NFR_LICENSE, min((d for d in records.nfr_licences if d <= on), default=None))
    return done


# The steps' titles and explanations (German; the UI shows them in its language).
VENDOR_DECIDES = QT_TRANSLATE_NOOP(
    "Onboarding", "Wird für {tier} individuell mit der {vendor} vereinbart."
)
NOT_NEEDED = QT_TRANSLATE_NOOP("Onboarding", "Für diese Stufe nicht erforderlich.")
PARTNER_AGREEMENT = QT_TRANSLATE_NOOP("Onboarding", "Partnervertrag")
PARTNER_AGREEMENT_TEXT = QT_TRANSLATE_NOOP(
    "Onboarding",
    "Partnervertrag mit der {vendor} für die Stufe {tier} abschließen und gegengezeichnet ablegen.",
)
SERVICE_AGREEMENT = QT_TRANSLATE_NOOP("Onboarding", "Basis-Servicevereinbarung")
SERVICE_AGREEMENT_TEXT = QT_TRANSLATE_NOOP(
    "Onboarding", "Basis-Servicevereinbarung mit der {vendor} abschließen."
)
SALES_TRAINING = QT_TRANSLATE_NOOP("Onboarding", "Vertriebstraining")
SALES_TRAINING_VIDEO = QT_TRANSLATE_NOOP("Onboarding", "Vertriebstraining (Video)")
SALES_TRAINING_TEXT = QT_TRANSLATE_NOOP("Onboarding", "Ein Vertriebstraining online absolvieren.")
SALES_TRAINING_VIDEO_TEXT = QT_TRANSLATE_NOOP(
    "Onboarding", "Ein Vertriebstraining als Video absolvieren."
)
TECH_TRAINING = QT_TRANSLATE_NOOP("Onboarding", "Techniktraining")
TECH_TRAINING_VIDEO = QT_TRANSLATE_NOOP("Onboarding", "Techniktraining (Video)")
TECH_TRAINING_TEXT = QT_TRANSLATE_NOOP("Onboarding", "Ein technisches Training online absolvieren.")
TECH_TRAINING_VIDEO_TEXT = QT_TRANSLATE_NOOP(
    "Onboarding", "Ein technisches Training als Video absolvieren."
)
CERTIFICATION = QT_TRANSLATE_NOOP("Onboarding", "Zertifizierung")
CERTIFICATION_ONE = QT_TRANSLATE_NOOP(
    "Onboarding",
    "1 Techniker zur zweitägigen Administratorenschulung anmelden; die Zertifizierung gilt "
    "{years} Jahre und ist danach zu erneuern.",
)
CERTIFICATION_MANY = QT_TRANSLATE_NOOP(
    "Onboarding",
    "{n} Techniker zur zweitägigen Administratorenschulung anmelden; die Zertifizierung gilt "
    "{years} Jahre und ist danach zu erneuern.",
)
NFR_LICENSE = QT_TRANSLATE_NOOP("Onboarding", "NFR-Lizenz")
NFR_LICENSE_TEXT = QT_TRANSLATE_NOOP(
    "Onboarding", "Kostenlose NFR-Lizenz für {users} Benutzer anfordern und einrichten."
)
NFR_LICENSE_BY_REVENUE = QT_TRANSLATE_NOOP(
    "Onboarding",
    "Kostenlose NFR-Lizenz anfordern und einrichten: je nach Umsatz für {choices}.",
)
NFR_CHOICE = QT_TRANSLATE_NOOP("Onboarding", "{users} Benutzer (wie {tier})")
EITHER = QT_TRANSLATE_NOOP("Onboarding", " oder ")
BACKLINK = QT_TRANSLATE_NOOP("Onboarding", "Link auf www.nospamproxy.de")
BACKLINK_REQUIRED = QT_TRANSLATE_NOOP(
    "Onboarding",
    "Partnerschaft auf der eigenen Website nennen, mit Follow-Link auf www.nospamproxy.de "
    "(Pflicht für diese Stufe).",
)
BACKLINK_DESIRABLE = QT_TRANSLATE_NOOP(
    "Onboarding",
    "Partnerschaft auf der eigenen Website nennen, mit Follow-Link auf www.nospamproxy.de "
    "(empfohlen, keine Pflicht für diese Stufe).",
)
LISTING = QT_TRANSLATE_NOOP("Onboarding", "Listung")
LISTING_TEXT = QT_TRANSLATE_NOOP(
    "Onboarding", "{listing}: Angaben und Logo an die {vendor} senden."
)
NEWSLETTER = QT_TRANSLATE_NOOP("Onboarding", "Partner-Newsletter")
PARTNER_PORTAL = QT_TRANSLATE_NOOP("Onboarding", "Partnerportal")
PARTNER_PORTAL_TEXT = QT_TRANSLATE_NOOP(
    "Onboarding",
    "Zugang zum Partnerportal beantragen: Marketingmaterial, Preislisten und Trainings.",
)


def checklist_for(program: Program, tier: Tier, level: Tier | None = None) -> Checklist:
    """Every onboarding step for ``tier``, open, or not applicable where its rules ask nothing.

    For a tier only the vendor grants, ``level`` is the tier among its ``benefits_of`` whose
    benefits the partner gets (an MSP's recorded level); without it the steps name each choice.
    """
    req = tier.requirements
    vendor = program.vendor
    levels = _benefit_levels(program, tier, level)
    benefits = levels[0].benefits
    # each listing text once (Business and Premium Partner share theirs)
    listings = list(
        dict.fromkeys(t.benefits.listing for t in levels if _has_text(t.benefits.listing))
    )
    video = program.tracks[tier.track].trainings == "video"
    not_needed = (
        VENDOR_DECIDES.format(tier=tier.name, vendor=vendor)
        if tier.granted_by_vendor
        else NOT_NEEDED
    )

    def _applies(applies: bool, step: Step) -> Step:
        if applies:
            return step
        return replace(
            step, status=StepStatus.NOT_APPLICABLE, required=False, explanation=not_needed
        )

    steps = [
        Step(
            StepId.PARTNER_AGREEMENT,
            PARTNER_AGREEMENT,
            PARTNER_AGREEMENT_TEXT.format(vendor=vendor, tier=tier.name),
        ),
        _applies(
            req.service_agreement,
            Step(
                StepId.SERVICE_AGREEMENT,
                SERVICE_AGREEMENT,
                SERVICE_AGREEMENT_TEXT.format(vendor=vendor),
            ),
        ),
        _applies(
            Training.SALES in req.trainings,
            Step(
                StepId.SALES_TRAINING,
                SALES_TRAINING_VIDEO if video else SALES_TRAINING,
                SALES_TRAINING_VIDEO_TEXT if video else SALES_TRAINING_TEXT,
            ),
        ),
        _applies(
            Training.TECHNICAL in req.trainings,
            Step(
                StepId.TECH_TRAINING,
                TECH_TRAINING_VIDEO if video else TECH_TRAINING,
                TECH_TRAINING_VIDEO_TEXT if video else TECH_TRAINING_TEXT,
            ),
        ),
        _applies(
            req.certified_technicians > 0,
            Step(StepId.CERTIFICATION, CERTIFICATION, _certification_text(program, tier)),
        ),
        _applies(
            benefits.nfr_users > 0,
            Step(StepId.NFR_LICENSE, NFR_LICENSE, _nfr_text(levels)),
        ),
        _applies(
            req.backlink is not BacklinkRule.NONE,
            Step(
                StepId.BACKLINK,
                BACKLINK,
                BACKLINK_REQUIRED if req.backlink is BacklinkRule.REQUIRED else BACKLINK_DESIRABLE,
                required=req.backlink is BacklinkRule.REQUIRED,
            ),
        ),
        _applies(
            bool(listings),
            Step(
                StepId.LISTING,
                LISTING,
                LISTING_TEXT.format(listing=Listing(listings, EITHER), vendor=vendor),
            ),
        ),
        _applies(
            bool(program.common_benefits.newsletter),
            Step(StepId.NEWSLETTER, NEWSLETTER, program.common_benefits.newsletter),
        ),
        Step(StepId.PARTNER_PORTAL, PARTNER_PORTAL, PARTNER_PORTAL_TEXT),
    ]
    return Checklist(program=program, tier=tier, steps=tuple(steps))


def _benefit_levels(program: Program, tier: Tier, level: Tier | None) -> list[Tier]:
    """The tiers whose benefits apply: the tier itself, or what the vendor grants it
    ("Umsatzabhängig stehen Ihnen die gleichen Leistungen wie unseren Business Partnern und
    Premium Partnern zu"): ``level`` when it is one of them, else all of them."""
    if not tier.benefits_of:
        return [tier]
    choices = [program.tier(t) for t in tier.benefits_of]
    return [level] if level in choices else choices


def _nfr_text(levels: list[Tier]) -> Text:
    seats = {t.benefits.nfr_users for t in levels}
    if len(seats) == 1:
        return NFR_LICENSE_TEXT.format(users=levels[0].benefits.nfr_users)
    choices = Listing(
        (NFR_CHOICE.format(users=t.benefits.nfr_users, tier=t.name) for t in levels), EITHER
    )
    return NFR_LICENSE_BY_REVENUE.format(choices=choices)


def _certification_text(program: Program, tier: Tier) -> Text:
    return plural(
        tier.requirements.certified_technicians,
        CERTIFICATION_ONE,
        CERTIFICATION_MANY,
        years=program.certification_valid_years,
    )


def _has_text(value: str) -> bool:
    """Rule files write "–" for a benefit a tier does not have."""
    return bool(value.strip(" -–"))
