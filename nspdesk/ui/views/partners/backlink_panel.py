"""The partner's backlink: the last verdict, its URL and age, and "Jetzt prüfen" with progress and
cancel. The check itself runs in the view's worker task; this panel only shows it.

An unreachable site is stored but does not replace the last verdict (``store.figures.last_backlink``):
the panel says "nicht erreichbar – letzte Bewertung bleibt" and names the verdict that still counts.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from nspdesk.domain.compliance import Backlink, RequirementId
from nspdesk.services.partner_overview import CheckRow, PartnerDetail
from nspdesk.ui.formats import day
from nspdesk.ui.i18n import show
from nspdesk.ui.views.partners.common import (
    AMBER,
    GREEN,
    GREY,
    RED,
    unreachable_note,
    verdict_head,
    verdict_name,
)
from nspdesk.ui.views.partners.texts import backlink_name
from nspdesk.web.backlink_texts import stored_message

VERDICT_COLORS = {"follow": GREEN, "nofollow": RED, "missing": RED, "unreachable": AMBER}


def age_text(days: int) -> str:
    if days <= 0:
        return QCoreApplication.translate("BacklinkPanel", "heute geprüft")
    if days == 1:
        return QCoreApplication.translate("BacklinkPanel", "gestern geprüft")
    return QCoreApplication.translate("BacklinkPanel", "vor %n Tagen geprüft", "", days)


def verdict_html(check: CheckRow, counting: Backlink) -> str:
    color = VERDICT_COLORS.get(check.verdict, GREY).name()
    if check.verdict == "unreachable":
        counts = QCoreApplication.translate("BacklinkPanel", "(es zählt: {verdict})").format(
            verdict=escape(backlink_name(counting))
        )
        return f'<span style="color:{color}"><b>{escape(unreachable_note())}</b></span> {counts}'
    name = escape(verdict_name(check.verdict))
    return f'<span style="color:{color}"><b>{name}</b></span>'


def requirement_text(detail: PartnerDetail) -> str:
    """Whether the recorded tier requires the follow link, from the engine's results."""
    evaluation = detail.evaluation
    tier = evaluation.tier if evaluation is not None else None
    if evaluation is None or tier is None:
        return QCoreApplication.translate("BacklinkPanel", "ohne Partnerstufe keine Anforderung")
    result = next(
        (r for r in evaluation.results_for(tier.id) if r.id is RequirementId.BACKLINK), None
    )
    if result is None:
        return QCoreApplication.translate("BacklinkPanel", "für {tier} nicht verlangt").format(
            tier=escape(show(tier.name))
        )
    color = (GREEN if result.met else RED if result.mandatory else GREY).name()
    met = (
        QCoreApplication.translate("BacklinkPanel", "erfüllt")
        if result.met
        else QCoreApplication.translate("BacklinkPanel", "nicht erfüllt")
    )
    state = f'<span style="color:{color}">{met}</span>'
    text = (
        QCoreApplication.translate(
            "BacklinkPanel", "für {tier} erforderlich: {state} (es zählt: {verdict})"
        )
        if result.mandatory
        else QCoreApplication.translate(
            "BacklinkPanel", "für {tier} wünschenswert: {state} (es zählt: {verdict})"
        )
    )
    return text.format(
        tier=escape(show(tier.name)), state=state, verdict=escape(backlink_name(detail.backlink))
    )


def _label(name: str) -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.RichText)
    return label


class BacklinkPanel(QWidget):
    check_requested = Signal()
    cancel_requested = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.verdict = _label("backlinkVerdict")
        self.url = _label("backlinkUrl")
        self.url.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.age = _label("backlinkAge")
        self.detail_text = _label("backlinkDetail")
        self.target = _label("backlinkTarget")

        self.check_button = QPushButton(self.tr("Jetzt prüfen"))
        self.check_button.setObjectName("checkBacklink")
        self.check_button.clicked.connect(self.check_requested)
        self.progress = QProgressBar()
        self.progress.setObjectName("backlinkProgress")
        self.progress.setRange(0, 0)  # busy until the one result is in
        self.progress.setTextVisible(False)
        self.progress.hide()
        self.cancel_button = QPushButton(self.tr("Abbrechen"))
        self.cancel_button.setObjectName("cancelBacklink")
        self.cancel_button.clicked.connect(self.cancel_requested)
        self.cancel_button.hide()
        self.outcome = _label("backlinkOutcome")

        box = QGroupBox(self.tr("Link auf www.nospamproxy.de"))
        form = QFormLayout(box)
        self.requirement = _label("backlinkRequirement")
        form.addRow(self.tr("Zu prüfende Seite"), self.target)
        form.addRow(self.tr("Letzte Bewertung"), self.verdict)
        form.addRow(self.tr("Geprüft"), self.age)
        form.addRow(self.tr("Geprüfte Adresse"), self.url)
        form.addRow(self.tr("Ergebnis"), self.detail_text)
        form.addRow(self.tr("Anforderung"), self.requirement)
        buttons = QHBoxLayout()
        buttons.addWidget(self.check_button)
        buttons.addWidget(self.progress, 1)
        buttons.addWidget(self.cancel_button)
        buttons.addStretch()
        note = QLabel(
            self.tr(
                "Die Prüfung lädt nur die eine Seite (höchstens 5 Weiterleitungen, begrenzte Zeit "
                "und Größe). Ist die Seite nicht erreichbar, bleibt die letzte Bewertung bestehen."
            )
        )
        note.setWordWrap(True)
        note.setStyleSheet(f"color: {GREY.name()};")
        layout = QVBoxLayout(self)
        layout.addWidget(box)
        layout.addLayout(buttons)
        layout.addWidget(self.outcome)
        layout.addWidget(note)
        layout.addStretch()

    def load(self, detail: PartnerDetail) -> None:
        self.requirement.setText(requirement_text(detail))
        target = (detail.master.backlink_url or detail.master.website).strip()
        self.target.setText(target or self.tr("keine Website hinterlegt (Stammdaten)"))
        self.check_button.setEnabled(bool(target) and not self.progress.isVisible())
        check = detail.last_check
        if check is None:
            self.verdict.setText(self.tr("noch nie geprüft"))
            self.age.setText("")
            self.url.setText("")
            self.detail_text.setText("")
            return
        self.verdict.setText(verdict_html(check, detail.backlink))
        self.age.setText(
            self.tr("{age} (am {day})").format(
                age=age_text(check.age_days), day=day(check.checked_at.astimezone().date())
            )
        )
        self.url.setText(check.url)
        status = f"HTTP {check.http_status}: " if check.http_status else ""
        self.detail_text.setText(f"{status}{show(stored_message(check.detail))}")

    def running(self, on: bool) -> None:
        self.progress.setVisible(on)
        self.cancel_button.setVisible(on)
        self.cancel_button.setEnabled(on)
        self.check_button.setEnabled(not on)
        if on:
            self.outcome.setText(self.tr("Prüfung läuft …"))

    def show_outcome(self, html: str) -> None:
        self.outcome.setText(html)


def outcome_html(verdict: str | None, message: str) -> str:
    """One line about a finished check for the panel."""
    if verdict is None:
        return f'<span style="color:{GREY.name()}">{escape(show(message))}</span>'
    color = VERDICT_COLORS.get(verdict, GREY).name()
    head = verdict_head(verdict)
    return f'<span style="color:{color}"><b>{escape(head)}</b></span>: {escape(show(message))}'
