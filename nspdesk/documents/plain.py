"""Plain text drawn where reportlab's own flowables would draw it, without parsing markup.

A ``Paragraph`` parses its text as markup every time it is made; a letter has a dozen of them and
a totals table of paragraphs, which together cost about as much as a 50-line table of the quote
(bench/quote_pdf.py). These flowables take plain text and place every line where the paragraph or
table would (the tests render both and compare the pixels); text a paragraph would treat
differently goes to a paragraph. Nothing is interpreted, so ``<`` and ``&`` print as typed.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.lib.colors import Color
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph

from nspdesk.documents.text import esc, plain


def break_line(text: str, font: str, size: float, width: float) -> list[str] | None:
    """``text`` broken into lines of ``width`` as a ``Paragraph`` breaks it (greedily between
    words, ``simpleSplit``'s rule); ``None`` when a paragraph would do more: collapse or strip
    spaces (see ``text.plain``), split a word too long for a line."""
    if not plain(text):
        return None
    if stringWidth(text, font, size) <= width:
        return [text]
    if "\xa0" in text or any(stringWidth(word, font, size) > width for word in text.split(" ")):
        return None  # simpleSplit would also break at the no-break space
    broken: list[str] = simpleSplit(text, font, size, width)
    return broken


class PlainParagraph(Flowable):
    """Lines of plain text in a paragraph style, placed and drawn as ``Paragraph`` places and draws
    them (a ``<br/>`` between them), without parsing markup: a dozen paragraphs of a letter cost
    about as much as its line table. Text a paragraph would treat differently (see
    ``break_line``), an empty line, or a style with indents, alignment or a background, is handed
    to a ``Paragraph`` of the escaped lines; so is splitting at a page break.
    """

    def __init__(self, lines: Sequence[str], style: ParagraphStyle) -> None:
        super().__init__()
        self.style = style  # spaceBefore, spaceAfter and keepWithNext come from it (Flowable)
        self.texts = list(lines)
        self._lines: list[str] = []
        self._paragraph: Paragraph | None = None
        simple_style = (
            style.alignment == TA_LEFT
            and not (style.leftIndent or style.rightIndent or style.firstLineIndent)
            and style.backColor is None
            and not style.borderWidth
        )
        if not (simple_style and self.texts and all(self.texts)):
            self._paragraph = self._as_paragraph()

    def _as_paragraph(self) -> Paragraph:
        font = self.style.fontName
        return Paragraph("<br/>".join(esc(text, font) for text in self.texts), self.style)

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        if self._paragraph is None:
            style = self.style
            broken = [
                break_line(text, style.fontName, style.fontSize, available_width)
                for text in self.texts
            ]
            if any(lines is None for lines in broken):
                self._paragraph = self._as_paragraph()
            else:
                self._lines = [line for lines in broken for line in lines or ()]
        if self._paragraph is not None:
            return self._paragraph.wrap(available_width, available_height)
        self.width, self.height = available_width, len(self._lines) * self.style.leading
        return self.width, self.height

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        paragraph = self._paragraph or self._as_paragraph()
        return list(paragraph.split(available_width, available_height))

    def draw(self) -> None:
        if self._paragraph is not None:
            self._paragraph.drawOn(self.canv, 0, 0)
            return
        style = self.style
        text = self.canv.beginText()
        text.setFillColor(style.textColor)
        text.setFont(style.fontName, style.fontSize, style.leading)
        for index, line in enumerate(self._lines):
            # A paragraph's first baseline is one font size below its top.
            text.setTextOrigin(0, self.height - style.fontSize - index * style.leading)
            text.textLine(line)
        self.canv.drawText(text)


@dataclass(frozen=True)
class Rule:
    """A line across the table above (or below) each of the rows ``first`` to ``last``, which
    count from the end when negative, as in a ``TableStyle``'s LINEABOVE and LINEBELOW."""

    above: bool
    first: int
    last: int
    width: float
    color: Color


@dataclass(frozen=True)
class AmountRow:
    texts: Sequence[str]  # the label, then the amounts
    font: str


class AmountTable(Flowable):
    """Rows of a label and right-aligned amounts, one line each, with ``rules`` between them.

    Drawn as a reportlab ``Table`` of these strings draws them: each cell's text on one line at the
    cell's bottom padding (the default vertical alignment), the label from the left padding, the
    amounts ending at the right padding; the table right-aligned in its frame, the rules drawn last
    in their order, with round caps. Texts must fit their columns: ``fits`` tells.
    """

    def __init__(
        self,
        rows: Sequence[AmountRow],
        widths: Sequence[float],
        size: float,
        leading: float,
        padding: tuple[float, float, float, float],  # left, right, top, bottom
        rules: Sequence[Rule],
    ) -> None:
        super().__init__()
        self.hAlign = "RIGHT"
        self.rows, self.widths, self.rules = list(rows), list(widths), list(rules)
        self.size, self.leading, self.padding = size, leading, padding
        self.row_height = leading + padding[2] + padding[3]

    @staticmethod
    def fits(
        rows: Sequence[AmountRow], widths: Sequence[float], size: float, padding: float
    ) -> bool:
        """Whether every text prints as given on one line in its column (``padding`` both sides)."""
        return all(
            plain(text) and stringWidth(text, row.font, size) <= width - 2 * padding
            for row in rows
            for text, width in zip(row.texts, widths, strict=True)
        )

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width, self.height = sum(self.widths), len(self.rows) * self.row_height
        return self.width, self.height

    def draw(self) -> None:
        canvas, size = self.canv, self.size
        left, right, _, bottom = self.padding
        text = canvas.beginText()
        for index, row in enumerate(self.rows):
            baseline = self.height - (index + 1) * self.row_height + bottom + self.leading - size
            text.setFont(row.font, size, self.leading)
            x = 0.0
            for column, (cell, width) in enumerate(zip(row.texts, self.widths, strict=True)):
                start = x + left if column == 0 else x + width - right
                if column:
                    start -= stringWidth(cell, row.font, size)
                if cell:
                    text.setTextOrigin(start, baseline)
                    text.textLine(cell)
                x += width
        canvas.drawText(text)
        canvas.setLineCap(1)
        canvas.setLineJoin(1)
        count = len(self.rows)
        for rule in self.rules:
            canvas.setStrokeColor(rule.color)
            canvas.setLineWidth(rule.width)
            first = rule.first + count if rule.first < 0 else rule.first
            last = rule.last + count if rule.last < 0 else rule.last
            for index in range(first, last + 1):  # none when last comes before first
                y = self.height - (index if rule.above else index + 1) * self.row_height
                canvas.line(0, y, self.width, y)
