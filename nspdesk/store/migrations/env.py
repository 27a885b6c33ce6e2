"""Alembic environment: always run from nspdesk.store.migrate with a connection passed in."""

from __future__ import annotations

from alembic import context

from nspdesk.store.models import Base

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,  # SQLite cannot ALTER most things: copy-and-move tables
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
