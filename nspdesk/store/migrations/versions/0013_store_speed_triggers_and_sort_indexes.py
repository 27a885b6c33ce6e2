"""A quote revision's status changed alone is cheap; the due and review lists' orders indexed.

Issue 20, two parts.

**Triggers.** A change of a revision's status alone is cheap for the derived tables.

Expiring thousands of quotes at once (``store.quotes.expire_due`` after a long absence or an
import) spent its time in two row triggers on ``quote_revisions``, not in its statements:

- the list search's (migration 0008): any UPDATE of a searched column, ``status`` among them,
  made the quote's FTS5/trigram row and its ``search_quote_rows`` row anew, for OLD and NEW. The
  searched text (``search_quotes.body``: number, partner, subject, dates, lines) holds no status;
  only ``search_quote_rows.status`` does. Now ``status`` is no longer one of the general trigger's
  columns, and a trigger of its own (``search_quotes_revisions_status``) writes the new status
  into ``search_quote_rows`` where the revision is the quote's current one (the row's
  ``revision``), nothing else. SQLite: a row trigger ``AFTER UPDATE OF status … WHEN`` the status
  differs. PostgreSQL: one statement-level trigger with transition tables (one ``UPDATE … FROM``
  for all the statement's rows);
- the partners' generations of facts (migration 0010, ``store.fact_marks``): the due list reads
  the sent quotes, so a status change must still make the partner's kept facts stale. On
  PostgreSQL the row trigger counted the partner up once per revision through a PL/pgSQL call;
  for UPDATE it is now a statement-level trigger that counts each affected partner up once per
  statement (still past any generation read before it, which is all a generation must do).
  INSERT and DELETE keep the row trigger. On SQLite (no statement-level triggers) the row trigger
  stays: it is a cheap indexed upsert there.

**Indexes.** The due list (``store.due_facts.window``) orders the day's arranged items by the
column the user chose, then by its own order (urgency, due day, company, partner, kind, ref,
seq); migration 0010 indexed the own order, by partner and by due day, ascending. Every other
order (descending, by kind, by text) sorted all 57 000 shown items of a big database for each
window (60–300 ms). Now each has an index (``now_shown``, the key, the own order's rest), the
descending ones with the key ``DESC`` (a descending list keeps its ties in the own order, so an
index read backwards would not do), and one for the counts of a search (``now_shown``, urgency,
partner: the matching partners looked up instead of every shown item read). Not the partner
order descending: SQLite sorts only each company's few items (the 0010 index serves the rest).
About 28 MB on a database of 10 000 partners (65 000 stored items), the texts' two 15 of them. The review's list
sorted by decision or movement reads each value's run in company order
(``store.reviews.item_window``): an index per column (review, value, company, id).

No table is rebuilt (SQLite keeps the tables' triggers); only triggers, functions and indexes are
made.

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-05 14:40:00
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0013"
down_revision: str | None = "0012"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

STATUS = "search_quotes_revisions_status"
MARKS = "partner_fact_marks"
MARKS_UPDATE = f"{MARKS}_quote_revisions_update"

# the columns of a revision the searched text or the quote list's row is made from, but its status
_SEARCHED = "quote_id, number, subject, quote_date, valid_until, net, gross"

# --- SQLite: the general trigger's body as migration 0008 made it ------------------------------------

_SQLITE_NEW_SERIES = """
INSERT OR IGNORE INTO search_series(series)
SELECT DISTINCT series FROM quotes WHERE id IN ({ids}) ORDER BY series;
"""
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


def _sqlite_refresh_quotes(ids: str) -> str:
    return (
        _SQLITE_NEW_SERIES.format(ids=ids) + "DELETE FROM search_quotes WHERE rowid IN"
        f" (SELECT search_key FROM search_quote_rows WHERE quote_id IN ({ids}));"
        + f"DELETE FROM search_quote_rows WHERE quote_id IN ({ids});"
        + _SQLITE_QUOTE_BODY.format(where=f"q.id IN ({ids})")
        + _QUOTE_ROW.format(where=f"q.id IN ({ids})")
    )


def _sqlite_general(columns: str) -> str:
    body = _sqlite_refresh_quotes("OLD.quote_id") + _sqlite_refresh_quotes("NEW.quote_id")
    return (
        f"CREATE TRIGGER search_quotes_revisions_au AFTER UPDATE OF {columns} ON quote_revisions"
        f" BEGIN {body} END"
    )


# the status of the quote's current revision is the list row's (a row is the current revision's)
_SQLITE_STATUS = (
    f"CREATE TRIGGER {STATUS} AFTER UPDATE OF status ON quote_revisions"
    " WHEN OLD.status IS NOT NEW.status BEGIN"
    " UPDATE search_quote_rows SET status = NEW.status"
    " WHERE quote_id = NEW.quote_id AND revision = NEW.number; END"
)


def sqlite_triggers() -> dict[str, str]:
    """The triggers this migration makes, by name, each ``CREATE TRIGGER`` statement whole."""
    return {"search_quotes_revisions_au": _sqlite_general(_SEARCHED), STATUS: _SQLITE_STATUS}


# --- PostgreSQL -------------------------------------------------------------------------------------

_PG_STATUS = f"""
CREATE FUNCTION {STATUS}() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE search_quote_rows s SET status = n.status
  FROM new_rows n JOIN old_rows o ON o.id = n.id
  WHERE o.status IS DISTINCT FROM n.status
    AND s.quote_id = n.quote_id AND s.revision = n.number;
  RETURN NULL;
END $$;
CREATE TRIGGER {STATUS} AFTER UPDATE ON quote_revisions
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION {STATUS}();
"""
# each partner whose revisions the statement changed, once, in a fixed order (two writers lock
# the marks in the same order)
_PG_MARKS_UPDATE = f"""
CREATE FUNCTION {MARKS_UPDATE}() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO {MARKS}(partner_id, generation)
  SELECT DISTINCT q.partner_id, 1 FROM quotes q
  WHERE q.id IN (SELECT quote_id FROM old_rows UNION SELECT quote_id FROM new_rows)
  ORDER BY q.partner_id
  ON CONFLICT (partner_id) DO UPDATE SET generation = {MARKS}.generation + 1;
  RETURN NULL;
END $$;
CREATE TRIGGER {MARKS_UPDATE} AFTER UPDATE ON quote_revisions
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION {MARKS_UPDATE}();
"""


def _pg_search_revisions(columns: str) -> str:
    return (
        "CREATE TRIGGER search_quotes_revisions AFTER INSERT OR DELETE"
        f" OR UPDATE OF {columns} ON quote_revisions"
        " FOR EACH ROW EXECUTE FUNCTION search_quotes_on_revisions()"
    )


def _pg_marks_revisions(events: str) -> str:
    return (
        f"CREATE TRIGGER {MARKS}_quote_revisions AFTER {events} ON quote_revisions"
        f" FOR EACH ROW EXECUTE FUNCTION {MARKS}_on_quote_revisions()"
    )


# --- indexes -----------------------------------------------------------------------------------------


def _due_indexes(postgresql: bool) -> dict[str, str]:
    """The due list's orders (``store.due_facts.window``): name to the indexed columns after
    ``now_shown``. Texts compare by code point (as Python's ``str``) on both dialects."""
    c = ' COLLATE "C"' if postgresql else ""
    own = {
        "urgency": "now_urgency",
        "due": "now_due",
        "company": f"company{c}",
        "partner": "partner_id",
        "kind": "now_kind",
        "ref": "ref",
        "seq": "seq",
    }

    def by(key: str, column: str, desc: bool) -> str:
        rest = [value for name, value in own.items() if name != key]
        return ", ".join([column + (" DESC" if desc else ""), *rest])

    return {
        "ix_due_facts_now_urgency_desc": by("urgency", "now_urgency", True),
        "ix_due_facts_now_due_desc": by("due", "now_due", True),
        "ix_due_facts_now_kind": by("kind", "now_kind", False),
        "ix_due_facts_now_kind_desc": by("kind", "now_kind", True),
        "ix_due_facts_now_text": by("", f"text_key{c}", False),
        "ix_due_facts_now_text_desc": by("", f"text_key{c}", True),
        # the counts per urgency of a search: the matching partners' items looked up
        "ix_due_facts_now_search": "now_urgency, partner_id",
    }


_REVIEW_INDEXES = {
    "ix_review_items_decision": "review_id, decision, company_key, id",
    "ix_review_items_kind": "review_id, kind, company_key, id",
}


def _create_indexes(postgresql: bool) -> None:
    for name, columns in _due_indexes(postgresql).items():
        op.execute(f"CREATE INDEX {name} ON due_facts (now_shown, {columns})")
    for name, columns in _REVIEW_INDEXES.items():
        op.execute(f"CREATE INDEX {name} ON review_items ({columns})")


def _drop_indexes() -> None:
    for name in [*_due_indexes(False), *_REVIEW_INDEXES]:
        op.execute(f"DROP INDEX IF EXISTS {name}")


def upgrade() -> None:
    postgresql = op.get_bind().dialect.name == "postgresql"
    _create_indexes(postgresql)
    if postgresql:
        op.execute("DROP TRIGGER search_quotes_revisions ON quote_revisions")
        op.execute(_pg_search_revisions(_SEARCHED))
        op.execute(_PG_STATUS)
        op.execute(f"DROP TRIGGER {MARKS}_quote_revisions ON quote_revisions")
        op.execute(_pg_marks_revisions("INSERT OR DELETE"))
        op.execute(_PG_MARKS_UPDATE)
        return
    op.execute("DROP TRIGGER search_quotes_revisions_au")
    for statement in sqlite_triggers().values():
        op.execute(statement)


def downgrade() -> None:
    _drop_indexes()
    if op.get_bind().dialect.name == "postgresql":
        op.execute(f"DROP TRIGGER IF EXISTS {MARKS_UPDATE} ON quote_revisions")
        op.execute(f"DROP FUNCTION IF EXISTS {MARKS_UPDATE}()")
        op.execute(f"DROP TRIGGER IF EXISTS {MARKS}_quote_revisions ON quote_revisions")
        op.execute(_pg_marks_revisions("INSERT OR UPDATE OR DELETE"))
        op.execute(f"DROP TRIGGER IF EXISTS {STATUS} ON quote_revisions")
        op.execute(f"DROP FUNCTION IF EXISTS {STATUS}()")
        op.execute("DROP TRIGGER IF EXISTS search_quotes_revisions ON quote_revisions")
        op.execute(_pg_search_revisions(f"{_SEARCHED}, status"))
        return
    op.execute(f"DROP TRIGGER IF EXISTS {STATUS}")
    op.execute("DROP TRIGGER IF EXISTS search_quotes_revisions_au")
    op.execute(_sqlite_general(f"{_SEARCHED}, status"))
