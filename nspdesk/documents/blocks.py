"""Flowables the documents share: titles, comparison tables, bullet lists, label/value tables.

Every function takes plain text and escapes it; callers never pass markup.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer, Table

from nspdesk.documents.din5008 import LEFT_MARGIN, TEXT_RIGHT
from nspdesk.documents.styles import grid_table_style, styles, table_style
from nspdesk.documents.text import esc

TEXT_WIDTH_MM = TEXT_RIGHT - LEFT_MARGIN


class PagedTable(Table):
    """A ``Table`` that splits between rows as its style allows (``grid_table_style`` keeps two rows
    on either side of a page break). At the top of a frame, where waiting for the next page gains
    nothing, the style's ``NOSPLIT`` gives way and a row taller than the page is split inside
    (``splitInRow``) rather than end in a ``LayoutError``."""

    _nosplitCmds: list[Any]  # noqa: N815 - reportlab's, from the style's NOSPLIT commands

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        parts: list[Flowable] = super().split(available_width, available_height)
        frame = getattr(self, "_frame", None)  # set by reportlab's Frame while it asks
        if parts or not getattr(frame, "_atTop", False):
            return parts
        kept, self._nosplitCmds = self._nosplitCmds, []
        self.splitInRow = 1
        try:
            parts = super().split(available_width, available_height)
        finally:
            self._nosplitCmds = kept
        return parts


def title_block(title: str, subtitle: str) -> list[Flowable]:
    st = styles()
    return [
        Paragraph(esc(title, st.title.fontName), st.title),
        Paragraph(esc(subtitle), st.small),
        Spacer(1, 4 * mm),
    ]


def heading(text: str) -> Paragraph:
    style = styles().heading
    return Paragraph(esc(text, style.fontName), style)


def paragraph(text: str) -> Paragraph:
    return Paragraph(esc(text), styles().body)


def note(text: str) -> Paragraph:
    return Paragraph(esc(text), styles().small)


def bullets(items: Sequence[str]) -> list[Flowable]:
    """A bullet list in which no item stands alone on a page: the first two items stay together
    (and, as a heading keeps with what follows, with the heading above), so do the last two."""
    st = styles()
    flowables = [Paragraph(esc(item), st.bullet, bulletText="•") for item in items]
    for index in {0, len(flowables) - 2}:
        if 0 <= index < len(flowables) - 1:
            flowables[index].keepWithNext = 1
    return list(flowables)


def comparison_table(
    columns: Sequence[str], rows: Sequence[tuple[str, Sequence[str]]], label_width_mm: float = 48
) -> Table:
    """A table with a label column and one column per compared item (tiers)."""
    st = styles()
    bold = st.cell_head.fontName
    header = [Paragraph("", st.cell_head)] + [
        Paragraph(esc(c, bold), st.cell_head) for c in columns
    ]
    body = [
        [Paragraph(esc(label, bold), st.cell_head)] + [Paragraph(esc(v), st.cell) for v in values]
        for label, values in rows
    ]
    width = (TEXT_WIDTH_MM - label_width_mm) / max(len(columns), 1)
    table = PagedTable(
        [header, *body],
        colWidths=[label_width_mm * mm] + [width * mm] * len(columns),
        repeatRows=1,
    )
    table.setStyle(grid_table_style(rows=len(body) + 1))
    return table


def data_table(
    header: Sequence[str],
    rows: Sequence[Sequence[str | Flowable]],
    widths_mm: Sequence[float],
    right_aligned: frozenset[int] = frozenset(),
) -> Table:
    """A plain table of texts (escaped) or ready flowables, with a header row."""
    st = styles()

    def cell(index: int, value: str | Flowable, head: bool = False) -> Flowable:
        if not isinstance(value, str):
            return value
        if head:
            style = st.cell_head_right if index in right_aligned else st.cell_head
        else:
            style = st.cell_right if index in right_aligned else st.cell
        return Paragraph(esc(value, style.fontName), style)

    table = PagedTable(
        [
            [cell(i, h, head=True) for i, h in enumerate(header)],
            *[[cell(i, v) for i, v in enumerate(row)] for row in rows],
        ],
        colWidths=[w * mm for w in widths_mm],
        repeatRows=1,
    )
    table.setStyle(grid_table_style(rows=len(rows) + 1))
    return table


def label_value_table(rows: Sequence[tuple[str, str]], label_width_mm: float = 45) -> Table:
    st = styles()
    table = PagedTable(
        [
            [Paragraph(esc(k, st.cell_head.fontName), st.cell_head), Paragraph(esc(v), st.cell)]
            for k, v in rows
        ],
        colWidths=[label_width_mm * mm, (TEXT_WIDTH_MM - label_width_mm) * mm],
    )
    table.setStyle(
        table_style(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 4),
                ("TOPPADDING", (0, 0), (-1, -1), 1.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
            ]
        )
    )
    return table
