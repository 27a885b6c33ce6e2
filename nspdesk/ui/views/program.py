"""Programm: the program edition in force, its tiers side by side."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHeaderView, QLabel, QTableView, QVBoxLayout

from nspdesk.domain import formatting
from nspdesk.ui.context import AppContext
from nspdesk.ui.views.base import WorkspaceView
from nspdesk.ui.views.tier_table_model import TierTableModel


class ProgramView(WorkspaceView):
    view_id = "program"
    title = "Programm"

    def __init__(self, context: AppContext) -> None:
        super().__init__(context)
        program = context.program()
        heading = QLabel(
            f"<h2>{escape(program.title)}</h2>"
            f"<p>Gültig ab {formatting.day(program.valid_from)} · Quelle: {escape(program.source)}</p>"
        )
        heading.setObjectName("programHeading")
        heading.setTextFormat(Qt.TextFormat.RichText)
        self.tier_model = TierTableModel(program)
        table = QTableView()
        table.setObjectName("tierTable")
        table.setModel(self.tier_model)
        table.setAlternatingRowColors(True)
        table.verticalHeader().setVisible(False)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setStretchLastSection(True)
        table.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(table)
