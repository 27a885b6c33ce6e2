"""A digest of everything that travels: equal on two databases when they hold the same content.

Rows are compared by global id with their foreign keys as global ids, so local ids do not matter.
"""

from __future__ import annotations

import hashlib

from sqlalchemy import Connection, select

from nspdesk.store.sync import rows
from nspdesk.store.sync.tables import travelling


def content(connection: Connection) -> dict[str, dict[str, str]]:
    """Table -> global id -> the row as JSON (rows without a global id are left out)."""
    result: dict[str, dict[str, str]] = {}
    for table in travelling():
        ids = [row_id for (row_id,) in connection.execute(select(table.table.c.id))]
        gids = rows.gids_for(connection, table.name, ids)
        found = rows.read(connection, table, ids)
        result[table.name] = {
            gids[i]: rows.dumps(values) for i, values in found.items() if i in gids
        }
    return result


def digest(connection: Connection) -> str:
    h = hashlib.sha256()
    for table, by_gid in content(connection).items():
        for gid in sorted(by_gid):
            h.update(f"{table}\t{gid}\t{by_gid[gid]}\n".encode())
    return h.hexdigest()
