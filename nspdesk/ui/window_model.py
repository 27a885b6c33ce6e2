"""A table model over a list that stays in the database: it keeps the rows near the screen only.

The list's search, filters and order are the database's (issue 20); the model is handed a ``Fetch``
for them — ``fetch(offset, limit)`` answers how many rows the list has and the rows of one window —
and asks it for a block of ``BLOCK`` rows when the view paints a row it does not hold. It keeps the
last ``KEEP`` blocks, so its memory stays the same for 70 or 100 000 rows, and ``rowCount()`` is the
list's length at once (the scroll bar is right; no ``fetchMore`` steps). Cells are formatted when a
block arrives, once per row, as the views ask ``data()`` many times per paint.

Sorting a column asks the owner (``sort_requested``) for a new ``Fetch`` in that order: the
columns name their database sort key (``WindowColumn.key``).

A model given an ``identity`` (a row's id) shows a new list (``set_fetch``: a keystroke, a filter,
the list read again) **in place**: the rows at the end are added or taken away, the rest replaced
under a layout change that moves the view's selection and current row with their rows (or lets
them go when the new first window does not hold them). No model reset: the view keeps its scroll
position and its layout, and a reset's work on every row (the vertical header's sections, the
selection) is saved. A paint asks ``data()`` some ten times per cell (1 500 calls a keystroke):
each block keeps its cells' texts and colours made once, and ``data()`` answers from them.

A model made with ``background=True`` never reads the database while the view paints (a scroll
step onto rows it does not hold took one or two reads of 60 rows, 10-30 ms, on the GUI thread):
the paint shows those rows empty and asks a worker thread for their block; when it arrives the
rows are painted (``dataChanged``). The table tells the model that it paints (``painting``,
``tables.ListTable``); every other question (a row, a test's ``data()``) reads at once, as before.
"""

from __future__ import annotations

import logging
from collections import OrderedDict
from collections.abc import Callable, Hashable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush

from nspdesk.ui.table_model import RIGHT, ROW_ROLE, Column
from nspdesk.ui.worker import Task

_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)
_ROW = int(ROW_ROLE)
_ANSWERED = frozenset({_DISPLAY, _ALIGNMENT, _FOREGROUND, _TOOLTIP, _ROW})
_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable  # made once: enum "|" is Python

T = TypeVar("T")
Index = QModelIndex | QPersistentModelIndex
# (offset, limit) → (count, rows); the count may be the one known already when only rows are read
Fetch = Callable[[int, int], tuple[int, Sequence[T]]]
log = logging.getLogger(__name__)


@dataclass(frozen=True)
class _Block(Generic[T]):
    rows: Sequence[T]
    cells: list[list[str]]  # per row, each column's text
    brushes: list[list[QBrush | None]]  # per row, each column's text colour (None: the default)


class WindowModel(QAbstractTableModel, Generic[T]):
    BLOCK = 60  # rows read at a time (two screens of a tall list)
    KEEP = 4  # blocks held: a screen or two above and below what is shown

    sort_requested = Signal(int, Qt.SortOrder)

    def __init__(
        self,
        columns: Sequence[Column[T]],
        keys: Sequence[str | None],
        parent: Any = None,
        identity: Callable[[T], Hashable] | None = None,
        background: bool = False,
    ) -> None:
        """``keys``: each column's sort key for the database (None: the column does not sort);
        ``identity``: a row's id, to show a new list in place (``set_fetch``); without it a new
        list resets the model; ``background``: rows a paint asks for are read in a worker
        thread (the module's docstring)."""
        super().__init__(parent)
        self.columns = list(columns)
        self.keys = list(keys)
        self.identity = identity
        self._alignments = [RIGHT if column.right else None for column in self.columns]
        self._colored = [column.color is not None for column in self.columns]
        self._brushes: dict[int, QBrush] = {}  # one brush per colour (QColor.rgba())
        self.background = background
        self._painting = 0  # > 0 while the view paints
        self._reading: dict[int, Task] = {}  # block start -> its read in a worker thread
        self._wanted: list[int] = []  # blocks the paint under way asked for
        self._list = 0  # the list shown (a block read for an earlier one is dropped)
        self._fetch: Fetch[T] | None = None
        self._count = 0
        self._blocks: OrderedDict[int, _Block[T]] = OrderedDict()
        self._sort = (-1, Qt.SortOrder.AscendingOrder)

    # --- the list ------------------------------------------------------------------------------

    def set_fetch(self, fetch: Fetch[T], first: tuple[int, Sequence[T]] | None = None) -> None:
        """Show the list ``fetch`` reads; ``first`` is its first block when the caller has it.
        With an ``identity``, in place (see the module's docstring), else by a model reset."""
        count, rows = first if first is not None else fetch(0, self.BLOCK)
        self._list += 1
        self._reading.clear()  # their rows are of the list shown before
        if self.identity is None or self._fetch is None:
            self.beginResetModel()
            self._fetch = fetch
            self._blocks.clear()
            self._count = count
            self._keep(0, rows)
            self.endResetModel()
            return
        self._fetch = fetch
        # rows added first and taken away last: the layout change keeps the length, and the
        # rows of the new first window are within it
        if count > self._count:
            self.beginInsertRows(QModelIndex(), self._count, count - 1)
            self._count = count
            self.endInsertRows()
        self._replace(rows)
        if count < self._count:
            self.beginRemoveRows(QModelIndex(), count, self._count - 1)
            self._count = count
            self.endRemoveRows()

    def _replace(self, rows: Sequence[T]) -> None:
        """The held rows replaced by the new first window: the view's persistent indexes (its
        selection, its current row) follow their rows into it, or are let go."""
        identity = self.identity
        assert identity is not None
        self.layoutAboutToBeChanged.emit()
        olds = self.persistentIndexList()
        ids = [self._held_id(index.row()) for index in olds]
        self._blocks.clear()
        self._keep(0, rows)
        if olds:
            where = {identity(row): number for number, row in enumerate(rows)}
            news = []
            for index, held in zip(olds, ids, strict=True):
                row = where.get(held) if held is not None else None
                news.append(QModelIndex() if row is None else self.index(row, index.column()))
            self.changePersistentIndexList(olds, news)
        self.layoutChanged.emit()

    def _held_id(self, index: int) -> Hashable | None:
        """The id of row ``index`` if the model holds it (never read for it)."""
        assert self.identity is not None
        block = self._blocks.get(index - index % self.BLOCK)
        if block is None or index % self.BLOCK >= len(block.rows):
            return None
        return self.identity(block.rows[index % self.BLOCK])

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

    def holds_all(self) -> bool:
        """Whether the model holds every row of the list (a short list: its first block)."""
        first = self._blocks.get(0)
        return self._fetch is not None and (
            self._count == 0 or (first is not None and len(first.rows) >= self._count)
        )

    def reading(self) -> bool:
        """Whether blocks a paint asked for are being read in a worker thread."""
        return bool(self._reading)

    @contextmanager
    def painting(self) -> Iterator[None]:
        """While the view paints: a block not held is read in the background (``background``),
        started when the paint is done (a worker thread started during it would take Python's
        lock from the paint's ``data()`` calls)."""
        self._painting += 1
        try:
            yield
        finally:
            self._painting -= 1
            if not self._painting:
                wanted, self._wanted = self._wanted, []
                for start in wanted:
                    self._read_later(start)

    def _read_later(self, start: int) -> None:
        fetch, shown = self._fetch, self._list
        if start in self._reading or fetch is None:
            return
        limit = self.BLOCK
        task = Task(lambda _progress, _cancel: fetch(start, limit))
        task.succeeded.connect(lambda result: self._arrived(shown, start, result))
        task.failed.connect(
            lambda message: log.warning("reading rows %d- of the list failed: %s", start, message)
        )
        task.finished.connect(lambda: self._read(start, task))
        self._reading[start] = task
        task.start()

    def _read(self, start: int, task: Task) -> None:
        if self._reading.get(start) is task:
            del self._reading[start]

    def _arrived(self, shown: int, start: int, result: object) -> None:
        """A block read in the background: kept and painted if it is still of the list shown."""
        if shown != self._list or start in self._blocks or start >= self._count:
            return
        assert isinstance(result, tuple)  # what ``Fetch`` answers: (count, rows)
        rows: Sequence[T] = result[1]
        self._keep(start, rows)
        last = min(start + len(rows), self._count) - 1
        if last >= start:
            self.dataChanged.emit(self.index(start, 0), self.index(last, len(self.columns) - 1))

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
        if self._painting and self.background:  # painted empty now, filled when read
            if start not in self._wanted:
                self._wanted.append(start)
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
        columns = self.columns
        block = _Block(
            rows,
            [[column.text(row) for column in columns] for row in rows],
            [[self._brush(column, row) for column in columns] for row in rows],
        )
        self._blocks[start] = block
        while len(self._blocks) > self.KEEP:
            self._blocks.popitem(last=False)
        return block

    def _brush(self, column: Column[T], row: T) -> QBrush | None:
        color = column.color(row) if column.color is not None else None
        if color is None:
            return None
        brush = self._brushes.get(color.rgba())
        if brush is None:
            brush = self._brushes[color.rgba()] = QBrush(color)
        return brush

    # --- Qt ------------------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # Qt asks every painted cell for about ten roles, most without an answer here: refused
        # first (a keystroke repaints some 250 cells, 1 500 calls); the rest from the block.
        if role not in _ANSWERED or not index.isValid():
            return None
        column = index.column()
        if role == _ALIGNMENT:
            return self._alignments[column]
        if role == _FOREGROUND and not self._colored[column]:
            return None
        row = index.row()
        block = self._block(row)
        offset = row % self.BLOCK
        if block is None or offset >= len(block.rows):
            return None
        if role == _DISPLAY:
            return block.cells[offset][column]
        if role == _FOREGROUND:
            return block.brushes[offset][column]
        value = block.rows[offset]
        if role == _ROW:
            return value
        tooltip = self.columns[column].tooltip
        return tooltip(value) if tooltip else None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.columns[section].header
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        return _FLAGS if index.isValid() else Qt.ItemFlag.NoItemFlags

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
