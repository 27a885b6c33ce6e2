"""The review's table and the detail of one line: columns and text in the UI language, no rules.

Tier names and movements come from ``nspdesk.domain.review`` (``tier_label``, ``final_movement``);
the names of movements and decisions are the domain's ``MOVEMENT_NAMES`` and ``DECISION_NAMES``
translated here; tier names and the reasons (domain sentences) through ``show``. This module only
arranges them.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from nspdesk.domain.decimals import ZERO
from nspdesk.domain.program import Program
from nspdesk.domain.review import (
    Decision,
    Movement,
    ReviewLine,
    final_movement,
    tier_label,
)
from nspdesk.ui import formats
from nspdesk.ui.i18n import QT_TRANSLATE_NOOP, show
from nspdesk.ui.table_model import Column

# The names of ``nspdesk.domain.review`` (``MOVEMENT_NAMES``, ``DECISION_NAMES``) in the UI language.
MOVEMENT_NAMES = {
    Movement.UP: QT_TRANSLATE_NOOP("ReviewView", "Aufstieg"),
    Movement.DOWN: QT_TRANSLATE_NOOP("ReviewView", "Abstieg"),
    Movement.UNCHANGED: QT_TRANSLATE_NOOP("ReviewView", "unverändert"),
    Movement.NO_LONGER_QUALIFIES: QT_TRANSLATE_NOOP("ReviewView", "erfüllt keine Stufe mehr"),
    Movement.NEW: QT_TRANSLATE_NOOP("ReviewView", "neu"),
}
DECISION_NAMES = {
    Decision.OPEN: QT_TRANSLATE_NOOP("ReviewView", "offen"),
    Decision.ACCEPTED: QT_TRANSLATE_NOOP("ReviewView", "angenommen"),
    Decision.OVERRIDDEN: QT_TRANSLATE_NOOP("ReviewView", "abweichend entschieden"),
}
MOVEMENT_SIGNS = {
    Movement.UP: "▲",
    Movement.NEW: "★",
    Movement.UNCHANGED: "=",
    Movement.DOWN: "▼",
    Movement.NO_LONGER_QUALIFIES: "✕",
}
MOVEMENT_COLORS: dict[Movement, QColor | None] = {
    Movement.UP: QColor("#1B7A2F"),
    Movement.NEW: QColor("#1B7A2F"),
    Movement.UNCHANGED: QColor("#6B6B6B"),
    Movement.DOWN: QColor("#B26A00"),
    Movement.NO_LONGER_QUALIFIES: QColor("#B3261E"),
}
DECISION_COLORS: dict[Decision, QColor | None] = {
    Decision.OPEN: QColor("#8A6100"),
    Decision.ACCEPTED: QColor("#1B7A2F"),
    Decision.OVERRIDDEN: QColor("#1F4E9A"),
}


def movement_text(movement: Movement) -> str:
    name = QCoreApplication.translate("ReviewView", MOVEMENT_NAMES[movement])
    return f"{MOVEMENT_SIGNS[movement]} {name}"


def tier_text(program: Program, tier: str | None, msp_level: str | None) -> str:
    """The domain's ``tier_label``, "keine Stufe" in the UI language."""
    if tier is None:
        return QCoreApplication.translate("ReviewView", "keine Stufe")
    return show(tier_label(program, tier, msp_level))


def before_text(program: Program, line: ReviewLine) -> str:
    p = line.proposal
    return tier_text(program, p.recorded_tier, p.recorded_msp_level)


def proposal_text(program: Program, line: ReviewLine) -> str:
    p = line.proposal
    return tier_text(program, p.proposed_tier, p.proposed_msp_level)


def decision_text(program: Program, line: ReviewLine) -> str:
    """ "offen", "angenommen", "abweichend: Business Partner"."""
    outcome = line.outcome
    if outcome.decision is Decision.OVERRIDDEN:
        return QCoreApplication.translate("ReviewView", "abweichend: {tier}").format(
            tier=tier_text(program, outcome.tier, outcome.msp_level)
        )
    return QCoreApplication.translate("ReviewView", DECISION_NAMES[outcome.decision])


# Each column's order in the database (``store.reviews.SORTS``; the movement: what changes for the
# worse first; the decision: what is still open first); the reasons do not sort.
SORT_KEYS: tuple[str | None, ...] = (
    "company",
    "recorded",
    "proposed",
    "movement",
    "decision",
    None,
)


def columns(program: Program) -> list[Column[ReviewLine]]:
    return [
        Column(
            QCoreApplication.translate("ReviewView", "Partner"),
            lambda line: line.proposal.company,
        ),
        Column(
            QCoreApplication.translate("ReviewView", "Stufe bisher"),
            lambda line: before_text(program, line),
            tooltip=lambda line: before_text(program, line),
        ),
        Column(
            QCoreApplication.translate("ReviewView", "Vorschlag"),
            lambda line: proposal_text(program, line),
            tooltip=lambda line: proposal_text(program, line),
        ),
        Column(
            QCoreApplication.translate("ReviewView", "Bewegung"),
            lambda line: movement_text(line.proposal.kind),
            color=lambda line: MOVEMENT_COLORS[line.proposal.kind],
        ),
        Column(
            QCoreApplication.translate("ReviewView", "Entscheidung"),
            lambda line: decision_text(program, line),
            color=lambda line: DECISION_COLORS[line.outcome.decision],
            tooltip=lambda line: line.outcome.reason,
        ),
        Column(
            QCoreApplication.translate("ReviewView", "Begründung"),
            # The first reason repeats the movement; the rest give the numbers.
            lambda line: " ".join(
                show(r) for r in line.proposal.reasons[1:] or line.proposal.reasons
            ),
            tooltip=lambda line: "\n".join(show(r) for r in line.proposal.reasons),
        ),
    ]


def _figure(total: str, manual: str, won: str) -> str:
    return QCoreApplication.translate(
        "ReviewView", "{total} ({manual} gemeldet, {won} aus gewonnenen Angeboten)"
    ).format(total=total, manual=manual, won=won)


def detail_html(program: Program, line: ReviewLine) -> str:
    """The selected line: figures by source, every reason, the decision."""
    p, o = line.proposal, line.outcome
    f = p.figures
    n, m = formats.number, formats.money
    rows = [
        (
            QCoreApplication.translate("ReviewView", "Projekte"),
            _figure(n(f.projects), n(f.projects_manual), n(f.projects_won)),
        ),
        (
            QCoreApplication.translate("ReviewView", "Umsatz"),
            _figure(m(f.revenue), m(f.revenue_reported), m(f.revenue_won)),
        ),
    ]
    if f.mrr != ZERO or p.track == "cloud":
        rows.append(
            (
                QCoreApplication.translate("ReviewView", "MRR"),
                _figure(m(f.mrr), m(f.mrr_manual), m(f.mrr_won)),
            )
        )
    movement = final_movement(program, p, o)
    decision = decision_text(program, line)
    if o.reason:
        decision += f" – {o.reason}"
    rows.append((QCoreApplication.translate("ReviewView", "Entscheidung"), decision))
    if o.decision is Decision.OVERRIDDEN:
        rows.append(
            (QCoreApplication.translate("ReviewView", "Bewegung danach"), movement_text(movement))
        )
    table = "".join(
        f"<tr><td style='padding-right:12px; color:#555'>{escape(label)}</td>"
        f"<td>{escape(value)}</td></tr>"
        for label, value in rows
    )
    reasons = "".join(f"<li>{escape(show(reason))}</li>" for reason in p.reasons)
    head = (
        f"<b>{escape(p.company)}</b>: {escape(before_text(program, line))} → "
        f"{escape(proposal_text(program, line))}"
    )
    return f"{head}<table>{table}</table><ul style='margin-top:4px'>{reasons}</ul>"
