"""Shared fixtures. Qt runs offscreen: set before any test imports PySide6."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from pathlib import Path

import pytest

from nspdesk.domain.editions import ProgramLibrary, default_library
from nspdesk.domain.program import Program
from nspdesk.resources import resource_path

PROGRAM_2024 = resource_path("programs", "2024.toml")


def pytest_configure(config: pytest.Config) -> None:
    """The tests' process emits Qt signals as the app does: ``True`` gets its reserve as in the
    app (``ui/qt_binding.py``: PySide6 6.12.0 loses a reference to it at each emit)."""
    from nspdesk.ui.qt_binding import keep_true_alive

    keep_true_alive()


@pytest.fixture(autouse=True)
def no_user_database(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A command run without --db must never touch the user's real database."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("NSPDESK_DATABASE_URL", f"sqlite:///{home}/nspdesk.sqlite3")
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / "cache"))  # the kept rows (ui.kept_rows)


@pytest.fixture(scope="session")
def library() -> ProgramLibrary:
    return default_library()


@pytest.fixture(scope="session")
def program(library: ProgramLibrary) -> Program:
    return library.edition("2024")


@pytest.fixture
def program_text() -> str:
    """The 2024 rule file as text, for tests that derive broken or later editions from it."""
    return Path(PROGRAM_2024).read_text(encoding="utf-8")
