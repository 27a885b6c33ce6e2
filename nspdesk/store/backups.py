"""Copies of the SQLite database made with SQLite's online backup API, and restoring them.

Backups are consistent snapshots even while the app writes (the backup API copies pages under a read
transaction). Each is written to a temporary name, checked, then renamed, so a backup that exists is
complete. Automatic backups rotate: one a day at most, the newest ``keep`` are kept.
"""

from __future__ import annotations

import os
import sqlite3
from contextlib import closing, suppress
from datetime import datetime
from pathlib import Path

from nspdesk.domain.messages import QT_TRANSLATE_NOOP, Text
from nspdesk.store.access import (
    UnreadableDatabaseError,
    connect_read_only,
    folder_writable,
    is_corruption,
    os_reason,
    sqlite_reason,
)
from nspdesk.store.errors import AccessError, StoreError
from nspdesk.store.types import utcnow

AUTO_PREFIX = "auto"
DEFAULT_KEEP = 10

BACKUP_FAILED = QT_TRANSLATE_NOOP("StoreErrors", "Sicherung von {source} fehlgeschlagen: {error}")
BACKUP_NOT_WRITTEN = QT_TRANSLATE_NOOP(
    "StoreErrors", "Sicherung nach {target} fehlgeschlagen: {error}"
)


class BackupError(AccessError):
    """A backup could not be made (nothing of the database changed); ``reason`` says why."""

    def __init__(self, message: Text, reason: Text | str) -> None:
        self.reason = reason
        super().__init__(message)


BACKUP_DAMAGED = QT_TRANSLATE_NOOP(
    "StoreErrors", "Die Sicherung von {source} ist fehlerhaft ({problem}); nichts ersetzt."
)


def backup_dir(database: Path) -> Path:
    return database.parent / "backups"


def _stamp(now: datetime) -> str:
    return now.strftime("%Y%m%d-%H%M%S")


def quick_check(path: Path, whole: bool = True) -> str | None:
    """None when SQLite finds the file sound, else what it found (read only: nothing is written).

    ``whole``: SQLite's ``quick_check`` of every page (it reads the whole file); else only the
    header and the schema are read (a file that is no database, a damaged schema).

    A file that cannot be reached (rights, a full or failing disk) raises
    :class:`UnreadableDatabaseError`: that is no verdict on its bytes.
    """
    try:
        with closing(
            connect_read_only(path, writable_folder=folder_writable(path), diagnosis=True)
        ) as connection:
            rows = connection.execute(
                "PRAGMA quick_check"
                if whole
                else "SELECT 'ok' FROM (SELECT count(*) FROM sqlite_master)"
            ).fetchall()
    except UnicodeDecodeError as error:  # SQLite's own report quotes bytes that are not text
        return str(error)
    except sqlite3.DatabaseError as error:
        if is_corruption(error):
            return str(error)
        raise UnreadableDatabaseError(path, sqlite_reason(error) or str(error)) from None
    problems = [" ".join(str(row[0]).split()) for row in rows if row[0] != "ok"]  # one line each
    return "; ".join(problems[:5]) if problems else None


def copy_database(source: Path, target: Path) -> Path:
    """A consistent copy of ``source`` at ``target`` (via a temporary file, checked before renaming)."""
    partial = target.with_name(target.name + ".partial")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        partial.unlink(missing_ok=True)
        partial.open("xb").close()  # made here, so a read-only or full drive is named as such
        with (
            closing(connect_read_only(source, writable_folder=folder_writable(source))) as src,
            closing(sqlite3.connect(partial)) as dst,
        ):
            _copy_pages(src, dst)
        problem = quick_check(partial)
        if problem:
            _discard(partial)
            raise StoreError(BACKUP_DAMAGED.format(source=str(source), problem=problem))
        os.replace(partial, target)
    except (sqlite3.DatabaseError, UnreadableDatabaseError) as error:
        _discard(partial)
        reason = (
            error.reason if isinstance(error, UnreadableDatabaseError) else sqlite_reason(error)
        )
        raise BackupError(
            BACKUP_FAILED.format(source=str(source), error=reason or str(error)), reason or ""
        ) from None
    except OSError as error:
        _discard(partial)
        reason = os_reason(error)
        raise BackupError(
            BACKUP_NOT_WRITTEN.format(target=str(target), error=reason), reason
        ) from None
    return target


def _copy_pages(source: sqlite3.Connection, target: sqlite3.Connection) -> None:
    """SQLite's online backup from ``source`` into ``target`` (the seam a test fills the disk at)."""
    source.backup(target)
    # A backup is one self-contained file: no -wal/-shm beside it.
    target.execute("PRAGMA journal_mode = DELETE")


def _discard(partial: Path) -> None:
    """Remove a half-written backup; where even that fails (a read-only drive) there is none."""
    with suppress(OSError):
        partial.unlink(missing_ok=True)


def make_backup(database: Path, reason: str, now: datetime | None = None) -> Path:
    """A named backup in the backup folder, e.g. ``nspdesk-20261125-101500-vor-migration.sqlite3``."""
    stamp = _stamp(now or utcnow())
    target = backup_dir(database) / f"{database.stem}-{stamp}-{reason}.sqlite3"
    counter = 2
    while target.exists():  # two backups in one second: never overwrite one
        target = backup_dir(database) / f"{database.stem}-{stamp}-{reason}-{counter}.sqlite3"
        counter += 1
    return copy_database(database, target)


def list_backups(database: Path) -> list[Path]:
    """The backups of ``database``, newest first."""
    folder = backup_dir(database)
    if not folder.is_dir():
        return []
    files = [p for p in folder.glob(f"{database.stem}-*.sqlite3") if p.is_file()]
    return sorted(files, key=lambda p: p.name[len(database.stem) + 1 :], reverse=True)


def _automatic(database: Path) -> list[Path]:
    return [p for p in list_backups(database) if p.stem.endswith(f"-{AUTO_PREFIX}")]


def _of_the_day(autos: list[Path], database: Path, now: datetime) -> bool:
    return bool(autos) and autos[0].name.startswith(f"{database.stem}-{now:%Y%m%d}")


def backed_up_today(database: Path, now: datetime | None = None) -> bool:
    """Whether the day's automatic backup (UTC) of ``database`` exists: it was made from the file
    after the day's first open had found it sound (``opening`` checks it thoroughly then)."""
    return _of_the_day(_automatic(database), database, now or utcnow())


def automatic_backup(
    database: Path, keep: int = DEFAULT_KEEP, now: datetime | None = None
) -> Path | None:
    """Back up once per calendar day (UTC) and drop automatic backups beyond the newest ``keep``."""
    now = now or utcnow()
    autos = _automatic(database)
    made = None
    if not _of_the_day(autos, database, now):
        made = make_backup(database, AUTO_PREFIX, now)
        autos.insert(0, made)
    for old in autos[keep:]:
        with suppress(OSError):  # kept one more day rather than failing the start
            old.unlink(missing_ok=True)
    return made
