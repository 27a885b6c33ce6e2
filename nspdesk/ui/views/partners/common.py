"""Small pieces the partner view's panels share: colours, dates, German amounts, an error line."""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal, InvalidOperation

from PySide6.QtCore import QDate, Qt, Signal
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

from nspdesk.domain.errors import InputError
from nspdesk.domain.standing import Standing

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
VERDICTS = {
    "follow": "Follow-Link",
    "nofollow": "nur nofollow",
    "missing": "kein Link",
    "unreachable": "nicht erreichbar",
}
UNREACHABLE_NOTE = "nicht erreichbar – letzte Bewertung bleibt"

_GERMAN = re.compile(r"\d{1,3}(?:\.\d{3})+(?:,\d{1,2})?|\d+(?:,\d{1,2})?")  # 1.234,56 | 1234,5
_POINT = re.compile(r"\d+\.\d{1,2}")  # 1234.56, as some type it


def parse_euro(text: str, field: str) -> Decimal:
    """A euro amount as a German user types it (``1.234,56``, ``1234``, ``€``); InputError else."""
    raw = text.replace("€", "").replace("\u00a0", "").replace(" ", "").strip()
    if not raw:
        return Decimal(0)
    if _GERMAN.fullmatch(raw):
        normalized = raw.replace(".", "").replace(",", ".")
    elif _POINT.fullmatch(raw):
        normalized = raw
    else:
        raise InputError(
            field, f"„{text.strip()}“ ist kein Betrag; bitte so schreiben: 1.234,56 (ganze Cent)"
        )
    try:
        return Decimal(normalized).quantize(Decimal("0.01"))
    except InvalidOperation:  # pragma: no cover - the patterns admit only digits
        raise InputError(field, f"„{text.strip()}“ ist kein Betrag") from None


def euro_text(amount: Decimal) -> str:
    """For an edit field: ``1234.5`` → ``1.234,50``."""
    text = f"{amount:,.2f}"
    return text.replace(",", "\u2009").replace(".", ",").replace("\u2009", ".")


def to_qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def from_qdate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def date_edit(day: date, name: str) -> QDateEdit:
    edit = QDateEdit(to_qdate(day))
    edit.setObjectName(name)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("dd.MM.yyyy")
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


def plain_table(table: QTableView, name: str) -> QTableView:
    table.setObjectName(name)
    table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
    table.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
    table.verticalHeader().setVisible(False)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
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
        label = (labels or {}).get(key, error.field)
        self.setText(f"{label}: {error.message}" if label else error.message)
        self.show()
        widget = self.fields.get(error.field) or self.fields.get(key) or self.fields.get(root)
        if widget is not None:
            widget.setStyleSheet(f"border: 1px solid {RED.name()};")
            widget.setFocus()
            self._marked = widget
        self.shown.emit(error)

    def clear_error(self) -> None:
        self.setText("")
        self.hide()
        if self._marked is not None:
            self._marked.setStyleSheet("")
            self._marked = None
