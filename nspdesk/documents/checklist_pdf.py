"""Onboarding-Checkliste: every step of one partner towards a target tier, with status, date, who."""

from __future__ import annotations

from datetime import date

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer

from nspdesk.documents.blocks import data_table, note, paragraph
from nspdesk.documents.din5008 import Metadata, build_pdf
from nspdesk.documents.letterhead import PageLayout
from nspdesk.documents.styles import GREY, OK, styles
from nspdesk.documents.text import esc
from nspdesk.domain.formatting import day
from nspdesk.domain.letterhead import Addressee, Sender
from nspdesk.domain.onboarding import Checklist, Step, StepStatus

STATUS_TEXT = {
    StepStatus.OPEN: "offen",
    StepStatus.DONE: "erledigt",
    StepStatus.NOT_APPLICABLE: "entfällt",
}
# Checkbox, Schritt, Status, Datum, Wer: 165 mm.
COLUMN_WIDTHS_MM = (9.0, 86.0, 20.0, 22.0, 28.0)


class CheckBox(Flowable):
    """A square to tick by hand; ticked when done, struck through when the step does not apply."""

    def __init__(self, status: StepStatus, size: float = 3.4 * mm) -> None:
        super().__init__()
        self.status = status
        self.size = size
        self.width = size
        self.height = size

    def draw(self) -> None:
        canvas = self.canv
        s = self.size
        canvas.saveState()
        canvas.setLineWidth(0.7)
        canvas.setStrokeColor(GREY)
        canvas.rect(0, 0, s, s)
        if self.status is StepStatus.DONE:
            canvas.setStrokeColor(OK)
            canvas.setLineWidth(1.3)
            path = canvas.beginPath()
            path.moveTo(0.18 * s, 0.5 * s)
            path.lineTo(0.42 * s, 0.22 * s)
            path.lineTo(0.85 * s, 0.85 * s)
            canvas.drawPath(path, stroke=1, fill=0)
        elif self.status is StepStatus.NOT_APPLICABLE:
            canvas.line(0.2 * s, 0.5 * s, 0.8 * s, 0.5 * s)
        canvas.restoreState()


def checklist_pdf(
    checklist: Checklist, partner: Addressee | None, sender: Sender, on: date
) -> bytes:
    """The checklist; with ``partner`` a Form B letter to it, otherwise a blank form to fill in."""
    program, tier = checklist.program, checklist.tier
    st = styles()
    info = [
        ("Datum", day(on)),
        ("Zielstufe", tier.name),
        ("Programm", f"Edition {program.edition}"),
    ]
    layout = PageLayout(
        sender=sender,
        short_title=f"Onboarding-Checkliste {tier.name}"
        + (f" – {partner.company}" if partner else ""),
        addressee=partner,
        info=info if partner else (),
    )
    story: list[Flowable] = [
        Paragraph(esc(f"Onboarding-Checkliste {tier.name}"), st.subject),
    ]
    if partner is None:
        story.append(note(f"{program.title} · Stand {day(on)} · Partner: ____________________"))
        story.append(Spacer(1, 3 * mm))
    whose = f" von {partner.company}" if partner else ""
    story.append(
        paragraph(
            f"Die Schritte{whose} auf dem Weg zur Stufe {tier.name} im {program.title}. "
            "Schritte mit dem Zusatz „empfohlen“ sind keine Voraussetzung der Stufe."
        )
    )
    rows = [_row(step) for step in checklist.steps]
    story.append(data_table(["", "Schritt", "Status", "Datum", "Wer"], rows, COLUMN_WIDTHS_MM))
    required = [s for s in checklist.steps if s.required]
    done = sum(1 for s in required if s.status is StepStatus.DONE)
    story.append(Spacer(1, 3 * mm))
    story.append(note(f"{done} von {len(required)} erforderlichen Schritten erledigt."))
    metadata = Metadata(
        title=f"Onboarding-Checkliste {tier.name}",
        author=sender.company,
        subject=f"Onboarding {partner.company if partner else tier.name} – {program.title}",
        keywords=("Onboarding", "Partnerprogramm", tier.name),
    )
    return build_pdf(
        story, metadata, layout.first_page, layout.later_pages, letter=partner is not None
    )


def _row(step: Step) -> list[str | Flowable]:
    st = styles()
    marker = "" if step.required or step.status is StepStatus.NOT_APPLICABLE else " (empfohlen)"
    text = f"<b>{esc(step.title)}</b>{esc(marker)}<br/>"
    text += f'<font size="7.5" color="#555555">{esc(step.explanation)}</font>'
    return [
        CheckBox(step.status),
        Paragraph(text, st.cell),
        STATUS_TEXT[step.status],
        day(step.done_on) if step.done_on else "",
        step.done_by,
    ]
