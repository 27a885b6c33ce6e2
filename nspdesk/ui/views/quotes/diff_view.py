"""What changed between two versions of a quote, as the domain's ``QuoteDiff`` says: a table of the
added, removed and changed lines (old and new net) and the totals. Used after copying a quote for
another partner and to compare two revisions."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from nspdesk.domain.errors import InputError
from nspdesk.domain.revision_diff import Change, LineChange, QuoteDiff
from nspdesk.services.errors import StoreError
from nspdesk.ui.formats import money
from nspdesk.ui.operations import error_text
from nspdesk.ui.views.quotes.names import field_name

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
COLORS = {Change.ADDED: "#166534", Change.REMOVED: "#b91c1c", Change.CHANGED: "#92400e"}


class DiffView(QWidget):
    """The line changes and totals of one ``QuoteDiff``."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = QTableWidget(0, 7)
        self.table.setObjectName("diffTable")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Änderung"),
                self.tr("Artikel"),
                self.tr("Beschreibung"),
                self.tr("Geändert"),
                self.tr("Netto vorher"),
                self.tr("Netto nachher"),
                self.tr("Differenz"),
            ]
        )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.totals = QLabel()
        self.totals.setObjectName("diffTotals")
        self.totals.setWordWrap(True)
        self.totals.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.totals)

    def change_name(self, change: Change) -> str:
        return {
            Change.ADDED: self.tr("hinzugefügt"),
            Change.REMOVED: self.tr("entfernt"),
            Change.CHANGED: self.tr("geändert"),
        }[change]

    def show_diff(self, diff: QuoteDiff | None) -> None:
        changes: Sequence[LineChange] = diff.changes if diff is not None else ()
        self.table.setRowCount(len(changes))
        for row, change in enumerate(changes):
            line = change.line
            cells = (
                self.change_name(change.change),
                line.article_number or self.tr("frei"),
                line.description,
                ", ".join(field_name(name) for name in change.fields),
                money(change.old.net) if change.old else "–",
                money(change.new.net) if change.new else "–",
                money(change.net_delta),
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column >= 4:
                    item.setTextAlignment(RIGHT)
                if column == 0:
                    item.setForeground(QColor(COLORS[change.change]))
                self.table.setItem(row, column, item)
        self.table.setVisible(diff is None or not diff.unchanged)  # no empty table to read
        if diff is None:
            self.totals.setText("")
        elif diff.unchanged:
            self.totals.setText(
                self.tr(
                    "Keine Unterschiede: Positionen, Mengen, Preise und Rabatte sind gleich "
                    "(Netto {net}). Verglichen werden die Positionen, nicht Betreff und Texte."
                ).format(net=money(diff.new_net))
            )
        else:
            self.totals.setText(
                self.tr("Netto vorher {old} · nachher {new} · Differenz {delta}").format(
                    old=money(diff.old_net), new=money(diff.new_net), delta=money(diff.net_delta)
                )
            )

    def rows(self) -> list[list[str]]:
        """The table's text, row by row (for tests and copying)."""
        return [
            [_text(self.table.item(r, c)) for c in range(self.table.columnCount())]
            for r in range(self.table.rowCount())
        ]


class DiffDialog(QDialog):
    """The differences after copying a quote for another partner (opened, not blocking)."""

    def __init__(self, title: str, intro: str, diff: QuoteDiff, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setObjectName("duplicateDiff")
        self.setWindowTitle(title)
        self.resize(860, 380)
        self.intro = QLabel(intro)
        self.intro.setWordWrap(True)
        self.view = DiffView()
        self.view.show_diff(diff)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.buttons)

    def add_button(self, text: str) -> QPushButton:
        """A further action beside "Close" (e.g. "Neu laden" after a colleague's change)."""
        button = self.buttons.addButton(text, QDialogButtonBox.ButtonRole.AcceptRole)
        assert button is not None
        return button


DiffSource = Callable[[int, int], QuoteDiff]


class RevisionCompareDialog(QDialog):
    """Pick two revisions of a quote; the differences follow the choice."""

    def __init__(
        self,
        label: str,
        revisions: Sequence[tuple[int, str]],
        diff_for: DiffSource,
        parent: QWidget | None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("revisionCompare")
        self.setWindowTitle(self.tr("Revisionen vergleichen – {quote}").format(quote=label))
        self.resize(860, 420)
        self.diff_for = diff_for
        self.old = QComboBox()
        self.old.setObjectName("oldRevision")
        self.new = QComboBox()
        self.new.setObjectName("newRevision")
        for number, status in revisions:
            text = self.tr("Revision {number} ({status})").format(number=number, status=status)
            self.old.addItem(text, number)
            self.new.addItem(text, number)
        self.old.setCurrentIndex(max(0, len(revisions) - 2))
        self.new.setCurrentIndex(max(0, len(revisions) - 1))
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #991b1b;")
        self.view = DiffView()
        picks = QHBoxLayout()
        picks.addWidget(QLabel(self.tr("Von")))
        picks.addWidget(self.old)
        picks.addWidget(QLabel(self.tr("nach")))
        picks.addWidget(self.new)
        picks.addStretch(1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(picks)
        layout.addWidget(self.error)
        layout.addWidget(self.view, 1)
        layout.addWidget(buttons)
        self.old.currentIndexChanged.connect(self.compare)
        self.new.currentIndexChanged.connect(self.compare)
        self.compare()

    def compare(self, *_args: object) -> None:
        old, new = self.old.currentData(), self.new.currentData()
        if old is None or new is None:
            return
        if old == new:
            self.error.setText(
                self.tr("Dieselbe Revision auf beiden Seiten: bitte zwei verschiedene wählen.")
            )
            self.error.show()
            self.view.show_diff(None)
            return
        try:
            diff = self.diff_for(int(old), int(new))
        except (InputError, StoreError) as error:
            self.error.setText(error_text(error))
            self.error.show()
            self.view.show_diff(None)
            return
        self.error.hide()
        self.view.show_diff(diff)


def _text(item: QTableWidgetItem | None) -> str:
    return item.text() if item is not None else ""
