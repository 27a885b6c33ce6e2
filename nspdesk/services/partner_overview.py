"""What the Partner view shows, read in one session per action and handed out as plain objects.

The partner list pages from the database (issue 20): ``partner_page`` answers a window of rows in
the list's search, filters and order and their count; the traffic light (``nspdesk.domain.
standing``) is kept in the database with what it was worked out from (``store.standings``,
migration 0011), and only the standings whose facts, reference day or edition changed are worked
out again, from facts read in bulk (``nspdesk.store.figures.all_partner_facts``), in a transaction
of their own. ``partner_overview`` is the whole list the same way. ``partner_detail`` reads one
partner with everything recorded about it; ``review_pdf`` makes its annual review. Nothing here
keeps an ORM object beyond its session: a read session rolls back at its end, which expires them.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime
from enum import StrEnum
from pathlib import Path
from typing import Any, NamedTuple
from weakref import WeakKeyDictionary, WeakSet

from sqlalchemy.orm import Session

from nspdesk import __version__
from nspdesk.domain import text_json
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
from nspdesk.domain.messages import Term
from nspdesk.domain.partner_input import ContactInput, PartnerInput, YearInput
from nspdesk.domain.program import Program
from nspdesk.domain.standing import Standing, StandingResult, standing_of, standing_of_recorded
from nspdesk.domain.year_figures import CountedQuote, YearFigures
from nspdesk.services import keeping
from nspdesk.services.list_counts import RunningCounts
from nspdesk.services.partners import stored_counters
from nspdesk.services.workspace import Workspace
from nspdesk.store import standings
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
from nspdesk.store.tiers import tier_on

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


class _Wording:
    """The gaps' sentences by requirement result (``compliance.gap_sentences``), kept at the edge:
    when every standing is worked out (a new day, a new edition), of some 16 000 sentences 2 000
    differ, and each formats money or fills a template. Bounded."""

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


# --- the kept standings (issue 20) --------------------------------------------------------------

# The list's order of the traffic light: the partners that need attention first.
STANDING_ORDER = {Standing.BELOW: 0, Standing.AT_RISK: 1, Standing.MEETS: 2, Standing.NONE: 3}
_BY_ID = 1000  # below this many stale standings their facts are read by partner, else in bulk


class _RuleFiles:
    """A digest of each rule file, read again only when the file changes (size, time)."""

    def __init__(self) -> None:
        self._known: dict[str, tuple[tuple[int, int], str]] = {}

    def digest(self, file: str) -> str:
        path = Path(file)
        try:
            info = path.stat()
        except OSError:
            return "-"
        stamp = (info.st_size, info.st_mtime_ns)
        known = self._known.get(file)
        if known is None or known[0] != stamp:
            known = self._known[file] = (stamp, hashlib.sha256(path.read_bytes()).hexdigest()[:16])
        return known[1]


_RULE_FILES = _RuleFiles()


def edition_key(program: Program) -> str:
    """What a kept standing was judged by: the edition's name, a digest of its rule file and the
    app's version (a new release may read the rules differently)."""
    return f"{program.edition}:{_RULE_FILES.digest(program.file) if program.file else '-'}:{__version__}"


def _tier_keys(program: Program) -> dict[str | None, int]:
    """The list's order of the tiers: by track, then rank; no tier last."""
    tracks = list(program.tracks)
    ordered = sorted(
        program.tiers.values(),
        key=lambda t: (tracks.index(t.track) if t.track in tracks else len(tracks), t.rank),
    )
    keys: dict[str | None, int] = {tier.id: index for index, tier in enumerate(ordered)}
    keys[None] = len(ordered)
    return keys


def _check_json(check: CheckRecord | None) -> str | None:
    if check is None:
        return None
    return json.dumps(
        [
            check.verdict,
            check.url,
            check.final_url,
            check.checked_at.isoformat(),
            check.detail,
            check.http_status,
        ],
        ensure_ascii=False,
    )


def _check_of(stored: str | None) -> CheckRecord | None:
    if stored is None:
        return None
    verdict, url, final_url, checked_at, detail, status = json.loads(stored)
    return CheckRecord(verdict, url, final_url, datetime.fromisoformat(checked_at), detail, status)


def _worked_out(
    session: Session,
    program: Program,
    key: str,
    year: int,
    as_of: date,
    partners: Sequence[standings.Stale],
) -> list[standings.Kept]:
    """The standings of ``partners`` for ``year``, worked out by the rules from their facts."""
    if not partners:
        return []
    only = [p.id for p in partners] if len(partners) < _BY_ID else None
    found = all_partner_facts(
        session, program, year, as_of, [(p.id, p.track, p.tier) for p in partners], only
    )
    tier_keys = _tier_keys(program)
    names: dict[tuple[str, str | None, str | None], str] = {}
    out = []
    for partner in partners:
        found_names = names.get((partner.track, partner.tier, partner.msp_level))
        if found_names is None:
            found_names = names[partner.track, partner.tier, partner.msp_level] = _search_names(
                _names(program, partner.track, partner.tier, partner.msp_level)
            )
        facts, _, records = found[partner.id]
        standing = _evaluated(program, facts)
        check = _check_row(records.last_check, as_of)
        out.append(
            standings.Kept(
                partner.id,
                year,
                as_of,
                key,
                partner.generation,
                standing.standing.value,
                STANDING_ORDER[standing.standing],
                partner.company.casefold(),
                partner.tier,
                partner.msp_level,
                tier_keys.get(partner.tier, len(tier_keys)),
                check.verdict if check else "~",
                check.age_days if check else 0,
                records.backlink.value,
                _check_json(records.last_check),
                text_json.dump(standing.reasons),
                found_names,
            )
        )
    return out


def _search_names(names: Iterable[str | None]) -> str:
    """The track's and tier's names as a search finds them: in every language the rule file
    words them, in lower case."""
    words: dict[str, None] = {}
    for name in names:
        if name:
            for worded in (name, *(name.translations.values() if isinstance(name, Term) else ())):
                words[str.__str__(worded).lower()] = None
    return " ".join(words)


def refresh_standings(workspace: Workspace, year: int, as_of: date) -> int:
    """Work out again the standings for ``year`` that no longer hold (facts changed since, another
    reference day or edition) and keep them, in one transaction; how many there were. A database
    opened read-only keeps nothing: every standing is worked out and held in memory instead; so
    does one that cannot keep them now (a full disk, ``services.keeping``)."""
    program = workspace.library.edition_for(as_of)
    key = edition_key(program)
    if workspace.database.read_only is None:
        with workspace.database.read() as session:
            if not standings.any_stale(session, year, as_of, key):
                _UNKEPT.discard(workspace.database)
                return 0
        done = _keep(workspace, program, key, year, as_of)
        if done is not None:
            return done
    return len(_in_memory(workspace, program, year, as_of, again=True))


# The databases that could not keep their standings (a full disk, a drive that turned read-only,
# a lock held too long): their list is worked out in memory, as a read-only database's is, until
# keeping them works again (tried whenever the list is worked out, ``work_out``).
_UNKEPT: WeakSet[Any] = WeakSet()


def _keep(workspace: Workspace, program: Program, key: str, year: int, as_of: date) -> int | None:
    """Keep the standings that no longer hold; how many there were, or None when the database
    cannot store them now (``services.keeping``)."""

    def keep() -> int:
        with workspace.database.write() as session:
            stale = standings.stale(session, year, as_of, key)  # again, in the writing transaction
            standings.keep(session, _worked_out(session, program, key, year, as_of, stale))
            standings.forget_gone(session)
            return len(stale)

    done = keeping.kept(keep)
    if done is None:
        _UNKEPT.add(workspace.database)
    else:
        _UNKEPT.discard(workspace.database)
    return done


def _in_memory_only(workspace: Workspace) -> bool:
    """Whether the list is worked out in memory: a database opened read-only, or one that could
    not keep its standings."""
    return workspace.database.read_only is not None or workspace.database in _UNKEPT


PartnerQuery = standings.StandingQuery
SORT_KEYS = standings.SORT_KEYS
NO_TIER = standings.NO_TIER


@dataclass(frozen=True)
class PartnerPage:
    """A window of the partner list, how many partners the list has (``count``) and how many there
    are without search and filters (``total``)."""

    count: int
    total: int
    offset: int
    rows: tuple[PartnerRow, ...]


class _Sentences:
    """Kept sentences read back (``text_json.load``) by their JSON: many partners share the same
    gaps, and a keystroke reads 60 rows. Bounded."""

    LIMIT = 4096

    def __init__(self) -> None:
        self._known: dict[str, tuple[str, ...]] = {}

    def __call__(self, stored: str) -> tuple[str, ...]:
        known = self._known.get(stored)
        if known is None:
            if len(self._known) >= self.LIMIT:
                self._known.clear()
            known = self._known[stored] = text_json.load(stored)
        return known


_SENTENCES = _Sentences()


def _listed(program: Program, as_of: date, rows: Iterable[standings.ListedRow]) -> list[PartnerRow]:
    names: dict[tuple[str, str | None, str | None], tuple[str, str, str | None]] = {}
    out = []
    for partner_id, company, customer_number, city, track, kept in rows:
        shown = names.get((track, kept.tier, kept.msp_level))
        if shown is None:
            shown = names[track, kept.tier, kept.msp_level] = _names(
                program, track, kept.tier, kept.msp_level
            )
        track_name, tier_name, revenue_level = shown
        out.append(
            PartnerRow(
                partner_id,
                company,
                customer_number,
                city,
                track,
                track_name,
                kept.tier,
                tier_name,
                Standing(kept.standing),
                _SENTENCES(kept.reasons),
                revenue_level or "",
                _check_row(_check_of(kept.last_check), as_of),
                Backlink(kept.backlink),
                revenue_level is None,
            )
        )
    return out


def partner_page(
    workspace: Workspace,
    query: PartnerQuery,
    as_of: date,
    offset: int,
    limit: int,
    work_out: bool = True,
) -> PartnerPage:
    """Rows ``offset`` … ``offset + limit`` of the partners ``query`` searches, filters and orders,
    with their standing for ``query.year`` as known on ``as_of``, and their count. The standings
    that no longer hold are worked out first (``refresh_standings``), unless ``work_out`` is
    False (a keystroke in a list read a moment ago: a query only); the rest is a query."""
    program = workspace.library.edition_for(as_of)
    database = workspace.database
    if database.read_only is None and (work_out or database not in _UNKEPT):
        key = edition_key(program)
        with database.read() as session:  # one session when nothing is stale
            if not work_out or not standings.any_stale(session, query.year, as_of, key):
                if work_out:
                    _UNKEPT.discard(database)
                return _counted_page(database, session, program, query, as_of, offset, limit)
        if _keep(workspace, program, key, query.year, as_of) is not None:
            with database.read() as session:
                return _counted_page(database, session, program, query, as_of, offset, limit)
    # read-only, or the standings could not be kept: worked out in memory
    everyone = _in_memory(workspace, program, query.year, as_of, again=work_out)
    found = standings.arranged(everyone, query)
    rows = _listed(program, as_of, found[offset : offset + limit])
    return PartnerPage(len(found), len(everyone), offset, tuple(rows))


def _with_names(program: Program, query: PartnerQuery) -> PartnerQuery:
    """``query`` knowing the names a search may find in the kept standings (``names``)."""
    return replace(query, names=_program_names(program))


def _program_names(program: Program) -> str:
    """Every track's and tier's name of ``program``, as ``_search_names`` keeps them."""
    return _search_names(
        [t.name for t in program.tracks.values()] + [t.name for t in program.tiers.values()]
    )


# the list's count in a worker thread (a page of no rows), stopped when another list is asked for
_COUNTS = RunningCounts()


def _counted_page(
    database: Any,
    session: Session,
    program: Program,
    query: PartnerQuery,
    as_of: date,
    offset: int,
    limit: int,
) -> PartnerPage:
    """``_page``; a page of no rows (the list's count after a keystroke, in a worker thread) is
    stopped when a keystroke asks for another list meanwhile (``CountSuperseded``,
    ``list_counts``), as the quote list's count is."""
    if limit > 0:
        return _page(session, program, query, as_of, offset, limit)
    with _COUNTS.counting(database, query, session):
        return _page(session, program, query, as_of, offset, limit)


def _page(
    session: Session, program: Program, query: PartnerQuery, as_of: date, offset: int, limit: int
) -> PartnerPage:
    query = _with_names(program, query)
    count = standings.count(session, query)
    everything = query.everything()
    return PartnerPage(
        count=count,
        total=count if query == everything else standings.count(session, everything),
        offset=offset,
        rows=tuple(_listed(program, as_of, standings.window(session, query, offset, limit, count))),
    )


def partner_rows(
    workspace: Workspace, query: PartnerQuery, as_of: date, offset: int, limit: int
) -> list[PartnerRow]:
    """Rows ``offset`` … ``offset + limit`` of the list (scrolling: no count, nothing worked out)."""
    program = workspace.library.edition_for(as_of)
    if _in_memory_only(workspace):
        everyone = _in_memory(workspace, program, query.year, as_of)
        return _listed(program, as_of, standings.arranged(everyone, query)[offset : offset + limit])
    with workspace.database.read() as session:
        if offset <= 0:  # the list read from its top (a keystroke): another's count stopped
            _COUNTS.supersede(workspace.database, query, session)
        return _listed(
            program, as_of, standings.window(session, _with_names(program, query), offset, limit)
        )


def partner_position(
    workspace: Workspace, query: PartnerQuery, as_of: date, partner_id: int
) -> int | None:
    """Where partner ``partner_id`` stands in the list ``query`` describes; None: not in it."""
    if _in_memory_only(workspace):
        program = workspace.library.edition_for(as_of)
        everyone = _in_memory(workspace, program, query.year, as_of)
        ids = [row.id for row in standings.arranged(everyone, query)]
        return ids.index(partner_id) if partner_id in ids else None
    program = workspace.library.edition_for(as_of)
    with workspace.database.read() as session:
        return standings.position(session, _with_names(program, query), partner_id)


# What a database opened read-only cannot keep, held here instead: by database, the rows of one
# year, reference day and edition, worked out again when the list is read again (``again``).
_HELD: WeakKeyDictionary[Any, tuple[tuple[int, date, str], list[standings.ListedRow]]] = (
    WeakKeyDictionary()
)


def _in_memory(
    workspace: Workspace, program: Program, year: int, as_of: date, again: bool = False
) -> list[standings.ListedRow]:
    """Every partner's standing for ``year``, worked out now and kept nowhere: a database opened
    read-only (or one whose disk is full) cannot keep them (the list as before issue 20, worked
    out when it is read)."""
    key = edition_key(program)
    held = _HELD.get(workspace.database)
    if held is not None and held[0] == (year, as_of, key) and not again:
        return held[1]
    with workspace.database.read() as session:
        partners = standings.partners_of(session, as_of)
        kept = _worked_out(session, program, key, year, as_of, [p for p, _, _ in partners])
    listed = [
        standings.ListedRow(p.id, p.company, number, city, p.track, k)
        for (p, number, city), k in zip(partners, kept, strict=True)
    ]
    _HELD[workspace.database] = ((year, as_of, key), listed)
    return listed


def partner_overview(workspace: Workspace, year: int, as_of: date) -> list[PartnerRow]:
    """Every partner with its standing for ``year`` as known on ``as_of``, ordered by company."""
    query = PartnerQuery(year)
    everyone = partner_page(workspace, query, as_of, 0, 0)
    return list(partner_rows(workspace, query, as_of, 0, everyone.total))


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
