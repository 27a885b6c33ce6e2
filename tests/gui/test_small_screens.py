"""Every view fits a small laptop: at 1024×640 and 1280×720 nothing scrolls sideways, the key
column (partner, article, note) stays readable, and the quote editor's main buttons and its gross
total are in view (issue 17, item 1)."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QAbstractScrollArea, QApplication, QTableView, QWidget
from pytestqt.qtbot import QtBot

from nspdesk.services import annual_review
from nspdesk.ui import settings as options
from nspdesk.ui.context import AppContext
from nspdesk.ui.main_window import SIDEBAR_WIDTH, VIEWS, MainWindow
from nspdesk.ui.pdf_preview import PREFERRED, preview_size
from nspdesk.ui.tables import KEY_MIN
from nspdesk.ui.views.quotes import QuotesView
from tests.gui.test_translations import needs_lrelease

pytestmark = pytest.mark.gui
SIZES = [(1024, 640), (1280, 720)]
LANGUAGES = ["de", pytest.param("en", marks=needs_lrelease)]  # English texts are wider


@pytest.fixture
def window(qtbot: QtBot, context: AppContext) -> MainWindow:
    made = MainWindow(context)
    qtbot.addWidget(made)
    with qtbot.waitExposed(made):
        made.show()
    return made


@pytest.fixture(params=LANGUAGES)
def any_window(request: pytest.FixtureRequest, qtbot: QtBot, context: AppContext) -> MainWindow:
    """The main window in German, then in English."""
    if request.param == "en":
        request.getfixturevalue("english")
    made = MainWindow(context)
    qtbot.addWidget(made)
    with qtbot.waitExposed(made):
        made.show()
    return made


def settle(rounds: int = 6) -> None:
    for _ in range(rounds):
        QApplication.processEvents()


def within(widget: QWidget, window: MainWindow) -> bool:
    """Whether ``widget`` is shown and wholly inside the window's visible area (no scrolling)."""
    top_left = widget.mapTo(window, QPoint(0, 0))
    rect = QRect(top_left, widget.size())
    return widget.isVisible() and window.rect().contains(rect)


def assert_fits(window: MainWindow, view_id: str) -> None:
    scroll = window.stack.currentWidget()
    assert isinstance(scroll, QAbstractScrollArea)
    assert scroll.horizontalScrollBar().maximum() == 0, f"{view_id} scrolls sideways"
    view = window.views[view_id]
    for area in view.findChildren(QAbstractScrollArea):
        if not area.isVisible() or not area.isVisibleTo(window):
            continue
        bar = area.horizontalScrollBar()
        assert not bar.isVisible() or bar.maximum() == 0, f"{view_id}: {area.objectName()} scrolls"
        key = area.property("keyColumn")
        if isinstance(area, QTableView) and key is not None:
            width = area.horizontalHeader().sectionSize(key)
            assert width >= KEY_MIN, f"{view_id}: {area.objectName()} key column {width} px"


@pytest.mark.parametrize("size", SIZES)
def test_every_view_fits_without_scrolling_sideways(
    any_window: MainWindow, size: tuple[int, int]
) -> None:
    window = any_window
    window.resize(*size)
    for spec in VIEWS:
        window.show_view(spec.view_id)
        settle()
        assert_fits(window, spec.view_id)


def test_the_side_bar_collapses_to_icons_in_a_narrow_window(window: MainWindow) -> None:
    window.resize(1280, 720)
    settle()
    assert not window.sidebar_compact()
    assert window.navigation.width() == SIDEBAR_WIDTH
    assert window.navigation.item(0).text() == "Angebote"
    window.resize(1024, 640)
    settle()
    assert window.sidebar_compact()
    assert window.navigation.width() < 60
    assert window.navigation.item(0).text() == ""
    assert window.navigation.item(0).toolTip() == "Angebote"  # the title is still there
    # the user's choice wins and is remembered
    window.sidebar_action.trigger()  # unchecks: the full side bar
    assert window.settings.get_text(options.SIDEBAR) == "full"
    assert not window.sidebar_compact()
    assert window.navigation.item(0).text() == "Angebote"
    window.resize(1366, 768)
    window.sidebar_action.trigger()
    assert window.settings.get_text(options.SIDEBAR) == "icons"
    assert window.sidebar_compact()


@pytest.mark.parametrize("size", [(1024, 640), (1280, 720)])
def test_the_editor_shows_its_buttons_and_total(
    any_window: MainWindow, size: tuple[int, int]
) -> None:
    window = any_window
    window.resize(*size)
    view = window.show_view("quotes")
    assert isinstance(view, QuotesView)
    quote_id = next(r.id for r in view.list_page.model.rows() if r.number == "A-2026-0003")
    assert view.open_quote(quote_id)
    editor = view.editor
    for end_customer in (False, True):
        editor.to_customer.setChecked(end_customer)
        settle()
        assert_fits(window, "quotes")
        for widget in (editor.save_button, editor.pdf_button, editor.more_button):
            assert within(widget, window), f"{widget.text()} is out of view"
        assert within(editor.totals.gross, window), "the gross total is out of view"
        scroll = window.stack.currentWidget()
        assert isinstance(scroll, QAbstractScrollArea)
        assert scroll.verticalScrollBar().maximum() == 0, "the editor scrolls"
        assert within(editor.table, window)
        assert editor.table.horizontalScrollBar().maximum() == 0
        width = editor.table.horizontalHeader().sectionSize(2)  # the description
        assert width >= KEY_MIN
    assert editor.save()


def test_the_totals_box_keeps_its_width_from_quote_to_quote(window: MainWindow) -> None:
    view = window.show_view("quotes")
    assert isinstance(view, QuotesView)
    widths = set()
    for row in view.list_page.model.rows():
        assert view.open_quote(row.id)
        settle(2)
        widths.add(view.editor.totals.width())
    assert len(widths) == 1


def test_the_pdf_preview_fits_the_screen(qtbot: QtBot) -> None:
    screen = QApplication.primaryScreen()
    assert screen is not None
    room = screen.availableGeometry()
    size = preview_size()
    assert size.width() <= min(PREFERRED.width(), room.width())
    assert size.height() <= min(PREFERRED.height(), room.height())


def test_the_partner_view_fits_a_laptop_less_its_title_and_task_bars(window: MainWindow) -> None:
    """640 px less 60 for the title bar and the task bar: the partner view needs no scrolling,
    on any of its tabs."""
    window.resize(1024, 580)
    view = window.show_view("partners")
    scroll = window.stack.currentWidget()
    assert isinstance(scroll, QAbstractScrollArea)
    detail = view.findChild(QWidget, "partnerTabs")
    assert detail is not None
    for tab in ("dashboard", "master", "figures", "people", "agreements", "backlink"):
        view.detail.show_tab(tab)  # type: ignore[attr-defined]
        settle()
        assert scroll.verticalScrollBar().maximum() == 0, tab
        assert scroll.horizontalScrollBar().maximum() == 0, tab


@pytest.mark.parametrize(
    ("view_id", "table_name"),
    [
        ("onboarding", "onboardingPartners"),
        ("review", "reviewTable"),
        ("partners", "partnerTable"),
    ],
)
def test_partner_names_are_whole_at_1366(
    qtbot: QtBot, window: MainWindow, context: AppContext, view_id: str, table_name: str
) -> None:
    """The issue: "Even at 1366×768 Onboarding and the review table cut names"."""
    today = date.today()
    annual_review.run(context.workspace, today.year - 1, today)  # rows for the review's table
    window.resize(1366, 768)
    shown = window.show_view(view_id)
    loading = getattr(shown, "loading", None)  # the onboarding list is read in a worker thread
    qtbot.waitUntil(lambda: loading is None or not loading())
    settle()
    table = window.views[view_id].findChild(QTableView, table_name)
    assert table is not None
    key = table.property("keyColumn")
    model = table.model()
    names = [str(model.index(row, key).data()) for row in range(model.rowCount())]
    assert names
    widest = max(table.fontMetrics().horizontalAdvance(name) for name in names)
    assert table.horizontalHeader().sectionSize(key) >= widest + 8, max(names, key=len)
