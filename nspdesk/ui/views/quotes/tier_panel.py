"""The tier check in the quote editor: the recorded tier beside what the partner's figures support.

``status`` (a line for the recipient form) says whether the recorded tier holds. When it does not,
the panel shows the domain's warning (``TierCheck.warning``: what is missing, which tier the figures
support) and asks for a decision: keep the recorded tier, with a reason, or price at the supported
tier. The decision goes into the quote's input; the store validates it. Never printed.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from nspdesk.domain.tier_check import TierCheck, TierChoice
from nspdesk.ui.i18n import show

PANEL_STYLE = (
    "#tierPanel { background: #fef3c7; border: 1px solid #f59e0b; border-radius: 4px; }"
    " #tierPanel QLabel, #tierPanel QRadioButton { color: #78350f; }"
)
HOLDS_STYLE = "color: #166534;"
FAILS_STYLE = "color: #b45309; font-weight: bold;"


class TierPanel(QFrame):
    changed = Signal()  # the user changed the decision or its reason

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tierPanel")
        self.setStyleSheet(PANEL_STYLE)
        self.check: TierCheck | None = None
        self.status = QLabel("–")  # shown in the recipient form, not in the panel
        self.status.setObjectName("tierStatus")
        self.status.setWordWrap(True)
        self.warning = QLabel()
        self.warning.setObjectName("tierWarning")
        self.warning.setWordWrap(True)
        self.keep = QRadioButton()
        self.keep.setObjectName("keepTier")
        self.reason = QLineEdit()
        self.reason.setObjectName("tierReason")
        self.reason.setPlaceholderText(
            self.tr("Grund, z. B. Zertifizierung ist für Januar gebucht")
        )
        self.use_supported = QRadioButton()
        self.use_supported.setObjectName("supportedTier")
        self.choices = QButtonGroup(self)
        self.choices.setExclusive(True)
        self.choices.addButton(self.keep)
        self.choices.addButton(self.use_supported)
        self.keep.toggled.connect(self._toggled)
        self.use_supported.toggled.connect(self._toggled)
        self.reason.textEdited.connect(self._reason_edited)
        row = QHBoxLayout()
        row.addWidget(self.keep)
        row.addWidget(self.reason, 1)
        row.addSpacing(16)
        row.addWidget(self.use_supported)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.setSpacing(4)
        layout.addWidget(self.warning)
        layout.addLayout(row)
        self.hide()

    # --- what the editor sets -------------------------------------------------------------------

    def show_check(self, check: TierCheck | None, recorded_name: str = "") -> None:
        """The check of the partner picked (None: nothing to check, e.g. MSP or no tier)."""
        self.check = check
        if check is None:
            self.status.setText(recorded_name or "–")
            self.status.setStyleSheet("")
            self.setVisible(False)
            return
        recorded = show(check.recorded.name)
        if check.holds:
            self.status.setText(
                self.tr("{tier} – von den aktuellen Zahlen gedeckt").format(tier=recorded)
            )
            self.status.setStyleSheet(HOLDS_STYLE)
            self.setVisible(False)
            return
        supported = (
            show(check.supported.name)
            if check.supported is not None
            else self.tr("keine Partnerstufe")
        )
        self.status.setText(
            self.tr("{recorded} erfasst · die Zahlen tragen {supported}").format(
                recorded=recorded, supported=supported
            )
        )
        self.status.setStyleSheet(FAILS_STYLE)
        self.warning.setText(show(check.warning()))
        self.keep.setText(
            self.tr("Erfasste Stufe {tier} beibehalten – Grund:").format(tier=recorded)
        )
        if check.supported is not None:
            self.use_supported.setText(
                self.tr("Zu Konditionen {tier} anbieten").format(tier=supported)
            )
            self.use_supported.setEnabled(True)
            self.use_supported.setToolTip("")
        else:
            self.use_supported.setText(self.tr("Zu anderen Konditionen anbieten"))
            self.use_supported.setEnabled(False)
            self.use_supported.setToolTip(self.tr("Die Zahlen tragen keine Partnerstufe."))
        self.setVisible(True)

    def set_decision(self, choice: TierChoice | None, reason: str) -> None:
        """Show a stored decision (or none) without emitting ``changed``."""
        self.blockSignals(True)
        self.choices.setExclusive(False)
        self.keep.setChecked(choice is TierChoice.RECORDED)
        self.use_supported.setChecked(choice is TierChoice.SUPPORTED)
        self.choices.setExclusive(True)
        self.reason.setText(reason)
        self.blockSignals(False)

    def set_read_only(self, read_only: bool) -> None:
        for widget in (self.keep, self.use_supported):
            widget.setEnabled(not read_only)
        if not read_only and self.check is not None and self.check.supported is None:
            self.use_supported.setEnabled(False)
        self.reason.setReadOnly(read_only)

    def show_stored(self, recorded_name: str, choice: TierChoice, reason: str, tier: str) -> None:
        """A frozen revision's decision, read-only (no check against today's figures)."""
        self.check = None
        self.warning.setText(
            self.tr("Bei dieser Revision entschieden (erfasste Stufe {recorded}):").format(
                recorded=recorded_name
            )
        )
        self.keep.setText(self.tr("Erfasste Stufe beibehalten – Grund:"))
        self.use_supported.setText(self.tr("Zu Konditionen {tier} angeboten").format(tier=tier))
        self.set_decision(choice, reason)
        self.set_read_only(True)
        self.setVisible(True)

    # --- what the editor reads ------------------------------------------------------------------

    def needed(self) -> bool:
        return self.check is not None and not self.check.holds

    def choice(self) -> TierChoice | None:
        if not self.needed():
            return None
        if self.keep.isChecked():
            return TierChoice.RECORDED
        if self.use_supported.isChecked():
            return TierChoice.SUPPORTED
        return None

    def reason_text(self) -> str:
        return self.reason.text().strip() if self.choice() is TierChoice.RECORDED else ""

    def _toggled(self, checked: bool) -> None:
        if checked:
            self.changed.emit()

    def _reason_edited(self, _text: str) -> None:
        if not self.keep.isChecked() and self.keep.isEnabled():
            self.keep.setChecked(True)  # typing a reason is choosing to keep the tier
            return
        self.changed.emit()
