"""Annual reviews with a proposal per partner, and the partners' tier history.

Only new tables: the data of 0001 stays as it is. Plain column types (amounts as integer cents,
times as naive UTC), as in 0001.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-26 09:00:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "reviews",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("year", sa.Integer(), nullable=False),
        sa.Column("as_of", sa.Date(), nullable=False),
        sa.Column("edition", sa.String(length=20), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("confirmed_at", sa.DateTime(), nullable=True),
        sa.Column("confirmed_by", sa.String(length=200), nullable=False),
        sa.Column("effective_from", sa.Date(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_reviews")),
    )
    with op.batch_alter_table("reviews", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_reviews_year"), ["year"], unique=False)

    op.create_table(
        "review_items",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("review_id", sa.Integer(), nullable=False),
        sa.Column("partner_id", sa.Integer(), nullable=False),
        sa.Column("company", sa.String(length=200), nullable=False),
        sa.Column("track", sa.String(length=20), nullable=False),
        sa.Column("recorded_tier", sa.String(length=40), nullable=True),
        sa.Column("recorded_msp_level", sa.String(length=40), nullable=True),
        sa.Column("proposed_tier", sa.String(length=40), nullable=True),
        sa.Column("proposed_msp_level", sa.String(length=40), nullable=True),
        sa.Column("kind", sa.String(length=30), nullable=False),
        sa.Column("reasons", sa.Text(), nullable=False),
        sa.Column("missing_by_tier", sa.Text(), nullable=False),
        sa.Column("projects_manual", sa.Integer(), nullable=False),
        sa.Column("projects_won", sa.Integer(), nullable=False),
        sa.Column("revenue_manual", sa.BigInteger(), nullable=False),
        sa.Column("revenue_won", sa.BigInteger(), nullable=False),
        sa.Column("mrr_manual", sa.BigInteger(), nullable=False),
        sa.Column("mrr_won", sa.BigInteger(), nullable=False),
        sa.Column("decision", sa.String(length=20), nullable=False),
        sa.Column("final_tier", sa.String(length=40), nullable=True),
        sa.Column("final_msp_level", sa.String(length=40), nullable=True),
        sa.Column("override_reason", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["partner_id"],
            ["partners.id"],
            name=op.f("fk_review_items_partner_id_partners"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["review_id"],
            ["reviews.id"],
            name=op.f("fk_review_items_review_id_reviews"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_review_items")),
        sa.UniqueConstraint(
            "review_id", "partner_id", name=op.f("uq_review_items_review_id_partner_id")
        ),
    )
    with op.batch_alter_table("review_items", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_review_items_partner_id"), ["partner_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_review_items_review_id"), ["review_id"], unique=False)

    op.create_table(
        "tier_history",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("partner_id", sa.Integer(), nullable=False),
        sa.Column("tier", sa.String(length=40), nullable=True),
        sa.Column("msp_level", sa.String(length=40), nullable=True),
        sa.Column("effective_from", sa.Date(), nullable=False),
        sa.Column("source", sa.String(length=20), nullable=False),
        sa.Column("review_id", sa.Integer(), nullable=True),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("recorded_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["partner_id"],
            ["partners.id"],
            name=op.f("fk_tier_history_partner_id_partners"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["review_id"],
            ["reviews.id"],
            name=op.f("fk_tier_history_review_id_reviews"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_tier_history")),
    )
    with op.batch_alter_table("tier_history", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_tier_history_partner_id"), ["partner_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_tier_history_review_id"), ["review_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("tier_history", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_tier_history_review_id"))
        batch_op.drop_index(batch_op.f("ix_tier_history_partner_id"))
    op.drop_table("tier_history")
    with op.batch_alter_table("review_items", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_review_items_review_id"))
        batch_op.drop_index(batch_op.f("ix_review_items_partner_id"))
    op.drop_table("review_items")
    with op.batch_alter_table("reviews", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_reviews_year"))
    op.drop_table("reviews")
