"""Read-only queries behind the quote list and the quote editor's pickers.

``list_quotes`` is one SQL query over quotes, their current revision and the partner, with the
line texts of the current revision aggregated; it returns light frozen rows, never ORM objects, so
the rows outlive their session.

The app's list asks for a window at a time (issue 20): ``count_quotes`` and ``quote_window`` take a
``QuoteQuery`` (search words, filters, sort column and direction) and let the database filter,
search (``nspdesk.store.list_search``), sort and page; only the window's rows are read whole.
``quote_position`` finds where a quote stands in that order (to select it), ``quote_facets`` the
years and partners the filters offer.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal
from functools import cache
from typing import Any

from sqlalchemy import Select, and_, bindparam, column, func, literal, select, table, tuple_
from sqlalchemy.orm import Session, aliased, selectinload

from nspdesk.store.list_search import (
    QUOTE_ROWS,
    QUOTES,
    count_matching,
    matching,
    matching_window_query,
    words_of,
)
from nspdesk.store.models import Partner, Quote, QuoteLineRow, QuoteRevision
from nspdesk.store.tiers import Standing, tiers_on


@dataclass(frozen=True)
class QuoteRow:
    """One quote as the list shows it: the current (newest) revision's data."""

    id: int
    number: str
    year: int
    partner_id: int
    partner: str
    customer_number: str
    quote_date: date
    valid_until: date
    status: str  # a value of nspdesk.store.quotes.Status
    revision: int
    net: Decimal
    gross: Decimal
    subject: str
    text: str  # subject and the lines' article numbers and descriptions, for search

    @property
    def label(self) -> str:
        """``A-2026-0007`` for the first revision, ``A-2026-0007/2`` after a revision."""
        return self.number if self.revision == 1 else f"{self.number}/{self.revision}"


@dataclass(frozen=True)
class PartnerChoice:
    """A partner as the quote editor offers it: what pricing and the letter need, no ORM object."""

    id: int
    company: str
    customer_number: str
    track: str
    tier: str | None
    msp_level: str | None
    country: str
    vat_id: str
    # As the letter names them ("Frau Dr. Anna Hansen": salutation and title when known), the
    # primary contact first; the editor's intro greets the chosen one (``intro_for``).
    contacts: tuple[str, ...]
    reseller_only: bool = False  # sells Server only with an HSV (quote warnings)


# What a row of the list shows of a quote, its partner and its current revision (the order ``_row`` reads).
ROW_COLUMNS = (
    Quote.id,
    Quote.number,
    Quote.year,
    Quote.partner_id,
    Partner.company,
    Partner.customer_number,
    QuoteRevision.quote_date,
    QuoteRevision.valid_until,
    QuoteRevision.status,
    QuoteRevision.number,
    QuoteRevision.net,
    QuoteRevision.gross,
    QuoteRevision.subject,
)


def _row(head: Any, lines: str | None) -> QuoteRow:
    """A row of the list from ``ROW_COLUMNS`` and its lines' text (searched, not shown)."""
    return QuoteRow(
        id=head[0],
        number=head[1],
        year=head[2],
        partner_id=head[3],
        partner=head[4],
        customer_number=head[5],
        quote_date=head[6],
        valid_until=head[7],
        status=head[8],
        revision=head[9],
        net=head[10],
        gross=head[11],
        subject=head[12],
        text="\n".join(part for part in (head[12], lines) if part),
    )


def list_quotes(
    session: Session,
    *,
    year: int | None = None,
    partner_id: int | None = None,
    status: str | None = None,
) -> list[QuoteRow]:
    """Every quote (or those of ``year`` / ``partner_id`` / whose current revision has ``status``),
    newest number first."""
    return _read_rows(session, year=year, partner_id=partner_id, status=status)


def _read_rows(
    session: Session,
    *,
    year: int | None = None,
    partner_id: int | None = None,
    status: str | None = None,
) -> list[QuoteRow]:
    newest = (
        select(
            QuoteRevision.quote_id.label("quote_id"),
            func.max(QuoteRevision.number).label("number"),
        )
        .group_by(QuoteRevision.quote_id)
        .subquery("newest")
    )
    line_text = (
        select(
            QuoteLineRow.revision_id.label("revision_id"),
            func.aggregate_strings(
                QuoteLineRow.article_number + " " + QuoteLineRow.description, "\n"
            ).label("text"),
        )
        .group_by(QuoteLineRow.revision_id)
        .subquery("line_text")
    )
    query = (
        select(*ROW_COLUMNS, line_text.c.text)
        .join(newest, newest.c.quote_id == Quote.id)
        .join(
            QuoteRevision,
            and_(QuoteRevision.quote_id == Quote.id, QuoteRevision.number == newest.c.number),
        )
        .join(Partner, Partner.id == Quote.partner_id)
        .outerjoin(line_text, line_text.c.revision_id == QuoteRevision.id)
        .order_by(Quote.year.desc(), Quote.sequence.desc())
    )
    if year is not None:
        query = query.where(Quote.year == year)
    if partner_id is not None:
        query = query.where(Quote.partner_id == partner_id)
    if status is not None:
        query = query.where(QuoteRevision.status == status)
    return [_row(row, row[13]) for row in session.execute(query)]


# --- the list a window at a time --------------------------------------------------------------

SORT_KEYS = ("number", "partner", "date", "valid_until", "status", "revision", "net", "gross")
OPEN_STATUSES = ("draft", "sent")


@dataclass(frozen=True)
class QuoteQuery:
    """What the list shows: the search words, the filters, the order."""

    search: str = ""
    year: int | None = None
    partner_id: int | None = None
    statuses: tuple[str, ...] = ()  # values of nspdesk.store.quotes.Status; empty: every status
    sort: str = "number"  # one of SORT_KEYS
    descending: bool = True

    def same_list(self, other: QuoteQuery) -> bool:
        """Whether ``other`` describes the same list: the same filters and order, and a search of
        the same words (``list_search.words_of``: a word under three letters, a space, case and
        the words' order change nothing), so the list need not be read again."""
        return replace(self, search="") == replace(other, search="") and set(
            words_of(self.search)
        ) == set(words_of(other.search))


def _current() -> Any:
    """The current (newest) revision, joined to ``Quote``."""
    later = aliased(QuoteRevision)
    newest = select(func.max(later.number)).where(later.quote_id == Quote.id).scalar_subquery()
    return and_(QuoteRevision.quote_id == Quote.id, QuoteRevision.number == newest)


# The derived table of migration 0008 (kept by triggers): per quote what the list filters and
# sorts by, each sort column indexed.
ORDER = table(
    QUOTE_ROWS,
    column("quote_id"),
    column("search_key"),
    column("year"),
    column("sequence"),
    column("partner_id"),
    column("partner_key"),
    column("status"),
    column("revision"),
    column("quote_date"),
    column("valid_until"),
    column("net"),
    column("gross"),
)
_ORDER_KEYS = {
    "number": ("search_key",),  # year, running number, series (migration 0008)
    "partner": ("partner_key", "partner_id"),
    "date": ("quote_date",),
    "valid_until": ("valid_until",),
    "status": ("status",),
    "revision": ("revision",),
    "net": ("net",),
    "gross": ("gross",),
}


def _selected(session: Session, query: QuoteQuery, *columns: Any) -> Select[Any]:
    """``columns`` of the quotes that pass ``query``'s search and filters (read from the derived
    ``search_quote_rows``, one row a quote, no join)."""
    statement = select(*columns).select_from(ORDER)
    if query.statuses:
        statement = statement.where(ORDER.c.status.in_(query.statuses))
    if query.year is not None:
        statement = statement.where(ORDER.c.year == query.year)
    if query.partner_id is not None:
        statement = statement.where(ORDER.c.partner_id == query.partner_id)
    found = matching(session, QUOTES, query.search)
    if found is not None:
        statement = statement.where(ORDER.c.search_key.in_(found))
    return statement


def _search_only(query: QuoteQuery) -> bool:
    return query.year is None and query.partner_id is None and not query.statuses


def count_quotes(session: Session, query: QuoteQuery) -> int:
    """How many quotes pass ``query``'s search and filters (a search alone is counted by the text
    index, which is quicker than handing its matches to a join)."""
    if _search_only(query):
        counted = count_matching(session, QUOTES, query.search)
        if counted is not None:
            return counted
    return int(session.execute(_selected(session, query, func.count())).scalar_one())


def _order_by(query: QuoteQuery) -> list[Any]:
    """The sort column's keys, then the id, so that equal keys keep one order between windows."""
    if query.sort not in _ORDER_KEYS:
        raise ValueError(f"unknown sort key {query.sort!r}: one of {', '.join(SORT_KEYS)}")
    keys: list[Any] = [ORDER.c[name] for name in (*_ORDER_KEYS[query.sort], "quote_id")]
    return [key.desc() for key in keys] if query.descending else keys


SortKey = tuple[Any, ...]


@dataclass(frozen=True)
class Edge:
    """Where a keyset window starts: the sort key of the row just before it in the list's order
    (``forward``) or just after it (not ``forward``: the window that precedes that row)."""

    key: SortKey
    forward: bool


@dataclass(frozen=True)
class KeyedWindow:
    """A window of the list and the sort keys of its first and last rows (None: no rows), from
    which the windows beside it are read by key (``Edge``)."""

    rows: list[QuoteRow]
    first: SortKey | None
    last: SortKey | None
    length: int  # rows of the list the keys span (a quote deleted meanwhile is not in ``rows``)


def quote_window(session: Session, query: QuoteQuery, offset: int, limit: int) -> list[QuoteRow]:
    """The rows ``offset`` to ``offset + limit`` of the list ``query`` describes, in its order."""
    return keyed_window(session, query, offset, limit).rows


def keyed_window(
    session: Session, query: QuoteQuery, offset: int, limit: int, edge: Edge | None = None
) -> KeyedWindow:
    """The rows ``offset`` to ``offset + limit`` of the list ``query`` describes, in its order, or
    with an ``edge`` the ``limit`` rows after (before) that sort key, and the window's edge keys.

    A search alone in the default order (by number) is paged by the text index itself, whose keys
    are the numbers: a search that matches most of 100 000 quotes costs a window, not the matches
    (its sort key is the number's ``search_key`` alone). Any other list's sort key is its sort
    columns and the quote's id (``_order_by``). An ``offset`` makes the database step over every
    row before the window (on PostgreSQL 60-70 ms at row 50 000 of a search); an ``edge`` starts
    at the key in the index, as quick deep in the list as at its top (a keyset window).
    """
    if query.sort == "number" and _search_only(query):
        window = matching_window_query(
            session,
            QUOTES,
            query.search,
            query.descending,
            offset,
            limit,
            None if edge is None else (int(edge.key[0]), edge.forward),
        )
        if window is not None:
            # the index's window and each match's quote in one statement (one round trip)
            matches = window.with_only_columns(window.selected_columns[0].label("k")).subquery()
            key = matches.c.k
            down = query.descending if edge is None else query.descending == edge.forward
            found = [
                (int(k), int(i))
                for k, i in session.execute(
                    select(key, ORDER.c.quote_id)
                    .join(ORDER, ORDER.c.search_key == key)
                    .order_by(key.desc() if down else key)
                )
            ]
            if edge is not None and not edge.forward:
                found.reverse()
            rows = rows_of(session, [i for _k, i in found])
            if not found:
                return KeyedWindow(rows, None, None, 0)
            return KeyedWindow(rows, (found[0][0],), (found[-1][0],), len(found))
    order = _order_by(query)  # (an unknown sort key is refused here)
    columns = [ORDER.c[name] for name in (*_ORDER_KEYS[query.sort], "quote_id")]
    statement = _selected(session, query, *columns)
    if edge is None:
        statement = statement.order_by(*order).offset(max(0, offset))
        found = [tuple(row) for row in session.execute(statement.limit(limit))]
    else:
        # the list's order read from the key towards smaller keys (a descending list forward, an
        # ascending one backward) or towards larger ones; the first column's bound on its own too,
        # so that its index is read from the key on in both databases
        down = query.descending == edge.forward
        row, at = tuple_(*columns), tuple_(*(literal(value) for value in edge.key))
        lead = columns[0] <= edge.key[0] if down else columns[0] >= edge.key[0]
        statement = statement.where(lead, row < at if down else row > at)
        ordered = [column.desc() for column in columns] if down else columns
        found = [tuple(row) for row in session.execute(statement.order_by(*ordered).limit(limit))]
        if not edge.forward:
            found.reverse()
    rows = rows_of(session, [key[-1] for key in found])
    if not found:
        return KeyedWindow(rows, None, None, 0)
    return KeyedWindow(rows, found[0], found[-1], len(found))


def quote_position(session: Session, query: QuoteQuery, quote_id: int) -> int | None:
    """Where the quote ``quote_id`` stands in the list ``query`` describes (None: not in it)."""
    numbered = _selected(
        session,
        query,
        ORDER.c.quote_id.label("id"),
        func.row_number().over(order_by=_order_by(query)).label("at"),
    ).subquery()
    found = session.execute(
        select(numbered.c.at).where(numbered.c.id == quote_id)
    ).scalar_one_or_none()
    return None if found is None else int(found) - 1


@cache
def _rows_statements() -> tuple[Any, Any]:
    """``rows_of``'s two statements, made once (``ids``: a parameter): building them anew took
    some 2 ms of Python a window (the current revision's subquery, the joins), on the GUI
    thread for a keystroke's first rows; made once, SQLAlchemy also finds their compiled form at
    once (and psycopg prepares them on the server after a few uses)."""
    ids: Any = bindparam("ids", expanding=True)
    heads = (
        select(*ROW_COLUMNS, QuoteRevision.id)
        .select_from(Quote)
        .join(QuoteRevision, _current())
        .join(Partner, Partner.id == Quote.partner_id)
        .where(Quote.id.in_(ids))
    )
    lines = (
        select(QuoteLineRow.revision_id, QuoteLineRow.article_number, QuoteLineRow.description)
        .where(QuoteLineRow.revision_id.in_(bindparam("revisions", expanding=True)))
        .order_by(QuoteLineRow.revision_id, QuoteLineRow.position)
    )
    return heads, lines


@cache
def _rows_with_lines() -> Any:
    """PostgreSQL: ``rows_of`` in one statement, each row with its lines' text aggregated in their
    order (``string_agg … ORDER BY position``: a lookup of 60 revisions' lines by their index).
    On a server each statement is a round trip, and on two busy cores each waits for the server's
    process to be scheduled (bench/README.md, "pg-reads"). SQLite (3.40 here) has no ORDER BY in
    an aggregate, and a statement there costs no round trip: it keeps the two."""
    heads, _lines = _rows_statements()
    text_of_lines = (
        select(
            func.aggregate_strings(
                QuoteLineRow.article_number + " " + QuoteLineRow.description, "\n"
            ).aggregate_order_by(QuoteLineRow.position)
        )
        .where(QuoteLineRow.revision_id == QuoteRevision.id)
        .scalar_subquery()
    )
    return heads.add_columns(text_of_lines)


def rows_of(session: Session, ids: Sequence[int]) -> list[QuoteRow]:
    """The list's rows of the quotes ``ids``, in that order (quotes that are gone are left out)."""
    if not ids:
        return []
    if session.get_bind().dialect.name == "postgresql":  # one round trip, not two
        found = session.execute(_rows_with_lines(), {"ids": list(ids)}).all()
        with_lines = {head[0]: _row(head, head[14] or "") for head in found}
        return [with_lines[i] for i in ids if i in with_lines]
    heads_of, lines_of = _rows_statements()
    heads = session.execute(heads_of, {"ids": list(ids)}).all()
    lines: dict[int, list[str]] = {}
    for revision_id, number, description in session.execute(
        lines_of, {"revisions": [head[13] for head in heads]}
    ):
        lines.setdefault(revision_id, []).append(f"{number} {description}")
    by_id = {head[0]: _row(head, "\n".join(lines.get(head[13], ()))) for head in heads}
    return [by_id[i] for i in ids if i in by_id]


@dataclass(frozen=True)
class QuoteFacets:
    """What the list's filters offer: the years with quotes, newest first, and the partners with
    quotes by name."""

    years: tuple[int, ...]
    partners: tuple[tuple[int, str], ...]  # (id, company)


def quote_facets(session: Session, *, partners: bool = True) -> QuoteFacets:
    """Read from the derived ``search_quote_rows`` by its indexes (year; partner). ``partners``:
    False leaves them out (the list reads them when its partner filter is opened)."""
    years = session.scalars(select(ORDER.c.year).distinct().order_by(ORDER.c.year.desc()))
    return QuoteFacets(years=tuple(years), partners=quote_partners(session) if partners else ())


def quote_partners(session: Session) -> tuple[tuple[int, str], ...]:
    """The partners with quotes by name: (id, company)."""
    with_quotes = select(ORDER.c.partner_id).distinct().subquery()
    partners = session.execute(
        select(Partner.id, Partner.company).join(
            with_quotes, with_quotes.c.partner_id == Partner.id
        )
    ).all()
    return tuple(sorted(((p[0], p[1]) for p in partners), key=lambda p: (p[1].casefold(), p[0])))


def partner_choices(session: Session, on: date | None = None) -> list[PartnerChoice]:
    """All partners by name, with their contacts' names (one extra query, not one per partner) and
    the tier each holds on ``on`` (default: today; ``store.tiers``)."""
    partners = list(
        session.scalars(
            select(Partner).options(selectinload(Partner.contacts)).order_by(Partner.company)
        )
    )
    held = tiers_on(session, on or date.today())
    return [
        PartnerChoice(
            id=partner.id,
            company=partner.company,
            customer_number=partner.customer_number,
            track=partner.track,
            tier=held.get(partner.id, Standing(partner.tier, partner.msp_level)).tier,
            msp_level=held.get(partner.id, Standing(partner.tier, partner.msp_level)).msp_level,
            country=partner.country,
            vat_id=partner.vat_id,
            contacts=tuple(
                contact.addressed  # "Frau Dr. Anna Hansen": the letter greets them by it
                for contact in sorted(partner.contacts, key=lambda c: (not c.primary, c.id))
            ),
            reseller_only=partner.reseller_only,
        )
        for partner in partners
    ]
