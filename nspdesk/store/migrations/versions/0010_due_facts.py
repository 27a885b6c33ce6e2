"""The due list reads stored due facts (issue 20): a derived table per partner, kept stale-marked
by triggers and recomputed by the app with the domain.

Two derived tables, never edited by anyone and never synced or exported:

- ``due_partners``: one state row per partner whose due facts are computed: the facts themselves
  (JSON of ``nspdesk.domain.due.DueFacts``), the days they hold for (``valid_from``: the day they
  were computed; ``valid_until``: the year's end, the day before the next tier change, change of
  a service agreement or edition; day numbers) and the ``basis`` they were made on (edition and
  format).
- ``due_facts``: every item the domain could list for the partner whatever the thresholds, with
  the day it is computed from (``day``), the rule that makes it due (``rule``), its urgency, and
  the keys the list sorts by; which are due on a day under the user's thresholds is a ``WHERE``.

Triggers on every table the facts come from (``nspdesk.store.stale_partners.SOURCES``) delete the
partner's state row, and a trigger on ``due_partners`` deletes the items of a state row that goes
(a trigger, not a foreign key: SQLite's migrations run with foreign keys off, and a row left
behind there would fail their check); the app recomputes the partners without one before it
reads, and every stored item belongs to a partner with a state row (the reads need no join). This migration
leaves both tables empty: every partner is stale and is computed on the first read.

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

STATE = "due_partners"
# each source table and how its row names the partner (as store/stale_partners.py SOURCES then)
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
    ("onboarding_checklists", "{row}.partner_id"),
    (
        "onboarding_steps",
        "(SELECT partner_id FROM onboarding_checklists WHERE id = {row}.checklist_id)",
    ),
)


def _forget(partner: str, row: str) -> str:
    return f"DELETE FROM {STATE} WHERE partner_id = {partner.format(row=row)};"


def _create_tables() -> None:
    op.create_table(
        STATE,
        sa.Column("partner_id", sa.Integer, primary_key=True, autoincrement=False),
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
    )
    # what the counts read (the index alone) and the day's ranges of each rule
    op.create_index(
        "ix_due_facts_rule_day", "due_facts", ["rule", "day", "urgency", "kind", "partner_id"]
    )


def upgrade() -> None:
    _create_tables()
    if op.get_bind().dialect.name == "postgresql":
        op.execute(
            f"CREATE FUNCTION {STATE}_forget_items() RETURNS trigger LANGUAGE plpgsql AS $$\n"
            "BEGIN\n"
            "  DELETE FROM due_facts WHERE partner_id = OLD.partner_id;\n"
            "  RETURN NULL;\n"
            "END $$"
        )
        op.execute(
            f"CREATE TRIGGER {STATE}_forget_items AFTER DELETE ON {STATE} "
            f"FOR EACH ROW EXECUTE FUNCTION {STATE}_forget_items()"
        )
        for table, partner in _SOURCES:
            name = f"{STATE}_stale_{table}"
            op.execute(
                f"CREATE FUNCTION {name}() RETURNS trigger LANGUAGE plpgsql AS $$\n"
                "BEGIN\n"
                f"  IF TG_OP <> 'INSERT' THEN {_forget(partner, 'OLD')} END IF;\n"
                f"  IF TG_OP <> 'DELETE' THEN {_forget(partner, 'NEW')} END IF;\n"
                "  RETURN NULL;\n"
                "END $$"
            )
            op.execute(
                f"CREATE TRIGGER {name} AFTER INSERT OR UPDATE OR DELETE ON {table} "
                f"FOR EACH ROW EXECUTE FUNCTION {name}()"
            )
        return
    op.execute(
        f"CREATE TRIGGER {STATE}_forget_items AFTER DELETE ON {STATE} "
        "BEGIN DELETE FROM due_facts WHERE partner_id = OLD.partner_id; END"
    )
    for table, partner in _SOURCES:
        name = f"{STATE}_stale_{table}"
        op.execute(
            f"CREATE TRIGGER {name}_ai AFTER INSERT ON {table} BEGIN {_forget(partner, 'NEW')} END"
        )
        op.execute(
            f"CREATE TRIGGER {name}_au AFTER UPDATE ON {table} "
            f"BEGIN {_forget(partner, 'OLD')} {_forget(partner, 'NEW')} END"
        )
        op.execute(
            f"CREATE TRIGGER {name}_ad AFTER DELETE ON {table} BEGIN {_forget(partner, 'OLD')} END"
        )


def downgrade() -> None:
    postgresql = op.get_bind().dialect.name == "postgresql"
    for table, _partner in _SOURCES:
        name = f"{STATE}_stale_{table}"
        if postgresql:
            op.execute(f"DROP TRIGGER IF EXISTS {name} ON {table}")
            op.execute(f"DROP FUNCTION IF EXISTS {name}()")
        else:
            for suffix in ("ai", "au", "ad"):
                op.execute(f"DROP TRIGGER IF EXISTS {name}_{suffix}")
    if postgresql:
        op.execute(f"DROP TRIGGER IF EXISTS {STATE}_forget_items ON {STATE}")
        op.execute(f"DROP FUNCTION IF EXISTS {STATE}_forget_items()")
    else:
        op.execute(f"DROP TRIGGER IF EXISTS {STATE}_forget_items")
    op.execute("DROP TABLE IF EXISTS due_facts")
    op.execute(f"DROP TABLE IF EXISTS {STATE}")
