"""The due list from the store: the facts about each partner on a day, handed to the domain.

For every partner: the technicians' last courses, this year's trainings, the last backlink verdict
and when the site was last reached, the basic service agreement, this year's support calls and
marketing budget used, sent quotes not yet decided, and onboarding checklists with open steps and
the day they last changed.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from nspdesk.domain.compliance import Backlink
from nspdesk.domain.decimals import ZERO
from nspdesk.domain.due import (
    Course,
    DueFacts,
    DueItem,
    DueThresholds,
    OpenChecklist,
    OpenQuote,
    due_items,
)
from nspdesk.domain.editions import ProgramLibrary
from nspdesk.domain.onboarding import StepStatus
from nspdesk.domain.program import Training
from nspdesk.store.figures import has_service_agreement, last_backlink
from nspdesk.store.models import (
    OnboardingChecklist,
    Partner,
    PartnerYear,
    Quote,
    QuoteRevision,
    Technician,
)
from nspdesk.store.quotes import Status

# Verdicts from a check that reached the site (an unreachable site verifies nothing).
_REACHED = frozenset(b.value for b in (Backlink.FOLLOW, Backlink.NOFOLLOW, Backlink.MISSING))


def due_list(
    session: Session,
    library: ProgramLibrary,
    today: date,
    thresholds: DueThresholds | None = None,
) -> list[DueItem]:
    """What needs action on ``today``, most urgent first."""
    program = library.edition_for(today)
    partners = session.scalars(
        select(Partner)
        .options(
            selectinload(Partner.technicians).selectinload(Technician.courses),
            selectinload(Partner.trainings),
            selectinload(Partner.backlink_checks),
            selectinload(Partner.agreements),
        )
        .order_by(Partner.company, Partner.id)
    ).all()
    years = {
        row.partner_id: row
        for row in session.scalars(select(PartnerYear).where(PartnerYear.year == today.year))
    }
    quotes = _sent_quotes(session)
    checklists = _open_checklists(session)
    facts = []
    for partner in partners:
        tier = partner.tier
        if tier in program.tiers and program.tier(tier).benefits_of:
            tier = partner.msp_level  # an MSP partner's duties are those of its revenue level
        trained = {Training(t.kind) for t in partner.trainings if t.attended_on.year == today.year}
        reached = [c for c in partner.backlink_checks if c.verdict in _REACHED]
        year = years.get(partner.id)
        facts.append(
            DueFacts(
                partner_id=partner.id,
                company=partner.company,
                tier=tier,
                courses=tuple(
                    Course(t.name, t.last_course)
                    for t in partner.technicians
                    if t.last_course is not None
                ),
                sales_training=Training.SALES in trained,
                tech_training=Training.TECHNICAL in trained,
                backlink=last_backlink(partner),
                backlink_verified_on=reached[-1].checked_at.date() if reached else None,
                service_agreement=has_service_agreement(partner, today),
                support_calls_used=year.support_calls_used if year else 0,
                marketing_budget_used=year.marketing_budget_used if year else ZERO,
                quotes=tuple(quotes.get(partner.id, ())),
                checklists=tuple(checklists.get(partner.id, ())),
            )
        )
    return due_items(program, facts, today, thresholds)


def _sent_quotes(session: Session) -> dict[int, list[OpenQuote]]:
    """Quotes whose current revision is sent and undecided, by partner."""
    rows = session.execute(
        select(Quote.id, Quote.number, Quote.partner_id, QuoteRevision.number, QuoteRevision)
        .join(QuoteRevision, QuoteRevision.quote_id == Quote.id)
        .order_by(Quote.id, QuoteRevision.number)
    ).all()
    current: dict[int, tuple[int, str, int, QuoteRevision]] = {}
    for quote_id, number, partner_id, _, revision in rows:
        current[quote_id] = (quote_id, number, partner_id, revision)  # the last one wins
    out: dict[int, list[OpenQuote]] = {}
    for quote_id, number, partner_id, revision in current.values():
        if revision.status == Status.SENT.value:
            label = number if revision.number == 1 else f"{number}/{revision.number}"
            out.setdefault(partner_id, []).append(OpenQuote(quote_id, label, revision.valid_until))
    return out


def _open_checklists(session: Session) -> dict[int, list[OpenChecklist]]:
    """Per partner its newest checklist, when it has open steps, with its last change."""
    out: dict[int, list[OpenChecklist]] = {}
    checklists = session.scalars(
        select(OnboardingChecklist)
        .options(selectinload(OnboardingChecklist.steps))
        .order_by(OnboardingChecklist.partner_id, OnboardingChecklist.id.desc())
    )
    for checklist in checklists:
        if checklist.partner_id in out:
            continue  # an older checklist, replaced by a newer one
        open_steps = sum(1 for s in checklist.steps if s.status == StepStatus.OPEN.value)
        activity = [checklist.created_at.date(), checklist.updated_at.date()]
        activity += [s.done_on for s in checklist.steps if s.done_on is not None]
        out[checklist.partner_id] = (
            [OpenChecklist(checklist.id, checklist.target_tier, open_steps, max(activity))]
            if open_steps
            else []
        )
    return out
