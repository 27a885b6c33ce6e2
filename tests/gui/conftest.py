"""GUI test fixtures: fresh settings and a demo database per test; no leaked windows."""

from __future__ import annotations

import shutil
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from PySide6.QtCore import QSettings, QThreadPool, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from nspdesk.domain.editions import default_library
from nspdesk.services.workspace import Workspace
from nspdesk.store import demo
from nspdesk.store.location import sqlite_location
from nspdesk.store.opening import open_store
from nspdesk.ui import gui_collector, i18n
from nspdesk.ui.context import AppContext
from nspdesk.ui.settings import Settings

if TYPE_CHECKING:
    from nspdesk.ui.main_window import MainWindow
    from nspdesk.ui.views.quotes import QuotesView

DEMO_DAY = date(2026, 11, 25)


@pytest.fixture(scope="package", autouse=True)
def garbage_on_the_gui_thread(qapp: QApplication) -> Iterator[None]:
    """As in the app: cyclic garbage collected on the GUI thread only (``ui.gui_collector``); a
    collection in a worker destroyed an earlier test's Qt objects there and crashed the run. After
    the GUI tests Python collects on its own again."""
    collector = gui_collector.install(qapp)
    yield
    collector.stop()
    collector.collect_all()


@pytest.fixture(autouse=True)
def isolated_qsettings(tmp_path: Path) -> None:
    """Any QSettings() a test creates writes below its own temporary folder."""
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "qsettings")
    )


@pytest.fixture(autouse=True)
def send_questions(monkeypatch: pytest.MonkeyPatch) -> list[list[str]]:
    """The quote editor's question before sending a quote with warnings, answered "send" (a modal
    dialog would wait forever offscreen); each question's warnings are kept for tests to read."""
    from nspdesk.ui.views.quotes.editor import QuoteEditor

    asked: list[list[str]] = []

    def ask(_editor: QuoteEditor, warnings: list[str]) -> bool:
        asked.append(warnings)
        return True

    monkeypatch.setattr(QuoteEditor, "ask_send_anyway", ask)
    return asked


@pytest.fixture(autouse=True)
def unsaved_questions(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The questions on closing with unsaved changes (the main window's, the quote editor's),
    answered "discard": a modal dialog would wait forever offscreen, e.g. when a failed test leaves
    a changed quote open and pytest-qt closes the window. What was asked about is kept; tests of the
    questions replace them themselves; ``@pytest.mark.real_questions`` keeps the real dialogs (a test
    that answers ``QMessageBox.exec`` itself)."""
    from nspdesk.ui.main_window import MainWindow
    from nspdesk.ui.views.quotes.editor import QuoteEditor

    asked: list[str] = []
    if request.node.get_closest_marker("real_questions"):
        return asked

    def ask_editor(editor: QuoteEditor) -> str:
        asked.append(editor.loaded.label if editor.loaded else "")
        return "discard"

    def ask_window(_window: MainWindow, views: list[str]) -> str:
        asked.extend(views)
        return "discard"

    monkeypatch.setattr(QuoteEditor, "ask_unsaved", ask_editor)
    monkeypatch.setattr(MainWindow, "ask_unsaved", ask_window)
    return asked


MODAL_PATIENCE_S = 20.0  # a test answering its own dialog does so in milliseconds


def _described(modal: QWidget) -> str:
    text = modal.text() if isinstance(modal, QMessageBox) else ""
    return f"{type(modal).__name__} {modal.windowTitle()!r} {text!r}".strip()


@pytest.fixture(autouse=True)
def unanswered_dialogs(qapp: QApplication) -> Iterator[list[str]]:
    """A modal dialog nobody answers waits forever offscreen: the whole run would hang until CI's
    limit and print nothing. One still open after ``MODAL_PATIENCE_S`` is rejected (its event loop
    ends, the code behind it goes on as if the user cancelled) and fails the test, named."""
    first_seen: dict[int, float] = {}
    rejected: list[str] = []

    def look() -> None:
        modal = QApplication.activeModalWidget()
        if modal is None:
            first_seen.clear()
            return
        since = first_seen.setdefault(id(modal), time.monotonic())
        if time.monotonic() - since < MODAL_PATIENCE_S:
            return
        rejected.append(_described(modal))
        first_seen.pop(id(modal))
        if isinstance(modal, QDialog):
            modal.reject()
        else:
            modal.close()

    timer = QTimer()
    timer.setInterval(250)
    timer.timeout.connect(look)
    timer.start()
    yield rejected
    timer.stop()
    assert not rejected, (
        f"modal dialogs left unanswered (rejected after {MODAL_PATIENCE_S} s): {rejected}"
    )


@pytest.fixture(autouse=True)
def no_leaked_windows(qapp: QApplication) -> Iterator[None]:
    before = set(map(id, QApplication.topLevelWidgets()))
    yield
    QApplication.processEvents()
    leaked = [w for w in QApplication.topLevelWidgets() if id(w) not in before and w.isVisible()]
    for widget in leaked:
        widget.close()
    assert not leaked, f"test left windows open: {[type(w).__name__ for w in leaked]}"


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite3"
    store = open_store(sqlite_location(path), keep_backups=0)
    with store.database.write() as session:
        demo.seed(session, default_library(), DEMO_DAY)
    store.close()
    return path


@pytest.fixture
def context(tmp_path: Path, demo_template: Path) -> Iterator[AppContext]:
    """A demo database of its own (copied from the template) and fresh settings."""
    path = tmp_path / "nspdesk.sqlite3"
    shutil.copy(demo_template, path)
    store = open_store(sqlite_location(path), keep_backups=0)
    settings = Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    context = AppContext(workspace=Workspace(store, default_library()), settings=settings)
    yield context
    close_like_the_app(context)


WORKERS_AT_END_MS = 10_000


def close_like_the_app(context: AppContext) -> None:
    """The database closed as the app's end closes it (``ui.app._close``): no background sync
    any more (its timers never fire on a closed database in a later test), the views' reads in
    worker threads ended first — one still running would reopen the database, or run on into the
    next test while its fixtures change the language or close their own database."""
    context.finish_team_sync()
    QThreadPool.globalInstance().waitForDone(WORKERS_AT_END_MS)
    context.workspace.close()


@pytest.fixture(scope="session")
def english_catalogs(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The committed catalogs compiled once for the session (``packaging/i18n.py compile``)."""
    import importlib.util

    tool = Path(__file__).resolve().parents[2] / "packaging" / "i18n.py"
    spec = importlib.util.spec_from_file_location("i18n_tool_for_fixtures", tool)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    folder = tmp_path_factory.mktemp("qm")
    module.compile_catalogs(folder)
    return folder


@pytest.fixture(scope="session", autouse=True)
def german_catalog(qapp: QApplication, english_catalogs: Path) -> Iterator[None]:
    """German installed as the app's start installs it: the German catalog holds the plural forms
    of the source strings ("1 Konflikt", not "1 Konflikte"), so no test depends on another test
    having left a German translator behind."""
    translators = i18n.install(qapp, "de", english_catalogs)
    yield
    for translator in translators:
        qapp.removeTranslator(translator)


@pytest.fixture
def english(qapp: QApplication, english_catalogs: Path) -> Iterator[None]:
    """The UI in English, installed as the app start does; German again afterwards."""
    translators = i18n.install(qapp, "en", english_catalogs)
    yield
    for translator in translators:
        qapp.removeTranslator(translator)
    i18n.reset()


@pytest.fixture
def warnings(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """The dialogs ``operations.run`` shows for refused actions, recorded instead of shown."""
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(
        QMessageBox, "warning", lambda _parent, title, text: shown.append((title, text))
    )
    return shown


# --- the quote editor, alone and in the main window ------------------------------------------------


def forget_quote_edits(view: QuotesView) -> None:
    """After a test: nothing to ask about (the leak check closes windows, and a failed test must not
    leave the "unsaved" question open); the editor's dialogs and the PDF preview closed, a cell
    editor left open closed while its table is there (deleted later, with the next test's first
    events, it would commit to a table already gone: a Qt warning in that test)."""
    focused = QApplication.focusWidget()
    if focused is not None and view.isAncestorOf(focused):
        focused.clearFocus()
    view.editor._dirty = False
    view.editor.tools.close_dialogs()
    if view.preview is not None:
        view.preview.close()


@contextmanager
def showing_quotes_view(
    qtbot: QtBot, context: AppContext, width: int = 1280, height: int = 800
) -> Iterator[QuotesView]:
    """The quotes view (list and editor) on its own, shown at ``width``×``height`` on the demo day
    and activated as the main window activates it; tidied up afterwards."""
    from nspdesk.ui.views.quotes import QuotesView

    widget = QuotesView(context, clock=lambda: DEMO_DAY)
    qtbot.addWidget(widget)
    widget.resize(width, height)
    with qtbot.waitExposed(widget):
        widget.show()
    widget.activated()
    # built and activated in one turn on screen: its first rows from a worker thread
    qtbot.waitUntil(widget.list_page.was_read)
    yield widget
    forget_quote_edits(widget)


@contextmanager
def showing_main_window(
    qtbot: QtBot, context: AppContext, width: int = 1280, height: int = 800, active: bool = False
) -> Iterator[MainWindow]:
    """The main window with its quotes view on the demo day, shown at ``width``×``height`` (and made
    the active window if ``active``). Closed here, not by qtbot, whose close would come first and
    ask about unsaved changes."""
    from nspdesk.ui.main_window import MainWindow
    from nspdesk.ui.views.quotes import QuotesView

    made = MainWindow(context)
    made.resize(width, height)
    view = made.views["quotes"]
    assert isinstance(view, QuotesView)
    view.clock = lambda: DEMO_DAY
    with qtbot.waitExposed(made):
        made.show()
    if active:
        made.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is made)
    yield made
    forget_quote_edits(view)
    made.close()
    made.deleteLater()


@pytest.fixture
def quotes_view(qtbot: QtBot, context: AppContext) -> Iterator[QuotesView]:
    """The quotes view on its own at 1280×800 on the demo day (``showing_quotes_view``)."""
    with showing_quotes_view(qtbot, context) as view:
        yield view


@pytest.fixture
def quotes_window(qtbot: QtBot, context: AppContext) -> Iterator[MainWindow]:
    """The main window at 1280×800, its quotes view on the demo day (``showing_main_window``)."""
    with showing_main_window(qtbot, context) as window:
        yield window
