"""The database a person works on, found and opened the same way by the app and every command.

Where it is: the ``--db PATH|URL`` given (anywhere on the command line), else ``NSPDESK_DATABASE_URL``,
else the file in the user data directory — decided here only. A command that reads refuses a
database file that does not exist (nothing is created); the app and ``nspdesk demo`` create one.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path
from types import TracebackType

from nspdesk.domain.editions import ProgramLibrary
from nspdesk.domain.messages import QT_TRANSLATE_NOOP, Text
from nspdesk.store.backups import DEFAULT_KEEP
from nspdesk.store.database import Database
from nspdesk.store.errors import MissingDatabaseError
from nspdesk.store.location import Location, resolve
from nspdesk.store.opening import Store, open_store

NO_DATABASE = QT_TRANSLATE_NOOP(
    "StoreErrors",
    "Die Datenbank {path} gibt es nicht; es wurde nichts angelegt. Eine neue mit Beispieldaten "
    "legt 'nspdesk demo --db {path}' an.",
)


@dataclass(frozen=True)
class Place:
    """Where a database is, for messages and for the settings view (no connection)."""

    description: str  # the file, or the server URL without its password
    path: Path | None  # the SQLite file; None for a server database

    @property
    def exists(self) -> bool:
        return self.path is None or (self.path.exists() and self.path.stat().st_size > 0)


def _location(db: str | None) -> Location:
    return resolve(db)


def locate(db: str | None) -> Place:
    """Where ``--db`` (or the environment, or the default) points, without opening it."""
    location = _location(db)
    return Place(location.describe(), location.path)


class Workspace:
    """An open database and the program's editions: the first argument of every service.

    The faces hold it and hand it on; only the services look inside. ``close()`` releases the
    database (and the instance lock the app takes).
    """

    def __init__(self, store: Store, library: ProgramLibrary) -> None:
        self._store = store
        self.library = library
        # The day ``quotes.expire_due_daily`` last marked expired quotes (the services' note).
        self.expired_on: date | None = None

    # For the services only -------------------------------------------------------------------
    @property
    def store(self) -> Store:
        return self._store

    @property
    def database(self) -> Database:
        return self._store.database

    def replace_store(self, store: Store) -> None:
        """After a restore: the reopened database (the old one is closed by the caller)."""
        self._store = store
        self.expired_on = None  # another file: its quotes are checked again

    # For everyone ------------------------------------------------------------------------------
    @property
    def place(self) -> Place:
        return Place(self._store.location.describe(), self._store.location.path)

    @property
    def created(self) -> bool:
        """The database file was made by this opening (the app then fills in demo data)."""
        return self._store.created

    @property
    def migrated_from(self) -> str | None:
        return self._store.migrated_from

    @property
    def backups_made(self) -> list[Path]:
        return list(self._store.backups_made)

    @property
    def warnings(self) -> list[Text]:
        """Opened, but the person should be told: read only (rights, drive), no backup today."""
        return list(self._store.warnings)

    @property
    def read_only(self) -> bool:
        """The database can only be read (every change is refused with the reason)."""
        return self._store.read_only is not None

    def close(self) -> None:
        self._store.close()

    def __enter__(self) -> Workspace:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()


def prepare_store() -> None:
    """What the store's first read would otherwise do first: the ORM's mappers configured (45–50 ms
    of Python, all of them at once). The app calls it in its start thread while the window shows
    the kept rows, so that the first view's reads in worker threads are shorter and hold Python's
    lock less against the window's first paint."""
    from nspdesk.store.models import configure

    configure()


def open_workspace(
    db: str | None,
    library: ProgramLibrary | None = None,
    *,
    create: bool = False,
    take_lock: bool = False,
    keep_backups: int = DEFAULT_KEEP,
) -> Workspace:
    """Open the database ``db`` points to (see the module docstring), migrated to the newest schema.

    ``create``: make a missing SQLite file (the app, ``demo``); otherwise a missing file is refused
    with ``MissingDatabaseError`` and nothing is created. Store errors (damaged, newer, locked,
    unreachable, unreadable) are raised as they are, each with its message for a person. A database
    that can only be read, or whose daily backup failed, is opened with ``warnings``.
    """
    location = _location(db)
    if not create and location.path is not None:
        path = location.path
        if not path.exists() or (path.is_file() and path.stat().st_size == 0):
            raise MissingDatabaseError(NO_DATABASE.format(path=str(path)))
    if library is None:
        from nspdesk.domain.editions import default_library

        library = default_library()
    store = open_store(location, take_lock=take_lock, keep_backups=keep_backups)
    return Workspace(store, library)
