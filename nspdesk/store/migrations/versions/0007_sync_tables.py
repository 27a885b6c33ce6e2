"""Sync: a global id for every row that travels, the hub's change numbers, devices and conflicts.

A laptop works on its own SQLite file and syncs with the team's PostgreSQL database (docs/sync.md).
Rows are identified across databases by a global id kept in ``sync_rows`` beside the tables (the data
tables keep their shape); this migration gives every existing row one (random; the single letterhead
row the fixed id ``sender`` on every database) at change number 0. The other tables start empty:
``sync_counter`` (the hub's last change number), ``sync_devices`` (devices registered with a hub),
``sync_self`` (on a device: its name and hub) and ``sync_conflicts``.

Quote numbers get a series: a laptop in a team numbers its own (``A-2026-MK-0007``), so ``quotes``
gets ``series`` ("" for every existing quote: the team's own series) and its unique key becomes
(year, series, sequence); the counters count per year and series. Every existing number stays.

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-05 10:00:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Every table of schema 0006 whose rows travel (all but the per-database quote number counters).
TRAVELLING = (
    "catalog_items",
    "partners",
    "quote_templates",
    "reviews",
    "sender",
    "agreements",
    "backlink_checks",
    "contacts",
    "nfr_licences",
    "onboarding_checklists",
    "partner_years",
    "quotes",
    "technicians",
    "trainings",
    "admin_courses",
    "onboarding_steps",
    "quote_events",
    "quote_revisions",
    "quote_template_lines",
    "review_items",
    "tier_history",
    "quote_lines",
)
SINGLE_ROW = {"sender": "sender"}  # tables of one row: the same global id on every database


def _random_gid(dialect: str) -> str:
    if dialect == "postgresql":
        return "replace(CAST(gen_random_uuid() AS TEXT), '-', '')"
    return "lower(hex(randomblob(16)))"


def upgrade() -> None:
    op.create_table(
        "sync_rows",
        sa.Column("tbl", sa.String(length=60), nullable=False),
        sa.Column("gid", sa.String(length=32), nullable=False),
        sa.Column("local_id", sa.Integer(), nullable=True),
        sa.Column("deleted", sa.Boolean(), nullable=False, server_default="0"),
        sa.Column("seq", sa.BigInteger(), nullable=True),
        sa.Column("origin", sa.String(length=40), nullable=True),
        sa.Column("change", sa.Integer(), nullable=False, server_default="0"),
        sa.Column("dirty", sa.Boolean(), nullable=False, server_default="0"),
        sa.PrimaryKeyConstraint("tbl", "gid", name=op.f("pk_sync_rows")),
        sa.UniqueConstraint("tbl", "local_id", name=op.f("uq_sync_rows_tbl_local_id")),
    )
    op.create_index("ix_sync_rows_seq", "sync_rows", ["seq"], unique=False)
    op.create_index("ix_sync_rows_dirty", "sync_rows", ["dirty"], unique=False)
    op.create_table(
        "sync_counter",
        sa.Column("id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("last", sa.BigInteger(), nullable=False, server_default="0"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_counter")),
    )
    op.create_table(
        "sync_devices",
        sa.Column("name", sa.String(length=40), nullable=False),
        sa.Column("joined_at", sa.DateTime(), nullable=False),
        sa.Column("last_sync_at", sa.DateTime(), nullable=True),
        sa.Column("left_at", sa.DateTime(), nullable=True),
        sa.Column("removed_at", sa.DateTime(), nullable=True),
        sa.Column("removed_by", sa.String(length=200), nullable=False, server_default=""),
        sa.PrimaryKeyConstraint("name", name=op.f("pk_sync_devices")),
    )
    op.create_table(
        "sync_self",
        sa.Column("id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("device", sa.String(length=40), nullable=False),
        sa.Column("hub_url", sa.Text(), nullable=False),
        sa.Column("watermark", sa.BigInteger(), nullable=False, server_default="-1"),
        sa.Column("joined_at", sa.DateTime(), nullable=False),
        sa.Column("last_sync_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_self")),
    )
    op.create_table(
        "sync_conflicts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("device", sa.String(length=40), nullable=False),
        sa.Column("tbl", sa.String(length=60), nullable=False),
        sa.Column("gid", sa.String(length=32), nullable=False),
        sa.Column("change", sa.Integer(), nullable=False),
        sa.Column("root_tbl", sa.String(length=60), nullable=False),
        sa.Column("root_gid", sa.String(length=32), nullable=False),
        sa.Column("mine", sa.Text(), nullable=False),
        sa.Column("theirs", sa.Text(), nullable=False),
        sa.Column("reason", sa.String(length=30), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("resolved_at", sa.DateTime(), nullable=True),
        sa.Column("resolution", sa.String(length=10), nullable=False, server_default=""),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_sync_conflicts")),
        sa.UniqueConstraint(
            "device", "tbl", "gid", "change", name=op.f("uq_sync_conflicts_device_tbl_gid_change")
        ),
    )
    op.execute("INSERT INTO sync_counter (id, last) VALUES (1, 0)")
    with op.batch_alter_table("quotes", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("series", sa.String(length=40), nullable=False, server_default="")
        )
        batch_op.drop_constraint("uq_quotes_year_sequence", type_="unique")
        batch_op.create_unique_constraint(
            "uq_quotes_year_series_sequence", ["year", "series", "sequence"]
        )
    with op.batch_alter_table("quote_number_counters", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("series", sa.String(length=40), nullable=False, server_default="")
        )
        batch_op.drop_constraint("pk_quote_number_counters", type_="primary")
        batch_op.create_primary_key("pk_quote_number_counters", ["year", "series"])
    dialect = op.get_bind().dialect.name
    for table in TRAVELLING:
        gid = f"'{SINGLE_ROW[table]}'" if table in SINGLE_ROW else _random_gid(dialect)
        op.execute(
            "INSERT INTO sync_rows (tbl, gid, local_id, deleted, seq, origin, change, dirty) "
            f"SELECT '{table}', {gid}, id, false, 0, NULL, 0, false FROM {table}"
        )


def downgrade() -> None:
    with op.batch_alter_table("quote_number_counters", schema=None) as batch_op:
        batch_op.drop_constraint("pk_quote_number_counters", type_="primary")
        batch_op.drop_column("series")
        batch_op.create_primary_key("pk_quote_number_counters", ["year"])
    with op.batch_alter_table("quotes", schema=None) as batch_op:
        batch_op.drop_constraint("uq_quotes_year_series_sequence", type_="unique")
        batch_op.drop_column("series")
        batch_op.create_unique_constraint("uq_quotes_year_sequence", ["year", "sequence"])
    op.drop_table("sync_conflicts")
    op.drop_table("sync_self")
    op.drop_table("sync_devices")
    op.drop_table("sync_counter")
    op.drop_index("ix_sync_rows_dirty", table_name="sync_rows")
    op.drop_index("ix_sync_rows_seq", table_name="sync_rows")
    op.drop_table("sync_rows")
