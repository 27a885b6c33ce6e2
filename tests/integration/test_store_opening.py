"""Opening, migrating, locking, backing up, restoring and checking a SQLite database."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import create_engine, select

from nspdesk.store.backups import automatic_backup, list_backups, make_backup, quick_check
from nspdesk.store.errors import (
    CorruptDatabaseError,
    DatabaseLockedError,
    ForeignDatabaseError,
    NewerSchemaError,
    StoreError,
)
from nspdesk.store.location import Location, resolve, sqlite_location
from nspdesk.store.maintenance import check, restore
from nspdesk.store.migrate import alembic_config, head_revision, script_directory
from nspdesk.store.models import Partner
from nspdesk.store.opening import open_store
from tests.integration import factories


def add_partner(location: Location, company: str) -> None:
    store = open_store(location, keep_backups=0)
    with store.database.write() as session:
        factories.partner(session, company=company)
    store.close()


def companies(location: Location) -> list[str]:
    store = open_store(location, keep_backups=0)
    with store.database.read() as session:
        names = list(session.scalars(select(Partner.company).order_by(Partner.id)))
    store.close()
    return names


def test_new_database_is_created_at_head(sqlite_only: Location) -> None:
    store = open_store(sqlite_only)
    assert store.created
    assert store.backups_made == []  # nothing to back up yet
    store.close()
    assert sqlite_only.path is not None and sqlite_only.path.exists()
    with closing(sqlite3.connect(sqlite_only.path)) as connection:
        assert connection.execute("SELECT version_num FROM alembic_version").fetchone() == (
            head_revision(),
        )
        assert connection.execute("PRAGMA journal_mode").fetchone() == ("wal",)


@pytest.mark.parametrize("revision", [s.revision for s in script_directory().walk_revisions()])
def test_migrates_from_every_earlier_revision(sqlite_only: Location, revision: str) -> None:
    engine = create_engine(sqlite_only.url)
    with engine.begin() as connection:
        command.upgrade(alembic_config(connection), revision)
    engine.dispose()
    store = open_store(sqlite_only)
    if revision == head_revision():
        assert store.migrated_from is None
    else:
        assert store.migrated_from == revision
        assert any("vor-migration" in p.name for p in store.backups_made)
    store.close()
    assert check(sqlite_only).ok


def test_corrupt_file_is_refused_and_left_alone(sqlite_only: Location) -> None:
    add_partner(sqlite_only, "Vorher GmbH")
    path = sqlite_only.path
    assert path is not None
    make_backup(path, "manuell")
    damaged = b"this is not a database" + bytes(5000)
    path.write_bytes(damaged)
    with pytest.raises(CorruptDatabaseError) as caught:
        open_store(sqlite_only)
    assert "beschädigt" in str(caught.value)
    assert "nspdesk db restore" in str(caught.value)
    assert path.read_bytes() == damaged  # never overwritten
    assert not check(sqlite_only).ok


def test_newer_schema_is_refused_and_left_alone(sqlite_only: Location) -> None:
    add_partner(sqlite_only, "Zukunft GmbH")
    assert sqlite_only.path is not None
    with closing(sqlite3.connect(sqlite_only.path)) as connection:
        connection.execute("UPDATE alembic_version SET version_num = 'ffff9999'")
        connection.commit()
    before = sqlite_only.path.read_bytes()
    with pytest.raises(NewerSchemaError, match="neueren nspdesk-Version"):
        open_store(sqlite_only)
    assert sqlite_only.path.read_bytes() == before
    report = check(sqlite_only)
    assert not report.ok
    assert any("neuer" in p for p in report.problems)


def test_foreign_database_is_refused(sqlite_only: Location) -> None:
    assert sqlite_only.path is not None
    with closing(sqlite3.connect(sqlite_only.path)) as connection:
        connection.execute("CREATE TABLE kunden (id INTEGER)")
        connection.commit()
    with pytest.raises(ForeignDatabaseError, match="keine nspdesk-Datenbank"):
        open_store(sqlite_only)


def test_second_instance_is_refused(sqlite_only: Location) -> None:
    first = open_store(sqlite_only, take_lock=True)
    with pytest.raises(DatabaseLockedError, match="läuft bereits") as caught:
        open_store(sqlite_only, take_lock=True)
    assert "PID" in str(caught.value)
    unlocked = open_store(sqlite_only)  # a short command needs no lock
    unlocked.close()
    first.close()
    again = open_store(sqlite_only, take_lock=True)  # released on close
    again.close()


def test_automatic_backups_rotate(sqlite_only: Location) -> None:
    add_partner(sqlite_only, "Sicher GmbH")
    path = sqlite_only.path
    assert path is not None
    start = datetime(2026, 11, 1, 8, tzinfo=UTC)
    for day in range(6):
        now = start + timedelta(days=day)
        assert automatic_backup(path, keep=3, now=now) is not None
        assert automatic_backup(path, keep=3, now=now + timedelta(hours=2)) is None  # once a day
    autos = [p.name for p in list_backups(path) if p.stem.endswith("-auto")]
    assert autos == [f"nspdesk-202611{d:02d}-080000-auto.sqlite3" for d in (6, 5, 4)]
    manual = make_backup(path, "manuell", now=start)
    assert manual in list_backups(path)  # manual backups are never rotated away
    assert make_backup(path, "manuell", now=start) != manual  # same second: a second file
    assert not list(path.parent.glob("backups/*-wal"))


def test_backup_is_consistent_while_writing(sqlite_only: Location) -> None:
    store = open_store(sqlite_only, keep_backups=0)
    assert sqlite_only.path is not None
    with store.database.write() as session:
        factories.partner(session, company="Fest GmbH")
    with store.database.write() as session:
        factories.partner(session, company="Offen GmbH")
        backup = make_backup(sqlite_only.path, "waehrend")  # the open transaction is not in it
    store.close()
    assert companies(sqlite_location(backup)) == ["Fest GmbH"]


def test_restore_round_trip(sqlite_only: Location) -> None:
    add_partner(sqlite_only, "Original GmbH")
    assert sqlite_only.path is not None
    backup = make_backup(sqlite_only.path, "manuell")
    add_partner(sqlite_only, "Später GmbH")
    assert companies(sqlite_only) == ["Original GmbH", "Später GmbH"]
    safety = restore(sqlite_only.path, backup)
    assert companies(sqlite_only) == ["Original GmbH"]
    assert companies(sqlite_location(safety)) == ["Original GmbH", "Später GmbH"]  # undo possible
    assert check(sqlite_only).ok


def test_restore_refusals(sqlite_only: Location, tmp_path: Path) -> None:
    add_partner(sqlite_only, "Bleibt GmbH")
    path = sqlite_only.path
    assert path is not None
    good = make_backup(path, "manuell")
    bad = tmp_path / "kaputt.sqlite3"
    bad.write_bytes(b"garbage" * 100)
    with pytest.raises(StoreError, match="beschädigt"):
        restore(path, bad)
    with pytest.raises(StoreError, match="gibt es nicht"):
        restore(path, tmp_path / "fehlt.sqlite3")
    empty = tmp_path / "leer.sqlite3"
    sqlite3.connect(empty).close()
    with pytest.raises(StoreError, match="keine nspdesk-Sicherung"):
        restore(path, empty)
    running = open_store(sqlite_only, take_lock=True)
    with pytest.raises(DatabaseLockedError):
        restore(path, good)
    running.close()
    assert companies(sqlite_only) == ["Bleibt GmbH"]


def test_restore_over_a_corrupt_database_keeps_the_damaged_file(sqlite_only: Location) -> None:
    add_partner(sqlite_only, "Gerettet GmbH")
    path = sqlite_only.path
    assert path is not None
    good = make_backup(path, "manuell")
    path.write_bytes(b"\0garbage" * 1000)
    kept = restore(path, good)
    assert kept.read_bytes() == b"\0garbage" * 1000
    assert companies(sqlite_only) == ["Gerettet GmbH"]


def test_location_resolution(tmp_path: Path) -> None:
    assert resolve(str(tmp_path / "a.sqlite3"), {}).path == tmp_path / "a.sqlite3"
    env = {"NSPDESK_DATABASE_URL": f"sqlite:///{tmp_path}/b.sqlite3"}
    assert resolve(None, env).path == tmp_path / "b.sqlite3"
    assert resolve(str(tmp_path / "c.sqlite3"), env).path == tmp_path / "c.sqlite3"  # --db wins
    server = resolve(None, {"NSPDESK_DATABASE_URL": "postgresql+psycopg://u:geheim@h/db"})
    assert server.path is None
    assert "geheim" not in server.describe()
    default = resolve(None, {})
    assert default.path is not None and default.path.name == "nspdesk.sqlite3"


def test_the_start_reads_the_revisions_from_the_files_as_alembic_does() -> None:
    """The check at each start reads the head from the migrations' files without importing
    Alembic; it must name what Alembic names (a migration written differently falls back)."""
    from nspdesk.store.migrate import known_revisions

    alembic = script_directory()
    assert head_revision() == alembic.get_current_head()
    assert known_revisions() == {script.revision for script in alembic.walk_revisions()}


def test_the_whole_file_is_checked_at_the_days_first_open_only(
    sqlite_only: Location, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``quick_check`` reads the whole file (0.7 s for 100 000 quotes): once a day, before the
    day's automatic backup; a file that is no database is refused on any open."""
    from nspdesk.store import opening

    add_partner(sqlite_only, "Geprüft GmbH")
    path = sqlite_only.path
    assert path is not None
    checked: list[bool] = []

    def counting(checked_path: Path, whole: bool = True) -> str | None:
        assert checked_path == path
        checked.append(whole)
        return quick_check(checked_path, whole)

    monkeypatch.setattr(opening, "quick_check", counting)
    morning = datetime(2026, 11, 2, 8, tzinfo=UTC)
    for hours, whole in ((0, True), (3, False), (27, True)):  # the next day again
        open_store(sqlite_only, now=morning + timedelta(hours=hours)).close()
        assert checked == [whole], hours
        checked.clear()
    open_store(sqlite_only, keep_backups=0, now=morning).close()  # no backups: always checked
    assert checked == [True]

    path.write_bytes(b"this is not a database" + bytes(5000))
    with pytest.raises(CorruptDatabaseError):
        open_store(sqlite_only, now=morning + timedelta(hours=28))  # backed up that day already
