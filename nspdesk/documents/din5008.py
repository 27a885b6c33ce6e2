"""DIN 5008 Form B geometry (A4, millimetres from the top-left corner) and its page templates.

The first page of a letter has the letterhead (0–45 mm), the address field for a window envelope
(x 20, y 45, 85 × 45 mm: 17.7 mm return-address zone above the 27.3 mm address zone, text from
x 25), the information block (x 125, y 50), fold marks at 105 and 210 mm and the hole mark at
148.5 mm. Body text runs from x 25 to 190 (margins 25 and 20) and ends at y 257; the sender's
mandatory company details and "Seite X von Y" sit below. Following pages repeat a short header.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from io import BytesIO
from typing import Any

from reportlab import rl_config
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, KeepInFrame, PageTemplate

from nspdesk.documents.fonts import BOLD, register_fonts
from nspdesk.documents.styles import ACCENT, GREY, RULE

# Byte-for-byte reproducible PDFs (no creation time, fixed document id).
rl_config.invariant = 1

PAGE_WIDTH_MM = 210.0
PAGE_HEIGHT_MM = 297.0


@dataclass(frozen=True)
class Box:
    """A rectangle in millimetres from the top-left corner of the page, as DIN 5008 gives it."""

    x: float
    y: float
    width: float
    height: float

    @property
    def right(self) -> float:
        return self.x + self.width

    @property
    def bottom(self) -> float:
        return self.y + self.height

    def frame(self, name: str) -> Frame:
        """A reportlab frame (points, origin bottom-left) exactly covering the box, no padding."""
        return Frame(
            self.x * mm,
            (PAGE_HEIGHT_MM - self.bottom) * mm,
            self.width * mm,
            self.height * mm,
            leftPadding=0,
            rightPadding=0,
            topPadding=0,
            bottomPadding=0,
            id=name,
            showBoundary=0,
        )


LEFT_MARGIN = 25.0
RIGHT_MARGIN = 20.0
TEXT_RIGHT = PAGE_WIDTH_MM - RIGHT_MARGIN
LETTERHEAD = Box(0, 0, PAGE_WIDTH_MM, 45)
ADDRESS_FIELD = Box(20, 45, 85, 45)
RETURN_ZONE = Box(20, 45, 85, 17.7)
ADDRESS_ZONE = Box(20, 62.7, 85, 27.3)
ADDRESS_TEXT_X = 25.0
# The information block runs to the right margin of the body text.
INFO_BLOCK = Box(125, 50, TEXT_RIGHT - 125, 40)  # ends with the address field at 90
FOLD_MARKS = (105.0, 210.0)
HOLE_MARK = 148.5
BODY_END = 257.0
FIRST_BODY_TOP = 98.46  # the subject line of Form B: two blank lines below the address field
REPORT_BODY_TOP = 50.0  # documents without address field start below the letterhead
LATER_BODY_TOP = 30.0
FIRST_BODY = Box(LEFT_MARGIN, FIRST_BODY_TOP, TEXT_RIGHT - LEFT_MARGIN, BODY_END - FIRST_BODY_TOP)
REPORT_BODY = Box(
    LEFT_MARGIN, REPORT_BODY_TOP, TEXT_RIGHT - LEFT_MARGIN, BODY_END - REPORT_BODY_TOP
)
LATER_BODY = Box(LEFT_MARGIN, LATER_BODY_TOP, TEXT_RIGHT - LEFT_MARGIN, BODY_END - LATER_BODY_TOP)
PAGE_NUMBER_BASELINE = 261.5
FOOTER_RULE = 263.5
FOOTER = Box(LEFT_MARGIN, 265.5, TEXT_RIGHT - LEFT_MARGIN, 24)
MARK_X = (4.0, 9.0)  # fold marks: short strokes at the left paper edge
HOLE_MARK_X = (4.0, 12.0)


def y_pt(y_mm: float) -> float:
    """A DIN 5008 y (mm from the top) as a reportlab y (points from the bottom)."""
    return (PAGE_HEIGHT_MM - y_mm) * mm


def draw_in_box(canvas: Canvas, box: Box, flowables: Sequence[Flowable], name: str) -> None:
    """Draw ``flowables`` top-aligned into ``box``, shrunk when they would not fit.

    Text from the user or the database can be any length; it must never leave its box.
    """
    content = KeepInFrame(box.width * mm, box.height * mm, list(flowables), mode="shrink")
    box.frame(name).addFromList([content], canvas)


def draw_fold_and_hole_marks(canvas: Canvas, fold_marks: bool) -> None:
    canvas.saveState()
    canvas.setStrokeColor(GREY)
    canvas.setLineWidth(0.4)
    if fold_marks:
        for y in FOLD_MARKS:
            canvas.line(MARK_X[0] * mm, y_pt(y), MARK_X[1] * mm, y_pt(y))
    canvas.line(HOLE_MARK_X[0] * mm, y_pt(HOLE_MARK), HOLE_MARK_X[1] * mm, y_pt(HOLE_MARK))
    canvas.restoreState()


PageDecorator = Callable[[Canvas, BaseDocTemplate], None]


class _NumberedCanvas(Canvas):
    """Holds every page back until the end, then writes "Seite X von Y" with the real Y."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._pages: list[dict[str, Any]] = []

    def showPage(self) -> None:  # noqa: N802 (reportlab's name)
        self._pages.append(dict(self.__dict__))
        self._startPage()  # type: ignore[attr-defined]  # reportlab's own page reset

    def save(self) -> None:
        total = len(self._pages)
        for number, state in enumerate(self._pages, start=1):
            self.__dict__.update(state)
            self._draw_page_number(number, total)
            super().showPage()
        super().save()

    def _draw_page_number(self, number: int, total: int) -> None:
        self.saveState()
        self.setFont(register_fonts(), 8)
        self.setFillColor(GREY)
        self.drawRightString(
            TEXT_RIGHT * mm, y_pt(PAGE_NUMBER_BASELINE), f"Seite {number} von {total}"
        )
        self.restoreState()


@dataclass(frozen=True)
class Metadata:
    title: str
    author: str
    subject: str
    keywords: tuple[str, ...] = ()


def build_pdf(
    story: list[Flowable],
    metadata: Metadata,
    first_page: PageDecorator,
    later_pages: PageDecorator,
    letter: bool,
) -> bytes:
    """Lay out ``story`` on the first-page and following-page templates; the PDF as bytes.

    ``letter`` selects the Form B first page (body from the subject line, below the address field);
    otherwise the body starts right below the letterhead.
    """
    register_fonts()
    buffer = BytesIO()
    doc = BaseDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=LEFT_MARGIN * mm,
        rightMargin=RIGHT_MARGIN * mm,
        topMargin=LATER_BODY_TOP * mm,
        bottomMargin=(PAGE_HEIGHT_MM - BODY_END) * mm,
        title=metadata.title,
        author=metadata.author,
        subject=metadata.subject,
        keywords=list(metadata.keywords),
        creator="nspdesk",
        lang="de-DE",
        initialFontName=register_fonts(),
    )
    first_body = FIRST_BODY if letter else REPORT_BODY
    doc.addPageTemplates(
        [
            PageTemplate(
                id="first",
                frames=[first_body.frame("first-body")],
                onPage=first_page,
                autoNextPageTemplate="later",
            ),
            PageTemplate(id="later", frames=[LATER_BODY.frame("body")], onPage=later_pages),
        ]
    )
    doc.build(story, canvasmaker=_NumberedCanvas)
    return buffer.getvalue()


def draw_footer_rule(canvas: Canvas) -> None:
    canvas.saveState()
    canvas.setStrokeColor(RULE)
    canvas.setLineWidth(0.5)
    canvas.line(LEFT_MARGIN * mm, y_pt(FOOTER_RULE), TEXT_RIGHT * mm, y_pt(FOOTER_RULE))
    canvas.restoreState()


def draw_accent_rule(canvas: Canvas, y: float) -> None:
    canvas.saveState()
    canvas.setStrokeColor(ACCENT)
    canvas.setLineWidth(1.2)
    canvas.line(LEFT_MARGIN * mm, y_pt(y), TEXT_RIGHT * mm, y_pt(y))
    canvas.restoreState()


def draw_heading_text(canvas: Canvas, x: float, y: float, text: str, size: float) -> None:
    """One line of plain (never markup) text in the bold face, e.g. the company name."""
    canvas.saveState()
    canvas.setFont(BOLD, size)
    canvas.setFillColor(ACCENT)
    canvas.drawString(x * mm, y_pt(y), text)
    canvas.restoreState()
