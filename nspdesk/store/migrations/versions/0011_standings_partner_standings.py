"""The partner list's traffic lights are kept, not worked out each time the list opens (issue 20).

Two derived tables, never edited by anyone, never synced or exported (``store.standings``):

- ``partner_standings``: per partner and year the standing the rules gave (``nspdesk.domain.
  standing``), with the tier held, the sentences that explain it, the last backlink check, the
  keys the list sorts by and the names of its track and tier that a search finds (``names``);
  and with what it was worked out from: the reference day (``as_of``), the edition of the rules
  (``edition``: its name, a digest of its file, the app's version) and the partner's
  ``generation`` of facts.
- ``partner_fact_marks``: per partner a number that every change of its facts counts up. SQL
  cannot run the rules, so the triggers on the tables the facts are read from (partners, their
  years, trainings, technicians and their courses, agreements, backlink checks, the tier history,
  quotes, their revisions and lines: ``store.figures``) only count; a kept standing whose
  generation is not its partner's current one is stale, and the service that reads the list works
  out the stale ones again (``services.partner_overview``). A count rather than a flag on the
  standing: a standing worked out from facts read just before a colleague's change is stored with
  the generation read before them, so it is stale at once, on PostgreSQL too.

This migration leaves every standing to be worked out on the first read (the table starts empty).
A later migration that recreates one of those tables on SQLite (copy-and-move) drops its triggers
and must make them again (``tests/integration/test_standings.py`` checks the newest schema).

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

# The partner a row of each table concerns, as an SQL expression over ``{row}`` (NEW or OLD).
PARTNER_OF = {
    "partners": "{row}.id",
    "partner_years": "{row}.partner_id",
    "trainings": "{row}.partner_id",
    "technicians": "{row}.partner_id",
    "admin_courses": "(SELECT partner_id FROM technicians WHERE id = {row}.technician_id)",
    "agreements": "{row}.partner_id",
    "backlink_checks": "{row}.partner_id",
    "tier_history": "{row}.partner_id",
    "quotes": "{row}.partner_id",
    "quote_revisions": "(SELECT partner_id FROM quotes WHERE id = {row}.quote_id)",
    "quote_lines": (
        "(SELECT q.partner_id FROM quote_revisions r JOIN quotes q ON q.id = r.quote_id"
        " WHERE r.id = {row}.revision_id)"
    ),
}

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
_MARKS = (
    "CREATE TABLE partner_fact_marks (partner_id integer PRIMARY KEY, generation integer NOT NULL)"
)
_INDEXES = {
    "company": "year, company_key, partner_id",
    "standing": "year, standing_key, company_key, partner_id",
    # what a count reads, narrow: a search's LIKE over the names scans it, not the wide rows
    "counted": "year, standing, tier, names, partner_id",
}

# --- SQLite -----------------------------------------------------------------------------------------

_SQLITE_MARK = (
    "INSERT INTO partner_fact_marks(partner_id, generation)"
    " SELECT p, 1 FROM (SELECT {partner} AS p) WHERE p IS NOT NULL"
    " ON CONFLICT(partner_id) DO UPDATE SET generation = generation + 1;"
)


# A partner deleted takes its standings along (the list counts them without joining partners).
_SQLITE_GONE = "DELETE FROM partner_standings WHERE partner_id = OLD.id;"


def sqlite_triggers() -> dict[str, str]:
    """The triggers by name, each ``CREATE TRIGGER`` statement whole (tests make them again)."""
    out = {}
    for table, partner in PARTNER_OF.items():
        new, old = partner.format(row="NEW"), partner.format(row="OLD")
        gone = _SQLITE_GONE if table == "partners" else ""
        bodies = {
            "ai": ("INSERT", _SQLITE_MARK.format(partner=new)),
            "au": ("UPDATE", _SQLITE_MARK.format(partner=old) + _SQLITE_MARK.format(partner=new)),
            "ad": ("DELETE", _SQLITE_MARK.format(partner=old) + gone),
        }
        for suffix, (event, body) in bodies.items():
            name = f"partner_standings_{table}_{suffix}"
            out[name] = f"CREATE TRIGGER {name} AFTER {event} ON {table} BEGIN {body} END"
    return out


# --- PostgreSQL -------------------------------------------------------------------------------------

_PG_MARK = """
CREATE FUNCTION partner_standings_mark(p integer) RETURNS void LANGUAGE sql AS $$
  INSERT INTO partner_fact_marks(partner_id, generation) SELECT p, 1 WHERE p IS NOT NULL
  ON CONFLICT (partner_id) DO UPDATE SET generation = partner_fact_marks.generation + 1;
$$;
"""
_PG_GONE = (
    "IF TG_OP = 'DELETE' THEN DELETE FROM partner_standings WHERE partner_id = OLD.id; END IF;\n  "
)
_PG_FUNCTION = """
CREATE FUNCTION partner_standings_on_{table}() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  {gone}IF TG_OP <> 'INSERT' THEN PERFORM partner_standings_mark({old}); END IF;
  IF TG_OP <> 'DELETE' THEN PERFORM partner_standings_mark({new}); END IF;
  RETURN NULL;
END $$;
CREATE TRIGGER partner_standings_{table} AFTER INSERT OR UPDATE OR DELETE ON {table}
  FOR EACH ROW EXECUTE FUNCTION partner_standings_on_{table}();
"""


def upgrade() -> None:
    postgresql = op.get_bind().dialect.name == "postgresql"
    # the sort keys compare by code point as Python's str does (SQLite's own default)
    op.execute(_STANDINGS.format(collate=' COLLATE "C"' if postgresql else ""))
    op.execute(_MARKS)
    for name, columns in _INDEXES.items():
        op.execute(f"CREATE INDEX ix_partner_standings_{name} ON partner_standings ({columns})")
    if postgresql:
        op.execute(_PG_MARK)
        for table, partner in PARTNER_OF.items():
            op.execute(
                _PG_FUNCTION.format(
                    table=table,
                    old=partner.format(row="OLD"),
                    new=partner.format(row="NEW"),
                    gone=_PG_GONE if table == "partners" else "",
                )
            )
    else:
        for statement in sqlite_triggers().values():
            op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for table in PARTNER_OF:
            op.execute(f"DROP TRIGGER IF EXISTS partner_standings_{table} ON {table}")
            op.execute(f"DROP FUNCTION IF EXISTS partner_standings_on_{table}()")
        op.execute("DROP FUNCTION IF EXISTS partner_standings_mark(integer)")
    else:
        for name in sqlite_triggers():
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
    op.execute("DROP TABLE IF EXISTS partner_standings")
    op.execute("DROP TABLE IF EXISTS partner_fact_marks")
