"""The read-only list table every view uses: whole rows selected, no editing, no row numbers, zebra
rows, one line per row. Column widths and sorting stay with each view."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel
from PySide6.QtWidgets import QAbstractItemView, QTableView

Selection = QAbstractItemView.SelectionMode


def list_table(
    name: str,
    model: QAbstractItemModel | None = None,
    selection: Selection = Selection.SingleSelection,
) -> QTableView:
    table = QTableView()
    table.setObjectName(name)
    if model is not None:
        table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(selection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.verticalHeader().setVisible(False)
    return table
