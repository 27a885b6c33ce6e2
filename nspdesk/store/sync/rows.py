"""Rows as they travel: every column but ``id``, foreign keys as the parent's global id.

Read and written with SQLAlchemy Core on the table's metadata (so the column types turn values into
Decimal, dates and aware datetimes and back on either database), and as JSON for a conflict record.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Sequence
from datetime import date, datetime
from decimal import Decimal
from typing import Any, TypeVar

from sqlalchemy import Connection, Date, DateTime, select
from sqlalchemy.types import TypeDecorator

from nspdesk.store.sync.tables import SYNC_ROWS, Travelling, by_name
from nspdesk.store.types import ExactDecimal, Money, UTCDateTime

Values = dict[str, Any]
CHUNK = 500  # ids per statement: well below SQLite's limit of bound parameters
T = TypeVar("T")


class MissingParentError(Exception):
    """A row points at a parent this database does not have (deleted, or never received)."""

    def __init__(self, table: str, gid: str) -> None:
        super().__init__(f"{table} {gid}")
        self.table = table
        self.gid = gid


def chunks(items: Sequence[T], size: int = CHUNK) -> Iterator[Sequence[T]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def gids_for(connection: Connection, table: str, local_ids: Iterable[int]) -> dict[int, str]:
    """The global ids of ``table``'s rows ``local_ids`` (those that have one)."""
    ids = sorted(set(local_ids))
    found: dict[int, str] = {}
    sync = SYNC_ROWS
    for chunk in chunks(ids):
        rows = connection.execute(
            select(sync.c.local_id, sync.c.gid).where(
                sync.c.tbl == table, sync.c.local_id.in_(chunk)
            )
        )
        for local_id, gid in rows:
            found[local_id] = gid
    return found


def locals_for(connection: Connection, table: str, gids: Iterable[str]) -> dict[str, int]:
    """The local ids of ``table``'s live rows with the global ids ``gids``."""
    wanted = sorted(set(gids))
    found: dict[str, int] = {}
    sync = SYNC_ROWS
    for chunk in chunks(wanted):
        rows = connection.execute(
            select(sync.c.gid, sync.c.local_id).where(
                sync.c.tbl == table, sync.c.gid.in_(chunk), sync.c.local_id.is_not(None)
            )
        )
        for gid, local_id in rows:
            found[gid] = local_id
    return found


def read(connection: Connection, table: Travelling, local_ids: Iterable[int]) -> dict[int, Values]:
    """``table``'s rows ``local_ids`` as they travel (missing rows are left out)."""
    ids = sorted(set(local_ids))
    raw: dict[int, Values] = {}
    for chunk in chunks(ids):
        for row in connection.execute(select(table.table).where(table.table.c.id.in_(chunk))):
            mapping = dict(row._mapping)
            raw[mapping.pop("id")] = mapping
    return with_gids(connection, table, raw)


def with_gids(
    connection: Connection, table: Travelling, raw: dict[int, Values]
) -> dict[int, Values]:
    """Rows with their foreign keys turned from local ids into global ids."""
    for column, parent in table.parents.items():
        wanted = [v[column] for v in raw.values() if v[column] is not None]
        gids = gids_for(connection, parent, wanted)
        for values in raw.values():
            if values[column] is not None:
                values[column] = gids[values[column]]
    return raw


def to_local(connection: Connection, table: Travelling, values: Sequence[Values]) -> list[Values]:
    """Copies of travelling rows with their foreign keys as this database's local ids.

    Raises ``MissingParentError`` naming the first parent this database does not hold.
    """
    result = [dict(v) for v in values]
    for column, parent in table.parents.items():
        wanted = [v[column] for v in result if v[column] is not None]
        ids = locals_for(connection, parent, wanted)
        for row in result:
            gid = row[column]
            if gid is None:
                continue
            if gid not in ids:
                raise MissingParentError(parent, gid)
            row[column] = ids[gid]
    return result


def _kind(column_type: Any) -> str:
    if isinstance(column_type, Money | ExactDecimal):
        return "decimal"
    if isinstance(column_type, UTCDateTime):
        return "datetime"
    if isinstance(column_type, TypeDecorator):
        return _kind(column_type.impl)
    if isinstance(column_type, DateTime):
        return "datetime"
    if isinstance(column_type, Date):
        return "date"
    return "plain"


def _encode(value: Any) -> Any:
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, datetime | date):
        return value.isoformat()
    return value


def dumps(values: Values | None) -> str:
    """A travelling row as JSON ("" for none: a deleted row)."""
    if values is None:
        return ""
    return json.dumps({k: _encode(v) for k, v in values.items()}, sort_keys=True)


def loads(table: str, text: str) -> Values | None:
    """The row ``dumps`` wrote, with its values typed by ``table``'s columns again."""
    if not text:
        return None
    raw = json.loads(text)
    columns = by_name()[table].table.columns
    values: Values = {}
    for name, value in raw.items():
        if name not in columns:  # a column this schema no longer has
            continue
        kind = _kind(columns[name].type)
        if value is None or kind == "plain":
            values[name] = value
        elif kind == "decimal":
            values[name] = Decimal(value)
        elif kind == "datetime":
            values[name] = datetime.fromisoformat(value)
        else:
            values[name] = date.fromisoformat(value)
    return values
