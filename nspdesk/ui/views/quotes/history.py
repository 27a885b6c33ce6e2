"""The "Verlauf" tab of the quote editor: the quote's audit trail (who did what when, in local time)
and the way to compare two of its revisions."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from nspdesk.services.quotes import EventRow
from nspdesk.ui.formats import day
from nspdesk.ui.i18n import show
from nspdesk.ui.views.quotes.names import event_name


def local_time(moment: datetime) -> str:
    """``25.11.2026 09:30`` (English ``25 Nov 2026 09:30``) in the computer's time zone."""
    local = moment.astimezone()
    return f"{day(local.date())} {local:%H:%M}"


class HistoryPanel(QWidget):
    compare_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = QTableWidget(0, 5)
        self.table.setObjectName("auditTrail")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Zeit"),
                self.tr("Wer"),
                self.tr("Was"),
                self.tr("Revision"),
                self.tr("Detail"),
            ]
        )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.empty = QLabel(self.tr("Der Verlauf beginnt, sobald das Angebot gespeichert ist."))
        self.empty.setStyleSheet("color: #4b5563;")
        self.compare_button = QPushButton(self.tr("Revisionen vergleichen …"))
        self.compare_button.setObjectName("compareRevisions")
        self.compare_button.setAutoDefault(False)
        self.compare_button.clicked.connect(self.compare_requested)
        tools = QHBoxLayout()
        tools.addWidget(self.empty)
        tools.addStretch(1)
        tools.addWidget(self.compare_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addLayout(tools)
        layout.addWidget(self.table, 1)

    def show_events(self, events: Sequence[EventRow], revisions: int) -> None:
        """The trail, oldest first; comparing needs at least two revisions."""
        self.table.setRowCount(len(events))
        for row, event in enumerate(events):
            cells = (
                local_time(event.at),
                event.actor or "–",
                event_name(event.action),
                str(event.revision),
                show(event.detail),
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column == 4:
                    item.setToolTip(text)
                self.table.setItem(row, column, item)
        self.empty.setVisible(not events)
        self.compare_button.setEnabled(revisions >= 2)
        self.compare_button.setToolTip(
            "" if revisions >= 2 else self.tr("Das Angebot hat erst eine Revision.")
        )

    def rows(self) -> list[list[str]]:
        return [
            [_text(self.table.item(r, c)) for c in range(self.table.columnCount())]
            for r in range(self.table.rowCount())
        ]


def _text(item: QTableWidgetItem | None) -> str:
    return item.text() if item is not None else ""
