"""The light flowables of the quote PDF print exactly what reportlab's own would: rendered to pixels.

``GridTable`` against a ``Table`` with ``grid_table_style``, ``AmountTable`` against a ``Table`` of
the same strings, ``PlainParagraph`` against ``Paragraph``, ``letterhead.draw_lines`` against a
``Paragraph`` in its box: each pair rendered with
``pdftoppm`` must give the same image, so the faster path changes nothing anyone sees. Needs
poppler-utils.
"""

from __future__ import annotations

import io
import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest
from PIL import Image, ImageChops
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate, Table, TableStyle

from nspdesk.documents.cells import GridFormat, GridTable
from nspdesk.documents.din5008 import Box, draw_in_box
from nspdesk.documents.fonts import BOLD, REGULAR, register_fonts
from nspdesk.documents.letterhead import draw_lines
from nspdesk.documents.plain import AmountRow, AmountTable, PlainParagraph, Rule
from nspdesk.documents.styles import ACCENT, GREY, RULE, grid_table_style, styles, table_style

pytestmark = pytest.mark.skipif(
    shutil.which("pdftoppm") is None,
    reason="pdftoppm missing: apt-get install -y poppler-utils",
)


@pytest.fixture(autouse=True, scope="module")
def fonts() -> None:
    register_fonts()


def rendered(pdf: bytes, tmp_path: Path, name: str) -> Image.Image:
    source = tmp_path / f"{name}.pdf"
    source.write_bytes(pdf)
    subprocess.run(
        ["pdftoppm", "-png", "-r", "200", "-singlefile", str(source), str(tmp_path / name)],
        check=True,
        capture_output=True,
    )
    with Image.open(tmp_path / f"{name}.png") as image:
        return image.convert("L")


def assert_same_image(ours: bytes, theirs: bytes, tmp_path: Path) -> None:
    mine, reference = rendered(ours, tmp_path, "ours"), rendered(theirs, tmp_path, "theirs")
    assert reference.getbbox() is not None  # something was drawn
    assert ImageChops.difference(mine, reference).getbbox() is None


def document(story: list[Flowable]) -> bytes:
    out = io.BytesIO()
    SimpleDocTemplate(out, pagesize=A4, initialFontName=register_fonts()).build(story)
    return out.getvalue()


def drawing(draw: Callable[[Canvas], None]) -> bytes:
    register_fonts()
    out = io.BytesIO()
    canvas = Canvas(out, pagesize=A4)
    draw(canvas)
    canvas.showPage()
    canvas.save()
    return out.getvalue()


ROWS = [
    ["1", "Lizenz & Wartung <12 Monate>", "12,50\xa0€", "25 %\n+ 5 %"],
    ["2", "NoSpamProxy Cloud", "2,3456\xa0€", "–"],
    ["3", "Einrichtung", "140,00\xa0€", "10 %"],
    ["4", "Schulung", "", "–"],
    ["5", "Support", "1.234,50\xa0€", "7,5 %"],
]


def test_grid_table_looks_like_a_table_with_the_grid_style(tmp_path: Path) -> None:
    widths = (30.0, 200.0, 80.0, 60.0)
    header = ["Pos.", "Artikel", "Preis", "Rabatt"]
    grid = GridTable(GridFormat(widths, frozenset({2, 3}), REGULAR, BOLD, 8.5, 10.5), header, ROWS)
    table = Table([header, *ROWS], colWidths=list(widths), repeatRows=1)
    table.setStyle(grid_table_style(rows=len(ROWS) + 1))
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, 0), BOLD),
                ("FONTNAME", (0, 1), (-1, -1), REGULAR),
                ("FONTSIZE", (0, 0), (-1, -1), 8.5),
                ("LEADING", (0, 0), (-1, -1), 10.5),
                ("ALIGN", (2, 0), (3, -1), "RIGHT"),
            ]
        )
    )
    assert_same_image(document([grid]), document([table]), tmp_path)


PARAGRAPHS = [
    (["Angebot über die Verlängerung der Lizenzen für alle Standorte"], "subject"),
    (["Sehr geehrte Damen und Herren,", "wie besprochen " * 12], "body"),
    (["Die Rabatte entsprechen den Konditionen für Business Partner."], "small"),
    (["zwei  Leerzeichen", "A & <B>"], "body"),  # handed to a Paragraph
]


def test_plain_paragraphs_look_like_paragraphs(tmp_path: Path) -> None:
    st = styles()
    ours: list[Flowable] = [PlainParagraph(lines, getattr(st, name)) for lines, name in PARAGRAPHS]
    theirs: list[Flowable] = [
        Paragraph("<br/>".join(t.replace("&", "&amp;").replace("<", "&lt;") for t in lines), s)
        for lines, s in ((lines, getattr(st, name)) for lines, name in PARAGRAPHS)
    ]
    assert_same_image(document(ours), document(theirs), tmp_path)


BOXES = [
    (Box(25, 13, 100, 16), [("Beispiel IT-Systemhaus GmbH", False)], "title"),
    (
        Box(130, 13, 60, 26),
        [("Musterstraße 12", False), ("12345 Musterstadt", False), ("Telefon 0251 1", False)],
        "right",
    ),
    (
        Box(25, 265, 40, 24),
        [
            ("Beispiel GmbH", True),
            ("Geschäftsführung: Erika Mustermann, Max Mustermann", False),  # wraps
        ],
        "footer",
    ),
    (Box(25, 100, 30, 10), [("Worthinüberlangeswortohnepause", False)], "small"),  # shrinks
    (
        Box(25, 58, 75, 4.5),
        [("Beispiel GmbH · Musterstraße 12 · 12345 Musterstadt", False)],
        "back",
    ),
]


def test_drawn_lines_look_like_a_paragraph_in_the_box(tmp_path: Path) -> None:
    st = styles()
    looks = {
        "title": ParagraphStyle("t", parent=st.title, fontSize=17, leading=20, spaceAfter=0),
        "right": ParagraphStyle("r", parent=st.small, alignment=TA_RIGHT, leading=10.5),
        "footer": ParagraphStyle("f", parent=st.footer, textColor=GREY),
        "small": st.small,
        "back": st.return_address,
    }

    def ours(canvas: Canvas) -> None:
        for box, lines, look in BOXES:
            draw_lines(canvas, box, lines, looks[look], look, underline=look == "back")

    def theirs(canvas: Canvas) -> None:
        for box, lines, look in BOXES:
            markup = "<br/>".join(f"<b>{t}</b>" if bold else t for t, bold in lines)
            if look == "back":
                markup = f"<u>{markup}</u>"
            draw_in_box(canvas, box, [Paragraph(markup, looks[look])], look)

    assert_same_image(drawing(ours), drawing(theirs), tmp_path)


def test_amount_table_looks_like_a_table_of_its_strings(tmp_path: Path) -> None:
    texts = [
        ["Summen", "netto", "USt 19 %", "brutto"],
        ["einmalig", "1.295,25\xa0€", "246,10\xa0€", "1.541,35\xa0€"],
        ["jährlich", "118,80\xa0€", "22,57\xa0€", "141,37\xa0€"],
        ["Gesamt im ersten Jahr", "2.188,85\xa0€", "415,87\xa0€", "2.604,72\xa0€"],
    ]
    bold = [True, False, False, True]
    widths = [130.0, 76.0, 62.0, 76.0]
    rules = [
        Rule(above=False, first=0, last=0, width=0.25, color=RULE),
        Rule(above=True, first=-1, last=-1, width=0.8, color=ACCENT),
        Rule(above=False, first=-1, last=-1, width=0.8, color=ACCENT),
        Rule(above=False, first=1, last=-2, width=0.25, color=RULE),
    ]
    rows = [AmountRow(t, BOLD if b else REGULAR) for t, b in zip(texts, bold, strict=True)]
    ours = AmountTable(rows, widths, 8.5, 10.5, (3, 3, 2, 2.5), rules)
    table = Table(texts, colWidths=widths, hAlign="RIGHT")
    table.setStyle(
        table_style(
            [
                ("LEFTPADDING", (0, 0), (-1, -1), 3),
                ("RIGHTPADDING", (0, 0), (-1, -1), 3),
                ("TOPPADDING", (0, 0), (-1, -1), 2),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
                *(
                    (
                        "LINEABOVE" if r.above else "LINEBELOW",
                        (0, r.first),
                        (-1, r.last),
                        r.width,
                        r.color,
                    )
                    for r in rules
                ),
                ("FONTSIZE", (0, 0), (-1, -1), 8.5),
                ("LEADING", (0, 0), (-1, -1), 10.5),
                ("ALIGN", (1, 0), (-1, -1), "RIGHT"),
                *(
                    ("FONTNAME", (0, i), (-1, i), BOLD if b else REGULAR)
                    for i, b in enumerate(bold)
                ),
            ]
        )
    )
    assert_same_image(document([ours]), document([table]), tmp_path)
