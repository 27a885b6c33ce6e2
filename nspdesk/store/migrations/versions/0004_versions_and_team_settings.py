"""Versions on the records people edit, and the team's cap on extra discounts.

A quote and a partner carry a ``version`` (1 for every existing row) and who changed them last
(``updated_by``, empty for existing rows): saving from a stale copy is refused with a message naming
the colleague and the time (``nspdesk.store.editing``). The sender row (the team's letterhead) gets
``max_extra_discount``: the highest extra discount the team allows, applied by the services for the
app and the command line alike (empty: the program's own cap). Every existing quote is kept as it is.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-05 07:00:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

VERSIONED = ("quotes", "partners")


def upgrade() -> None:
    for table in VERSIONED:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.add_column(
                sa.Column("version", sa.Integer(), nullable=False, server_default="1")
            )
            batch_op.add_column(
                sa.Column("updated_by", sa.String(length=100), nullable=False, server_default="")
            )
    with op.batch_alter_table("sender", schema=None) as batch_op:
        # Percent as exact decimal text, like the extra discounts of quote lines.
        batch_op.add_column(sa.Column("max_extra_discount", sa.String(length=40), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("sender", schema=None) as batch_op:
        batch_op.drop_column("max_extra_discount")
    for table in reversed(VERSIONED):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_column("updated_by")
            batch_op.drop_column("version")
