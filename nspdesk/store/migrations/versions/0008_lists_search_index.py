"""The lists search in the database's own text index (issue 20).

Derived tables, never edited by anyone and never synced: ``search_quotes`` (a quote's number,
its partner's name and customer number, the current revision's subject, date, validity and its
lines' article numbers and descriptions), ``search_partners`` (a partner's name, customer
number and city) and ``search_quote_rows`` (per quote what the list filters and sorts by: year and
sequence, partner, and the current revision's status, number, dates and amounts, each sort column
indexed, so that a window of 100 000 quotes in any order is read from an index). Triggers on the
tables they are made from keep them in step with every write,
whoever makes it (the app, the command line, an import, a colleague's app on the same database);
this migration fills them from what is there.

SQLite: FTS5 tables with the trigram tokenizer (SQLite 3.34 or newer), the key is the ``rowid``.
A quote's key in ``search_quotes`` is its number as one integer, ``(year * 10 000 000 + sequence)
* 10 000 + series`` (``search_quote_rows.search_key``), so that the index hands out the matches of a
search in the list's default order, a window at a time, without reading them all. ``series`` is the
number a fourth derived table, ``search_series``, gives each quote number series this database has
seen (the team's own series "" is 0, a device's series ``MK`` of ``A-2026-MK-0007`` the next free
number, docs/sync.md): quotes sort by year, then running number, then series.
PostgreSQL: plain tables with a ``pg_trgm`` GIN index on ``body``, which is kept in lower case
(``lower()``), so that a search compares with ``LIKE`` (``ILIKE`` folds every row's text again on
each search: 0.3 s for 100 000 quotes). Where the extension cannot be
created (a team server without it or without the right), the tables and triggers are made without
the index and the search reads every row (``LIKE``); the log says so, the migration does not fail.

A later migration that recreates ``quotes``, ``quote_revisions``, ``quote_lines`` or ``partners``
(SQLite's copy-and-move) drops their triggers and must make them again:
``tests/integration/test_list_search.py`` checks that the newest schema has them all.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-05 09:10:00
"""

from __future__ import annotations

import logging
from collections.abc import Sequence

from alembic import op

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

log = logging.getLogger(__name__)

# --- SQLite -----------------------------------------------------------------------------------------

_SQLITE_QUOTE_BODY = """
INSERT INTO search_quotes(rowid, body)
SELECT (CAST(q.year AS bigint) * 10000000 + q.sequence) * 10000
       + (SELECT k FROM search_series WHERE series = q.series),
       q.number || ' ' || p.company || ' ' || p.customer_number || ' ' || r.subject || ' '
       || strftime('%d.%m.%Y', r.quote_date) || ' ' || strftime('%d.%m.%Y', r.valid_until) || ' '
       || coalesce((SELECT group_concat(l.article_number || ' ' || l.description, ' ')
                    FROM quote_lines l WHERE l.revision_id = r.id), '')
FROM quotes q
JOIN partners p ON p.id = q.partner_id
JOIN quote_revisions r ON r.quote_id = q.id
WHERE r.number = (SELECT max(number) FROM quote_revisions WHERE quote_id = q.id) AND {where};
"""
_SQLITE_PARTNER_BODY = """
INSERT INTO search_partners(rowid, body)
SELECT p.id, p.company || ' ' || p.customer_number || ' ' || p.city
FROM partners p WHERE {where};
"""


_QUOTE_ROW = """
INSERT INTO search_quote_rows(quote_id, search_key, year, sequence, partner_id, partner_key,
                              status, revision, quote_date, valid_until, net, gross)
SELECT q.id, (CAST(q.year AS bigint) * 10000000 + q.sequence) * 10000
       + (SELECT k FROM search_series WHERE series = q.series),
       q.year, q.sequence, q.partner_id, lower(p.company),
       r.status, r.number, r.quote_date, r.valid_until, r.net, r.gross
FROM quotes q
JOIN partners p ON p.id = q.partner_id
JOIN quote_revisions r ON r.quote_id = q.id
WHERE r.number = (SELECT max(number) FROM quote_revisions WHERE quote_id = q.id) AND {where};
"""
_ROW_COLUMNS = """(
  quote_id integer PRIMARY KEY, search_key bigint NOT NULL, year integer NOT NULL,
  sequence integer NOT NULL,
  partner_id integer NOT NULL, partner_key varchar(200) NOT NULL, status varchar(20) NOT NULL,
  revision integer NOT NULL, quote_date date NOT NULL, valid_until date NOT NULL,
  net bigint NOT NULL, gross bigint NOT NULL
)"""
_ROW_INDEXES = {
    "search_key": "search_key",
    "year": "year",
    "partner": "partner_key, partner_id",
    "partner_id": "partner_id",
    "date": "quote_date",
    "valid_until": "valid_until",
    "status": "status",
    "revision": "revision",
    "net": "net",
    "gross": "gross",
}


def _sqlite_refresh_quotes(ids: str) -> str:
    """Statements that make the rows of the quotes ``ids`` (an SQL expression of ids) anew."""
    return (
        _SQLITE_NEW_SERIES.format(ids=ids) + "DELETE FROM search_quotes WHERE rowid IN"
        f" (SELECT search_key FROM search_quote_rows WHERE quote_id IN ({ids}));"
        + f"DELETE FROM search_quote_rows WHERE quote_id IN ({ids});"
        + _SQLITE_QUOTE_BODY.format(where=f"q.id IN ({ids})")
        + _QUOTE_ROW.format(where=f"q.id IN ({ids})")
    )


# SQLite numbers a new series itself (``k`` is the rowid); the team's series "" is 0
_SQLITE_NEW_SERIES = """
INSERT OR IGNORE INTO search_series(series)
SELECT DISTINCT series FROM quotes WHERE id IN ({ids}) ORDER BY series;
"""
_PG_NEW_SERIES = """
  INSERT INTO search_series(series)
  SELECT DISTINCT series FROM quotes
  WHERE id = ANY(ids) AND series NOT IN (SELECT series FROM search_series) ORDER BY series
  ON CONFLICT (series) DO NOTHING;
"""


def _create_quote_rows() -> None:
    op.execute(f"CREATE TABLE search_quote_rows {_ROW_COLUMNS}")
    for name, columns in _ROW_INDEXES.items():
        op.execute(f"CREATE INDEX ix_search_quote_rows_{name} ON search_quote_rows ({columns})")


_OF_LINE = "SELECT quote_id FROM quote_revisions WHERE id = {row}.revision_id"
_SQLITE_TRIGGERS = {
    "search_quotes_quotes_ai": ("AFTER INSERT ON quotes", _sqlite_refresh_quotes("NEW.id")),
    "search_quotes_quotes_au": (
        "AFTER UPDATE OF id, number, year, series, sequence, partner_id ON quotes",
        _sqlite_refresh_quotes("OLD.id") + _sqlite_refresh_quotes("NEW.id"),
    ),
    "search_quotes_quotes_ad": (
        "AFTER DELETE ON quotes",
        _sqlite_refresh_quotes("OLD.id"),
    ),
    "search_quotes_revisions_ai": (
        "AFTER INSERT ON quote_revisions",
        _sqlite_refresh_quotes("NEW.quote_id"),
    ),
    "search_quotes_revisions_au": (
        "AFTER UPDATE OF quote_id, number, subject, quote_date, valid_until, status, net, gross"
        " ON quote_revisions",
        _sqlite_refresh_quotes("OLD.quote_id") + _sqlite_refresh_quotes("NEW.quote_id"),
    ),
    "search_quotes_revisions_ad": (
        "AFTER DELETE ON quote_revisions",
        _sqlite_refresh_quotes("OLD.quote_id"),
    ),
    "search_quotes_lines_ai": (
        "AFTER INSERT ON quote_lines",
        _sqlite_refresh_quotes(_OF_LINE.format(row="NEW")),
    ),
    "search_quotes_lines_au": (
        "AFTER UPDATE OF revision_id, article_number, description ON quote_lines",
        _sqlite_refresh_quotes(_OF_LINE.format(row="OLD"))
        + _sqlite_refresh_quotes(_OF_LINE.format(row="NEW")),
    ),
    "search_quotes_lines_ad": (
        "AFTER DELETE ON quote_lines",
        _sqlite_refresh_quotes(_OF_LINE.format(row="OLD")),
    ),
    "search_quotes_partners_au": (
        "AFTER UPDATE OF company, customer_number ON partners",
        _sqlite_refresh_quotes("SELECT id FROM quotes WHERE partner_id = NEW.id"),
    ),
    "search_partners_ai": (
        "AFTER INSERT ON partners",
        _SQLITE_PARTNER_BODY.format(where="p.id = NEW.id"),
    ),
    "search_partners_au": (
        "AFTER UPDATE OF id, company, customer_number, city ON partners",
        "DELETE FROM search_partners WHERE rowid = OLD.id;"
        + _SQLITE_PARTNER_BODY.format(where="p.id = NEW.id"),
    ),
    "search_partners_ad": (
        "AFTER DELETE ON partners",
        "DELETE FROM search_partners WHERE rowid = OLD.id;",
    ),
}


def _upgrade_sqlite() -> None:
    op.execute("CREATE TABLE search_series (k INTEGER PRIMARY KEY, series TEXT NOT NULL UNIQUE)")
    op.execute("INSERT INTO search_series(k, series) VALUES (0, '')")
    op.execute(_SQLITE_NEW_SERIES.format(ids="SELECT id FROM quotes"))
    for table in ("search_quotes", "search_partners"):
        op.execute(
            f"CREATE VIRTUAL TABLE {table} USING fts5(body, tokenize='trigram case_sensitive 0')"
        )
    _create_quote_rows()
    for name, (when, body) in _SQLITE_TRIGGERS.items():
        op.execute(f"CREATE TRIGGER {name} {when} BEGIN {body} END")
    op.execute(_SQLITE_QUOTE_BODY.format(where="1"))
    op.execute(_QUOTE_ROW.format(where="1"))
    op.execute(_SQLITE_PARTNER_BODY.format(where="1"))


# --- PostgreSQL -------------------------------------------------------------------------------------

_PG_FUNCTIONS = """
CREATE FUNCTION search_quotes_refresh(ids integer[]) RETURNS void LANGUAGE sql AS $$
{new_series}  DELETE FROM search_quotes
  WHERE search_key IN (SELECT search_key FROM search_quote_rows WHERE quote_id = ANY(ids));
  DELETE FROM search_quote_rows WHERE quote_id = ANY(ids);
  INSERT INTO search_quotes(search_key, body)
  SELECT (CAST(q.year AS bigint) * 10000000 + q.sequence) * 10000
       + (SELECT k FROM search_series WHERE series = q.series),
         lower(concat_ws(' ', q.number, p.company, p.customer_number, r.subject,
                   to_char(r.quote_date, 'DD.MM.YYYY'), to_char(r.valid_until, 'DD.MM.YYYY'),
                   (SELECT string_agg(concat_ws(' ', l.article_number, l.description), ' '
                                      ORDER BY l.position)
                    FROM quote_lines l WHERE l.revision_id = r.id)))
  FROM quotes q
  JOIN partners p ON p.id = q.partner_id
  JOIN quote_revisions r ON r.quote_id = q.id
  WHERE q.id = ANY(ids)
    AND r.number = (SELECT max(number) FROM quote_revisions WHERE quote_id = q.id);
{quote_rows}$$;

CREATE FUNCTION search_partners_refresh(ids integer[]) RETURNS void LANGUAGE sql AS $$
  DELETE FROM search_partners WHERE partner_id = ANY(ids);
  INSERT INTO search_partners(partner_id, body)
  SELECT p.id, lower(concat_ws(' ', p.company, p.customer_number, p.city))
  FROM partners p WHERE p.id = ANY(ids);
$$;

CREATE FUNCTION search_quotes_on_quotes() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP <> 'INSERT' THEN PERFORM search_quotes_refresh(ARRAY[OLD.id]); END IF;
  IF TG_OP <> 'DELETE' THEN PERFORM search_quotes_refresh(ARRAY[NEW.id]); END IF;
  RETURN NULL;
END $$;

CREATE FUNCTION search_quotes_on_revisions() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP <> 'INSERT' THEN PERFORM search_quotes_refresh(ARRAY[OLD.quote_id]); END IF;
  IF TG_OP <> 'DELETE' THEN PERFORM search_quotes_refresh(ARRAY[NEW.quote_id]); END IF;
  RETURN NULL;
END $$;

CREATE FUNCTION search_quotes_on_lines() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP <> 'INSERT' THEN
    PERFORM search_quotes_refresh(
      ARRAY(SELECT quote_id FROM quote_revisions WHERE id = OLD.revision_id));
  END IF;
  IF TG_OP <> 'DELETE' THEN
    PERFORM search_quotes_refresh(
      ARRAY(SELECT quote_id FROM quote_revisions WHERE id = NEW.revision_id));
  END IF;
  RETURN NULL;
END $$;

CREATE FUNCTION search_on_partners() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    DELETE FROM search_partners WHERE partner_id = OLD.id;
    RETURN NULL;
  END IF;
  PERFORM search_partners_refresh(ARRAY[NEW.id]);
  IF TG_OP = 'UPDATE' THEN
    PERFORM search_quotes_refresh(ARRAY(SELECT id FROM quotes WHERE partner_id = NEW.id));
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER search_quotes_quotes AFTER INSERT OR DELETE
  OR UPDATE OF id, number, year, series, sequence, partner_id
  ON quotes FOR EACH ROW EXECUTE FUNCTION search_quotes_on_quotes();
CREATE TRIGGER search_quotes_revisions AFTER INSERT OR DELETE
  OR UPDATE OF quote_id, number, subject, quote_date, valid_until, status, net, gross
  ON quote_revisions FOR EACH ROW EXECUTE FUNCTION search_quotes_on_revisions();
CREATE TRIGGER search_quotes_lines AFTER INSERT OR DELETE
  OR UPDATE OF revision_id, article_number, description
  ON quote_lines FOR EACH ROW EXECUTE FUNCTION search_quotes_on_lines();
CREATE TRIGGER search_partners AFTER INSERT OR DELETE
  OR UPDATE OF id, company, customer_number, city
  ON partners FOR EACH ROW EXECUTE FUNCTION search_on_partners();
"""


def _upgrade_postgresql() -> None:
    op.execute(
        "CREATE TABLE search_series"
        " (k integer GENERATED BY DEFAULT AS IDENTITY (START WITH 1) PRIMARY KEY,"
        " series varchar(40) NOT NULL UNIQUE)"
    )
    op.execute("INSERT INTO search_series(k, series) VALUES (0, '')")
    op.execute("CREATE TABLE search_quotes (search_key bigint PRIMARY KEY, body text NOT NULL)")
    op.execute("CREATE TABLE search_partners (partner_id integer PRIMARY KEY, body text NOT NULL)")
    _create_quote_rows()
    op.execute(
        _PG_FUNCTIONS.replace("{quote_rows}", _QUOTE_ROW.format(where="q.id = ANY(ids)")).replace(
            "{new_series}", _PG_NEW_SERIES
        )
    )
    op.execute("SELECT search_quotes_refresh(ARRAY(SELECT id FROM quotes))")
    op.execute("SELECT search_partners_refresh(ARRAY(SELECT id FROM partners))")
    connection = op.get_bind()
    try:
        with connection.begin_nested():
            connection.exec_driver_sql("CREATE EXTENSION IF NOT EXISTS pg_trgm")
            for table in ("search_quotes", "search_partners"):
                connection.exec_driver_sql(
                    f"CREATE INDEX ix_{table}_body ON {table} USING gin (body gin_trgm_ops)"
                )
    except Exception as error:  # any refusal: search without the index
        log.warning(
            "pg_trgm is not available on this server (%s): the lists search without a text "
            "index (LIKE over every row); ask the administrator for CREATE EXTENSION pg_trgm",
            str(error).splitlines()[0] if str(error) else type(error).__name__,
        )


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        _upgrade_postgresql()
    else:
        _upgrade_sqlite()


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for trigger, table in (
            ("search_quotes_quotes", "quotes"),
            ("search_quotes_revisions", "quote_revisions"),
            ("search_quotes_lines", "quote_lines"),
            ("search_partners", "partners"),
        ):
            op.execute(f"DROP TRIGGER IF EXISTS {trigger} ON {table}")
        for function in (
            "search_on_partners()",
            "search_quotes_on_lines()",
            "search_quotes_on_revisions()",
            "search_quotes_on_quotes()",
            "search_partners_refresh(integer[])",
            "search_quotes_refresh(integer[])",
        ):
            op.execute(f"DROP FUNCTION IF EXISTS {function}")
    else:
        for name in _SQLITE_TRIGGERS:
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
    op.execute("DROP TABLE IF EXISTS search_quotes")
    op.execute("DROP TABLE IF EXISTS search_partners")
    op.execute("DROP TABLE IF EXISTS search_quote_rows")
    op.execute("DROP TABLE IF EXISTS search_series")
