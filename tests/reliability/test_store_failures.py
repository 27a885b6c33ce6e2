"""Disk full, a read-only database, the database file deleted while the app runs: a clear message,
nothing half-written, nothing already saved lost."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from sqlalchemy import select, text

from nspdesk.store.database import Database, DatabaseUnavailableError
from nspdesk.store.location import Location, sqlite_location
from nspdesk.store.models import Partner
from nspdesk.store.opening import open_store
from tests.integration import factories


def seeded(tmp_path: Path) -> Location:
    location = sqlite_location(tmp_path / "nspdesk.sqlite3")
    store = open_store(location, keep_backups=0)
    with store.database.write() as session:
        factories.partner(session, company="Gespeichert GmbH")
    store.close()
    return location


def companies(location: Location) -> list[str]:
    database = Database(location)
    with database.read() as session:
        names = list(session.scalars(select(Partner.company).order_by(Partner.id)))
    database.dispose()
    return names


def test_disk_full(tmp_path: Path) -> None:
    location = seeded(tmp_path)
    database = Database(location)
    with database.write() as session:  # simulate a full disk: the file may not grow any more
        pages = session.execute(text("PRAGMA page_count")).scalar_one()
    with (
        pytest.raises(DatabaseUnavailableError, match="Datenträger ist voll") as caught,
        database.write() as session,
    ):
        session.execute(text(f"PRAGMA max_page_count = {pages}"))
        for number in range(200):
            factories.partner(session, company=f"Neu {number} " + "x" * 150, notes="y" * 4000)
    assert "Nichts wurde gespeichert" in str(caught.value)
    database.dispose()
    assert companies(location) == ["Gespeichert GmbH"]


def test_read_only_database(tmp_path: Path) -> None:
    location = seeded(tmp_path)
    assert location.path is not None
    read_only = Location(f"sqlite:///file:{location.path}?mode=ro&uri=true", location.path)
    database = Database(read_only)
    with database.read() as session:
        assert session.scalars(select(Partner.company)).all() == ["Gespeichert GmbH"]
    with (
        pytest.raises(DatabaseUnavailableError, match="schreibgeschützt"),
        database.write() as session,
    ):
        factories.partner(session, company="Geht nicht GmbH")
    database.dispose()
    assert companies(location) == ["Gespeichert GmbH"]


def test_database_deleted_while_running(tmp_path: Path) -> None:
    location = seeded(tmp_path)
    assert location.path is not None
    store = open_store(location, keep_backups=0)
    for suffix in ("", "-wal", "-shm"):
        Path(f"{location.path}{suffix}").unlink(missing_ok=True)
    with (
        pytest.raises(DatabaseUnavailableError, match="nicht mehr vorhanden"),
        store.database.write() as session,
    ):
        factories.partner(session, company="Ins Leere GmbH")
    assert not location.path.exists()  # never recreated empty behind the user's back
    store.close()


@pytest.mark.skipif(
    not hasattr(os, "geteuid") or os.geteuid() == 0,
    reason="root ignores file modes (tests/reliability/test_disks.py simulates them, and tries them "
    "for real as an unprivileged user)",
)
def test_read_only_file_mode(tmp_path: Path) -> None:
    location = seeded(tmp_path)
    assert location.path is not None
    location.path.chmod(0o444)
    database = Database(location)
    with pytest.raises(DatabaseUnavailableError), database.write() as session:
        factories.partner(session, company="Geht nicht GmbH")
    database.dispose()
