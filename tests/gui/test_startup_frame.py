"""The start frame: what the window shows before the store is open, what it costs, and how the
views take the placeholders' places once the context is attached (``attach(lazy=True)``)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel, QScrollArea
from pytestqt.qtbot import QtBot

from nspdesk.ui import settings as options
from nspdesk.ui.context import AppContext
from nspdesk.ui.main_window import VIEWS, MainWindow
from nspdesk.ui.views.quotes.view import QuotesView

pytestmark = pytest.mark.gui

ROOT = Path(__file__).resolve().parents[2]

# The real desktop start up to the first paint of its window; reports what the window shows and
# which modules were imported by then, and ends there (the store is never opened).
FIRST_PAINT = """
import os, sys
from PySide6.QtWidgets import QApplication, QLabel
from nspdesk.ui import main_window

def show(self):
    main_window.QMainWindow.show(self)
    QApplication.processEvents()
    modules = sorted(sys.modules)
    page = self.stack.currentWidget()
    import json
    print(json.dumps({
        "modules": modules,
        "title": self.windowTitle(),
        "status": self.statusBar().currentMessage(),
        "menus": [action.text() for action in self.menuBar().actions()],
        "navigation": [self.navigation.item(i).text() for i in range(self.navigation.count())],
        "icons": [not self.navigation.item(i).icon().isNull() for i in range(self.navigation.count())],
        "page": [label.text() for label in page.findChildren(QLabel) if label.isVisible()],
    }), flush=True)
    os._exit(0)

main_window.MainWindow.show = show
from nspdesk.cli import main
main(["--db", sys.argv[1]])
"""

# Imported after the first paint, not before: the store and what it needs (SQLAlchemy, Alembic),
# the views and their formatting (babel), the command modules. The small ones cost a few
# milliseconds each of a start that is measured against a bare window (bench/cold_start.py).
NOT_BEFORE_THE_FIRST_PAINT = (
    "sqlalchemy",
    "alembic",
    "babel",
    "reportlab",
    "holidays",
    "nspdesk.store",
    "nspdesk.domain",
    "nspdesk.ui.views",
    "nspdesk.ui.context",
    "nspdesk.commands",
    "dataclasses",
    "importlib.resources",
    "json",
)


def test_the_start_frame_shows_the_window_before_the_store_is_imported(tmp_path: Path) -> None:
    env = dict(os.environ)
    env.update(
        QT_QPA_PLATFORM="offscreen",
        XDG_CONFIG_HOME=str(tmp_path / "config"),
        XDG_DATA_HOME=str(tmp_path / "data"),
        PYTHONPATH=str(ROOT),
    )
    env.pop("NSPDESK_DATABASE_URL", None)
    result = subprocess.run(
        [sys.executable, "-c", FIRST_PAINT, str(tmp_path / "frame.sqlite3")],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    frame = json.loads(result.stdout.splitlines()[-1])
    early = [
        name
        for name in frame["modules"]
        if any(name == top or name.startswith(top + ".") for top in NOT_BEFORE_THE_FIRST_PAINT)
    ]
    assert early == []
    assert frame["title"] == "nspdesk – NoSpamProxy-Partnerprogramm"
    assert frame["status"] == "Datenbank wird geöffnet …"
    assert frame["menus"] == ["&Datei", "&Bearbeiten", "&Ansicht", "&Hilfe"]
    assert frame["navigation"][:2] == ["Angebote", "Partner"]
    assert len(frame["navigation"]) == len(VIEWS) and all(frame["icons"])
    assert frame["page"] == ["Wird geladen …"]
    assert not (tmp_path / "frame.sqlite3").exists()  # the store was not opened yet


def test_the_first_list_takes_the_placeholders_place_with_its_rows_read(
    qtbot: QtBot, context: AppContext
) -> None:
    """At the start the quote list is built behind "Wird geladen …" and reads its first rows in a
    worker thread; it takes the placeholder's place with them, never empty first (its build and
    its first paint are two turns of the event loop)."""
    context.settings.set(options.LAST_VIEW, "quotes")
    window = MainWindow(settings=context.settings)
    qtbot.addWidget(window)
    with qtbot.waitExposed(window):
        window.show()
    placeholder = window.stack.currentWidget()
    window.attach(context, lazy=True)
    quotes = window.views["quotes"]
    assert window.stack.currentWidget() is placeholder  # while its rows are read
    assert window.current_view() is quotes
    qtbot.waitUntil(lambda: window.stack.currentWidget() is not placeholder, timeout=10_000)
    shown = window.stack.currentWidget()
    assert isinstance(shown, QScrollArea) and shown.widget() is quotes
    assert isinstance(quotes, QuotesView)
    assert quotes.list_page.model.rowCount() > 0  # on screen with its rows


def test_attaching_lazily_builds_the_shown_view_and_each_other_when_first_shown(
    qtbot: QtBot, context: AppContext
) -> None:
    context.settings.set(options.LAST_VIEW, "partners")
    window = MainWindow(settings=context.settings)
    qtbot.addWidget(window)
    with qtbot.waitExposed(window):
        window.show()
    assert window.navigation.currentRow() == 1
    page = window.stack.currentWidget()
    assert page is not None
    assert [label.text() for label in page.findChildren(QLabel)] == ["Wird geladen …"]
    assert window.actions() == []  # the menu actions come with the context

    window.attach(context, lazy=True)
    assert list(window.views) == ["partners"]
    shown = window.stack.currentWidget()
    assert isinstance(shown, QScrollArea) and shown.widget() is window.views["partners"]
    assert window.stack.currentIndex() == 1
    assert {action.text() for action in window.actions()} >= {"&Neues Angebot", "&Suchen"}

    qtbot.wait(50)  # turns of the event loop build nothing more: a view costs when it is shown
    assert list(window.views) == ["partners"]
    assert window.stack.count() == len(VIEWS)
    assert window.show_view("catalog").view_id == "catalog"
    assert list(window.views) == ["partners", "catalog"]
    assert window.stack.currentIndex() == 6 and window.navigation.currentRow() == 6
    for index, spec in enumerate(VIEWS):
        scroll = window.stack.widget(index)
        assert (spec.view_id in window.views) == isinstance(scroll, QScrollArea)
        if spec.view_id in window.views:
            assert isinstance(scroll, QScrollArea) and scroll.widget() is window.views[spec.view_id]
    assert window.current_view().view_id == "catalog"
    window.navigation.setCurrentRow(0)  # the side bar builds the quotes
    assert window.current_view().view_id == "quotes" and "quotes" in window.views
