"""Search as you type in the database's own text index: one function, two dialects.

The derived tables ``search_quotes`` and ``search_partners`` (migration 0008) and
``search_catalog`` (0009), kept in step by triggers, hold each record's searchable text in
``body``. A search is words; a record matches when
every word occurs in its text, anywhere, ignoring case (``Müller`` finds ``MÜLLER GmbH``;
``2026-00`` finds ``A-2026-0042``). A word of one or two characters is not searched (yet): it has
no trigram for an index to look up, and reading every record's text for it takes half a second on
100 000 quotes, so the list shows what the other words found, or everything, until its third
character. A small table (``SearchTable.short_words``: the catalog) searches short words too, by
``LIKE`` over every row's text. ``matching`` returns the ids of the records that match as a
subquery for ``WHERE id IN (…)``, so the list's own query sorts, filters, counts and pages them.

- SQLite: FTS5 with the trigram tokenizer: each word a phrase of its trigrams (``MATCH``, from the
  index), folded by FTS5's Unicode rules.
- PostgreSQL: ``body LIKE lower('%word%')`` per word over the text kept in lower case, answered by
  the ``pg_trgm`` GIN index where the server has the extension (without it the same query reads
  every row); both sides are folded by the database's own ``lower()``.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, NamedTuple

from sqlalchemy import Select, and_, column, func, literal_column, select, table
from sqlalchemy.orm import Session

SHORTEST_TRIGRAM_WORD = 3


class SearchTable(NamedTuple):
    name: str  # the derived table
    key: str  # its id column on PostgreSQL (SQLite's FTS5 keeps the id as ``rowid``)
    # a small table (the catalog: a few hundred rows) searches words of one or two characters too,
    # by ``LIKE`` over every row's text (there is no trigram to look up, and reading it all is quick)
    short_words: bool = False


# a quote's key is its number as one integer (year, running number, series: search_quote_rows.
# search_key, migration 0008): the list's default order
QUOTES = SearchTable("search_quotes", "search_key")
PARTNERS = SearchTable("search_partners", "partner_id")
QUOTE_ROWS = "search_quote_rows"  # what the quote list filters and sorts by (quote_list)
QUOTE_SERIES = "search_series"  # the number of each quote number series in search_key
# each catalog price version (catalog_items.id): article number, name, unit, category (0009)
CATALOG = SearchTable("search_catalog", "item_id", short_words=True)
# the due list's stored facts (0010, nspdesk.store.due_facts): a partner's state row, its items and
# the day and thresholds their stored order is for
DUE_TABLES = ("due_partners", "due_facts", "due_arranged")
# the partner list's kept traffic lights and the partners' counts of fact changes (migration
# 0011, ``store.standings``)
PARTNER_STANDINGS = ("partner_standings", "partner_fact_marks")
DERIVED_TABLES = frozenset(
    {
        QUOTES.name,
        PARTNERS.name,
        QUOTE_ROWS,
        QUOTE_SERIES,
        CATALOG.name,
        *DUE_TABLES,
        *PARTNER_STANDINGS,
    }
)


def is_derived(name: str) -> bool:
    """Whether ``name`` is a table of the search index or its FTS5 shadow tables, of the due list's
    stored facts or of the kept standings: made from the other tables, never edited, never synced
    or exported, not part of the models."""
    return any(name == derived or name.startswith(derived + "_") for derived in DERIVED_TABLES)


def words_of(text: str, short: bool = False) -> list[str]:
    """The words of a search text that are searched (three characters or more, or every word when
    ``short``), each once, longest first (the longest narrows most)."""
    # lower(), not casefold(): "ß" stays "ß" as in the index (casefold would make it "ss")
    shortest = 1 if short else SHORTEST_TRIGRAM_WORD
    words = dict.fromkeys(w for w in text.lower().split() if len(w) >= shortest)
    return sorted(words, key=len, reverse=True)


def matching(session: Session, target: SearchTable, text: str) -> Select[Any] | None:
    """The ids whose searchable text contains every word of ``text``; None when ``text`` has no
    word of three characters or more (then every record matches)."""
    words = words_of(text, target.short_words)
    if not words:
        return None
    if session.get_bind().dialect.name == "postgresql":
        return _postgresql(target, words)
    return _sqlite(target, words)


def count_matching(session: Session, target: SearchTable, text: str) -> int | None:
    """How many records ``matching`` finds, counted in the index itself (on SQLite FTS5 counts
    its own matches without handing out every id); None when ``text`` is no search."""
    found = matching(session, target, text)
    if found is None:
        return None
    return int(session.execute(select(func.count()).select_from(found.subquery())).scalar_one())


def matching_window(
    session: Session,
    target: SearchTable,
    text: str,
    descending: bool,
    offset: int,
    limit: int,
    edge: tuple[int, bool] | None = None,
) -> list[int] | None:
    """The keys of the matches ``offset`` … ``offset + limit`` in the order of the key, read from
    the index without the other matches (FTS5 walks its lists in ``rowid`` order and stops; on
    PostgreSQL the primary key's order); None when ``text`` is no search.

    ``edge`` (a key, forward): the ``limit`` matches that follow that key in the list's order
    (forward) or precede it (not forward), read from the key on instead of skipping ``offset``
    matches (a keyset window: each skipped match is a row whose text is tested again)."""
    window = matching_window_query(session, target, text, descending, offset, limit, edge)
    if window is None:
        return None
    keys = [int(k) for k in session.scalars(window)]
    return keys if edge is None or edge[1] else keys[::-1]


def matching_window_query(
    session: Session,
    target: SearchTable,
    text: str,
    descending: bool,
    offset: int,
    limit: int,
    edge: tuple[int, bool] | None = None,
) -> Select[Any] | None:
    """``matching_window``'s statement, to be joined in a caller's (one round trip): its rows
    are in the list's order, but for a window before an ``edge`` (not forward): then from the
    edge backwards."""
    found = matching(session, target, text)
    if found is None:
        return None
    key = found.selected_columns[0]
    if edge is None:
        ordered = found.order_by(key.desc() if descending else key)
        return ordered.offset(max(0, offset)).limit(limit)
    at, forward = edge
    reading_down = descending == forward  # the index read from the key towards smaller keys
    found = found.where(key < at if reading_down else key > at)
    return found.order_by(key.desc() if reading_down else key).limit(limit)


def _like_pattern(word: str) -> str:
    escaped = word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _sqlite(target: SearchTable, words: Sequence[str]) -> Select[Any]:
    index = table(target.name, column("rowid"), column("body"))
    long = [w for w in words if len(w) >= SHORTEST_TRIGRAM_WORD]
    short = [w for w in words if len(w) < SHORTEST_TRIGRAM_WORD]
    found = select(index.c.rowid)
    if long:
        phrases = " ".join('"' + word.replace('"', '""') + '"' for word in long)
        found = found.where(literal_column(target.name).op("MATCH")(phrases))
    # a short word (a small table only): every row's text, SQLite's LIKE ignoring ASCII case
    return found.where(*(index.c.body.like(_like_pattern(w), escape="\\") for w in short))


def _postgresql(target: SearchTable, words: Sequence[str]) -> Select[Any]:
    index = table(target.name, column(target.key), column("body"))
    return select(index.c[target.key]).where(
        and_(*(index.c.body.like(func.lower(_like_pattern(w)), escape="\\") for w in words))
    )
