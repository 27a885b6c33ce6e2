"""The partner list's kept traffic lights (migration 0011): which are stale, keeping new ones, and
the list a window at a time, searched, filtered and sorted by the database (issue 20).

``partner_standings`` holds per partner and year what the list shows of its standing, with what it
was worked out from: the reference day, the edition of the rules (``edition``, a key the services
make) and the partner's generation of facts, which triggers count up on every change of the
partner's facts (``store.fact_marks``, shared with the due list). The rules are the domain's, run by the services
(``services.partner_overview``): this module only says which kept standings no longer hold
(``stale``), stores what the services worked out (``keep``) and reads the list (``count``,
``window``, ``position``). The table is derived: not in the models, never synced or exported
(``list_search.is_derived``).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any, NamedTuple

from sqlalchemy import Date, Integer, Select, String, Text, and_, column, func, or_, select, table
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from nspdesk.store.fact_marks import MARKS, MARKS_TABLE, generation
from nspdesk.store.fact_marks import forget_gone as forget_gone_marks
from nspdesk.store.list_search import PARTNERS, count_matching, matching, words_of
from nspdesk.store.models import Partner
from nspdesk.store.tiers import tier_columns

if TYPE_CHECKING:
    from sqlalchemy.dialects.postgresql import Insert as PostgresqlInsert
    from sqlalchemy.dialects.sqlite import Insert as SqliteInsert

STANDINGS_TABLE = "partner_standings"

STANDINGS = table(
    STANDINGS_TABLE,
    column("partner_id", Integer),
    column("year", Integer),
    column("as_of", Date),
    column("edition", String),
    column("generation", Integer),
    column("standing", String),
    column("standing_key", Integer),
    column("company_key", String),
    column("tier", String),
    column("msp_level", String),
    column("tier_key", Integer),
    column("check_key", String),
    column("check_age", Integer),
    column("backlink", String),
    column("last_check", Text),
    column("reasons", Text),
    column("names", Text),
)


class Kept(NamedTuple):
    """One standing as it is kept (the columns of ``partner_standings``)."""

    partner_id: int
    year: int
    as_of: date
    edition: str
    generation: int
    standing: str  # a value of nspdesk.domain.standing.Standing
    standing_key: int  # the list's order of the traffic light
    company_key: str  # the company folded for sorting
    tier: str | None  # held on ``as_of``
    msp_level: str | None
    tier_key: int  # the list's order of the tiers
    check_key: str  # the last check's verdict, "~" without one (sorts last)
    check_age: int  # its age in days on ``as_of``
    backlink: str  # the verdict that counts (nspdesk.domain.compliance.Backlink)
    last_check: str | None  # the last check as JSON (the services read it)
    reasons: str  # the sentences as JSON (nspdesk.domain.text_json)
    names: str  # the track's and tier's names in every language, in lower case (search)


class Stale(NamedTuple):
    """A partner whose standing is to be worked out (again), with what the rules read of it."""

    id: int
    generation: int  # of its facts when they are read now
    company: str
    track: str
    tier: str | None  # held on the reference day
    msp_level: str | None


def stale(session: Session, year: int, as_of: date, edition: str) -> list[Stale]:
    """The partners without a standing for ``year`` that still holds: none kept, or kept for
    another reference day, another edition, or facts that have changed since."""
    history, tier, msp_level = tier_columns(as_of)
    kept = and_(STANDINGS.c.partner_id == Partner.id, STANDINGS.c.year == year)
    query = (
        select(Partner.id, generation(), Partner.company, Partner.track, tier, msp_level)
        .outerjoin(MARKS, MARKS.c.partner_id == Partner.id)
        .outerjoin(STANDINGS, kept)
        .outerjoin(history, history.c.partner_id == Partner.id)
        .where(
            or_(
                STANDINGS.c.partner_id.is_(None),
                STANDINGS.c.as_of != as_of,
                STANDINGS.c.edition != edition,
                STANDINGS.c.generation != generation(),
            )
        )
    )
    return [Stale(*row) for row in session.connection().execute(query).all()]


def any_stale(session: Session, year: int, as_of: date, edition: str) -> bool:
    """Whether ``stale`` would hand out a partner (asked on every keystroke: no tier history)."""
    kept = and_(STANDINGS.c.partner_id == Partner.id, STANDINGS.c.year == year)
    query = (
        select(Partner.id)
        .outerjoin(MARKS, MARKS.c.partner_id == Partner.id)
        .outerjoin(STANDINGS, kept)
        .where(
            or_(
                STANDINGS.c.partner_id.is_(None),
                STANDINGS.c.as_of != as_of,
                STANDINGS.c.edition != edition,
                STANDINGS.c.generation != generation(),
            )
        )
        .limit(1)
    )
    return session.connection().execute(query).first() is not None


MANY = 1000  # standings kept at once that change the table's statistics


def _upsert_base(dialect: str) -> PostgresqlInsert | SqliteInsert:
    """The dialect's INSERT of a standing (both can say ON CONFLICT … DO UPDATE)."""
    if dialect == "postgresql":  # imported here: on SQLite its 19 modules (~2 MB) are never needed
        from sqlalchemy.dialects.postgresql import insert as postgresql_insert

        return postgresql_insert(STANDINGS)
    return sqlite_insert(STANDINGS)


def keep(session: Session, standings: Sequence[Kept]) -> None:
    """Store ``standings`` in place of those kept for the same partner and year."""
    if not standings:
        return
    dialect = session.get_bind().dialect.name
    statement = _upsert_base(dialect)
    changed = {name: statement.excluded[name] for name in Kept._fields[2:]}
    upsert = statement.on_conflict_do_update(index_elements=["partner_id", "year"], set_=changed)
    # one statement for all rows (executemany): compiled once, not once a row
    session.connection().execute(upsert, [kept._asdict() for kept in standings])
    if len(standings) >= MANY and session.get_bind().dialect.name == "postgresql":
        # PostgreSQL plans by its statistics, which a table filled at once has none of yet
        session.connection().exec_driver_sql(f"ANALYZE {STANDINGS_TABLE}, {MARKS_TABLE}")


def forget_gone(session: Session) -> None:
    """Drop the standings and generations of partners that are gone."""
    connection = session.connection()
    connection.execute(STANDINGS.delete().where(STANDINGS.c.partner_id.not_in(select(Partner.id))))
    forget_gone_marks(session)


def partners_of(session: Session, as_of: date) -> list[tuple[Stale, str, str]]:
    """Every partner as ``stale`` hands them out, with its customer number and city (a database
    that cannot keep standings)."""
    history, tier, msp_level = tier_columns(as_of)
    query = (
        select(
            Partner.id,
            generation(),
            Partner.company,
            Partner.track,
            tier,
            msp_level,
            Partner.customer_number,
            Partner.city,
        )
        .outerjoin(MARKS, MARKS.c.partner_id == Partner.id)
        .outerjoin(history, history.c.partner_id == Partner.id)
    )
    return [(Stale(*row[:6]), row[6], row[7]) for row in session.connection().execute(query)]


def forget_all(session: Session) -> None:
    """Drop every kept standing (tests and the bench: every standing stale)."""
    session.connection().execute(STANDINGS.delete())


# --- the list a window at a time --------------------------------------------------------------

NO_TIER = "-"  # the tier filter's value for partners without a tier
SORT_KEYS = ("company", "customer_number", "city", "track", "tier", "standing", "backlink")
_ORDER: dict[str, tuple[Any, ...]] = {
    "company": (STANDINGS.c.company_key,),
    "customer_number": (Partner.customer_number,),
    "city": (Partner.city, STANDINGS.c.company_key),
    "track": (Partner.track, STANDINGS.c.company_key),
    "tier": (STANDINGS.c.tier_key, STANDINGS.c.company_key),
    "standing": (STANDINGS.c.standing_key, STANDINGS.c.company_key),
    "backlink": (STANDINGS.c.check_key, STANDINGS.c.check_age),
}


@dataclass(frozen=True)
class StandingQuery:
    """What the partner list shows: the year, the search words, the filters, the order."""

    year: int
    search: str = ""
    tier: str | None = None  # a tier id, ``NO_TIER``, or None for every tier
    track: str | None = None
    standing: str | None = None  # a value of nspdesk.domain.standing.Standing
    sort: str = "company"  # one of SORT_KEYS
    descending: bool = False
    # every track's and tier's name in lower case (the services fill it in): a word found in
    # none is looked for in the text index alone; None: in the kept names too
    names: str | None = None

    def everything(self) -> StandingQuery:
        """The same year and order without search and filters."""
        return StandingQuery(
            self.year, sort=self.sort, descending=self.descending, names=self.names
        )


class ListedRow(NamedTuple):
    """A row of the list: the partner's own columns and its kept standing."""

    id: int
    company: str
    customer_number: str
    city: str
    track: str
    kept: Kept


def _selected(
    session: Session, query: StandingQuery, *columns: Any, partners: bool = True
) -> Select[Any]:
    """``columns`` of the partners ``query`` finds; ``partners``: joined to the partners (their
    columns are read, or sorted by). A partner deleted takes its standings along (a trigger)."""
    statement = select(*columns).select_from(STANDINGS).where(STANDINGS.c.year == query.year)
    if partners or query.track is not None:
        statement = statement.join(Partner, Partner.id == STANDINGS.c.partner_id)
    if query.tier == NO_TIER:
        statement = statement.where(STANDINGS.c.tier.is_(None))
    elif query.tier is not None:
        statement = statement.where(STANDINGS.c.tier == query.tier)
    if query.track is not None:
        statement = statement.where(Partner.track == query.track)
    if query.standing is not None:
        statement = statement.where(STANDINGS.c.standing == query.standing)
    for word in words_of(query.search):  # in the text index, or in the track's or tier's name
        found = matching(session, PARTNERS, word)
        assert found is not None  # a word of three characters or more
        if query.names is not None and word not in query.names:
            statement = statement.where(STANDINGS.c.partner_id.in_(found))
            continue
        statement = statement.where(
            or_(
                STANDINGS.c.partner_id.in_(found),
                STANDINGS.c.names.like(_like_pattern(word), escape="\\"),
            )
        )
    return statement


def _like_pattern(word: str) -> str:
    escaped = word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _order_by(query: StandingQuery) -> list[Any]:
    if query.sort not in _ORDER:
        raise ValueError(f"unknown sort key {query.sort!r}: one of {', '.join(SORT_KEYS)}")
    keys = [*_ORDER[query.sort], STANDINGS.c.partner_id]
    return [key.desc() for key in keys] if query.descending else keys


def count(session: Session, query: StandingQuery) -> int:
    """How many partners pass ``query``'s search and filters."""
    words = words_of(query.search)
    unfiltered = query.tier is None and query.track is None and query.standing is None
    if (
        words
        and unfiltered
        and query.names is not None
        and not any(w in query.names for w in words)
    ):
        # a search of the text index alone: counted by the index itself (a word that every
        # partner has costs no list of 10 000 ids); every partner has its standing kept
        counted_in_index = count_matching(session, PARTNERS, query.search)
        assert counted_in_index is not None  # words of three characters or more
        return counted_in_index
    counted = _selected(session, query, func.count(), partners=False)
    return int(session.execute(counted).scalar_one())


FEW = 1000  # a search that finds at most this many: its matches read first, then sorted


def window(
    session: Session, query: StandingQuery, offset: int, limit: int, count: int | None = None
) -> list[ListedRow]:
    """The rows ``offset`` to ``offset + limit`` of the list ``query`` describes, in its order.

    ``count``: how many rows the list has, when the caller knows. A search that finds few is read
    by its matches (from the narrow index of ``count``) and then sorted; walking the sort order's
    index instead reads most of the table for the few rows it looks for.
    """
    columns = (Partner.id, Partner.company, Partner.customer_number, Partner.city, Partner.track)
    if count is not None and count <= FEW and words_of(query.search):
        found = list(
            session.scalars(_selected(session, query, STANDINGS.c.partner_id, partners=False))
        )
        statement = (
            select(*columns, *STANDINGS.c)
            .select_from(STANDINGS)
            .join(Partner, Partner.id == STANDINGS.c.partner_id)
            .where(STANDINGS.c.year == query.year, STANDINGS.c.partner_id.in_(found))
        )
    else:
        statement = _selected(session, query, *columns, *STANDINGS.c)
    statement = statement.order_by(*_order_by(query)).offset(max(0, offset)).limit(limit)
    return [
        ListedRow(row[0], row[1], row[2], row[3], row[4], Kept(*row[5:]))
        for row in session.connection().execute(statement)
    ]


def position(session: Session, query: StandingQuery, partner_id: int) -> int | None:
    """Where partner ``partner_id`` stands in the list ``query`` describes (None: not in it)."""
    numbered = _selected(
        session,
        query,
        STANDINGS.c.partner_id.label("id"),
        func.row_number().over(order_by=_order_by(query)).label("at"),
    ).subquery()
    found = session.execute(
        select(numbered.c.at).where(numbered.c.id == partner_id)
    ).scalar_one_or_none()
    return None if found is None else int(found) - 1


def arranged(rows: Iterable[ListedRow], query: StandingQuery) -> list[ListedRow]:
    """``window``'s list made in memory from ``rows`` (a read-only database keeps no standings):
    the same search (every word of three characters or more in the name, customer number or
    city, or the names of the track and tier), filters and order."""
    words = words_of(query.search)

    def passes(row: ListedRow) -> bool:
        kept = row.kept
        if query.tier == NO_TIER and kept.tier is not None:
            return False
        if query.tier not in (None, NO_TIER) and kept.tier != query.tier:
            return False
        if query.track is not None and row.track != query.track:
            return False
        if query.standing is not None and kept.standing != query.standing:
            return False
        text = f"{row.company} {row.customer_number} {row.city}".lower()
        return all(word in text or word in kept.names for word in words)

    if query.sort not in _ORDER:
        raise ValueError(f"unknown sort key {query.sort!r}: one of {', '.join(SORT_KEYS)}")
    names = [key.key for key in _ORDER[query.sort]]

    def key(row: ListedRow) -> tuple[Any, ...]:
        values = row._asdict() | row.kept._asdict()
        return (*(values[name] for name in names), row.id)

    return sorted(filter(passes, rows), key=key, reverse=query.descending)


def kept_of(session: Session, year: int, ids: Iterable[int]) -> dict[int, Kept]:
    """The kept standings of the partners ``ids`` for ``year`` (tests compare them)."""
    rows = session.connection().execute(
        select(*STANDINGS.c).where(STANDINGS.c.year == year, STANDINGS.c.partner_id.in_(list(ids)))
    )
    return {row[0]: Kept(*row) for row in rows}
