"""One table model for every list in the app: rows of plain objects, columns that format them.

An adapter only (as napari's and Anki's item models): it holds the rows a service returned and the
formatted cells, computed once per row, because views call ``data()`` hundreds of times per paint.
``FilterProxy`` adds search-as-you-type over all columns, extra predicates for the filters and
sorting by a column.

It is for lists that stay small (a price history, the onboarding checklists, a few dozen or hundred
rows): the lists that can grow (quotes, catalog, due items) stay in the database and are shown
through ``nspdesk.ui.window_model`` (issue 20). The search is a plain test: a row matches when each
word is in the case-folded text of one of its cells. The proxy filters and sorts the row numbers in
Python and tells the view about the new layout once (Qt's ``QSortFilterProxyModel`` calls
``filterAcceptsRow`` and ``lessThan`` once per row); typing on (a search that only narrows) tests
the rows shown, not all rows.

A long list (more than ``FilterProxy.PAGED_FROM`` rows) is handed to the view ``PAGE`` rows at a
time (``canFetchMore``/``fetchMore``, as the view scrolls down), so that a view that sizes its
columns to their contents measures a page, not 100 000 rows, on every keystroke. Then ``rowCount()``
is what the view has fetched; ``match_count()`` is how many rows match, and ``row_object`` and
``index`` reach every matching row, fetched or not (``index`` fetches through the row). A selected
row that a search or sort moves beyond the fetched page is deselected rather than fetched, so that a
keystroke never hands the view thousands of rows. Shorter lists are handed over whole.
"""

from __future__ import annotations

import contextlib
import heapq
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from itertools import compress, count
from operator import itemgetter
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractProxyModel,
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

T = TypeVar("T")
Index = QModelIndex | QPersistentModelIndex
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ROW_ROLE = Qt.ItemDataRole.UserRole + 2
# between a row's cells in its search text: whitespace to ``str.split``, so never in a word, and a
# word is found in the joined text exactly where it is in one cell
SEPARATOR = "\x1f"
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
# the roles a RowModel answers; a view asks seven per cell it paints, most of them for nothing
ROW_MODEL_ROLES = frozenset(
    int(role)
    for role in (
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.TextAlignmentRole,
        Qt.ItemDataRole.ForegroundRole,
        Qt.ItemDataRole.ToolTipRole,
        ROW_ROLE,
        SORT_ROLE,
    )
)


@dataclass(frozen=True)
class Column(Generic[T]):
    header: str
    text: Callable[[T], str]
    right: bool = False  # numbers and money align right
    sort: Callable[[T], Any] | None = None  # defaults to the text
    color: Callable[[T], QColor | None] | None = None  # text colour, e.g. a traffic light
    tooltip: Callable[[T], str] | None = None


def cell_texts(columns: Sequence[Column[T]], rows: Sequence[T]) -> list[list[str]]:
    """Each row's cells' texts as a ``RowModel`` with ``columns`` shows them: plain strings, so the
    worker thread that read the rows may make them (when the columns' ``text`` functions touch no
    Qt object; ``QCoreApplication.translate`` is thread-safe) and hand them to ``set_rows``."""
    texts = [column.text for column in columns]
    return [[text(row) for text in texts] for row in rows]


class RowModel(QAbstractTableModel, Generic[T]):
    def __init__(self, columns: Sequence[Column[T]], parent: Any = None) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self._rows: list[T] = []
        self._cells: list[list[str]] = []
        self._texts: list[str] | None = None  # made on the first search

    def set_rows(self, rows: Sequence[T], cells: Sequence[list[str]] | None = None) -> None:
        """Show ``rows``; ``cells``: their texts made beforehand by ``cell_texts`` with this
        model's columns (e.g. in the worker thread that read 10 000 rows: made here, they kept the
        GUI thread 80-90 ms, issue 20)."""
        rows = list(rows)
        if cells is not None and len(cells) != len(rows):
            raise ValueError(f"{len(cells)} rows of texts for {len(rows)} rows")
        made = cell_texts(self.columns, rows) if cells is None else list(cells)
        self.beginResetModel()
        self._rows = rows
        self._cells = made
        self._texts = None
        self.endResetModel()

    def rows(self) -> list[T]:
        return list(self._rows)

    def row(self, index: int) -> T:
        return self._rows[index]

    def search_texts(self) -> list[str]:
        """Per row its cells' texts, case-folded, joined at ``SEPARATOR`` (made once per
        ``set_rows``)."""
        if self._texts is None:
            self._texts = [SEPARATOR.join(cells).casefold() for cells in self._cells]
        return self._texts

    def widest_texts(self, column: int, few: int = 8) -> list[str]:
        """Candidates for the widest text of ``column``: its ``few`` longest distinct texts (in a
        proportional font the longest is not always the widest, so a view measures these)."""
        texts = set(map(itemgetter(column), self._cells))
        return heapq.nlargest(few, texts, key=len)

    def sort_keys(self, column: int) -> list[Any]:
        """Every row's sort value in ``column``: the column's ``sort`` or its case-folded text."""
        sort = self.columns[column].sort
        if sort is not None:
            return [sort(row) for row in self._rows]
        return [cells[column].casefold() for cells in self._cells]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        return self.cell(index.row(), index.column(), role)

    def cell(self, row: int, column: int, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """``data()`` by row and column number (the proxy calls it without making an index)."""
        if role == Qt.ItemDataRole.DisplayRole:
            return self._cells[row][column]
        spec = self.columns[column]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return RIGHT if spec.right else None
        if role == Qt.ItemDataRole.ForegroundRole:
            color = spec.color(self._rows[row]) if spec.color else None
            return QBrush(color) if color is not None else None
        if role == Qt.ItemDataRole.ToolTipRole:
            return spec.tooltip(self._rows[row]) if spec.tooltip else None
        if role == ROW_ROLE:
            return self._rows[row]
        if role == SORT_ROLE:
            return spec.sort(self._rows[row]) if spec.sort else self._cells[row][column]
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.columns[section].header
        return None


def _sorted(rows: range, keys: list[Any], descending: bool) -> list[int]:
    """Row numbers ordered by ``keys``, stable; values Python cannot compare sort as text."""
    try:
        return sorted(rows, key=keys.__getitem__, reverse=descending)
    except TypeError:  # e.g. None beside numbers
        texts = [(key is None, str(key)) for key in keys]
        return sorted(rows, key=texts.__getitem__, reverse=descending)


class FilterProxy(QAbstractProxyModel):
    """Search over every column (all words must appear) plus named predicate filters, and sorting.

    Works over any table model; over a ``RowModel`` it reads the model's cached texts directly.
    """

    PAGE = 50  # rows handed to the view at a time in a long list
    PAGED_FROM = 1000  # source rows from which on the list is paged

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._words: list[str] = []
        self._filters: dict[str, Callable[[Any], bool]] = {}
        self._sort_column = -1
        self._sort_order = Qt.SortOrder.AscendingOrder
        self._order: list[int] | None = None  # source rows in sort order (None: to be made)
        self._shown: list[int] = []  # source rows that match, in sort order
        self._fetched = 0  # how many of them the view has been told about
        self._proxy_of: dict[int, int] | None = None  # source row → position in _shown
        self._lookups = 0  # mapFromSource calls since the last refilter
        self._in_layout = False  # between layoutAboutToBeChanged and layoutChanged
        self._pending: tuple[list[str], dict[str, Callable[[Any], bool]]] | None = None

    # --- the source ------------------------------------------------------------------------------

    def setSourceModel(self, model: Any) -> None:
        old = self.sourceModel()
        if old is not None:
            for signal in self._source_signals(old):
                signal.disconnect(self._source_changed)
        self.beginResetModel()
        super().setSourceModel(model)
        if model is not None:
            for signal in self._source_signals(model):
                signal.connect(self._source_changed)
        self._order = None
        self._refilter(everything=True)
        self.endResetModel()

    @staticmethod
    def _source_signals(model: Any) -> list[Any]:
        return [
            model.modelReset,
            model.layoutChanged,
            model.rowsInserted,
            model.rowsRemoved,
            model.dataChanged,
        ]

    def _source_changed(self, *_args: object) -> None:
        self.beginResetModel()
        self._order = None
        self._refilter(everything=True)
        self.endResetModel()

    # --- search, filters, sorting ----------------------------------------------------------------

    def set_search(self, text: str) -> None:
        words = text.casefold().split()
        if words == self._words:
            return
        self.beginFilterChange()
        self._words = words
        self.endFilterChange()

    def set_filter(self, name: str, predicate: Callable[[Any], bool] | None) -> None:
        if predicate is None and name not in self._filters:
            return
        self.beginFilterChange()
        if predicate is None:
            self._filters.pop(name, None)
        else:
            self._filters[name] = predicate
        self.endFilterChange()

    def beginFilterChange(self) -> None:
        """Remember the search and filters before a change (``QSortFilterProxyModel``'s API)."""
        self._pending = (list(self._words), dict(self._filters))

    def endFilterChange(self, _direction: object = None) -> None:
        """Apply the changed ``_words`` and ``_filters``; the view keeps its selection."""
        before = self._pending
        self._pending = None
        narrowing = (
            before is not None
            and before[1] == self._filters
            and all(any(old in new for new in self._words) for old in before[0])
        )
        new_words = [w for w in self._words if before is None or w not in before[0]]
        self._relayout(
            lambda: self._refilter(
                everything=not narrowing, words=None if not narrowing else new_words
            )
        )

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        def resort() -> None:
            self._sort_column, self._sort_order = column, order
            self._order = None
            self._refilter(everything=True)

        self._relayout(resort)

    def _relayout(self, change: Callable[[], None]) -> None:
        """Apply ``change`` as one layout change; selected rows that still match stay selected."""
        self.layoutAboutToBeChanged.emit()
        self._in_layout = True
        try:
            persistent = self.persistentIndexList()
            shown = self._shown
            sources = [
                (shown[index.row()] if 0 <= index.row() < len(shown) else -1, index.column())
                for index in persistent
            ]
            change()
            where = self._fetched_positions({row for row, _column in sources})
            self.changePersistentIndexList(
                persistent, [self.index(where.get(row, -1), column) for row, column in sources]
            )
        finally:
            self._in_layout = False
        self.layoutChanged.emit()

    def _fetched_positions(self, rows: set[int]) -> dict[int, int]:
        """Where ``rows`` (source rows) are among the rows the view has fetched. A view keeps a
        persistent index or two (its header one per column, all on one row, the selection a few):
        a C-speed ``list.index`` each, not a dictionary of every shown row per keystroke."""
        fetched = self._fetched
        if len(rows) > 8:
            flags = bytes(map(rows.__contains__, self._shown[:fetched]))
            return dict(zip(compress(self._shown, flags), compress(count(), flags), strict=False))
        where = {}
        for row in rows:
            with contextlib.suppress(ValueError):  # not among them
                where[row] = self._shown.index(row, 0, fetched)
        return where

    def sortColumn(self) -> int:
        return self._sort_column

    def sortOrder(self) -> Qt.SortOrder:
        return self._sort_order

    def _source_order(self) -> list[int]:
        model = self.sourceModel()
        count = model.rowCount() if model is not None else 0
        if self._order is None or len(self._order) != count:
            rows = range(count)
            if self._sort_column < 0 or model is None:
                self._order = list(rows)
            else:
                self._order = _sorted(
                    rows,
                    self._keys(model, self._sort_column),
                    self._sort_order == Qt.SortOrder.DescendingOrder,
                )
        return self._order

    @staticmethod
    def _keys(model: Any, column: int) -> list[Any]:
        if isinstance(model, RowModel):
            return model.sort_keys(column)
        keys = []
        for row in range(model.rowCount()):
            value = model.data(model.index(row, column), SORT_ROLE)
            if value is None:
                value = model.data(model.index(row, column))
            keys.append(value.casefold() if isinstance(value, str) else value)
        return keys

    def _refilter(self, everything: bool, words: list[str] | None = None) -> None:
        """Recompute the matching rows; ``everything=False`` when only narrowing the shown ones
        (then only ``words``, those not searched for before, need checking)."""
        candidates = self._source_order() if everything else self._shown
        model = self.sourceModel()
        rows: list[int] = candidates
        if model is not None and self._filters:
            objects = self._row_objects(model)
            predicates = list(self._filters.values())
            rows = [r for r in rows if all(p(objects[r]) for p in predicates)]
        check = self._words if words is None else words
        if model is not None and check:
            texts = self._search_texts(model)
            rows = [row for row in rows if all(word in texts[row] for word in check)]
        self._shown = list(rows)
        self._proxy_of = None
        self._lookups = 0
        model_rows = model.rowCount() if model is not None else 0
        if model_rows <= self.PAGED_FROM:
            self._fetched = len(self._shown)
        else:
            self._fetched = min(len(self._shown), self.PAGE if everything else self._fetched)

    @staticmethod
    def _row_objects(model: Any) -> list[Any]:
        if isinstance(model, RowModel):
            return model._rows
        return [model.data(model.index(r, 0), ROW_ROLE) for r in range(model.rowCount())]

    @staticmethod
    def _search_texts(model: Any) -> list[str]:
        if isinstance(model, RowModel):
            return model.search_texts()
        return [
            SEPARATOR.join(
                str(model.data(model.index(r, c)) or "") for c in range(model.columnCount())
            ).casefold()
            for r in range(model.rowCount())
        ]

    # --- what views and callers ask --------------------------------------------------------------

    def match_count(self) -> int:
        """Rows that pass search and filters (the view may not have fetched them all yet)."""
        return len(self._shown)

    def row_object(self, proxy_row: int) -> Any:
        model = self.sourceModel()
        source_row = self._shown[proxy_row]
        if isinstance(model, RowModel):
            return model.row(source_row)
        return model.data(model.index(source_row, 0), ROW_ROLE)

    def canFetchMore(self, parent: Index) -> bool:
        return not parent.isValid() and self._fetched < len(self._shown)

    def fetchMore(self, parent: Index) -> None:
        if parent.isValid() or self._fetched >= len(self._shown):
            return
        more = min(self.PAGE, len(self._shown) - self._fetched)
        self.beginInsertRows(QModelIndex(), self._fetched, self._fetched + more - 1)
        self._fetched += more
        self.endInsertRows()

    def fetch_all(self) -> None:
        """Hand every matching row to the view (e.g. before selecting one far down)."""
        while self.canFetchMore(QModelIndex()):
            self.fetchMore(QModelIndex())

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._fetched

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        model = self.sourceModel()
        return 0 if parent.isValid() or model is None else model.columnCount()

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if parent.isValid() or not (0 <= row < len(self._shown)):
            return QModelIndex()
        if not (0 <= column < self.columnCount()):
            return QModelIndex()
        if row >= self._fetched:
            if self._in_layout:  # a selected row now beyond the page: dropped, not fetched
                return QModelIndex()
            while self._fetched <= row:  # asked for by a caller (select a row far down)
                self.fetchMore(QModelIndex())
        return self.createIndex(row, column)

    def parent(self, index: Index | None = None) -> Any:
        if index is None:  # QObject.parent()
            return super().parent()
        return QModelIndex()

    def sibling(self, row: int, column: int, index: Index) -> QModelIndex:
        return self.index(row, column)

    def hasChildren(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and bool(self._shown)

    def mapToSource(self, proxy_index: Index) -> QModelIndex:
        model = self.sourceModel()
        if model is None or not proxy_index.isValid() or proxy_index.row() >= len(self._shown):
            return QModelIndex()
        return model.index(self._shown[proxy_index.row()], proxy_index.column())

    def mapFromSource(self, source_index: Index) -> QModelIndex:
        if not source_index.isValid():
            return QModelIndex()
        return self.index(self._position(source_index.row()), source_index.column())

    def _position(self, source_row: int) -> int:
        """Where ``source_row`` is shown, or -1: a C-speed scan for the few rows a selection
        holds, a dictionary once many are asked for."""
        if self._proxy_of is None:
            self._lookups += 1
            if self._lookups <= 8:
                try:
                    return self._shown.index(source_row)
                except ValueError:
                    return -1
            self._proxy_of = {source: proxy for proxy, source in enumerate(self._shown)}
        return self._proxy_of.get(source_row, -1)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        model = self.sourceModel()
        if isinstance(model, RowModel):
            row = index.row()
            if role not in ROW_MODEL_ROLES or not index.isValid() or row >= len(self._shown):
                return None
            return model.cell(self._shown[row], index.column(), role)
        if not index.isValid() or index.row() >= len(self._shown):
            return None
        return model.data(model.index(self._shown[index.row()], index.column()), role)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        model = self.sourceModel()
        if model is None or orientation == Qt.Orientation.Vertical:
            return None
        return model.headerData(section, orientation, role)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
