"""The first pages rendered to pixels (pdftoppm): every part sits in its DIN 5008 Form B box.

Ink is any pixel clearly darker than paper. The address must lie in the window's address zone with
text from x 25 mm, the return address in the zone above it, the information block at x 125/y 50,
the line table inside the body (x 25–190, from the subject line to y 257), and nothing but the fold
and hole marks in the left margin. Needs poppler-utils (``pdftoppm``).
"""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from PIL import Image, ImageChops

from nspdesk.documents import din5008 as din
from nspdesk.documents.annual_review_pdf import annual_review_pdf
from nspdesk.documents.checklist_pdf import checklist_pdf
from nspdesk.documents.program_overview_pdf import program_overview_pdf
from nspdesk.documents.quote_pdf import quote_pdf
from nspdesk.documents.styles import HEADER_FILL
from nspdesk.domain.compliance import Backlink, PartnerFacts, evaluate
from nspdesk.domain.letterhead import Addressee, demo_sender
from nspdesk.domain.onboarding import checklist_for
from nspdesk.domain.pricing import PriceRequest, QuoteLine, price_quote
from nspdesk.domain.program import Program
from nspdesk.domain.quote_document import QuoteDocument

pytestmark = pytest.mark.skipif(
    shutil.which("pdftoppm") is None,
    reason="pdftoppm missing: apt-get install -y poppler-utils",
)

DPI = 150
PX_PER_MM = DPI / 25.4
TOLERANCE_MM = 0.6  # anti-aliasing spills about a pixel beyond a glyph
# A long name and a long street: the address must still stay in its zone.
RECIPIENT = Addressee(
    "Müller & Söhne <GmbH> Informationstechnik und Systemintegration Rhein-Ruhr",
    "Frau Dr. Anna Schmidt-Oberhausen",
    "Hauptstraße 5",
    "50667",
    "Köln",
)


@dataclass(frozen=True)
class Page:
    image: Image.Image

    def ink_box(self, x0: float, y0: float, x1: float, y1: float) -> tuple[float, ...] | None:
        """The bounding box (mm) of ink inside the given region (mm), or None."""
        crop = self.image.crop((x0 * PX_PER_MM, y0 * PX_PER_MM, x1 * PX_PER_MM, y1 * PX_PER_MM))
        mask = crop.convert("L").point(lambda v: 255 if v < 160 else 0)
        box = mask.getbbox()
        if box is None:
            return None
        return (
            x0 + box[0] / PX_PER_MM,
            y0 + box[1] / PX_PER_MM,
            x0 + box[2] / PX_PER_MM,
            y0 + box[3] / PX_PER_MM,
        )

    def color_box(self, rgb: tuple[int, int, int], top: float) -> tuple[float, ...] | None:
        """The bounding box (mm) of pixels of this colour (± a little) below ``top`` (mm).

        Anti-aliased glyph edges can hit any light colour: look below the letterhead only.
        """
        offset = round(top * PX_PER_MM)
        image = self.image.convert("RGB").crop((0, offset, *self.image.size))
        difference = ImageChops.difference(image, Image.new("RGB", image.size, rgb))
        red, green, blue = difference.split()
        largest = ImageChops.lighter(ImageChops.lighter(red, green), blue)
        mask = largest.point(lambda v: 255 if v <= 3 else 0)
        box = mask.getbbox()
        if box is None:
            return None
        return (
            box[0] / PX_PER_MM,
            top + box[1] / PX_PER_MM,
            box[2] / PX_PER_MM,
            top + box[3] / PX_PER_MM,
        )


def render_first_page(pdf: bytes, tmp_path: Path, name: str) -> Page:
    return render_pages(pdf, tmp_path, name, last=1)[0]


def render_pages(pdf: bytes, tmp_path: Path, name: str, last: int | None = None) -> list[Page]:
    source = tmp_path / f"{name}.pdf"
    source.write_bytes(pdf)
    folder = tmp_path / f"{name}-pages"
    folder.mkdir()
    subprocess.run(
        ["pdftoppm", "-png", "-r", str(DPI), "-f", "1"]
        + (["-l", str(last)] if last else [])
        + [str(source), str(folder / "page")],
        check=True,
        capture_output=True,
    )
    pages = []
    for path in sorted(folder.glob("page-*.png")):
        with Image.open(path) as image:
            image.load()
            width, height = image.size  # pdftoppm rounds the page size up to whole pixels
            assert abs(width - 210 * PX_PER_MM) <= 1
            assert abs(height - 297 * PX_PER_MM) <= 1
            pages.append(Page(image.copy()))
    return pages


def inside(box: tuple[float, ...] | None, x0: float, y0: float, x1: float, y1: float) -> bool:
    assert box is not None, "expected ink"
    t = TOLERANCE_MM
    return box[0] >= x0 - t and box[1] >= y0 - t and box[2] <= x1 + t and box[3] <= y1 + t


def quote_document(lines: int) -> QuoteDocument:
    return QuoteDocument(
        number="AN-2026-0042",
        date=date(2026, 11, 25),
        valid_until=date(2026, 12, 25),
        recipient=RECIPIENT,
        contact="Erika Mustermann",
        customer_number="K-10017",
        subject="Angebot NoSpamProxy",
        intro="Sehr geehrte Damen und Herren,\nwie besprochen:",
        closing="Mit freundlichen Grüßen",
        payment_terms="Zahlbar innerhalb von 14 Tagen ohne Abzug.",
        units=("Lizenz",) * lines,
    )


def quote(program: Program) -> bytes:
    lines = tuple(
        QuoteLine("server-license", f"NoSpamProxy Protection {i}", Decimal(50), Decimal("30.00"))
        for i in range(30)
    )
    priced = price_quote(program, PriceRequest("business", date(2026, 11, 25), lines))
    return quote_pdf(priced, quote_document(len(lines)), demo_sender())


def checklist(program: Program) -> bytes:
    return checklist_pdf(
        checklist_for(program, program.tier("premium")),
        RECIPIENT,
        demo_sender(),
        date(2026, 11, 25),
    )


def review(program: Program) -> bytes:
    return annual_review_pdf(evaluate(program, review_facts()), RECIPIENT, demo_sender())


def review_facts() -> PartnerFacts:
    return PartnerFacts(
        track="server",
        year=2025,
        as_of=date(2026, 1, 10),
        projects=3,
        revenue=Decimal(21000),
        sales_training=True,
        tech_training=True,
        technicians_certified_on=(date(2024, 3, 1),),
        backlink=Backlink.FOLLOW,
        service_agreement=True,
    )


LETTERS: dict[str, Callable[[Program], bytes]] = {
    "quote": quote,
    "checklist": checklist,
    "review": review,
}


def assert_common(page: Page, body_top: float) -> None:
    # Letterhead above 45 mm.
    assert inside(
        page.ink_box(0, 0, 210, din.LETTERHEAD.bottom), din.LEFT_MARGIN, 5, din.TEXT_RIGHT, 45
    )
    # Nothing right of the right margin, anywhere.
    assert page.ink_box(din.TEXT_RIGHT + TOLERANCE_MM, 0, 210, 297) is None
    # Left margin: only the fold and hole marks (short strokes at the paper edge).
    marks = [din.HOLE_MARK] + ([*din.FOLD_MARKS] if body_top == din.FIRST_BODY_TOP else [])
    for y in marks:
        mark = page.ink_box(0, y - 1.5, din.LEFT_MARGIN - 1, y + 1.5)
        assert inside(mark, din.MARK_X[0], y - 0.5, din.HOLE_MARK_X[1], y + 0.5)
    spans = sorted([(y - 1.5, y + 1.5) for y in (din.HOLE_MARK, *din.FOLD_MARKS)])
    edges = [din.LETTERHEAD.bottom, *[v for s in spans for v in s], 297]
    for top, bottom in zip(edges[::2], edges[1::2], strict=True):
        assert page.ink_box(0, top, din.LEFT_MARGIN - TOLERANCE_MM, bottom) is None, (top, bottom)
    # Body ends at 257 mm; below it only the page number and the footer.
    assert page.ink_box(0, din.BODY_END + TOLERANCE_MM, 210, din.PAGE_NUMBER_BASELINE - 2.6) is None
    footer = page.ink_box(0, din.FOOTER_RULE - 0.5, 210, 297)
    assert inside(footer, din.LEFT_MARGIN, din.FOOTER_RULE - 0.5, din.TEXT_RIGHT, 292)


@pytest.mark.parametrize("name", sorted(LETTERS))
def test_letter_first_page(name: str, program: Program, tmp_path: Path) -> None:
    page = render_first_page(LETTERS[name](program), tmp_path, name)
    assert_letter_first_page(page)


# Issue #16, 2: "any field of any length prints (… a 200-character company name in every place it
# appears, footer included)". Words as people type them, and one that never breaks.
LONG_COMPANY = ("Systemhaus Müller & Söhne Informationstechnik " * 5)[:200]
ONE_WORD_COMPANY = "X" * 200


@pytest.mark.parametrize(
    ("company", "description_length"), [(LONG_COMPANY, 2200), (ONE_WORD_COMPANY, 20000)]
)
def test_long_texts_stay_in_their_boxes_on_every_page(
    company: str, description_length: int, program: Program, tmp_path: Path
) -> None:
    sender = replace(demo_sender(), company=company, managing_directors=(company,))
    description = ("Leistungsbeschreibung " * 1000)[:description_length]
    lines = (
        QuoteLine("cloud-service", "NoSpamProxy Cloud Protection", Decimal(50), Decimal("3.00")),
        QuoteLine("other", description, Decimal(1), Decimal(140)),
        QuoteLine("other", "Einrichtung", Decimal(1), Decimal(140)),
    )
    priced = price_quote(program, PriceRequest("business", date(2026, 11, 25), lines))
    document = replace(
        quote_document(len(lines)),
        recipient=replace(RECIPIENT, company=company),
        units=("User/Monat", "Teilnehmer pro Schulungstag und Standort", "Pauschale"),
        contact=company,
    )
    pages = render_pages(quote_pdf(priced, document, sender), tmp_path, "long")
    assert len(pages) >= 2
    assert_letter_first_page(pages[0])
    for page in pages[1:]:
        assert_common(page, din.LATER_BODY_TOP)
        body = page.ink_box(din.HOLE_MARK_X[1] + 1, din.LETTERHEAD.bottom, 210, din.BODY_END + 1)
        assert inside(body, din.LEFT_MARGIN, din.LATER_BODY_TOP, din.TEXT_RIGHT, din.BODY_END)


@pytest.mark.parametrize("name", ["checklist", "review"])
def test_other_letters_with_a_long_company_stay_in_their_boxes(
    name: str, program: Program, tmp_path: Path
) -> None:
    sender = replace(demo_sender(), company=LONG_COMPANY, managing_directors=(LONG_COMPANY,))
    partner = replace(RECIPIENT, company=LONG_COMPANY)
    if name == "checklist":
        checklist = checklist_for(program, program.tier("msp"))
        pdf = checklist_pdf(checklist, partner, sender, date(2026, 11, 25))
    else:
        pdf = annual_review_pdf(evaluate(program, review_facts()), partner, sender)
    pages = render_pages(pdf, tmp_path, name)
    assert_letter_first_page(pages[0])
    for page in pages[1:]:
        assert_common(page, din.LATER_BODY_TOP)


def assert_letter_first_page(page: Page) -> None:
    assert_common(page, din.FIRST_BODY_TOP)
    field = din.ADDRESS_FIELD
    # The whole address field holds only the return address and the address, text from x 25.
    ink = page.ink_box(field.x, field.y, field.right, field.bottom)
    assert inside(ink, din.ADDRESS_TEXT_X, field.y, field.right, field.bottom)
    back = page.ink_box(field.x, din.RETURN_ZONE.y, field.right, din.RETURN_ZONE.bottom)
    assert inside(back, din.ADDRESS_TEXT_X, din.RETURN_ZONE.y, field.right, din.RETURN_ZONE.bottom)
    address = page.ink_box(field.x, din.ADDRESS_ZONE.y, field.right, din.ADDRESS_ZONE.bottom)
    assert inside(
        address, din.ADDRESS_TEXT_X, din.ADDRESS_ZONE.y, field.right, din.ADDRESS_ZONE.bottom
    )
    assert address is not None
    assert address[3] - address[1] > 10  # several lines of address, not just a speck
    # Between the address field and the information block, and below both until the subject line:
    assert (
        page.ink_box(
            field.right + TOLERANCE_MM, field.y, din.INFO_BLOCK.x - TOLERANCE_MM, field.bottom
        )
        is None
    )
    assert (
        page.ink_box(din.LEFT_MARGIN, field.bottom + TOLERANCE_MM, 210, din.FIRST_BODY_TOP - 1)
        is None
    )
    # Information block at x 125, y 50.
    info = page.ink_box(field.right + 1, din.LETTERHEAD.bottom, 210, din.FIRST_BODY_TOP - 1)
    assert inside(
        info, din.INFO_BLOCK.x, din.INFO_BLOCK.y, din.INFO_BLOCK.right, din.INFO_BLOCK.bottom
    )
    assert info is not None
    assert abs(info[0] - din.INFO_BLOCK.x) < 1.5
    # Body text (subject, table) from the subject line to 257 mm, x 25–190.
    body = page.ink_box(din.LEFT_MARGIN - 1, din.FIRST_BODY_TOP - 1, 210, din.BODY_END + 1)
    assert inside(body, din.LEFT_MARGIN, din.FIRST_BODY_TOP - 1, din.TEXT_RIGHT, din.BODY_END)
    table = page.color_box(HEADER_FILL.bitmap_rgb(), top=din.LETTERHEAD.bottom)
    assert inside(table, din.LEFT_MARGIN, din.FIRST_BODY_TOP, din.TEXT_RIGHT, din.BODY_END)
    assert table is not None
    assert table[2] - table[0] > 160  # the table spans the body width


def test_long_quote_fills_the_first_page_to_the_body_end(program: Program, tmp_path: Path) -> None:
    page = render_first_page(quote(program), tmp_path, "quote")
    body = page.ink_box(din.LEFT_MARGIN, din.FIRST_BODY_TOP, din.TEXT_RIGHT, din.BODY_END + 1)
    assert body is not None
    assert body[3] > din.BODY_END - 20  # the table runs down to the body end, not far above it


@pytest.mark.parametrize("track", ["server", "cloud", "support"])
def test_program_overview_first_page(track: str, program: Program, tmp_path: Path) -> None:
    pdf = program_overview_pdf(program, [track], demo_sender(), date(2026, 11, 25))
    page = render_first_page(pdf, tmp_path, track)
    assert_common(page, din.REPORT_BODY_TOP)
    # from right of the hole mark (the margin itself is checked in assert_common)
    body = page.ink_box(din.HOLE_MARK_X[1] + 1, din.LETTERHEAD.bottom, 210, din.BODY_END + 1)
    assert inside(body, din.LEFT_MARGIN, din.REPORT_BODY_TOP, din.TEXT_RIGHT, din.BODY_END)
