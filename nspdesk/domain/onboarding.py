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
    title: str
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


def checklist_for(program: Program, tier: Tier) -> Checklist:
    """Every onboarding step for ``tier``, open, or not applicable where its rules ask nothing."""
    req = tier.requirements
    benefits = tier.benefits
    video = program.tracks[tier.track].trainings == "video"
    kind = "als Video" if video else "online"
    not_needed = (
        f"Wird für {tier.name} individuell mit der {program.vendor} vereinbart."
        if tier.granted_by_vendor
        else "Für diese Stufe nicht erforderlich."
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
            "Partnervertrag",
            f"Partnervertrag mit der {program.vendor} für die Stufe {tier.name} "
            "abschließen und gegengezeichnet ablegen.",
        ),
        _applies(
            req.service_agreement,
            Step(
                StepId.SERVICE_AGREEMENT,
                "Basis-Servicevereinbarung",
                f"Basis-Servicevereinbarung mit der {program.vendor} abschließen.",
            ),
        ),
        _applies(
            Training.SALES in req.trainings,
            Step(
                StepId.SALES_TRAINING,
                "Vertriebstraining" + (" (Video)" if video else ""),
                f"Ein Vertriebstraining {kind} absolvieren.",
            ),
        ),
        _applies(
            Training.TECHNICAL in req.trainings,
            Step(
                StepId.TECH_TRAINING,
                "Techniktraining" + (" (Video)" if video else ""),
                f"Ein technisches Training {kind} absolvieren.",
            ),
        ),
        _applies(
            req.certified_technicians > 0,
            Step(
                StepId.CERTIFICATION,
                "Zertifizierung",
                _certification_text(program, tier),
            ),
        ),
        _applies(
            benefits.nfr_users > 0,
            Step(
                StepId.NFR_LICENSE,
                "NFR-Lizenz",
                f"Kostenlose NFR-Lizenz für {benefits.nfr_users} Benutzer anfordern und einrichten.",
            ),
        ),
        _applies(
            req.backlink is not BacklinkRule.NONE,
            Step(
                StepId.BACKLINK,
                "Link auf www.nospamproxy.de",
                "Partnerschaft auf der eigenen Website nennen, mit Follow-Link auf "
                "www.nospamproxy.de "
                + (
                    "(Pflicht für diese Stufe)."
                    if req.backlink is BacklinkRule.REQUIRED
                    else "(empfohlen, keine Pflicht für diese Stufe)."
                ),
                required=req.backlink is BacklinkRule.REQUIRED,
            ),
        ),
        _applies(
            _has_text(benefits.listing),
            Step(
                StepId.LISTING,
                "Listung",
                f"{benefits.listing}: Angaben und Logo an die {program.vendor} senden.",
            ),
        ),
        _applies(
            bool(program.common_benefits.newsletter),
            Step(
                StepId.NEWSLETTER,
                "Partner-Newsletter",
                program.common_benefits.newsletter,
            ),
        ),
        Step(
            StepId.PARTNER_PORTAL,
            "Partnerportal",
            "Zugang zum Partnerportal beantragen: Marketingmaterial, Preislisten und Trainings.",
        ),
    ]
    return Checklist(program=program, tier=tier, steps=tuple(steps))


def _certification_text(program: Program, tier: Tier) -> str:
    count = tier.requirements.certified_technicians
    who = "1 Techniker" if count == 1 else f"{count} Techniker"
    return (
        f"{who} zur zweitägigen Administratorenschulung anmelden; die Zertifizierung gilt "
        f"{program.certification_valid_years} Jahre und ist danach zu erneuern."
    )


def _has_text(value: str) -> bool:
    """Rule files write "–" for a benefit a tier does not have."""
    return bool(value.strip(" -–"))
