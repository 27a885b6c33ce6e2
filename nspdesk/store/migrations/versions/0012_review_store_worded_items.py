"""A review item keeps its proposal's sentences as the run worded them (issue 20).

``review_items.worded``: the reasons and the gaps by tier (``missing_by_tier``) as JSON through
``nspdesk.domain.text_json``, so that they render in either UI language without evaluating the
partner again when the review is shown; ``review_items.company_key``: the company folded for
sorting, and an index for the review's list in that order (a window at a time).

The items of the reviews made before keep their sentences as stored, in German: this migration
writes them into ``worded`` as plain text (a plain string is a valid value of ``text_json``).
Before, the view worded them again from the records where those were unchanged since the run; the
German reads the same, an English UI shows these older items' sentences in German. Both columns
are part of the item and travel with it in sync (``store/sync`` reads the models). Columns are
added, no table is rebuilt (SQLite keeps the tables' triggers).

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-05 12:40:00
"""

from __future__ import annotations

import json
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0012"
down_revision: str | None = "0011"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_ITEMS = sa.table(
    "review_items",
    sa.column("id", sa.Integer),
    sa.column("company", sa.String),
    sa.column("reasons", sa.Text),
    sa.column("missing_by_tier", sa.Text),
    sa.column("worded", sa.Text),
    sa.column("company_key", sa.String),
)
_BATCH = 1000


def worded_as_stored(reasons: str, missing_by_tier: str) -> str:
    """The stored German sentences in the form of ``store.reviews.word`` (plain strings)."""
    missing = json.loads(missing_by_tier or "{}")
    return json.dumps(
        {
            "reasons": [line for line in (reasons or "").splitlines() if line],
            "missing_by_tier": {str(k): [str(s) for s in v] for k, v in missing.items()},
        },
        ensure_ascii=False,
        separators=(",", ":"),
    )


def upgrade() -> None:
    op.add_column("review_items", sa.Column("worded", sa.Text(), nullable=False, server_default=""))
    op.add_column(
        "review_items",
        sa.Column("company_key", sa.String(length=200), nullable=False, server_default=""),
    )
    connection = op.get_bind()
    last = 0
    while True:
        rows = connection.execute(
            sa.select(_ITEMS.c.id, _ITEMS.c.company, _ITEMS.c.reasons, _ITEMS.c.missing_by_tier)
            .where(_ITEMS.c.id > last)
            .order_by(_ITEMS.c.id)
            .limit(_BATCH)
        ).all()
        if not rows:
            break
        for item_id, company, reasons, missing in rows:
            connection.execute(
                sa.update(_ITEMS)
                .where(_ITEMS.c.id == item_id)
                .values(
                    worded=worded_as_stored(reasons, missing),
                    company_key=(company or "").casefold(),
                )
            )
        last = rows[-1][0]
    op.create_index(
        "ix_review_items_review_id_company_key",
        "review_items",
        ["review_id", "company_key", "id"],
        unique=False,
    )


def downgrade() -> None:
    op.drop_index("ix_review_items_review_id_company_key", table_name="review_items")
    # ALTER TABLE … DROP COLUMN, not a batch copy-and-move: SQLite keeps the table's triggers
    op.execute("ALTER TABLE review_items DROP COLUMN company_key")
    op.execute("ALTER TABLE review_items DROP COLUMN worded")
