"""The SQLite file's kept connections: reused between sessions, never carrying a migration's
foreign keys off, never reading a file that was replaced behind the app's back."""

from __future__ import annotations

import shutil
from pathlib import Path

from sqlalchemy import event, select, text

from nspdesk.store.location import Location, sqlite_location
from nspdesk.store.models import Partner
from nspdesk.store.opening import open_store
from tests.integration import factories


def _companies(store_location: Location, company: str) -> Path:
    store = open_store(store_location, keep_backups=0)
    with store.database.write() as session:
        factories.partner(session, company=company)
    store.close()
    assert store_location.path is not None
    return store_location.path


def test_sessions_reuse_a_kept_connection(tmp_path: Path) -> None:
    """The speed device: no new connection (with its PRAGMAs) for every session."""
    store = open_store(sqlite_location(tmp_path / "kept.sqlite3"), keep_backups=0)
    opened: list[object] = []
    event.listen(store.database.engine, "connect", lambda connection, _: opened.append(connection))
    try:
        for _ in range(3):
            with store.database.read() as session:
                session.execute(select(Partner.id)).all()
        assert len(opened) <= 1
    finally:
        store.close()


def test_foreign_keys_are_on_in_the_sessions_after_a_migration(tmp_path: Path) -> None:
    store = open_store(sqlite_location(tmp_path / "new.sqlite3"), keep_backups=0)
    try:
        assert store.created  # migrated from nothing, through a connection with foreign keys off
        with store.database.write() as session:
            assert session.execute(text("PRAGMA foreign_keys")).scalar_one() == 1
        with store.database.read() as session:
            assert session.execute(text("PRAGMA foreign_keys")).scalar_one() == 1
    finally:
        store.close()


def test_a_file_replaced_behind_the_app_is_read_afresh(tmp_path: Path) -> None:
    path = _companies(sqlite_location(tmp_path / "app.sqlite3"), "Vorher GmbH")
    other = _companies(sqlite_location(tmp_path / "other.sqlite3"), "Nachher GmbH")
    store = open_store(sqlite_location(path), keep_backups=0)
    try:
        with store.database.read() as session:
            assert "Vorher GmbH" in session.scalars(select(Partner.company)).all()
        for suffix in ("", "-wal", "-shm"):  # e.g. a file synchronised back by a cloud drive
            Path(f"{path}{suffix}").unlink(missing_ok=True)
        shutil.copy2(other, path)
        with store.database.read() as session:
            names = session.scalars(select(Partner.company)).all()
        assert "Nachher GmbH" in names and "Vorher GmbH" not in names
        with store.database.write() as session:
            factories.partner(session, company="Danach GmbH")
    finally:
        store.close()
    store = open_store(sqlite_location(path), keep_backups=0)
    try:
        with store.database.read() as session:
            names = session.scalars(select(Partner.company)).all()
        assert "Danach GmbH" in names  # written into the file that is there, not the old one
    finally:
        store.close()
