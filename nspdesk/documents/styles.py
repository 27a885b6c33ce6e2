"""Paragraph and table styles of all documents, in the embedded font."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import TableStyle

from nspdesk.documents.fonts import BOLD, register_fonts

ACCENT = colors.HexColor("#1F4E79")
GREY = colors.HexColor("#555555")
RULE = colors.HexColor("#B0B7BF")
HEADER_FILL = colors.HexColor("#E4EAF1")
ZEBRA_FILL = colors.HexColor("#F5F7FA")
OK = colors.HexColor("#2E7D32")
MISSING = colors.HexColor("#B3261E")


@dataclass(frozen=True)
class Styles:
    body: ParagraphStyle
    small: ParagraphStyle
    tiny: ParagraphStyle
    footer: ParagraphStyle
    subject: ParagraphStyle
    title: ParagraphStyle
    heading: ParagraphStyle
    cell: ParagraphStyle
    cell_right: ParagraphStyle
    cell_head: ParagraphStyle
    cell_head_right: ParagraphStyle
    cell_small: ParagraphStyle
    info_label: ParagraphStyle
    info_value: ParagraphStyle
    address: ParagraphStyle
    return_address: ParagraphStyle
    bullet: ParagraphStyle


@cache
def styles() -> Styles:
    font = register_fonts()

    def style(name: str, size: float, leading: float, **kw: Any) -> ParagraphStyle:
        kw.setdefault("fontName", font)
        kw.setdefault("bulletFontName", kw["fontName"])
        return ParagraphStyle(name, fontSize=size, leading=leading, **kw)

    cell = style("cell", 8.5, 10.5)
    return Styles(
        body=style("body", 10, 13.5, spaceAfter=6),
        small=style("small", 8.5, 11, textColor=GREY),
        tiny=style("tiny", 7, 8.5, textColor=GREY),
        footer=style("footer", 6.5, 8, textColor=GREY),
        subject=style("subject", 11.5, 14, fontName=BOLD, spaceAfter=10),
        title=style("title", 16, 20, fontName=BOLD, textColor=ACCENT, spaceAfter=4),
        heading=style(
            "heading",
            11.5,
            14,
            fontName=BOLD,
            textColor=ACCENT,
            spaceBefore=10,
            spaceAfter=5,
            keepWithNext=1,
        ),
        cell=cell,
        cell_right=ParagraphStyle("cell_right", parent=cell, alignment=TA_RIGHT),
        cell_head=ParagraphStyle("cell_head", parent=cell, fontName=BOLD),
        cell_head_right=ParagraphStyle(
            "cell_head_right", parent=cell, fontName=BOLD, alignment=TA_RIGHT
        ),
        cell_small=style("cell_small", 7.5, 9, textColor=GREY),
        info_label=style("info_label", 8, 11, textColor=GREY),
        info_value=style("info_value", 8.5, 11),
        address=style("address", 10, 12, alignment=TA_LEFT),
        return_address=style("return_address", 6.5, 8, textColor=GREY),
        bullet=style("bullet", 10, 13.5, leftIndent=12, bulletIndent=2, spaceAfter=2),
    )


def table_style(commands: list[Any]) -> TableStyle:
    """A table style that sets the embedded font first: reportlab's cell default is Helvetica,
    which it selects on the canvas for every cell, even one holding only paragraphs."""
    return TableStyle([("FONTNAME", (0, 0), (-1, -1), register_fonts()), *commands])


def grid_table_style(header_rows: int = 1, zebra: bool = True, rows: int = 0) -> TableStyle:
    """Thin horizontal rules, a tinted header row, optional zebra stripes; with ``rows`` (the
    table's row count, header included) the table splits at a page break only where two rows or
    more stay on either side (and the header with the first two)."""
    commands: list[Any] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("BACKGROUND", (0, 0), (-1, header_rows - 1), HEADER_FILL),
        ("LINEBELOW", (0, header_rows - 1), (-1, header_rows - 1), 0.8, ACCENT),
        ("LINEBELOW", (0, header_rows), (-1, -1), 0.25, RULE),
    ]
    if zebra:
        for row in range(header_rows + 1, rows, 2):
            commands.append(("BACKGROUND", (0, row), (-1, row), ZEBRA_FILL))
    if rows > header_rows:
        # No row alone on a page: the header with the first two rows, the last two together.
        commands.append(("NOSPLIT", (0, 0), (-1, min(header_rows + 1, rows - 1))))
        commands.append(("NOSPLIT", (0, max(rows - 2, 0)), (-1, rows - 1)))
    return table_style(commands)
