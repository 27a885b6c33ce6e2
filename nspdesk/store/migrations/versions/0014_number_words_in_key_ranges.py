"""PostgreSQL: a typed quote number is searched by its key ranges (issue 20, "number words").

A word with hyphens such as ``a-2025-01`` is, to pg_trgm, ``a``, ``2025`` and ``01`` — in
thousands of texts (every number, every date) — so neither the trigram index nor the walk along
the key (the list's order) finds its matches quickly: 25–55 ms a keystroke on 100 000 quotes, the quote list's
95th percentile. The numbers that contain such a word are worked out instead
(``store.number_search``: ranges of ``search_quotes.search_key``, which is the number as one
integer), and the word's other matches are found by two indexes made here:

- ``ix_search_quotes_rest``: a trigram index over a quote's text after its number (the first word
  of ``body``) with ``-``, ``.`` and ``/`` read as letters, so that a word like ``a-2025-01`` is one
  run of trigrams (``aq2``, ``25q``, ``q01``…) and not ``a``, ``2025`` and ``01`` apart. Only a
  filter: each row it hands out is compared with the real text (``LIKE``).
- ``ix_search_quotes_irregular``: the quotes whose number is not the one its key says
  (``search_number_regular``; the app makes none — ``store.quotes.format_number`` — but a number
  written by hand in the team database would be one), searched by their text as before.

SQLite needs neither: FTS5 answers these words from its own index in a few milliseconds.

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-05 23:55:00
"""

from __future__ import annotations

import logging
from collections.abc import Sequence

from alembic import op

revision: str = "0014"
down_revision: str | None = "0013"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

log = logging.getLogger(__name__)

# store.list_search uses the same expressions: an index serves a query only for its very expression
REST = "translate(substr(body, strpos(body, ' ') + 1), '-./', 'qqq')"
REGULAR = "search_number_regular(body, search_key)"

# the number a key stands for (store.quotes.format_number in lower case, the series' name not
# known here: any run of characters), compared with the first word of the text
_REGULAR_FUNCTION = r"""
CREATE FUNCTION search_number_regular(body text, key bigint) RETURNS boolean
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT split_part(body, ' ', 1) ~ (
    '^a-' || (key / 100000000000)::text || '-'
    || CASE WHEN key % 10000 = 0 THEN '' ELSE '[^ ]+-' END
    || CASE WHEN (key / 10000) % 10000000 < 10000
            THEN lpad(((key / 10000) % 10000000)::text, 4, '0')
            ELSE ((key / 10000) % 10000000)::text END
    || '$')
$$;
"""


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute(_REGULAR_FUNCTION)
    op.execute(
        f"CREATE INDEX ix_search_quotes_irregular ON search_quotes (search_key) WHERE NOT {REGULAR}"
    )
    connection = op.get_bind()
    has_trigrams = connection.exec_driver_sql(
        "SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm'"
    ).first()
    if has_trigrams is None:  # migration 0008 said so in the log: the search reads every row
        log.warning("pg_trgm is not available on this server: no index for typed numbers")
        return
    op.execute(
        f"CREATE INDEX ix_search_quotes_rest ON search_quotes USING gin (({REST}) gin_trgm_ops)"
    )


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute("DROP INDEX IF EXISTS ix_search_quotes_rest")
    op.execute("DROP INDEX IF EXISTS ix_search_quotes_irregular")
    op.execute("DROP FUNCTION IF EXISTS search_number_regular(text, bigint)")
