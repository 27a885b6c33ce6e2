"""The main window. Until the workspace views land it shows the program edition in force."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHeaderView, QLabel, QMainWindow, QTableView, QVBoxLayout, QWidget

from nspdesk import __version__
from nspdesk.domain import formatting
from nspdesk.domain.program import Program
from nspdesk.store.opening import Store
from nspdesk.ui.tier_table_model import TierTableModel


class MainWindow(QMainWindow):
    def __init__(self, program: Program, store: Store | None = None) -> None:
        super().__init__()
        self.setWindowTitle("nspdesk – NoSpamProxy-Partnerprogramm")
        self.setObjectName("MainWindow")
        self.resize(1100, 480)

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

        body = QWidget()
        layout = QVBoxLayout(body)
        layout.addWidget(heading)
        layout.addWidget(table)
        self.setCentralWidget(body)
        where = f" · Datenbank: {store.location.describe()}" if store is not None else ""
        self.statusBar().showMessage(
            f"nspdesk {__version__} · Programm-Edition {program.edition}{where}"
        )
