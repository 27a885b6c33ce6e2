"""The obligations dashboard: every requirement of the recorded and the next tier with ✓/✗, progress
bars for projects and revenue (or MRR) against the thresholds, the engine's "what is missing"
sentences and its advice, and the what-if area below."""

from __future__ import annotations

from decimal import Decimal
from html import escape

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLayout,
    QProgressBar,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from nspdesk.domain.compliance import Evaluation, RequirementId, RequirementResult
from nspdesk.domain.program import Tier
from nspdesk.domain.standing import StandingResult
from nspdesk.ui.formats import day, money, number
from nspdesk.ui.i18n import show
from nspdesk.ui.views.partners.common import GREEN, GREY, RED, STANDING_COLORS, standing_name
from nspdesk.ui.views.partners.texts import (
    actual_text,
    required_text,
    requirement_label,
    verdict_mark,
)
from nspdesk.ui.views.partners.whatif import WhatIf

BAR_SCALE = 1000
BAR_FIGURES = (RequirementId.PROJECTS, RequirementId.REVENUE, RequirementId.MRR)
BAR_MET, BAR_CLOSE, BAR_FAR = "#A5D6A7", "#FFCC80", "#EF9A9A"  # pastel: the text stays readable


def compared_tiers(evaluation: Evaluation) -> list[tuple[Tier, str]]:
    """The recorded tier (or, without one, the tier reached) and the next tier, with their role."""
    shown: list[tuple[Tier, str]] = []
    first = evaluation.tier or evaluation.eligible_tier
    if first is not None:
        role = (
            QCoreApplication.translate("Dashboard", "erfasste Stufe")
            if evaluation.tier
            else QCoreApplication.translate("Dashboard", "erreichte Stufe")
        )
        shown.append((first, role))
    following = evaluation.next_tier
    if following is not None and following is not first:
        shown.append((following, QCoreApplication.translate("Dashboard", "nächste Stufe")))
    return shown


def wrapped(text: str) -> QLabel:
    """A label that wraps, so that the requirement grid fits a narrow panel."""
    label = QLabel(text)
    label.setWordWrap(True)
    return label


def result_color(result: RequirementResult) -> str:
    if result.met:
        return GREEN.name()
    return RED.name() if result.mandatory else GREY.name()


def clear(layout: QLayout) -> None:
    while layout.count():
        item = layout.takeAt(0)
        if item is None:
            break
        widget = item.widget()
        inner = item.layout()
        if widget is not None:
            widget.hide()
            widget.setParent(None)
            widget.deleteLater()
        elif inner is not None:
            clear(inner)


class Bullets(QLabel):
    """Sentences as a wrapped list with a mark each; ``items`` keeps them for tests."""

    def __init__(self, name: str, mark: str, color: str = "") -> None:
        super().__init__()
        self.setObjectName(name)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.mark = mark
        self.color = color
        self.items: list[str] = []

    def set_items(self, items: list[str] | tuple[str, ...]) -> None:
        self.items = list(items)
        style = f' style="color:{self.color}"' if self.color else ""
        self.setText(
            "<br>".join(
                f"<span{style}>{self.mark}</span>&nbsp;{escape(show(i))}" for i in self.items
            )
        )
        self.setVisible(bool(self.items))


class Dashboard(QScrollArea):
    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("partnerDashboard")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        # The content wraps to the width; it never scrolls sideways.
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        body = QWidget()
        self.setWidget(body)

        self.summary = QLabel()
        self.summary.setObjectName("dashboardSummary")
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.summary.setWordWrap(True)

        self.requirements_box = QGroupBox(self.tr("Anforderungen"))
        self.grid = QGridLayout(self.requirements_box)
        self.grid.setHorizontalSpacing(14)
        self.requirement_cells: dict[tuple[str, RequirementId], QLabel] = {}
        self.bars_box = QGroupBox(self.tr("Fortschritt"))
        self.bars = QGridLayout(self.bars_box)
        self.progress_bars: dict[tuple[str, RequirementId], QProgressBar] = {}

        self.tier_missing_title = QLabel()
        self.tier_missing = Bullets("tierMissingList", "✗", RED.name())
        self.missing_title = QLabel()
        self.missing = Bullets("missingList", "✗", RED.name())
        self.advice_title = QLabel("<b>" + self.tr("Hinweise") + "</b>")
        self.advice = Bullets("adviceList", "ℹ")
        gaps = QGroupBox(self.tr("Was fehlt"))
        gaps_layout = QVBoxLayout(gaps)
        for widget in (
            self.tier_missing_title,
            self.tier_missing,
            self.missing_title,
            self.missing,
            self.advice_title,
            self.advice,
        ):
            gaps_layout.addWidget(widget)

        self.whatif = WhatIf()
        layout = QVBoxLayout(body)
        layout.addWidget(self.summary)
        layout.addWidget(self.requirements_box)
        layout.addWidget(self.bars_box)
        layout.addWidget(gaps)
        layout.addWidget(self.whatif)
        layout.addStretch()

    # --- filling --------------------------------------------------------------------------------

    def show_evaluation(self, evaluation: Evaluation | None, standing: StandingResult) -> None:
        clear(self.grid)
        clear(self.bars)
        self.requirement_cells.clear()
        self.progress_bars.clear()
        for widget in (self.tier_missing, self.missing, self.advice):
            widget.set_items([])
        self.tier_missing_title.setText("")
        self.missing_title.setText("")
        if evaluation is None:
            text = self.tr("Dieses Jahr lässt sich nicht auswerten: {reasons}").format(
                reasons=escape("; ".join(show(r) for r in standing.reasons))
            )
            self.summary.setText(f"<p>{text}</p>")
            self.whatif.set_evaluation(None)
            self._show_lists()
            return
        self.summary.setText(self._summary(evaluation, standing))
        tiers = compared_tiers(evaluation)
        self._fill_grid(evaluation, tiers)
        self._fill_bars(evaluation, tiers)
        self._fill_gaps(evaluation)
        self.whatif.set_evaluation(evaluation)

    @staticmethod
    def _summary(evaluation: Evaluation, standing: StandingResult) -> str:
        facts = evaluation.facts
        eligible = evaluation.eligible_tier
        color = STANDING_COLORS[standing.standing]
        light = (
            f'<span style="color:{color.name()}">● {escape(standing_name(standing.standing))}</span>'
            if color is not None
            else "–"
        )
        reached = (
            escape(show(eligible.name))
            if eligible
            else QCoreApplication.translate("Dashboard", "keine")
        )
        parts = [
            QCoreApplication.translate("Dashboard", "Zahlen {year}, Stichtag {day}").format(
                year=facts.year, day=day(facts.as_of)
            ),
            QCoreApplication.translate("Dashboard", "erreichte Stufe: <b>{tier}</b>").format(
                tier=reached
            ),
        ]
        if evaluation.tier is not None:
            parts.append(
                QCoreApplication.translate(
                    "Dashboard", "erfasste Stufe {tier}: <b>{light}</b>"
                ).format(tier=escape(show(evaluation.tier.name)), light=light)
            )
        reasons = ""
        if standing.reasons and standing.standing.value == "at_risk":
            reasons = "<br>" + "<br>".join(f"⚠ {escape(show(r))}" for r in standing.reasons)
        return f"<p>{' · '.join(parts)}{reasons}</p>"

    def _fill_grid(self, evaluation: Evaluation, tiers: list[tuple[Tier, str]]) -> None:
        header = [
            self.tr("Anforderung"),
            self.tr("Ist {year}").format(year=evaluation.facts.year),
        ]
        header += [f"{show(tier.name).removesuffix(' Partner')}\n({role})" for tier, role in tiers]
        for column, text in enumerate(header):
            label = wrapped(text)
            label.setStyleSheet("font-weight: bold;")
            self.grid.addWidget(label, 0, column, Qt.AlignmentFlag.AlignBottom)
        by_tier = {t.id: {r.id: r for r in evaluation.results_for(t.id)} for t, _ in tiers}
        ids = [i for i in RequirementId if any(i in by_tier[t.id] for t, _ in tiers)]
        for row, requirement in enumerate(ids, start=1):
            results = [by_tier[t.id].get(requirement) for t, _ in tiers]
            actual = next(r for r in results if r is not None).actual
            self.grid.addWidget(wrapped(requirement_label(requirement)), row, 0)
            self.grid.addWidget(wrapped(actual_text(requirement, actual)), row, 1)
            for column, ((tier, _), result) in enumerate(zip(tiers, results, strict=True), 2):
                if result is None:
                    self.grid.addWidget(QLabel("–"), row, column)
                    continue
                cell = wrapped(f"{verdict_mark(result)} {required_text(result)}")
                cell.setObjectName(f"req-{tier.id}-{requirement.value}")
                cell.setStyleSheet(f"color: {result_color(result)};")
                if result.met:
                    cell.setToolTip(self.tr("erfüllt"))
                else:
                    cell.setToolTip(self.tr("fehlt") if result.mandatory else self.tr("empfohlen"))
                self.requirement_cells[(tier.id, requirement)] = cell
                self.grid.addWidget(cell, row, column)
        for column in range(max(self.grid.columnCount(), len(header))):
            # the grid is reused: a column of the partner shown before must not keep its room
            self.grid.setColumnStretch(column, 1 if column < len(header) else 0)

    def _fill_bars(self, evaluation: Evaluation, tiers: list[tuple[Tier, str]]) -> None:
        """Per compared tier a heading, then one bar per figure with a threshold."""
        row = 0
        for tier, role in tiers:
            results = [r for r in evaluation.results_for(tier.id) if r.id in BAR_FIGURES]
            if not results:
                continue
            heading = QLabel(f"<b>{escape(show(tier.name))}</b> ({escape(role)})")
            self.bars.addWidget(heading, row, 0, 1, 2)
            row += 1
            for result in results:
                bar = self._bar(result)
                bar.setObjectName(f"bar-{tier.id}-{result.id.value}")
                self.progress_bars[(tier.id, result.id)] = bar
                self.bars.addWidget(QLabel(requirement_label(result.id)), row, 0)
                self.bars.addWidget(bar, row, 1)
                row += 1
        self.bars.setColumnStretch(1, 1)
        self.bars_box.setVisible(row > 0)

    @staticmethod
    def _bar(result: RequirementResult) -> QProgressBar:
        bar = QProgressBar()
        bar.setRange(0, BAR_SCALE)
        required, actual = result.required, result.actual
        assert isinstance(required, int | Decimal)
        assert isinstance(actual, int | Decimal)
        share = Decimal(actual) / Decimal(required) if required else Decimal(1)
        bar.setValue(int(min(share, Decimal(1)) * BAR_SCALE))
        if result.id is RequirementId.PROJECTS:
            done, goal = number(actual), number(required)
        else:
            done, goal = money(Decimal(actual)), money(Decimal(required))
        text = QCoreApplication.translate("Dashboard", "{done} von {goal}").format(
            done=done, goal=goal
        )
        bar.setFormat(text.replace("%", "%%"))
        color = BAR_MET if result.met else (BAR_CLOSE if share >= Decimal("0.8") else BAR_FAR)
        bar.setStyleSheet(
            "QProgressBar { border: 1px solid #B0B0B0; border-radius: 3px; text-align: center; }"
            f"QProgressBar::chunk {{ background-color: {color}; }}"
        )
        return bar

    def _fill_gaps(self, evaluation: Evaluation) -> None:
        tier, following = evaluation.tier, evaluation.next_tier
        if tier is not None and tier is not following:
            title = (
                self.tr("Für die erfasste Stufe {tier} fehlt:")
                if evaluation.tier_missing
                else self.tr("Die erfasste Stufe {tier} ist erfüllt.")
            )
            self.tier_missing_title.setText(f"<b>{title.format(tier=escape(show(tier.name)))}</b>")
            self.tier_missing.set_items(evaluation.tier_missing)
        else:
            self.tier_missing_title.setText("")
        if following is None:
            self.missing_title.setText(
                "<b>" + self.tr("Die höchste Stufe der Spur ist erreicht.") + "</b>"
            )
        else:
            title = (
                self.tr("Um die erfasste Stufe {tier} zu halten, fehlt:")
                if tier is following
                else self.tr("Für die nächste Stufe {tier} fehlt:")
            )
            self.missing_title.setText(f"<b>{title.format(tier=escape(show(following.name)))}</b>")
            self.missing.set_items(evaluation.missing)
        self.advice.set_items(evaluation.advice)
        self._show_lists()

    def _show_lists(self) -> None:
        self.tier_missing_title.setVisible(bool(self.tier_missing_title.text()))
        self.missing_title.setVisible(bool(self.missing_title.text()))
        self.advice_title.setVisible(bool(self.advice.items))

    # --- what tests and the screenshot script read ---------------------------------------------

    def shown_results(self) -> dict[tuple[str, RequirementId], bool]:
        """Per tier and requirement: shown as met (✓, or ○ for a desirable one not met → False)."""
        return {key: cell.text().startswith("✓") for key, cell in self.requirement_cells.items()}

    def shown_missing(self) -> list[str]:
        return list(self.missing.items)

    def shown_tier_missing(self) -> list[str]:
        return list(self.tier_missing.items)
