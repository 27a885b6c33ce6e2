"""Sync of a laptop's database with the team database (docs/sync.md): one function per action.

The workspace is the device (its SQLite file). The team database is opened for the action from the
URL the device keeps (without the password, which comes from the system's credential store) and
closed again. ``join`` registers the device and copies everything down; ``sync`` sends and fetches;
``conflicts`` and ``resolve`` show and close what two sides changed at once; ``leave`` turns the file
into a standalone database; ``remove_device`` (on the team database) shuts a lost laptop out.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime

from nspdesk.domain.messages import QT_TRANSLATE_NOOP
from nspdesk.services.errors import ConflictError, StoreError
from nspdesk.services.quotes import expire_due
from nspdesk.services.workspace import Workspace
from nspdesk.store.location import from_url
from nspdesk.store.opening import Store, open_store
from nspdesk.store.quotes import default_actor
from nspdesk.store.sync import credentials, describe, team

ON_A_SERVER = QT_TRANSLATE_NOOP(
    "SyncErrors",
    "Sync verbindet eine Datei auf diesem Gerät (--db LAPTOP.sqlite3) mit der Team-Datenbank; "
    "{where} ist selbst eine Server-Datenbank.",
)


@dataclass(frozen=True)
class SyncCounts:
    """What one sync did: changes sent and accepted, rows fetched, new conflicts."""

    pushed: int
    pulled: int
    conflicts: int
    at: datetime


@dataclass(frozen=True)
class SyncStatus:
    """The device's membership for the settings view (None from ``status``: not in a team)."""

    device: str
    team: str  # the team database's URL without password
    joined_at: datetime
    last_sync_at: datetime | None
    unsent: int
    open_conflicts: int
    server: str = ""  # the team database in words: "vertrieb@team.example.com/nspdesk (TLS …)"


@dataclass(frozen=True)
class FieldDifference:
    """A field that differs: ``name`` is the column (``valid_until``), ``label`` the app's word
    for it ("Gültig bis"); ``mine``/``theirs`` the stored values, ``*_shown`` the values in words
    (a date in the reader's format, a partner by its company). The texts render in the UI's
    language through ``nspdesk.ui.i18n.show``."""

    name: str
    mine: str
    theirs: str
    label: str = ""
    mine_shown: str = ""
    theirs_shown: str = ""


@dataclass(frozen=True)
class ConflictEntry:
    id: int
    table: str
    reason: str  # changed, deleted, parent_gone, taken, in_use
    thing: str  # what it belongs to, as a person names it ("Angebot A-2026-MK-0007 (Muster GmbH)")
    fields: tuple[FieldDifference, ...]  # the fields whose values differ
    mine_deleted: bool
    theirs_deleted: bool
    created_at: datetime
    part: str = ""  # the row's place in the thing ("Revision 2, Position 3"); "" for the thing
    why: str = ""  # the reason in words ("hier und im Team geändert")
    root: str = ""  # the thing's key: the conflicts of one thing are resolved together


def _device(workspace: Workspace) -> None:
    if not workspace.store.location.is_sqlite:
        raise ConflictError(ON_A_SERVER.format(where=workspace.place.description))


@contextmanager
def _hub(url: str) -> Iterator[Store]:
    """The team database for one action (migrated to this version's schema like any opening)."""
    opened = open_store(from_url(credentials.with_password(url)))
    try:
        yield opened
    finally:
        opened.close()


def _counts(result: team.SyncResult) -> SyncCounts:
    return SyncCounts(result.pushed, result.pulled, result.conflicts, result.at)


def _fetched(workspace: Workspace, result: team.SyncResult, today: date | None) -> SyncCounts:
    """What the sync did, after the day's expiry check has run over what it fetched: a sent quote
    a colleague's device synced after its validity had passed is shown expired at once, not
    "sent" until the next day's check (``services.quotes.expire_due``, the same check; the
    expiry is this device's change, sent with its next sync)."""
    if result.pulled:
        expire_due(workspace, today or date.today())
    return _counts(result)


def join(
    workspace: Workspace,
    url: str,
    device: str,
    *,
    send_existing: bool = False,
    password: str | None = None,
    ca_file: str | None = None,
    today: date | None = None,
) -> SyncCounts:
    """Connect this device to the team database ``url`` as ``device`` and copy everything down.

    The password (``password``, else the one in ``url``) goes to the system's credential store; the
    device keeps the URL without it. ``ca_file``: the team's CA certificate; the connection then
    requires TLS with a server certificate it signed for the host (``sslmode=verify-full``).
    """
    _device(workspace)
    if ca_file:
        url = credentials.with_tls(url, ca_file)
    stored = credentials.remember(url, password)
    with _hub(stored) as hub:
        result = team.join(
            workspace.database, hub.database, device, stored, send_existing=send_existing
        )
    return _fetched(workspace, result, today)


def sync(workspace: Workspace, today: date | None = None) -> SyncCounts:
    """Send this device's changes and fetch the others' (one transaction on each side); then the
    quotes fetched past their validity are marked expired (``today``: the local day)."""
    _device(workspace)
    me = team.membership_of(workspace.database)
    if me is None:
        raise ConflictError(team.NOT_IN_TEAM)
    with _hub(me.hub_url) as hub:
        result = team.sync(workspace.database, hub.database)
    return _fetched(workspace, result, today)


def status(workspace: Workspace) -> SyncStatus | None:
    """This device's team, last sync, unsent changes and open conflicts (None: no team)."""
    if not workspace.store.location.is_sqlite:
        return None
    me = team.membership_of(workspace.database)
    if me is None:
        return None
    with workspace.database.read() as session:
        unsent = team.unsent(session.connection())
    return SyncStatus(
        me.device,
        me.hub_url,
        me.joined_at,
        me.last_sync_at,
        unsent,
        len(team.open_conflicts(workspace.database)),
        credentials.shown(me.hub_url),
    )


def conflicts(workspace: Workspace) -> list[ConflictEntry]:
    """The open conflicts, oldest first, each with what it belongs to and the differing fields."""
    found = team.open_conflicts(workspace.database)
    with workspace.database.read() as session:
        connection = session.connection()
        return [
            ConflictEntry(
                id=c.id,
                table=c.tbl,
                reason=c.reason,
                thing=describe.thing(connection, c.root_tbl, c.root_gid),
                fields=tuple(
                    FieldDifference(
                        d.column, d.mine, d.theirs, d.label, d.mine_shown, d.theirs_shown
                    )
                    for d in describe.differences(connection, c.tbl, c.mine, c.theirs)
                ),
                mine_deleted=not c.mine,
                theirs_deleted=not c.theirs,
                created_at=c.created_at,
                part=describe.part(
                    connection, c.tbl, describe.parse(c.mine) or describe.parse(c.theirs)
                ),
                why=describe.reason(c.reason),
                root=f"{c.root_tbl}:{c.root_gid}",
            )
            for c in found
        ]


def resolve(workspace: Workspace, conflict_id: int, keep_mine: bool) -> None:
    """Close a conflict (with the others of the same thing); ``keep_mine``: this device's version
    becomes a new change that the next sync sends."""
    team.resolve(workspace.database, conflict_id, keep_mine)


def leave(workspace: Workspace, *, force: bool = False) -> str:
    """Leave the team: the file stays a complete standalone database; the device's name.

    The team database is told when it can be reached; unsent changes are refused unless ``force``.
    """
    _device(workspace)
    me = team.membership_of(workspace.database)
    if me is None:
        raise ConflictError(team.NOT_IN_TEAM)
    hub: Store | None
    try:
        hub = open_store(from_url(credentials.with_password(me.hub_url)))
    except StoreError:  # not reachable now: the device leaves all the same
        hub = None
    try:
        name = team.leave(workspace.database, None if hub is None else hub.database, force=force)
    finally:
        if hub is not None:
            hub.close()
    credentials.forget(me.hub_url)
    return name


def remove_device(workspace: Workspace, device: str) -> None:
    """On the team database (the workspace): a lost laptop can no longer send anything."""
    team.remove_device(workspace.database, device, default_actor())
