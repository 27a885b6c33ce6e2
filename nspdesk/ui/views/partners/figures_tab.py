"""A year's figures: hand-entered (editable) beside those from won quotes and the total, and the
year's use of the benefits: support calls ("3 von 5"), marketing budget, leads."""

from __future__ import annotations

from decimal import Decimal
from html import escape

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from nspdesk.domain.errors import InputError
from nspdesk.domain.partner_input import PartnerInput, YearInput
from nspdesk.domain.program import Program, Tier
from nspdesk.services.partner_overview import PartnerDetail
from nspdesk.services.partners import set_year_figures
from nspdesk.services.workspace import Workspace
from nspdesk.ui.formats import day, money, number
from nspdesk.ui.i18n import QT_TRANSLATE_NOOP, show
from nspdesk.ui.views.partners.common import (
    AMBER,
    ErrorLine,
    amount_edit,
    button_row,
    euro_text,
    parse_euro,
    spin_box,
)
from nspdesk.ui.views.partners.host import Host

LABELS = {
    "projects": QT_TRANSLATE_NOOP("FiguresTab", "Projekte"),
    "revenue": QT_TRANSLATE_NOOP("FiguresTab", "Umsatz"),
    "mrr": QT_TRANSLATE_NOOP("FiguresTab", "MRR"),
    "support_calls_used": QT_TRANSLATE_NOOP("FiguresTab", "Support-Anrufe"),
    "marketing_budget_used": QT_TRANSLATE_NOOP("FiguresTab", "Marketingbudget"),
    "leads_received": QT_TRANSLATE_NOOP("FiguresTab", "Leads"),
}


def labels() -> dict[str, str]:
    """The fields' names for error messages, in the UI language."""
    return {key: QCoreApplication.translate("FiguresTab", text) for key, text in LABELS.items()}


def benefit_tier(program: Program, master: PartnerInput) -> Tier | None:
    """The tier whose benefits the partner gets (an MSP: its revenue level)."""
    tier = program.tiers.get(master.tier or "")
    if tier is not None and tier.benefits_of:
        return program.tiers.get(master.msp_level or "")
    return tier


def counted_html(detail: PartnerDetail) -> str:
    """The won quotes that counted as realised projects: number, day accepted, amounts."""
    if not detail.counted:
        return escape(
            QCoreApplication.translate(
                "FiguresTab", "Keine realisierten Projekte aus Angeboten in {year}."
            )
        ).format(year=detail.year)
    head = (
        QCoreApplication.translate("FiguresTab", "Angebot"),
        QCoreApplication.translate("FiguresTab", "angenommen am"),
    )
    amounts = (
        QCoreApplication.translate("FiguresTab", "Umsatz"),
        QCoreApplication.translate("FiguresTab", "davon MRR"),
    )
    gap = "style='padding-right:16px'"
    cells = "".join(f"<th align='left' {gap}>{escape(h)}</th>" for h in head) + "".join(
        f"<th align='right' {gap}>{escape(h)}</th>" for h in amounts
    )
    rows = "".join(
        f"<tr><td {gap}><a href='{escape(q.number)}'>{escape(q.number)}</a></td>"
        f"<td {gap}>{escape(day(q.decided_on))}</td>"
        f"<td align='right' {gap}>{escape(money(q.revenue))}</td>"
        f"<td align='right' {gap}>{escape(money(q.mrr) if q.mrr else '–')}</td></tr>"
        for q in detail.counted
    )
    title = escape(
        QCoreApplication.translate("FiguresTab", "Realisierte Projekte aus Angeboten {year}")
    ).format(year=detail.year)
    return (
        f"<b>{title}</b><table cellspacing='0' cellpadding='2' style='margin-top:2px'>"
        f"<tr>{cells}</tr>{rows}</table>"
    )


def heading(text: str) -> QLabel:
    label = QLabel(text)
    label.setStyleSheet("font-weight: bold;")
    return label


class FiguresTab(QWidget):
    changed = Signal()
    quote_requested = Signal(str)  # a counted quote's number was clicked: open it in the editor

    def __init__(self, host: Host, program: Program) -> None:
        super().__init__()
        self.host = host
        self.program = program
        self.detail: PartnerDetail | None = None
        self.dirty = False
        self._base: YearInput | None = None  # the stored figures the fields were filled from
        self._loading = False

        self.projects = spin_box("manualProjects")
        self.revenue = amount_edit("manualRevenue")
        self.mrr = amount_edit("manualMrr")
        self.calls = spin_box("supportCallsUsed")
        self.budget = amount_edit("marketingBudgetUsed")
        self.leads = spin_box("leadsReceived")
        for edit in (self.revenue, self.mrr, self.budget):
            edit.textEdited.connect(self._edited)
        for spin in (self.projects, self.calls, self.leads):
            spin.valueChanged.connect(self._edited)

        self.won = {key: QLabel() for key in ("projects", "revenue", "mrr")}
        self.total = {key: QLabel() for key in ("projects", "revenue", "mrr")}
        for key in self.won:
            self.won[key].setObjectName(f"won-{key}")
            self.total[key].setObjectName(f"total-{key}")
            for label in (self.won[key], self.total[key]):
                label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.calls_text = QLabel()
        self.calls_text.setObjectName("supportCallsText")
        self.budget_text = QLabel()
        self.budget_text.setObjectName("marketingBudgetText")
        self.leads_text = QLabel()
        self.leads_text.setObjectName("leadsText")
        for label in (self.calls_text, self.budget_text, self.leads_text):
            label.setWordWrap(True)
        self.mrr_note = QLabel()
        self.mrr_note.setObjectName("revenueFromMrr")
        self.mrr_note.setWordWrap(True)
        self.counted = QLabel()
        self.counted.setObjectName("countedProjects")
        self.counted.setWordWrap(True)
        self.counted.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.LinksAccessibleByMouse
            | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
        )
        self.counted.setToolTip(self.tr("Eine Angebotsnummer öffnet das Angebot."))
        self.counted.linkActivated.connect(self.quote_requested)
        self.title = self._figures_box()
        self.benefits = self._benefits_box()
        self.errors = ErrorLine(
            "figuresErrors",
            {
                "projects": self.projects,
                "revenue": self.revenue,
                "mrr": self.mrr,
                "support_calls_used": self.calls,
                "marketing_budget_used": self.budget,
                "leads_received": self.leads,
            },
        )
        self.save_button = QPushButton(self.tr("Zahlen speichern"))
        self.save_button.setObjectName("saveFigures")
        self.save_button.setToolTip(
            self.tr("Die von Hand erfassten Zahlen des Jahres speichern (Strg+S)")
        )
        self.save_button.clicked.connect(self.save)
        self.revert_button = QPushButton(self.tr("Verwerfen"))
        self.revert_button.clicked.connect(self.revert)
        buttons = button_row(self.errors, self.revert_button, self.save_button)
        self._lay_out(buttons)

    def _lay_out(self, buttons: QHBoxLayout) -> None:
        # The boxes scroll (a year with many won quotes lists them all; a low window at
        # 1024×640), the buttons stay in view.
        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.benefits)
        layout.addStretch()
        scroll = QScrollArea()
        scroll.setObjectName("figuresScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        scroll.viewport().setAutoFillBackground(False)  # the tab's own background, no grey block
        content.setAutoFillBackground(False)
        outer = QVBoxLayout(self)
        outer.addWidget(scroll, 1)
        outer.addLayout(buttons)

    def _figures_box(self) -> QGroupBox:
        box = QGroupBox()
        grid = QGridLayout(box)
        titles = ("", self.tr("von Hand"), self.tr("aus Angeboten"), self.tr("gesamt"))
        for column, text in enumerate(titles):
            label = heading(text)
            label.setAlignment(Qt.AlignmentFlag.AlignRight)
            grid.addWidget(label, 0, column)
        rows = [
            (self.tr("Realisierte Projekte"), self.projects, "projects"),
            (self.tr("Umsatz (€)"), self.revenue, "revenue"),
            (self.tr("MRR (€ pro Monat)"), self.mrr, "mrr"),
        ]
        for row, (text, editor, key) in enumerate(rows, start=1):
            grid.addWidget(QLabel(text), row, 0)
            grid.addWidget(editor, row, 1)
            grid.addWidget(self.won[key], row, 2)
            grid.addWidget(self.total[key], row, 3)
        note = QLabel(
            self.tr(
                "„aus Angeboten“: angenommene Angebote des Jahres mit mindestens einer Position "
                "für Kunden (Server: Neulizenzen, Wartung, Dienstleistung; Cloud), ein Projekt je "
                "Angebot; Eigenbedarfs- und NFR-Lizenzen zählen weder als Projekt noch als Umsatz. "
                "„von Hand“: Geschäft außerhalb von nspdesk; der MRR zählt zwölffach zum Umsatz."
            )
        )
        note.setWordWrap(True)
        note.setStyleSheet("color: #6B6B6B;")
        grid.addWidget(self.mrr_note, 4, 0, 1, 4)
        grid.addWidget(self.counted, 5, 0, 1, 4)
        grid.addWidget(note, 6, 0, 1, 4)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)
        grid.setColumnStretch(3, 1)
        return box

    def _benefits_box(self) -> QGroupBox:
        box = QGroupBox()
        benefits = QGridLayout(box)
        for row, (text, editor, info) in enumerate(
            [
                (self.tr("Support-Anrufe genutzt"), self.calls, self.calls_text),
                (self.tr("Marketingbudget genutzt (€)"), self.budget, self.budget_text),
                (self.tr("Leads erhalten"), self.leads, self.leads_text),
            ]
        ):
            editor.setMaximumWidth(self.fontMetrics().horizontalAdvance("0" * 14))
            benefits.addWidget(QLabel(text), row, 0)
            benefits.addWidget(editor, row, 1)
            benefits.addWidget(info, row, 2)
        benefits.setColumnStretch(2, 1)
        return box

    def load(self, detail: PartnerDetail, force: bool = False) -> None:
        same = self.detail is not None and (detail.id, detail.year) == (
            self.detail.id,
            self.detail.year,
        )
        self.detail = detail
        figures = detail.figures
        self.title.setTitle(self.tr("Zahlen {year}").format(year=detail.year))
        self.benefits.setTitle(self.tr("Leistungen {year}").format(year=detail.year))
        self.won["projects"].setText(number(figures.projects_won))
        self.won["revenue"].setText(money(figures.revenue_won))
        self.won["mrr"].setText(money(figures.mrr_won))
        self.total["projects"].setText(f"<b>{number(figures.projects)}</b>")
        self.total["revenue"].setText(f"<b>{money(figures.revenue)}</b>")
        self.total["mrr"].setText(f"<b>{money(figures.mrr)}</b>")
        sources = figures.revenue_sources
        self.mrr_note.setText(
            self.tr("Umsatz gesamt enthält den MRR von Hand zwölffach: {amount}").format(
                amount=money(sources.from_monthly)
            )
            if sources.monthly
            else ""
        )
        self.mrr_note.setVisible(bool(sources.monthly))
        self.counted.setText(counted_html(detail))
        if not (same and self.dirty and not force):
            counters = self._base = detail.counters
            self._loading = True
            self.projects.setValue(counters.projects)
            self.revenue.setText(euro_text(counters.revenue))
            self.mrr.setText(euro_text(counters.mrr))
            self.calls.setValue(counters.support_calls_used)
            self.budget.setText(euro_text(counters.marketing_budget_used))
            self.leads.setValue(counters.leads_received)
            self._loading = False
            self.dirty = False
            self.errors.clear_error()
        self._update_benefits()

    def revert(self) -> None:
        if self.detail is not None:
            self.load(self.detail, force=True)
            self.changed.emit()

    def _edited(self) -> None:
        if self._loading:
            return
        self.dirty = True
        self._update_benefits()
        self.changed.emit()

    def _update_benefits(self) -> None:
        if self.detail is None:
            return
        free = self.detail.program.common_benefits.free_support_calls_per_year
        used = self.calls.value()
        calls = self.tr("{used} von %n kostenlosen Anrufen", "", free).format(used=number(used))
        if used > free:
            calls += " – " + self.tr("weitere werden nach Aufwand berechnet")
        self.calls_text.setText(calls)
        self.calls_text.setStyleSheet(f"color: {AMBER.name()};" if used >= free else "")
        tier = benefit_tier(self.detail.program, self.detail.master)
        budget = tier.benefits.marketing_budget if tier else Decimal(0)
        try:
            spent: Decimal | None = parse_euro(self.budget.text(), "marketing_budget_used")
        except InputError:
            spent = None
        if not budget:
            self.budget_text.setText(self.tr("kein Marketingbudget in dieser Stufe"))
        else:
            shown = money(spent) if spent is not None else "?"
            assert tier is not None
            self.budget_text.setText(
                self.tr("{spent} von {budget} ({tier}, nach Absprache)").format(
                    spent=shown, budget=money(budget), tier=show(tier.name)
                )
            )
        self.budget_text.setStyleSheet(
            f"color: {AMBER.name()};" if spent is not None and budget and spent > budget else ""
        )
        self.leads_text.setText(
            self.tr("Leads aus dem Marketing von Net at Work (ohne Anspruch auf Menge)")
            if tier is not None and tier.benefits.leads
            else self.tr("kein Anspruch auf Leads in dieser Stufe")
        )

    def year_input(self) -> YearInput:
        return YearInput(
            projects=self.projects.value(),
            revenue=parse_euro(self.revenue.text(), "revenue"),
            mrr=parse_euro(self.mrr.text(), "mrr"),
            support_calls_used=self.calls.value(),
            marketing_budget_used=parse_euro(self.budget.text(), "marketing_budget_used"),
            leads_received=self.leads.value(),
        )

    def save(self) -> bool:
        if self.detail is None:
            return False
        self.errors.clear_error()
        try:
            data = self.year_input()
        except InputError as error:
            self.errors.show_error(error, labels())
            return False
        partner_id, year = self.detail.id, self.detail.year

        expected = self._base  # the figures the fields were filled from: a colleague's are kept

        def change(workspace: Workspace) -> None:
            set_year_figures(workspace, partner_id, year, data, expected=expected)

        was_dirty, self.dirty = self.dirty, False
        title = self.tr("Zahlen {year} speichern").format(year=year)
        if self.host.write(title, change, self.errors, labels()):
            self.changed.emit()
            return True
        if self._base is expected:  # not reloaded with a colleague's figures meanwhile
            self.dirty = was_dirty
        return False
