"""``db check`` and ``db restore``: integrity reports and putting a backup back safely."""

from __future__ import annotations

import shutil
import sqlite3
from contextlib import closing
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import create_engine
from sqlalchemy.pool import NullPool

from nspdesk.domain.messages import QT_TRANSLATE_NOOP, Text
from nspdesk.store.backups import backup_dir, list_backups, make_backup, quick_check
from nspdesk.store.errors import NewerSchemaError, StoreError
from nspdesk.store.location import Location, sqlite_location
from nspdesk.store.lock import InstanceLock
from nspdesk.store.migrate import SchemaState, schema_state
from nspdesk.store.types import utcnow

HEADING = QT_TRANSLATE_NOOP("DatabaseCheck", "Datenbank {where}: {verdict}")
SOUND = QT_TRANSLATE_NOOP("DatabaseCheck", "in Ordnung")
PROBLEMS = QT_TRANSLATE_NOOP("DatabaseCheck", "{n} Problem(e)")
PROBLEM_LINE = QT_TRANSLATE_NOOP("DatabaseCheck", "  ✗ {problem}")
FACT_LINE = QT_TRANSLATE_NOOP("DatabaseCheck", "  · {fact}")
NO_FILE = QT_TRANSLATE_NOOP("DatabaseCheck", "die Datei existiert nicht")
NOT_SQLITE = QT_TRANSLATE_NOOP("DatabaseCheck", "keine lesbare SQLite-Datenbank: {error}")
INTEGRITY = QT_TRANSLATE_NOOP("DatabaseCheck", "Integrität: {line}")
FOREIGN_KEY = QT_TRANSLATE_NOOP(
    "DatabaseCheck", "Fremdschlüssel: {table} Zeile {rowid} verweist auf fehlendes {parent}"
)
BACKUPS = QT_TRANSLATE_NOOP("DatabaseCheck", "{n} Sicherung(en)")
BACKUPS_NEWEST = QT_TRANSLATE_NOOP("DatabaseCheck", "{n} Sicherung(en), neueste: {file}")
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
        verdict = SOUND if self.ok else PROBLEMS.format(n=len(self.problems))
        return [
            HEADING.format(where=self.where, verdict=verdict),
            *[PROBLEM_LINE.format(problem=p) for p in self.problems],
            *[FACT_LINE.format(fact=f) for f in self.facts],
        ]


def _state_of(location: Location) -> SchemaState:
    engine = create_engine(location.url, poolclass=NullPool)
    try:
        with engine.connect() as connection:
            return schema_state(connection)
    finally:
        engine.dispose()


def check(location: Location) -> CheckReport:
    """Integrity, foreign keys and schema version, without changing anything."""
    report = CheckReport(location.describe())
    path = location.path
    if path is not None:
        if not path.exists():
            report.problems.append(NO_FILE)
            return report
        try:
            with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as connection:
                integrity = [r[0] for r in connection.execute("PRAGMA integrity_check").fetchall()]
                broken_keys = connection.execute("PRAGMA foreign_key_check").fetchall()
        except sqlite3.DatabaseError as error:
            report.problems.append(NOT_SQLITE.format(error=str(error)))
            return report
        if integrity != ["ok"]:
            report.problems.extend(INTEGRITY.format(line=line) for line in integrity[:10])
        for table, rowid, parent, _ in broken_keys[:10]:
            report.problems.append(FOREIGN_KEY.format(table=table, rowid=rowid, parent=parent))
        backups = list_backups(path)
        report.facts.append(
            BACKUPS_NEWEST.format(n=len(backups), file=backups[0].name)
            if backups
            else BACKUPS.format(n=0)
        )
    try:
        state = _state_of(location)
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


def restore(database: Path, backup: Path) -> Path:
    """Put ``backup`` in place of ``database``; returns the safety copy of what was there.

    Refuses while the app has the database open, checks the backup first (readable, sound, not a newer
    schema), and keeps a copy of the current database, so a restore can itself be undone.
    """
    backup = backup.expanduser().resolve()
    if not backup.is_file():
        raise StoreError(NO_BACKUP.format(backup=str(backup)))
    problem = quick_check(backup)
    if problem:
        raise StoreError(DAMAGED_BACKUP.format(backup=str(backup), problem=problem))
    state = _state_of(sqlite_location(backup))
    if state.foreign or state.empty:
        raise StoreError(NOT_A_BACKUP.format(backup=str(backup)))
    if state.newer:
        assert state.current is not None
        raise NewerSchemaError(str(backup), state.current, [])
    with InstanceLock(database):
        safety = None
        if database.exists() and database.stat().st_size > 0:
            if quick_check(database) is None:
                safety = make_backup(database, "vor-wiederherstellung")
            else:  # a damaged file is kept as it is, then replaced by a fresh one
                safety = (
                    backup_dir(database)
                    / f"{database.stem}-{utcnow():%Y%m%d-%H%M%S}-beschaedigt.sqlite3"
                )
                safety.parent.mkdir(parents=True, exist_ok=True)
                shutil.copy2(database, safety)
                for suffix in ("", "-wal", "-shm"):
                    database.with_name(database.name + suffix).unlink(missing_ok=True)
        database.parent.mkdir(parents=True, exist_ok=True)
        # Through SQLite's backup API into the live file: its WAL and locks stay consistent, and a
        # reader never sees half a file.
        with (
            closing(sqlite3.connect(f"file:{backup}?mode=ro", uri=True)) as source,
            closing(sqlite3.connect(database)) as target,
        ):
            source.backup(target)
        return safety or backup
