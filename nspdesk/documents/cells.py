"""A light grid table for long lists of plain text: the line table of the Angebot.

It looks like a reportlab ``Table`` with ``styles.grid_table_style`` (tinted header row with an accent
rule, thin rules below the rows, zebra stripes, text aligned to the top of the row) and places every
text where that table places it, but it is built for hundreds of rows (bench/quote_pdf.py):

- Nothing is parsed: a cell is either a plain string (one line per ``"\\n"``, in the table's font,
  not wrapped, as reportlab draws string cells) or a tuple of ``TextPart`` (wrapped to the column
  with ``simpleSplit``). ``<``, ``&`` and any Unicode print as typed, without escaping.
- Row heights are measured once. Splitting at a page break hands out views of the same rows
  (``start``/``stop``), so a table of n rows splits in O(n) over all its pages; a reportlab
  ``Table`` builds and measures the whole remainder again at every page (O(n²)). The header row
  is repeated at the top of every page, and only there.
- Each part draws its text in one PDF text object instead of one per cell.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import NamedTuple

from reportlab.lib.colors import Color, black
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable

from nspdesk.documents.styles import ACCENT, HEADER_FILL, RULE, ZEBRA_FILL


class TextPart(NamedTuple):  # a tuple: a long table makes two a line
    text: str
    font: str
    size: float
    leading: float
    color: Color = black


Cell = str | tuple[TextPart, ...]

# The paddings and rules of ``styles.grid_table_style``.
LEFT_PADDING, RIGHT_PADDING, TOP_PADDING, BOTTOM_PADDING = 3.0, 3.0, 2.5, 3.0
HEADER_RULE, ROW_RULE = (0.8, ACCENT), (0.25, RULE)


@dataclass(frozen=True)
class GridFormat:
    """Columns and fonts of a ``GridTable``: widths in points, right-aligned column numbers, and the
    font of string cells (``bold`` in the header row)."""

    widths: tuple[float, ...]
    right_aligned: frozenset[int]
    regular: str
    bold: str
    size: float
    leading: float


# A placed line of text: x of its left end, baseline below the row's top, font, size, colour, text.
_Text = tuple[float, float, str, float, Color, str]


@dataclass
class _Rows:
    """The measured rows shared by a table and the parts it splits into."""

    format: GridFormat
    header: list[_Text]
    header_height: float
    texts: list[list[_Text]] = field(default_factory=list)
    heights: list[float] = field(default_factory=list)
    tops: list[float] = field(default_factory=list)  # tops[i]: sum of the heights before row i


class GridTable(Flowable):
    """The header row and ``rows`` of cells; splits between rows, the header on every part.

    Rows are measured when the table is made: register the fonts first (``styles()`` does).
    A row taller than a page cannot be split, as in a ``Table`` without ``splitInRow``.
    """

    def __init__(
        self, format: GridFormat, header: Sequence[str], rows: Sequence[Sequence[Cell]]
    ) -> None:
        super().__init__()
        self.hAlign = "CENTER"  # as a reportlab Table
        widths = _Widths()
        header_texts, header_height = _measure(format, header, format.bold, widths)
        measured = _Rows(format, header_texts, header_height)
        top = 0.0
        for row in rows:
            texts, height = _measure(format, row, format.regular, widths)
            measured.texts.append(texts)
            measured.heights.append(height)
            measured.tops.append(top)
            top += height
        measured.tops.append(top)
        self._rows = measured
        self._start, self._stop = 0, len(rows)

    @classmethod
    def _part(cls, rows: _Rows, start: int, stop: int) -> GridTable:
        part = cls.__new__(cls)
        Flowable.__init__(part)
        part.hAlign = "CENTER"
        part._rows, part._start, part._stop = rows, start, stop
        return part

    def _height(self, stop: int) -> float:
        tops = self._rows.tops
        return self._rows.header_height + (tops[stop] - tops[self._start])

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = sum(self._rows.format.widths)
        self.height = self._height(self._stop)
        return self.width, self.height

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        """The rows that fit below the header, and the rest; nothing when not even one row fits
        (the table then starts on the next page)."""
        stop = self._start
        while stop < self._stop and self._height(stop + 1) <= available_height:
            stop += 1
        if stop == self._start:
            return []
        if stop == self._stop:
            return [self]
        return [self._part(self._rows, self._start, stop), self._part(self._rows, stop, self._stop)]

    def draw(self) -> None:
        rows, canvas = self._rows, self.canv
        width = sum(rows.format.widths)
        top = self.height
        body_top = top - rows.header_height
        # Row i's top and bottom, in this part's coordinates.
        spans = [
            (body_top - (rows.tops[i] - rows.tops[self._start]), rows.heights[i])
            for i in range(self._start, self._stop)
        ]
        canvas.setFillColor(HEADER_FILL)
        canvas.rect(0, body_top, width, rows.header_height, stroke=0, fill=1)
        canvas.setFillColor(ZEBRA_FILL)
        for index, (row_top, height) in enumerate(spans, self._start):
            if index % 2:  # every second line, counted over the whole table
                canvas.rect(0, row_top - height, width, height, stroke=0, fill=1)
        text = canvas.beginText()
        state: tuple[str, float, Color] | None = None
        placed = [(top, rows.header)] + [
            (row_top, rows.texts[i])
            for i, (row_top, _) in zip(range(self._start, self._stop), spans, strict=True)
        ]
        for row_top, texts in placed:
            for x, below, font, size, color, line in texts:
                if state != (font, size, color):
                    if state is None or state[:2] != (font, size):
                        text.setFont(font, size)
                    if state is None or state[2] != color:
                        text.setFillColor(color)
                    state = (font, size, color)
                text.setTextOrigin(x, row_top - below)
                text.textLine(line)  # unlike textOut, does not measure the text again
        canvas.drawText(text)
        canvas.setLineCap(1)
        canvas.setLineJoin(1)
        canvas.setStrokeColor(HEADER_RULE[1])
        canvas.setLineWidth(HEADER_RULE[0])
        canvas.line(0, body_top, width, body_top)
        canvas.setStrokeColor(ROW_RULE[1])
        canvas.setLineWidth(ROW_RULE[0])
        for row_top, height in spans:
            canvas.line(0, row_top - height, width, row_top - height)


class _Widths:
    """Text widths remembered while a table is measured: its rows repeat words, units, prices."""

    def __init__(self) -> None:
        self._known: dict[tuple[str, str, float], float] = {}

    def __call__(self, text: str, font: str, size: float) -> float:
        key = (text, font, size)
        width = self._known.get(key)
        if width is None:
            width = self._known[key] = stringWidth(text, font, size)
        return width


def _measure(
    format: GridFormat, cells: Sequence[Cell], font: str, widths: _Widths
) -> tuple[list[_Text], float]:
    """The row's lines of text placed in their cells, and the row's height."""
    texts: list[_Text] = []
    height = 0.0
    x = 0.0
    for column, (cell, width) in enumerate(zip(cells, format.widths, strict=True)):
        right = column in format.right_aligned
        if isinstance(cell, str):
            # reportlab's string cell: first baseline one font size below the padding.
            lines = cell.split("\n")
            below = TOP_PADDING + format.size
            for line in lines:
                if line:
                    left = x + LEFT_PADDING
                    if right:
                        left = x + width - RIGHT_PADDING - widths(line, font, format.size)
                    texts.append((left, below, font, format.size, black, line))
                below += format.leading
            content = format.leading * len(lines)
        else:  # parts are wrapped to the column and start at its left padding
            content = 0.0
            inner = width - LEFT_PADDING - RIGHT_PADDING
            left = x + LEFT_PADDING
            for part in cell:
                if not part.text.strip():
                    continue
                for paragraph in part.text.splitlines() or [""]:
                    for line in _split(paragraph, part, inner, widths):
                        content += part.leading
                        # The baseline a fifth of the font size above the middle of the leading's
                        # slack, as in a Paragraph of the same size and leading.
                        baseline = content - (part.leading - part.size) / 2 - part.size * 0.2
                        below = TOP_PADDING + baseline
                        if line:
                            texts.append((left, below, part.font, part.size, part.color, line))
        height = max(height, content + TOP_PADDING + BOTTOM_PADDING)
        x += width
    return texts, height


def _split(text: str, part: TextPart, width: float, widths: _Widths) -> list[str]:
    """``text`` broken into lines of ``width`` as ``simpleSplit`` breaks it (at least one line),
    with the widths remembered: a long quote breaks thousands of texts of the same words."""
    font, size = part.font, part.size
    words = text.split()
    if text == " ".join(words) and widths(text, font, size) <= width:
        return [text]
    # reportlab.lib.utils._simpleSplit, step by step: the same sums, the same breaks.
    space = widths(" ", font, size)
    lines: list[str] = []
    line: list[str] = []
    used = -space
    for word in words:
        length = widths(word, font, size)
        if used + space + length <= width or not line:
            line.append(word)
            used = used + space + length
        else:
            lines.append(" ".join(line))
            line, used = [word], length
    if line:
        lines.append(" ".join(line))
    return lines or [""]
