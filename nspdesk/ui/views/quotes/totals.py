"""The totals box of the quote editor: Netto, Umsatzsteuer (or the reverse-charge note), Brutto.

It shows the domain's ``Totals`` as they are; it adds nothing up itself.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QWidget

from nspdesk.domain.formatting import money, percent
from nspdesk.domain.pricing import PricedQuote

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


class TotalsBox(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("totalsBox")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setMinimumWidth(300)
        self.net_label = QLabel("Netto")
        self.net = QLabel("–")
        self.vat_label = QLabel("USt")
        self.vat = QLabel("–")
        self.gross_label = QLabel("Brutto")
        self.gross = QLabel("–")
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setObjectName("vatNote")
        self.note.setStyleSheet("color: #4b5563;")
        for value in (self.net, self.vat, self.gross):
            value.setAlignment(RIGHT)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        bold = self.gross.font()
        bold.setBold(True)
        bold.setPointSizeF(bold.pointSizeF() * 1.15)
        self.gross.setFont(bold)
        self.gross_label.setFont(bold)
        layout = QGridLayout(self)
        layout.setColumnStretch(1, 1)
        for row, (label, value) in enumerate(
            ((self.net_label, self.net), (self.vat_label, self.vat), (self.gross_label, self.gross))
        ):
            layout.addWidget(label, row, 0)
            layout.addWidget(value, row, 1)
        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        layout.addWidget(line, 3, 0, 1, 2)
        layout.addWidget(self.note, 4, 0, 1, 2)
        layout.setRowStretch(5, 1)

    def show_priced(self, priced: PricedQuote | None, lines: int) -> None:
        if priced is None:
            for value in (self.net, self.vat, self.gross):
                value.setText("–")
            self.vat_label.setText("USt")
            self.note.setText("Keine Summen: die Eingaben sind noch nicht vollständig.")
            return
        totals = priced.totals
        self.net.setText(money(totals.net))
        self.vat.setText(money(totals.vat))
        self.gross.setText(money(totals.gross))
        if priced.vat_note is not None:
            self.vat_label.setText("USt (Reverse Charge)")
            self.note.setText(priced.vat_note)
        else:
            self.vat_label.setText(f"USt {percent(totals.vat_rate)}")
            positions = "1 Position" if lines == 1 else f"{lines} Positionen"
            self.note.setText(
                f"{positions} · Konditionen {priced.priced_as.name} · {priced.program.title}"
            )
