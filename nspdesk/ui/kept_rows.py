"""The quote list as the last session left it, shown before the store is imported (issue 20).

At start the window's frame is painted at a bare window's time; importing SQLAlchemy, the store
and the quote view then takes several times that. So, when the first view is the quote list and
its first rows are provably current (``services.kept_rows``: a SQLite file unchanged since the
app last closed, a day before any of them expires, the same language and version), ``KeptPage``
shows those rows at once — the texts, colours and tooltips the live list showed, in its columns —
while a background thread imports the store and the views (``ui.background``). The GUI thread
stays free meanwhile: the rows scroll, a row can be selected, the search field takes typing.

When the store is open, the live view is built behind the kept rows, which stay on screen and
usable while its first rows are read in a worker thread (``QuotesView.read_behind``; on the GUI
thread that read was a pause of 100–130 ms). Then the live list takes their place in one paint and
``hand_over`` gives it what the user did: the search typed (searched now), the selected quote, the
scroll position, the focus, and a quote asked to be opened (the busy cursor showed meanwhile).
Where the rows differ, the live rows are what is shown.

The rows are kept when the app closes (``capture`` reads the list's first window as a fresh start
shows it, ``keep`` writes it after the store is closed). This module imports neither the store nor
the quote view at import time: it runs before them.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING, Any, NamedTuple

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QGuiApplication, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from nspdesk import __version__
from nspdesk.services import kept_rows as store_of_kept
from nspdesk.ui.tables import fit_columns, list_table, size_to_texts

if TYPE_CHECKING:
    from pathlib import Path

    from nspdesk.ui.views.base import WorkspaceView

KEPT_VIEW = "quotes"  # the view whose first rows are kept


# --- reading and writing -----------------------------------------------------------------------


def database_file(db: str | None) -> Path | None:
    return store_of_kept.database_file(db)


def read(db: str | None, language: str, today: date | None = None) -> dict[str, Any] | None:
    """The kept quote list for database ``db`` if it is current (else None)."""
    database = database_file(db)
    if database is None:
        return None  # a team database: never from a cache
    return store_of_kept.kept(
        database,
        day=(today or date.today()).isoformat(),
        language=language,
        version=__version__,
    )


def keep(db_file: Path | None, content: dict[str, Any] | None, language: str) -> None:
    """Write ``capture``'s content for the next start, after the store was closed (the stamp is
    taken now); without content, whatever was kept for the file is removed."""
    if db_file is None:
        return
    if content is None:
        store_of_kept.forget(db_file)
        return
    store_of_kept.keep(
        db_file,
        content,
        day=content["day"],
        through=content.get("through"),
        language=language,
        version=__version__,
    )


def capture(view: WorkspaceView | None, today: date | None = None) -> dict[str, Any] | None:
    """The quote list's first window as a fresh start shows it (no search or filter, newest number
    first), with the texts, colours and tooltips its columns give — or None when nothing may be
    kept: no quote view, a team database, or the day's expiry check not done today."""
    if view is None or view.view_id != KEPT_VIEW:
        return None
    workspace = view.context.workspace
    day = today or date.today()
    if workspace.place.path is None or workspace.expired_on != day:
        return None
    from nspdesk.services import quotes
    from nspdesk.ui.formats import counted
    from nspdesk.ui.views.quotes import list_page

    page = getattr(view, "list_page", None)
    if not isinstance(page, list_page.QuoteListPage):
        return None
    first = quotes.quote_page(workspace, quotes.QuoteQuery(), 0, page.model.BLOCK)
    columns = page.model.columns
    hidden = set(list_page.TEXT_COLUMNS)
    rows = []
    for row in first.rows:
        cells, colors, tips = [], {}, {}
        for number, column in enumerate(columns):
            if number in hidden:
                cells.append("")
                continue
            cells.append(column.text(row))
            color = column.color(row) if column.color is not None else None
            if color is not None:
                colors[str(number)] = color.name()
            if column.tooltip is not None:
                tips[str(number)] = column.tooltip(row)
        rows.append({"id": row.id, "cells": cells, "colors": colors, "tips": tips})
    # the live list's own words (QuoteListPage._update_count); the fresh list is every quote
    count = counted(
        QCoreApplication.translate("QuoteListPage", "%n Angebote", "", first.total), first.total
    )
    heading = page.findChild(QLabel, "quotesHeading")
    return {
        "day": day.isoformat(),
        # a later day's start shows these rows too while its expiry check changes none of them
        "through": quotes.unchanged_through(first.rows).isoformat(),
        "view": KEPT_VIEW,
        "columns": [{"header": c.header, "right": c.right} for c in columns],
        "hidden": sorted(hidden),
        "key": list_page.PARTNER_COLUMN,
        "optional": list(list_page.OPTIONAL_COLUMNS),
        "rows": rows,
        "count": count,
        "heading": heading.text() if heading is not None else view.title,
        "buttons": [page.open_button.text(), page.pdf_button.text(), page.new_button.text()],
        "filters": [
            page.status_filter.itemText(0),
            page.year_filter.itemText(0),
            page.partner_filter.itemText(0),
        ],
        "filter_widths": [
            combo.sizeHint().width()
            for combo in (page.status_filter, page.year_filter, page.partner_filter)
        ],
        "placeholder": page.search.placeholderText(),
    }


def well_formed(content: dict[str, Any]) -> bool:
    """Whether ``content`` has the shape ``capture`` writes (a file from another version, or
    damaged, is never shown)."""

    def texts(value: object, length: int | None = None) -> bool:
        return (
            isinstance(value, list)
            and all(isinstance(text, str) for text in value)
            and (length is None or len(value) == length)
        )

    def numbers(value: object, below: int) -> bool:
        return isinstance(value, list) and all(isinstance(n, int) and 0 <= n < below for n in value)

    def mapping(value: object) -> bool:
        return isinstance(value, dict) and all(
            isinstance(k, str) and isinstance(v, str) for k, v in value.items()
        )

    columns = content.get("columns")
    if not isinstance(columns, list) or not all(
        isinstance(c, dict)
        and isinstance(c.get("header"), str)
        and isinstance(c.get("right"), bool)
        for c in columns
    ):
        return False
    width = len(columns)
    rows = content.get("rows")
    return (
        isinstance(rows, list)
        and all(
            isinstance(row, dict)
            and isinstance(row.get("id"), int)
            and texts(row.get("cells"), width)
            and mapping(row.get("colors"))
            and mapping(row.get("tips"))
            for row in rows
        )
        and numbers(content.get("hidden"), width)
        and numbers(content.get("optional"), width)
        and numbers([content.get("key")], width)
        and numbers(content.get("filter_widths"), 10_000)
        and len(content["filter_widths"]) == 3
        and texts(content.get("buttons"), 3)
        and texts(content.get("filters"), 3)
        and texts([content.get(name) for name in ("count", "heading", "placeholder")])
    )


def page_for(content: dict[str, Any] | None) -> KeptPage | None:
    """The kept page for ``content``, or None when there is none or it is not well formed."""
    if content is None or not well_formed(content):
        return None
    return KeptPage(content)


# --- the page ------------------------------------------------------------------------------------


class KeptModel(QStandardItemModel):
    """The kept rows' texts, colours and tooltips in Qt's own item model: painting them calls no
    Python, so the kept rows scroll smoothly while the background thread holds the GIL."""

    def __init__(self, content: dict[str, Any], parent: QWidget | None = None) -> None:
        columns: list[dict[str, Any]] = content["columns"]
        super().__init__(0, len(columns), parent)
        self.setHorizontalHeaderLabels([str(column["header"]) for column in columns])
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        self.kept: list[dict[str, Any]] = list(content["rows"])
        self.ids = [int(row["id"]) for row in self.kept]
        for row in self.kept:
            items = []
            for number, text in enumerate(row["cells"]):
                item = QStandardItem(text)
                item.setEditable(False)
                if columns[number]["right"]:
                    item.setTextAlignment(right)
                color = row["colors"].get(str(number))
                if color:
                    item.setForeground(QBrush(QColor(color)))
                tip = row["tips"].get(str(number))
                if tip:
                    item.setToolTip(tip)
                items.append(item)
            self.appendRow(items)

    def quote_id(self, row: int) -> int | None:
        return self.ids[row] if 0 <= row < len(self.ids) else None


class KeptState(NamedTuple):
    """What the user did on the kept page, for the live list."""

    search: str
    cursor: int
    selected: int | None
    scroll: int
    focus: str  # "search", "table" or ""
    open_id: int | None


class KeptPage(QWidget):
    """The quote list page as the last session showed it at start: the same layout, the kept rows,
    the filters and buttons shown but not yet usable (the store is not open)."""

    def __init__(self, content: dict[str, Any]) -> None:
        super().__init__()
        self.setObjectName("keptQuoteList")
        self.content = content
        self.open_id: int | None = None
        self.model = KeptModel(content, self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 8)  # as the quote list page
        top = QHBoxLayout()
        heading = QLabel(str(content["heading"]))
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        heading.setFont(font)
        top.addWidget(heading)
        top.addStretch(1)
        for text in content["buttons"]:
            button = QPushButton(str(text))
            button.setEnabled(False)
            top.addWidget(button)
        layout.addLayout(top)
        filters = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setObjectName("keptSearch")
        self.search.setPlaceholderText(str(content["placeholder"]))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._typed)
        filters.addWidget(self.search, 3)
        for number, text in enumerate(content["filters"]):
            combo = QComboBox()
            combo.addItem(str(text))
            combo.setEnabled(False)
            combo.setMinimumWidth(int(content["filter_widths"][number]))  # the live one's hint
            if number == 2:  # as the partner filter, whose height allows for an icon
                combo.setMinimumContentsLength(16)
                combo.setSizeAdjustPolicy(
                    QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
                )
            filters.addWidget(combo, 0 if number == 1 else 1)
        layout.addLayout(filters)
        self.table = list_table("keptQuoteTable", self.model)
        for column in content["hidden"]:
            self.table.setColumnHidden(int(column), True)
        self.table.horizontalHeader().setSortIndicator(0, Qt.SortOrder.DescendingOrder)
        self.table.horizontalHeader().setSortIndicatorShown(True)
        self.table.horizontalHeader().setHighlightSections(False)
        fit_columns(
            self.table,
            key=int(content["key"]),
            optional=[int(c) for c in content["optional"]],
            contents=False,
        )
        self._size_columns()
        self.table.activated.connect(self._activated)
        layout.addWidget(self.table, 1)
        self.count = QLabel(str(content["count"]))
        layout.addWidget(self.count)

    def _size_columns(self) -> None:
        """Each column as the live list sizes it: its widest text among the rows."""
        skip = {int(self.content["key"]), *(int(c) for c in self.content["hidden"])}
        texts = [_cell(number) for number in range(self.model.columnCount())]
        size_to_texts(self.table, texts, self.model.kept, skip)

    def _typed(self, text: str) -> None:
        held = bool(text.strip())  # no rows while a search is typed: they are not what it finds
        for row in range(self.model.rowCount()):
            self.table.setRowHidden(row, held)
        self.count.setText(
            self.tr("Die Suche folgt, sobald die Datenbank geöffnet ist …")
            if text.strip()
            else str(self.content["count"])
        )

    def _activated(self, index: QModelIndex) -> None:
        """Opening a quote waits for the store: remembered, a busy cursor until then."""
        quote_id = self.model.quote_id(index.row())
        if quote_id is None:
            return
        if self.open_id is None:
            QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        self.open_id = quote_id

    def release(self) -> None:
        """Let go of a quote asked to be opened (its busy cursor): the user went elsewhere."""
        if self.open_id is not None:
            self.open_id = None
            QGuiApplication.restoreOverrideCursor()

    def selected_id(self) -> int | None:
        index = self.table.currentIndex()
        if not index.isValid() or not self.table.selectionModel().isSelected(index):
            return None
        return self.model.quote_id(index.row())

    def state(self) -> KeptState:
        focused = self.window().focusWidget()  # the window's, even while it is not active
        focus = ""
        if focused is self.search:
            focus = "search"
        elif focused is self.table:
            focus = "table"
        return KeptState(
            search=self.search.text(),
            cursor=self.search.cursorPosition(),
            selected=self.selected_id(),
            scroll=self.table.verticalScrollBar().value(),
            focus=focus,
            open_id=self.open_id,
        )


def _cell(column: int) -> Callable[[dict[str, Any]], str]:
    return lambda row: str(row["cells"][column])


def hand_over(state: KeptState, view: WorkspaceView) -> None:
    """Give the live quote list what the user did on the kept page (see the module docstring)."""
    if state.open_id is not None:
        QGuiApplication.restoreOverrideCursor()
    page = getattr(view, "list_page", None)
    if page is None:
        return
    if state.search:
        page.search.setText(state.search)  # searched in the database now
        page.search.setCursorPosition(state.cursor)
    if state.selected is not None:
        page.select(state.selected)
    if not state.search:
        page.table.verticalScrollBar().setValue(state.scroll)
    if state.focus == "search":
        page.search.setFocus(Qt.FocusReason.OtherFocusReason)
    elif state.focus == "table":
        page.table.setFocus(Qt.FocusReason.OtherFocusReason)
    opener = getattr(view, "open_quote", None)
    if state.open_id is not None and opener is not None:
        opener(state.open_id)
