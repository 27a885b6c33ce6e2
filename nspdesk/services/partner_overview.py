"""What the Partner view shows, read in one session per action and handed out as plain objects.

``partner_overview`` evaluates every partner for the list (with the traffic light of
``nspdesk.domain.standing``), reading all partners' records in bulk (one query per table, see
``nspdesk.store.figures.all_partner_facts``); ``partner_detail`` reads one partner with everything
recorded about it; ``review_pdf`` makes its annual review. Nothing here keeps an ORM object beyond
its session: a read session rolls back at its end, which expires them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum
from typing import NamedTuple

from sqlalchemy import select
from sqlalchemy.orm import Session

from nspdesk.domain.certification import valid_through
from nspdesk.domain.compliance import (
    Backlink,
    Evaluation,
    PartnerFacts,
    RequirementResult,
    check_recorded,
    gap_sentences,
)
from nspdesk.domain.editions import ProgramLibrary
from nspdesk.domain.errors import InputError
from nspdesk.domain.partner_input import ContactInput, PartnerInput, YearInput
from nspdesk.domain.program import Program
from nspdesk.domain.standing import Standing, StandingResult, standing_of, standing_of_recorded
from nspdesk.domain.year_figures import CountedQuote, YearFigures
from nspdesk.services.collector import collector_paused
from nspdesk.services.partners import stored_counters
from nspdesk.services.workspace import Workspace
from nspdesk.store.figures import (
    AGREEMENT_KINDS,
    CheckRecord,
    all_partner_facts,
    check_record,
    evaluate_partner,
    last_backlink,
)
from nspdesk.store.models import Partner
from nspdesk.store.partner_records import nfr_entitlement
from nspdesk.store.partners import get_partner
from nspdesk.store.tiers import Standing as HeldTier
from nspdesk.store.tiers import tier_columns, tier_on

UNREACHABLE = "unreachable"


class CheckRow(NamedTuple):
    """One stored backlink check."""

    verdict: str  # follow, nofollow, missing, unreachable
    url: str
    checked_at: datetime
    age_days: int  # days before the reference date
    detail: str = ""
    http_status: int | None = None


class PartnerRow(NamedTuple):
    """One line of the partner list."""

    id: int
    company: str
    customer_number: str
    city: str
    track: str
    track_name: str
    tier: str | None
    tier_name: str  # "" without a tier
    standing: Standing
    reasons: tuple[str, ...]
    revenue_level: str = ""  # MSP: the name of the tier whose benefits apply ("" if none is set)
    last_check: CheckRow | None = None
    backlink: Backlink = Backlink.UNKNOWN  # the verdict that counts (unreachable keeps the last)
    revenue_level_open: bool = False  # MSP without a revenue level on record

    @property
    def backlink_verdict(self) -> str | None:
        return self.last_check.verdict if self.last_check else None

    @property
    def backlink_age_days(self) -> int | None:
        return self.last_check.age_days if self.last_check else None


def _check_row(check: CheckRecord | None, as_of: date) -> CheckRow | None:
    if check is None:
        return None
    checked_on = check.checked_at.astimezone().date()
    return CheckRow(
        verdict=check.verdict,
        url=check.final_url or check.url,
        checked_at=check.checked_at,
        age_days=(as_of - checked_on).days,
        detail=check.detail,
        http_status=check.http_status,
    )


def _standing(
    library: ProgramLibrary, session: Session, partner_id: int, year: int, as_of: date
) -> tuple[Evaluation | None, YearFigures | None, StandingResult, tuple[CountedQuote, ...]]:
    try:
        result = evaluate_partner(session, library, partner_id, year, as_of)
    except InputError as error:
        return None, None, StandingResult(Standing.NONE, (error.message,)), ()
    return result.evaluation, result.figures, standing_of(result.evaluation), result.counted


class _Standings:
    """Standings worked out before, by partner, with the facts they come from (the rules are pure
    functions of the edition and the facts). The list is read again each time the Partner view is
    shown; a partner whose facts are unchanged then costs a comparison. Bounded, and emptied when
    another edition applies."""

    LIMIT = 100_000

    def __init__(self) -> None:
        self._program: Program | None = None
        self._facts: dict[int, PartnerFacts] = {}
        self._standings: dict[int, StandingResult] = {}

    def of(self, program: Program, partner_id: int, facts: PartnerFacts) -> StandingResult:
        if program is not self._program or len(self._facts) >= self.LIMIT:
            self._program, self._facts, self._standings = program, {}, {}
        if self._facts.get(partner_id) == facts:
            return self._standings[partner_id]
        standing = self._standings[partner_id] = _evaluated(program, facts)
        self._facts[partner_id] = facts
        return standing


class _Wording:
    """The gaps' sentences by requirement result (``compliance.gap_sentences``), kept at the edge
    for the bench target of the list (< 0.5 s for 10 000 partners): of some 16 000 sentences a
    pass, 2 000 differ, and each formats money or fills a template. Bounded."""

    LIMIT = 8192

    def __init__(self) -> None:
        self._known: dict[tuple[RequirementResult, bool], list[str]] = {}

    def __call__(self, result: RequirementResult, facts: PartnerFacts, video: bool) -> list[str]:
        known = self._known.get((result, video))
        if known is None:
            if len(self._known) >= self.LIMIT:
                self._known.clear()
            known = self._known[result, video] = list(gap_sentences(result, facts, video))
        return known


_WORDING = _Wording()


def _evaluated(program: Program, facts: PartnerFacts) -> StandingResult:
    """``_standing`` from facts read in bulk: the list's traffic light needs the recorded tier
    only, not the evaluation of every tier of the track (the same results and sentences)."""
    try:
        check = check_recorded(program, facts, _WORDING)
    except InputError as error:
        return StandingResult(Standing.NONE, (error.message,))
    return standing_of_recorded(check)


_STANDINGS = _Standings()


def _revenue_level(program: Program, tier_id: str | None, msp_level: str | None) -> str | None:
    """An MSP's revenue level: the name of the tier whose benefits apply, None while none is set;
    "" for every other partner."""
    tier = program.tiers.get(tier_id or "")
    if tier is None or not tier.benefits_of:
        return ""
    level = program.tiers.get(msp_level or "")
    return level.name if level else None


def _names(
    program: Program, track_id: str, tier_id: str | None, msp_level: str | None
) -> tuple[str, str, str | None]:
    """The list's track name, tier name and revenue level of a partner."""
    track = program.tracks.get(track_id)
    tier = program.tiers.get(tier_id or "")
    return (
        track.name if track else track_id,
        tier.name if tier else (tier_id or ""),
        _revenue_level(program, tier_id, msp_level),
    )


def partner_overview(workspace: Workspace, year: int, as_of: date) -> list[PartnerRow]:
    """Every partner with its standing for ``year`` as known on ``as_of``, ordered by company."""
    program = workspace.library.edition_for(as_of)
    # The collector is paused at this edge, not in the rules: the bench target for 10 000 partners.
    with workspace.database.read() as session, collector_paused():
        # What ``_rows`` reads in bulk is freed when it returns, before the collector runs again:
        # its first pass then walks the rows and the standings kept, not every record read.
        return _rows(session, program, year, as_of)


def _rows(session: Session, program: Program, year: int, as_of: date) -> list[PartnerRow]:
    history, tier, msp_level = tier_columns(as_of)  # the tier each partner holds on ``as_of``
    partners = (
        session.connection()
        .execute(
            select(
                Partner.id,
                Partner.company,
                Partner.customer_number,
                Partner.city,
                Partner.track,
                tier,
                msp_level,
            )
            .outerjoin(history, history.c.partner_id == Partner.id)
            .order_by(Partner.company, Partner.id)
        )
        .all()
    )
    found = all_partner_facts(
        session, program, year, as_of, [(p.id, p.track, p.tier) for p in partners]
    )
    names: dict[tuple[str, str | None, str | None], tuple[str, str, str | None]] = {}
    rows = []
    for partner_id, company, customer_number, city, track, tier, msp_level in partners:
        facts, _, records = found[partner_id]  # the records of exactly these partners
        standing = _STANDINGS.of(program, partner_id, facts)
        shown = names.get((track, tier, msp_level))
        if shown is None:
            shown = names[track, tier, msp_level] = _names(program, track, tier, msp_level)
        track_name, tier_name, revenue_level = shown
        rows.append(
            PartnerRow(
                partner_id,
                company,
                customer_number,
                city,
                track,
                track_name,
                tier,
                tier_name,
                standing.standing,
                standing.reasons,
                revenue_level or "",
                _check_row(records.last_check, as_of),
                records.backlink,
                revenue_level is None,
            )
        )
    return rows


# --- one partner --------------------------------------------------------------------------------


class CertificationState(StrEnum):
    VALID = "valid"
    EXPIRING = "expiring"  # within the program's warn days
    EXPIRED = "expired"
    NONE = "none"  # no course yet


@dataclass(frozen=True)
class CourseRow:
    id: int
    completed_on: date


@dataclass(frozen=True)
class TechnicianRow:
    id: int
    name: str
    email: str
    courses: tuple[CourseRow, ...]
    valid_through: date | None
    state: CertificationState
    days_left: int | None

    @property
    def last_course(self) -> date | None:
        return self.courses[-1].completed_on if self.courses else None


@dataclass(frozen=True)
class TrainingRow:
    id: int
    kind: str
    format: str
    attended_on: date
    attendee: str


@dataclass(frozen=True)
class AgreementRow:
    id: int
    kind: str
    kind_name: str
    signed_on: date
    valid_until: date | None
    customer: str
    note: str


@dataclass(frozen=True)
class NfrRow:
    id: int
    issued_on: date
    users: int
    reference: str


@dataclass(frozen=True)
class PartnerDetail:
    id: int
    master: PartnerInput
    contacts: tuple[ContactInput, ...]
    year: int
    as_of: date
    program: Program
    figures: YearFigures
    counted: tuple[CountedQuote, ...]  # the won quotes that made the year's realised projects
    counters: YearInput  # the hand-entered row of the year (zeros when there is none)
    evaluation: Evaluation | None  # None when the year cannot be evaluated (see ``standing``)
    standing: StandingResult
    trainings: tuple[TrainingRow, ...]
    technicians: tuple[TechnicianRow, ...]
    agreements: tuple[AgreementRow, ...]
    nfr_licences: tuple[NfrRow, ...]
    last_check: CheckRow | None
    backlink: Backlink
    nfr_users: int  # the users the tier's free NFR licence grants
    version: int = 0  # of the master data as read: a save from this copy is checked against it


def certification_state(
    program: Program, last_course: date | None, as_of: date
) -> tuple[date | None, CertificationState, int | None]:
    """The technician's certification on ``as_of``: valid through, state, days left."""
    if last_course is None:
        return None, CertificationState.NONE, None
    through = valid_through(last_course, program.certification_valid_years)
    left = (through - as_of).days
    if left < 0:
        return through, CertificationState.EXPIRED, left
    if left <= program.certification_warn_days:
        return through, CertificationState.EXPIRING, left
    return through, CertificationState.VALID, left


def _master(partner: Partner, held: HeldTier) -> PartnerInput:
    """The master data as the form edits it, with the tier ``held`` on the form's day."""
    return PartnerInput(
        company=partner.company,
        track=partner.track,
        tier=held.tier,
        customer_number=partner.customer_number,
        street=partner.street,
        postal_code=partner.postal_code,
        city=partner.city,
        country=partner.country,
        vat_id=partner.vat_id,
        website=partner.website,
        backlink_url=partner.backlink_url,
        msp_level=held.msp_level,
        reseller_only=partner.reseller_only,
        partner_since=partner.partner_since,
        notes=partner.notes,
    )


def partner_detail(workspace: Workspace, partner_id: int, year: int, as_of: date) -> PartnerDetail:
    library = workspace.library
    program = library.edition_for(as_of)
    with workspace.database.read() as session:
        partner = get_partner(session, partner_id)
        held = tier_on(session, partner, as_of)
        evaluation, figures, standing, counted = _standing(
            library, session, partner_id, year, as_of
        )
        technicians = []
        for technician in partner.technicians:
            courses = tuple(CourseRow(c.id, c.completed_on) for c in technician.courses)
            through, state, left = certification_state(program, technician.last_course, as_of)
            technicians.append(
                TechnicianRow(
                    technician.id, technician.name, technician.email, courses, through, state, left
                )
            )
        return PartnerDetail(
            id=partner.id,
            master=_master(partner, held),
            contacts=tuple(
                ContactInput(
                    c.name, c.role, c.email, c.phone, c.primary, c.id, c.salutation, c.title
                )
                for c in partner.contacts
            ),
            year=year,
            as_of=as_of,
            program=program,
            figures=figures or YearFigures(year),
            counted=counted,
            counters=stored_counters(next((y for y in partner.years if y.year == year), None)),
            evaluation=evaluation,
            standing=standing,
            trainings=tuple(
                TrainingRow(t.id, t.kind, t.format, t.attended_on, t.attendee)
                for t in partner.trainings
            ),
            technicians=tuple(technicians),
            agreements=tuple(
                AgreementRow(
                    a.id,
                    a.kind,
                    AGREEMENT_KINDS.get(a.kind, a.kind),
                    a.signed_on,
                    a.valid_until,
                    a.customer,
                    a.note,
                )
                for a in partner.agreements
            ),
            nfr_licences=tuple(
                NfrRow(n.id, n.issued_on, n.users, n.reference) for n in partner.nfr_licences
            ),
            last_check=_check_row(
                check_record(partner.backlink_checks[-1]) if partner.backlink_checks else None,
                as_of,
            ),
            backlink=last_backlink(partner),
            nfr_users=nfr_entitlement(program, held),
            version=partner.version,
        )


def review_pdf(workspace: Workspace, partner_id: int, year: int, as_of: date) -> tuple[bytes, str]:
    """The partner's annual review for ``year`` as a letter to it, and a file name to suggest."""
    from nspdesk.documents.annual_review_pdf import annual_review_pdf
    from nspdesk.store.printing import addressee
    from nspdesk.store.sender import load_sender

    with workspace.database.read() as session:
        partner = get_partner(session, partner_id)
        result = evaluate_partner(session, workspace.library, partner_id, year, as_of)
        contact = partner.main_contact
        to = addressee(partner, contact.name if contact else "")
        sender = load_sender(session)
        slug = "-".join("".join(ch if ch.isalnum() else " " for ch in partner.company).split())
    data = annual_review_pdf(result.evaluation, to, sender)
    return data, f"Jahresbericht-{year}-{slug}.pdf"
