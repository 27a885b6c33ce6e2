"""The quote list: search, filters, sorting, expired quotes, opening a quote and its PDF."""

from __future__ import annotations

import threading
from collections.abc import Sequence
from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QBrush
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QHeaderView, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from nspdesk.services import quotes as quotes_service
from nspdesk.services.errors import StoreError
from nspdesk.services.quotes import QuoteQuery, QuoteRow
from nspdesk.store import quotes
from nspdesk.ui.context import AppContext
from nspdesk.ui.views.quotes import QuotesView
from nspdesk.ui.views.quotes.list_page import COLUMNS, QuoteListPage
from nspdesk.ui.window_model import WindowModel
from tests.gui.conftest import DEMO_DAY

pytestmark = pytest.mark.gui
STATUS = next(i for i, c in enumerate(COLUMNS) if c.header == "Status")
VALID = next(i for i, c in enumerate(COLUMNS) if c.header == "Gültig bis")
NET = next(i for i, c in enumerate(COLUMNS) if c.header == "Netto")

# The demo's quotes (demo day 25.11.2026): number, partner, status
DEMO = {
    "A-2026-0001": ("Rheinwerk Systemhaus GmbH", "accepted"),
    "A-2026-0002": ("Hanse Cloud Solutions GmbH", "accepted"),
    "A-2026-0003": ("Alpenblick Netzwerke GmbH", "draft"),
    "A-2026-0004": ("Spreewald Digital UG", "sent"),
    "A-2026-0005": ("Ostsee Consulting GmbH", "rejected"),
    "A-2026-0006": ("Müller & Söhne <IT> GmbH", "expired"),
    "A-2026-0007": ("Nordlicht IT-Service GmbH", "draft"),
}


def shown(page: QuoteListPage) -> list[str]:
    return [row.number for row in page.visible_rows()]


def choose(combo_owner: QuoteListPage, name: str, text: str) -> None:
    combo = getattr(combo_owner, name)
    combo.showPopup()  # the partner filter reads its partners when it is opened
    combo.hidePopup()
    index = combo.findText(text)
    assert index >= 0, f"{text!r} not in {name}"
    combo.setCurrentIndex(index)


def test_every_quote_listed_newest_first(quotes_view: QuotesView) -> None:
    page = quotes_view.list_page
    assert shown(page) == sorted(DEMO, reverse=True)
    assert {r.number: (r.partner, r.status) for r in page.model.rows()} == DEMO
    assert page.count.text() == "7 Angebote"
    nordlicht = next(r for r in page.model.rows() if r.number == "A-2026-0007")
    assert nordlicht.revision == 2  # the demo revised it: the list shows the current revision


def test_columns_fit_the_widest_text_of_every_row(quotes_view: QuotesView) -> None:
    """Sized to their widest text once per set of rows, not measured again on every keystroke."""
    page = quotes_view.list_page
    header, table = page.table.horizontalHeader(), page.table
    columns = [c for c in range(len(COLUMNS)) if not table.isColumnHidden(c) and c != 1]
    widths = [header.sectionSize(c) for c in columns]
    for column in columns:  # wide enough, and no wider (the partner column takes the rest)
        assert header.sectionResizeMode(column) == QHeaderView.ResizeMode.Interactive
        needed = max(table.sizeHintForColumn(column), header.sectionSizeHint(column))
        assert needed <= header.sectionSize(column) <= needed + 4, COLUMNS[column].header
    page.search.setText("spreewald")  # one row with shorter texts left
    assert [header.sectionSize(c) for c in columns] == widths


def test_search_finds_the_subject_and_articles_in_hidden_columns(quotes_view: QuotesView) -> None:
    page = quotes_view.list_page
    subject = next(r for r in page.model.rows() if r.number == "A-2026-0005").subject
    assert subject
    page.search.setText(subject.upper())
    assert "A-2026-0005" in shown(page)
    hidden = [c for c in range(len(COLUMNS)) if page.table.isColumnHidden(c)]
    assert len(hidden) == 3  # customer number, subject, articles: searched, not shown


def test_expired_quotes_are_shown_as_such(quotes_view: QuotesView) -> None:
    page = quotes_view.list_page
    assert page.select(next(r.id for r in page.model.rows() if r.number == "A-2026-0006"))
    row = page.table.currentIndex().row()
    status = page.model.index(row, STATUS)
    assert status.data() == "Abgelaufen"
    assert status.data(Qt.ItemDataRole.ToolTipRole) == "abgelaufen: gültig bis 10.11.2026"
    valid = page.model.index(row, VALID)
    brush = valid.data(Qt.ItemDataRole.ForegroundRole)
    assert isinstance(brush, QBrush) and brush.color().name() == "#b45309"
    draft = page.model.index(shown(page).index("A-2026-0003"), VALID)
    assert draft.data(Qt.ItemDataRole.ForegroundRole) is None


def test_activating_the_view_expires_sent_quotes_past_their_validity(
    qtbot: QtBot, quotes_view: QuotesView
) -> None:
    """On screen, activating the view paints it first and checks and reads in the next turn."""
    messages: list[str] = []
    quotes_view.status.connect(messages.append)
    quotes_view.activated()  # the demo day: nothing new
    qtbot.wait(5)
    assert messages == []
    quotes_view.clock = lambda: date(2026, 12, 21)  # A-2026-0004 was valid until 20.12.2026
    quotes_view.activated()
    assert messages == []  # the view painted first
    qtbot.waitUntil(lambda: messages == ["Abgelaufen: A-2026-0004"])
    statuses = {r.number: r.status for r in quotes_view.list_page.model.rows()}
    assert statuses["A-2026-0004"] == "expired"


def activated_on(view: QuotesView, day: date) -> list[str]:
    """The view activated on ``day``; the status messages it sends from now on."""
    messages: list[str] = []
    view.status.connect(messages.append)
    view.clock = lambda: day
    view.activated()
    return messages


def test_the_days_expiry_check_runs_in_a_worker_thread_after_the_list_is_read(
    qtbot: QtBot, quotes_view: QuotesView, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Its first run opens the write connection and reads every sent revision: not on the GUI
    thread, and the list does not wait for it."""
    import threading

    from nspdesk.services import quotes as quote_service

    real = quote_service.expire_due_daily
    threads: list[bool] = []

    def expire(workspace: object, today: date) -> list[str]:
        threads.append(threading.current_thread() is threading.main_thread())
        return real(workspace, today)  # type: ignore[arg-type]

    monkeypatch.setattr(quote_service, "expire_due_daily", expire)
    messages = activated_on(quotes_view, date(2026, 12, 21))
    qtbot.waitUntil(lambda: messages == ["Abgelaufen: A-2026-0004"])
    assert threads == [False]
    quotes_view.activated()  # the same day again: not checked twice
    qtbot.wait(20)
    assert threads == [False]


def test_a_failed_expiry_check_is_said_in_the_status_bar_and_tried_again(
    qtbot: QtBot, quotes_view: QuotesView, monkeypatch: pytest.MonkeyPatch
) -> None:
    from nspdesk.services import quotes as quote_service

    tried: list[date] = []

    def failing(_workspace: object, today: date) -> list[str]:
        tried.append(today)
        raise RuntimeError("Datenbank gesperrt")

    monkeypatch.setattr(quote_service, "expire_due_daily", failing)
    messages = activated_on(quotes_view, date(2026, 12, 21))
    qtbot.waitUntil(lambda: messages == ["Ablauf der Angebote nicht geprüft: Datenbank gesperrt"])
    assert "A-2026-0004" in {row.number for row in quotes_view.list_page.model.rows()}
    quotes_view.activated()  # nothing was marked: the next activation checks again
    qtbot.waitUntil(lambda: len(tried) == 2)


def test_search_by_number_partner_and_text(qtbot: QtBot, quotes_view: QuotesView) -> None:
    page = quotes_view.list_page
    quotes_view.focus_search()
    assert page.search.hasFocus()
    QTest.keyClicks(page.search, "0004")
    assert shown(page) == ["A-2026-0004"]
    assert page.count.text() == "1 von 7 Angeboten angezeigt"
    page.search.setText("spreewald")
    assert shown(page) == ["A-2026-0004"]
    page.search.setText("K-10003")  # a customer number
    assert shown(page) == ["A-2026-0003"]
    page.search.setText("NSP-CLD-ENC")  # an article of the quote's lines (a hidden column)
    assert shown(page) == ["A-2026-0004"]
    page.search.setText("encryption")  # Cloud Encryption (Spreewald), Server Encryption (Ostsee)
    assert shown(page) == ["A-2026-0005", "A-2026-0004"]
    page.search.setText("encryption ostsee")  # every word must match
    assert shown(page) == ["A-2026-0005"]
    page.search.setText("gibt es nicht")
    assert shown(page) == []
    assert page.count.text() == "0 von 7 Angeboten angezeigt"
    page.search.clear()
    assert len(shown(page)) == 7


def test_filters_by_status_year_and_partner(quotes_view: QuotesView, context: AppContext) -> None:
    # one quote of last year, so that the year filter has a choice
    with context.workspace.database.write() as session:
        alpenblick = quotes.find_by_number(session, "A-2026-0003").partner_id
        data = quotes.QuoteInput(
            partner_id=alpenblick, quote_date=date(2025, 6, 2), valid_until=date(2025, 7, 2)
        )
        quotes.create_quote(session, context.library, data)
    quotes_view.refresh()
    page = quotes_view.list_page
    assert [page.year_filter.itemText(i) for i in range(page.year_filter.count())] == [
        "Alle Jahre",
        "2026",
        "2025",
    ]
    choose(page, "status_filter", "Offen (Entwurf, versendet)")
    assert shown(page) == ["A-2026-0007", "A-2026-0004", "A-2026-0003", "A-2025-0001"]
    choose(page, "year_filter", "2026")
    assert shown(page) == ["A-2026-0007", "A-2026-0004", "A-2026-0003"]
    choose(page, "partner_filter", "Alpenblick Netzwerke GmbH")
    assert shown(page) == ["A-2026-0003"]
    choose(page, "year_filter", "2025")
    assert shown(page) == ["A-2025-0001"]
    assert page.count.text() == "1 von 8 Angeboten angezeigt"
    choose(page, "year_filter", "Alle Jahre")
    choose(page, "partner_filter", "Alle Partner")
    choose(page, "status_filter", "Angenommen")
    assert shown(page) == ["A-2026-0002", "A-2026-0001"]
    choose(page, "status_filter", "Abgelaufen")
    assert shown(page) == ["A-2026-0006"]
    page.search.setText("rheinwerk")  # search and filters together
    assert shown(page) == []

    # a refresh from the store keeps search and filters
    page.search.clear()
    quotes_view.refresh()
    assert page.status_filter.currentText() == "Abgelaufen"
    assert shown(page) == ["A-2026-0006"]

    # the partners are read when the filter is opened, not with the list; a chosen one stays
    choose(page, "status_filter", "Alle Status")
    choose(page, "partner_filter", "Alpenblick Netzwerke GmbH")
    quotes_view.refresh()
    assert page.partner_filter.count() == 2  # "Alle Partner" and the chosen one
    assert page.partner_filter.currentText() == "Alpenblick Netzwerke GmbH"
    assert shown(page) == ["A-2026-0003", "A-2025-0001"]
    page.partner_filter.showPopup()
    page.partner_filter.hidePopup()
    assert page.partner_filter.count() > 2
    assert page.partner_filter.currentText() == "Alpenblick Netzwerke GmbH"
    assert shown(page) == ["A-2026-0003", "A-2025-0001"]


def test_columns_sort_by_value_not_by_text(quotes_view: QuotesView) -> None:
    page = quotes_view.list_page
    page.table.sortByColumn(NET, Qt.SortOrder.AscendingOrder)
    nets = [row.net for row in page.visible_rows()]
    assert nets == sorted(nets)
    # as text "1.240,00 €" would sort before "13.749,00 €" and that before "3.150,00 €"
    assert shown(page) == [
        "A-2026-0004",  # 380,80
        "A-2026-0002",  # 980,00
        "A-2026-0006",  # 1.240,00
        "A-2026-0005",  # 1.533,00
        "A-2026-0003",  # 3.150,00
        "A-2026-0001",  # 4.050,00
        "A-2026-0007",  # 13.749,00
    ]
    page.table.sortByColumn(1, Qt.SortOrder.AscendingOrder)  # partner
    assert [row.partner for row in page.visible_rows()][:2] == [
        "Alpenblick Netzwerke GmbH",
        "Hanse Cloud Solutions GmbH",
    ]


def test_enter_opens_the_quote_and_back_returns_to_it(
    qtbot: QtBot, quotes_view: QuotesView
) -> None:
    page = quotes_view.list_page
    assert not page.open_button.isEnabled() and not page.pdf_button.isEnabled()
    quote_id = next(r.id for r in page.model.rows() if r.number == "A-2026-0005")
    assert page.select(quote_id)
    assert page.open_button.isEnabled() and page.pdf_button.isEnabled()
    page.table.setFocus()
    QTest.keyClick(page.table, Qt.Key.Key_Return)
    assert quotes_view.editing()
    assert quotes_view.editor.title.text() == "Angebot A-2026-0005 · Revision 1"
    assert quotes_view.editor.badge.text() == "Abgelehnt"
    quotes_view.editor.back_button.click()
    assert not quotes_view.editing()
    assert page.selected_id() == quote_id


def test_pdf_of_the_selected_quote_opens_in_the_preview(quotes_view: QuotesView) -> None:
    page = quotes_view.list_page
    messages: list[str] = []
    quotes_view.status.connect(messages.append)
    assert quotes_view.export_pdf()  # nothing selected: says so
    assert messages == ["PDF: bitte zuerst ein Angebot in der Liste wählen"]
    assert page.select(next(r.id for r in page.model.rows() if r.number == "A-2026-0007"))
    page.pdf_button.click()
    preview = quotes_view.preview
    assert preview is not None and preview.isVisible()
    assert preview.suggested_name == "Angebot A-2026-0007-2.pdf"  # revision 2
    assert preview.windowTitle() == "Vorschau – Angebot A-2026-0007-2"
    assert preview.page_count() >= 1
    assert messages[-1] == "Angebot A-2026-0007-2.pdf erzeugt"


def test_a_long_list_is_read_a_window_at_a_time(
    qtbot: QtBot, context: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The model holds a few blocks of rows, never the list: its count is the database's (the
    first reading's from a worker thread, ``test_the_first_reading_counts_in_the_background``)."""
    monkeypatch.setattr(WindowModel, "BLOCK", 2)
    monkeypatch.setattr(WindowModel, "KEEP", 2)
    view = QuotesView(context, clock=lambda: DEMO_DAY)
    qtbot.addWidget(view)
    view.activated()
    page = view.list_page
    qtbot.waitUntil(lambda: page.count.text() == "7 Angebote")
    assert page.model.rowCount() == 7  # the scroll bar knows the whole list once counted
    assert len(page.model.loaded_rows()) == 2  # one block read
    assert page.count.text() == "7 Angebote"
    numbers = [page.model.index(r, 0).data() for r in range(7)]
    assert numbers == sorted(DEMO, reverse=True)
    assert page.model.held_blocks() == 2  # the last two blocks, not all four
    assert len(shown(page)) == 7
    oldest = next(r.id for r in page.model.rows() if r.number == "A-2026-0001")
    page.model.index(0, 0).data()  # back at the top: the oldest is no longer held
    page.model.index(2, 0).data()
    assert page.model.find_loaded(lambda r: r.id == oldest) is None
    assert page.select(oldest)  # the database says where it stands
    assert page.table.currentIndex().row() == 6
    assert page.selected_id() == oldest
    page.search.setText("gmbh")  # the first window is full: counted in the background
    qtbot.waitUntil(lambda: page.count.text() == "6 von 7 Angeboten angezeigt")  # not Spreewald


def test_typing_what_the_search_does_not_search_reads_nothing(
    quotes_view: QuotesView, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A word under three letters, a space or a change of case give the same list: the keystroke
    reads nothing; the third letter searches."""
    page = quotes_view.list_page
    source = page._source
    assert source is not None
    read: list[str] = []
    original = source.rows

    def counted(query: QuoteQuery, offset: int, limit: int) -> Sequence[QuoteRow]:
        read.append(query.search)
        return original(query, offset, limit)

    monkeypatch.setattr(source, "rows", counted)
    for text in ("g", "gm", "gmb", "gmbh", "gmbh ", "GMBH", "gmbh x", "gmbh xy"):
        page.search.setText(text)
    assert read == ["gmb", "gmbh"]
    assert page.count.text() == "6 von 7 Angeboten angezeigt"
    page.search.setText("gmbh xyz")
    assert read[-1] == "gmbh xyz" and page.model.rowCount() == 0
    assert QuoteQuery(search="Ab  cde").same_list(QuoteQuery(search="CDE x"))
    assert not QuoteQuery(search="cde").same_list(QuoteQuery(search="cde", year=2026))


def test_a_keystroke_shows_the_first_rows_and_counts_in_the_background(
    qtbot: QtBot, context: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    """When the first window is full the list is longer than it: the count comes from a worker
    thread after the rows are shown (until then the list keeps the length it had, 7 here); a
    count for a search typed over is dropped."""
    monkeypatch.setattr(WindowModel, "BLOCK", 2)
    view = QuotesView(context, clock=lambda: DEMO_DAY)
    qtbot.addWidget(view)
    view.activated()
    page = view.list_page
    qtbot.waitUntil(lambda: page.count.text() == "7 Angebote")  # the first reading's count
    page.search.setText("gmbh")
    assert page.model.rowCount() in (7, 6)  # the first window at once, the length kept
    assert all("gmbh" in page.model.row(row).partner.lower() for row in (0, 1))
    # the old list's "7 Angebote" is not this list's count: it says it is counting
    assert page.count.text() == "Angebote werden gezählt …"
    qtbot.waitUntil(lambda: page.count.text() == "6 von 7 Angeboten angezeigt")
    assert page.model.rowCount() == 6
    assert len(shown(page)) == 6
    page.search.setText("gmbh nord")  # one quote: the window is not full, counted at once
    assert page.count.text() == "1 von 7 Angeboten angezeigt"
    page._counted(page._generation - 1, [0], 5)  # a late count of an earlier search
    assert page.model.rowCount() == 1
    page._not_counted(page._generation - 1, 2, "stopped")  # an earlier search's stopped count
    assert page.count.text() == "1 von 7 Angeboten angezeigt"
    page._not_counted(page._generation, 2, "the database is gone")  # this list's count failed
    assert page.count.text() == "mindestens 2 Angebote"


def test_a_keystroke_keeps_the_selected_quote_and_counts_once_the_rows_are_painted(
    qtbot: QtBot, context: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The rows of a keystroke replace those shown in place: the selected quote stays selected
    where it now stands; the count (a full first window) starts after the rows are painted, and
    is right when it comes; the list read again keeps its scroll position. Activated again on
    screen, the view is painted first and the list read in the next turn of the event loop (as
    at its first activation, ``test_the_view_built_and_activated_in_one_turn_reads_in_the_next``)."""
    monkeypatch.setattr(WindowModel, "BLOCK", 2)
    view = QuotesView(context, clock=lambda: DEMO_DAY)
    qtbot.addWidget(view)
    view.resize(900, 260)
    with qtbot.waitExposed(view):
        view.show()
    view.activated()
    page = view.list_page
    qtbot.waitUntil(lambda: page.count.text() == "7 Angebote")
    assert page.model.rowCount() == 7
    reads: list[int] = []
    page.model.modelReset.connect(lambda: reads.append(1))
    page.model.layoutChanged.connect(lambda: reads.append(1))
    view.activated()
    assert reads == []  # shown again: painted first
    qtbot.waitUntil(lambda: reads == [1])
    paints: list[int] = []
    watch = PaintWatch(paints)
    page.table.viewport().installEventFilter(watch)
    source = page._source
    assert source is not None
    original = source.count
    painted_before_count: list[int] = []

    def count(query: QuoteQuery) -> int:
        painted_before_count.append(len(paints))
        return original(query)

    monkeypatch.setattr(source, "count", count)
    assert page.select(next(r.id for r in page.model.rows() if r.number == "A-2026-0006"))
    page.search.setText("gmbh")  # 0007 and 0006 in the first window
    assert page.selected_id() is not None
    assert page.model.row(page.table.currentIndex().row()).number == "A-2026-0006"
    assert not painted_before_count  # not yet: the rows are painted first
    qtbot.waitUntil(lambda: page.count.text() == "6 von 7 Angeboten angezeigt")
    assert painted_before_count and painted_before_count[0] >= 1
    assert page.model.rowCount() == 6
    assert page.model.row(page.table.currentIndex().row()).number == "A-2026-0006"

    page.search.clear()
    qtbot.waitUntil(lambda: page.count.text() == "7 Angebote")
    page.table.clearSelection()
    bar = page.table.verticalScrollBar()
    assert bar.maximum() >= 2  # the list is longer than the table
    bar.setValue(2)
    view.refresh()  # read again, the same list: the place is kept
    assert bar.value() == 2
    page.search.setText("gmbh nord")  # another list: its top
    assert bar.value() == 0


class PaintWatch(QObject):
    """Counts the paints of the widget it watches."""

    def __init__(self, paints: list[int]) -> None:
        super().__init__()
        self.paints = paints

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.paints.append(1)
        return False


def test_a_quote_selected_before_the_count_comes_is_selected_where_it_stands(
    qtbot: QtBot, context: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Until the count comes the list has the length it had (here 1 row, from a narrower
    search); a quote selected further down meanwhile grows it to its place."""
    monkeypatch.setattr(WindowModel, "BLOCK", 2)
    view = QuotesView(context, clock=lambda: DEMO_DAY)
    qtbot.addWidget(view)
    view.activated()
    page = view.list_page
    qtbot.waitUntil(lambda: page.count.text() == "7 Angebote")
    ids = {r.number: r.id for r in page.model.rows()}
    page.search.setText("gmbh nord")
    assert page.model.rowCount() == 1
    page.search.setText("gmbh")  # six quotes, two read, the count follows
    assert page.model.rowCount() == 2
    rheinwerk = ids["A-2026-0001"]
    assert page.select(rheinwerk)  # the last of the six
    assert page.selected_id() == rheinwerk
    assert page.table.currentIndex().row() == 5
    qtbot.waitUntil(lambda: page.count.text() == "6 von 7 Angeboten angezeigt")
    assert page.selected_id() == rheinwerk


def test_the_first_reading_counts_in_the_background(
    qtbot: QtBot, context: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Issue 20: the list's first reading shows its first window at once; when the window is
    full, the list is counted in a worker thread after the rows are painted (the count line says
    so meanwhile), and the year filter's years are read in a worker thread too."""
    monkeypatch.setattr(WindowModel, "BLOCK", 2)
    view = QuotesView(context, clock=lambda: DEMO_DAY)
    qtbot.addWidget(view)
    page = view.list_page
    counted: list[QuoteQuery] = []
    original = quotes_service.quote_count

    def count(workspace: object, query: QuoteQuery) -> int:
        counted.append(query)
        return original(workspace, query)  # type: ignore[arg-type]

    monkeypatch.setattr(quotes_service, "quote_count", count)
    view.activated()
    assert page.model.rowCount() == 2  # the first window, shown at once
    assert [page.model.row(r).number for r in (0, 1)] == ["A-2026-0007", "A-2026-0006"]
    assert page.count.text() == "Angebote werden gezählt …"
    assert counted == []  # not yet: after the rows
    assert [page.year_filter.itemText(i) for i in range(page.year_filter.count())] == ["Alle Jahre"]
    qtbot.waitUntil(lambda: page.count.text() == "7 Angebote")
    assert page.model.rowCount() == 7 and len(counted) == 1
    qtbot.waitUntil(lambda: page.year_filter.count() == 2)
    assert page.year_filter.itemText(1) == "2026"
    page.search.setText("gmbh")  # and the list's count is every quote's
    qtbot.waitUntil(lambda: page.count.text() == "6 von 7 Angeboten angezeigt")


def test_a_keystroke_before_the_first_count_is_counted_against_every_quote(
    qtbot: QtBot, context: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Typed before the first list was counted: its count is dropped, the keystroke's list says
    how many of every quote it shows as before."""
    monkeypatch.setattr(WindowModel, "BLOCK", 2)
    view = QuotesView(context, clock=lambda: DEMO_DAY)
    qtbot.addWidget(view)
    view.activated()
    page = view.list_page
    assert page.count.text() == "Angebote werden gezählt …"
    page.search.setText("gmbh")
    qtbot.waitUntil(lambda: page.count.text() == "6 von 7 Angeboten angezeigt")
    page.search.setText("gmbh nord")
    assert page.count.text() == "1 von 7 Angeboten angezeigt"


def test_the_year_filter_opened_before_its_years_came_reads_them(
    qtbot: QtBot, context: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(WindowModel, "BLOCK", 2)
    view = QuotesView(context, clock=lambda: DEMO_DAY)
    qtbot.addWidget(view)
    view.activated()
    page = view.list_page
    assert page.year_filter.count() == 1
    choose(page, "year_filter", "2026")  # opened: read at once
    assert page.year_filter.currentText() == "2026"
    qtbot.waitUntil(lambda: page.count.text() == "7 Angebote")
    qtbot.wait(20)  # the years from the worker thread change nothing
    assert page.year_filter.currentText() == "2026"
    assert page.year_filter.count() == 2


def on_screen(qtbot: QtBot, context: AppContext) -> tuple[QWidget, QuotesView]:
    """The quotes view built inside a widget on screen (as the window builds its first view),
    not yet activated; the widget is the caller's to hold."""
    holder = QWidget()
    qtbot.addWidget(holder)
    holder.resize(1024, 640)
    with qtbot.waitExposed(holder):
        holder.show()
    view = QuotesView(context, clock=lambda: DEMO_DAY)
    view.setParent(holder)
    view.show()
    return holder, view


def test_the_view_built_and_activated_in_one_turn_reads_in_the_next_from_a_worker(
    qtbot: QtBot, context: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The window builds the first view and activates it in one turn of the event loop: on
    screen, the view's widgets are one pause; its first rows are read in the next turn, in a
    worker thread (on a fresh connection 35-50 ms for 100 000 quotes, issue 20)."""
    threads: list[bool] = []
    original = quotes_service.quote_window

    def window(*args: Any) -> list[QuoteRow]:
        threads.append(threading.current_thread() is threading.main_thread())
        return original(*args)

    monkeypatch.setattr(quotes_service, "quote_window", window)
    _holder, view = on_screen(qtbot, context)
    view.activated()
    assert not view.list_page.was_read() and threads == []  # painted first
    # painted meanwhile with its filters' first choices
    page = view.list_page
    filters = (page.status_filter, page.year_filter, page.partner_filter)
    assert [combo.currentText() for combo in filters] == [
        "Alle Status",
        "Alle Jahre",
        "Alle Partner",
    ]
    qtbot.waitUntil(view.list_page.was_read)
    assert threads == [False]  # read in a worker thread
    assert len(shown(view.list_page)) == 7
    assert view.list_page.count.text() == "7 Angebote"


def test_a_search_typed_while_the_first_rows_are_read_is_searched_when_they_come(
    qtbot: QtBot, context: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    typed, reading = threading.Event(), threading.Event()
    original = quotes_service.quote_window

    def window(*args: Any) -> list[QuoteRow]:
        if threading.current_thread() is not threading.main_thread():
            reading.set()
            assert typed.wait(10)  # the first window, read while the user types
        return original(*args)

    monkeypatch.setattr(quotes_service, "quote_window", window)
    _holder, view = on_screen(qtbot, context)
    view.activated()
    page = view.list_page
    qtbot.waitUntil(reading.is_set)
    page.search.setText("spreewald")
    assert not page.was_read()
    typed.set()
    qtbot.waitUntil(page.was_read)
    assert shown(page) == ["A-2026-0004"]
    assert page.count.text() == "1 von 7 Angeboten angezeigt"


def test_the_first_rows_failed_in_the_worker_are_read_again_and_their_error_said(
    qtbot: QtBot, context: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    """As any read's error (``operations.run``): a dialog, the list empty."""
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: warnings.append(text))
    tries: list[int] = []

    def gone(*_args: Any) -> list[QuoteRow]:
        tries.append(1)
        raise StoreError("Datenbank nicht erreichbar")

    monkeypatch.setattr(quotes_service, "quote_window", gone)
    _holder, view = on_screen(qtbot, context)
    view.activated()
    qtbot.waitUntil(lambda: warnings == ["Datenbank nicht erreichbar"])
    assert len(tries) == 2  # in the worker, then on the GUI thread for its dialog
    assert not view.list_page.was_read() and view.list_page.model.rowCount() == 0
