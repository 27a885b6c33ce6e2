"""The sender's page decoration: letterhead, address field, information block, footer.

One ``PageLayout`` draws the fixed parts of every page of a document; the flowing content comes from
the document modules. All sender and addressee texts are escaped here.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from reportlab.lib.colors import HexColor, white
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Paragraph, Table

from nspdesk.documents.din5008 import (
    ADDRESS_TEXT_X,
    ADDRESS_ZONE,
    FOOTER,
    INFO_BLOCK,
    LEFT_MARGIN,
    PAGE_HEIGHT_MM,
    PAGE_WIDTH_MM,
    RETURN_ZONE,
    TEXT_RIGHT,
    Box,
    draw_accent_rule,
    draw_fold_and_hole_marks,
    draw_footer_rule,
    draw_in_box,
    y_pt,
)
from nspdesk.documents.fonts import BOLD
from nspdesk.documents.plain import break_line
from nspdesk.documents.styles import ACCENT, styles, table_style
from nspdesk.documents.text import esc, plain
from nspdesk.domain.letterhead import Addressee, Sender
from nspdesk.domain.quote_document import PrintMark

_NAME_BOX = Box(LEFT_MARGIN, 13, 100, 16)
_CONTACT_BOX = Box(130, 13, TEXT_RIGHT - 130, 26)
_LETTERHEAD_RULE = 41.0
_LATER_NAME_BOX = Box(LEFT_MARGIN, 12, 80, 8)
_LATER_TITLE_BOX = Box(110, 12.6, TEXT_RIGHT - 110, 8)
_LATER_RULE = 21.0
_FOOTER_FORM = "nspdesk-footer"
_MARK_FORM = "nspdesk-mark"
_MARK_RED = HexColor("#b00020")
_MARK_LIGHT = HexColor("#f7dede")
_MARK_ANGLE = 55  # the page's diagonal
_MARK_SIZE = 120.0
_MARK_LENGTH = 230.0  # mm along the diagonal
_BAND = Box(LEFT_MARGIN, 3.5, TEXT_RIGHT - LEFT_MARGIN, 6)  # above the letterhead's name
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
    address_extra: Sequence[str] = ()  # below the address, e.g. the customer's VAT ID
    # The information block's labels: a column as wide as the widest label and a gap (False: the
    # fixed 23 mm of letters printed before, where "Angebotsnummer" touched its value).
    clear_labels: bool = True
    mark: PrintMark | None = None  # "ENTWURF" … on every page

    @property
    def label_width(self) -> float:
        """The information block's label column in points."""
        if not self.clear_labels:
            return _INFO_LABEL_WIDTH
        style = styles().info_label
        widest = max(
            (stringWidth(label, style.fontName, style.fontSize) for label, _ in self.info),
            default=0.0,
        )
        return min(max(_INFO_LABEL_WIDTH, widest + _INFO_LABEL_GAP), _INFO_LABEL_MAX)

    @property
    def letter(self) -> bool:
        return self.addressee is not None

    def first_page(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        canvas.saveState()
        if self.mark is not None:
            _draw_form(canvas, _MARK_FORM, self._mark)
        self._letterhead(canvas)
        if self.addressee is not None:
            self._address(canvas, self.addressee)
        if self.info:
            self._info_block(canvas)
        draw_fold_and_hole_marks(canvas, fold_marks=self.letter)
        _draw_form(canvas, _FOOTER_FORM, self._footer)
        canvas.restoreState()

    def later_pages(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        # Identical on every following page: drawn once into a form (PDF XObject) and placed on each
        # page, instead of laying out the same text again for every page of a long quote. The
        # footer is a form of its own, shared with the first page.
        if self.mark is not None:
            _draw_form(canvas, _MARK_FORM, self._mark)
        _draw_form(canvas, "nspdesk-later-page", self._later_page)
        _draw_form(canvas, _FOOTER_FORM, self._footer)

    def _mark(self, canvas: Canvas) -> None:
        """The mark of a document that must not go out: its word large and light across the
        page, under the text, and a red band with word and reason above the letterhead."""
        mark = self.mark
        assert mark is not None
        canvas.saveState()
        canvas.setFillColor(_MARK_LIGHT)
        canvas.translate(PAGE_WIDTH_MM / 2 * mm, y_pt(PAGE_HEIGHT_MM / 2))
        canvas.rotate(_MARK_ANGLE)
        size = _MARK_SIZE
        while stringWidth(mark.word, BOLD, size) > _MARK_LENGTH * mm and size > 20:
            size -= 4
        canvas.setFont(BOLD, size)
        canvas.drawCentredString(0, -size / 3, mark.word)
        canvas.restoreState()
        canvas.saveState()
        canvas.setFillColor(_MARK_RED)
        width = TEXT_RIGHT - LEFT_MARGIN
        canvas.rect(LEFT_MARGIN * mm, y_pt(_BAND.bottom), width * mm, _BAND.height * mm, 0, 1)
        canvas.setFillColor(white)
        canvas.setFont(BOLD, 9)
        baseline = y_pt(_BAND.bottom) + (_BAND.height * mm - 9 * 0.7) / 2
        canvas.drawCentredString((LEFT_MARGIN + width / 2) * mm, baseline, mark.band)
        canvas.restoreState()

    def _later_page(self, canvas: Canvas) -> None:
        st = styles()
        name = ParagraphStyle("later_name", parent=st.small, fontName=BOLD, textColor=ACCENT)
        draw_lines(canvas, _LATER_NAME_BOX, [(self.sender.company, False)], name, "ln")
        title = ParagraphStyle("later_title", parent=st.small, alignment=TA_RIGHT)
        draw_lines(canvas, _LATER_TITLE_BOX, [(self.short_title, False)], title, "lt")
        draw_accent_rule(canvas, _LATER_RULE)
        draw_fold_and_hole_marks(canvas, fold_marks=False)

    def _letterhead(self, canvas: Canvas) -> None:
        st = styles()
        name = ParagraphStyle(
            "company", parent=st.title, fontSize=17, leading=20, spaceAfter=0, textColor=ACCENT
        )
        draw_lines(canvas, _NAME_BOX, [(self.sender.company, False)], name, "name")
        s = self.sender
        contact = [
            s.street,
            f"{s.postal_code} {s.city}".strip(),
            f"Telefon {s.phone}" if s.phone else "",
            s.email,
            s.web,
        ]
        right = ParagraphStyle("contact", parent=st.small, alignment=TA_RIGHT, leading=10.5)
        lines = [(line, False) for line in contact if line]
        draw_lines(canvas, _CONTACT_BOX, lines, right, "contact")
        draw_accent_rule(canvas, _LETTERHEAD_RULE)

    def _address(self, canvas: Canvas, addressee: Addressee) -> None:
        st = styles()
        back = [(self.sender.return_address, False)]
        box = _return_box(self.sender.return_address, st.return_address)
        draw_lines(canvas, box, back, st.return_address, "return", underline=True)
        lines = [(line, False) for line in (*addressee.lines(), *self.address_extra)]
        draw_lines(canvas, _ADDRESS_TEXT, lines, st.address, "address")

    def _info_block(self, canvas: Canvas) -> None:
        st = styles()
        label_width = self.label_width
        if _plain_info(self.info, st.info_label, st.info_value, label_width):
            _draw_info(canvas, self.info, st.info_label, st.info_value, label_width)
            return
        rows = [
            [
                Paragraph(esc(label, st.info_label.fontName), st.info_label),
                Paragraph(esc(value, st.info_value.fontName), st.info_value),
            ]
            for label, value in self.info
        ]
        widths = (
            [label_width, INFO_BLOCK.width * mm - label_width]
            if self.clear_labels
            else [23 * mm, (INFO_BLOCK.width - 23) * mm]  # as letters of the first form printed
        )
        table = Table(rows, colWidths=widths)
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
        columns: list[list[tuple[str, bool]]] = [
            [(s.company, True), (s.street, False), (f"{s.postal_code} {s.city}".strip(), False)],
            [
                (legal, False),
                (f"{s.register_court} {s.register_number}".strip(), False),
                (_labelled("Geschäftsführung", ", ".join(s.managing_directors)), False),
            ],
            [
                (_labelled("Telefon", s.phone), False),
                (_labelled("E-Mail", s.email), False),
                (_labelled("USt-IdNr.", s.vat_id), False),
            ],
            [
                (s.bank_name, False),
                (_labelled("IBAN", s.iban), False),
                (_labelled("BIC", s.bic), False),
            ],
        ]
        widths = (38.0, 44.0, 40.0, FOOTER.width - 122.0)
        x = FOOTER.x
        for index, (column, width) in enumerate(zip(columns, widths, strict=True)):
            # An empty line is left out; the bold company name always stays (as "<b></b>" did).
            lines = [(text, bold) for text, bold in column if text or bold]
            box = Box(x, FOOTER.y, width - 2, FOOTER.height)
            draw_lines(canvas, box, lines, st.footer, f"footer{index}")
            x += width


def _return_box(text: str, style: ParagraphStyle) -> Box:
    """The box of the return address: one line right above the address zone; a longer address
    (a company name of 200 characters) grows upwards line by line, up to the top of the return
    zone, before it is shrunk."""
    width = _RETURN_TEXT.width * mm
    if stringWidth(text, style.fontName, style.fontSize) <= width:
        return _RETURN_TEXT
    count = len(simpleSplit(text, style.fontName, style.fontSize, width))
    height = min(count * style.leading / mm + 1.5, RETURN_ZONE.height - 1)
    bottom = _RETURN_TEXT.bottom
    return Box(_RETURN_TEXT.x, bottom - height, _RETURN_TEXT.width, height)


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
    return f"{label}: {value}" if value.strip() else ""


# A line of plain text and whether it is set in the family's bold face.
Line = tuple[str, bool]


def draw_lines(
    canvas: Canvas,
    box: Box,
    lines: Sequence[Line],
    style: ParagraphStyle,
    name: str,
    underline: bool = False,
) -> None:
    """``lines`` top-aligned in ``box`` as one ``Paragraph`` in ``style`` (a ``<br/>`` between
    them, all in ``<u>`` when ``underline``) draws them, never leaving the box.

    Plain text that fits the box (lines too wide broken between words, as the paragraph breaks
    them) goes straight onto the canvas at the positions the paragraph would give it: first
    baseline one font size below the top, then one leading apart, right-aligned lines ending at
    the box's right edge. A ``Paragraph`` in a ``KeepInFrame`` costs about 0.3 ms a box, and a
    letter has a dozen boxes. Anything else (a word wider than the box, more lines than fit,
    spacing a paragraph would collapse) takes the paragraph path, which shrinks to fit.
    """
    width, height = box.width * mm, box.height * mm
    wrapped = _wrapped(lines, style, width, height)
    if wrapped is None:
        markup = "<br/>".join(
            f"<b>{esc(t, BOLD)}</b>" if bold else esc(t, style.fontName) for t, bold in lines
        )
        if underline:
            markup = f"<u>{markup}</u>"
        draw_in_box(canvas, box, [Paragraph(markup, style)], name)
        return
    size = style.fontSize
    left, top = box.x * mm, y_pt(box.y)
    right = style.alignment == TA_RIGHT
    canvas.saveState()
    text = canvas.beginText()
    text.setFillColor(style.textColor)
    if underline:  # the paragraph's underline: in the text colour, an eighth of the size below
        canvas.setStrokeColor(style.textColor)
    for index, (line, face) in enumerate(wrapped):
        line_width = stringWidth(line, face, size) if right or underline else 0.0
        x = left + width - line_width if right else left
        baseline = top - size - index * style.leading
        if underline:
            canvas.line(x, baseline - size / 8, x + line_width, baseline - size / 8)
        text.setFont(face, size, style.leading)
        text.setTextOrigin(x, baseline)
        text.textLine(line)
    canvas.drawText(text)
    canvas.restoreState()


def _wrapped(
    lines: Sequence[Line], style: ParagraphStyle, width: float, height: float
) -> list[tuple[str, str]] | None:
    """The lines broken to ``width`` with their faces (``cells.break_line``); ``None`` when a
    paragraph would do more than that or they do not fit ``height``."""
    out: list[tuple[str, str]] = []
    for text, bold in lines:
        face = BOLD if bold else style.fontName
        broken = break_line(text, face, style.fontSize, width)
        if broken is None:
            return None
        out.extend((part, face) for part in broken)
    if not out or len(out) * style.leading > height:
        return None
    return out


_INFO_LABEL_WIDTH = 23 * mm
_INFO_LABEL_GAP = 3 * mm  # between the widest label and the values
_INFO_LABEL_MAX = 32 * mm  # a longer label wraps
_INFO_GAP = 2  # right padding of both columns, points
_INFO_ROW_GAP = 0.5  # bottom padding of each row, points


def _plain_info(
    info: Sequence[tuple[str, str]],
    label: ParagraphStyle,
    value: ParagraphStyle,
    label_width: float,
) -> bool:
    """Whether every label and value of the information block fits its column on one line."""
    value_width = INFO_BLOCK.width * mm - label_width - _INFO_GAP
    rows = max(label.leading, value.leading) + _INFO_ROW_GAP
    return len(info) * rows <= INFO_BLOCK.height * mm and all(
        plain(name)
        and plain(text)
        and stringWidth(name, label.fontName, label.fontSize) <= label_width - _INFO_GAP
        and stringWidth(text, value.fontName, value.fontSize) <= value_width
        for name, text in info
    )


def _draw_info(
    canvas: Canvas,
    info: Sequence[tuple[str, str]],
    label: ParagraphStyle,
    value: ParagraphStyle,
    label_width: float,
) -> None:
    """The information block as its two-column table draws it when nothing wraps."""
    left, top = INFO_BLOCK.x * mm, y_pt(INFO_BLOCK.y)
    row = max(label.leading, value.leading) + _INFO_ROW_GAP
    canvas.saveState()
    text = canvas.beginText()
    cells = ((label, left), (value, left + label_width))
    for index, pair in enumerate(info):  # row by row, as the table: text extracts in that order
        for content, (style, x) in zip(pair, cells, strict=True):
            text.setFillColor(style.textColor)
            text.setFont(style.fontName, style.fontSize, style.leading)
            text.setTextOrigin(x, top - index * row - style.fontSize)
            text.textLine(content)
    canvas.drawText(text)
    canvas.restoreState()
