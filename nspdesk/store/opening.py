"""Opening a database: lock, check, back up, migrate, check again.

Never a traceback and never a silent overwrite: a corrupt file, a newer schema or a foreign database
raises a ``StoreError`` that names the file and the backups to restore from, and leaves it untouched.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from sqlalchemy.exc import ArgumentError, DatabaseError, NoSuchModuleError, OperationalError

from nspdesk.domain.messages import QT_TRANSLATE_NOOP
from nspdesk.store.backups import (
    DEFAULT_KEEP,
    automatic_backup,
    list_backups,
    make_backup,
    quick_check,
)
from nspdesk.store.database import Database
from nspdesk.store.errors import (
    CorruptDatabaseError,
    ForeignDatabaseError,
    NewerSchemaError,
    StoreError,
)
from nspdesk.store.location import Location
from nspdesk.store.lock import InstanceLock
from nspdesk.store.migrate import SchemaState, schema_state, upgrade

AFTER_MIGRATION = QT_TRANSLATE_NOOP("StoreErrors", "nach der Migration: {problem}")
UNREACHABLE = QT_TRANSLATE_NOOP(
    "StoreErrors", "Die Datenbank {where} ist nicht erreichbar: {reason}"
)
A_FOLDER = QT_TRANSLATE_NOOP(
    "StoreErrors", "{path} ist ein Verzeichnis, keine Datenbankdatei; nichts verändert."
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
    it; short commands do not need to). ``keep_backups``: automatic daily backups kept (0: none).
    """
    lock = None
    if location.path is not None and take_lock:
        lock = InstanceLock(location.path)
        lock.acquire()
    try:
        return _open(location, lock, keep_backups, now)
    except (ArgumentError, NoSuchModuleError) as error:  # a URL no installed driver understands
        if lock is not None:
            lock.release()
        raise StoreError(
            BAD_URL.format(where=location.describe(), reason=_one_line(str(error)))
        ) from None
    except BaseException:
        if lock is not None:
            lock.release()
        raise


def _file_exists(path: Path) -> bool:
    """Whether ``path`` holds a database already (checked sound); a folder is refused."""
    if path.is_dir():
        raise StoreError(A_FOLDER.format(path=str(path)))
    existed = path.exists() and path.stat().st_size > 0
    path.parent.mkdir(parents=True, exist_ok=True)
    if existed:
        problem = quick_check(path)
        if problem:
            raise CorruptDatabaseError(path, problem, list_backups(path))
    return existed


def _open(location: Location, lock: InstanceLock | None, keep: int, now: datetime | None) -> Store:
    path = location.path
    existed = path is not None and _file_exists(path)
    database = Database(location)
    store = Store(database=database, location=location, lock=lock, created=not existed)
    try:
        state = _state(database, location)
        if state.foreign:
            raise ForeignDatabaseError(location.describe())
        if state.newer:
            assert state.current is not None
            backups = list_backups(path) if path else []
            raise NewerSchemaError(location.describe(), state.current, backups)
        if not state.up_to_date:
            if path is not None and existed and not state.empty:
                store.backups_made.append(make_backup(path, f"vor-migration-{state.current}", now))
            with database._write_engine.begin() as connection:
                upgrade(connection)
            store.migrated_from = state.current
            if path is not None:
                problem = quick_check(path)
                if problem:
                    raise CorruptDatabaseError(
                        path, AFTER_MIGRATION.format(problem=problem), store.backups_made
                    )
        if path is not None and existed and keep > 0:
            made = automatic_backup(path, keep, now)
            if made is not None:
                store.backups_made.append(made)
    except BaseException:
        database.dispose()
        raise
    return store


def _state(database: Database, location: Location) -> SchemaState:
    try:
        with database.engine.connect() as connection:
            return schema_state(connection)
    except OperationalError as error:
        raise StoreError(
            UNREACHABLE.format(where=location.describe(), reason=_one_line(str(error.orig)))
        ) from None
    except DatabaseError as error:
        path = location.path or Path(location.describe())
        backups = list_backups(location.path) if location.path else []
        raise CorruptDatabaseError(path, str(error.orig), backups) from None
