"""Opening the store at start: an app already running, or a file that is no database, is said in
a dialog in the UI's language (the store's ``Text`` through ``error_text``), never a traceback."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox

from nspdesk.domain.editions import ProgramLibrary
from nspdesk.services.workspace import open_workspace
from nspdesk.store import access, backups
from nspdesk.ui.startup import open_for_app
from tests.gui.english import german_in
from tests.gui.test_translations import needs_lrelease

pytestmark = [pytest.mark.gui]


@pytest.fixture
def said(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """(title, text) of every message box the start shows."""
    shown: list[tuple[str, str]] = []

    def record(_parent: object, title: str, text: str, *_args: object) -> None:
        shown.append((title, text))

    monkeypatch.setattr(QMessageBox, "information", record)
    monkeypatch.setattr(QMessageBox, "critical", record)
    monkeypatch.setattr(QMessageBox, "warning", record)

    def no_offer(box: QMessageBox) -> int:
        shown.append(("offer", box.text()))
        return int(QMessageBox.StandardButton.No)

    monkeypatch.setattr(QMessageBox, "exec", no_offer)
    return shown


def healthy_with_backup(folder: Path, library: ProgramLibrary) -> Path:
    """A sound database that has a backup (so a restore could be offered, and must not be)."""
    db = folder / "gesund.sqlite3"
    open_workspace(str(db), library, create=True).close()
    open_workspace(str(db), library).close()  # the day's automatic backup
    assert list((folder / "backups").iterdir())
    return db


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def start_twice(folder: Path, library: ProgramLibrary) -> None:
    """Start the app on a database another nspdesk holds open: it must not open it."""
    db = str(folder / "n.db")
    first = open_workspace(db, library, create=True, take_lock=True)
    try:
        assert open_for_app(db, library) is None
    finally:
        first.close()


def start_on_notes(folder: Path, library: ProgramLibrary) -> Path:
    """Start the app on a file that is no database (and has no backup); return the file."""
    damaged = folder / "notes.db"
    damaged.write_bytes(b"these are my notes, not a database" * 100)
    assert open_for_app(str(damaged), library) is None
    return damaged


def test_a_second_start_is_told_the_app_runs(
    qapp: QApplication, tmp_path: Path, library: ProgramLibrary, said: list[tuple[str, str]]
) -> None:
    start_twice(tmp_path, library)
    [(title, text)] = said
    assert title == "nspdesk läuft bereits"
    assert text.startswith("nspdesk läuft bereits mit dieser Datenbank (PID ")
    assert text.endswith(f"Datenbank: {tmp_path / 'n.db'}")


def test_a_damaged_file_without_backup_is_said_not_left_silent(
    qapp: QApplication, tmp_path: Path, library: ProgramLibrary, said: list[tuple[str, str]]
) -> None:
    damaged = start_on_notes(tmp_path, library)
    [(title, text)] = said
    assert title == "nspdesk"
    assert str(damaged) in text
    assert damaged.read_bytes().startswith(b"these are my notes")


def test_a_completely_full_disk_is_said_and_no_restore_is_offered(
    qapp: QApplication,
    tmp_path: Path,
    library: ProgramLibrary,
    said: list[tuple[str, str]],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    db = healthy_with_backup(tmp_path, library)
    before = digest(db)

    def full(*_args: object, **_kwargs: object) -> sqlite3.Connection:
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(backups, "connect_read_only", full)
    assert open_for_app(str(db), library) is None
    [(title, text)] = said  # one dialog, no "restore the last backup?" question
    assert title == "nspdesk"
    assert (
        text
        == f"Die Datenbank {db} kann nicht geöffnet werden: Der Datenträger ist voll. Nichts verändert."
    )
    assert digest(db) == before


def test_a_read_only_database_opens_with_a_warning(
    qapp: QApplication,
    tmp_path: Path,
    library: ProgramLibrary,
    said: list[tuple[str, str]],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    db = healthy_with_backup(tmp_path, library)
    before = digest(db)
    monkeypatch.setattr(access, "may_write", lambda path: path != db)
    workspace = open_for_app(str(db), library)
    assert workspace is not None
    try:
        [(title, text)] = said
        assert title == "nspdesk: Hinweis zur Datenbank"
        assert text == (
            f"Die Datenbank {db} ist schreibgeschützt (Dateirechte der Datei). Sie wird nur "
            "gelesen; Änderungen werden nicht gespeichert."
        )
        assert workspace.read_only
    finally:
        workspace.close()
    assert digest(db) == before


def test_a_full_disk_before_the_daily_backup_opens_with_a_warning(
    qapp: QApplication,
    tmp_path: Path,
    library: ProgramLibrary,
    said: list[tuple[str, str]],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    db = tmp_path / "n.sqlite3"
    open_workspace(str(db), library, create=True).close()

    def no_space(*_args: object) -> None:
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(backups, "_copy_pages", no_space)
    workspace = open_for_app(str(db), library)
    assert workspace is not None
    workspace.close()
    [(title, text)] = said
    assert title == "nspdesk: Hinweis zur Datenbank"
    assert text.startswith("Warnung: die heutige automatische Sicherung nach ")
    assert "(Der Datenträger ist voll.)" in text


@needs_lrelease
def test_the_dialogs_speak_english(
    english: None, tmp_path: Path, library: ProgramLibrary, said: list[tuple[str, str]]
) -> None:
    start_twice(tmp_path, library)
    not_a_database = start_on_notes(tmp_path, library)
    assert len(said) == 2
    for title, text in said:
        assert not german_in(title) and not german_in(text.replace(str(tmp_path), "")), (
            title,
            text,
        )
    assert not_a_database.read_bytes().startswith(b"these are my notes")  # left as it was


@needs_lrelease
def test_the_disk_dialogs_speak_english(
    english: None,
    tmp_path: Path,
    library: ProgramLibrary,
    said: list[tuple[str, str]],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    db = healthy_with_backup(tmp_path, library)
    with monkeypatch.context() as patched:  # only readable (the folder's rights)
        patched.setattr(access, "may_write", lambda path: path != db.parent)
        workspace = open_for_app(str(db), library)
        assert workspace is not None
        workspace.close()
    with monkeypatch.context() as patched:  # no space for the day's backup
        (tmp_path / "backups").rename(tmp_path / "old-backups")
        patched.setattr(backups, "_copy_pages", _no_space)
        workspace = open_for_app(str(db), library)
        assert workspace is not None
        workspace.close()
    monkeypatch.setattr(backups, "connect_read_only", _no_space)  # not even to read
    assert open_for_app(str(db), library) is None
    assert len(said) == 3
    for title, text in said:
        assert not german_in(title) and not german_in(text.replace(str(tmp_path), "")), (
            title,
            text,
        )
    assert "read-only (file permissions of the folder" in said[0][1]
    assert "(The disk is full.)" in said[1][1]
    assert said[2][1].endswith("cannot be opened: The disk is full. Nothing changed.")


def _no_space(*_args: object, **_kwargs: object) -> sqlite3.Connection:
    raise sqlite3.OperationalError("database or disk is full")
