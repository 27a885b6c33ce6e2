"""The onboarding checklist of a new partner for a target tier, derived from the program data.

Which steps apply and what they ask (number of certified technicians, NFR seats, the backlink as
duty or advice, the listing text, online or video trainings) comes from the tier's rules; no tier is
named here. Progress (status, date, who) is recorded per step id, e.g. by the store.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from datetime import date
from enum import StrEnum

from nspdesk.domain.messages import QT_TRANSLATE_NOOP, Text, plural
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
        """The checklist with recorded progress applied; steps that do not apply stay so."""
        steps = []
        for step in self.steps:
            recorded = progress.get(step.id)
            if recorded is None or step.status is StepStatus.NOT_APPLICABLE:
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


def checklist_for(program: Program, tier: Tier) -> Checklist:
    """Every onboarding step for ``tier``, open, or not applicable where its rules ask nothing."""
    req = tier.requirements
    benefits = tier.benefits
    vendor = program.vendor
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
            Step(
                StepId.NFR_LICENSE,
                NFR_LICENSE,
                NFR_LICENSE_TEXT.format(users=benefits.nfr_users),
            ),
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
            _has_text(benefits.listing),
            Step(
                StepId.LISTING,
                LISTING,
                LISTING_TEXT.format(listing=benefits.listing, vendor=vendor),
            ),
        ),
        _applies(
            bool(program.common_benefits.newsletter),
            Step(StepId.NEWSLETTER, NEWSLETTER, program.common_benefits.newsletter),
        ),
        Step(StepId.PARTNER_PORTAL, PARTNER_PORTAL, PARTNER_PORTAL_TEXT),
    ]
    return Checklist(program=program, tier=tier, steps=tuple(steps))


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
