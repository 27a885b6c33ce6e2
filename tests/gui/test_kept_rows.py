"""The quote list's first rows kept from the last session (issue 20's start): shown before the
store is imported only when provably current, the same rows as the live list, and what the user
does before the store is open handed to the live list."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QAbstractItemModel, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QScrollArea, QTableView
from pytestqt.qtbot import QtBot

from nspdesk.services import kept_rows as kept_store
from nspdesk.services import quotes
from nspdesk.ui import app as desktop
from nspdesk.ui import background, i18n, kept_rows
from nspdesk.ui.context import AppContext
from nspdesk.ui.kept_rows import KeptPage
from nspdesk.ui.main_window import MainWindow
from nspdesk.ui.views.quotes.view import QuotesView

pytestmark = pytest.mark.gui

ROOT = Path(__file__).resolve().parents[2]


def shown_rows(table: QTableView) -> list[list[Any]]:
    """What a table shows of each row: per visible column the text, colour and tooltip."""
    model = table.model()
    assert isinstance(model, QAbstractItemModel)
    rows = []
    for row in range(min(model.rowCount(), 60)):
        if table.isRowHidden(row):
            continue
        cells = []
        for column in range(model.columnCount()):
            if table.isColumnHidden(column):
                continue
            index = model.index(row, column)
            color = model.data(index, Qt.ItemDataRole.ForegroundRole)
            cells.append(
                (
                    model.data(index, Qt.ItemDataRole.DisplayRole),
                    None
                    if color is None
                    else color.color().name()
                    if hasattr(color, "color")
                    else color.name(),
                    model.data(index, Qt.ItemDataRole.ToolTipRole),
                )
            )
        rows.append(cells)
    return rows


def headers(table: QTableView) -> list[str]:
    model = table.model()
    assert isinstance(model, QAbstractItemModel)
    return [
        str(model.headerData(column, Qt.Orientation.Horizontal))
        for column in range(model.columnCount())
        if not table.isColumnHidden(column)
    ]


def live_window(qtbot: QtBot, context: AppContext) -> tuple[MainWindow, QuotesView]:
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    with qtbot.waitExposed(window):
        window.show()
    view = window.show_view("quotes")
    assert isinstance(view, QuotesView)
    return window, view


def test_the_kept_rows_are_the_rows_the_live_list_shows_at_start(
    qtbot: QtBot, context: AppContext
) -> None:
    _window, view = live_window(qtbot, context)
    content = kept_rows.capture(view)
    assert content is not None
    page = kept_rows.page_for(json.loads(json.dumps(content)))  # as read back from the file
    assert page is not None
    qtbot.addWidget(page)
    page.resize(view.list_page.size())
    page.show()
    live = view.list_page.table
    assert len(shown_rows(page.table)) == 7  # the demo's quotes, the newest number first
    assert shown_rows(page.table) == shown_rows(live)
    assert headers(page.table) == headers(live)
    assert page.count.text() == view.list_page.count.text() == "7 Angebote"
    visible = [c for c in range(live.model().columnCount()) if not live.isColumnHidden(c)]
    assert [page.table.columnWidth(c) for c in visible] == [live.columnWidth(c) for c in visible]


def test_nothing_is_kept_without_the_days_expiry_check_or_for_another_view(
    qtbot: QtBot, context: AppContext
) -> None:
    window, view = live_window(qtbot, context)
    assert kept_rows.capture(view, today=date(2099, 1, 1)) is None  # not checked that day
    assert kept_rows.capture(window.view("partners")) is None
    assert kept_rows.capture(None) is None


def kept_frame(
    qtbot: QtBot, context: AppContext, size: tuple[int, int] | None = None
) -> tuple[MainWindow, KeptPage]:
    """The live list's rows captured, its window closed, and a new start's frame showing them as
    kept rows (the store not yet attached)."""
    window, view = live_window(qtbot, context)
    content = kept_rows.capture(view)
    assert content is not None
    window.close()
    frame = MainWindow(settings=context.settings)
    qtbot.addWidget(frame)
    if size is not None:
        frame.resize(*size)
    with qtbot.waitExposed(frame):
        frame.show()
    page = kept_rows.page_for(content)
    assert page is not None
    frame.show_kept(page)
    return frame, page


def kept_for(context: AppContext, content: dict[str, Any]) -> Path:
    """``content`` kept for the context's database as the app keeps it when it closes."""
    from PySide6.QtCore import QThreadPool

    database = context.workspace.place.path
    assert database is not None
    # as the app's end does (``ui.app._close``): the views' worker reads (built with the window:
    # the partner's detail, the onboarding and due lists) end before the database is closed, else
    # one opens it again and its -wal changes the stamp
    assert QThreadPool.globalInstance().waitForDone(10_000)
    context.workspace.close()
    kept_rows.keep(database, content, i18n.current_language())
    return database


def test_a_changed_database_is_not_shown_from_the_kept_rows(
    qtbot: QtBot, context: AppContext
) -> None:
    window, view = live_window(qtbot, context)
    content = kept_rows.capture(view)
    assert content is not None
    window.close()
    database = kept_for(context, content)
    assert (kept_store.kept_path(database).stat().st_mode & 0o777) == 0o600
    assert kept_rows.read(str(database), i18n.current_language()) == content

    frame = MainWindow(settings=context.settings)
    qtbot.addWidget(frame)
    desktop._show_kept(frame, "quotes", str(database), i18n.current_language())
    assert frame.kept_page() is not None  # unchanged: shown

    with database.open("ab") as file:  # another program wrote it (the size and times change)
        file.write(b"\0")
    later = MainWindow(settings=context.settings)
    qtbot.addWidget(later)
    desktop._show_kept(later, "quotes", str(database), i18n.current_language())
    assert later.kept_page() is None
    assert not kept_store.kept_path(database).exists()  # not current: removed


def test_the_kept_rows_are_only_for_their_days_language_and_a_sqlite_file(
    qtbot: QtBot, context: AppContext
) -> None:
    window, view = live_window(qtbot, context)
    content = kept_rows.capture(view)
    assert content is not None
    window.close()
    database = kept_for(context, content)
    language = i18n.current_language()
    assert kept_rows.read(str(database), language) is not None
    assert kept_rows.read(str(database), language, today=date(2099, 1, 1)) is None
    kept_rows.keep(database, content, language)
    assert kept_rows.read(str(database), "en" if language == "de" else "de") is None
    kept_rows.keep(database, content, language)
    wal = database.with_name(database.name + "-wal")
    wal.write_bytes(b"")  # a write under way in another process
    assert kept_rows.read(str(database), language) is None
    assert kept_rows.read("postgresql://team@server/nspdesk", language) is None
    assert kept_rows.page_for({**content, "rows": [{"id": "x"}]}) is None  # damaged: never shown


def test_the_kept_rows_stay_current_on_later_days_until_one_of_them_expires(
    qtbot: QtBot, context: AppContext
) -> None:
    window, view = live_window(qtbot, context)
    content = kept_rows.capture(view)
    assert content is not None
    first = quotes.quote_page(context.workspace, quotes.QuoteQuery(), 0, 60)
    sent = [row.valid_until for row in first.rows if row.status == "sent"]
    assert sent, "the demo's list shows sent quotes"
    assert content["through"] == min(sent).isoformat()  # the first of them to expire
    window.close()
    database = kept_for(context, content)
    language = i18n.current_language()
    assert kept_rows.read(str(database), language, today=min(sent)) == content  # a later morning
    day_after = min(sent) + timedelta(days=1)  # its expiry check marks that quote expired
    assert kept_rows.read(str(database), language, today=day_after) is None


def test_what_the_user_does_on_the_kept_rows_is_handed_to_the_live_list(
    qtbot: QtBot, context: AppContext, tmp_path: Path
) -> None:
    frame, page = kept_frame(qtbot, context, (1366, 768))
    assert frame.stack.currentWidget() is page
    page.table.selectRow(2)
    selected = page.selected_id()
    assert selected is not None
    page.search.setFocus()
    QTest.keyClicks(page.search, "Nordlicht")  # typed before the store is open
    shown = [r for r in range(page.model.rowCount()) if not page.table.isRowHidden(r)]
    assert shown == []  # the kept rows are not what the search finds
    frame.grab().save(str(tmp_path / "kept.png"))

    frame.attach(context, lazy=True)
    live = frame.views["quotes"]
    assert isinstance(live, QuotesView)
    assert frame.stack.currentWidget() is page  # on screen while the live rows are read
    QTest.keyClicks(page.search, " IT")  # and still usable: handed over too
    qtbot.waitUntil(lambda: frame.kept_page() is None, timeout=10_000)
    assert frame.stack.currentWidget() is not page
    listed = live.list_page
    assert listed.search.text() == "Nordlicht IT"
    assert [row.partner for row in listed.visible_rows()] == ["Nordlicht IT-Service GmbH"]
    assert frame.focusWidget() is listed.search


def test_a_quote_opened_on_the_kept_rows_opens_when_the_store_is_ready(
    qtbot: QtBot, context: AppContext
) -> None:
    frame, page = kept_frame(qtbot, context)
    page.table.selectRow(1)
    wanted = page.selected_id()
    page.table.activated.emit(page.table.currentIndex())  # Enter or a double click
    assert QApplication.overrideCursor() is not None  # busy until the store is open
    frame.attach(context, lazy=True)
    live = frame.views["quotes"]
    assert isinstance(live, QuotesView)
    assert QApplication.overrideCursor() is not None  # … and its rows are read
    qtbot.waitUntil(lambda: frame.kept_page() is None, timeout=10_000)
    assert QApplication.overrideCursor() is None
    assert live.editing() and live.editor.loaded is not None
    assert live.editor.loaded.quote_id == wanted


# The real start twice on one database: the first keeps the list when it closes, the second shows
# it before SQLAlchemy is imported, and the live rows that replace it are the same.
START = """
import json, sys
from PySide6.QtWidgets import QApplication
from nspdesk.ui import main_window
from nspdesk.ui.kept_rows import KeptPage
seen = {}
original = main_window.MainWindow.show_kept

def show_kept(self, page):
    original(self, page)
    seen["sqlalchemy"] = any(name.startswith("sqlalchemy") for name in sys.modules)
    seen["store"] = any(name.startswith("nspdesk.store.models") for name in sys.modules)
    model = page.table.model()
    seen["kept"] = [model.data(model.index(row, 0)) for row in range(model.rowCount())]

def run(self):
    import time
    from PySide6.QtCore import QThreadPool
    self.processEvents()
    window = next(w for w in self.topLevelWidgets() if isinstance(w, main_window.MainWindow))
    page = window.views["quotes"].list_page
    ends = time.monotonic() + 60  # without kept rows the first rows and the day's expiry check
    while time.monotonic() < ends and (  # come from worker threads
        not page.was_read() or QThreadPool.globalInstance().activeThreadCount()
    ):
        self.processEvents()
        time.sleep(0.005)
    seen["live"] = [row.number for row in page.model.loaded_rows()][: len(seen.get("kept", []))]
    seen["kept_left"] = window.findChildren(KeptPage) != [] and window.kept_page() is not None
    print(json.dumps(seen), flush=True)
    return 0

main_window.MainWindow.show_kept = show_kept
QApplication.exec = run
from nspdesk.cli import main
sys.exit(main(["--db", sys.argv[1]]))
"""


def start(database: Path, tmp_path: Path) -> dict[str, Any]:
    env = dict(os.environ)
    env.update(
        QT_QPA_PLATFORM="offscreen",
        XDG_CONFIG_HOME=str(tmp_path / "config"),
        XDG_DATA_HOME=str(tmp_path / "data"),
        XDG_CACHE_HOME=str(tmp_path / "cache"),
        PYTHONPATH=str(ROOT),
    )
    env.pop("NSPDESK_DATABASE_URL", None)
    result = subprocess.run(
        [sys.executable, "-c", START, str(database)],
        capture_output=True,
        text=True,
        env=env,
        timeout=180,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    shown: dict[str, Any] = json.loads(result.stdout.splitlines()[-1])
    return shown


def test_the_real_start_shows_the_kept_rows_before_sqlalchemy_and_then_the_same_live_rows(
    tmp_path: Path,
) -> None:
    database = tmp_path / "start.sqlite3"
    first = start(database, tmp_path)  # a new demo database: nothing kept yet
    assert "kept" not in first
    second = start(database, tmp_path)
    assert second["sqlalchemy"] is False and second["store"] is False
    assert len(second["kept"]) == 7 and second["kept"] == sorted(second["kept"], reverse=True)
    assert second["kept"] == second["live"]
    assert second["kept_left"] is False  # the live list took its place
    os.utime(database)  # touched by another program: not provably the same any more
    third = start(database, tmp_path)
    assert "kept" not in third


def test_the_selection_and_scroll_position_on_the_kept_rows_stay_when_the_live_rows_come(
    qtbot: QtBot, context: AppContext
) -> None:
    frame, page = kept_frame(qtbot, context, (1024, 330))  # a few rows on screen: the list scrolls
    qtbot.wait(10)
    page.table.selectRow(5)
    bar = page.table.verticalScrollBar()
    assert bar.maximum() > 0
    bar.setValue(bar.maximum())
    scrolled, selected = bar.value(), page.selected_id()
    frame.attach(context, lazy=True)
    live = frame.views["quotes"]
    assert isinstance(live, QuotesView)
    qtbot.waitUntil(lambda: frame.kept_page() is None, timeout=10_000)
    assert live.list_page.selected_id() == selected
    assert live.list_page.table.verticalScrollBar().value() == scrolled


def test_leaving_the_kept_rows_for_another_view_lets_go_of_a_quote_asked_to_open(
    qtbot: QtBot, context: AppContext
) -> None:
    frame, page = kept_frame(qtbot, context)
    page.table.selectRow(0)
    page.table.activated.emit(page.table.currentIndex())
    assert QApplication.overrideCursor() is not None
    frame.navigation.setCurrentRow(1)  # the partners, before the store is open
    frame.attach(context, lazy=True)
    assert list(frame.views) == ["partners"]
    assert QApplication.overrideCursor() is None  # no busy cursor left behind
    quotes = frame.show_view("quotes")  # the kept page's place taken by the live list
    assert isinstance(quotes, QuotesView) and not quotes.editing()
    qtbot.waitUntil(lambda: frame.kept_page() is None, timeout=10_000)
    scroll = frame.stack.currentWidget()
    assert isinstance(scroll, QScrollArea) and scroll.widget() is quotes  # the view's scroll area


def test_leaving_the_kept_rows_while_the_live_rows_are_read_keeps_the_search(
    qtbot: QtBot, context: AppContext
) -> None:
    """The kept rows stay on screen while the live list reads its first rows in a worker thread;
    a user who goes to another view meanwhile finds the search typed in the live list when coming
    back, and no quote opened behind their back (nor a busy cursor left)."""
    frame, page = kept_frame(qtbot, context)
    page.table.selectRow(0)
    page.table.activated.emit(page.table.currentIndex())
    QTest.keyClicks(page.search, "Nordlicht")
    frame.attach(context, lazy=True)
    assert frame.stack.currentWidget() is page
    frame.navigation.setCurrentRow(1)  # the partners, before the live quote rows came
    live = frame.views["quotes"]
    assert isinstance(live, QuotesView)
    qtbot.waitUntil(lambda: frame.kept_page() is None, timeout=10_000)
    assert QApplication.overrideCursor() is None
    assert frame.current_view().view_id == "partners"
    assert frame.show_view("quotes") is live and not live.editing()
    assert live.list_page.search.text() == "Nordlicht"
    qtbot.waitUntil(
        lambda: (
            [row.partner for row in live.list_page.visible_rows()] == ["Nordlicht IT-Service GmbH"]
        ),
        timeout=10_000,
    )


def test_work_in_the_background_returns_its_result_or_raises_its_error(qapp: QApplication) -> None:
    assert background.in_background(lambda: 6 * 7) == 42

    def fails() -> int:
        raise LookupError("no such module")

    with pytest.raises(LookupError, match="no such module"):
        background.in_background(fails)


def test_the_quick_switch_is_given_back_once_every_thread_is_done() -> None:
    """Two background threads at once (the views' preloading, the program view's hours): the GIL's
    switch interval is quick while either works and Python's again when both are done."""
    import sys

    before = sys.getswitchinterval()
    with background.quick_switch():
        assert sys.getswitchinterval() == background.QUICK_SWITCH
        with background.quick_switch():
            pass
        assert sys.getswitchinterval() == background.QUICK_SWITCH  # the other still works
    assert sys.getswitchinterval() == before


def test_the_preloader_imports_then_warms_what_a_first_opening_would_pay(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """After the views' modules, the preloader runs the warmers in its thread (babel's locale
    data: the partner list's first opening paused 100 ms for it); a warmer that fails is logged,
    the app goes on."""
    import threading

    seen: list[tuple[str, bool]] = []

    def warm() -> None:
        seen.append(("warm", threading.current_thread() is threading.main_thread()))
        raise RuntimeError("no locale data")

    monkeypatch.setattr(background, "WARMERS", (warm,))
    monkeypatch.setattr(
        background, "import_all", lambda modules: seen.append(("import", bool(modules)))
    )
    preloader = background.Preloader()
    preloader.start(["nspdesk.ui.views.program"])
    preloader.wait()
    assert seen == [("import", True), ("warm", False)]


def test_warming_the_formats_reads_the_locale_data() -> None:
    from decimal import Decimal

    from nspdesk.ui import formats

    background.warm_formats()
    assert formats.number(Decimal("1234.5")) == "1.234,5"


def test_the_preloader_ends_with_the_first_full_collection(qtbot: QtBot) -> None:
    """The start's objects are looked at once, asked for by the preloader's thread (while the user
    looks at the first list) and done on the GUI thread, not by Python's own first full collection
    in a later view's opening."""
    import gc
    import threading

    assert background.WARMERS[-1] is background.collect_start_garbage
    full_before = gc.get_stats()[2]["collections"]
    threads: list[str] = []

    def seen(phase: str, info: dict[str, int]) -> None:
        if phase == "start" and info["generation"] == 2:
            threads.append(threading.current_thread().name)

    gc.callbacks.append(seen)
    try:
        asking = threading.Thread(target=background.collect_start_garbage, name="preloader")
        asking.start()
        asking.join()
        assert gc.get_stats()[2]["collections"] == full_before  # not in the preloader's thread
        qtbot.waitUntil(lambda: gc.get_stats()[2]["collections"] == full_before + 1)
    finally:
        gc.callbacks.remove(seen)
    assert threads == [threading.main_thread().name]
