"""Onboarding checklists in the store: started from the program's steps for a target tier, with the
progress (status, date, who) recorded per step."""

from __future__ import annotations

from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session, selectinload

from nspdesk.domain.compliance import Backlink
from nspdesk.domain.editions import ProgramLibrary
from nspdesk.domain.errors import InputError
from nspdesk.domain.messages import QT_TRANSLATE_NOOP
from nspdesk.domain.onboarding import (
    Checklist,
    PartnerRecords,
    StepId,
    StepProgress,
    StepStatus,
    checklist_for,
)
from nspdesk.domain.pricing import resolve_tier
from nspdesk.domain.program import Program, Tier, Training
from nspdesk.store.errors import NotFoundError
from nspdesk.store.figures import BASIC_SERVICE_AGREEMENT, records_of
from nspdesk.store.models import OnboardingChecklist, OnboardingStep, Partner

PARTNER_AGREEMENT = "partnervertrag"  # the program's partner agreement among AGREEMENT_KINDS

NO_PARTNER = QT_TRANSLATE_NOOP("Onboarding", "Es gibt keinen Partner mit der ID {id}.")
NO_STEP = QT_TRANSLATE_NOOP("Onboarding", "Checkliste {checklist} hat keinen Schritt {step}.")
NO_DATE = QT_TRANSLATE_NOOP("Onboarding", "ein erledigter Schritt braucht ein Datum")


def start(
    session: Session, library: ProgramLibrary, partner_id: int, target_tier: str, on: date
) -> OnboardingChecklist:
    """A new checklist for ``partner_id`` towards ``target_tier`` under the edition valid ``on``."""
    partner = session.get(Partner, partner_id)
    if partner is None:
        raise NotFoundError(NO_PARTNER.format(id=partner_id))
    program = library.edition_for(on)
    tier = resolve_tier(program, target_tier)
    steps = checklist_for(program, tier).steps
    checklist = OnboardingChecklist(
        partner_id=partner_id, target_tier=tier.id, edition=program.edition
    )
    for position, step in enumerate(steps, start=1):
        checklist.steps.append(
            OnboardingStep(position=position, step=step.id.value, status=step.status.value)
        )
    session.add(checklist)
    session.flush()
    return checklist


def record(
    session: Session,
    checklist_id: int,
    step: StepId,
    status: StepStatus,
    done_on: date | None = None,
    done_by: str = "",
    note: str = "",
) -> OnboardingStep:
    row = session.scalars(
        select(OnboardingStep).where(
            OnboardingStep.checklist_id == checklist_id, OnboardingStep.step == step.value
        )
    ).one_or_none()
    if row is None:
        raise NotFoundError(NO_STEP.format(checklist=checklist_id, step=repr(step.value)))
    if status is StepStatus.DONE and done_on is None:
        raise InputError("done_on", NO_DATE)
    row.status = status.value
    row.done_on = done_on if status is StepStatus.DONE else None
    row.done_by = done_by if status is StepStatus.DONE else ""
    row.note = note
    return row


def latest_for(session: Session, partner_id: int) -> OnboardingChecklist | None:
    return session.scalars(
        select(OnboardingChecklist)
        .where(OnboardingChecklist.partner_id == partner_id)
        .order_by(OnboardingChecklist.id.desc())
    ).first()


def latest_per_partner(session: Session) -> dict[int, OnboardingChecklist]:
    """Every partner's newest checklist (by partner id) with its steps, in two statements: the
    onboarding list asked ``latest_for`` once per partner (10 000 queries, 4 s on a big database
    at each opening of the view, issue 20)."""
    newest = (
        select(func.max(OnboardingChecklist.id))
        .group_by(OnboardingChecklist.partner_id)
        .scalar_subquery()
    )
    rows = session.scalars(
        select(OnboardingChecklist)
        .where(OnboardingChecklist.id.in_(newest))
        .options(selectinload(OnboardingChecklist.steps))
    )
    return {row.partner_id: row for row in rows}


def as_checklist(
    library: ProgramLibrary, stored: OnboardingChecklist, level: str | None = None
) -> Checklist:
    """The domain checklist of the stored one's edition and tier, with its recorded progress;
    ``level``: the tier whose benefits a vendor-granted tier gets (an MSP's recorded level)."""
    program = library.edition(stored.edition)
    progress = {
        StepId(row.step): StepProgress(StepStatus(row.status), row.done_on, row.done_by)
        for row in stored.steps
    }
    tier = program.tier(stored.target_tier)
    return checklist_for(program, tier, benefit_level(program, level)).with_progress(progress)


def benefit_level(program: Program, level: str | None) -> Tier | None:
    """The tier ``level`` names in ``program``, None when it names none (or nothing)."""
    return program.tiers.get(level) if level else None


def partner_records(partner: Partner, on: date) -> PartnerRecords:
    """What ``partner``'s records hold that can prove an onboarding step done on ``on``."""

    def signed(kind: str) -> date | None:
        days = [
            a.signed_on
            for a in partner.agreements
            if a.kind == kind
            and a.signed_on <= on
            and (a.valid_until is None or a.valid_until >= on)
        ]
        return max(days, default=None)

    kinds = {t.value: t for t in Training}
    known = records_of(partner)  # the backlink verdict as the evaluation reads it
    return PartnerRecords(
        partner_agreement=signed(PARTNER_AGREEMENT),
        service_agreement=signed(BASIC_SERVICE_AGREEMENT),
        trainings=tuple(
            (kinds[t.kind], t.attended_on, t.attendee) for t in partner.trainings if t.kind in kinds
        ),
        courses=known.courses,
        follow_link=(
            known.reached_at.date()
            if known.backlink is Backlink.FOLLOW and known.reached_at is not None
            else None
        ),
        nfr_licences=tuple(n.issued_on for n in partner.nfr_licences),
    )
