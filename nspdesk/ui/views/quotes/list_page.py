"""The list of quotes: search as you type, filters by status, year and partner, sortable columns.

Rows come from ``nspdesk.store.quote_list.list_quotes`` (light rows, one query); the table is the
shared ``RowModel`` behind a ``FilterProxy``. Enter or a double-click opens a quote.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QColor, QFontMetricsF, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from nspdesk.services.quotes import QuoteRow, Status
from nspdesk.ui.formats import day, money
from nspdesk.ui.i18n import QT_TRANSLATE_NOOP
from nspdesk.ui.table_model import Column, FilterProxy, RowModel
from nspdesk.ui.tables import fit_columns, list_table
from nspdesk.ui.views.quotes.names import STATUSES
from nspdesk.ui.views.quotes.names import status_name as ui_status_name

STATUS_COLORS = {
    Status.DRAFT: None,
    Status.SENT: QColor("#1d4ed8"),
    Status.ACCEPTED: QColor("#15803d"),
    Status.REJECTED: QColor("#b91c1c"),
    Status.EXPIRED: QColor("#b45309"),
}
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
    # hidden, searched: the customer number, the subject, the lines' articles. Three columns
    # rather than one text: the search reads the distinct values of a column that repeats them
    # (customer numbers, the same articles in many quotes) once, and only the subjects row by row
    # (nspdesk.ui.row_search).
    Column(QT_TRANSLATE_NOOP("QuoteList", "Inhalt"), lambda r: r.customer_number),
    Column(QT_TRANSLATE_NOOP("QuoteList", "Inhalt"), lambda r: r.subject),
    Column(QT_TRANSLATE_NOOP("QuoteList", "Inhalt"), _line_text),
]
TEXT_COLUMNS = range(len(COLUMNS) - 3, len(COLUMNS))
PARTNER_COLUMN = 1
OPTIONAL_COLUMNS = (5, 2, 6)  # revision, date, net


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
        self.model: RowModel[QuoteRow] = RowModel(columns(), self)
        self.proxy = FilterProxy(self)
        self.proxy.setSourceModel(self.model)
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
        self.year_filter = QComboBox()
        self.year_filter.setObjectName("yearFilter")
        self.partner_filter = QComboBox()
        self.partner_filter.setObjectName("partnerFilter")
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
        self.table = list_table("quoteTable", self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
        for column in TEXT_COLUMNS:
            self.table.setColumnHidden(column, True)
        header = self.table.horizontalHeader()
        # Sized to the widest text of all rows in set_rows, not ResizeToContents: that measures
        # every fetched row again on each keystroke (a third of a keystroke's time).
        # The partner takes the width left; a narrow window drops the revision, then the date, then
        # the net sum (the gross stays).
        fit_columns(self.table, key=PARTNER_COLUMN, optional=OPTIONAL_COLUMNS, contents=False)
        header.setHighlightSections(False)
        self.table.activated.connect(self._activated)
        selection = self.table.selectionModel()
        assert selection is not None  # setModel made one
        selection.selectionChanged.connect(self._selection_changed)
        return self.table

    # --- content --------------------------------------------------------------------------------

    def set_rows(self, rows: list[QuoteRow]) -> None:
        """New rows from the store; search, filters, sorting and the selected quote are kept."""
        selected = self.selected_id()
        self.model.set_rows(rows)
        self._fill(
            self.year_filter,
            self.tr("Alle Jahre"),
            [(str(year), year) for year in sorted({r.year for r in rows}, reverse=True)],
        )
        partners = sorted({(r.partner.casefold(), r.partner, r.partner_id) for r in rows})
        self._fill(
            self.partner_filter,
            self.tr("Alle Partner"),
            [(name, pid) for _k, name, pid in partners],
        )
        self._filters_changed()
        self._size_columns()
        if selected is not None:
            self.select(selected)

    def _size_columns(self) -> None:
        """Each column (but the stretched partner) as wide as its widest text in any row."""
        header = self.table.horizontalHeader()
        metrics = QFontMetricsF(self.table.font())
        style = self.table.style()
        margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, self.table)
        padding = 2 * (margin + 1) + 2  # the delegate's text margins, the grid line, rounding
        for column in range(len(COLUMNS)):
            if column == PARTNER_COLUMN or column in TEXT_COLUMNS:
                continue
            texts = self.model.widest_texts(column)
            text = max((metrics.horizontalAdvance(t) for t in texts), default=0.0)
            width = math.ceil(text) + padding
            header.resizeSection(column, max(width, header.sectionSizeHint(column)))

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
        """Every row that search and filters let through, in the list's order (fetched or not)."""
        return [self.proxy.row_object(r) for r in range(self.proxy.match_count())]

    def selected_id(self) -> int | None:
        index = self.table.currentIndex()
        if not index.isValid() or not self.table.selectionModel().isSelected(index):
            return None
        row: QuoteRow = self.proxy.row_object(index.row())
        return row.id

    def select(self, quote_id: int) -> bool:
        for proxy_row in range(self.proxy.match_count()):
            if self.proxy.row_object(proxy_row).id == quote_id:
                index = self.proxy.index(proxy_row, 0)  # fetches a long list's page up to it
                self.table.selectionModel().setCurrentIndex(
                    index,
                    QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows,
                )
                self.table.scrollTo(index)
                return True
        return False

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    # --- filters --------------------------------------------------------------------------------

    def _search_changed(self, text: str) -> None:
        self.proxy.set_search(text)
        self._update_count()

    def _filters_changed(self) -> None:
        status = self.status_filter.currentData()
        year = self.year_filter.currentData()
        partner = self.partner_filter.currentData()
        predicate: Callable[[QuoteRow], bool] | None = None
        if status == OPEN:
            predicate = _open
        elif status is not None:
            predicate = lambda r, s=status: r.status == s  # noqa: E731
        self.proxy.set_filter("status", predicate)
        self.proxy.set_filter("year", None if year is None else lambda r: r.year == year)
        self.proxy.set_filter(
            "partner", None if partner is None else lambda r: r.partner_id == partner
        )
        self._update_count()

    def _update_count(self) -> None:
        shown, total = self.proxy.match_count(), self.model.rowCount()
        if shown == total:
            self.count.setText(self.tr("%n Angebote", "", total))
        else:
            self.count.setText(
                self.tr("{shown} von %n Angeboten angezeigt", "", total).format(shown=shown)
            )
        self._selection_changed()

    # --- actions --------------------------------------------------------------------------------

    def _selection_changed(self, *_args: object) -> None:
        has = self.selected_id() is not None
        self.open_button.setEnabled(has)
        self.pdf_button.setEnabled(has)

    def _activated(self, index: QModelIndex) -> None:
        row: QuoteRow = self.proxy.row_object(index.row())
        self.open_requested.emit(row.id)

    def _open_selected(self) -> None:
        quote_id = self.selected_id()
        if quote_id is not None:
            self.open_requested.emit(quote_id)

    def _pdf_selected(self) -> None:
        quote_id = self.selected_id()
        if quote_id is not None:
            self.pdf_requested.emit(quote_id)


def _open(row: QuoteRow) -> bool:
    return row.status in {Status.DRAFT, Status.SENT}
