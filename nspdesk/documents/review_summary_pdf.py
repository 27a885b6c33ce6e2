"""The summary of an annual review: partners per tier before and after, revenue per tier, movements.

A report on the sender's letterhead (no address field): the tier table, the movements counted, and
every partner's line (before, after, movement, decision, override reason) in one light
``GridTable``, so a long partner list lays out in linear time with its header atop each page only.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from nspdesk.documents.blocks import data_table, heading, note, paragraph, title_block
from nspdesk.documents.cells import GridFormat, GridTable, TextPart
from nspdesk.documents.din5008 import Metadata, build_pdf
from nspdesk.documents.fonts import BOLD, REGULAR
from nspdesk.documents.letterhead import PageLayout
from nspdesk.domain.decimals import ZERO
from nspdesk.domain.formatting import day, money, number
from nspdesk.domain.letterhead import Sender
from nspdesk.domain.program import Program
from nspdesk.domain.review import (
    DECISION_NAMES,
    MOVEMENT_NAMES,
    Decision,
    Movement,
    ReviewLine,
    ReviewSummary,
    final_movement,
    tier_label,
)

CELL_SIZE, CELL_LEADING = 8.5, 10.5  # as the data tables' cells
_LINES = GridFormat(
    widths=tuple(w * mm for w in (42, 33, 33, 22, 35)),
    right_aligned=frozenset(),
    regular=REGULAR,
    bold=BOLD,
    size=CELL_SIZE,
    leading=CELL_LEADING,
)


def review_summary_pdf(
    program: Program,
    summary: ReviewSummary,
    lines: Sequence[ReviewLine],
    sender: Sender,
    as_of: date,
    state: str,
) -> bytes:
    """``state``: e.g. "Entwurf" or "bestätigt am 12.01.2027 von Erika Mustermann"."""
    year = summary.year
    layout = PageLayout(sender=sender, short_title=f"Jahresüberprüfung {year}")
    story: list[Flowable] = title_block(
        f"Jahresüberprüfung {year}",
        f"Geschäftsjahr {year}, Stichtag {day(as_of)}, {program.title}; {state}",
    )
    total = sum(summary.movements.values())
    story.append(
        paragraph(
            f"{number(total)} Partner überprüft – "
            + ", ".join(
                f"{MOVEMENT_NAMES[m]}: {number(summary.movements[m])}"
                for m in Movement
                if summary.movements[m]
            )
            + "."
        )
    )
    story += [heading("Partner je Stufe"), _tier_table(summary)]
    story.append(
        note(
            f"Umsatz und MRR: Zahlen des Jahres {year} der Partner, die nach der Überprüfung "
            "die Stufe haben (von Hand erfasst plus angenommene Angebote)."
        )
    )
    story += [Spacer(1, 2 * mm), heading("Bewegungen")]
    changes = [
        line
        for line in lines
        if final_movement(program, line.proposal, line.outcome) is not Movement.UNCHANGED
        or line.outcome.decision is Decision.OVERRIDDEN
    ]
    if changes:
        story += _line_tables(program, changes)
    else:
        story.append(paragraph("Keine Stufe ändert sich, keine abweichende Entscheidung."))
    story += [heading("Alle Partner"), *_line_tables(program, lines)]
    metadata = Metadata(
        title=f"Jahresüberprüfung {year}",
        author=sender.company,
        subject=f"Zusammenfassung der Jahresüberprüfung {year} – {program.title}",
        keywords=("Jahresüberprüfung", str(year)),
    )
    return build_pdf(story, metadata, layout.first_page, layout.later_pages, letter=False)


def _tier_table(summary: ReviewSummary) -> Flowable:
    rows = [
        [row.label, number(row.before), number(row.after), money(row.revenue), money(row.mrr)]
        for row in summary.tiers
    ]
    rows.append(
        [
            "Summe",
            number(sum(r.before for r in summary.tiers)),
            number(sum(r.after for r in summary.tiers)),
            money(sum((r.revenue for r in summary.tiers), start=ZERO)),
            money(sum((r.mrr for r in summary.tiers), start=ZERO)),
        ]
    )
    return data_table(
        ["Stufe", "vorher", "nachher", "Umsatz", "MRR"],
        rows,
        [67, 18, 18, 32, 30],
        right_aligned=frozenset({1, 2, 3, 4}),
    )


def _line_tables(program: Program, lines: Sequence[ReviewLine]) -> list[Flowable]:
    header = ["Partner", "bisher", "nachher", "Bewegung", "Entscheidung"]
    rows: list[list[str]] = []
    for line in lines:
        p, o = line.proposal, line.outcome
        decision = DECISION_NAMES[o.decision]
        if o.reason:
            decision += f": {o.reason}"
        rows.append(
            [
                p.company,
                tier_label(program, p.recorded_tier, p.recorded_msp_level),
                tier_label(program, o.tier, o.msp_level),
                MOVEMENT_NAMES[final_movement(program, p, o)],
                decision,
            ]
        )
    wrapped = [
        [(TextPart(cell, REGULAR, CELL_SIZE, CELL_LEADING),) for cell in row] for row in rows
    ]
    return [GridTable(_LINES, header, wrapped)]
