"""A light table cell: lines of plain text in given fonts, wrapped to the column, drawn directly.

A reportlab ``Paragraph`` parses its text as markup on every construction, which made the line table
of a long Angebot ten times slower than the table itself (bench/quote_pdf.py). The line table needs
no markup: the article's name in bold and its category below in small grey type. ``TextCell`` wraps
each part with ``simpleSplit`` and draws the lines with ``drawString``; text is never interpreted,
so ``<``, ``&`` and any Unicode print as typed without escaping.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.lib.colors import Color, black
from reportlab.lib.utils import simpleSplit
from reportlab.platypus import Flowable


@dataclass(frozen=True)
class TextPart:
    text: str
    font: str
    size: float
    leading: float
    color: Color = black


class TextCell(Flowable):
    """Parts of text stacked in a table cell, each wrapped to the cell's width."""

    def __init__(self, parts: Sequence[TextPart]) -> None:
        super().__init__()
        self.parts = [part for part in parts if part.text.strip()]
        self._lines: list[tuple[TextPart, str]] = []
        self._wrapped_to: float | None = None

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        if available_width == self._wrapped_to:  # a table asks more than once
            return self.width, self.height
        self._wrapped_to = available_width
        self._lines = [
            (part, line)
            for part in self.parts
            for paragraph in part.text.splitlines() or [""]
            for line in simpleSplit(paragraph, part.font, part.size, available_width) or [""]
        ]
        self.width = available_width
        self.height = sum(part.leading for part, _ in self._lines)
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        y = self.height
        for part, line in self._lines:
            y -= part.leading
            canvas.setFont(part.font, part.size)
            canvas.setFillColor(part.color)
            # The baseline sits a fifth of the leading above the bottom of the line, as in a
            # Paragraph of the same font size and leading.
            canvas.drawString(0, y + (part.leading - part.size) / 2 + part.size * 0.2, line)
