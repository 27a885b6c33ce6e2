"""``db check`` and ``db restore``: integrity reports and putting a backup back safely."""

from __future__ import annotations

import shutil
import sqlite3
from contextlib import closing
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import create_engine
from sqlalchemy.pool import NullPool

from nspdesk.store.backups import backup_dir, list_backups, make_backup, quick_check
from nspdesk.store.errors import NewerSchemaError, StoreError
from nspdesk.store.location import Location, sqlite_location
from nspdesk.store.lock import InstanceLock
from nspdesk.store.migrate import SchemaState, schema_state
from nspdesk.store.types import utcnow


@dataclass
class CheckReport:
    where: str
    problems: list[str] = field(default_factory=list)
    facts: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems

    def lines(self) -> list[str]:
        verdict = "in Ordnung" if self.ok else f"{len(self.problems)} Problem(e)"
        return [
            f"Datenbank {self.where}: {verdict}",
            *[f"  ✗ {p}" for p in self.problems],
            *[f"  · {f}" for f in self.facts],
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
            report.problems.append("die Datei existiert nicht")
            return report
        try:
            with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as connection:
                integrity = [r[0] for r in connection.execute("PRAGMA integrity_check").fetchall()]
                broken_keys = connection.execute("PRAGMA foreign_key_check").fetchall()
        except sqlite3.DatabaseError as error:
            report.problems.append(f"keine lesbare SQLite-Datenbank: {error}")
            return report
        if integrity != ["ok"]:
            report.problems.extend(f"Integrität: {line}" for line in integrity[:10])
        for table, rowid, parent, _ in broken_keys[:10]:
            report.problems.append(
                f"Fremdschlüssel: {table} Zeile {rowid} verweist auf fehlendes {parent}"
            )
        backups = list_backups(path)
        report.facts.append(
            f"{len(backups)} Sicherung(en)" + (f", neueste: {backups[0].name}" if backups else "")
        )
    try:
        state = _state_of(location)
    except Exception as error:  # reported, never raised: this is the diagnosis
        report.problems.append(f"Schema nicht lesbar: {error}")
        return report
    if state.foreign:
        report.problems.append("enthält Tabellen, ist aber keine nspdesk-Datenbank")
    elif state.newer:
        report.problems.append(
            f"Schema {state.current} ist neuer als diese nspdesk-Version ({state.head})"
        )
    elif state.empty:
        report.facts.append("leer (wird beim ersten Start eingerichtet)")
    elif not state.up_to_date:
        report.facts.append(
            f"Schema {state.current}, wird beim nächsten Start auf {state.head} migriert"
        )
    else:
        report.facts.append(f"Schema {state.current} (aktuell)")
    return report


def restore(database: Path, backup: Path) -> Path:
    """Put ``backup`` in place of ``database``; returns the safety copy of what was there.

    Refuses while the app has the database open, checks the backup first (readable, sound, not a newer
    schema), and keeps a copy of the current database, so a restore can itself be undone.
    """
    backup = backup.expanduser().resolve()
    if not backup.is_file():
        raise StoreError(f"Die Sicherung {backup} gibt es nicht.")
    problem = quick_check(backup)
    if problem:
        raise StoreError(f"Die Sicherung {backup} ist beschädigt ({problem}); nichts verändert.")
    state = _state_of(sqlite_location(backup))
    if state.foreign or state.empty:
        raise StoreError(f"{backup} ist keine nspdesk-Sicherung; nichts verändert.")
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
