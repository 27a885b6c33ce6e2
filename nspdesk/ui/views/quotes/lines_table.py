"""The quote editor's table of lines, walked with the keyboard as a form is.

Tab and Shift+Tab move between the cells that can be edited (Menge, Listenpreis where the program
does not set it, Zusatzrabatt, Beschreibung, a free line's category and unit), row by row, and
leave the table after its last (or before its first) such cell instead of wrapping around or
stopping on read-only columns. Tabbing into the table lands on its first (Shift+Tab: last) editable
cell. With a cell editor open, Tab commits it and opens the next one, or leaves the table at its end.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFocusEvent
from PySide6.QtWidgets import QAbstractItemDelegate, QAbstractItemView, QTableView, QWidget

Hint = QAbstractItemDelegate.EndEditHint
Index = QModelIndex | QPersistentModelIndex


class LinesTable(QTableView):
    def editable_cells(self) -> list[QModelIndex]:
        """The cells that take the focus, in reading order (rows, then columns as shown)."""
        model = self.model()
        if model is None or self.editTriggers() == QAbstractItemView.EditTrigger.NoEditTriggers:
            return []
        header = self.horizontalHeader()
        columns = [
            header.logicalIndex(visual)
            for visual in range(header.count())
            if not self.isColumnHidden(header.logicalIndex(visual))
        ]
        cells: list[QModelIndex] = []
        for row in range(model.rowCount()):
            for column in columns:
                index = model.index(row, column)
                if model.flags(index) & Qt.ItemFlag.ItemIsEditable:
                    cells.append(index)
        return cells

    def step(self, current: Index, forward: bool) -> QModelIndex | None:
        """The editable cell after (before) ``current``; None at the end (start) of the table."""
        cells = self.editable_cells()
        if not cells:
            return None
        if not current.isValid():
            return cells[0] if forward else cells[-1]
        header = self.horizontalHeader()
        here = (current.row(), header.visualIndex(current.column()))

        def where(index: QModelIndex) -> tuple[int, int]:
            return index.row(), header.visualIndex(index.column())

        if forward:
            return next((c for c in cells if where(c) > here), None)
        return next((c for c in reversed(cells) if where(c) < here), None)

    def _leave(self, forward: bool) -> bool:
        """Give the focus to the widget after (before) the table in the window's tab order."""
        return QWidget.focusNextPrevChild(self, forward)

    def focusNextPrevChild(self, next: bool) -> bool:
        if not self.hasFocus():
            return super().focusNextPrevChild(next)
        target = self.step(self.currentIndex(), next)
        if target is None:
            return self._leave(next)
        self.setCurrentIndex(target)
        return True

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        reason = event.reason()
        if reason not in (Qt.FocusReason.TabFocusReason, Qt.FocusReason.BacktabFocusReason):
            return
        cells = self.editable_cells()
        if cells and self.currentIndex() not in cells:
            self.setCurrentIndex(cells[0] if reason == Qt.FocusReason.TabFocusReason else cells[-1])

    def closeEditor(self, editor: QWidget, hint: Hint) -> None:
        if hint not in (Hint.EditNextItem, Hint.EditPreviousItem):
            super().closeEditor(editor, hint)
            return
        forward = hint == Hint.EditNextItem
        target = self.step(self.currentIndex(), forward)
        super().closeEditor(editor, Hint.NoHint)
        if target is None:
            self._leave(forward)
            return
        self.setCurrentIndex(target)
        self.edit(target)
