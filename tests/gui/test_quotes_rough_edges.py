"""Issue 17, the rough edges a sales rep hits in the quote editor: the keyboard (Tab walks what can
be edited, top to bottom, and leaves the lines table; Escape undoes a typed quantity; an added
article puts the cursor in its quantity), what is offered when (send and PDF need a partner and
lines), how a frozen quote looks, and the way from a quote to its partner and back."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from nspdesk.ui.context import AppContext
from nspdesk.ui.main_window import MainWindow
from nspdesk.ui.views.partners import PartnersView
from nspdesk.ui.views.quotes import QuotesView
from nspdesk.ui.views.quotes.editor import QuoteEditor
from nspdesk.ui.views.quotes.lines_model import Col
from tests.gui.conftest import DEMO_DAY, showing_main_window
from tests.gui.test_quotes_editor import (
    add_by_search,
    cell_editor,
    cells,
    find_quote,
    keep_tier,
    pick_partner,
    totals,
)

pytestmark = pytest.mark.gui


@pytest.fixture
def quotes_window(
    qtbot: QtBot, context: AppContext, monkeypatch: pytest.MonkeyPatch
) -> Iterator[MainWindow]:
    """The main window at 1366×768 and active (keys reach it), the partners view on the demo day
    too."""
    monkeypatch.setattr(PartnersView, "today", staticmethod(lambda: DEMO_DAY))
    with showing_main_window(qtbot, context, 1366, 768, active=True) as window:
        yield window


def shown_quotes(window: MainWindow) -> QuotesView:
    view = window.show_view("quotes")
    assert isinstance(view, QuotesView)
    return view


def focus(qtbot: QtBot, widget: QWidget) -> None:
    widget.window().activateWindow()
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus)


def tab(qtbot: QtBot, forward: bool = True) -> QWidget:
    """Press Tab (Shift+Tab) where the focus is; the widget that has it afterwards."""
    widget = QApplication.focusWidget()
    assert widget is not None
    if forward:
        QTest.keyClick(widget, Qt.Key.Key_Tab)
    else:
        QTest.keyClick(widget, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    QApplication.processEvents()
    now = QApplication.focusWidget()
    assert now is not None
    return now


def a_quote_with_two_lines(qtbot: QtBot, editor: QuoteEditor) -> None:
    pick_partner(editor, "Elbtal EDV")
    keep_tier(editor)
    add_by_search(qtbot, editor, "NSP-SRV-PROT")
    add_by_search(qtbot, editor, "installation")
    open_now = cell_editor(editor)
    if open_now is not None:
        QTest.keyClick(open_now, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: cell_editor(editor) is None)


# --- the keyboard -----------------------------------------------------------------------------------


def test_an_added_article_puts_the_cursor_in_its_quantity(
    qtbot: QtBot, quotes_window: MainWindow
) -> None:
    view = shown_quotes(quotes_window)
    quotes_window.new_quote()
    editor = view.editor
    pick_partner(editor, "Elbtal EDV")
    keep_tier(editor)
    add_by_search(qtbot, editor, "NSP-SRV-PROT")
    cell = cell_editor(editor)
    assert cell is not None and cell.hasFocus()  # type the quantity straight away
    assert editor.table.currentIndex().column() == Col.QUANTITY
    QTest.keyClicks(cell, "40")
    QTest.keyClick(cell, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: cell_editor(editor) is None)
    assert editor.lines_model.lines()[0].quantity == Decimal(40)


def test_escape_while_typing_a_quantity_undoes_it(qtbot: QtBot, quotes_window: MainWindow) -> None:
    view = shown_quotes(quotes_window)
    quotes_window.new_quote()
    editor = view.editor
    a_quote_with_two_lines(qtbot, editor)
    assert editor.save() and not editor.is_dirty()
    before = totals(editor)
    table = editor.table
    focus(qtbot, table)
    table.setCurrentIndex(editor.lines_model.index(0, Col.QUANTITY))
    QTest.keyClicks(table, "7")  # typing opens the cell
    cell = cell_editor(editor)
    assert cell is not None
    QTest.keyClicks(cell, "5")  # the totals follow each keystroke
    assert editor.lines_model.lines()[0].quantity == Decimal(75)
    assert totals(editor) != before
    QTest.keyClick(cell, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: cell_editor(editor) is None)
    assert editor.lines_model.lines()[0].quantity == Decimal(1)  # as before the cell was opened
    assert cells(editor, 0)[Col.QUANTITY] == "1"
    assert totals(editor) == before
    assert not editor.is_dirty()  # nothing left to save or to ask about


def test_tab_walks_only_editable_cells_and_leaves_the_table_at_its_end(
    qtbot: QtBot, quotes_window: MainWindow
) -> None:
    view = shown_quotes(quotes_window)
    quotes_window.new_quote()
    editor = view.editor
    a_quote_with_two_lines(qtbot, editor)
    table = editor.table
    table.setCurrentIndex(editor.lines_model.index(0, Col.POSITION))
    # from the search above it, Tab enters the table on its first editable cell
    focus(qtbot, editor.article_search)
    walked: list[tuple[int, int]] = []
    widget = QApplication.focusWidget()
    for _ in range(20):
        widget = tab(qtbot)
        if widget is not table:
            if walked:
                break
            continue
        index = table.currentIndex()
        walked.append((index.row(), index.column()))
    editable = [Col.DESCRIPTION, Col.QUANTITY, Col.UNIT_PRICE, Col.EXTRA_DISCOUNT]
    assert walked == [(row, column) for row in (0, 1) for column in editable]
    for _row, column in walked:
        assert column not in {Col.POSITION, Col.ARTICLE, Col.TIER_DISCOUNT, Col.NET}
    assert widget is not table  # left at its end, no wrap to the first row
    assert widget in (editor.maintenance_button, editor.intro)

    # with a cell open, Tab commits it and opens the next; at the end it leaves the table
    focus(qtbot, table)
    table.setCurrentIndex(editor.lines_model.index(1, Col.EXTRA_DISCOUNT))
    table.edit(table.currentIndex())
    cell = cell_editor(editor)
    assert cell is not None
    QTest.keyClicks(cell, "5")
    QTest.keyClick(cell, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: cell_editor(editor) is None)
    assert editor.lines_model.lines()[1].extra_discount == Decimal(5)
    assert QApplication.focusWidget() in (editor.maintenance_button, editor.intro)

    # Shift+Tab from the texts comes back into the table on its last editable cell
    focus(qtbot, editor.intro)
    assert tab(qtbot, forward=False) in (table, editor.maintenance_button)
    if QApplication.focusWidget() is editor.maintenance_button:
        tab(qtbot, forward=False)
    assert QApplication.focusWidget() is table
    assert (table.currentIndex().row(), table.currentIndex().column()) == (1, Col.EXTRA_DISCOUNT)


def test_tab_runs_top_to_bottom_from_the_actions_to_the_texts(
    qtbot: QtBot, quotes_window: MainWindow
) -> None:
    view = shown_quotes(quotes_window)
    quotes_window.new_quote()
    editor = view.editor
    a_quote_with_two_lines(qtbot, editor)
    focus(qtbot, editor.back_button)
    order: list[QWidget] = [editor.back_button]
    for _ in range(60):
        widget = tab(qtbot)
        if widget is editor.closing:
            order.append(widget)
            break
        if widget not in order:
            order.append(widget)
    expected = [
        editor.back_button,
        editor.save_button,
        editor.send_button,
        editor.pdf_button,
        editor.more_button,
        editor.tier_panel.keep,
        editor.partner_picker,
        editor.subject,
        editor.article_search,
        editor.table,
        editor.intro,
        editor.closing,
    ]
    positions = [
        next(i for i, w in enumerate(order) if w is e or e.isAncestorOf(w)) for e in expected
    ]
    assert positions == sorted(positions)  # the actions first, the texts last
    # after the texts: the side bar, then the editor's actions again (no invisible stop between)
    assert tab(qtbot) is quotes_window.navigation
    assert tab(qtbot) is editor.back_button


def test_a_refused_number_after_an_accepted_one_stays_said(
    qtbot: QtBot, quotes_window: MainWindow
) -> None:
    """Issue 17: the banner stayed hidden when a refused value followed one accepted while typing
    (putting the line back re-priced it, and re-pricing hid the reason)."""
    view = shown_quotes(quotes_window)
    quotes_window.new_quote()
    editor = view.editor
    a_quote_with_two_lines(qtbot, editor)
    table = editor.table
    focus(qtbot, table)
    table.setCurrentIndex(editor.lines_model.index(1, Col.EXTRA_DISCOUNT))
    table.edit(table.currentIndex())
    cell = cell_editor(editor)
    assert cell is not None
    cell.selectAll()
    QTest.keyClicks(cell, "8")  # accepted while typing: the totals follow
    assert editor.lines_model.lines()[1].extra_discount == Decimal(8)
    QTest.keyClicks(cell, "5")  # 85 % is above the program's 10 %
    QTest.keyClick(cell, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: cell_editor(editor) is None)
    assert editor.lines_model.lines()[1].extra_discount == 0  # as before the cell was opened
    assert editor.error_banner.isVisible()
    assert "übersteigt den zulässigen Zusatzrabatt" in editor.error_banner.text()


# --- what is offered when ---------------------------------------------------------------------------


def test_send_and_pdf_need_a_partner_and_lines(qtbot: QtBot, quotes_window: MainWindow) -> None:
    view = shown_quotes(quotes_window)
    quotes_window.new_quote()
    editor = view.editor
    assert not editor.send_button.isEnabled() and not editor.pdf_button.isEnabled()
    assert editor.send_button.toolTip() == "Zuerst einen Partner wählen und Positionen erfassen."
    assert not editor.export_pdf()  # Ctrl+P says why instead of a refused save
    pick_partner(editor, "Elbtal EDV")
    keep_tier(editor)
    assert not editor.send_button.isEnabled()  # still no line
    add_by_search(qtbot, editor, "NSP-SRV-PROT")
    assert editor.send_button.isEnabled() and editor.pdf_button.isEnabled()
    editor.lines_model.remove_rows([0])
    assert not editor.send_button.isEnabled() and not editor.pdf_button.isEnabled()


def test_a_sent_quotes_texts_look_read_only(quotes_window: MainWindow) -> None:
    view = shown_quotes(quotes_window)
    assert view.open_quote(find_quote(view, "A-2026-0004"))  # Spreewald, sent
    editor = view.editor
    for text in (editor.subject, editor.intro, editor.closing):
        assert text.isReadOnly()
        assert "background" in text.styleSheet()  # greyed, not a field that ignores typing
        assert text.focusPolicy() == Qt.FocusPolicy.ClickFocus  # no Tab stop
    assert editor.pdf_button.isEnabled()  # a sent quote prints as it is
    editor.revise_button.click()
    for text in (editor.subject, editor.intro, editor.closing):
        assert not text.isReadOnly() and text.styleSheet() == ""


# --- a quote and its partner ------------------------------------------------------------------------


def test_from_the_quote_to_its_partner_and_back(qtbot: QtBot, quotes_window: MainWindow) -> None:
    view = shown_quotes(quotes_window)
    assert view.open_quote(find_quote(view, "A-2026-0004"))
    editor = view.editor
    partner_id = editor.current_partner_id()
    assert partner_id is not None and editor.partner_link.isVisible()
    editor.partner_link.linkActivated.emit("partner")
    partners = quotes_window.current_view()
    assert isinstance(partners, PartnersView)
    assert partners.selected_id == partner_id
    assert partners.detail.current_tab() == "figures"
    assert partners.year.value() == DEMO_DAY.year  # the current year: today's sale counts

    detail = partners.detail.detail
    assert detail is not None
    if not detail.counted:  # the partner of A-2026-0004 won nothing this year: take one that did
        rheinwerk = next(r.id for r in partners.list.model.rows() if r.company.startswith("Rhein"))
        assert partners.select_partner(rheinwerk, "figures")
        detail = partners.detail.detail
        assert detail is not None and detail.counted
    number = detail.counted[0].number
    assert f"href='{number}'" in partners.detail.figures.counted.text()
    partners.detail.figures.counted.linkActivated.emit(number)
    assert quotes_window.current_view() is view and view.editing()
    assert view.editor.loaded is not None and view.editor.loaded.number == number


def test_a_new_quote_without_partner_has_no_partner_link(quotes_window: MainWindow) -> None:
    view = shown_quotes(quotes_window)
    quotes_window.new_quote()
    assert not view.editor.partner_link.isVisible()
    assert not view.editor.show_partner()
