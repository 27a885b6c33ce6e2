"""Choosing the partner of a quote: a combo box you can type into (the list filters as you type)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QCompleter, QWidget

from nspdesk.services.quotes import PartnerChoice


def partner_label(partner: PartnerChoice) -> str:
    return (
        f"{partner.company} ({partner.customer_number})"
        if partner.customer_number
        else partner.company
    )


class PartnerPicker(QComboBox):
    partner_changed = Signal(object)  # PartnerChoice | None

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("partnerPicker")
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setMinimumContentsLength(22)  # the box stretches; 22 letters leave room at 1024 px
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        line_edit = self.lineEdit()
        assert line_edit is not None  # editable: Qt made one
        line_edit.setPlaceholderText(self.tr("Partner suchen: Name oder Kundennummer …"))
        completer = QCompleter(self.model(), self)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setCompleter(completer)
        self._partners: dict[int, PartnerChoice] = {}
        self.currentIndexChanged.connect(self._changed)
        line_edit.editingFinished.connect(self._restore_text)

    def set_partners(self, partners: list[PartnerChoice]) -> None:
        current = self.current_partner()
        self.blockSignals(True)
        self.clear()
        self._partners = {p.id: p for p in partners}
        for partner in partners:
            self.addItem(partner_label(partner), partner.id)
        self.setCurrentIndex(self.findData(current.id) if current else -1)
        self.blockSignals(False)
        self._restore_text()

    def partners(self) -> list[PartnerChoice]:
        return list(self._partners.values())

    def current_partner(self) -> PartnerChoice | None:
        partner_id = self.currentData()
        return self._partners.get(partner_id) if isinstance(partner_id, int) else None

    def select(self, partner_id: int | None) -> None:
        self.setCurrentIndex(-1 if partner_id is None else self.findData(partner_id))
        self._restore_text()

    def _changed(self, _index: int) -> None:
        self.partner_changed.emit(self.current_partner())

    def _restore_text(self) -> None:
        """Typed text that chose nothing goes back to the chosen partner's name."""
        partner = self.current_partner()
        text = partner_label(partner) if partner else ""
        line_edit = self.lineEdit()
        if line_edit is not None and line_edit.text() != text:
            line_edit.setText(text)
