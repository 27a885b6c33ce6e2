"""Looking after the database: open it for the app, check it, back it up, restore it, fill in demo data.

A check and a backup work on the file without opening it for use (a backup is safe while the app
writes; a check changes nothing, not even the schema). A restore puts a backup in place and opens
the database once, so an older backup is migrated at once; the app's restore closes its database
first and reopens it into the same :class:`Workspace`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from nspdesk.domain.editions import ProgramLibrary
from nspdesk.domain.messages import QT_TRANSLATE_NOOP, Text
from nspdesk.services.errors import ConflictError, MissingDatabaseError, StoreError
from nspdesk.services.workspace import NO_DATABASE, Workspace
from nspdesk.store import backups as store_backups
from nspdesk.store import maintenance as store_maintenance
from nspdesk.store.location import Location, resolve
from nspdesk.store.opening import open_store

NOT_EMPTY = QT_TRANSLATE_NOOP(
    "StoreErrors",
    "{where} enthält schon Partner; Demodaten nur in eine leere Datenbank (z. B. --db "
    "demo.sqlite3). Nichts verändert.",
)

SERVER_DATABASE = QT_TRANSLATE_NOOP(
    "StoreErrors",
    "{where} ist eine Server-Datenbank; Sicherungen macht dort die Serververwaltung (z. B. "
    "pg_dump).",
)

MANUAL = "manuell"  # the reason in the name of a backup a person asked for (not translated)


@dataclass(frozen=True)
class DatabaseCheck:
    """What ``db check`` and the settings view's integrity check found; ``lines`` are Texts."""

    where: str
    ok: bool
    lines: tuple[Text, ...]


@dataclass(frozen=True)
class DemoCounts:
    partners: int
    catalog_items: int
    quotes: int


@dataclass(frozen=True)
class RestoreOutcome:
    """The app's restore: the safety copy of the previous state, or what went wrong and when.

    ``restore_error``: the backup was not put in place (nothing changed). ``reopen_error``: the
    database could not be opened afterwards (the app should be restarted).
    """

    safety: Path | None
    restore_error: StoreError | None = None
    reopen_error: StoreError | None = None


class ServerDatabaseError(ConflictError):
    """Backups of a server database are the server's business (``pg_dump``), not the app's."""


def _sqlite_file(location: Location) -> Path:
    if location.path is None:
        raise ServerDatabaseError(SERVER_DATABASE.format(where=location.describe()))
    return location.path


def database_file(db: str | None) -> Path:
    """The SQLite file ``db`` points to, without opening it; ``ServerDatabaseError`` for a server."""
    return _sqlite_file(resolve(db))


# --- checking ---------------------------------------------------------------------------------------


def _report(location: Location) -> DatabaseCheck:
    report = store_maintenance.check(location)
    return DatabaseCheck(report.where, report.ok, tuple(report.lines()))


def check_database(db: str | None) -> DatabaseCheck:
    """Integrity, foreign keys and schema of the database ``db`` points to; changes nothing.

    A file that does not exist is a problem of the report (named in its heading), not an error.
    """
    return _report(resolve(db))


def check_workspace(workspace: Workspace) -> DatabaseCheck:
    """The same check of the database the app has open."""
    return _report(workspace.store.location)


# --- backups ----------------------------------------------------------------------------------------


def _existing(path: Path) -> Path:
    if not path.exists() or (path.is_file() and path.stat().st_size == 0):
        raise MissingDatabaseError(NO_DATABASE.format(path=str(path)))
    return path


def backup_file(database: Path, output: Path | None = None) -> Path:
    """A consistent copy of ``database``: at ``output``, else a manual backup in its backup folder."""
    _existing(database)
    if output is not None:
        return store_backups.copy_database(database, output)
    return store_backups.make_backup(database, MANUAL)


def backups_of(database: Path) -> list[Path]:
    """The backups of the SQLite file ``database``, newest first."""
    return store_backups.list_backups(database)


def backup_folder(database: Path) -> Path:
    return store_backups.backup_dir(database)


def restore_file(database: Path, backup: Path) -> Path:
    """Put ``backup`` in place of ``database`` (closed), then migrate it; the safety copy.

    Refuses while the app holds the database, and checks the backup first; the current state is
    kept as a backup of its own, so a restore can itself be undone.
    """
    safety = store_maintenance.restore(database, backup)
    store = open_store(resolve(str(database)), keep_backups=0)  # migrates an older backup
    store.close()
    return safety


def backup_workspace(workspace: Workspace) -> Path | None:
    """A manual backup of the app's database (None for a server database)."""
    path = workspace.store.location.path
    return None if path is None else backup_file(path)


def restore_into(workspace: Workspace, backup: Path) -> RestoreOutcome:
    """Close the app's database, restore ``backup``, reopen it into ``workspace``.

    Whatever happens, the workspace is reopened when it can be, so a failed restore leaves the app
    on the database it had (nothing is lost: the restore keeps a copy before it replaces anything).
    """
    store = workspace.store
    path = _sqlite_file(store.location)
    take_lock = store.lock is not None
    store.close()
    safety: Path | None = None
    restore_error: StoreError | None = None
    try:
        safety = store_maintenance.restore(path, backup)
    except StoreError as error:
        restore_error = error
    try:
        workspace.replace_store(open_store(store.location, take_lock=take_lock, keep_backups=0))
    except StoreError as error:
        return RestoreOutcome(None, restore_error, error)
    return RestoreOutcome(safety, restore_error)


# --- demo data --------------------------------------------------------------------------------------


def fill_demo(workspace: Workspace, today: date | None = None) -> DemoCounts:
    """Fill an empty database with the demo partners, catalog and quotes.

    A database that already holds partners is refused with ``ConflictError`` (nothing changed).
    """
    from nspdesk.store import demo as store_demo  # quotes and pricing: only for a new database

    with workspace.database.write() as session:
        if not store_demo.is_empty(session):
            raise ConflictError(NOT_EMPTY.format(where=workspace.place.description))
        counts = store_demo.seed(session, workspace.library, today or date.today())
    return DemoCounts(counts["partners"], counts["catalog_items"], counts["quotes"])


def open_demo_copy(path: Path, library: ProgramLibrary) -> tuple[Workspace, DemoCounts | None]:
    """A fresh database at ``path`` (no backups) with the demo data when it was just made.

    For the self-test: a database that already existed is opened as it is (counts None).
    """
    store = open_store(resolve(str(path)), keep_backups=0)
    workspace = Workspace(store, library)
    try:
        counts = fill_demo(workspace) if store.created else None
    except BaseException:
        workspace.close()
        raise
    return workspace, counts
