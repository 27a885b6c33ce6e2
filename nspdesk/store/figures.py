"""A partner's figures for a year, from hand entries and won quotes, and the facts to evaluate.

Won quotes are those whose current revision was accepted in the year. Their revenue counts per line
category as the program says (``revenue = true`` in the rule file), monthly lines with their
first-year value; monthly Cloud lines also make up the MRR. Hand-entered figures cover business
outside the app; both are shown apart so the user sees where a number comes from.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from nspdesk.domain.compliance import Backlink, Evaluation, PartnerFacts, evaluate
from nspdesk.domain.decimals import ZERO
from nspdesk.domain.editions import ProgramLibrary
from nspdesk.domain.program import Billing, Program, Training
from nspdesk.store.errors import NotFoundError
from nspdesk.store.models import Partner, PartnerYear, Quote, QuoteRevision
from nspdesk.store.quotes import Status

BASIC_SERVICE_AGREEMENT = "basis-sv"
AGREEMENT_KINDS = {
    "partnervertrag": "Partnervereinbarung (Programm)",
    BASIC_SERVICE_AGREEMENT: "Basis-Servicevereinbarung",
    "PV": "Partnervereinbarung (PV, Support)",
    "SV": "Servicevereinbarung (SV)",
    "HSV": "Hersteller-Supportvertrag (HSV)",
}
# Backlink verdicts that say something about the site; "unreachable" keeps the last one standing.
_VERDICTS = {b.value: b for b in (Backlink.FOLLOW, Backlink.NOFOLLOW, Backlink.MISSING)}


@dataclass(frozen=True)
class YearFigures:
    year: int
    projects_manual: int = 0
    projects_won: int = 0
    revenue_manual: Decimal = ZERO
    revenue_won: Decimal = ZERO
    mrr_manual: Decimal = ZERO
    mrr_won: Decimal = ZERO

    @property
    def projects(self) -> int:
        return self.projects_manual + self.projects_won

    @property
    def revenue(self) -> Decimal:
        return self.revenue_manual + self.revenue_won

    @property
    def mrr(self) -> Decimal:
        return self.mrr_manual + self.mrr_won


def won_revisions(session: Session, partner_id: int, year: int) -> list[QuoteRevision]:
    start = datetime(year, 1, 1, tzinfo=UTC)
    end = datetime(year + 1, 1, 1, tzinfo=UTC)
    revisions = session.scalars(
        select(QuoteRevision)
        .join(Quote)
        .where(
            Quote.partner_id == partner_id,
            QuoteRevision.status == Status.ACCEPTED,
            QuoteRevision.decided_at >= start,
            QuoteRevision.decided_at < end,
        )
    ).all()
    return [r for r in revisions if r.quote.current is r]


def year_figures(session: Session, program: Program, partner_id: int, year: int) -> YearFigures:
    manual = session.scalars(
        select(PartnerYear).where(PartnerYear.partner_id == partner_id, PartnerYear.year == year)
    ).one_or_none()
    revenue = ZERO
    mrr = ZERO
    won = won_revisions(session, partner_id, year)
    for revision in won:
        for line in revision.lines:
            category = program.categories.get(line.category)
            if category is None or not category.revenue:
                continue
            revenue += line.net * category.billing.times_in_first_year
            if category.billing is Billing.MONTHLY and category.family == "cloud":
                mrr += line.net
    return YearFigures(
        year=year,
        projects_manual=manual.projects if manual else 0,
        projects_won=len(won),
        revenue_manual=manual.revenue if manual else ZERO,
        revenue_won=revenue,
        mrr_manual=manual.mrr if manual else ZERO,
        mrr_won=mrr,
    )


def last_backlink(partner: Partner) -> Backlink:
    """The newest verdict about the site; an unreachable site keeps the one before."""
    for check in reversed(partner.backlink_checks):
        if check.verdict in _VERDICTS:
            return _VERDICTS[check.verdict]
    return Backlink.UNKNOWN


def has_service_agreement(partner: Partner, on: date) -> bool:
    return any(
        a.kind == BASIC_SERVICE_AGREEMENT
        and a.signed_on <= on
        and (a.valid_until is None or a.valid_until >= on)
        for a in partner.agreements
    )


def partner_facts(
    session: Session, program: Program, partner: Partner, year: int, as_of: date
) -> tuple[PartnerFacts, YearFigures]:
    """The facts of ``partner`` for ``year`` as known on ``as_of``, and where the figures come from."""
    figures = year_figures(session, program, partner.id, year)
    trained = {Training(t.kind) for t in partner.trainings if t.attended_on.year == year}
    courses = tuple(
        t.last_course
        for t in partner.technicians
        if t.last_course is not None and t.last_course <= as_of
    )
    track = partner.track if partner.track != "msp" else "server"
    recorded = (
        partner.tier
        if partner.tier in program.tiers and program.tier(partner.tier).track == track
        else None
    )
    facts = PartnerFacts(
        track=track,
        year=year,
        as_of=as_of,
        projects=figures.projects,
        revenue=figures.revenue,
        mrr=figures.mrr,
        sales_training=Training.SALES in trained,
        tech_training=Training.TECHNICAL in trained,
        technicians_certified_on=courses,
        backlink=last_backlink(partner),
        service_agreement=has_service_agreement(partner, as_of),
        tier=recorded,
    )
    return facts, figures


@dataclass(frozen=True)
class PartnerEvaluation:
    """A partner's year evaluated under the edition valid on ``as_of``, with its figures' sources."""

    partner: Partner
    figures: YearFigures
    evaluation: Evaluation


def evaluate_partner(
    session: Session, library: ProgramLibrary, partner_id: int, year: int, as_of: date
) -> PartnerEvaluation:
    partner = session.get(Partner, partner_id)
    if partner is None:
        raise NotFoundError(f"Es gibt keinen Partner mit der ID {partner_id}.")
    program = library.edition_for(as_of)
    facts, figures = partner_facts(session, program, partner, year, as_of)
    return PartnerEvaluation(partner, figures, evaluate(program, facts))
