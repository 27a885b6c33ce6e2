"""Override one proposal of the review: another tier and the reason for it (e.g. a grace period).

The dialog decides nothing itself: "Übernehmen" hands tier and reason to ``apply``, which records
the decision through the store (where a missing reason is refused) and returns the refusal's text,
shown in the dialog, which then stays open with everything typed.
"""

from __future__ import annotations

from collections.abc import Callable
from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

Apply = Callable[[str | None, str], str | None]  # (tier, reason) -> error text or None


class OverrideDialog(QDialog):
    def __init__(
        self,
        company: str,
        proposal_text: str,
        choices: list[tuple[str | None, str]],
        current: str | None,
        reason: str,
        apply: Apply,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("overrideDialog")
        self.setWindowTitle(self.tr("Abweichend entscheiden – {company}").format(company=company))
        self.resize(520, 320)
        self._apply = apply
        intro = QLabel(
            self.tr("<b>{company}</b><br>Vorschlag: {proposal}").format(
                company=escape(company), proposal=escape(proposal_text)
            )
        )
        intro.setTextFormat(Qt.TextFormat.RichText)
        intro.setWordWrap(True)
        self.tier = QComboBox()
        self.tier.setObjectName("overrideTier")
        for tier_id, name in choices:
            self.tier.addItem(name, tier_id)
        found = self.tier.findData(current)
        self.tier.setCurrentIndex(max(0, found))
        self.reason = QPlainTextEdit(reason)
        self.reason.setObjectName("overrideReason")
        self.reason.setPlaceholderText(
            self.tr("z. B. Kulanz bis 31.03.: der Backlink wird korrigiert")
        )
        self.reason.setTabChangesFocus(True)
        self.error = QLabel()
        self.error.setObjectName("overrideError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #B3261E;")
        self.error.hide()
        form = QFormLayout()
        form.addRow(self.tr("Stufe:"), self.tier)
        form.addRow(self.tr("Begründung:"), self.reason)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Übernehmen"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Abbrechen"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form, 1)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def chosen_tier(self) -> str | None:
        data = self.tier.currentData()
        return str(data) if data is not None else None

    def accept(self) -> None:
        problem = self._apply(self.chosen_tier(), self.reason.toPlainText())
        if problem:
            self.error.setText(problem)
            self.error.show()
            self.reason.setFocus()
            return
        super().accept()
