"""Joining a team, syncing, leaving: the transactions of both sides in the order docs/sync.md gives.

``hook`` (tests) is called with the name of each point a kill may hit: ``"pushed"`` (the hub's
transaction is still open), ``"hub_committed"``, ``"pulled"`` and ``"applied"`` (the device's
transaction is still open).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Connection, delete, func, insert, select, update
from sqlalchemy.exc import IntegrityError

from nspdesk.domain.messages import QT_TRANSLATE_NOOP
from nspdesk.store.database import Database
from nspdesk.store.errors import ConflictError, NotFoundError
from nspdesk.store.models.sync import FORMER, MEMBER
from nspdesk.store.sync import engine, rows
from nspdesk.store.sync.engine import Change, Version
from nspdesk.store.sync.tables import (
    SYNC_CONFLICTS,
    SYNC_DEVICES,
    SYNC_ROWS,
    SYNC_SELF,
    by_name,
    names,
    travelling,
)
from nspdesk.store.sync.triggers import Role, install, remove
from nspdesk.store.types import utcnow

Hook = Callable[[str], None]

DEVICE_NAME = re.compile(r"^[A-Z0-9]{1,10}$")
BAD_NAME = QT_TRANSLATE_NOOP(
    "SyncErrors",
    "Gerätename '{name}': bitte 1 bis 10 Großbuchstaben oder Ziffern (z. B. die Initialen, MK).",
)
NAME_TAKEN = QT_TRANSLATE_NOOP(
    "SyncErrors",
    "Im Team gibt es schon ein Gerät '{name}'. Bitte einen anderen Namen wählen oder das Gerät "
    "dort mit 'nspdesk sync leave' abmelden.",
)
REMOVED = QT_TRANSLATE_NOOP(
    "SyncErrors",
    "Das Gerät '{name}' wurde aus dem Team entfernt; es kann nichts mehr senden. Die Daten auf "
    "diesem Gerät bleiben erhalten.",
)
UNKNOWN_DEVICE = QT_TRANSLATE_NOOP(
    "SyncErrors",
    "Das Gerät '{name}' ist in der Team-Datenbank nicht angemeldet (abgemeldet?). Bitte neu "
    "verbinden mit 'nspdesk sync join'.",
)
NOT_IN_TEAM = QT_TRANSLATE_NOOP(
    "SyncErrors",
    "Diese Datenbank ist mit keiner Team-Datenbank verbunden ('nspdesk sync join URL --db DATEI "
    "--device NAME').",
)
ALREADY = QT_TRANSLATE_NOOP(
    "SyncErrors", "Diese Datenbank ist schon als Gerät '{name}' mit einer Team-Datenbank verbunden."
)
HAS_DATA = QT_TRANSLATE_NOOP(
    "SyncErrors",
    "Diese Datenbank enthält schon Daten. Sie werden beim Verbinden nur mit --send-existing in die "
    "Team-Datenbank übernommen; sonst bitte eine neue Datei angeben.",
)
ONE_UNSENT = QT_TRANSLATE_NOOP(
    "SyncErrors",
    "Es gibt 1 noch nicht gesendete Änderung. Bitte zuerst synchronisieren oder mit "
    "--force abmelden (die Änderung bleibt dann nur auf diesem Gerät).",
)
UNSENT = QT_TRANSLATE_NOOP(
    "SyncErrors",
    "Es gibt {count} noch nicht gesendete Änderungen. Bitte zuerst synchronisieren oder mit "
    "--force abmelden (die Änderungen bleiben dann nur auf diesem Gerät).",
)
CANNOT_APPLY = QT_TRANSLATE_NOOP(
    "SyncErrors",
    "Konflikt {id}: die eigene Fassung passt nicht mehr zum Stand des Teams (z. B. wird ein "
    "gelöschter Eintrag noch von einem Angebot gebraucht). Bitte mit --keep theirs schließen.",
)
NO_CONFLICT = QT_TRANSLATE_NOOP("SyncErrors", "Es gibt keinen offenen Konflikt {id}.")
CANNOT_KEEP_MINE = QT_TRANSLATE_NOOP(
    "SyncErrors",
    "Konflikt {id}: die eigene Fassung lässt sich nicht wiederherstellen, weil {what} in der "
    "Team-Datenbank gelöscht wurde. Bitte mit --keep theirs schließen.",
)


@dataclass(frozen=True)
class SyncResult:
    pushed: int
    pulled: int
    conflicts: int
    at: datetime


@dataclass(frozen=True)
class Membership:
    """On a device: its name, its hub (URL without password) and the last sync."""

    device: str
    hub_url: str
    watermark: int
    joined_at: datetime
    last_sync_at: datetime | None


@dataclass(frozen=True)
class ConflictView:
    id: int
    tbl: str
    gid: str
    root_tbl: str
    root_gid: str
    reason: str
    mine: str
    theirs: str
    created_at: datetime


def _call(hook: Hook | None, point: str) -> None:
    if hook is not None:
        hook(point)


def membership(device: Connection) -> Membership | None:
    table = SYNC_SELF
    row = device.execute(select(table).where(table.c.id == MEMBER)).one_or_none()
    if row is None:
        return None
    return Membership(row.device, row.hub_url, row.watermark, row.joined_at, row.last_sync_at)


def membership_of(database: Database) -> Membership | None:
    with database.read() as session:
        return membership(session.connection())


def _need_membership(device: Connection) -> Membership:
    found = membership(device)
    if found is None:
        raise ConflictError(NOT_IN_TEAM)
    return found


def _check_device(hub: Connection, name: str) -> None:
    """The device's registration, locked for this sync; a removed device is refused."""
    table = SYNC_DEVICES
    row = hub.execute(select(table).where(table.c.name == name).with_for_update()).one_or_none()
    if row is None or row.left_at is not None:
        raise ConflictError(UNKNOWN_DEVICE.format(name=name))
    if row.removed_at is not None:
        raise ConflictError(REMOVED.format(name=name))


def after_migration(connection: Connection) -> None:
    """A device's triggers back at once after a migration copied its tables (same transaction), so
    no change made before the next sync goes unrecorded."""
    if connection.dialect.name != "sqlite" or membership(connection) is None:
        return
    if install(connection, Role.DEVICE):
        engine.reconcile(connection, Role.DEVICE)


def _prepare_hub(hub: Connection) -> None:
    if install(hub, Role.HUB):
        engine.reconcile(hub, Role.HUB)


@contextmanager
def _snapshot(hub_db: Database) -> Iterator[Connection]:
    """A read-only transaction that sees one moment of the hub (REPEATABLE READ on PostgreSQL);
    a hub lost meanwhile is said in the hub's words, as in ``hub_db.read()``."""
    with hub_db.translated_errors():
        connection = hub_db.engine.connect()
        try:
            if connection.dialect.name == "postgresql":
                connection = connection.execution_options(isolation_level="REPEATABLE READ")
            with connection.begin():
                yield connection
        finally:
            connection.close()


def _has_rows(device: Connection) -> bool:
    return any(
        device.execute(select(func.count()).select_from(t.table)).scalar_one() for t in travelling()
    )


# Joining ------------------------------------------------------------------------------------------
def join(
    device_db: Database,
    hub_db: Database,
    name: str,
    hub_url: str,
    *,
    send_existing: bool = False,
    hook: Hook | None = None,
) -> SyncResult:
    """Register the device ``name`` with the hub and copy the hub down (``hub_url``: without the
    password). A device file with data is refused unless ``send_existing`` (its rows are then sent
    as new ones by a first sync)."""
    if not DEVICE_NAME.match(name):
        raise ConflictError(BAD_NAME.format(name=name))
    with device_db.read() as session:
        device = session.connection()
        held = membership(device)
        if held is not None:
            raise ConflictError(ALREADY.format(name=held.device))
        has_data = _has_rows(device)
    if has_data and not send_existing:
        raise ConflictError(HAS_DATA)
    with hub_db.write() as session:
        hub = session.connection()
        _prepare_hub(hub)
        _register(hub, name)
    _call(hook, "registered")
    with device_db.write() as session:
        device = session.connection()
        device.execute(delete(SYNC_ROWS))
        device.execute(delete(SYNC_SELF).where(SYNC_SELF.c.id == FORMER))
        if has_data:
            engine.reconcile(device, Role.DEVICE)
            watermark, pulled = -1, 0
        else:
            with _snapshot(hub_db) as hub:
                watermark, pulled = _copy_down(device, hub)
        joined = utcnow()
        device.execute(
            insert(SYNC_SELF).values(
                id=MEMBER,
                device=name,
                hub_url=hub_url,
                watermark=watermark,
                joined_at=joined,
                last_sync_at=None if has_data else joined,  # with data: the first sync follows
            )
        )
        install(device, Role.DEVICE)
        _call(hook, "copied")
    if has_data:
        return sync(device_db, hub_db, hook=hook)
    with hub_db.write() as session:
        _seen(session.connection(), name, joined)
    return SyncResult(0, pulled, 0, joined)


def _register(hub: Connection, name: str) -> None:
    table = SYNC_DEVICES
    row = hub.execute(select(table).where(table.c.name == name).with_for_update()).one_or_none()
    if row is None:
        hub.execute(insert(table).values(name=name, joined_at=utcnow(), removed_by=""))
        return
    if row.removed_at is not None:
        raise ConflictError(REMOVED.format(name=name))
    if row.left_at is None and row.last_sync_at is not None:
        raise ConflictError(NAME_TAKEN.format(name=name))
    # Left earlier, or a join that did not finish: the name is free for this device again.
    hub.execute(update(table).where(table.c.name == name).values(left_at=None, joined_at=utcnow()))


def _copy_down(device: Connection, hub: Connection) -> tuple[int, int]:
    """The hub's rows into an empty device with the same local ids, and their global ids."""
    top = engine.hub_counter(hub)
    copied = 0
    for table in travelling():
        batch: list[dict[str, object]] = []
        result = hub.execution_options(yield_per=2000).execute(
            select(table.table).order_by(table.table.c.id)
        )
        for row in result:
            batch.append(dict(row._mapping))
            if len(batch) >= 2000:
                device.execute(insert(table.table), batch)
                copied += len(batch)
                batch = []
        if batch:
            device.execute(insert(table.table), batch)
            copied += len(batch)
    sync = SYNC_ROWS
    batch = []
    result = hub.execution_options(yield_per=5000).execute(
        select(sync.c.tbl, sync.c.gid, sync.c.local_id, sync.c.seq).where(
            sync.c.local_id.is_not(None), sync.c.tbl.in_(list(by_name()))
        )
    )
    for tbl, gid, local_id, seq in result:
        batch.append(
            {
                "tbl": tbl,
                "gid": gid,
                "local_id": local_id,
                "deleted": False,
                "seq": seq,
                "origin": None,
                "change": 0,
                "dirty": False,
            }
        )
        if len(batch) >= 5000:
            device.execute(insert(sync), batch)
            batch = []
    if batch:
        device.execute(insert(sync), batch)
    return top, copied


def _seen(hub: Connection, name: str, at: datetime) -> None:
    table = SYNC_DEVICES
    hub.execute(update(table).where(table.c.name == name).values(last_sync_at=at))


# Syncing ------------------------------------------------------------------------------------------
def sync(device_db: Database, hub_db: Database, *, hook: Hook | None = None) -> SyncResult:
    """Send the device's changes, fetch the others' (one transaction on each side)."""
    with device_db.write() as session:
        device = session.connection()
        me = _need_membership(device)
        if install(device, Role.DEVICE):
            engine.reconcile(device, Role.DEVICE)
        changes = engine.local_changes(device)
        at = utcnow()
        with hub_db.write() as hub_session:
            hub = hub_session.connection()
            _check_device(hub, me.device)
            _prepare_hub(hub)
            outcome = engine.accept(hub, me.device, me.watermark, changes)
            engine.record_conflicts(hub, me.device, outcome.conflicts)
            _seen(hub, me.device, at)
            _call(hook, "pushed")
        _call(hook, "hub_committed")
        with _snapshot(hub_db) as hub:
            pulled = engine.changes_since(hub, me.device, me.watermark)
        _call(hook, "pulled")
        engine.apply_acks(device, outcome.acks)
        new = engine.record_conflicts(device, me.device, outcome.conflicts)
        engine.apply_versions(device, engine.theirs_of(outcome.conflicts) + pulled.versions)
        engine.settle(device)
        table = SYNC_SELF
        device.execute(
            update(table)
            .where(table.c.id == MEMBER)
            .values(watermark=pulled.watermark, last_sync_at=at)
        )
        _call(hook, "applied")
    return SyncResult(outcome.accepted, len(pulled.versions), new, at)


# Leaving and removing -------------------------------------------------------------------------------
def unsent(device: Connection) -> int:
    table = SYNC_ROWS
    return int(
        device.execute(
            select(func.count()).select_from(table).where(table.c.dirty == True)  # noqa: E712
        ).scalar_one()
    )


def leave(device_db: Database, hub_db: Database | None, *, force: bool = False) -> str:
    """The device leaves its team and keeps its file as a standalone database; its name."""
    with device_db.write() as session:
        device = session.connection()
        me = _need_membership(device)
        count = unsent(device)
        if count and not force:
            raise ConflictError(ONE_UNSENT if count == 1 else UNSENT.format(count=count))
        remove(device, Role.DEVICE)
        device.execute(delete(SYNC_SELF).where(SYNC_SELF.c.id == MEMBER))
        # The file keeps numbering in the device's series (docs/sync.md, "Leaving"): the team goes
        # on with A-2026-0043, and one number on two different quotes would confuse a customer.
        device.execute(
            insert(SYNC_SELF).values(
                id=FORMER,
                device=me.device,
                hub_url="",
                joined_at=me.joined_at,
                last_sync_at=me.last_sync_at,
            )
        )
        device.execute(delete(SYNC_ROWS))
    if hub_db is not None:
        table = SYNC_DEVICES
        with hub_db.write() as session:
            session.connection().execute(
                update(table).where(table.c.name == me.device).values(left_at=utcnow())
            )
    return me.device


def remove_device(hub_db: Database, name: str, actor: str) -> None:
    """On the hub: a lost laptop can no longer push (what it sent stays)."""
    table = SYNC_DEVICES
    with hub_db.write() as session:
        done = (
            session.connection()
            .execute(
                update(table)
                .where(table.c.name == name)
                .values(removed_at=utcnow(), removed_by=actor)
            )
            .rowcount
        )
    if not done:
        raise NotFoundError(UNKNOWN_DEVICE.format(name=name))


# Conflicts -----------------------------------------------------------------------------------------
def open_conflicts(device_db: Database) -> list[ConflictView]:
    table = SYNC_CONFLICTS
    with device_db.read() as session:
        found = session.connection().execute(
            select(table).where(table.c.resolved_at.is_(None)).order_by(table.c.id)
        )
        return [
            ConflictView(
                r.id, r.tbl, r.gid, r.root_tbl, r.root_gid, r.reason, r.mine, r.theirs, r.created_at
            )
            for r in found
        ]


def resolve(device_db: Database, conflict_id: int, keep_mine: bool) -> None:
    """Close a conflict with every open one of the same thing (its root); ``keep_mine`` writes the
    device's versions back as new local changes, parents first."""
    table = SYNC_CONFLICTS
    with device_db.write() as session:
        device = session.connection()
        row = device.execute(
            select(table).where(table.c.id == conflict_id, table.c.resolved_at.is_(None))
        ).one_or_none()
        if row is None:
            raise NotFoundError(NO_CONFLICT.format(id=conflict_id))
        group = device.execute(
            select(table).where(
                table.c.root_tbl == row.root_tbl,
                table.c.root_gid == row.root_gid,
                table.c.resolved_at.is_(None),
            )
        ).all()
        group = sorted(
            group, key=lambda r: (names().index(r.tbl) if r.tbl in by_name() else 0, r.id)
        )
        if keep_mine:
            try:
                with device.begin_nested():
                    for member in group:
                        known = member.tbl in by_name()
                        mine = rows.loads(member.tbl, member.mine) if known else None
                        _restore_mine(device, member.id, member.tbl, member.gid, mine)
            except IntegrityError:  # mine would break a rule of the data (still needed, taken)
                raise ConflictError(CANNOT_APPLY.format(id=conflict_id)) from None
        device.execute(
            update(table)
            .where(table.c.id.in_([member.id for member in group]))
            .values(resolved_at=utcnow(), resolution="mine" if keep_mine else "theirs")
        )


def _restore_mine(
    device: Connection, conflict_id: int, tbl: str, gid: str, mine: rows.Values | None
) -> None:
    """The stored version as a local change on top of the hub's (the triggers mark it dirty)."""
    table = by_name()[tbl]
    local_id = rows.locals_for(device, tbl, [gid]).get(gid)
    if mine is None:
        if local_id is not None:
            device.execute(delete(table.table).where(table.table.c.id == local_id))
        return
    try:
        values = rows.to_local(device, table, [mine])[0]
    except rows.MissingParentError as missing:
        raise ConflictError(
            CANNOT_KEEP_MINE.format(id=conflict_id, what=missing.table)
        ) from missing
    if local_id is not None:
        device.execute(update(table.table).where(table.table.c.id == local_id).values(**values))
        return
    sync = SYNC_ROWS
    known = device.execute(
        select(sync.c.seq).where(sync.c.tbl == tbl, sync.c.gid == gid)
    ).scalar_one_or_none()
    for key in table.uniques:  # the hub's row that took the key gives way to mine
        device.execute(delete(table.table).where(*(table.table.c[c] == values[c] for c in key)))
    new_id = device.execute(insert(table.table).values(**values)).inserted_primary_key[0]  # type: ignore[index]
    if known is None:  # the hub never had the row: it keeps its id (its own rows point at it)
        device.execute(delete(sync).where(sync.c.tbl == tbl, sync.c.gid == gid))
        device.execute(
            update(sync).where(sync.c.tbl == tbl, sync.c.local_id == new_id).values(gid=gid)
        )
    # else: deleted on the hub, where a global id never comes back: the row travels as a new one


__all__ = [
    "Change",
    "ConflictView",
    "Membership",
    "SyncResult",
    "Version",
    "join",
    "leave",
    "membership_of",
    "open_conflicts",
    "remove_device",
    "resolve",
    "sync",
]
