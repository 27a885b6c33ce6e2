"""The catalog list searches in the database's own text index (issue 20), as the quote and partner
lists do since 0008.

A derived table, never edited by anyone and never synced: ``search_catalog``, per price version
(``catalog_items.id``) its article number, name, unit and category id. Triggers on
``catalog_items`` keep it in step with every write, whoever makes it (the app, the command line, a
catalog import, sync); this migration fills it from what is there. The catalog is small (a few
hundred versions), so ``nspdesk.store.list_search`` also searches words of one or two characters
in it, by ``LIKE`` over every row's text.

SQLite: an FTS5 table with the trigram tokenizer, the key is the ``rowid``. PostgreSQL: a plain
table with a ``pg_trgm`` GIN index on ``body``, which is kept in lower case; where the extension
cannot be created (a team server without it or without the right) the table and its trigger are
made without the index and the search reads every row (``LIKE``); the log says so, the migration
does not fail.

A later migration that recreates ``catalog_items`` (SQLite's copy-and-move) drops its triggers and
must make them again: ``tests/integration/test_catalog_search.py`` checks the newest schema has
them.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-05 11:40:00
"""

from __future__ import annotations

import logging
from collections.abc import Sequence

from alembic import op

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

log = logging.getLogger(__name__)

# --- SQLite -----------------------------------------------------------------------------------------

_SQLITE_BODY = """
INSERT INTO search_catalog(rowid, body)
SELECT c.id, c.article_number || ' ' || c.name || ' ' || c.unit || ' ' || c.category
FROM catalog_items c WHERE {where};
"""
_SQLITE_TRIGGERS = {
    "search_catalog_ai": (
        "AFTER INSERT ON catalog_items",
        _SQLITE_BODY.format(where="c.id = NEW.id"),
    ),
    "search_catalog_au": (
        "AFTER UPDATE OF id, article_number, name, unit, category ON catalog_items",
        "DELETE FROM search_catalog WHERE rowid = OLD.id;"
        + _SQLITE_BODY.format(where="c.id = NEW.id"),
    ),
    "search_catalog_ad": (
        "AFTER DELETE ON catalog_items",
        "DELETE FROM search_catalog WHERE rowid = OLD.id;",
    ),
}


def _upgrade_sqlite() -> None:
    op.execute(
        "CREATE VIRTUAL TABLE search_catalog USING fts5(body, tokenize='trigram case_sensitive 0')"
    )
    for name, (when, body) in _SQLITE_TRIGGERS.items():
        op.execute(f"CREATE TRIGGER {name} {when} BEGIN {body} END")
    op.execute(_SQLITE_BODY.format(where="1"))


# --- PostgreSQL -------------------------------------------------------------------------------------

_PG_FUNCTIONS = """
CREATE FUNCTION search_catalog_refresh(ids integer[]) RETURNS void LANGUAGE sql AS $$
  DELETE FROM search_catalog WHERE item_id = ANY(ids);
  INSERT INTO search_catalog(item_id, body)
  SELECT c.id, lower(concat_ws(' ', c.article_number, c.name, c.unit, c.category))
  FROM catalog_items c WHERE c.id = ANY(ids);
$$;

CREATE FUNCTION search_on_catalog_items() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP <> 'INSERT' THEN
    DELETE FROM search_catalog WHERE item_id = OLD.id;
  END IF;
  IF TG_OP <> 'DELETE' THEN
    PERFORM search_catalog_refresh(ARRAY[NEW.id]);
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER search_catalog AFTER INSERT OR DELETE
  OR UPDATE OF id, article_number, name, unit, category
  ON catalog_items FOR EACH ROW EXECUTE FUNCTION search_on_catalog_items();
"""


def _upgrade_postgresql() -> None:
    op.execute("CREATE TABLE search_catalog (item_id integer PRIMARY KEY, body text NOT NULL)")
    op.execute(_PG_FUNCTIONS)
    op.execute("SELECT search_catalog_refresh(ARRAY(SELECT id FROM catalog_items))")
    connection = op.get_bind()
    try:
        with connection.begin_nested():
            connection.exec_driver_sql("CREATE EXTENSION IF NOT EXISTS pg_trgm")
            connection.exec_driver_sql(
                "CREATE INDEX ix_search_catalog_body ON search_catalog USING gin (body gin_trgm_ops)"
            )
    except Exception as error:  # any refusal: search without the index
        log.warning(
            "pg_trgm is not available on this server (%s): the catalog searches without a text "
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
        op.execute("DROP TRIGGER IF EXISTS search_catalog ON catalog_items")
        op.execute("DROP FUNCTION IF EXISTS search_on_catalog_items()")
        op.execute("DROP FUNCTION IF EXISTS search_catalog_refresh(integer[])")
    else:
        for name in _SQLITE_TRIGGERS:
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
    op.execute("DROP TABLE IF EXISTS search_catalog")
