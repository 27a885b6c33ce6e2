"""The triggers that record every change of a travelling row (docs/sync.md, "Capturing changes").

A *device* (a SQLite file in a team) marks a changed row dirty and counts its changes; the *hub* (the
team database) gives a changed row the next change number. Installing is idempotent and cheap, and
is done whenever a database in a team is opened or synced: a SQLite batch migration, which copies a
table, drops that table's triggers.
"""

from __future__ import annotations

from enum import StrEnum

from sqlalchemy import Connection, text

from nspdesk.store.sync.tables import SINGLE_ROW, names

SQLITE_GID = "lower(hex(randomblob(16)))"
HUB_FUNCTION = "nspdesk_sync_hub"
PG_TRIGGER = "sync_hub"


class Role(StrEnum):
    DEVICE = "device"
    HUB = "hub"


def _gid_sql(table: str) -> str:
    return f"'{SINGLE_ROW[table]}'" if table in SINGLE_ROW else SQLITE_GID


def _sqlite_device(table: str) -> list[str]:
    upsert = (
        "INSERT INTO sync_rows (tbl, gid, local_id, deleted, seq, origin, change, dirty) "
        f"VALUES ('{table}', {_gid_sql(table)}, NEW.id, 0, NULL, NULL, 1, 1) "
        "ON CONFLICT (tbl, local_id) DO UPDATE SET dirty = 1, change = change + 1"
    )
    return [
        f"CREATE TRIGGER IF NOT EXISTS sync_device_{table}_insert AFTER INSERT ON {table} "
        f"BEGIN {upsert}; END",
        f"CREATE TRIGGER IF NOT EXISTS sync_device_{table}_update AFTER UPDATE ON {table} "
        f"BEGIN {upsert}; END",
        f"CREATE TRIGGER IF NOT EXISTS sync_device_{table}_delete AFTER DELETE ON {table} "
        "BEGIN UPDATE sync_rows SET deleted = 1, local_id = NULL, dirty = 1, change = change + 1 "
        f"WHERE tbl = '{table}' AND local_id = OLD.id; END",
    ]


def _sqlite_hub(table: str) -> list[str]:
    """The hub's triggers on SQLite (tests and a one-file team); PostgreSQL's below do the same."""
    count = "UPDATE sync_counter SET last = last + 1 WHERE id = 1"
    current = "(SELECT last FROM sync_counter WHERE id = 1)"
    upsert = (
        "INSERT INTO sync_rows (tbl, gid, local_id, deleted, seq, origin, change, dirty) "
        f"VALUES ('{table}', {_gid_sql(table)}, NEW.id, 0, {current}, NULL, 0, 0) "
        "ON CONFLICT (tbl, local_id) DO UPDATE SET seq = excluded.seq, origin = NULL, change = 0"
    )
    return [
        f"CREATE TRIGGER IF NOT EXISTS sync_hub_{table}_insert AFTER INSERT ON {table} "
        f"BEGIN {count}; {upsert}; END",
        f"CREATE TRIGGER IF NOT EXISTS sync_hub_{table}_update AFTER UPDATE ON {table} "
        f"BEGIN {count}; {upsert}; END",
        f"CREATE TRIGGER IF NOT EXISTS sync_hub_{table}_delete AFTER DELETE ON {table} "
        f"BEGIN {count}; UPDATE sync_rows SET deleted = 1, local_id = NULL, seq = {current}, "
        f"origin = NULL, change = 0 WHERE tbl = '{table}' AND local_id = OLD.id; END",
    ]


_SINGLE_CASES = " ".join(
    f"WHEN TG_TABLE_NAME = '{table}' THEN '{gid}'" for table, gid in SINGLE_ROW.items()
)
PG_FUNCTION = f"""
CREATE OR REPLACE FUNCTION {HUB_FUNCTION}() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    n bigint;
BEGIN
    UPDATE sync_counter SET last = last + 1 WHERE id = 1 RETURNING last INTO n;
    IF TG_OP = 'DELETE' THEN
        UPDATE sync_rows SET deleted = true, local_id = NULL, seq = n, origin = NULL, change = 0
        WHERE tbl = TG_TABLE_NAME AND local_id = OLD.id;
        RETURN OLD;
    END IF;
    INSERT INTO sync_rows (tbl, gid, local_id, deleted, seq, origin, change, dirty)
    VALUES (
        TG_TABLE_NAME,
        CASE {_SINGLE_CASES} ELSE replace(CAST(gen_random_uuid() AS text), '-', '') END,
        NEW.id, false, n, NULL, 0, false
    )
    ON CONFLICT (tbl, local_id) DO UPDATE SET seq = EXCLUDED.seq, origin = NULL, change = 0;
    RETURN NEW;
END
$$
"""


def installed(connection: Connection, role: Role) -> set[str]:
    """The travelling tables that have ``role``'s triggers."""
    if connection.dialect.name == "postgresql":
        if role is Role.DEVICE:
            return set()
        rows = connection.execute(
            text(
                "SELECT c.relname FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid "
                "WHERE t.tgname = :name"
            ),
            {"name": PG_TRIGGER},
        )
        return {name for (name,) in rows}
    prefix = f"sync_{role.value}_"
    rows = connection.execute(
        text("SELECT tbl_name, name FROM sqlite_master WHERE type = 'trigger'")
    )
    found: dict[str, int] = {}
    for table, name in rows:
        if name.startswith(prefix):
            found[table] = found.get(table, 0) + 1
    return {table for table, count in found.items() if count == 3}


def install(connection: Connection, role: Role) -> list[str]:
    """Give every travelling table ``role``'s triggers; the tables that had none before."""
    missing = [table for table in names() if table not in installed(connection, role)]
    if not missing:
        return []
    if connection.dialect.name == "postgresql":
        if role is Role.DEVICE:
            raise ValueError("a device is a SQLite file")
        connection.exec_driver_sql(PG_FUNCTION)
        for table in missing:
            connection.exec_driver_sql(f"DROP TRIGGER IF EXISTS {PG_TRIGGER} ON {table}")
            connection.exec_driver_sql(
                f"CREATE TRIGGER {PG_TRIGGER} AFTER INSERT OR UPDATE OR DELETE ON {table} "
                f"FOR EACH ROW EXECUTE FUNCTION {HUB_FUNCTION}()"
            )
        return missing
    build = _sqlite_device if role is Role.DEVICE else _sqlite_hub
    for table in missing:
        for statement in build(table):
            connection.exec_driver_sql(statement)
    return missing


def remove(connection: Connection, role: Role) -> None:
    """Drop ``role``'s triggers (a device leaving its team keeps a plain standalone file)."""
    if connection.dialect.name == "postgresql":
        for table in names():
            connection.exec_driver_sql(f"DROP TRIGGER IF EXISTS {PG_TRIGGER} ON {table}")
        return
    for table in names():
        for event in ("insert", "update", "delete"):
            connection.exec_driver_sql(f"DROP TRIGGER IF EXISTS sync_{role.value}_{table}_{event}")
