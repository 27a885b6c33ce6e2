"""The due list from the store: the facts about each partner on a day, handed to the domain.

For every partner: the technicians' last courses, this year's trainings, the last backlink verdict
and when the site was last reached, the basic service agreement, this year's support calls and
marketing budget used, sent quotes not yet decided, and onboarding checklists with open steps and
the day they last changed. Read for all partners at once, one query per table and columns only
(``nspdesk.store.figures.all_records``): loading every partner's and every quote revision's ORM
objects took 8 s with 10 000 partners and 100 000 quotes.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import exists, select
from sqlalchemy.orm import Session, aliased, selectinload

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
from nspdesk.store.figures import (
    PartnerRecords,
    all_records,
    service_agreement_on,
)
from nspdesk.store.models import OnboardingChecklist, Partner, PartnerYear, Quote, QuoteRevision
from nspdesk.store.quotes import Status
from nspdesk.store.tiers import tier_columns


def due_list(
    session: Session,
    library: ProgramLibrary,
    today: date,
    thresholds: DueThresholds | None = None,
) -> list[DueItem]:
    """What needs action on ``today``, most urgent first."""
    program = library.edition_for(today)
    history, tier, msp_level = tier_columns(today)  # the tier each partner holds today
    partners = session.execute(
        select(Partner.id, Partner.company, Partner.track, tier, msp_level)
        .outerjoin(history, history.c.partner_id == Partner.id)
        .order_by(Partner.company, Partner.id)
    ).all()
    records = all_records(session, today.year, on=today)
    years = {
        partner_id: (calls, budget)
        for partner_id, calls, budget in session.execute(
            select(
                PartnerYear.partner_id,
                PartnerYear.support_calls_used,
                PartnerYear.marketing_budget_used,
            ).where(PartnerYear.year == today.year)
        )
    }
    quotes = _sent_quotes(session)
    checklists = _open_checklists(session)
    facts = []
    for partner in partners:
        # A partner added since the records were read has none yet.
        found = records.get(partner.id) or PartnerRecords(partner.id, partner.track, partner.tier)
        tier = partner.tier
        if tier in program.tiers and program.tier(tier).benefits_of:
            tier = partner.msp_level  # an MSP partner's duties are those of its revenue level
        trained = {Training(kind) for kind, on in found.trainings if on.year == today.year}
        calls, budget = years.get(partner.id, (0, ZERO))
        facts.append(
            DueFacts(
                partner_id=partner.id,
                company=partner.company,
                tier=tier,
                courses=tuple(Course(name, last) for name, last in found.courses),
                sales_training=Training.SALES in trained,
                tech_training=Training.TECHNICAL in trained,
                backlink=found.backlink,
                backlink_verified_on=found.reached_at.date() if found.reached_at else None,
                service_agreement=service_agreement_on(found.agreements, today),
                support_calls_used=calls,
                marketing_budget_used=budget,
                quotes=tuple(quotes.get(partner.id, ())),
                checklists=tuple(checklists.get(partner.id, ())),
            )
        )
    return due_items(program, facts, today, thresholds)


def _sent_quotes(session: Session) -> dict[int, list[OpenQuote]]:
    """Quotes whose current revision (no later one exists) is sent and undecided, by partner."""
    later = aliased(QuoteRevision)
    rows = session.execute(
        select(
            Quote.id,
            Quote.number,
            Quote.partner_id,
            QuoteRevision.number,
            QuoteRevision.valid_until,
        )
        .join(QuoteRevision, QuoteRevision.quote_id == Quote.id)
        .where(
            QuoteRevision.status == Status.SENT.value,
            ~exists().where(
                later.quote_id == QuoteRevision.quote_id, later.number > QuoteRevision.number
            ),
        )
        .order_by(Quote.id)
    )
    out: dict[int, list[OpenQuote]] = {}
    for quote_id, number, partner_id, revision, valid_until in rows:
        label = number if revision == 1 else f"{number}/{revision}"
        out.setdefault(partner_id, []).append(OpenQuote(quote_id, label, valid_until))
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
