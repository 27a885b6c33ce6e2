"""The reasons an import file was refused, one per row: "Zeile N, Spalte: Grund"."""

from __future__ import annotations

from collections.abc import Sequence

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

from nspdesk.store.transfer.problems import Problem


class ProblemsDialog(QDialog):
    def __init__(self, file_name: str, problems: Sequence[Problem], parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Import abgelehnt")
        self.resize(760, 420)
        self.problems = list(problems)
        count = len(self.problems)
        intro = QLabel(
            f"<b>{file_name}</b> wurde nicht importiert; es wurde nichts gespeichert.<br>"
            f"Bitte {'diesen Punkt' if count == 1 else f'diese {count} Punkte'} in der Datei "
            "korrigieren und erneut importieren:"
        )
        intro.setWordWrap(True)
        self.table = QTableWidget(count, 3)
        self.table.setObjectName("importProblems")
        self.table.setHorizontalHeaderLabels(["Zeile", "Spalte", "Grund"])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        for row, problem in enumerate(self.problems):
            where = "Datei" if problem.line is None else str(problem.line)
            for column, text in enumerate((where, problem.column or "–", problem.message)):
                self.table.setItem(row, column, QTableWidgetItem(text))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.resizeRowsToContents()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        copy = QPushButton("Liste kopieren")
        copy.clicked.connect(self.copy)
        buttons.addButton(copy, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)

    def lines(self) -> list[str]:
        return [str(problem) for problem in self.problems]

    def copy(self) -> None:
        QApplication.clipboard().setText("\n".join(self.lines()))
