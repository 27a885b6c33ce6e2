"""Small pieces the partner view's panels share: colours, dates, amounts in the UI's notation, the
backlink verdicts' names, an error line."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from PySide6.QtCore import QCoreApplication, QDate, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSpinBox,
    QTableView,
    QWidget,
)

from nspdesk.domain.decimals import CENT, ZERO
from nspdesk.domain.errors import InputError
from nspdesk.domain.standing import Standing
from nspdesk.ui import i18n
from nspdesk.ui.field_names import field_label
from nspdesk.ui.i18n import QT_TRANSLATE_NOOP
from nspdesk.ui.tables import list_table
from nspdesk.ui.typed_numbers import read_decimal

GREEN = QColor("#1B7A2F")
AMBER = QColor("#B26A00")
RED = QColor("#B3261E")
GREY = QColor("#6B6B6B")
STANDING_COLORS: dict[Standing, QColor | None] = {
    Standing.MEETS: GREEN,
    Standing.AT_RISK: AMBER,
    Standing.BELOW: RED,
    Standing.NONE: None,
}
# Sort order of the traffic light: the partners that need attention first.
STANDING_ORDER = {Standing.BELOW: 0, Standing.AT_RISK: 1, Standing.MEETS: 2, Standing.NONE: 3}
CONTEXT = "Partners"
VERDICTS = {
    "follow": QT_TRANSLATE_NOOP("Partners", "Follow-Link"),
    "nofollow": QT_TRANSLATE_NOOP("Partners", "nur nofollow"),
    "missing": QT_TRANSLATE_NOOP("Partners", "kein Link"),
    "unreachable": QT_TRANSLATE_NOOP("Partners", "nicht erreichbar"),
}
STANDING_NAMES = {
    Standing.MEETS: QT_TRANSLATE_NOOP("Partners", "erfüllt"),
    Standing.AT_RISK: QT_TRANSLATE_NOOP("Partners", "gefährdet"),
    Standing.BELOW: QT_TRANSLATE_NOOP("Partners", "unterschritten"),
    Standing.NONE: "–",
}


def translated(text: str) -> str:
    return QCoreApplication.translate("Partners", text)


def verdict_name(verdict: str) -> str:
    """A backlink check's verdict ("follow", "unreachable", …) as the UI names it."""
    return translated(VERDICTS[verdict]) if verdict in VERDICTS else verdict


def unreachable_note() -> str:
    return QCoreApplication.translate("Partners", "nicht erreichbar – letzte Bewertung bleibt")


def verdict_head(verdict: str) -> str:
    """The verdict for a headline; an unreachable site says that the last verdict stays."""
    return unreachable_note() if verdict == "unreachable" else verdict_name(verdict)


def standing_name(standing: Standing) -> str:
    """The traffic light's word ("erfüllt", "gefährdet", "unterschritten")."""
    return translated(STANDING_NAMES[standing])


def parse_euro(text: str, field: str) -> Decimal:
    """An amount in whole cents as the user types it (empty: 0), read by the one reader of typed
    numbers (``nspdesk.ui.typed_numbers``); ``InputError`` naming ``field`` when it is none."""
    return read_decimal(text, field, places=2, empty=ZERO).quantize(CENT)


def euro_text(amount: Decimal) -> str:
    """For an edit field: ``1234.5`` → ``1.234,50`` (English ``1,234.50``)."""
    text = f"{amount:,.2f}"
    if i18n.current_language() == "en":
        return text
    return text.replace(",", "\u2009").replace(".", ",").replace("\u2009", ".")


def to_qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def from_qdate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def date_edit(day: date, name: str) -> QDateEdit:
    edit = QDateEdit(to_qdate(day))
    edit.setObjectName(name)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(QCoreApplication.translate("Partners", "dd.MM.yyyy"))
    return edit


def compact(combo: QComboBox, letters: int = 12) -> QComboBox:
    """A combo box that does not demand the width of its longest entry."""
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(letters)
    return combo


def spin_box(name: str, maximum: int = 1_000_000) -> QSpinBox:
    spin = QSpinBox()
    spin.setObjectName(name)
    spin.setRange(0, maximum)
    return spin


def amount_edit(name: str) -> QLineEdit:
    edit = QLineEdit()
    edit.setObjectName(name)
    edit.setAlignment(Qt.AlignmentFlag.AlignRight)
    return edit


def plain_table(name: str) -> QTableView:
    """A list table whose columns take the width of their contents, the last one the rest."""
    table = list_table(name)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(True)
    return table


def button_row(errors: QWidget, *buttons: QWidget) -> QHBoxLayout:
    """The error line on the left (taking the room it needs), the buttons on the right."""
    row = QHBoxLayout()
    row.addWidget(errors, 1)
    row.addStretch(0)
    for button in buttons:
        row.addWidget(button)
    return row


class ErrorLine(QLabel):
    """One line under a form that says what is wrong, in red; marks the field it names.

    ``shown`` carries the error, so that a form can point at a row of a table
    (``contacts[1].email``), which has no widget of its own.
    """

    shown = Signal(object)

    def __init__(self, name: str, fields: dict[str, QWidget] | None = None) -> None:
        super().__init__()
        self.setObjectName(name)
        self.setWordWrap(True)
        self.setStyleSheet(f"color: {RED.name()};")
        self.fields = fields or {}
        self._marked: QWidget | None = None
        self.hide()

    def show_error(self, error: InputError, labels: dict[str, str] | None = None) -> None:
        self.clear_error()
        key = error.field.split(".")[-1].split("[")[0]
        root = error.field.split(".")[0].split("[")[0]
        label = (labels or {}).get(key) or field_label(error.field)
        message = i18n.show(error.message)
        self.setText(f"{label}: {message}" if label else message)
        self.show()
        widget = self.fields.get(error.field) or self.fields.get(key) or self.fields.get(root)
        if widget is not None:
            widget.setStyleSheet(f"border: 1px solid {RED.name()};")
            widget.setFocus()
            self._marked = widget
        self.shown.emit(error)

    def show_message(self, text: str, *, notice: bool = False) -> None:
        """A message that concerns no single field (a colleague's change); a ``notice`` in grey."""
        self.clear_error()
        if notice:
            self.setStyleSheet(f"color: {GREY.name()};")
        self.setText(text)
        self.show()

    def clear_error(self) -> None:
        self.setStyleSheet(f"color: {RED.name()};")
        self.setText("")
        self.hide()
        if self._marked is not None:
            self._marked.setStyleSheet("")
            self._marked = None
