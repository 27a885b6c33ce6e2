"""The partner list's traffic lights are kept, not worked out each time the list opens (issue 20).

``partner_standings`` (derived, never edited by anyone, never synced or exported:
``store.standings``) holds per partner and year the standing the rules gave (``nspdesk.domain.
standing``), with the tier held, the sentences that explain it, the last backlink check, the keys
the list sorts by and the names of its track and tier that a search finds (``names``); and with
what it was worked out from: the reference day (``as_of``), the edition of the rules (``edition``:
its name, a digest of its file, the app's version) and the partner's ``generation`` of facts.

The generations are migration 0010's ``partner_fact_marks``, counted up by its triggers on every
table a partner's facts are read from (``nspdesk.store.fact_marks``): a kept standing whose
generation is not its partner's current one is stale, and the service that reads the list works
it out again (``services.partner_overview``). This migration adds only the standings and a trigger
that drops a deleted partner's standings (the list counts them without joining the partners).

It leaves every standing to be worked out on the first read (the table starts empty).

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-05 11:40:00
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0011"
down_revision: str | None = "0010"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_STANDINGS = """CREATE TABLE partner_standings (
  partner_id integer NOT NULL, year integer NOT NULL,
  as_of date NOT NULL, edition varchar(200) NOT NULL, generation integer NOT NULL,
  standing varchar(20) NOT NULL, standing_key integer NOT NULL,
  company_key varchar(400){collate} NOT NULL,
  tier varchar(40), msp_level varchar(40), tier_key integer NOT NULL,
  check_key varchar(20){collate} NOT NULL, check_age integer NOT NULL,
  backlink varchar(20) NOT NULL, last_check text, reasons text NOT NULL, names text NOT NULL,
  PRIMARY KEY (partner_id, year)
)"""
_INDEXES = {
    "company": "year, company_key, partner_id",
    "standing": "year, standing_key, company_key, partner_id",
    # what a count reads, narrow: a search's LIKE over the names scans it, not the wide rows
    "counted": "year, standing, tier, names, partner_id",
}

GONE = "partner_standings_gone"  # a partner deleted takes its standings along
_GONE_BODY = "DELETE FROM partner_standings WHERE partner_id = OLD.id;"


def sqlite_triggers() -> dict[str, str]:
    """The triggers by name, each ``CREATE TRIGGER`` statement whole (tests make them again)."""
    return {GONE: f"CREATE TRIGGER {GONE} AFTER DELETE ON partners BEGIN {_GONE_BODY} END"}


def upgrade() -> None:
    postgresql = op.get_bind().dialect.name == "postgresql"
    # the sort keys compare by code point as Python's str does (SQLite's own default)
    op.execute(_STANDINGS.format(collate=' COLLATE "C"' if postgresql else ""))
    for name, columns in _INDEXES.items():
        op.execute(f"CREATE INDEX ix_partner_standings_{name} ON partner_standings ({columns})")
    if postgresql:
        op.execute(
            f"CREATE FUNCTION {GONE}() RETURNS trigger LANGUAGE plpgsql AS $$\n"
            f"BEGIN\n  {_GONE_BODY}\n  RETURN NULL;\nEND $$"
        )
        op.execute(
            f"CREATE TRIGGER {GONE} AFTER DELETE ON partners FOR EACH ROW EXECUTE FUNCTION {GONE}()"
        )
    else:
        for statement in sqlite_triggers().values():
            op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute(f"DROP TRIGGER IF EXISTS {GONE} ON partners")
        op.execute(f"DROP FUNCTION IF EXISTS {GONE}()")
    else:
        op.execute(f"DROP TRIGGER IF EXISTS {GONE}")
    op.execute("DROP TABLE IF EXISTS partner_standings")
