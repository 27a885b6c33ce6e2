"""Whether a SQLite file may be written, how to read it without writing, and what SQLite's errors mean.

A database that cannot be written (file or folder permissions, a read-only drive) is still read: it is
opened through a read-only URI that never creates or changes a file (``immutable=1`` where even the
``-shm`` beside it cannot be made), and every write is refused with a sentence that says why. An error
that is about the disk or the rights (full, read-only, cannot open, I/O) is never called "damaged":
only SQLite's own verdicts on the bytes (not a database, malformed) are corruption.
"""

from __future__ import annotations

import errno
import os
import sqlite3
from pathlib import Path
from urllib.parse import quote

from nspdesk.domain.messages import QT_TRANSLATE_NOOP, Text
from nspdesk.store.errors import AccessError

READ_ONLY_FILE = QT_TRANSLATE_NOOP(
    "StoreErrors", "Die Datenbank {path} ist schreibgeschützt (Dateirechte der Datei)."
)
READ_ONLY_FOLDER = QT_TRANSLATE_NOOP(
    "StoreErrors", "Die Datenbank {path} ist schreibgeschützt (Dateirechte des Ordners {folder})."
)
READ_ONLY_DRIVE = QT_TRANSLATE_NOOP(
    "StoreErrors", "Die Datenbank {path} ist schreibgeschützt (schreibgeschütztes Laufwerk)."
)
NOT_READABLE = QT_TRANSLATE_NOOP(
    "StoreErrors", "Die Datenbank {path} kann nicht gelesen werden (Dateirechte: keine Leserechte)."
)
CANNOT_OPEN = QT_TRANSLATE_NOOP(
    "StoreErrors", "Die Datenbank {path} kann nicht geöffnet werden: {reason} Nichts verändert."
)

# What SQLite says, and what the user is told (the disk or the rights, never "damaged").
REASONS = {
    "database or disk is full": QT_TRANSLATE_NOOP("StoreErrors", "Der Datenträger ist voll."),
    "readonly database": QT_TRANSLATE_NOOP(
        "StoreErrors", "Die Datenbank ist schreibgeschützt (Dateirechte oder Laufwerk)."
    ),
    "disk i/o error": QT_TRANSLATE_NOOP(
        "StoreErrors", "Der Datenträger meldet einen Lesefehler (E/A-Fehler)."
    ),
    "unable to open database file": QT_TRANSLATE_NOOP(
        "StoreErrors", "Die Datenbankdatei kann nicht geöffnet werden."
    ),
    "database is locked": QT_TRANSLATE_NOOP(
        "StoreErrors", "Die Datenbank ist durch ein anderes Programm gesperrt."
    ),
}
_ERRNO_REASONS = {
    errno.ENOSPC: REASONS["database or disk is full"],
    errno.EROFS: QT_TRANSLATE_NOOP("StoreErrors", "Das Laufwerk ist schreibgeschützt."),
    errno.EACCES: QT_TRANSLATE_NOOP("StoreErrors", "Keine Schreibrechte (Dateirechte)."),
    errno.EPERM: QT_TRANSLATE_NOOP("StoreErrors", "Keine Schreibrechte (Dateirechte)."),
    errno.EIO: REASONS["disk i/o error"],
}
if hasattr(errno, "EDQUOT"):
    _ERRNO_REASONS[errno.EDQUOT] = QT_TRANSLATE_NOOP(
        "StoreErrors", "Das Speicherkontingent ist erschöpft."
    )


class UnreadableDatabaseError(AccessError):
    """The file cannot be opened or read (rights, a full or failing disk): not damaged, no restore."""

    def __init__(self, path: Path, reason: Text | str) -> None:
        self.path = path
        self.reason = reason
        super().__init__(CANNOT_OPEN.format(path=str(path), reason=reason))


class ReadOnlyDatabaseError(AccessError):
    """A change asked of a database that can only be read; ``reason`` says why (rights, drive)."""

    def __init__(self, message: Text, reason: Text) -> None:
        self.reason = reason
        super().__init__(message)


def sqlite_reason(error: BaseException | None) -> Text | None:
    """The disk's or the rights' problem behind a SQLite error, None when it is about the bytes."""
    text = str(error).lower()
    for needle, reason in REASONS.items():
        if needle in text:
            return reason
    return None


def os_reason(error: OSError) -> Text | str:
    """An ``OSError`` in a sentence (the system's own words where the number is not one we know)."""
    known = _ERRNO_REASONS.get(error.errno or 0)
    return known if known is not None else (error.strerror or str(error))


def is_corruption(error: sqlite3.DatabaseError) -> bool:
    """SQLite judged the bytes (not a database, malformed), rather than failing to reach them."""
    return not isinstance(error, sqlite3.OperationalError) and sqlite_reason(error) is None


# The file system, asked in two small functions (the tests simulate a read-only drive and folder here:
# as root, file modes restrict nothing).
def may_write(path: Path) -> bool:
    return os.access(path, os.W_OK)


def on_read_only_drive(path: Path) -> bool:
    try:
        return bool(os.statvfs(path).f_flag & os.ST_RDONLY)
    except (AttributeError, OSError):  # Windows has no statvfs: os.access says it there
        return False


def write_refusal(path: Path) -> Text | None:
    """Why the SQLite file ``path`` (existing) cannot be written, or None when it can.

    SQLite in WAL mode writes the ``-wal`` and ``-shm`` files beside the database, so the folder must
    be writable too.
    """
    folder = path.parent
    if on_read_only_drive(path):
        return READ_ONLY_DRIVE.format(path=str(path))
    if not may_write(path):
        return READ_ONLY_FILE.format(path=str(path))
    if not may_write(folder):
        return READ_ONLY_FOLDER.format(path=str(path), folder=str(folder))
    return None


def unreadable(path: Path) -> bool:
    return not os.access(path, os.R_OK)


def read_only_uri(path: Path, *, writable_folder: bool = True) -> str:
    """A URI that opens ``path`` for reading only, never creating or changing a file.

    Where the folder cannot be written and no ``-shm`` lies beside the file, SQLite could not even
    open a WAL database for reading; ``immutable=1`` then reads the file as it is.
    """
    posix = path.as_posix()
    uri = f"file:{'' if posix.startswith('/') else '/'}{quote(posix, safe='/:')}?mode=ro"
    shm = path.with_name(path.name + "-shm")
    if not writable_folder and not shm.exists():
        uri += "&immutable=1"
    return uri


def connect_read_only(
    path: Path, *, writable_folder: bool = True, diagnosis: bool = False
) -> sqlite3.Connection:
    """A connection that only reads ``path``. ``diagnosis``: SQLite's reports on a damaged file may
    quote its broken bytes, so text is decoded leniently (a check must report, not fail)."""
    connection = sqlite3.connect(
        read_only_uri(path, writable_folder=writable_folder), uri=True, check_same_thread=False
    )
    if diagnosis:
        connection.text_factory = _lenient_text
    return connection


def _lenient_text(data: bytes) -> str:
    return data.decode("utf-8", "replace")


def folder_writable(path: Path) -> bool:
    """Whether files may be made beside ``path`` (its ``-wal`` and ``-shm``, a new database)."""
    return not on_read_only_drive(path.parent) and may_write(path.parent)
