"""Was wäre wenn: change projects, revenue or MRR, certified technicians, backlink, trainings or the
service agreement and see the engine's verdict at once. Only ``compliance.evaluate`` runs on a copy
of the facts (``dataclasses.replace``); nothing is stored."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from html import escape

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
)

from nspdesk.domain.compliance import Backlink, Evaluation, PartnerFacts, RequirementId, evaluate
from nspdesk.domain.errors import InputError
from nspdesk.domain.standing import Standing, StandingResult, standing_of
from nspdesk.ui.i18n import show
from nspdesk.ui.views.partners.common import (
    STANDING_COLORS,
    amount_edit,
    euro_text,
    parse_euro,
    spin_box,
    standing_name,
)
from nspdesk.ui.views.partners.texts import BACKLINKS, backlink_name


def with_certified(evaluation: Evaluation, count: int) -> tuple[date, ...]:
    """Course dates giving ``count`` valid certifications: the real valid ones first (newest
    first), then courses as of the reference date; expired and future ones stay as they are."""
    facts = evaluation.facts
    valid = [c.completed_on for c in evaluation.certifications if c.valid]
    others = tuple(c.completed_on for c in evaluation.certifications if not c.valid)
    chosen = valid[:count] + [facts.as_of] * max(0, count - len(valid))
    return (*chosen, *others)


class WhatIf(QGroupBox):
    def __init__(self) -> None:
        super().__init__()
        self.setTitle(self.tr("Was wäre wenn"))
        self.setObjectName("whatIf")
        self.evaluation: Evaluation | None = None
        self.result: Evaluation | None = None
        self.standing: StandingResult | None = None
        self._loading = False

        self.projects = spin_box("whatIfProjects")
        self.amount = amount_edit("whatIfAmount")
        self.amount_label = QLabel(self.tr("Umsatz im Jahr (€)"))
        self.technicians = spin_box("whatIfTechnicians", 1000)
        self.backlink = QComboBox()
        self.backlink.setObjectName("whatIfBacklink")
        for value in BACKLINKS:
            self.backlink.addItem(backlink_name(value), value.value)
        self.sales = QCheckBox(self.tr("Vertriebstraining"))
        self.sales.setObjectName("whatIfSales")
        self.tech = QCheckBox(self.tr("Techniktraining"))
        self.tech.setObjectName("whatIfTech")
        self.agreement = QCheckBox(self.tr("Basis-Servicevereinbarung"))
        self.agreement.setObjectName("whatIfAgreement")
        self.reset_button = QPushButton(self.tr("Zurücksetzen"))
        self.reset_button.setObjectName("whatIfReset")
        self.reset_button.clicked.connect(self.reset)
        self.verdict = QLabel()
        self.verdict.setObjectName("whatIfVerdict")
        self.verdict.setTextFormat(Qt.TextFormat.RichText)
        self.verdict.setWordWrap(True)
        self._lay_out()

        self.projects.valueChanged.connect(self.recompute)
        self.amount.textChanged.connect(self.recompute)
        self.technicians.valueChanged.connect(self.recompute)
        self.backlink.currentIndexChanged.connect(self.recompute)
        for box in (self.sales, self.tech, self.agreement):
            box.toggled.connect(self.recompute)

    def _lay_out(self) -> None:
        trainings = QHBoxLayout()
        trainings.addWidget(self.sales)
        trainings.addWidget(self.tech)
        trainings.addStretch()
        form = QFormLayout()
        form.addRow(self.tr("Realisierte Projekte"), self.projects)
        form.addRow(self.amount_label, self.amount)
        form.addRow(self.tr("Zertifizierte Techniker"), self.technicians)
        form.addRow(self.tr("Backlink"), self.backlink)
        form.addRow(self.tr("Trainings"), trainings)
        form.addRow("", self.agreement)
        buttons = QHBoxLayout()
        note = QLabel(self.tr("Nur eine Rechnung: es wird nichts gespeichert."))
        note.setStyleSheet("color: #6B6B6B;")
        buttons.addWidget(note, 1)
        buttons.addWidget(self.reset_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addLayout(buttons)
        layout.addWidget(self.verdict)

    @property
    def uses_mrr(self) -> bool:
        return self.evaluation is not None and any(
            r.id is RequirementId.MRR for r in self.evaluation.requirements
        )

    def set_evaluation(self, evaluation: Evaluation | None) -> None:
        self.evaluation = evaluation
        self.setEnabled(evaluation is not None)
        self.reset()

    def reset(self) -> None:
        evaluation = self.evaluation
        if evaluation is None:
            self.verdict.setText("")
            return
        facts = evaluation.facts
        self._loading = True
        self.amount_label.setText(
            self.tr("MRR pro Monat (€)") if self.uses_mrr else self.tr("Umsatz im Jahr (€)")
        )
        self.projects.setValue(facts.projects)
        self.amount.setText(euro_text(facts.mrr if self.uses_mrr else facts.revenue))
        self.technicians.setValue(sum(1 for c in evaluation.certifications if c.valid))
        self.backlink.setCurrentIndex(self.backlink.findData(facts.backlink.value))
        self.sales.setChecked(facts.sales_training)
        self.tech.setChecked(facts.tech_training)
        self.agreement.setChecked(facts.service_agreement)
        self._loading = False
        self.recompute()

    def facts(self) -> PartnerFacts:
        """The partner's facts with the values typed here; InputError for a bad amount."""
        assert self.evaluation is not None
        amount = parse_euro(self.amount.text(), "amount")
        facts = self.evaluation.facts
        facts = replace(facts, mrr=amount) if self.uses_mrr else replace(facts, revenue=amount)
        return replace(
            facts,
            projects=self.projects.value(),
            technicians_certified_on=with_certified(self.evaluation, self.technicians.value()),
            backlink=Backlink(self.backlink.currentData()),
            sales_training=self.sales.isChecked(),
            tech_training=self.tech.isChecked(),
            service_agreement=self.agreement.isChecked(),
        )

    def recompute(self) -> None:
        if self._loading or self.evaluation is None:
            return
        try:
            facts = self.facts()
        except InputError as error:
            self.result = self.standing = None
            problem = f'<span style="color:#B3261E">{escape(show(error.message))}</span>'
            self.verdict.setText(problem)
            return
        self.result = evaluate(self.evaluation.program, facts)
        self.standing = standing_of(self.result)
        self.verdict.setText(self._describe(self.evaluation, self.result, self.standing))

    @staticmethod
    def _describe(before: Evaluation, after: Evaluation, standing: StandingResult) -> str:
        def name(evaluation: Evaluation) -> str:
            tier = evaluation.eligible_tier
            return show(tier.name) if tier else QCoreApplication.translate("WhatIf", "keine Stufe")

        changed = after.eligible_tier != before.eligible_tier
        reached = QCoreApplication.translate(
            "WhatIf", "Mit diesen Werten erreicht: <b>{tier}</b>"
        ).format(tier=escape(name(after)))
        if changed:
            reached += " " + QCoreApplication.translate("WhatIf", "(bisher {tier})").format(
                tier=escape(name(before))
            )
        else:
            reached += " " + QCoreApplication.translate("WhatIf", "(unverändert)")
        lines = [reached]
        if after.tier is not None:
            color = STANDING_COLORS[standing.standing]
            assert color is not None
            light = (
                f'<span style="color:{color.name()}">'
                f"<b>● {escape(standing_name(standing.standing))}</b></span>"
            )
            lines.append(
                QCoreApplication.translate("WhatIf", "Erfasste Stufe {tier}: {light}").format(
                    tier=escape(show(after.tier.name)), light=light
                )
            )
            if standing.standing is not Standing.MEETS:
                lines += [f"&nbsp;&nbsp;– {escape(show(reason))}" for reason in standing.reasons]
        if after.next_tier is not None and after.next_tier is not after.tier:
            missing = "; ".join(show(m) for m in after.missing) or QCoreApplication.translate(
                "WhatIf", "nichts"
            )
            lines.append(
                QCoreApplication.translate("WhatIf", "Für {tier} fehlt: {missing}").format(
                    tier=escape(show(after.next_tier.name)), missing=escape(missing)
                )
            )
        return "<br>".join(lines)
