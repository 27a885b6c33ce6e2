"""A partner's figures for a year, from hand entries and won quotes, and the facts to evaluate.

Won quotes are those whose current revision was accepted in the year. A won quote is a realised
project when one of its lines is of a category that counts (``revenue = true`` in the rule file), and
its revenue counts per line category likewise, monthly lines with their first-year value; monthly
Cloud lines also make up the MRR (``nspdesk.domain.year_figures.count_quote``). A quote of the
partner's own purchases only (own-use or NFR licences) is neither. Hand-entered figures cover
business outside the app; both are shown apart so the user sees where a number comes from, and the
projects that counted are listed (``counted_quotes``).

One partner (``partner_facts``, ``evaluate_partner``) is read through its ORM object; every partner at
once (``all_partner_facts``, ``all_records``) with one query per table and columns only, because
reading 10 000 partners one by one took ten queries each (35 s). Both paths hand plain
:class:`PartnerRecords` to the same ``facts_of``; tests compare their facts partner by partner.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any, Literal, NamedTuple

from sqlalchemy import (
    BigInteger,
    and_,
    case,
    cast,
    exists,
    func,
    null,
    or_,
    select,
    type_coerce,
)
from sqlalchemy.orm import Session, aliased

from nspdesk.domain.compliance import Backlink, Evaluation, PartnerFacts, evaluate
from nspdesk.domain.decimals import ZERO
from nspdesk.domain.editions import ProgramLibrary
from nspdesk.domain.program import Billing, Program, Training
from nspdesk.domain.year_figures import (
    CountedQuote,
    YearFigures,
    count_quote,
    won_figures,
)
from nspdesk.store.errors import NotFoundError
from nspdesk.store.models import (
    AdminCourse,
    Agreement,
    BacklinkCheck,
    Partner,
    PartnerYear,
    Quote,
    QuoteLineRow,
    QuoteRevision,
    Technician,
    TrainingRecord,
)
from nspdesk.store.quotes import Status
from nspdesk.store.tiers import tier_columns, tier_on
from nspdesk.store.types import Money

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
_TRAININGS = {t.value: t for t in Training}  # a lookup is cheaper than calling the enum


class Agreed(NamedTuple):
    """An agreement as far as the evaluation reads it."""

    kind: str
    signed_on: date
    valid_until: date | None


class CheckRecord(NamedTuple):
    """A stored backlink check as the lists show it."""

    verdict: str  # follow, nofollow, missing, unreachable
    url: str
    final_url: str
    checked_at: datetime
    detail: str
    http_status: int | None


class PartnerRecords(NamedTuple):
    """What the evaluations read about a partner besides its figures, as plain values.

    Read in bulk (``all_records``), ``trainings`` holds only those of the year asked for and
    ``agreements`` only basic service agreements: all that ``facts_of`` looks at.
    """

    id: int
    track: str
    tier: str | None
    trainings: tuple[tuple[str, date], ...] = ()  # kind, attended on
    courses: tuple[tuple[str, date], ...] = ()  # technician name, last course; technician order
    agreements: tuple[Agreed, ...] = ()
    backlink: Backlink = Backlink.UNKNOWN  # the verdict that counts (see ``last_backlink``)
    reached_at: datetime | None = None  # when that verdict was made (the site last reached)
    last_check: CheckRecord | None = None  # the newest check, whatever its verdict


def _year_span(year: int) -> tuple[datetime, datetime]:
    return datetime(year, 1, 1, tzinfo=UTC), datetime(year + 1, 1, 1, tzinfo=UTC)


def _won_conditions(year: int) -> list[Any]:
    """Accepted in ``year`` and still the quote's current revision (no later one exists)."""
    start, end = _year_span(year)
    later = aliased(QuoteRevision)
    return [
        QuoteRevision.status == Status.ACCEPTED,
        QuoteRevision.decided_at >= start,
        QuoteRevision.decided_at < end,
        ~exists().where(
            later.quote_id == QuoteRevision.quote_id, later.number > QuoteRevision.number
        ),
    ]


def won_revisions(session: Session, partner_id: int, year: int) -> list[QuoteRevision]:
    """The partner's quotes won in ``year`` (their current revision), in the order decided."""
    start, end = _year_span(year)
    revisions = session.scalars(
        select(QuoteRevision)
        .join(Quote)
        .where(
            Quote.partner_id == partner_id,
            QuoteRevision.status == Status.ACCEPTED,
            QuoteRevision.decided_at >= start,
            QuoteRevision.decided_at < end,
        )
        .order_by(QuoteRevision.decided_at, Quote.number)
    ).all()
    return [r for r in revisions if r.quote.current is r]


def counted_quotes(
    session: Session, program: Program, partner_id: int, year: int
) -> tuple[CountedQuote, ...]:
    """The partner's realised projects of ``year``: its won quotes with a line that counts, each
    with the revenue and MRR it counts (``count_quote``)."""
    counted = (
        count_quote(
            program,
            revision.quote.number,
            _decided_on(revision),
            ((line.category, line.net) for line in revision.lines),
        )
        for revision in won_revisions(session, partner_id, year)
    )
    return tuple(quote for quote in counted if quote is not None)


def _decided_on(revision: QuoteRevision) -> date:
    """The day a won revision was accepted, in UTC as the year's bounds (``_year_span``)."""
    assert revision.decided_at is not None  # a won revision was decided
    return revision.decided_at.astimezone(UTC).date()


def _manual(session: Session, partner_id: int, year: int) -> tuple[int, Decimal, Decimal] | None:
    manual = session.scalars(
        select(PartnerYear).where(PartnerYear.partner_id == partner_id, PartnerYear.year == year)
    ).one_or_none()
    return (manual.projects, manual.revenue, manual.mrr) if manual else None


def year_figures(
    session: Session,
    program: Program,
    partner_id: int,
    year: int,
    counted: tuple[CountedQuote, ...] | None = None,
) -> YearFigures:
    """The partner's figures of ``year``; ``counted``: its ``counted_quotes`` if read already."""
    if counted is None:
        counted = counted_quotes(session, program, partner_id, year)
    return won_figures(year, _manual(session, partner_id, year), counted)


def _reached(checks: Iterable[Any]) -> Any | None:
    """The newest check that reached the site (``checks`` newest first); None without one."""
    return next((c for c in checks if c.verdict in _VERDICTS), None)


def last_backlink(partner: Partner) -> Backlink:
    """The newest verdict about the site; an unreachable site keeps the one before."""
    check = _reached(reversed(partner.backlink_checks))
    return _VERDICTS[check.verdict] if check is not None else Backlink.UNKNOWN


def service_agreement_on(agreements: Iterable[Agreed], on: date) -> bool:
    """Whether a basic service agreement among ``agreements`` is in force on ``on``."""
    return any(
        a.kind == BASIC_SERVICE_AGREEMENT
        and a.signed_on <= on
        and (a.valid_until is None or a.valid_until >= on)
        for a in agreements
    )


def _agreed(agreement: Agreement) -> Agreed:
    return Agreed(agreement.kind, agreement.signed_on, agreement.valid_until)


def has_service_agreement(partner: Partner, on: date) -> bool:
    return service_agreement_on(map(_agreed, partner.agreements), on)


def check_record(check: BacklinkCheck) -> CheckRecord:
    return CheckRecord(
        check.verdict,
        check.url,
        check.final_url,
        check.checked_at,
        check.detail,
        check.http_status,
    )


def records_of(partner: Partner) -> PartnerRecords:
    """The records of one partner from its ORM object (its relationships load lazily)."""
    checks = partner.backlink_checks
    reached = _reached(reversed(checks))
    return PartnerRecords(
        id=partner.id,
        track=partner.track,
        tier=partner.tier,
        trainings=tuple((t.kind, t.attended_on) for t in partner.trainings),
        courses=tuple(
            (t.name, t.last_course) for t in partner.technicians if t.last_course is not None
        ),
        agreements=tuple(map(_agreed, partner.agreements)),
        backlink=_VERDICTS[reached.verdict] if reached is not None else Backlink.UNKNOWN,
        reached_at=reached.checked_at if reached is not None else None,
        last_check=check_record(checks[-1]) if checks else None,
    )


def facts_of(
    program: Program, records: PartnerRecords, figures: YearFigures, year: int, as_of: date
) -> PartnerFacts:
    """The facts of a partner for ``year`` as known on ``as_of``.

    Run for every partner of the list: a partner without trainings, courses or agreements costs
    no loop over them.
    """
    sales = tech = False
    for kind, attended_on in records.trainings:
        if attended_on.year == year:
            trained = _TRAININGS.get(kind) or Training(kind)  # unknown: Training's own ValueError
            if trained is Training.SALES:
                sales = True
            elif trained is Training.TECHNICAL:
                tech = True
    track = records.track if records.track != "msp" else "server"
    tier = program.tiers.get(records.tier) if records.tier is not None else None
    return PartnerFacts(  # by position (the fields' order): the list makes 10 000
        track,
        year,
        as_of,
        figures.projects_manual + figures.projects_won,
        figures.revenue,  # with the hand-entered MRR twelve times
        figures.mrr_manual + figures.mrr_won,
        sales,
        tech,
        tuple(c for _, c in records.courses if c <= as_of) if records.courses else (),
        records.backlink,
        service_agreement_on(records.agreements, as_of) if records.agreements else False,
        records.tier if tier is not None and tier.track == track else None,
    )


def partner_facts(
    session: Session,
    program: Program,
    partner: Partner,
    year: int,
    as_of: date,
    counted: tuple[CountedQuote, ...] | None = None,
    tier: str | Literal[False] | None = False,
) -> tuple[PartnerFacts, YearFigures]:
    """The facts of ``partner`` for ``year`` as known on ``as_of``, and where the figures come from
    (``counted``: its ``counted_quotes`` of the year if read already).

    The partner's tier is the one it holds on ``as_of`` (``store.tiers``), unless ``tier`` is given.
    """
    figures = year_figures(session, program, partner.id, year, counted)
    held = tier_on(session, partner, as_of).tier if tier is False else tier
    records = records_of(partner)._replace(tier=held)
    return facts_of(program, records, figures, year, as_of), figures


@dataclass(frozen=True)
class PartnerEvaluation:
    """A partner's year evaluated under the edition valid on ``as_of``, with its figures' sources
    and the realised projects its won quotes make (``counted``: number, day, amounts)."""

    partner: Partner
    figures: YearFigures
    evaluation: Evaluation
    counted: tuple[CountedQuote, ...] = ()


def evaluate_partner(
    session: Session, library: ProgramLibrary, partner_id: int, year: int, as_of: date
) -> PartnerEvaluation:
    partner = session.get(Partner, partner_id)
    if partner is None:
        raise NotFoundError(f"Es gibt keinen Partner mit der ID {partner_id}.")
    program = library.edition_for(as_of)
    counted = counted_quotes(session, program, partner_id, year)
    facts, figures = partner_facts(session, program, partner, year, as_of, counted)
    return PartnerEvaluation(partner, figures, evaluate(program, facts), counted)


# --- every partner at once -----------------------------------------------------------------------


def _won_sums(program: Program, year: int, only: Collection[int] | None = None) -> Any:
    """Per partner with realised projects in ``year``: how many, and the revenue and MRR of their
    lines, as ``count_quote`` counts them, summed in SQL (one row a partner instead of one a line).

    A won revision is a project when one of its lines is of a category that counts (``HAVING``);
    the others bring nothing (no line of theirs counts) and are left out of the count. Money is
    stored in whole cents (``Money``), so the sums are exact integers and come back as the same
    ``Decimal`` that adding the lines gives. The MRR sum is NULL when no monthly Cloud line counts
    (``count_quote`` then keeps ``ZERO``). The lines are summed per revision first, then per
    partner: grouped by partner straight away, SQLite walks every quote by partner (six times
    slower); per revision, it keeps reading the won revisions in the order of their index.
    """
    by_weight: dict[int, list[str]] = {}
    monthly_cloud = []
    for category_id, category in program.categories.items():
        if not category.revenue:
            continue
        by_weight.setdefault(category.billing.times_in_first_year, []).append(category_id)
        if category.billing is Billing.MONTHLY and category.family == "cloud":
            monthly_cloud.append(category_id)
    cents = type_coerce(QuoteLineRow.net, BigInteger)
    weighted = [
        (QuoteLineRow.category.in_(ids), cents * weight) for weight, ids in by_weight.items()
    ]
    none = cast(null(), BigInteger)  # typed: PostgreSQL has no sum() of an untyped NULL
    revenue = case(*weighted) if weighted else none
    mrr = case((QuoteLineRow.category.in_(monthly_cloud), cents)) if monthly_cloud else none
    counting = [category_id for ids in by_weight.values() for category_id in ids]

    won = (
        select(
            Quote.partner_id.label("partner_id"),
            func.sum(revenue).label("revenue"),
            func.sum(mrr).label("mrr"),
        )
        .select_from(QuoteRevision)
        .join(Quote, Quote.id == QuoteRevision.quote_id)
        .outerjoin(QuoteLineRow, QuoteLineRow.revision_id == QuoteRevision.id)
        .where(*_won_conditions(year), *_of(Quote.partner_id, only))
        .group_by(QuoteRevision.id, Quote.partner_id)
        .having(func.count(case((QuoteLineRow.category.in_(counting), 1))) > 0)
        .subquery()
    )
    return select(
        won.c.partner_id,
        func.count(),
        type_coerce(func.sum(won.c.revenue), Money),
        type_coerce(func.sum(won.c.mrr), Money),
    ).group_by(won.c.partner_id)


def _of(partner_id: Any, only: Collection[int] | None) -> list[Any]:
    """The condition that a row belongs to one of the partners ``only`` (None: to any)."""
    return [] if only is None else [partner_id.in_(list(only))]


def all_year_figures(
    session: Session, program: Program, year: int, only: Collection[int] | None = None
) -> dict[int, YearFigures]:
    """``year_figures`` of every partner with figures in ``year`` (others have none: zeros), or of
    the partners ``only``.

    The bulk reads run on the session's connection (its transaction): columns only, nothing for the
    ORM's result layer to map; the won quotes counted and summed in SQL (``_won_sums``).
    """
    manual = {
        partner_id: (projects, revenue, mrr)
        for partner_id, projects, revenue, mrr in session.connection()
        .execute(
            select(
                PartnerYear.partner_id, PartnerYear.projects, PartnerYear.revenue, PartnerYear.mrr
            ).where(PartnerYear.year == year, *_of(PartnerYear.partner_id, only))
        )
        .all()
    }
    won: dict[int, tuple[int, Decimal, Decimal]] = {
        partner_id: (count, revenue, ZERO if mrr is None else mrr)
        for partner_id, count, revenue, mrr in session.connection()
        .execute(_won_sums(program, year, only))
        .all()
    }
    nothing = (0, ZERO, ZERO)
    out = {}
    for partner_id in manual.keys() | won.keys():
        projects, revenue_manual, mrr_manual = manual.get(partner_id, nothing)
        count, revenue_won, mrr_won = won.get(partner_id, nothing)
        out[partner_id] = YearFigures(
            year, projects, count, revenue_manual, revenue_won, mrr_manual, mrr_won
        )
    return out


def _latest_checks(
    session: Session, only: Collection[int] | None = None
) -> dict[int, tuple[CheckRecord | None, CheckRecord | None]]:
    """Per partner with checks: its newest check, and its newest check that reached the site.

    At most two rows a partner, however many checks have piled up: numbered newest first, with
    a running count of the checks that reached the site (one sort for both).
    """
    reached = BacklinkCheck.verdict.in_(_VERDICTS)
    partner = BacklinkCheck.partner_id
    newest_first = (BacklinkCheck.checked_at.desc(), BacklinkCheck.id.desc())
    ranking = select(
        BacklinkCheck.partner_id,
        BacklinkCheck.verdict,
        BacklinkCheck.url,
        BacklinkCheck.final_url,
        BacklinkCheck.checked_at,
        BacklinkCheck.detail,
        BacklinkCheck.http_status,
        func.row_number().over(partition_by=partner, order_by=newest_first).label("newest"),
        func.sum(case((reached, 1), else_=0))
        .over(partition_by=partner, order_by=newest_first, rows=(None, 0))
        .label("reached_so_far"),
    )
    ranked = ranking.where(*_of(partner, only)).subquery()
    out: dict[int, tuple[CheckRecord | None, CheckRecord | None]] = {}
    rows = session.connection().execute(
        select(
            ranked.c.partner_id,
            ranked.c.newest,
            ranked.c.verdict,
            ranked.c.url,
            ranked.c.final_url,
            ranked.c.checked_at,
            ranked.c.detail,
            ranked.c.http_status,
        ).where(
            or_(
                ranked.c.newest == 1,
                and_(ranked.c.verdict.in_(_VERDICTS), ranked.c.reached_so_far == 1),
            )
        )
    )
    for partner_id, rank, *columns in rows.all():
        check = CheckRecord(*columns)
        newest, reaching = out.get(partner_id, (None, None))
        if rank == 1:
            newest = check
        if check.verdict in _VERDICTS:  # the newest that reached the site (it may be the newest)
            reaching = check
        out[partner_id] = (newest, reaching)
    return out


def all_records(
    session: Session,
    year: int,
    partners: Iterable[tuple[int, str, str | None]] | None = None,
    on: date | None = None,
    only: Collection[int] | None = None,
) -> dict[int, PartnerRecords]:
    """``records_of`` every partner, for ``year``: one query per table, columns only (fetched at
    once: ``all()`` instead of a row at a time). ``partners`` are the (id, track, tier) of every
    partner when the caller has read them already (the partner list, with its own columns);
    otherwise each partner's tier is the one it holds on ``on`` (default: 31 December of
    ``year``), read from the tier history in the same query. ``only``: the records of these
    partners alone (``partners`` are then theirs)."""
    connection = session.connection()
    trainings: dict[int, list[tuple[str, date]]] = {}
    for partner_id, kind, attended_on in connection.execute(
        select(TrainingRecord.partner_id, TrainingRecord.kind, TrainingRecord.attended_on).where(
            TrainingRecord.attended_on >= date(year, 1, 1),
            TrainingRecord.attended_on <= date(year, 12, 31),
            *_of(TrainingRecord.partner_id, only),
        )
    ).all():
        trainings.setdefault(partner_id, []).append((kind, attended_on))
    courses: dict[int, list[tuple[str, date]]] = {}
    for partner_id, name, last_course in connection.execute(
        select(Technician.partner_id, Technician.name, func.max(AdminCourse.completed_on))
        .join(AdminCourse, AdminCourse.technician_id == Technician.id)
        .where(*_of(Technician.partner_id, only))
        .group_by(Technician.partner_id, Technician.id, Technician.name)
        .order_by(Technician.partner_id, Technician.id)
    ).all():
        courses.setdefault(partner_id, []).append((name, last_course))
    agreements: dict[int, list[Agreed]] = {}
    for partner_id, kind, signed_on, valid_until in connection.execute(
        select(
            Agreement.partner_id, Agreement.kind, Agreement.signed_on, Agreement.valid_until
        ).where(Agreement.kind == BASIC_SERVICE_AGREEMENT, *_of(Agreement.partner_id, only))
    ).all():
        agreements.setdefault(partner_id, []).append(Agreed(kind, signed_on, valid_until))
    checks = _latest_checks(session, only)
    unknown = Backlink.UNKNOWN
    none: tuple[None, None] = (None, None)
    if partners is None:
        history, tier, _ = tier_columns(on or date(year, 12, 31))
        partners = connection.execute(
            select(Partner.id, Partner.track, tier)
            .outerjoin(history, history.c.partner_id == Partner.id)
            .where(*_of(Partner.id, only))
        ).all()
    out = {}
    for partner_id, track, tier in partners:
        newest, reached = checks.get(partner_id, none)
        out[partner_id] = PartnerRecords(
            partner_id,
            track,
            tier,
            tuple(trainings.get(partner_id, ())),
            tuple(courses.get(partner_id, ())),
            tuple(agreements.get(partner_id, ())),
            unknown if reached is None else _VERDICTS[reached.verdict],
            None if reached is None else reached.checked_at,
            newest,
        )
    return out


def all_partner_facts(
    session: Session,
    program: Program,
    year: int,
    as_of: date,
    partners: Iterable[tuple[int, str, str | None]] | None = None,
    only: Collection[int] | None = None,
) -> dict[int, tuple[PartnerFacts, YearFigures, PartnerRecords]]:
    """``partner_facts`` of every partner, by id, with the records they were made from
    (``partners`` and ``only`` as for ``all_records``)."""
    figures = all_year_figures(session, program, year, only)
    nothing = YearFigures(year)
    out = {}
    for partner_id, records in all_records(session, year, partners, as_of, only).items():
        found = figures.get(partner_id, nothing)
        out[partner_id] = (facts_of(program, records, found, year, as_of), found, records)
    return out
