"""Letters greet and are signed as DIN 5008 asks: a contact's salutation and title, the letterhead's
default signer.

``contacts`` gets ``salutation`` ("Frau", "Herr" or "": not known / divers) and ``title`` (e.g.
"Dr."), so a letter says "Sehr geehrte Frau Hansen," and the address field "Frau Dr. Anna Hansen";
"Sehr geehrte Damen und Herren," stays for a contact whose salutation is not known. ``sender`` gets
``signer_name`` and ``signer_function``: who signs below the closing when the person printing gives
no name of their own. Existing rows get empty values and print as before; names are not touched
(a name entered as "Frau Jana Petersen" keeps greeting as it did).

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-05 10:00:00
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("contacts", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("salutation", sa.String(length=10), nullable=False, server_default="")
        )
        batch_op.add_column(
            sa.Column("title", sa.String(length=50), nullable=False, server_default="")
        )
    with op.batch_alter_table("sender", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("signer_name", sa.String(length=200), nullable=False, server_default="")
        )
        batch_op.add_column(
            sa.Column("signer_function", sa.String(length=100), nullable=False, server_default="")
        )


def downgrade() -> None:
    with op.batch_alter_table("sender", schema=None) as batch_op:
        batch_op.drop_column("signer_function")
        batch_op.drop_column("signer_name")
    with op.batch_alter_table("contacts", schema=None) as batch_op:
        batch_op.drop_column("title")
        batch_op.drop_column("salutation")
