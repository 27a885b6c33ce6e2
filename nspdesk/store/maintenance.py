"""``db check`` and ``db restore``: integrity reports and putting a backup back safely."""

from __future__ import annotations

import shutil
import sqlite3
from contextlib import closing
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import create_engine
from sqlalchemy.exc import OperationalError
from sqlalchemy.pool import NullPool

from nspdesk.domain.messages import QT_TRANSLATE_NOOP, Text, plural
from nspdesk.store.access import (
    NOT_READABLE,
    UnreadableDatabaseError,
    connect_read_only,
    folder_writable,
    is_corruption,
    os_reason,
    sqlite_reason,
    unreadable,
    write_refusal,
)
from nspdesk.store.backups import backup_dir, list_backups, make_backup, quick_check
from nspdesk.store.errors import AccessError, NewerSchemaError, StoreError
from nspdesk.store.location import Location, sqlite_location
from nspdesk.store.lock import InstanceLock
from nspdesk.store.migrate import SchemaState, schema_state
from nspdesk.store.server_errors import unreachable
from nspdesk.store.types import utcnow

HEADING = QT_TRANSLATE_NOOP("DatabaseCheck", "Datenbank {where}: {verdict}")
SOUND = QT_TRANSLATE_NOOP("DatabaseCheck", "in Ordnung")
PROBLEM = QT_TRANSLATE_NOOP("DatabaseCheck", "{n} Problem")
PROBLEMS = QT_TRANSLATE_NOOP("DatabaseCheck", "{n} Probleme")
PROBLEM_LINE = QT_TRANSLATE_NOOP("DatabaseCheck", "  ✗ {problem}")
FACT_LINE = QT_TRANSLATE_NOOP("DatabaseCheck", "  · {fact}")
NO_FILE = QT_TRANSLATE_NOOP("DatabaseCheck", "die Datei existiert nicht")
NOT_SQLITE = QT_TRANSLATE_NOOP("DatabaseCheck", "keine lesbare SQLite-Datenbank: {error}")
UNREACHABLE_FILE = QT_TRANSLATE_NOOP("DatabaseCheck", "nicht lesbar: {reason}")
READ_ONLY_FACT = QT_TRANSLATE_NOOP("DatabaseCheck", "nur lesbar: {reason}")
INTEGRITY = QT_TRANSLATE_NOOP("DatabaseCheck", "Integrität: {line}")
FOREIGN_KEY = QT_TRANSLATE_NOOP(
    "DatabaseCheck", "Fremdschlüssel: {table} Zeile {rowid} verweist auf fehlendes {parent}"
)
NO_BACKUPS = QT_TRANSLATE_NOOP("DatabaseCheck", "keine Sicherungen")
ONE_BACKUP = QT_TRANSLATE_NOOP("DatabaseCheck", "{n} Sicherung: {file}")
BACKUPS_NEWEST = QT_TRANSLATE_NOOP("DatabaseCheck", "{n} Sicherungen, neueste: {file}")
SCHEMA_UNREADABLE = QT_TRANSLATE_NOOP("DatabaseCheck", "Schema nicht lesbar: {error}")
FOREIGN = QT_TRANSLATE_NOOP("DatabaseCheck", "enthält Tabellen, ist aber keine nspdesk-Datenbank")
NEWER = QT_TRANSLATE_NOOP(
    "DatabaseCheck", "Schema {current} ist neuer als diese nspdesk-Version ({head})"
)
EMPTY = QT_TRANSLATE_NOOP("DatabaseCheck", "leer (wird beim ersten Start eingerichtet)")
TO_MIGRATE = QT_TRANSLATE_NOOP(
    "DatabaseCheck", "Schema {current}, wird beim nächsten Start auf {head} migriert"
)
CURRENT = QT_TRANSLATE_NOOP("DatabaseCheck", "Schema {current} (aktuell)")
NO_BACKUP = QT_TRANSLATE_NOOP("StoreErrors", "Die Sicherung {backup} gibt es nicht.")
DAMAGED_BACKUP = QT_TRANSLATE_NOOP(
    "StoreErrors", "Die Sicherung {backup} ist beschädigt ({problem}); nichts verändert."
)
RESTORE_READ_ONLY = QT_TRANSLATE_NOOP(
    "StoreErrors", "{reason} Wiederherstellen ist so nicht möglich; nichts verändert."
)
RESTORE_FAILED = QT_TRANSLATE_NOOP(
    "StoreErrors",
    "Wiederherstellen von {backup} fehlgeschlagen: {reason} Die bisherige Datenbank liegt in {safety}.",
)
NOT_A_BACKUP = QT_TRANSLATE_NOOP(
    "StoreErrors", "{backup} ist keine nspdesk-Sicherung; nichts verändert."
)


@dataclass
class CheckReport:
    where: str
    problems: list[Text] = field(default_factory=list)
    facts: list[Text] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems

    def lines(self) -> list[Text]:
        verdict = SOUND if self.ok else plural(len(self.problems), PROBLEM, PROBLEMS)
        return [
            HEADING.format(where=self.where, verdict=verdict),
            *[PROBLEM_LINE.format(problem=p) for p in self.problems],
            *[FACT_LINE.format(fact=f) for f in self.facts],
        ]


def _state_of(location: Location) -> SchemaState:
    """The schema, only read (a SQLite file through a read-only URI, so nothing beside it is made)."""
    path = location.path
    engine = (
        create_engine(location.url, poolclass=NullPool)
        if path is None
        else create_engine(
            "sqlite://",
            poolclass=NullPool,
            creator=lambda: connect_read_only(path, writable_folder=folder_writable(path)),
        )
    )
    try:
        with engine.connect() as connection:
            return schema_state(connection)
    finally:
        engine.dispose()


def check(location: Location) -> CheckReport:
    """Integrity, foreign keys and schema version, without changing anything (not even a byte)."""
    report = CheckReport(location.describe())
    if location.path is not None and not _check_file(report, location.path):
        return report
    try:
        state = _state_of(location)
    except OperationalError as error:
        if location.path is None:  # a server that cannot be reached: which, and why
            report.problems.append(unreachable(location, error.orig))
        else:
            report.problems.append(SCHEMA_UNREADABLE.format(error=str(error.orig)))
        return report
    except Exception as error:  # reported, never raised: this is the diagnosis
        report.problems.append(SCHEMA_UNREADABLE.format(error=str(error)))
        return report
    if state.foreign:
        report.problems.append(FOREIGN)
    elif state.newer:
        report.problems.append(NEWER.format(current=str(state.current), head=state.head))
    elif state.empty:
        report.facts.append(EMPTY)
    elif not state.up_to_date:
        report.facts.append(TO_MIGRATE.format(current=str(state.current), head=state.head))
    else:
        report.facts.append(CURRENT.format(current=str(state.current)))
    return report


def _check_file(report: CheckReport, path: Path) -> bool:
    """The SQLite file's integrity and foreign keys into ``report``; False when it cannot be read."""
    if not path.exists():
        report.problems.append(NO_FILE)
        return False
    if unreadable(path):
        report.problems.append(NOT_READABLE.format(path=str(path)))
        return False
    try:
        with closing(
            connect_read_only(path, writable_folder=folder_writable(path), diagnosis=True)
        ) as connection:
            integrity = [r[0] for r in connection.execute("PRAGMA integrity_check").fetchall()]
            broken_keys = connection.execute("PRAGMA foreign_key_check").fetchall()
    except UnicodeDecodeError as error:  # SQLite's report quotes bytes that are not text
        report.problems.append(NOT_SQLITE.format(error=str(error)))
        return False
    except sqlite3.DatabaseError as error:
        reason = sqlite_reason(error)
        if is_corruption(error) or reason is None:
            report.problems.append(NOT_SQLITE.format(error=str(error)))
        else:  # the disk or the rights, not the bytes
            report.problems.append(UNREACHABLE_FILE.format(reason=reason))
        return False
    if integrity != ["ok"]:
        report.problems.extend(INTEGRITY.format(line=line) for line in integrity[:10])
    for table, rowid, parent, _ in broken_keys[:10]:
        report.problems.append(FOREIGN_KEY.format(table=table, rowid=rowid, parent=parent))
    refusal = write_refusal(path)
    if refusal is not None:
        report.facts.append(READ_ONLY_FACT.format(reason=refusal))
    backups = list_backups(path)
    report.facts.append(
        plural(len(backups), ONE_BACKUP, BACKUPS_NEWEST, file=backups[0].name)
        if backups
        else NO_BACKUPS
    )
    return True


def restore(database: Path, backup: Path) -> Path:
    """Put ``backup`` in place of ``database``; returns the safety copy of what was there.

    Refuses while the app has the database open, checks the backup first (readable, sound, not a newer
    schema), and keeps a copy of the current database, so a restore can itself be undone.
    """
    backup = backup.expanduser().resolve()
    if not backup.is_file():
        raise AccessError(NO_BACKUP.format(backup=str(backup)))
    problem = quick_check(backup)
    if problem:
        raise AccessError(DAMAGED_BACKUP.format(backup=str(backup), problem=problem))
    state = _state_of(sqlite_location(backup))
    if state.foreign or state.empty:
        raise AccessError(NOT_A_BACKUP.format(backup=str(backup)))
    if state.newer:
        assert state.current is not None
        raise NewerSchemaError(str(backup), state.current, [])
    exists = database.exists() and database.stat().st_size > 0
    refusal = write_refusal(database) if exists else None
    if refusal is not None:
        raise AccessError(RESTORE_READ_ONLY.format(reason=refusal))
    with InstanceLock(database):
        safety = _keep_current(database) if exists else None
        try:
            database.parent.mkdir(parents=True, exist_ok=True)
            # Through SQLite's backup API into the live file: its WAL and locks stay consistent,
            # and a reader never sees half a file.
            with (
                closing(connect_read_only(backup)) as source,
                closing(sqlite3.connect(database)) as target,
            ):
                source.backup(target)
        except (sqlite3.DatabaseError, OSError) as error:
            reason = (
                os_reason(error)
                if isinstance(error, OSError)
                else sqlite_reason(error) or str(error)
            )
            raise StoreError(
                RESTORE_FAILED.format(
                    backup=str(backup), reason=reason, safety=str(safety or database)
                )
            ) from None
        return safety or backup


def _keep_current(database: Path) -> Path:
    """A copy of the database a restore will replace: a checked backup, or a damaged file as it is."""
    try:
        sound = quick_check(database) is None
    except UnreadableDatabaseError:
        sound = False
    if sound:
        return make_backup(database, "vor-wiederherstellung")
    # a damaged file is kept as it is, then replaced by a fresh one
    safety = backup_dir(database) / f"{database.stem}-{utcnow():%Y%m%d-%H%M%S}-beschaedigt.sqlite3"
    try:
        safety.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(database, safety)
    except OSError as error:
        raise AccessError(RESTORE_READ_ONLY.format(reason=os_reason(error))) from None
    for suffix in ("", "-wal", "-shm"):
        database.with_name(database.name + suffix).unlink(missing_ok=True)
    return safety
