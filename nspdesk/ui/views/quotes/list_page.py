"""The list of quotes: search as you type, filters by status, year and partner, sortable columns.

The list stays in the database (issue 20): each keystroke, filter or click on a header asks the
services for the first window of rows in that search, filter and order and their count
(``services.quotes.quote_page``, searched in the database's text index); the ``WindowModel`` reads
further windows as the view scrolls and keeps only a few. Enter or a double-click opens a quote.

The list's first reading (the view's first opening) reads its first window only, as a keystroke
does: its count and the year filter's years follow once the rows are painted, from worker threads
(``_first_load``).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from contextlib import suppress
from dataclasses import replace
from typing import Protocol

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, Signal
from PySide6.QtGui import QColor, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from nspdesk.services.quotes import (
    OPEN_STATUSES,
    QuoteFacets,
    QuotePage,
    QuoteQuery,
    QuoteRow,
    Status,
)
from nspdesk.ui.formats import counted, day, money, number
from nspdesk.ui.i18n import QT_TRANSLATE_NOOP
from nspdesk.ui.operations import run
from nspdesk.ui.table_model import Column
from nspdesk.ui.tables import AfterPaint, fit_columns, list_table, select_row, size_to_texts
from nspdesk.ui.views.quotes.names import STATUSES
from nspdesk.ui.views.quotes.names import status_name as ui_status_name
from nspdesk.ui.window_model import WindowModel
from nspdesk.ui.worker import Task, start_held

STATUS_COLORS = {
    Status.DRAFT: None,
    Status.SENT: QColor("#1d4ed8"),
    Status.ACCEPTED: QColor("#15803d"),
    Status.REJECTED: QColor("#b91c1c"),
    Status.EXPIRED: QColor("#b45309"),
}
log = logging.getLogger(__name__)
OPEN = "open"  # the status filter "Offen": drafts and sent quotes


def status_name(row: QuoteRow) -> str:
    return ui_status_name(row.status)


def _status_color(row: QuoteRow) -> QColor | None:
    return STATUS_COLORS.get(Status(row.status))


def _status_tip(row: QuoteRow) -> str:
    if row.status == Status.EXPIRED:
        return QCoreApplication.translate("QuoteList", "abgelaufen: gültig bis {day}").format(
            day=day(row.valid_until)
        )
    return status_name(row)


def _line_text(row: QuoteRow) -> str:
    """The lines' article numbers and descriptions: ``row.text`` is the subject, if any, then them."""
    if row.subject and row.text.startswith(row.subject):
        return row.text[len(row.subject) + 1 :]
    return row.text


# The headers are the German sources; QuoteListPage shows them translated (``columns()``).
COLUMNS: list[Column[QuoteRow]] = [
    # A-YYYY-NNNN: the text sorts by year and number
    Column(QT_TRANSLATE_NOOP("QuoteList", "Nummer"), lambda r: r.number),
    Column(
        QT_TRANSLATE_NOOP("QuoteList", "Partner"),
        lambda r: r.partner,
        tooltip=lambda r: f"{r.partner} ({r.customer_number})",
    ),
    Column(
        QT_TRANSLATE_NOOP("QuoteList", "Datum"),
        lambda r: day(r.quote_date),
        right=True,
        sort=lambda r: r.quote_date,
    ),
    Column(
        QT_TRANSLATE_NOOP("QuoteList", "Gültig bis"),
        lambda r: day(r.valid_until),
        right=True,
        sort=lambda r: r.valid_until,
        color=lambda r: STATUS_COLORS[Status.EXPIRED] if r.status == Status.EXPIRED else None,
    ),
    Column(
        QT_TRANSLATE_NOOP("QuoteList", "Status"),
        status_name,
        color=_status_color,
        tooltip=_status_tip,
    ),
    Column(
        QT_TRANSLATE_NOOP("QuoteList", "Revision"),
        lambda r: str(r.revision),
        right=True,
        sort=lambda r: r.revision,
    ),
    Column(
        QT_TRANSLATE_NOOP("QuoteList", "Netto"),
        lambda r: money(r.net),
        right=True,
        sort=lambda r: r.net,
    ),
    Column(
        QT_TRANSLATE_NOOP("QuoteList", "Brutto"),
        lambda r: money(r.gross),
        right=True,
        sort=lambda r: r.gross,
    ),
    # hidden: the customer number, the subject, the lines' articles (the database searches them)
    Column(QT_TRANSLATE_NOOP("QuoteList", "Inhalt"), lambda r: r.customer_number),
    Column(QT_TRANSLATE_NOOP("QuoteList", "Inhalt"), lambda r: r.subject),
    Column(QT_TRANSLATE_NOOP("QuoteList", "Inhalt"), _line_text),
]
TEXT_COLUMNS = range(len(COLUMNS) - 3, len(COLUMNS))
PARTNER_COLUMN = 1
OPTIONAL_COLUMNS = (5, 2, 6)  # revision, date, net
# each column's order in the database (services.quotes.SORT_KEYS); the hidden ones do not sort
SORT_KEYS: list[str | None] = [
    "number",
    "partner",
    "date",
    "valid_until",
    "status",
    "revision",
    "net",
    "gross",
    None,
    None,
    None,
]


class QuoteSource(Protocol):
    """Where the list reads its rows: the services on the open workspace (``WorkspaceQuotes`` in
    the view), or a test's stand-in."""

    def page(self, query: QuoteQuery, offset: int, limit: int) -> QuotePage: ...

    def rows(self, query: QuoteQuery, offset: int, limit: int) -> Sequence[QuoteRow]: ...

    def count(self, query: QuoteQuery) -> int: ...

    def position(self, query: QuoteQuery, quote_id: int) -> int | None: ...

    def facets(self) -> QuoteFacets: ...

    def partners(self) -> tuple[tuple[int, str], ...]: ...


def columns() -> list[Column[QuoteRow]]:
    """``COLUMNS`` with their headers in the UI language."""
    return [
        replace(column, header=QCoreApplication.translate("QuoteList", column.header))
        for column in COLUMNS
    ]


class QuoteListPage(QWidget):
    open_requested = Signal(int)
    new_requested = Signal()
    pdf_requested = Signal(int)

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("quoteList")
        self.model: WindowModel[QuoteRow] = WindowModel(
            columns(), SORT_KEYS, self, identity=lambda row: row.id, background=True
        )
        self.model.sort_requested.connect(self._apply)
        self._source: QuoteSource | None = None
        self._shown: QuoteQuery | None = None  # the query of the rows on screen
        self._generation = 0  # of the list on screen (a count from a thread must be for it)
        self._known = [0]  # its length
        self._total: int | None = 0  # quotes without search and filters (None: not yet counted)
        self._tasks: set[Task] = set()  # the first reading's tasks, until they end
        self._reading_first = False  # the first window read in a worker thread
        self._when_read: list[Callable[[], None]] = []  # told once the list's reading is done
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 8)
        layout.addLayout(self._build_top())
        layout.addLayout(self._build_filters())
        layout.addWidget(self._build_table(), 1)
        self.count = QLabel()
        self.count.setObjectName("quoteCount")
        layout.addWidget(self.count)
        self._selection_changed()

    def _build_top(self) -> QHBoxLayout:
        heading = QLabel(self.tr("Angebote"))
        heading.setObjectName("quotesHeading")
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        heading.setFont(font)
        self.new_button = QPushButton(self.tr("Neues Angebot"))
        self.new_button.setToolTip(QKeySequence(QKeySequence.StandardKey.New).toString())
        self.new_button.clicked.connect(self.new_requested)
        self.open_button = QPushButton(self.tr("Öffnen"))
        self.open_button.clicked.connect(self._open_selected)
        self.pdf_button = QPushButton(self.tr("PDF …"))
        self.pdf_button.clicked.connect(self._pdf_selected)
        top = QHBoxLayout()
        top.addWidget(heading)
        top.addStretch(1)
        top.addWidget(self.open_button)
        top.addWidget(self.pdf_button)
        top.addWidget(self.new_button)
        return top

    def _build_filters(self) -> QHBoxLayout:
        self.search = QLineEdit()
        self.search.setObjectName("quoteSearch")
        self.search.setPlaceholderText(self.tr("Suchen: Nummer, Partner, Artikel, Text … (Strg+F)"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._search_changed)
        self.status_filter = QComboBox()
        self.status_filter.setObjectName("statusFilter")
        self.status_filter.addItem(self.tr("Alle Status"), None)
        self.status_filter.addItem(self.tr("Offen (Entwurf, versendet)"), OPEN)
        for status in STATUSES:
            self.status_filter.addItem(ui_status_name(status), status.value)
        self.year_filter = LazyFilter(self._read_years)
        self.year_filter.setObjectName("yearFilter")
        self.year_filter.addItem(self.tr("Alle Jahre"), None)  # the years once read
        self.partner_filter = LazyFilter(self._read_partners)
        self.partner_filter.setObjectName("partnerFilter")
        self.partner_filter.addItem(self.tr("Alle Partner"), None)  # the partners when opened
        self.partner_filter.setMinimumContentsLength(16)
        self.partner_filter.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        for combo in (self.status_filter, self.year_filter, self.partner_filter):
            combo.currentIndexChanged.connect(self._filters_changed)
        filters = QHBoxLayout()
        filters.addWidget(self.search, 3)
        filters.addWidget(self.status_filter, 1)
        filters.addWidget(self.year_filter)
        filters.addWidget(self.partner_filter, 1)
        return filters

    def _build_table(self) -> QTableView:
        self.table = list_table("quoteTable", self.model)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        for column in TEXT_COLUMNS:
            self.table.setColumnHidden(column, True)
        header = self.table.horizontalHeader()
        # Sized to the widest text of the rows read in _size_columns, not ResizeToContents: that measures
        # every fetched row again on each keystroke (a third of a keystroke's time).
        # The partner takes the width left; a narrow window drops the revision, then the date, then
        # the net sum (the gross stays).
        fit_columns(self.table, key=PARTNER_COLUMN, optional=OPTIONAL_COLUMNS, contents=False)
        header.setHighlightSections(False)
        self.table.activated.connect(self._activated)
        selection = self.table.selectionModel()
        assert selection is not None  # setModel made one
        selection.selectionChanged.connect(self._selection_changed)
        # A keystroke's count starts once its rows are painted: in a worker thread it would hold
        # Python's lock against the paint, on two busy cores its CPU too.
        self._after_paint = AfterPaint(self.table)
        return self.table

    # --- content --------------------------------------------------------------------------------

    def load(
        self,
        source: QuoteSource,
        background: bool = False,
        then: Callable[[], None] | None = None,
    ) -> None:
        """Read the list from ``source`` (again); search, filters, order and the selected quote are
        kept. The first time, the first window only (``_first_load``), with ``background`` in a
        worker thread. ``then`` is called once the rows are in the list (or could not be read):
        at the end of this call, or when the worker's rows came."""
        if then is not None:
            self._when_read.append(then)
        try:
            self._load(source, background)
        finally:
            if not self._reading_first:
                self._read_done()

    def _read_done(self) -> None:
        waiting, self._when_read = self._when_read, []
        for then in waiting:
            then()

    def _load(self, source: QuoteSource, background: bool) -> None:
        if self._source is None and self._first_load(source, background):
            return
        selected = self.selected_id()
        facets = run(self, self._loading(), source.facets)
        if facets is None:
            return
        self._source = source
        self._fill_years(facets)
        self._forget_partners()
        self._apply()
        self._size_columns()
        if selected is not None:
            self.select(selected)

    def _first_load(self, source: QuoteSource, background: bool) -> bool:
        """The list's first reading (the view's first opening, issue 20): its first window, at
        once or (``background``) from a worker thread — on a fresh connection 35–50 ms for
        100 000 quotes. False when the list asked for is not the whole list (a search typed
        before): read as any later time."""
        query = self.query()
        if query != QuoteQuery(sort=query.sort, descending=query.descending):
            return False
        if not background:
            rows = run(self, self._loading(), lambda: source.rows(query, 0, self.model.BLOCK))
            if rows is not None:
                self._first_rows(source, query, rows)
            return True
        if self._reading_first:
            return True  # the read under way shows the list
        self._reading_first = True
        start_held(
            self._tasks,
            lambda: source.rows(query, 0, self.model.BLOCK),
            lambda rows: self._first_rows_came(source, query, rows),
            lambda _message: self._first_rows_came(source, query, None),
        )
        return True

    def _first_rows_came(self, source: QuoteSource, query: QuoteQuery, rows: object) -> None:
        """The first window from the worker thread. Read again on the GUI thread when it failed
        (the error said as any read's, ``run``) or a search or filter was chosen meanwhile."""
        self._reading_first = False
        try:
            if self._source is not None:
                return  # read at once meanwhile
            with suppress(RuntimeError):  # the page was closed meanwhile
                if isinstance(rows, list) and self.query() == query:
                    self._first_rows(source, query, rows)
                else:
                    self.load(source)
        finally:
            self._read_done()

    def _first_rows(self, source: QuoteSource, query: QuoteQuery, rows: Sequence[QuoteRow]) -> None:
        """The first window shown; when it is full, the list's count follows from a worker
        thread once the rows are painted (as a keystroke's, ``_search``) and the count line says
        it is counting until then; the year filter's years are read in a worker thread too (or
        when the filter is opened first). The facets and the two counts on the GUI thread were
        20–35 ms of the first opening's 90–100 ms pause on 100 000 quotes."""
        self._source = source
        self.year_filter.stale = True
        self._forget_partners()
        if len(rows) < self.model.BLOCK:  # the whole list: counted
            self._total = len(rows)
            self._show(source, query, rows, len(rows))
            self._update_count()
        else:
            self._total = None
            self._show(source, query, rows, len(rows))
            self.count.setText(self.tr("Angebote werden gezählt …"))
            self._selection_changed()
        self._size_columns()
        generation, known = self._generation, self._known
        counted = self._total is not None

        def start() -> None:
            if not counted:  # the whole list: its count is also the count of every quote
                start_held(
                    self._tasks,
                    lambda: source.count(query),
                    lambda count: self._first_counted(generation, known, count),
                    lambda message: self._not_counted(generation, len(rows), message),
                )
            start_held(self._tasks, source.facets, self._years_read, self._years_not_read)

        self._after_paint.later(start)

    def _first_counted(self, generation: int, known: list[int], count: object) -> None:
        """The first list's count: every quote's (kept for the count line's "… von N") and, if
        that list is still shown, its length."""
        if not isinstance(count, int):
            return
        self._total = count
        self._counted(generation, known, count)

    def _years_read(self, facets: object) -> None:
        if isinstance(facets, QuoteFacets) and self.year_filter.stale:
            with suppress(RuntimeError):  # the page was closed meanwhile
                self._fill_years(facets)

    def _years_not_read(self, message: str) -> None:
        """Read again (its error said) when the filter is opened."""
        log.warning("reading the quotes' years failed: %s", message)

    def _read_years(self) -> None:
        """The year filter opened before its years came from the worker thread: read now."""
        source = self._source
        if source is None:
            return
        facets = run(self, self._loading(), source.facets)
        if facets is not None:
            self._fill_years(facets)

    def _fill_years(self, facets: QuoteFacets) -> None:
        self._fill(
            self.year_filter, self.tr("Alle Jahre"), [(str(year), year) for year in facets.years]
        )
        self.year_filter.stale = False

    def _forget_partners(self) -> None:
        """The partner filter keeps its choice only; the partners (10 000 on a big database) are
        read when it is opened."""
        chosen = self.partner_filter.currentData()
        self._fill(
            self.partner_filter,
            self.tr("Alle Partner"),
            [] if chosen is None else [(self.partner_filter.currentText(), chosen)],
        )
        self.partner_filter.stale = True

    def was_read(self) -> bool:
        """Whether the list was read once (``load``)."""
        return self._source is not None

    def _loading(self) -> str:
        return QCoreApplication.translate("QuotesView", "Angebote laden")

    def query(self) -> QuoteQuery:
        """What the list shows now: the search, the filters and the order."""
        status = self.status_filter.currentData()
        statuses: tuple[str, ...] = ()
        if status == OPEN:
            statuses = OPEN_STATUSES
        elif status is not None:
            statuses = (str(status),)
        sort, descending = self.model.sort_key()
        return QuoteQuery(
            search=self.search.text(),
            year=self.year_filter.currentData(),
            partner_id=self.partner_filter.currentData(),
            statuses=statuses,
            sort=sort or "number",
            descending=descending if sort else True,
        )

    def _apply(self, *_args: object) -> None:
        """Show the first window of the list as the search, filters and order now describe it."""
        source = self._source
        if source is None:
            return
        query = self.query()
        first = run(self, self._loading(), lambda: source.page(query, 0, self.model.BLOCK))
        if first is None:
            return
        self._total = first.total
        self._show(source, query, first.rows, first.count)
        self._update_count()

    def _show(
        self, source: QuoteSource, query: QuoteQuery, rows: Sequence[QuoteRow], count: int
    ) -> None:
        """The list ``query`` describes, its first rows and its length (so far) in the model."""
        selected = self.selected_id()
        another = self._shown is None or not query.same_list(self._shown)
        self._shown = query
        self._generation += 1
        self._after_paint.drop()  # a count not yet started is for a list no longer shown
        known = [count]  # the list's length: scrolling reads rows, never counts again
        self._known = known

        def fetch(offset: int, limit: int) -> tuple[int, Sequence[QuoteRow]]:
            return known[0], source.rows(query, offset, limit)

        # In place: the selected quote stays selected if the first rows hold it, else it is let go
        # (the model moves the selection with its row).
        self.model.set_fetch(fetch, (count, rows))
        row = None if selected is None else self.model.find_loaded(lambda r: r.id == selected)
        if row is not None:
            self._select_row(row)
        elif another:  # another list: its top shown (read again, the same: the place is kept)
            self.table.scrollToTop()

    def _search(self) -> None:
        """A keystroke: the first rows at once; when they fill the window, the count follows from
        a worker thread (counting 65 000 matches of a broad word takes 15-30 ms on SQLite and
        0.15-0.2 s on PostgreSQL; the rows 1-10 ms), and the rows are there before it."""
        source = self._source
        if source is None:
            return
        query = self.query()
        rows = run(self, self._loading(), lambda: source.rows(query, 0, self.model.BLOCK))
        if rows is None:
            return
        if len(rows) < self.model.BLOCK:  # the whole list: counted
            self._show(source, query, rows, len(rows))
            self._update_count()
            return
        # Until it is counted, the list keeps the length shown (at least the rows read): a
        # keystroke in a long list changes its length by little, and a table cut to 60 rows and
        # grown again to 65 000 when counted costs Qt a pass over every row twice.
        self._show(source, query, rows, max(len(rows), self.model.rowCount()))
        # the old list's count is not this list's: say it is being counted until it is
        self.count.setText(self.tr("Angebote werden gezählt …"))
        self._selection_changed()
        generation, known = self._generation, self._known
        self._after_paint.task_later(
            lambda: source.count(query),
            lambda count: self._counted(generation, known, count),
            lambda message: self._not_counted(generation, len(rows), message),
        )

    def _not_counted(self, generation: int, at_least: int, message: str) -> None:
        """The count failed (the database gone meanwhile) or was stopped for a newer list."""
        if generation != self._generation:
            return  # stopped: the user typed on, the newer list says its own count
        log.warning("counting the quotes failed: %s", message)
        with suppress(RuntimeError):  # the page was closed meanwhile
            self.count.setText(counted(self.tr("mindestens %n Angebote", "", at_least), at_least))

    def _counted(self, generation: int, known: list[int], count: object) -> None:
        if generation != self._generation or not isinstance(count, int):
            return  # the user typed on: a newer list is shown
        known[0] = count
        with suppress(RuntimeError):  # the page was closed meanwhile
            self.model.set_count(count)
            self._update_count()

    def _size_columns(self) -> None:
        """Each column (but the stretched partner) as wide as its widest text in the rows read."""
        texts = [spec.text for spec in self.model.columns]
        keep = (PARTNER_COLUMN, *TEXT_COLUMNS)
        size_to_texts(self.table, texts, self.model.loaded_rows(), keep)

    def _read_partners(self) -> None:
        """Fill the partner filter with the partners that have quotes (when it is opened)."""
        source = self._source
        if source is None:
            return
        partners = run(self, self._loading(), source.partners)
        if partners is None:
            return
        self._fill(self.partner_filter, self.tr("Alle Partner"), _swap(partners))
        self.partner_filter.stale = False

    @staticmethod
    def _fill(combo: QComboBox, everything: str, choices: list[tuple[str, int]]) -> None:
        """Refill a filter combo, keeping its choice when it still exists."""
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(everything, None)
        for text, value in choices:
            combo.addItem(text, value)
        combo.setCurrentIndex(max(0, combo.findData(current)))
        combo.blockSignals(False)

    def visible_rows(self) -> list[QuoteRow]:
        """Every row that search and filters let through, in the list's order (read whole: for
        tests and exports, not for painting)."""
        return self.model.rows()

    def selected_id(self) -> int | None:
        index = self.table.currentIndex()
        if not index.isValid() or not self.table.selectionModel().isSelected(index):
            return None
        try:
            return self.model.row(index.row()).id
        except IndexError:
            return None

    def select(self, quote_id: int) -> bool:
        """Select quote ``quote_id`` where it stands in the list (the database says where)."""
        row = self.model.find_loaded(lambda r: r.id == quote_id)
        if row is None and self._source is not None:
            source, query = self._source, self.query()
            row = run(self, self._loading(), lambda: source.position(query, quote_id))
        if row is None:
            return False
        if row >= self.model.rowCount():  # beyond the length shown until the count comes
            self.model.set_count(row + 1)
        self._select_row(row)
        return True

    def _select_row(self, row: int) -> None:
        select_row(self.table, row)

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    # --- filters --------------------------------------------------------------------------------

    def _search_changed(self, _text: str) -> None:
        if self._shown is not None and self.query().same_list(self._shown):
            return  # e.g. the first two letters of a word: the database would answer the same
        self._search()

    def _filters_changed(self) -> None:
        self._apply()

    def _update_count(self) -> None:
        shown, total = self.model.rowCount(), self._total
        if total is None:  # the first list's count was stopped by a keystroke before it came
            total = self._count_every_quote(shown)
        if shown == total:
            self.count.setText(counted(self.tr("%n Angebote", "", total), total))
        else:
            self.count.setText(
                counted(self.tr("{shown} von %n Angeboten angezeigt", "", total), total).format(
                    shown=number(shown)
                )
            )
        self._selection_changed()

    def _count_every_quote(self, shown: int) -> int:
        """Every quote's count, on the GUI thread (only when the first list's count in the
        background did not come: a keystroke came first); ``shown`` if it fails."""
        source, query = self._source, self.query()
        if source is None:
            return shown
        everything = QuoteQuery(sort=query.sort, descending=query.descending)
        total = run(self, self._loading(), lambda: source.count(everything))
        if total is None:
            return shown
        self._total = total
        return total

    # --- actions --------------------------------------------------------------------------------

    def _selection_changed(self, *_args: object) -> None:
        has = self.selected_id() is not None
        self.open_button.setEnabled(has)
        self.pdf_button.setEnabled(has)

    def _activated(self, index: QModelIndex) -> None:
        try:
            row = self.model.row(index.row())
        except IndexError:
            return
        self.open_requested.emit(row.id)

    def _open_selected(self) -> None:
        quote_id = self.selected_id()
        if quote_id is not None:
            self.open_requested.emit(quote_id)

    def _pdf_selected(self) -> None:
        quote_id = self.selected_id()
        if quote_id is not None:
            self.pdf_requested.emit(quote_id)


class LazyFilter(QComboBox):
    """A filter whose choices are read when its list is opened while they are ``stale`` (the
    partner filter's; the year filter's until they came from the worker thread)."""

    def __init__(self, read: Callable[[], None]) -> None:
        super().__init__()
        self._read = read
        self.stale = True

    def showPopup(self) -> None:
        if self.stale:
            self._read()
        super().showPopup()


def _swap(partners: tuple[tuple[int, str], ...]) -> list[tuple[str, int]]:
    """(id, name) pairs as a combo's (text, value)."""
    return [(name, partner_id) for partner_id, name in partners]
