"""Push and pull between a device and the hub, on two connections (docs/sync.md, "A sync").

The functions here take connections inside transactions the caller owns; ``nspdesk.store.sync.run``
orders them (the hub commits first, then the device) and names the points a test may kill.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import Connection, and_, delete, insert, or_, select, update
from sqlalchemy.exc import IntegrityError

from nspdesk.store.sync import rows
from nspdesk.store.sync.rows import MissingParentError, Values
from nspdesk.store.sync.tables import (
    SINGLE_ROW,
    SYNC_CONFLICTS,
    SYNC_COUNTER,
    SYNC_ROWS,
    Travelling,
    by_name,
    names,
    travelling,
)
from nspdesk.store.sync.triggers import Role
from nspdesk.store.types import utcnow

SYNC = SYNC_ROWS


class Reason:
    """Why a change was not taken over (a conflict's ``reason``)."""

    CHANGED = "changed"  # changed on both sides since they last met
    DELETED = "deleted"  # changed here, deleted there
    PARENT_GONE = "parent_gone"  # what it belongs to was deleted there
    TAKEN = "taken"  # another row there holds the same unique key (e.g. a partner's year)
    IN_USE = "in_use"  # deleted here, but changed or still needed there


@dataclass(frozen=True)
class Change:
    """A device's change of one row: its content (None: deleted), its base and its count."""

    tbl: str
    gid: str
    base: int | None
    change: int
    values: Values | None


@dataclass(frozen=True)
class Version:
    """The hub's version of a row: its change number and content (None: deleted; seq None: the
    hub never had the row)."""

    tbl: str
    gid: str
    seq: int | None
    values: Values | None


@dataclass(frozen=True)
class Conflict:
    change: Change
    theirs: Version
    reason: str
    root: tuple[str, str]


@dataclass
class PushOutcome:
    acks: dict[tuple[str, str], int | None] = field(default_factory=dict)
    conflicts: list[Conflict] = field(default_factory=list)
    pending: dict[tuple[str, str], Values | None] = field(default_factory=dict)  # what was sent

    @property
    def accepted(self) -> int:
        return len(self.acks)


@dataclass(frozen=True)
class Pulled:
    watermark: int
    versions: list[Version]


def _order(tbl: str) -> int:
    return names().index(tbl)


# Both sides --------------------------------------------------------------------------------------
def hub_counter(connection: Connection) -> int:
    table = SYNC_COUNTER
    return int(connection.execute(select(table.c.last).where(table.c.id == 1)).scalar_one())


def _next_seq(connection: Connection) -> int:
    table = SYNC_COUNTER
    return int(
        connection.execute(
            update(table)
            .where(table.c.id == 1)
            .values(last=table.c.last + 1)
            .returning(table.c.last)
        ).scalar_one()
    )


def _gid_sql(connection: Connection, table: str) -> str:
    if table in SINGLE_ROW:
        return f"'{SINGLE_ROW[table]}'"
    if connection.dialect.name == "postgresql":
        return "replace(CAST(gen_random_uuid() AS TEXT), '-', '')"
    return "lower(hex(randomblob(16)))"


def reconcile(connection: Connection, role: Role) -> int:
    """Map rows that have no global id and tombstone mappings whose row is gone; how many.

    Needed where changes happened without the triggers (a standalone file joining, a table whose
    triggers a migration dropped). On a device the repaired mappings are dirty (sent at the next
    sync); on the hub they get a new change number (fetched by every device).
    """
    fixed = 0
    seq = _next_seq(connection) if role is Role.HUB else None
    dirty = "true" if role is Role.DEVICE else "false"
    seq_sql = "NULL" if seq is None else str(seq)
    for table in names():
        fixed += connection.exec_driver_sql(
            "INSERT INTO sync_rows (tbl, gid, local_id, deleted, seq, origin, change, dirty) "
            f"SELECT '{table}', {_gid_sql(connection, table)}, t.id, false, {seq_sql}, NULL, 1, "
            f"{dirty} FROM {table} t WHERE NOT EXISTS (SELECT 1 FROM sync_rows r "
            f"WHERE r.tbl = '{table}' AND r.local_id = t.id)"
        ).rowcount
        stale_seq = "seq" if seq is None else str(seq)
        fixed += connection.exec_driver_sql(
            f"UPDATE sync_rows SET deleted = true, local_id = NULL, dirty = {dirty}, "
            f"seq = {stale_seq}, origin = NULL "
            f"WHERE tbl = '{table}' AND local_id IS NOT NULL AND NOT EXISTS "
            f"(SELECT 1 FROM {table} t WHERE t.id = sync_rows.local_id)"
        ).rowcount
    return fixed


def root_of(
    connection: Connection,
    tbl: str,
    gid: str,
    values: Values | None,
    pending: dict[tuple[str, str], Values | None] | None = None,
) -> tuple[str, str]:
    """The thing a row belongs to (its quote, partner, review …), followed through its owners;
    ``pending``: rows not (yet) in this database, such as the rest of a push."""
    table = by_name()[tbl]
    for _ in range(len(names())):
        owner = table.owner
        if owner is None or values is None or values.get(owner) is None:
            break
        tbl, gid = table.parents[owner], values[owner]
        table = by_name()[tbl]
        local = rows.locals_for(connection, tbl, [gid]).get(gid)
        if local is not None:
            values = rows.read(connection, table, [local]).get(local)
        else:
            values = (pending or {}).get((tbl, gid))
    return tbl, gid


# Device: what to send ------------------------------------------------------------------------------
def local_changes(device: Connection) -> list[Change]:
    """Every row changed on the device since the hub acknowledged it."""
    dirty = device.execute(
        select(SYNC.c.tbl, SYNC.c.gid, SYNC.c.local_id, SYNC.c.seq, SYNC.c.change).where(
            SYNC.c.dirty == True  # noqa: E712 - SQL
        )
    ).all()
    known = by_name()
    live: dict[str, dict[int, tuple[str, int | None, int]]] = {}
    changes = []
    for tbl, gid, local_id, seq, change in dirty:
        if tbl not in known:
            continue
        if local_id is None:
            changes.append(Change(tbl, gid, seq, change, None))
        else:
            live.setdefault(tbl, {})[local_id] = (gid, seq, change)
    for tbl, mapped in live.items():
        content = rows.read(device, known[tbl], mapped)
        for local_id, (gid, seq, change) in mapped.items():
            changes.append(Change(tbl, gid, seq, change, content.get(local_id)))
    return changes


# Hub: taking changes in -----------------------------------------------------------------------------
@dataclass(frozen=True)
class _State:
    local_id: int | None
    deleted: bool
    seq: int | None
    origin: str | None
    change: int


def _state(hub: Connection, tbl: str, gid: str) -> _State | None:
    row = hub.execute(
        select(SYNC.c.local_id, SYNC.c.deleted, SYNC.c.seq, SYNC.c.origin, SYNC.c.change).where(
            SYNC.c.tbl == tbl, SYNC.c.gid == gid
        )
    ).one_or_none()
    return None if row is None else _State(*row)


def version(connection: Connection, tbl: str, gid: str) -> Version:
    """This database's version of a row (values None: deleted or unknown)."""
    state = _state(connection, tbl, gid)
    if state is None:
        return Version(tbl, gid, None, None)
    if state.local_id is None:
        return Version(tbl, gid, state.seq, None)
    values = rows.read(connection, by_name()[tbl], [state.local_id]).get(state.local_id)
    return Version(tbl, gid, state.seq, values)


def accept(hub: Connection, device: str, watermark: int, changes: list[Change]) -> PushOutcome:
    """Apply a device's changes on the hub: deletes children first, then the rest parents first."""
    outcome = PushOutcome(pending={(c.tbl, c.gid): c.values for c in changes})
    deletes = sorted((c for c in changes if c.values is None), key=lambda c: -_order(c.tbl))
    upserts = sorted((c for c in changes if c.values is not None), key=lambda c: _order(c.tbl))
    for change in deletes:
        _accept_delete(hub, device, watermark, change, outcome)
    for change in upserts:
        _accept_upsert(hub, device, change, outcome)
    return outcome


def _mine(state: _State, device: str, change: Change) -> bool:
    """The hub's current version is this device's, from this change or an earlier one."""
    return state.origin == device and state.change <= change.change


def _conflict(
    hub: Connection, change: Change, theirs: Version, reason: str, outcome: PushOutcome
) -> Conflict:
    values = change.values if change.values is not None else theirs.values
    root = root_of(hub, change.tbl, change.gid, values, outcome.pending)
    return Conflict(change, theirs, reason, root)


def _stamp(hub: Connection, device: str, change: Change) -> int | None:
    hub.execute(
        update(SYNC)
        .where(SYNC.c.tbl == change.tbl, SYNC.c.gid == change.gid)
        .values(origin=device, change=change.change)
    )
    state = _state(hub, change.tbl, change.gid)
    return None if state is None else state.seq


def _accept_delete(
    hub: Connection, device: str, watermark: int, change: Change, outcome: PushOutcome
) -> None:
    key = (change.tbl, change.gid)
    state = _state(hub, change.tbl, change.gid)
    if state is None or state.local_id is None:  # never here, or deleted here too
        outcome.acks[key] = None if state is None else state.seq
        return
    if state.seq != change.base and not _mine(state, device, change):
        theirs = version(hub, change.tbl, change.gid)
        outcome.conflicts.append(_conflict(hub, change, theirs, Reason.CHANGED, outcome))
        return
    table = by_name()[change.tbl]
    if _changed_below(hub, table, state.local_id, device, watermark):
        theirs = version(hub, change.tbl, change.gid)
        outcome.conflicts.append(_conflict(hub, change, theirs, Reason.IN_USE, outcome))
        return
    try:
        with hub.begin_nested():
            hub.execute(delete(table.table).where(table.table.c.id == state.local_id))
    except IntegrityError:  # still needed (a quote of a partner)
        theirs = version(hub, change.tbl, change.gid)
        outcome.conflicts.append(_conflict(hub, change, theirs, Reason.IN_USE, outcome))
        return
    outcome.acks[key] = _stamp(hub, device, change)


def _changed_below(
    hub: Connection, table: Travelling, local_id: int, device: str, watermark: int
) -> bool:
    """A row under this one was changed by someone else since the device last fetched."""
    for child in travelling():
        for column, parent in child.parents.items():
            if parent != table.name:
                continue
            found = hub.execute(
                select(child.table.c.id, SYNC.c.seq, SYNC.c.origin)
                .join(SYNC, and_(SYNC.c.tbl == child.name, SYNC.c.local_id == child.table.c.id))
                .where(child.table.c[column] == local_id)
            ).all()
            for child_id, seq, origin in found:
                if (seq is not None and seq > watermark and origin != device) or _changed_below(
                    hub, child, child_id, device, watermark
                ):
                    return True
    return False


def _accept_upsert(hub: Connection, device: str, change: Change, outcome: PushOutcome) -> None:
    assert change.values is not None
    key = (change.tbl, change.gid)
    table = by_name()[change.tbl]
    state = _state(hub, change.tbl, change.gid)
    if state is not None and state.origin == device and state.change == change.change:
        outcome.acks[key] = state.seq  # pushed before; the device did not hear the answer
        return
    if state is not None and state.local_id is None:
        outcome.conflicts.append(
            _conflict(
                hub,
                change,
                Version(change.tbl, change.gid, state.seq, None),
                Reason.DELETED,
                outcome,
            )
        )
        return
    if state is not None and state.seq != change.base and not _mine(state, device, change):
        theirs = version(hub, change.tbl, change.gid)
        if theirs.values == change.values:  # both sides made the same change
            outcome.acks[key] = theirs.seq
        else:
            outcome.conflicts.append(_conflict(hub, change, theirs, Reason.CHANGED, outcome))
        return
    try:
        values = rows.to_local(hub, table, [change.values])[0]
    except MissingParentError as missing:
        gone = _state(hub, missing.table, missing.gid)
        theirs = Version(missing.table, missing.gid, None if gone is None else gone.seq, None)
        outcome.conflicts.append(_conflict(hub, change, theirs, Reason.PARENT_GONE, outcome))
        return
    try:
        with hub.begin_nested():
            if state is None:
                new_id = hub.execute(insert(table.table).values(**values)).inserted_primary_key[0]  # type: ignore[index]
                _adopt(hub, change.tbl, change.gid, new_id)
            else:
                hub.execute(
                    update(table.table).where(table.table.c.id == state.local_id).values(**values)
                )
    except IntegrityError:
        theirs = _holder(hub, table, values) or version(hub, change.tbl, change.gid)
        outcome.conflicts.append(_conflict(hub, change, theirs, Reason.TAKEN, outcome))
        return
    outcome.acks[key] = _stamp(hub, device, change)


def _adopt(connection: Connection, tbl: str, gid: str, local_id: int) -> None:
    """A row just inserted takes the global id it travelled with (the trigger gave it a new one)."""
    connection.execute(
        delete(SYNC).where(SYNC.c.tbl == tbl, SYNC.c.gid == gid, SYNC.c.local_id.is_(None))
    )
    moved = connection.execute(
        update(SYNC).where(SYNC.c.tbl == tbl, SYNC.c.local_id == local_id).values(gid=gid)
    ).rowcount
    if not moved:  # no trigger on this table (yet)
        connection.execute(
            insert(SYNC).values(
                tbl=tbl, gid=gid, local_id=local_id, deleted=False, change=0, dirty=False
            )
        )


def _holder(hub: Connection, table: Travelling, values: Values) -> Version | None:
    """The row that holds one of ``values``' unique keys (None: none does)."""
    for key in table.uniques:
        found = hub.execute(
            select(table.table.c.id).where(*(table.table.c[c] == values[c] for c in key))
        ).first()
        if found is not None:
            gid = rows.gids_for(hub, table.name, [found[0]]).get(found[0])
            if gid is not None:
                return version(hub, table.name, gid)
    return None


def record_conflicts(connection: Connection, device: str, conflicts: list[Conflict]) -> int:
    """Keep both versions of each conflict (once per device, row and change); how many are new."""
    table = SYNC_CONFLICTS
    new = 0
    for conflict in conflicts:
        change = conflict.change
        exists = connection.execute(
            select(table.c.id).where(
                table.c.device == device,
                table.c.tbl == change.tbl,
                table.c.gid == change.gid,
                table.c.change == change.change,
            )
        ).first()
        if exists is not None:
            continue
        connection.execute(
            insert(table).values(
                device=device,
                tbl=change.tbl,
                gid=change.gid,
                change=change.change,
                root_tbl=conflict.root[0],
                root_gid=conflict.root[1],
                mine=rows.dumps(change.values),
                theirs=rows.dumps(conflict.theirs.values),
                reason=conflict.reason,
                created_at=utcnow(),
            )
        )
        new += 1
    return new


# Hub: what to fetch ------------------------------------------------------------------------------
def changes_since(hub: Connection, device: str, watermark: int) -> Pulled:
    """Every row the hub changed after ``watermark`` that this device did not send itself.

    Read in one snapshot (the caller's REPEATABLE READ transaction on PostgreSQL).
    """
    top = hub_counter(hub)
    versions: list[Version] = []
    news = and_(
        SYNC.c.seq > watermark,
        SYNC.c.seq <= top,
        or_(SYNC.c.origin.is_(None), SYNC.c.origin != device),
    )
    for table in travelling():
        raw: dict[int, Values] = {}
        found: dict[int, tuple[str, int]] = {}
        query = (
            select(table.table, SYNC.c.gid.label("_sync_gid"), SYNC.c.seq.label("_sync_seq"))
            .join(SYNC, and_(SYNC.c.tbl == table.name, SYNC.c.local_id == table.table.c.id))
            .where(news)
        )
        for row in hub.execute(query):
            values = dict(row._mapping)
            local_id = values.pop("id")
            found[local_id] = (values.pop("_sync_gid"), values.pop("_sync_seq"))
            raw[local_id] = values
        for local_id, values in rows.with_gids(hub, table, raw).items():
            gid, seq = found[local_id]
            versions.append(Version(table.name, gid, seq, values))
    tombstones = hub.execute(
        select(SYNC.c.tbl, SYNC.c.gid, SYNC.c.seq).where(news, SYNC.c.local_id.is_(None))
    )
    known = by_name()
    versions += [Version(t, g, s, None) for t, g, s in tombstones if t in known]
    return Pulled(top, versions)


# Device: taking the hub's versions ----------------------------------------------------------------
def apply_acks(device: Connection, acks: dict[tuple[str, str], int | None]) -> None:
    for (tbl, gid), seq in acks.items():
        where = and_(SYNC.c.tbl == tbl, SYNC.c.gid == gid)
        if seq is None:  # made and deleted here before the hub ever saw it
            device.execute(delete(SYNC).where(where, SYNC.c.local_id.is_(None)))
        else:
            device.execute(update(SYNC).where(where).values(seq=seq, dirty=False))


def theirs_of(conflicts: list[Conflict]) -> list[Version]:
    """What the device takes over for its conflicts: the hub's versions, and its own rows of a
    conflict the hub never had (``parent_gone``/``taken`` of a new row) removed."""
    versions = []
    for conflict in conflicts:
        change, theirs = conflict.change, conflict.theirs
        if (theirs.tbl, theirs.gid) == (change.tbl, change.gid):
            versions.append(theirs)
        else:
            versions.append(Version(change.tbl, change.gid, None, None))
            if theirs.values is not None:
                versions.append(theirs)
    return versions


def apply_versions(device: Connection, versions: list[Version]) -> int:
    """Make the device's rows the hub's versions (deletes first); how many rows changed."""
    latest: dict[tuple[str, str], Version] = {}
    for v in versions:
        held = latest.get((v.tbl, v.gid))
        if held is None or (v.seq or -1) >= (held.seq or -1):
            latest[(v.tbl, v.gid)] = v
    chosen = list(latest.values())
    deletes = sorted((v for v in chosen if v.values is None), key=lambda v: -_order(v.tbl))
    upserts = sorted((v for v in chosen if v.values is not None), key=lambda v: _order(v.tbl))
    for v in deletes:
        _delete_local(device, v)
    for v in upserts:
        _upsert_local(device, v)
    return len(chosen)


def _delete_local(device: Connection, v: Version) -> None:
    table = by_name()[v.tbl]
    local_id = rows.locals_for(device, v.tbl, [v.gid]).get(v.gid)
    if local_id is not None:
        device.execute(delete(table.table).where(table.table.c.id == local_id))
    where = and_(SYNC.c.tbl == v.tbl, SYNC.c.gid == v.gid)
    if v.seq is None:
        device.execute(delete(SYNC).where(where))
    else:
        device.execute(
            update(SYNC).where(where).values(deleted=True, local_id=None, seq=v.seq, dirty=False)
        )


def _upsert_local(device: Connection, v: Version) -> None:
    assert v.values is not None
    table = by_name()[v.tbl]
    values = rows.to_local(device, table, [v.values])[0]
    local_id = rows.locals_for(device, v.tbl, [v.gid]).get(v.gid)
    if local_id is not None:
        device.execute(update(table.table).where(table.table.c.id == local_id).values(**values))
    else:
        device.execute(
            delete(SYNC).where(SYNC.c.tbl == v.tbl, SYNC.c.gid == v.gid, SYNC.c.local_id.is_(None))
        )
        new_id = device.execute(insert(table.table).values(**values)).inserted_primary_key[0]  # type: ignore[index]
        _adopt(device, v.tbl, v.gid, new_id)
    device.execute(
        update(SYNC)
        .where(SYNC.c.tbl == v.tbl, SYNC.c.gid == v.gid)
        .values(seq=v.seq, deleted=False, dirty=False)
    )


def settle(device: Connection) -> None:
    """After a sync: what the triggers marked while the hub's versions were applied is not news."""
    device.execute(update(SYNC).where(SYNC.c.dirty == True).values(dirty=False))  # noqa: E712


def now() -> datetime:
    return utcnow()
