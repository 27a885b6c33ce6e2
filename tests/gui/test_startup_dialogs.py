"""Opening the store at start: an app already running, or a file that is no database, is said in
a dialog in the UI's language (the store's ``Text`` through ``error_text``), never a traceback."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox

from nspdesk.domain.editions import ProgramLibrary
from nspdesk.services.workspace import open_workspace
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
    return shown


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
