"""The first list's rows kept from the last session, to show them before the store is open.

Importing SQLAlchemy alone takes longer than three bare windows' whole start (issue 20), so the app
shows the rows of the list it opens first as the last session left them, and switches to the live
rows once the store is imported and open — as a mail program shows its cached folder.

The kept rows are shown only when they are provably what the database holds now:

- a SQLite file only: a team database (PostgreSQL) may have been changed by anyone meanwhile;
- the database file and its ``-wal`` unchanged since the rows were kept (size, modification and
  change time in nanoseconds, inode): the rows are read and the stamp taken when the app closes,
  after the store is closed, so every later write (this app, the CLI, a sync, a restore) changes it;
- a day from the one they were kept on through the last day on which the day's first opening
  changes none of them (it marks sent quotes past their validity as expired:
  ``services.quotes.unchanged_through``): the morning's first start shows yesterday's rows when
  none of the quotes shown expired overnight; the same UI language and the same app version (the
  texts are formatted as that version showed them).

The file holds business data (quote numbers, partners, sums): it is the user's own (0600), in the
user's cache folder, one file per database (named by a hash of its path), and removed with
:func:`forget` (a restore, and whenever it is found not current). docs/architecture.md describes it.

This module imports neither SQLAlchemy nor the store's models (``json`` and ``os`` only; where the
database is comes from ``store.location``, which imports neither): it runs before them.
"""

from __future__ import annotations

import contextlib
import json
import os
from binascii import crc32
from datetime import date
from pathlib import Path
from typing import Any

from nspdesk.store.location import resolve

FORMAT = 1
FOLDER_NAME = "kept-rows"


def cache_folder() -> Path:
    """The user's cache folder of the app (``$XDG_CACHE_HOME/nspdesk`` on Linux)."""
    from platformdirs import user_cache_path

    return user_cache_path("nspdesk", appauthor=False) / FOLDER_NAME


def database_file(db: str | None) -> Path | None:
    """The SQLite file ``db`` (``--db``, the environment or the default) names; None for a server
    database, whose rows are never kept."""
    return resolve(db).path


def stamp(database: Path) -> list[list[int] | None]:
    """What changes when anything writes the database: the file's and its ``-wal``'s size, times
    and inode (None for a file that does not exist)."""
    marks: list[list[int] | None] = []
    for path in (database, database.with_name(database.name + "-wal")):
        try:
            status = path.stat()
        except OSError:
            marks.append(None)
            continue
        marks.append([status.st_size, status.st_mtime_ns, status.st_ctime_ns, status.st_ino])
    return marks


def kept_path(database: Path, folder: Path | None = None) -> Path:
    """The file for ``database``: its name and a checksum of its whole path (two paths with one
    name share the file only by a rare chance, and the file names the path it is for, so they never
    see each other's rows). A checksum, not hashlib: OpenSSL's import alone takes 7 ms."""
    whole = str(database).encode("utf-8", "surrogatepass")
    name = "".join(c if c.isalnum() or c in "-_" else "_" for c in database.stem)[:40]
    return (folder or cache_folder()) / f"{name}-{crc32(whole):08x}-{len(whole)}.json"


def keep(
    database: Path,
    content: dict[str, Any],
    *,
    day: str,
    language: str,
    version: str,
    through: str | None = None,
    folder: Path | None = None,
) -> Path | None:
    """Keep ``content`` (plain JSON: the rows as shown on ``day``, current through the day
    ``through``, ISO dates; without it ``day`` only) for ``database`` with its stamp now; the file
    readable by the user only. Returns where, or None when it could not be written (the next start
    then simply opens the store first)."""
    if not database.exists():
        return None
    target = kept_path(database, folder)
    record = {
        "format": FORMAT,
        "database": str(database),
        "stamp": stamp(database),
        "day": day,
        "through": through or day,
        "language": language,
        "version": version,
        "content": content,
    }
    temporary = target.with_name(target.name + ".new")
    try:
        target.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(descriptor, "w", encoding="utf-8") as out:
            json.dump(record, out, ensure_ascii=False, separators=(",", ":"))
        os.chmod(temporary, 0o600)  # an older file of the same name kept its mode
        os.replace(temporary, target)
    except OSError:
        with contextlib.suppress(OSError):
            temporary.unlink()
        return None
    return target


def kept(
    database: Path,
    *,
    day: str,
    language: str,
    version: str,
    folder: Path | None = None,
) -> dict[str, Any] | None:
    """The content kept for ``database`` if it is provably current (see the module's docstring),
    else None — and a kept file that is not current is removed."""
    path = kept_path(database, folder)
    try:
        with path.open(encoding="utf-8") as source:
            record = json.load(source)
    except (OSError, ValueError):
        return None
    current = (
        isinstance(record, dict)
        and record.get("format") == FORMAT
        and record.get("database") == str(database)
        and _within(day, record.get("day"), record.get("through", record.get("day")))
        and record.get("language") == language
        and record.get("version") == version
        and record.get("stamp") == stamp(database)
        and isinstance(record.get("content"), dict)
    )
    if not current:
        forget(database, folder)
        return None
    content: dict[str, Any] = record["content"]
    return content


def _within(day: str, first: object, last: object) -> bool:
    """Whether the ISO date ``day`` lies from ``first`` through ``last`` (a damaged date: no)."""
    try:
        return (
            isinstance(first, str)
            and isinstance(last, str)
            and date.fromisoformat(first) <= date.fromisoformat(day) <= date.fromisoformat(last)
        )
    except ValueError:
        return False


def forget(database: Path, folder: Path | None = None) -> None:
    """Remove what was kept for ``database`` (no file: nothing to do)."""
    with contextlib.suppress(OSError):
        kept_path(database, folder).unlink()
