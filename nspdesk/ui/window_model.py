"""A table model over a list that stays in the database: it keeps the rows near the screen only.

The list's search, filters and order are the database's (issue 20); the model is handed a ``Fetch``
for them — ``fetch(offset, limit)`` answers how many rows the list has and the rows of one window —
and asks it for a block of ``BLOCK`` rows when the view paints a row it does not hold. It keeps the
last ``KEEP`` blocks, so its memory stays the same for 70 or 100 000 rows, and ``rowCount()`` is the
list's length at once (the scroll bar is right; no ``fetchMore`` steps). Cells are formatted when a
block arrives, once per row, as the views ask ``data()`` many times per paint.

Sorting a column asks the owner (``sort_requested``) for a new ``Fetch`` in that order: the
columns name their database sort key (``WindowColumn.key``).
"""

from __future__ import annotations

import logging
from collections import OrderedDict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush

from nspdesk.ui.table_model import RIGHT, ROW_ROLE, Column

_ANSWERED = frozenset(
    {
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.TextAlignmentRole,
        Qt.ItemDataRole.ForegroundRole,
        Qt.ItemDataRole.ToolTipRole,
        ROW_ROLE,
    }
)

T = TypeVar("T")
Index = QModelIndex | QPersistentModelIndex
# (offset, limit) → (count, rows); the count may be the one known already when only rows are read
Fetch = Callable[[int, int], tuple[int, Sequence[T]]]
log = logging.getLogger(__name__)


@dataclass(frozen=True)
class _Block(Generic[T]):
    rows: Sequence[T]
    cells: list[list[str]]


class WindowModel(QAbstractTableModel, Generic[T]):
    BLOCK = 60  # rows read at a time (two screens of a tall list)
    KEEP = 4  # blocks held: a screen or two above and below what is shown

    sort_requested = Signal(int, Qt.SortOrder)

    def __init__(
        self,
        columns: Sequence[Column[T]],
        keys: Sequence[str | None],
        parent: Any = None,
    ) -> None:
        """``keys``: each column's sort key for the database (None: the column does not sort)."""
        super().__init__(parent)
        self.columns = list(columns)
        self.keys = list(keys)
        self._fetch: Fetch[T] | None = None
        self._count = 0
        self._blocks: OrderedDict[int, _Block[T]] = OrderedDict()
        self._sort = (-1, Qt.SortOrder.AscendingOrder)

    # --- the list ------------------------------------------------------------------------------

    def set_fetch(self, fetch: Fetch[T], first: tuple[int, Sequence[T]] | None = None) -> None:
        """Show the list ``fetch`` reads; ``first`` is its first block when the caller has it."""
        self.beginResetModel()
        self._fetch = fetch
        self._blocks.clear()
        count, rows = first if first is not None else fetch(0, self.BLOCK)
        self._count = count
        self._keep(0, rows)
        self.endResetModel()

    def set_count(self, count: int) -> None:
        """The list's length, known after its first rows were shown (counted in the background):
        rows are added at or taken from the end."""
        if count > self._count:
            self.beginInsertRows(QModelIndex(), self._count, count - 1)
            self._count = count
            self.endInsertRows()
        elif count < self._count:
            self.beginRemoveRows(QModelIndex(), count, self._count - 1)
            self._count = count
            for start in [s for s in self._blocks if s >= count]:
                del self._blocks[start]
            self.endRemoveRows()

    def reload(self) -> None:
        if self._fetch is not None:
            self.set_fetch(self._fetch)

    def loaded_rows(self) -> list[T]:
        """The rows the model holds now, in the list's order (for sizing columns, say)."""
        return [row for start in sorted(self._blocks) for row in self._blocks[start].rows]

    def rows(self) -> list[T]:
        """Every row of the list, read whole: for tests and small lists only."""
        if self._fetch is None or not self._count:
            return []
        return list(self._fetch(0, self._count)[1])

    def row(self, index: int) -> T:
        block = self._block(index)
        if block is None or index % self.BLOCK >= len(block.rows):
            raise IndexError(index)
        return block.rows[index % self.BLOCK]

    def find_loaded(self, predicate: Callable[[T], bool]) -> int | None:
        """The row number of the first held row that ``predicate`` accepts."""
        for start in sorted(self._blocks):
            for offset, row in enumerate(self._blocks[start].rows):
                if predicate(row):
                    return start + offset
        return None

    def held_blocks(self) -> int:
        return len(self._blocks)

    def _block(self, index: int) -> _Block[T] | None:
        if not 0 <= index < self._count:
            return None
        start = index - index % self.BLOCK
        block = self._blocks.get(start)
        if block is not None:
            self._blocks.move_to_end(start)
            return block
        if self._fetch is None:
            return None
        try:
            count, rows = self._fetch(start, self.BLOCK)
        except Exception:  # a paint cannot show a dialog: the rows stay empty, the log says why
            log.exception("reading rows %d-%d of the list failed", start, start + self.BLOCK)
            return None
        if count != self._count:  # the list changed under us (a colleague): read it again later
            log.info("the list now has %d rows instead of %d", count, self._count)
        return self._keep(start, rows)

    def _keep(self, start: int, rows: Sequence[T]) -> _Block[T]:
        block = _Block(rows, [[column.text(row) for column in self.columns] for row in rows])
        self._blocks[start] = block
        while len(self._blocks) > self.KEEP:
            self._blocks.popitem(last=False)
        return block

    # --- Qt ------------------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # Qt asks every painted cell for about ten roles, most without an answer here: refused
        # first (a keystroke repaints some 250 cells, 2 500 calls: a third of their time).
        if role not in _ANSWERED or not index.isValid():
            return None
        row, column = index.row(), index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            block = self._block(row)
            if block is None or row % self.BLOCK >= len(block.cells):
                return None
            return block.cells[row % self.BLOCK][column]
        spec = self.columns[column]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return RIGHT if spec.right else None
        if role not in (Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.ToolTipRole, ROW_ROLE):
            return None
        try:
            value = self.row(row)
        except IndexError:
            return None
        if role == ROW_ROLE:
            return value
        if role == Qt.ItemDataRole.ForegroundRole:
            color = spec.color(value) if spec.color else None
            return QBrush(color) if color is not None else None
        return spec.tooltip(value) if spec.tooltip else None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.columns[section].header
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """The view's header asks: the owner makes a ``Fetch`` in that order (``set_fetch``)."""
        if not 0 <= column < len(self.keys) or self.keys[column] is None:
            return
        if (column, order) == self._sort:
            return
        self._sort = (column, order)
        self.sort_requested.emit(column, order)

    def sort_key(self) -> tuple[str | None, bool]:
        """The database's sort key of the sorted column and whether it is descending."""
        column, order = self._sort
        key = self.keys[column] if 0 <= column < len(self.keys) else None
        return key, order == Qt.SortOrder.DescendingOrder
