"""The tier history answers "which tier on day D": an index, and each partner's tier before its first
recorded change.

A confirmed review's tiers apply from its date (usually 1 January), not from the day it was confirmed;
the tier on a day is read from ``tier_history`` (``nspdesk.store.tiers``). For that the history must
also know the tier a partner held before its first row: this migration adds that row (source
``before``, from 0001-01-01) for every partner with history, taking the tier the review of that first
row found recorded (``review_items.recorded_tier``), else the first row's own tier. Nothing existing
is changed; partners without history keep their recorded tier for every day.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-05 09:00:00
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

BEGINNING = date(1, 1, 1)
SOURCE_BEFORE = "before"

tier_history = sa.table(
    "tier_history",
    sa.column("id", sa.Integer()),
    sa.column("partner_id", sa.Integer()),
    sa.column("tier", sa.String()),
    sa.column("msp_level", sa.String()),
    sa.column("effective_from", sa.Date()),
    sa.column("source", sa.String()),
    sa.column("review_id", sa.Integer()),
    sa.column("reason", sa.Text()),
    sa.column("recorded_at", sa.DateTime()),
)
review_items = sa.table(
    "review_items",
    sa.column("review_id", sa.Integer()),
    sa.column("partner_id", sa.Integer()),
    sa.column("recorded_tier", sa.String()),
    sa.column("recorded_msp_level", sa.String()),
)


def upgrade() -> None:
    with op.batch_alter_table("tier_history", schema=None) as batch_op:
        batch_op.create_index(
            "ix_tier_history_partner_id_effective_from",
            ["partner_id", "effective_from"],
            unique=False,
        )
    connection = op.get_bind()
    rows = connection.execute(
        sa.select(
            tier_history.c.partner_id,
            tier_history.c.tier,
            tier_history.c.msp_level,
            tier_history.c.source,
            tier_history.c.review_id,
            tier_history.c.recorded_at,
        ).order_by(tier_history.c.partner_id, tier_history.c.effective_from, tier_history.c.id)
    ).all()
    first: dict[int, Any] = {}
    for row in rows:
        first.setdefault(row.partner_id, row)
    before = []
    for partner_id, row in first.items():
        if row.source == SOURCE_BEFORE:
            continue
        found = None
        if row.review_id is not None:
            found = connection.execute(
                sa.select(review_items.c.recorded_tier, review_items.c.recorded_msp_level).where(
                    review_items.c.review_id == row.review_id,
                    review_items.c.partner_id == partner_id,
                )
            ).first()
        tier, msp_level = (found[0], found[1]) if found is not None else (row.tier, row.msp_level)
        before.append(
            {
                "partner_id": partner_id,
                "tier": tier,
                "msp_level": msp_level,
                "effective_from": BEGINNING,
                "source": SOURCE_BEFORE,
                "review_id": None,
                "reason": "",
                "recorded_at": row.recorded_at,
            }
        )
    if before:
        op.bulk_insert(tier_history, before)


def downgrade() -> None:
    op.execute(tier_history.delete().where(tier_history.c.source == SOURCE_BEFORE))
    with op.batch_alter_table("tier_history", schema=None) as batch_op:
        batch_op.drop_index("ix_tier_history_partner_id_effective_from")
