"""The due list read from stored due facts (issue 20): a query, not a recomputation.

Per partner the domain's facts (``DueFacts``, made by ``nspdesk.store.due.due_facts``) are stored
with every item the domain could list for them whatever the thresholds: ``due_items`` is asked
with thresholds that let everything through (``EVERYTHING``), and each item is kept as the day it
is computed from and the *rule* that makes it due (``Rule``): a certification's or a quote's own
day, "today" (a requirement missing), a day plus a threshold (a backlink check, the last change of
an onboarding checklist), the year's end (trainings, the marketing budget). Which of them are due on
a day under the user's thresholds, their urgency and their order are then SQL over those integers
(day numbers: ``date.toordinal()``), so the window, the count, the search (the partners' text index),
the sort and the urgency counts are queries. The rows a window shows are decided again by the domain
from the stored facts of their partners (``due_items``): their texts, days and urgencies are the
domain's own.

Stale partners (no state row, or one computed from an older generation of the partner's facts,
``nspdesk.store.fact_marks``, for days that do not include the day asked, or for another edition)
are recomputed by ``refresh`` before a read. The tables are derived (migration 0010): never
synced, exported or compared with the models (``list_search.DERIVED_TABLES``).

The "text" order sorts by the German text the domain wrote when the partner's facts were computed:
a text with a number of days in it ("läuft in 12 Tagen ab") may since have changed, so two items
whose texts differ only there can stand in the order of an earlier day until their partner is
computed again.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Collection, Sequence
from dataclasses import astuple, dataclass
from datetime import date, timedelta
from decimal import Decimal
from enum import IntEnum
from typing import Any

from sqlalchemy import (
    Column,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    and_,
    case,
    delete,
    false,
    func,
    insert,
    literal,
    or_,
    select,
    true,
    update,
)
from sqlalchemy.orm import Session

from nspdesk.domain.compliance import Backlink
from nspdesk.domain.due import (
    Course,
    DueFacts,
    DueItem,
    DueKind,
    DueThresholds,
    OpenChecklist,
    OpenQuote,
    Urgency,
    due_items,
)
from nspdesk.domain.editions import ProgramLibrary
from nspdesk.store.due import SORT_KEYS, DueQuery, due_facts
from nspdesk.store.fact_marks import MARKS, generation, generations
from nspdesk.store.figures import BASIC_SERVICE_AGREEMENT
from nspdesk.store.list_search import PARTNERS, matching
from nspdesk.store.models import Agreement, Partner, TierHistory

FORMAT = "1"  # of the stored facts and rows: a change makes every partner stale
REFRESH_LOCK = 2026_12_05_10  # PostgreSQL advisory lock: one refresh at a time
MANY = 1000  # partners refreshed at once that change the tables' statistics (the first refresh)

_metadata = MetaData()
due_partners = Table(
    "due_partners",
    _metadata,
    Column("partner_id", Integer, primary_key=True, autoincrement=False),
    Column("generation", Integer, nullable=False),  # of the partner's facts computed from
    Column("basis", String(100), nullable=False),
    Column("valid_from", Integer, nullable=False),
    Column("valid_until", Integer, nullable=False),
    Column("facts", Text, nullable=False),
)
due_rows = Table(
    "due_facts",
    _metadata,
    Column("partner_id", Integer, primary_key=True, autoincrement=False),
    Column("kind", Integer, primary_key=True, autoincrement=False),
    Column("ref", Integer, primary_key=True, autoincrement=False),
    Column("day", Integer, primary_key=True, autoincrement=False),
    Column("seq", Integer, primary_key=True, autoincrement=False),
    Column("rule", Integer, nullable=False),
    Column("urgency", Integer, nullable=False),
    Column("company", Text, nullable=False),
    Column("company_key", Text, nullable=False),
    Column("text_key", Text, nullable=False),
    # the day's order: for the day and thresholds of ``due_arranged`` (NULL before any), whether
    # the item is shown and its urgency, due day and kind then (``arrange``)
    Column("now_shown", Integer),
    Column("now_urgency", Integer),
    Column("now_due", Integer),
    Column("now_kind", Integer),
)
due_arranged = Table(  # one row (id 1): the day and thresholds the stored order is for
    "due_arranged",
    _metadata,
    Column("id", Integer, primary_key=True, autoincrement=False),
    Column("day", Integer, nullable=False),
    Column("limits", String(200), nullable=False),  # the thresholds as JSON
)
TABLES = (due_partners.name, due_rows.name, due_arranged.name)


class Rule(IntEnum):
    """How a stored item becomes due on a day: the domain's thresholds as a query."""

    QUOTE = 0  # due on its day; listed from ``quote_days`` before it; overdue after it
    CERTIFICATION = 1  # likewise with ``certification_days``; "expired" once the day has passed
    TODAY = 2  # a requirement missing: due today, listed every day, its urgency as stored
    BACKLINK = 3  # the last check's day: due ``backlink_verification_days`` after it
    ONBOARDING = 4  # the checklist's last change: due ``onboarding_stalled_days`` after it
    TRAINING = 5  # due at the year's end, "soon" from ``training_warn_days`` before it
    BUDGET = 6  # due at the year's end, listed from the quarter ``budget_from_quarter``


# every item whatever the user's thresholds: a backlink or a checklist "due" 100 years early
FAR = 36500
EVERYTHING = DueThresholds(
    certification_days=FAR * 10,
    backlink_verification_days=-FAR,
    quote_days=FAR * 10,
    onboarding_stalled_days=-FAR,
    budget_from_quarter=1,
)
KINDS = tuple(sorted(DueKind, key=lambda k: k.value))  # a kind's number sorts as its value
KIND_NUMBER = {kind: n for n, kind in enumerate(KINDS)}
NO_REF = -1


def rule_of(item: DueItem) -> tuple[Rule, int]:
    """The rule and the day (a day number) of an item ``due_items`` made with ``EVERYTHING``."""
    kind, due = item.kind, item.due.toordinal()
    if kind in (DueKind.CERTIFICATION_EXPIRED, DueKind.CERTIFICATION_EXPIRING):
        return Rule.CERTIFICATION, due
    if kind is DueKind.QUOTE_EXPIRING:
        return Rule.QUOTE, due
    if kind is DueKind.BACKLINK_UNVERIFIED and item.urgency is Urgency.SOON:
        return Rule.BACKLINK, due - EVERYTHING.backlink_verification_days
    if kind is DueKind.ONBOARDING_STALLED:
        return Rule.ONBOARDING, due - EVERYTHING.onboarding_stalled_days
    if kind in (DueKind.SALES_TRAINING_MISSING, DueKind.TECH_TRAINING_MISSING):
        return Rule.TRAINING, due
    if kind is DueKind.MARKETING_BUDGET_UNUSED:
        return Rule.BUDGET, due
    return Rule.TODAY, 0  # missing or nofollow backlink, never verified, agreement, support calls


# --- the facts as JSON ------------------------------------------------------------------------------


def encode(facts: DueFacts) -> str:
    return json.dumps(
        [
            facts.partner_id,
            facts.company,
            facts.tier,
            [[c.technician, c.completed_on.toordinal()] for c in facts.courses],
            facts.sales_training,
            facts.tech_training,
            facts.backlink.value,
            facts.backlink_verified_on.toordinal() if facts.backlink_verified_on else None,
            facts.service_agreement,
            facts.support_calls_used,
            str(facts.marketing_budget_used),
            [[q.quote_id, q.number, q.valid_until.toordinal()] for q in facts.quotes],
            [
                [c.checklist_id, c.target_tier, c.open_steps, c.last_activity.toordinal()]
                for c in facts.checklists
            ],
        ],
        ensure_ascii=False,
        separators=(",", ":"),
    )


def decode(text: str) -> DueFacts:
    (
        partner_id,
        company,
        tier,
        courses,
        sales,
        tech,
        backlink,
        verified,
        agreement,
        calls,
        budget,
        quotes,
        checklists,
    ) = json.loads(text)
    day = date.fromordinal
    return DueFacts(
        partner_id=partner_id,
        company=company,
        tier=tier,
        courses=tuple(Course(name, day(on)) for name, on in courses),
        sales_training=sales,
        tech_training=tech,
        backlink=Backlink(backlink),
        backlink_verified_on=day(verified) if verified is not None else None,
        service_agreement=agreement,
        support_calls_used=calls,
        marketing_budget_used=Decimal(budget),
        quotes=tuple(OpenQuote(i, number, day(on)) for i, number, on in quotes),
        checklists=tuple(
            OpenChecklist(i, target, steps, day(on)) for i, target, steps, on in checklists
        ),
    )


# --- keeping them in step ---------------------------------------------------------------------------


def basis(library: ProgramLibrary, today: date) -> str:
    """What stored facts were made on: the edition of ``today`` and the stored format."""
    return f"{library.edition_for(today).edition}/{FORMAT}"


def stale(session: Session, library: ProgramLibrary, today: date) -> list[int]:
    """The partners whose stored facts do not hold on ``today``, in id order: none stored, or
    stored from an older generation of the partner's facts, for days without ``today`` or on
    another basis."""
    row, day = due_partners.c, today.toordinal()
    query = (
        select(Partner.id)
        .outerjoin(MARKS, MARKS.c.partner_id == Partner.id)
        .outerjoin(due_partners, row.partner_id == Partner.id)
        .where(
            or_(
                row.partner_id.is_(None),
                row.generation != generation(),
                row.valid_until < day,
                row.valid_from > day,
                row.basis != basis(library, today),
            )
        )
        .order_by(Partner.id)
    )
    return list(session.scalars(query))


def refresh(
    session: Session, library: ProgramLibrary, today: date, partner_ids: Collection[int]
) -> None:
    """Compute and store the due facts of ``partner_ids`` on ``today`` (those that still exist)."""
    if session.get_bind().dialect.name == "postgresql":
        # two devices computing the same stale partners at once: one after the other (SQLite's
        # writers are one at a time already), so the second replaces the first's rows
        session.execute(select(func.pg_advisory_xact_lock(REFRESH_LOCK)))
    ids = list(partner_ids)
    program = library.edition_for(today)
    counted = generations(session, ids)  # before the facts: a change after them shows as stale
    facts = due_facts(session, library, today, partner_ids=ids)
    holds = _valid_until(session, library, today, ids)
    # their items go too (a trigger on due_partners)
    session.execute(delete(due_partners).where(due_partners.c.partner_id.in_(ids)))
    session.execute(delete(due_rows).where(due_rows.c.partner_id.in_(ids)))  # none left: safe
    if not facts:
        return
    key = basis(library, today)
    session.execute(
        insert(due_partners),
        [
            {
                "partner_id": f.partner_id,
                "generation": counted[f.partner_id],
                "basis": key,
                "valid_from": today.toordinal(),
                "valid_until": holds[f.partner_id],
                "facts": encode(f),
            }
            for f in facts
        ],
    )
    rows = []
    seen: dict[tuple[int, int, int, int], int] = {}
    for item in due_items(program, facts, today, EVERYTHING):
        rule, day = rule_of(item)
        kind = KIND_NUMBER[
            DueKind.CERTIFICATION_EXPIRING if rule is Rule.CERTIFICATION else item.kind
        ]
        ref = NO_REF if item.ref is None else item.ref
        identity = (item.partner_id, kind, ref, day)
        seq = seen.get(identity, 0)
        seen[identity] = seq + 1
        rows.append(
            {
                "partner_id": item.partner_id,
                "kind": kind,
                "ref": ref,
                "day": day,
                "seq": seq,
                "rule": int(rule),
                "urgency": int(item.urgency),
                "company": item.company,
                "company_key": item.company.casefold(),
                "text_key": str(item.text).casefold(),
            }
        )
    if rows:
        session.execute(insert(due_rows), rows)
        arranged = _arrangement(session)
        if arranged is not None:  # the new rows in the stored order's day and thresholds
            _arrange(session, *arranged, due_rows.c.partner_id.in_(ids))
    if len(ids) >= MANY and session.get_bind().dialect.name == "postgresql":
        # PostgreSQL plans by its statistics, which tables filled at once have none of until
        # autovacuum comes by (the due list's sorts chose sequential scans meanwhile)
        session.connection().exec_driver_sql(f"ANALYZE {due_partners.name}, {due_rows.name}")


def _valid_until(
    session: Session, library: ProgramLibrary, today: date, ids: Sequence[int]
) -> dict[int, int]:
    """Per partner the last day (a number) its facts of ``today`` hold: the year's end, the day
    before the next tier change, the next edition or a service agreement's start, or the last day
    of an agreement in force."""
    last = date(today.year, 12, 31)
    later = [p.valid_from for p in library.editions if p.valid_from > today]
    if later:
        last = min(last, min(later) - timedelta(days=1))
    holds = dict.fromkeys(ids, last)
    for partner_id, change in session.execute(
        select(TierHistory.partner_id, func.min(TierHistory.effective_from))
        .where(TierHistory.effective_from > today, TierHistory.partner_id.in_(ids))
        .group_by(TierHistory.partner_id)
    ):
        holds[partner_id] = min(holds[partner_id], change - timedelta(days=1))
    for partner_id, signed_on, valid_until in session.execute(
        select(Agreement.partner_id, Agreement.signed_on, Agreement.valid_until).where(
            Agreement.kind == BASIC_SERVICE_AGREEMENT, Agreement.partner_id.in_(ids)
        )
    ):
        if signed_on > today:
            holds[partner_id] = min(holds[partner_id], signed_on - timedelta(days=1))
        elif valid_until is not None and valid_until >= today:
            holds[partner_id] = min(holds[partner_id], valid_until)
    return {partner_id: day.toordinal() for partner_id, day in holds.items()}


# --- the day's order, stored -----------------------------------------------------------------------
#
# Which items are shown on a day, their urgency, due day and kind depend on the day and the
# thresholds: computed in the query, SQLite tests and sorts every stored item for each window.
# Stored for one day and one set of thresholds (``arrange``: one UPDATE when either changes, and
# for the partners ``refresh`` computes), the list's orders are indexes (migration 0010) and a
# window is an index walk. A read for another day or other thresholds that cannot arrange (a
# database opened read-only) computes them in the query as before.


def _limits_key(limits: DueThresholds) -> str:
    return json.dumps(astuple(limits))


def _arrangement(session: Session) -> tuple[date, DueThresholds] | None:
    found = session.execute(select(due_arranged.c.day, due_arranged.c.limits)).first()
    if found is None:
        return None
    return date.fromordinal(found[0]), DueThresholds(*json.loads(found[1]))


def arranged(session: Session, today: date, limits: DueThresholds) -> bool:
    """Whether the stored order is for ``today`` and ``limits``."""
    return _arrangement(session) == (today, limits)


def stored_items(session: Session) -> int:
    return int(session.execute(select(func.count()).select_from(due_rows)).scalar_one())


def arrange(session: Session, today: date, limits: DueThresholds) -> None:
    """Store the order of ``today`` under ``limits`` for every stored item (one UPDATE)."""
    if session.get_bind().dialect.name == "postgresql":
        session.execute(select(func.pg_advisory_xact_lock(REFRESH_LOCK)))  # as ``refresh``
    _arrange(session, today, limits, true())
    session.execute(delete(due_arranged))
    session.execute(
        insert(due_arranged).values(id=1, day=today.toordinal(), limits=_limits_key(limits))
    )


def _arrange(session: Session, today: date, limits: DueThresholds, where: Any) -> None:
    terms = _terms(today, limits)
    row = due_rows.c
    values = {
        row.now_shown: case((terms.shown, 1), else_=0),
        row.now_urgency: terms.urgency,
        row.now_due: terms.due,
        row.now_kind: terms.kind,
    }
    # only the items whose order changes: every index of the list's orders holds these columns
    # (migrations 0010, 0013), and rewriting each item's entries in all of them cost 3–4 s on
    # 65 000 items where the next day changes a few thousand
    changed = or_(*(column.is_distinct_from(value) for column, value in values.items()))
    session.execute(
        update(due_rows).where(where, changed).values({c.name: v for c, v in values.items()})
    )


def _stored_terms() -> _Terms:
    row = due_rows.c
    return _Terms(
        row.now_due,
        row.now_urgency,
        row.now_kind,
        row.now_shown == 1,
        tuple(row.now_urgency == int(u) for u in Urgency),
    )


# --- reading ----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Terms:
    """The query's expressions for a day and thresholds."""

    due: Any
    urgency: Any
    kind: Any
    shown: Any
    # per urgency (most urgent first): shown and of that urgency, without CASE (ranges of the
    # (rule, day, urgency) index, so that counting reads the index only)
    urgencies: tuple[Any, ...]


def _terms(today: date, limits: DueThresholds) -> _Terms:
    t = today.toordinal()
    row = due_rows.c
    rule, day = row.rule, row.day
    dated = rule.in_((int(Rule.QUOTE), int(Rule.CERTIFICATION)))
    due = case(
        (rule == int(Rule.TODAY), literal(t)),
        (rule == int(Rule.BACKLINK), day + limits.backlink_verification_days),
        (rule == int(Rule.ONBOARDING), day + limits.onboarding_stalled_days),
        else_=day,
    )
    urgency = case(
        (and_(dated, day < t), int(Urgency.OVERDUE)),
        (dated, int(Urgency.SOON)),
        (
            rule == int(Rule.TRAINING),
            case(
                (day - t <= limits.training_warn_days, int(Urgency.SOON)),
                else_=int(Urgency.INFO),
            ),
        ),
        else_=row.urgency,
    )
    kind = case(
        (
            and_(rule == int(Rule.CERTIFICATION), day < t),
            KIND_NUMBER[DueKind.CERTIFICATION_EXPIRED],
        ),
        else_=row.kind,
    )
    quarter = (today.month - 1) // 3 + 1
    as_stored = or_(  # shown with their stored urgency
        rule == int(Rule.TODAY),
        and_(rule == int(Rule.BACKLINK), day <= t - limits.backlink_verification_days),
        and_(rule == int(Rule.ONBOARDING), day <= t - limits.onboarding_stalled_days),
        and_(rule == int(Rule.BUDGET), false() if quarter < limits.budget_from_quarter else true()),
    )
    shown = or_(
        as_stored,
        rule == int(Rule.TRAINING),
        and_(rule == int(Rule.CERTIFICATION), day <= t + limits.certification_days),
        and_(rule == int(Rule.QUOTE), day <= t + limits.quote_days),
    )
    soon = or_(
        and_(rule == int(Rule.CERTIFICATION), day >= t, day <= t + limits.certification_days),
        and_(rule == int(Rule.QUOTE), day >= t, day <= t + limits.quote_days),
        and_(rule == int(Rule.TRAINING), day <= t + limits.training_warn_days),
    )
    info = and_(rule == int(Rule.TRAINING), day > t + limits.training_warn_days)
    computed = {Urgency.OVERDUE: and_(dated, day < t), Urgency.SOON: soon, Urgency.INFO: info}
    urgencies = tuple(
        or_(computed.get(u, false()), and_(as_stored, row.urgency == int(u))) for u in Urgency
    )
    return _Terms(due, urgency, kind, shown, urgencies)


@dataclass(frozen=True)
class StoredCounts:
    count: int  # the items the query selects
    total: int  # the searched partners' items of every kind
    urgencies: tuple[int, ...]  # the selected items per urgency, most urgent first


def _selected(
    session: Session, today: date, limits: DueThresholds, query: DueQuery, kinds: bool
) -> tuple[Any, _Terms]:
    terms = _stored_terms() if arranged(session, today, limits) else _terms(today, limits)
    # every stored item has its partner's state row (a trigger drops the items with it)
    where = [terms.shown]
    wanted = matching(session, PARTNERS, query.search)
    if wanted is not None:
        where.append(due_rows.c.partner_id.in_(wanted))
    if kinds and query.kinds is not None:
        where.append(terms.kind.in_([KIND_NUMBER[k] for k in query.kinds]))
    return and_(*where), terms


def counts(session: Session, today: date, limits: DueThresholds, query: DueQuery) -> StoredCounts:
    where, terms = _selected(session, today, limits, query, kinds=True)
    found = session.execute(
        select(
            *(
                select(func.count()).where(where, of_urgency).scalar_subquery()
                for of_urgency in terms.urgencies
            )
        )
    ).one()
    urgencies = tuple(int(n) for n in found)
    if query.kinds is None:
        total = sum(urgencies)
    else:
        every, _ = _selected(session, today, limits, query, kinds=False)
        total = int(session.execute(select(func.count()).where(every)).scalar_one())
    return StoredCounts(sum(urgencies), total, urgencies)


def _binary(session: Session, expression: Any) -> Any:
    """Compared by code points, as Python compares strings (PostgreSQL's own collation would not)."""
    if session.get_bind().dialect.name == "postgresql":
        return expression.collate("C")
    return expression


def window(
    session: Session,
    library: ProgramLibrary,
    today: date,
    limits: DueThresholds,
    query: DueQuery,
    offset: int,
    limit: int | None,
) -> list[DueItem]:
    """Items ``offset`` … ``offset + limit`` (``None``: all) of the list ``query`` selects, ordered
    by its sort key and then by the list's own order, decided by the domain from their partners'
    stored facts."""
    if query.sort not in SORT_KEYS:
        raise ValueError(f"unknown sort key {query.sort!r}: one of {', '.join(SORT_KEYS)}")
    where, terms = _selected(session, today, limits, query, kinds=True)
    row = due_rows.c
    keys: dict[str, Callable[[], Any]] = {
        "urgency": lambda: terms.urgency,
        "partner": lambda: _binary(session, row.company_key),
        "kind": lambda: terms.kind,
        "due": lambda: terms.due,
        "days": lambda: terms.due,
        "text": lambda: _binary(session, row.text_key),
    }
    own = [terms.urgency, terms.due, _binary(session, row.company), row.partner_id]
    own += [terms.kind, row.ref, row.seq]
    order = list(own)
    if query.sort != "urgency" or query.descending:
        key = keys[query.sort]()
        # the same column twice would keep SQLite off the index (and the second is no order:
        # the first decided every tie of it); each order has its index (migrations 0010, 0013)
        order = [term for term in order if term is not key]
        order.insert(0, key.desc() if query.descending else key)
    statement = (
        select(row.partner_id, terms.kind, row.ref, terms.due, row.seq)
        .where(where)
        .order_by(*order)
        .offset(max(0, offset))
    )
    if limit is not None:
        statement = statement.limit(limit)
    wanted = session.execute(statement).all()
    return decide(session, library, today, limits, wanted)


def decide(
    session: Session,
    library: ProgramLibrary,
    today: date,
    limits: DueThresholds,
    wanted: Sequence[Any],
) -> list[DueItem]:
    """The domain's items for ``wanted`` (partner, kind number, ref, due day, seq), from their
    partners' stored facts; one the domain does not list is left out."""
    partners = sorted({w[0] for w in wanted})
    facts = []
    for start in range(0, len(partners), 500):
        chunk = partners[start : start + 500]
        facts += [
            decode(text)
            for text in session.scalars(
                select(due_partners.c.facts).where(due_partners.c.partner_id.in_(chunk))
            )
        ]
    decided: dict[tuple[int, int, int, int], list[DueItem]] = {}
    for item in due_items(library.edition_for(today), facts, today, limits):
        identity = (
            item.partner_id,
            KIND_NUMBER[item.kind],
            NO_REF if item.ref is None else item.ref,
            item.due.toordinal(),
        )
        decided.setdefault(identity, []).append(item)
    out = []
    for partner_id, kind, ref, due, seq in wanted:
        items = decided.get((partner_id, kind, ref, due), [])
        if seq < len(items):
            out.append(items[seq])
    return out
