"""The reasons an import file was refused, one per row: "Zeile N, Spalte: Grund".

The reasons come from the store's checks (Texts, shown in the UI's language, as the dialog around
them and the row/line labels).
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from nspdesk.services.transfer import Problem
from nspdesk.ui.i18n import show


class ProblemsDialog(QDialog):
    def __init__(self, file_name: str, problems: Sequence[Problem], parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import abgelehnt"))
        self.resize(760, 420)
        self.problems = list(problems)
        count = len(self.problems)
        intro = QLabel(
            self.tr(
                "<b>{file}</b> wurde nicht importiert; es wurde nichts gespeichert.<br>"
                "Bitte %n Punkte in der Datei korrigieren und erneut importieren:",
                "",
                count,
            ).format(file=escape(file_name))
        )
        intro.setWordWrap(True)
        self.table = QTableWidget(count, 3)
        self.table.setObjectName("importProblems")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Zeile"), self.tr("Spalte"), self.tr("Grund")]
        )
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        for row, problem in enumerate(self.problems):
            where = self.tr("Datei") if problem.line is None else str(problem.line)
            message = show(problem.message)
            for column, text in enumerate((where, problem.column or "–", message)):
                self.table.setItem(row, column, QTableWidgetItem(text))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.resizeRowsToContents()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        copy = QPushButton(self.tr("Liste kopieren"))
        copy.clicked.connect(self.copy)
        buttons.addButton(copy, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)

    def lines(self) -> list[str]:
        """One line per problem, as ``Problem.__str__`` words it but in the UI language."""
        lines = []
        for problem in self.problems:
            line = self.tr("Zeile {line}").format(line=problem.line)
            where = self.tr("Datei") if problem.line is None else line
            if problem.column is not None:
                where = self.tr("{where}, {column}").format(where=where, column=problem.column)
            lines.append(f"{where}: {show(problem.message)}")
        return lines

    def copy(self) -> None:
        QApplication.clipboard().setText("\n".join(self.lines()))
