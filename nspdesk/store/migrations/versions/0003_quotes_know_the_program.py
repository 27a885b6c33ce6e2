"""Quotes that know the program: audience and the end customer's address, the tier decision,
purchase prices, a print snapshot of sent revisions, the audit trail and quote templates.

Existing revisions become partner quotes (the only kind there was); their audit trail starts with
what the data already tells (created or revised, sent, accepted or rejected), marked as taken over.
Plain column types (amounts as integer cents, times as naive UTC), as in 0001.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-26 01:10:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TAKEN_OVER = "aus dem Bestand übernommen"


def upgrade() -> None:
    op.create_table(
        "quote_templates",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("audience", sa.String(length=20), nullable=False),
        sa.Column("vat_mode", sa.String(length=20), nullable=False),
        sa.Column("subject", sa.String(length=300), nullable=False),
        sa.Column("intro", sa.Text(), nullable=False),
        sa.Column("closing", sa.Text(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_quote_templates")),
        sa.UniqueConstraint("name", name=op.f("uq_quote_templates_name")),
    )
    op.create_table(
        "quote_template_lines",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("template_id", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("article_number", sa.String(length=50), nullable=False),
        sa.Column("category", sa.String(length=40), nullable=False),
        sa.Column("description", sa.Text(), nullable=False),
        sa.Column("unit", sa.String(length=30), nullable=False),
        sa.Column("quantity", sa.String(length=40), nullable=False),
        sa.Column("unit_price", sa.String(length=40), nullable=False),
        sa.Column("extra_discount", sa.String(length=40), nullable=False),
        sa.ForeignKeyConstraint(
            ["template_id"],
            ["quote_templates.id"],
            name=op.f("fk_quote_template_lines_template_id_quote_templates"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_quote_template_lines")),
        sa.UniqueConstraint(
            "template_id", "position", name=op.f("uq_quote_template_lines_template_id_position")
        ),
    )
    with op.batch_alter_table("quote_template_lines", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_quote_template_lines_template_id"), ["template_id"], unique=False
        )

    op.create_table(
        "quote_events",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("quote_id", sa.Integer(), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("actor", sa.String(length=200), nullable=False),
        sa.Column("action", sa.String(length=30), nullable=False),
        sa.Column("detail", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["quote_id"],
            ["quotes.id"],
            name=op.f("fk_quote_events_quote_id_quotes"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_quote_events")),
    )
    with op.batch_alter_table("quote_events", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_quote_events_quote_id"), ["quote_id"], unique=False)

    with op.batch_alter_table("quote_lines", schema=None) as batch_op:
        batch_op.add_column(sa.Column("purchase_net", sa.BigInteger(), nullable=True))

    with op.batch_alter_table("quote_revisions", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("audience", sa.String(length=20), nullable=False, server_default="partner")
        )
        batch_op.add_column(sa.Column("recorded_tier", sa.String(length=40), nullable=True))
        batch_op.add_column(sa.Column("tier_choice", sa.String(length=20), nullable=True))
        batch_op.add_column(sa.Column("tier_reason", sa.Text(), nullable=False, server_default=""))
        batch_op.add_column(
            sa.Column("print_snapshot", sa.Text(), nullable=False, server_default="")
        )
        batch_op.add_column(sa.Column("customer", sa.Text(), nullable=False, server_default=""))

    _audit_trail_from_existing_data()


def _audit_trail_from_existing_data() -> None:
    detail = sa.literal(TAKEN_OVER)
    events = sa.table(
        "quote_events",
        sa.column("quote_id"),
        sa.column("revision"),
        sa.column("at"),
        sa.column("actor"),
        sa.column("action"),
        sa.column("detail"),
    )
    revisions = sa.table(
        "quote_revisions",
        sa.column("quote_id"),
        sa.column("number"),
        sa.column("status"),
        sa.column("created_at"),
        sa.column("sent_at"),
        sa.column("decided_at"),
    )
    columns = ["quote_id", "revision", "at", "actor", "action", "detail"]
    r = revisions.c
    created = sa.select(
        r.quote_id,
        r.number,
        r.created_at,
        sa.literal(""),
        sa.case((r.number == 1, sa.literal("created")), else_=sa.literal("revised")),
        detail,
    )
    sent = sa.select(
        r.quote_id, r.number, r.sent_at, sa.literal(""), sa.literal("sent"), detail
    ).where(r.sent_at.is_not(None))
    decided = sa.select(r.quote_id, r.number, r.decided_at, sa.literal(""), r.status, detail).where(
        r.decided_at.is_not(None), r.status.in_(["accepted", "rejected"])
    )
    for query in (created, sent, decided):
        op.execute(events.insert().from_select(columns, query))


def downgrade() -> None:
    with op.batch_alter_table("quote_revisions", schema=None) as batch_op:
        batch_op.drop_column("customer")
        batch_op.drop_column("print_snapshot")
        batch_op.drop_column("tier_reason")
        batch_op.drop_column("tier_choice")
        batch_op.drop_column("recorded_tier")
        batch_op.drop_column("audience")

    with op.batch_alter_table("quote_lines", schema=None) as batch_op:
        batch_op.drop_column("purchase_net")

    with op.batch_alter_table("quote_events", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_quote_events_quote_id"))
    op.drop_table("quote_events")
    with op.batch_alter_table("quote_template_lines", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_quote_template_lines_template_id"))
    op.drop_table("quote_template_lines")
    op.drop_table("quote_templates")
