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
  every row); both sides are folded by the database's own ``lower()``. A word that is part of a
  quote number (``a-2025-01``, ``0042``) is in too many texts' trigrams for that index, and walking
  the list's order finds its matches late (25–55 ms): the numbers that contain it are read as
  ranges of the key (``store.number_search``, migration 0014), its other matches from an index of
  the text after the number and from the few quotes whose number is not the one their key says.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, NamedTuple

from sqlalchemy import (
    Select,
    and_,
    column,
    func,
    literal_column,
    or_,
    select,
    table,
    text,
    union_all,
)
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import ColumnClause

from nspdesk.store.number_search import (
    SERIES_LIMIT,
    YEAR_FACTOR,
    KeyRange,
    covers_everything,
    key_ranges,
    key_sequence,
)

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
        number = _number_word(session, target, words)
        if number is not None:
            return _by_number(words, number)
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
    words = words_of(text, target.short_words)
    if not words:
        return None
    if session.get_bind().dialect.name == "postgresql":
        number = _number_word(session, target, words)
        if number is not None:
            return _window_by_number(words, number, descending, offset, limit, edge)
        if edge is not None or offset <= 0:
            return _walk_then_index(target, words, descending, limit, edge)
        found = _postgresql(target, words)
    else:
        found = _sqlite(target, words)
    key = found.selected_columns[0]
    if edge is None:
        ordered = found.order_by(key.desc() if descending else key)
        return ordered.offset(max(0, offset)).limit(limit)
    at, forward = edge
    reading_down = descending == forward  # the index read from the key towards smaller keys
    found = found.where(key < at if reading_down else key > at)
    return found.order_by(key.desc() if reading_down else key).limit(limit)


def _pg_contains(text: Any, word: str) -> Any:
    """PostgreSQL: ``text`` (kept in lower case) contains ``word``, a pattern the trigram index
    answers; both sides folded by the database's own ``lower()``."""
    return text.like(func.lower(_like_pattern(word)), escape="\\")


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
    return select(index.c[target.key]).where(and_(*(_pg_contains(index.c.body, w) for w in words)))


# --- PostgreSQL: a word of a quote number by its key ranges (migration 0014) -------------------------

_SEARCH_QUOTES = table("search_quotes", column("search_key"), column("body"))
# the text after the number, and the same with - . / as letters: migration 0014's index expression
# (an index serves only its very expression, so these are spelled as there)
_REST: ColumnClause[str] = literal_column("substr(body, strpos(body, ' ') + 1)")
_REST_INDEXED: ColumnClause[str] = literal_column(
    "translate(substr(body, strpos(body, ' ') + 1), '-./', 'qqq')"
)
_IRREGULAR: ColumnClause[bool] = literal_column("NOT search_number_regular(body, search_key)")
_AS_LETTERS = str.maketrans("-./", "qqq")

# each year of the quotes with its highest key, and the number series: what the ranges are made of
_NUMBERING = text(f"""
SELECT y, (SELECT max(search_key) FROM search_quotes WHERE search_key < (y + 1) * {YEAR_FACTOR}),
       NULL, NULL
FROM generate_series((SELECT min(search_key) FROM search_quotes) / {YEAR_FACTOR},
                     (SELECT max(search_key) FROM search_quotes) / {YEAR_FACTOR}) AS y
UNION ALL SELECT NULL, NULL, k, series FROM search_series
""")


class _NumberWord(NamedTuple):
    word: str
    ranges: list[KeyRange]


# the beginnings of the numbers of a decade ("a-2", "a-202"): in (nearly) every number, found at
# once by the walk along the key; not worth the round trip that would show they narrow nothing
_DECADES = tuple(f"a-20{digit}" for digit in "0123456789")


def _may_be_in_a_number(word: str) -> bool:
    # pg_trgm reads a word at its hyphens as its parts (``a``, ``2025``, ``01``), each in most
    # numbers and dates: such a word is what the index cannot narrow. A word of digits alone
    # (``0042``) it narrows well: left to it.
    return "-" in word and not any(word in decade for decade in _DECADES)


def _number_word(session: Session, target: SearchTable, words: Sequence[str]) -> _NumberWord | None:
    """The word of a quote search whose numbers are the fewest, with their key ranges; None when
    no word is part of some numbers but not of all (then the text index serves as it is)."""
    if target.name != QUOTES.name or not any(_may_be_in_a_number(w) for w in words):
        return None
    last_sequences: dict[int, int] = {}
    series: dict[int, str] = {}
    for year, top, part, name in session.execute(_NUMBERING):
        if part is not None:
            series[int(part)] = str(name)
        elif top is not None and int(top) // YEAR_FACTOR == int(year):
            last_sequences[int(year)] = key_sequence(int(top))
    best: _NumberWord | None = None
    for word in filter(_may_be_in_a_number, words):
        ranges = key_ranges(word, last_sequences, series)
        if not ranges or covers_everything(ranges, last_sequences):
            continue
        if best is None or sum(r.size for r in ranges) < sum(r.size for r in best.ranges):
            best = _NumberWord(word, ranges)
    return best


def _contains(word: str) -> Any:
    # an exact test no index answers: the branch's own index (the key, the irregular) is read
    return func.strpos(_SEARCH_QUOTES.c.body, func.lower(word)) > 0


def _branches(words: Sequence[str], number: _NumberWord) -> list[Select[Any]]:
    """Three statements whose keys together are the matches: the numbers that contain the word
    (its key ranges), the texts after the number that contain it, the numbers not made from
    their key (each with every other word anywhere)."""
    key, body = _SEARCH_QUOTES.c.search_key, _SEARCH_QUOTES.c.body
    in_ranges = or_(
        *(
            key.between(r.low, r.high)
            if r.series is None
            else and_(key.between(r.low, r.high), key % SERIES_LIMIT == r.series)
            for r in number.ranges
        )
    )
    pattern = _like_pattern(number.word)
    others = [w for w in words if w != number.word]
    in_numbers = select(key).where(in_ranges, *(_contains(w) for w in words))
    in_rest = select(key).where(
        _REST_INDEXED.like(func.lower(pattern.translate(_AS_LETTERS)), escape="\\"),
        _pg_contains(_REST, number.word),
        *(_pg_contains(body, w) for w in others),
    )
    irregular = select(key).where(_IRREGULAR, *(_contains(w) for w in words))
    return [in_numbers, in_rest, irregular]


def _by_number(words: Sequence[str], number: _NumberWord) -> Select[Any]:
    every = union_all(*_branches(words, number)).subquery()
    return select(every.c.search_key).distinct()


def _window_by_number(
    words: Sequence[str],
    number: _NumberWord,
    descending: bool,
    offset: int,
    limit: int,
    edge: tuple[int, bool] | None,
) -> Select[Any]:
    """``matching_window_query`` for a number word: each branch's first matches in the key's order
    (the number's ranges read along the key's index), merged."""
    key = _SEARCH_QUOTES.c.search_key
    reading_down, enough = descending, max(0, offset) + limit
    branches = _branches(words, number)
    if edge is not None:
        at, forward = edge
        reading_down = descending == forward
        branches = [b.where(key < at if reading_down else key > at) for b in branches]
        enough = limit
    ordered = [
        b.order_by(key.desc() if reading_down else key).limit(enough).subquery().select()
        for b in branches
    ]
    every = union_all(*ordered).subquery()
    merged = select(every.c.search_key).distinct()
    merged = merged.order_by(every.c.search_key.desc() if reading_down else every.c.search_key)
    return merged.limit(limit) if edge is not None else merged.offset(max(0, offset)).limit(limit)


# --- PostgreSQL: a window walked along the key for a while, then read from the text index --------

WALK = 1_000  # rows tested along the key before the text index takes over (~1 ms)


def _walk_then_index(
    target: SearchTable,
    words: Sequence[str],
    descending: bool,
    limit: int,
    edge: tuple[int, bool] | None,
) -> Select[Any]:
    """A window of matches in the key's order: the next ``WALK`` rows along the key are tested;
    only when they hold fewer than ``limit`` matches are the rest read from the text index (its
    matches beyond the walked rows, sorted). The planner itself walks the key until it has its
    ``limit`` matches whenever it expects them early — and expects them from how many rows
    match, not where: "netz 0042" (181 matches, estimated 612) walked 27 704 rows, 25 ms, where
    the index reads its candidates in 2 ms. Here a walk costs at most ``WALK`` rows, and a search
    whose matches are sparse at the top costs its matches."""
    index = table(target.name, column(target.key), column("body"))
    key = index.c[target.key]
    down = descending if edge is None else descending == edge[1]
    walked = select(key.label("k"), index.c.body.label("body"))
    if edge is not None:
        walked = walked.where(key < edge[0] if down else key > edge[0])
    walk = walked.order_by(key.desc() if down else key).limit(WALK).cte("walk")
    walk = walk.prefix_with("MATERIALIZED")

    def contains(body: Any) -> list[Any]:
        return [_pg_contains(body, w) for w in words]

    # (its first ``limit`` matches: the walk is read only until they are found)
    hits = select(walk.c.k).where(*contains(walk.c.body)).limit(limit).cte("hits")
    last = select((func.min if down else func.max)(walk.c.k)).scalar_subquery()
    walked_all = select(func.count()).select_from(walk).scalar_subquery() < WALK
    enough = select(func.count()).select_from(hits).scalar_subquery() >= limit
    # "+ 0": not the key's index (a walk, or a range over it, is what the planner would pick
    # again), the text index's candidates sorted
    unindexed = key + 0
    beyond = (
        select(key.label("k"))
        .where(*contains(index.c.body), unindexed < last if down else unindexed > last)
        .order_by(unindexed.desc() if down else unindexed)
        .limit(limit)
        .subquery()
    )
    # the condition above the LIMIT, where the planner cannot push it down: a plan with parallel
    # workers (a broad word's candidates) is then not even started (its workers cost ~5 ms)
    needed = select(beyond.c.k).where(~enough, ~walked_all)
    both = union_all(select(hits.c.k), needed).subquery()
    return select(both.c.k).order_by(both.c.k.desc() if down else both.c.k).limit(limit)
