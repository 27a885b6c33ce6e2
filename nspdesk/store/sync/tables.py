"""Which tables travel, in which order, and how their rows are told apart across databases.

Found from the models' metadata, so a column or table another migration adds travels without code
here. Every travelling table has an integer primary key ``id``; its foreign keys point at ``id`` of
another travelling table and travel as that row's global id.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import cast

from sqlalchemy import Table, UniqueConstraint

from nspdesk.store.models import Base, SyncConflict, SyncCounter, SyncDevice, SyncRow, SyncSelf

# Sync's own tables, typed as tables for Core statements.
SYNC_ROWS = cast(Table, SyncRow.__table__)
SYNC_COUNTER = cast(Table, SyncCounter.__table__)
SYNC_DEVICES = cast(Table, SyncDevice.__table__)
SYNC_SELF = cast(Table, SyncSelf.__table__)
SYNC_CONFLICTS = cast(Table, SyncConflict.__table__)

# Per-database tables: each database numbers its own quote series; sync's own bookkeeping.
LOCAL = frozenset({"quote_number_counters"})
LOCAL_PREFIX = "sync_"

# Tables of one row: that row has the same global id on every database.
SINGLE_ROW = {"sender": "sender"}

# The things a person sees as one: a conflict names the root its row belongs to.
ROOTS = frozenset({"partners", "quotes", "reviews", "quote_templates", "catalog_items", "sender"})
# A table with more than one parent: the foreign key that leads to its owner.
OWNER = {"review_items": "review_id", "tier_history": "partner_id"}


@dataclass(frozen=True)
class Travelling:
    """A table whose rows travel, with its columns split the way a copy needs them."""

    table: Table
    columns: tuple[str, ...]  # every column but id, in the table's order
    parents: dict[str, str]  # foreign key column -> the table it points at
    uniques: tuple[tuple[str, ...], ...]  # the unique keys (besides id)

    @property
    def name(self) -> str:
        return self.table.name

    @property
    def owner(self) -> str | None:
        """The foreign key column leading to the row's owner (None: the table is a root)."""
        if self.name in ROOTS or not self.parents:
            return None
        return OWNER.get(self.name) or next(iter(self.parents))


def travels(name: str) -> bool:
    return name not in LOCAL and not name.startswith(LOCAL_PREFIX) and name != "alembic_version"


@cache
def travelling() -> tuple[Travelling, ...]:
    """The travelling tables, parents before children."""
    found = []
    for table in Base.metadata.sorted_tables:
        if not travels(table.name):
            continue
        parents = {}
        for column in table.columns:
            for key in column.foreign_keys:
                parents[column.name] = key.column.table.name
        keys = [
            tuple(c.name for c in constraint.columns)
            for constraint in table.constraints
            if isinstance(constraint, UniqueConstraint)
        ]
        keys += [(c.name,) for c in table.columns if c.unique and not c.primary_key]
        uniques = tuple(dict.fromkeys(keys))
        found.append(
            Travelling(
                table=table,
                columns=tuple(c.name for c in table.columns if c.name != "id"),
                parents=parents,
                uniques=uniques,
            )
        )
    return tuple(found)


@cache
def by_name() -> dict[str, Travelling]:
    return {t.name: t for t in travelling()}


def names() -> tuple[str, ...]:
    return tuple(t.name for t in travelling())
