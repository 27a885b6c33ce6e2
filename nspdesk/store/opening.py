"""Opening a database: lock, check, back up, migrate, check again.

Never a traceback and never a silent overwrite: a corrupt file, a newer schema or a foreign database
raises a ``StoreError`` that names the file and the backups to restore from, and leaves it untouched.
Everything is decided by reading the file read-only first (is it sound, is it ours, is it current):
another program's SQLite file is refused before a single byte of it changes.

A file that cannot be written (rights, a read-only drive) is opened for reading, with a warning; one
whose daily backup fails (a full disk) is opened too, with a warning that no backup was made. Neither
is called damaged, and neither is offered a restore.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from sqlalchemy import Connection, create_engine
from sqlalchemy.exc import ArgumentError, DatabaseError, NoSuchModuleError, OperationalError
from sqlalchemy.pool import NullPool

from nspdesk.domain.messages import QT_TRANSLATE_NOOP, Text
from nspdesk.store.access import (
    NOT_READABLE,
    UnreadableDatabaseError,
    connect_read_only,
    folder_writable,
    os_reason,
    sqlite_reason,
    unreadable,
    write_refusal,
)
from nspdesk.store.backups import (
    DEFAULT_KEEP,
    BackupError,
    automatic_backup,
    backed_up_today,
    backup_dir,
    list_backups,
    make_backup,
    quick_check,
)
from nspdesk.store.database import Database, server_connect_args
from nspdesk.store.errors import (
    AccessError,
    CorruptDatabaseError,
    ForeignDatabaseError,
    NewerSchemaError,
    StoreError,
)
from nspdesk.store.location import Location
from nspdesk.store.lock import InstanceLock
from nspdesk.store.migrate import SchemaState, schema_state, upgrade
from nspdesk.store.server_errors import unreachable

AFTER_MIGRATION = QT_TRANSLATE_NOOP("StoreErrors", "nach der Migration: {problem}")
UNREACHABLE = QT_TRANSLATE_NOOP(
    "StoreErrors", "Die Datenbank {where} ist nicht erreichbar: {reason}"
)
A_FOLDER = QT_TRANSLATE_NOOP(
    "StoreErrors", "{path} ist ein Verzeichnis, keine Datenbankdatei; nichts verändert."
)
READ_ONLY_OPENED = QT_TRANSLATE_NOOP(
    "StoreErrors", "{reason} Sie wird nur gelesen; Änderungen werden nicht gespeichert."
)
READ_ONLY_NOT_CURRENT = QT_TRANSLATE_NOOP(
    "StoreErrors",
    "{reason} Sie muss auf das Schema dieser nspdesk-Version gebracht werden und kann so nicht "
    "geöffnet werden; nichts verändert.",
)
NO_BACKUP_TODAY = QT_TRANSLATE_NOOP(
    "StoreErrors",
    "Warnung: die heutige automatische Sicherung nach {folder} wurde nicht angelegt. {reason} "
    "Die Daten können gelesen werden; bitte Platz schaffen oder den Ordner prüfen.",
)
NO_BACKUP_BEFORE_MIGRATION = QT_TRANSLATE_NOOP(
    "StoreErrors",
    "Die Datenbank {path} muss migriert werden, aber die Sicherung davor ist fehlgeschlagen: "
    "{reason} Nichts verändert.",
)
NO_FOLDER = QT_TRANSLATE_NOOP(
    "StoreErrors", "Der Ordner {folder} kann nicht angelegt werden: {reason} Nichts angelegt."
)
CANNOT_CREATE = QT_TRANSLATE_NOOP(
    "StoreErrors",
    "Die Datenbank {path} kann nicht angelegt werden: der Ordner {folder} ist schreibgeschützt "
    "(Dateirechte oder Laufwerk). Nichts angelegt.",
)
BAD_URL = QT_TRANSLATE_NOOP(
    "StoreErrors",
    "{where} ist keine verwendbare Datenbank-URL ({reason}); erwartet wird eine SQLite-Datei oder "
    "z. B. postgresql+psycopg://benutzer@server/datenbank.",
)


def _one_line(text: str) -> str:
    """A driver's message (psycopg's run over several lines) as one line."""
    return " ".join(text.split())


@dataclass
class Store:
    """An open, current database; ``close()`` releases it (and the instance lock, if taken)."""

    database: Database
    location: Location
    lock: InstanceLock | None = None
    backups_made: list[Path] = field(default_factory=list)
    migrated_from: str | None = None
    created: bool = False
    warnings: list[Text] = field(default_factory=list)  # opened, but the person should know this

    @property
    def read_only(self) -> Text | None:
        """Why the database can only be read (rights, drive), or None."""
        return self.database.read_only

    def close(self) -> None:
        self.database.dispose()
        if self.lock is not None:
            self.lock.release()
            self.lock = None


def open_store(
    location: Location,
    *,
    take_lock: bool = False,
    keep_backups: int = DEFAULT_KEEP,
    now: datetime | None = None,
) -> Store:
    """Open ``location`` for use, migrating it to the newest schema.

    ``take_lock``: refuse when another app instance has the SQLite file open (the desktop app takes
    it; short commands do not need to; a file that can only be read needs none). ``keep_backups``:
    automatic daily backups kept (0: none).
    """
    try:
        path = location.path
        # SQLite's quick_check reads the whole file (0.7 s for 100 000 quotes): done at the day's
        # first open, before its automatic backup is taken; later opens that day read the header
        # and the schema, and SQLite reports a damaged page when it is read.
        thorough = path is None or keep_backups <= 0 or not backed_up_today(path, now)
        existed = path is not None and _file_exists(path, thorough)
        read_only = write_refusal(path) if path is not None and existed else None
        lock = take_lock and read_only is None
        return _open(location, lock, existed, read_only, keep_backups, now)
    except (ArgumentError, NoSuchModuleError) as error:  # a URL no installed driver understands
        raise AccessError(
            BAD_URL.format(where=location.describe(), reason=_one_line(str(error)))
        ) from None


def _file_exists(path: Path, thorough: bool = True) -> bool:
    """Whether ``path`` holds a database already (checked sound when ``thorough``); a folder is
    refused.

    Only read: a file that cannot be reached says so (rights, disk), it is not called damaged.
    """
    if path.is_dir():
        raise AccessError(A_FOLDER.format(path=str(path)))
    existed = path.exists() and path.stat().st_size > 0
    if existed:
        if unreadable(path):
            raise AccessError(NOT_READABLE.format(path=str(path)))
        problem = quick_check(path, whole=thorough)
        if problem:
            raise CorruptDatabaseError(path, problem, list_backups(path))
    else:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise AccessError(
                NO_FOLDER.format(folder=str(path.parent), reason=os_reason(error))
            ) from None
        if not folder_writable(path):
            raise AccessError(CANNOT_CREATE.format(path=str(path), folder=str(path.parent)))
    return existed


def _open(
    location: Location,
    take_lock: bool,
    existed: bool,
    read_only: Text | None,
    keep: int,
    now: datetime | None,
) -> Store:
    path = location.path
    state = _state(location, existed)  # read only: nothing written before we know it is ours
    if state.foreign:
        raise ForeignDatabaseError(location.describe())
    if state.newer:
        assert state.current is not None
        backups = list_backups(path) if path else []
        raise NewerSchemaError(location.describe(), state.current, backups)
    if read_only is not None and not state.up_to_date:
        raise AccessError(READ_ONLY_NOT_CURRENT.format(reason=read_only))
    lock = None
    if path is not None and take_lock:  # not before: no lock file beside another program's file
        lock = InstanceLock(path)
        lock.acquire()
    try:
        database = Database(location, read_only)
    except BaseException:
        if lock is not None:
            lock.release()
        raise
    store = Store(database=database, location=location, lock=lock, created=not existed)
    if read_only is not None:
        store.warnings.append(READ_ONLY_OPENED.format(reason=read_only))
        return store
    try:
        if not state.up_to_date:
            _migrate(store, state, existed, now)
        if path is not None and existed and keep > 0:
            _daily_backup(store, path, keep, now)
    except BaseException:
        store.close()  # the engines and the lock
        raise
    return store


def _migrate(store: Store, state: SchemaState, existed: bool, now: datetime | None) -> None:
    """Bring the database to the newest schema: a backup first (none, none of it), a check after."""
    path = store.location.path
    if path is not None and existed and not state.empty:
        try:
            made = make_backup(path, f"vor-migration-{state.current}", now)
        except BackupError as error:
            raise AccessError(
                NO_BACKUP_BEFORE_MIGRATION.format(path=str(path), reason=error.reason)
            ) from None
        store.backups_made.append(made)
    # Imported here: the sync's modules are needed only to migrate (30-60 ms of every start).
    from nspdesk.store.sync.team import after_migration

    with _translated(store.location), _migration_connection(store) as connection:
        upgrade(connection)
        after_migration(connection)
    store.migrated_from = state.current
    if path is not None:
        problem = quick_check(path)
        if problem:
            raise CorruptDatabaseError(
                path, AFTER_MIGRATION.format(problem=problem), store.backups_made
            )


@contextmanager
def _migration_connection(store: Store) -> Iterator[Connection]:
    """A transaction for the migrations; on SQLite with foreign keys off, as Alembic asks for batch
    migrations: a batch migration copies a table and drops the old one, and with foreign keys on
    that drop deletes every row that points at it (ON DELETE CASCADE). Checked before the commit."""
    engine = store.database._write_engine
    with engine.connect() as connection:
        if store.location.is_sqlite:  # outside a transaction: inside one SQLite ignores it
            connection.connection.driver_connection.execute(  # type: ignore[union-attr]
                "PRAGMA foreign_keys = OFF"
            )
        try:
            with connection.begin():
                yield connection
                if store.location.is_sqlite:
                    broken = connection.exec_driver_sql("PRAGMA foreign_key_check").all()
                    if broken:
                        raise CorruptDatabaseError(
                            store.location.path or Path(),
                            AFTER_MIGRATION.format(problem=f"foreign_key_check: {broken[:3]}"),
                            store.backups_made,
                        )
        finally:
            if store.location.is_sqlite:  # never back into the pool with foreign keys off
                connection.invalidate()


def _daily_backup(store: Store, path: Path, keep: int, now: datetime | None) -> None:
    """The day's automatic backup; when it fails (a full disk) the data is still read, with a warning."""
    try:
        made = automatic_backup(path, keep, now)
    except BackupError as error:
        store.warnings.append(
            NO_BACKUP_TODAY.format(folder=str(backup_dir(path)), reason=error.reason)
        )
        return
    if made is not None:
        store.backups_made.append(made)


@contextmanager
def _translated(location: Location) -> Iterator[None]:
    """SQLite's disk and rights errors while migrating as a sentence, never a traceback."""
    try:
        yield
    except OperationalError as error:
        reason = sqlite_reason(error.orig)
        if location.path is None or reason is None:
            raise
        raise UnreadableDatabaseError(location.path, reason) from None


def _state(location: Location, existed: bool) -> SchemaState:
    """The schema of the database, read without writing (a SQLite file through a read-only URI)."""
    path = location.path
    if path is not None:
        if not existed:
            return schema_state(None)
        engine = create_engine(
            "sqlite://",
            poolclass=NullPool,
            creator=lambda: connect_read_only(path, writable_folder=folder_writable(path)),
        )
    else:
        engine = create_engine(
            location.url, poolclass=NullPool, connect_args=server_connect_args(location)
        )
    try:
        with engine.connect() as connection:
            return schema_state(connection)
    except OperationalError as error:
        reason = sqlite_reason(error.orig)
        if path is not None and reason is not None:
            raise UnreadableDatabaseError(path, reason) from None
        if path is None:  # a server: which one, which database, why (never the password)
            raise StoreError(unreachable(location, error.orig)) from None
        raise StoreError(
            UNREACHABLE.format(where=location.describe(), reason=_one_line(str(error.orig)))
        ) from None
    except (DatabaseError, UnicodeDecodeError) as error:
        path = location.path or Path(location.describe())
        backups = list_backups(location.path) if location.path else []
        detail = str(error.orig) if isinstance(error, DatabaseError) else str(error)
        raise CorruptDatabaseError(path, detail, backups) from None
    finally:
        engine.dispose()
