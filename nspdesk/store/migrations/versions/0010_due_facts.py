"""The partners' generations of facts, and the due list's stored facts (issue 20).

Tables nobody edits, never synced or exported (``list_search.DERIVED_TABLES``):

- ``partner_fact_marks``: per partner a number that every change of its facts counts up
  (``nspdesk.store.fact_marks``). SQL cannot run the rules, so the triggers on every table a
  per-partner value is read from (partners, tier history, trainings, technicians and their
  courses, backlink checks, agreements, partner years, quotes, their revisions and lines,
  onboarding checklists and steps) only count; a derived value kept with another generation than
  its partner's current one is stale and is worked out again by the service that reads it. The
  due list (below) and the partner list's standings (0011) both use it.
- ``due_partners``: one state row per partner whose due facts are computed: the facts themselves
  (JSON of ``nspdesk.domain.due.DueFacts``), the partner's generation they were computed from, the
  days they hold for (``valid_from``: the day they were computed; ``valid_until``: the year's end,
  the day before the next tier change, change of a service agreement or edition; day numbers)
  and the ``basis`` they were made on (edition and format).
- ``due_facts``: every item the domain could list for the partner whatever the thresholds, with
  the day it is computed from (``day``), the rule that makes it due (``rule``), its urgency, and
  the keys the list sorts by; which are due on a day under the user's thresholds is a ``WHERE``.
  And the day's order (``now_*``: shown or not, urgency, due day, kind) for the one day and set of
  thresholds in ``due_arranged``, with an index in each of the list's main orders, so that a
  window is an index walk (``store.due_facts.arrange``).

A trigger on ``due_partners`` deletes the items of a state row that goes, and one on ``partners``
the state row of a partner that goes (triggers, not foreign keys: SQLite's migrations run with
foreign keys off, and a row left behind there would fail their check); every stored item belongs
to a partner with a state row (the reads need no join). This migration leaves the tables empty:
every partner is stale and is computed on the first read.

A later migration that recreates one of the source tables on SQLite (copy-and-move) drops its
triggers and must make them again: ``tests/integration/test_due_facts.py`` checks the newest
schema has them.

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-05 12:20:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0010"
down_revision: str | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

MARKS = "partner_fact_marks"
STATE = "due_partners"
# each source table and how its row names the partner (as store/fact_marks.py SOURCES then)
_SOURCES = (
    ("partners", "{row}.id"),
    ("tier_history", "{row}.partner_id"),
    ("trainings", "{row}.partner_id"),
    ("technicians", "{row}.partner_id"),
    ("admin_courses", "(SELECT partner_id FROM technicians WHERE id = {row}.technician_id)"),
    ("backlink_checks", "{row}.partner_id"),
    ("agreements", "{row}.partner_id"),
    ("partner_years", "{row}.partner_id"),
    ("quotes", "{row}.partner_id"),
    ("quote_revisions", "(SELECT partner_id FROM quotes WHERE id = {row}.quote_id)"),
    (
        "quote_lines",
        "(SELECT q.partner_id FROM quote_revisions r JOIN quotes q ON q.id = r.quote_id"
        " WHERE r.id = {row}.revision_id)",
    ),
    ("onboarding_checklists", "{row}.partner_id"),
    (
        "onboarding_steps",
        "(SELECT partner_id FROM onboarding_checklists WHERE id = {row}.checklist_id)",
    ),
)


def _create_tables() -> None:
    op.create_table(
        MARKS,
        sa.Column("partner_id", sa.Integer, primary_key=True, autoincrement=False),
        sa.Column("generation", sa.Integer, nullable=False),
    )
    op.create_table(
        STATE,
        sa.Column("partner_id", sa.Integer, primary_key=True, autoincrement=False),
        sa.Column("generation", sa.Integer, nullable=False),
        sa.Column("basis", sa.String(100), nullable=False),
        sa.Column("valid_from", sa.Integer, nullable=False),
        sa.Column("valid_until", sa.Integer, nullable=False),
        sa.Column("facts", sa.Text, nullable=False),
    )
    op.create_table(
        "due_facts",
        sa.Column("partner_id", sa.Integer, primary_key=True, autoincrement=False),
        sa.Column("kind", sa.Integer, primary_key=True, autoincrement=False),
        sa.Column("ref", sa.Integer, primary_key=True, autoincrement=False),
        sa.Column("day", sa.Integer, primary_key=True, autoincrement=False),
        sa.Column("seq", sa.Integer, primary_key=True, autoincrement=False),
        sa.Column("rule", sa.Integer, nullable=False),
        sa.Column("urgency", sa.Integer, nullable=False),
        sa.Column("company", sa.Text, nullable=False),
        sa.Column("company_key", sa.Text, nullable=False),
        sa.Column("text_key", sa.Text, nullable=False),
        sa.Column("now_shown", sa.Integer),
        sa.Column("now_urgency", sa.Integer),
        sa.Column("now_due", sa.Integer),
        sa.Column("now_kind", sa.Integer),
    )
    # what the counts read (the index alone) and the day's ranges of each rule
    op.create_index(
        "ix_due_facts_rule_day", "due_facts", ["rule", "day", "urgency", "kind", "partner_id"]
    )
    op.create_table(
        "due_arranged",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=False),
        sa.Column("day", sa.Integer, nullable=False),
        sa.Column("limits", sa.String(200), nullable=False),
    )
    # the list's orders on the day arranged: its own (urgency, due day, partner), by partner and
    # by due day; the texts compare by code point (as Python's str) on both dialects
    collate = ' COLLATE "C"' if op.get_bind().dialect.name == "postgresql" else ""
    tail = f"company{collate}, partner_id, now_kind, ref, seq"
    for name, keys in (
        ("ix_due_facts_now", "now_urgency, now_due"),
        ("ix_due_facts_now_partner", f"company_key{collate}, now_urgency, now_due"),
        ("ix_due_facts_now_due", "now_due, now_urgency"),
    ):
        op.execute(f"CREATE INDEX {name} ON due_facts (now_shown, {keys}, {tail})")


# --- SQLite -----------------------------------------------------------------------------------------

_SQLITE_MARK = (
    f"INSERT INTO {MARKS}(partner_id, generation)"
    " SELECT p, 1 FROM (SELECT {partner} AS p) WHERE p IS NOT NULL"
    " ON CONFLICT(partner_id) DO UPDATE SET generation = generation + 1;"
)


def sqlite_triggers() -> dict[str, str]:
    """The triggers by name, each ``CREATE TRIGGER`` statement whole."""
    out = {}
    for table, partner in _SOURCES:
        new, old = partner.format(row="NEW"), partner.format(row="OLD")
        bodies = {
            "ai": ("INSERT", _SQLITE_MARK.format(partner=new)),
            "au": ("UPDATE", _SQLITE_MARK.format(partner=old) + _SQLITE_MARK.format(partner=new)),
            "ad": ("DELETE", _SQLITE_MARK.format(partner=old)),
        }
        for suffix, (event, body) in bodies.items():
            name = f"{MARKS}_{table}_{suffix}"
            out[name] = f"CREATE TRIGGER {name} AFTER {event} ON {table} BEGIN {body} END"
    out[f"{STATE}_forget_items"] = (
        f"CREATE TRIGGER {STATE}_forget_items AFTER DELETE ON {STATE} "
        "BEGIN DELETE FROM due_facts WHERE partner_id = OLD.partner_id; END"
    )
    out[f"{STATE}_gone"] = (
        f"CREATE TRIGGER {STATE}_gone AFTER DELETE ON partners "
        f"BEGIN DELETE FROM {STATE} WHERE partner_id = OLD.id; END"
    )
    return out


# --- PostgreSQL -------------------------------------------------------------------------------------

_PG_MARK = f"""
CREATE FUNCTION {MARKS}_bump(p integer) RETURNS void LANGUAGE sql AS $$
  INSERT INTO {MARKS}(partner_id, generation) SELECT p, 1 WHERE p IS NOT NULL
  ON CONFLICT (partner_id) DO UPDATE SET generation = {MARKS}.generation + 1;
$$;
"""
_PG_FUNCTION = """
CREATE FUNCTION {marks}_on_{table}() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP <> 'INSERT' THEN PERFORM {marks}_bump({old}); END IF;
  IF TG_OP <> 'DELETE' THEN PERFORM {marks}_bump({new}); END IF;
  RETURN NULL;
END $$;
CREATE TRIGGER {marks}_{table} AFTER INSERT OR UPDATE OR DELETE ON {table}
  FOR EACH ROW EXECUTE FUNCTION {marks}_on_{table}();
"""
_PG_DELETES = {  # name: (table, what goes with its row)
    f"{STATE}_forget_items": (STATE, "DELETE FROM due_facts WHERE partner_id = OLD.partner_id;"),
    f"{STATE}_gone": ("partners", f"DELETE FROM {STATE} WHERE partner_id = OLD.id;"),
}


def upgrade() -> None:
    _create_tables()
    if op.get_bind().dialect.name != "postgresql":
        for statement in sqlite_triggers().values():
            op.execute(statement)
        return
    op.execute(_PG_MARK)
    for table, partner in _SOURCES:
        op.execute(
            _PG_FUNCTION.format(
                marks=MARKS,
                table=table,
                old=partner.format(row="OLD"),
                new=partner.format(row="NEW"),
            )
        )
    for name, (table, body) in _PG_DELETES.items():
        op.execute(
            f"CREATE FUNCTION {name}() RETURNS trigger LANGUAGE plpgsql AS $$\n"
            f"BEGIN\n  {body}\n  RETURN NULL;\nEND $$"
        )
        op.execute(
            f"CREATE TRIGGER {name} AFTER DELETE ON {table} FOR EACH ROW EXECUTE FUNCTION {name}()"
        )


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for table, _partner in _SOURCES:
            op.execute(f"DROP TRIGGER IF EXISTS {MARKS}_{table} ON {table}")
            op.execute(f"DROP FUNCTION IF EXISTS {MARKS}_on_{table}()")
        op.execute(f"DROP FUNCTION IF EXISTS {MARKS}_bump(integer)")
        for name, (table, _body) in _PG_DELETES.items():
            op.execute(f"DROP TRIGGER IF EXISTS {name} ON {table}")
            op.execute(f"DROP FUNCTION IF EXISTS {name}()")
    else:
        for name in sqlite_triggers():
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
    op.execute("DROP TABLE IF EXISTS due_arranged")
    op.execute("DROP TABLE IF EXISTS due_facts")
    op.execute(f"DROP TABLE IF EXISTS {STATE}")
    op.execute(f"DROP TABLE IF EXISTS {MARKS}")
