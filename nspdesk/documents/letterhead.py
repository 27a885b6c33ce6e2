"""The sender's page decoration: letterhead, address field, information block, footer.

One ``PageLayout`` draws the fixed parts of every page of a document; the flowing content comes from
the document modules. All sender and addressee texts are escaped here.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Paragraph, Table

from nspdesk.documents.din5008 import (
    ADDRESS_TEXT_X,
    ADDRESS_ZONE,
    FOOTER,
    INFO_BLOCK,
    LEFT_MARGIN,
    RETURN_ZONE,
    TEXT_RIGHT,
    Box,
    draw_accent_rule,
    draw_fold_and_hole_marks,
    draw_footer_rule,
    draw_in_box,
)
from nspdesk.documents.fonts import BOLD
from nspdesk.documents.styles import ACCENT, styles, table_style
from nspdesk.documents.text import esc
from nspdesk.domain.letterhead import Addressee, Sender

_NAME_BOX = Box(LEFT_MARGIN, 13, 100, 16)
_CONTACT_BOX = Box(130, 13, TEXT_RIGHT - 130, 26)
_LETTERHEAD_RULE = 41.0
_LATER_NAME_BOX = Box(LEFT_MARGIN, 12, 80, 8)
_LATER_TITLE_BOX = Box(110, 12.6, TEXT_RIGHT - 110, 8)
_LATER_RULE = 21.0
# The address text starts at x 25 and keeps clear of the window's right edge.
_ADDRESS_TEXT = Box(
    ADDRESS_TEXT_X, ADDRESS_ZONE.y + 1.5, ADDRESS_ZONE.right - ADDRESS_TEXT_X - 5, 25.5
)
_RETURN_TEXT = Box(
    ADDRESS_TEXT_X, RETURN_ZONE.bottom - 5, RETURN_ZONE.right - ADDRESS_TEXT_X - 5, 4.5
)


@dataclass(frozen=True)
class PageLayout:
    """What stays put on the pages: ``addressee`` and ``info`` only on letters' first page."""

    sender: Sender
    short_title: str  # right in the header of following pages, e.g. "Angebot AN-1 vom 25.11.2026"
    addressee: Addressee | None = None
    info: Sequence[tuple[str, str]] = ()

    @property
    def letter(self) -> bool:
        return self.addressee is not None

    def first_page(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        canvas.saveState()
        self._letterhead(canvas)
        if self.addressee is not None:
            self._address(canvas, self.addressee)
        if self.info:
            self._info_block(canvas)
        draw_fold_and_hole_marks(canvas, fold_marks=self.letter)
        self._footer(canvas)
        canvas.restoreState()

    def later_pages(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        # Identical on every following page: drawn once into a form (PDF XObject) and placed on each
        # page, instead of laying out the same paragraphs again for every page of a long quote.
        _draw_form(canvas, "nspdesk-later-page", self._later_page)

    def _later_page(self, canvas: Canvas) -> None:
        st = styles()
        name = ParagraphStyle("later_name", parent=st.small, fontName=BOLD, textColor=ACCENT)
        draw_in_box(canvas, _LATER_NAME_BOX, [Paragraph(esc(self.sender.company), name)], "ln")
        title = ParagraphStyle("later_title", parent=st.small, alignment=TA_RIGHT)
        draw_in_box(canvas, _LATER_TITLE_BOX, [Paragraph(esc(self.short_title), title)], "lt")
        draw_accent_rule(canvas, _LATER_RULE)
        draw_fold_and_hole_marks(canvas, fold_marks=False)
        self._footer(canvas)

    def _letterhead(self, canvas: Canvas) -> None:
        st = styles()
        name = ParagraphStyle(
            "company", parent=st.title, fontSize=17, leading=20, spaceAfter=0, textColor=ACCENT
        )
        draw_in_box(canvas, _NAME_BOX, [Paragraph(esc(self.sender.company), name)], "name")
        s = self.sender
        contact = [
            s.street,
            f"{s.postal_code} {s.city}".strip(),
            f"Telefon {s.phone}" if s.phone else "",
            s.email,
            s.web,
        ]
        right = ParagraphStyle("contact", parent=st.small, alignment=TA_RIGHT, leading=10.5)
        text = "<br/>".join(esc(line) for line in contact if line)
        draw_in_box(canvas, _CONTACT_BOX, [Paragraph(text, right)], "contact")
        draw_accent_rule(canvas, _LETTERHEAD_RULE)

    def _address(self, canvas: Canvas, addressee: Addressee) -> None:
        st = styles()
        back = Paragraph(f"<u>{esc(self.sender.return_address)}</u>", st.return_address)
        draw_in_box(canvas, _RETURN_TEXT, [back], "return")
        text = "<br/>".join(esc(line) for line in addressee.lines())
        draw_in_box(canvas, _ADDRESS_TEXT, [Paragraph(text, st.address)], "address")

    def _info_block(self, canvas: Canvas) -> None:
        st = styles()
        rows = [
            [Paragraph(esc(label), st.info_label), Paragraph(esc(value), st.info_value)]
            for label, value in self.info
        ]
        table = Table(rows, colWidths=[23 * mm, (INFO_BLOCK.width - 23) * mm])
        table.setStyle(
            table_style(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 2),
                    ("TOPPADDING", (0, 0), (-1, -1), 0),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 0.5),
                ]
            )
        )
        draw_in_box(canvas, INFO_BLOCK, [table], "info")

    def _footer(self, canvas: Canvas) -> None:
        draw_footer_rule(canvas)
        st = styles()
        s = self.sender
        seat = s.seat or s.city
        legal = f"{s.legal_form} mit Sitz in {seat}" if s.legal_form else f"Sitz: {seat}"
        columns = [
            [f"<b>{esc(s.company)}</b>", esc(s.street), esc(f"{s.postal_code} {s.city}".strip())],
            [
                esc(legal),
                esc(f"{s.register_court} {s.register_number}".strip()),
                _labelled("Geschäftsführung", ", ".join(s.managing_directors)),
            ],
            [
                _labelled("Telefon", s.phone),
                _labelled("E-Mail", s.email),
                _labelled("USt-IdNr.", s.vat_id),
            ],
            [esc(s.bank_name), _labelled("IBAN", s.iban), _labelled("BIC", s.bic)],
        ]
        widths = (38.0, 44.0, 40.0, FOOTER.width - 122.0)
        x = FOOTER.x
        for index, (column, width) in enumerate(zip(columns, widths, strict=True)):
            text = "<br/>".join(line for line in column if line)
            box = Box(x, FOOTER.y, width - 2, FOOTER.height)
            draw_in_box(canvas, box, [Paragraph(text, st.footer)], f"footer{index}")
            x += width


def _draw_form(canvas: Canvas, name: str, draw: Callable[[Canvas], None]) -> None:
    """Place the form ``name`` on the page, drawing it with ``draw`` the first time."""
    if not canvas.hasForm(name):
        canvas.beginForm(name)
        canvas.saveState()
        draw(canvas)
        canvas.restoreState()
        canvas.endForm()
    canvas.doForm(name)


def _labelled(label: str, value: str) -> str:
    return f"{esc(label)}: {esc(value)}" if value.strip() else ""
