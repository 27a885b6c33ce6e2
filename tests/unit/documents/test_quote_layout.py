"""The Angebot's line table with texts of any length (issue #16, 1 and 2): columns as wide as their
content, nothing touching its neighbour, positions longer than a page continued on the next."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

import pytest
from reportlab.pdfbase.pdfmetrics import stringWidth

from nspdesk.documents.cells import LEFT_PADDING, RIGHT_PADDING, GridTable
from nspdesk.documents.quote_pdf import line_tables, quote_pdf, unprintable
from nspdesk.domain.letterhead import demo_sender
from nspdesk.domain.pricing import PricedQuote, QuoteLine
from nspdesk.domain.program import Program
from tests.unit.documents.pdfcheck import assert_fonts_embedded, normalise, page_texts, reader
from tests.unit.documents.test_quote_pdf import document, priced

UNITS = (
    "User/Monat",
    "Teilnehmer",
    "Teilnehmer pro Schulungstag und Standort, vor Ort oder online",
)


def cloud_quote(program: Program, description: str = "Schulung") -> PricedQuote:
    lines = (
        QuoteLine("cloud-service", "NoSpamProxy Cloud Protection", Decimal(50), Decimal("3.00")),
        QuoteLine("cloud-service", "NoSpamProxy Cloud Encryption", Decimal(12), Decimal("1.50")),
        QuoteLine("other", description, Decimal(3), Decimal(140)),
    )
    return priced(program, lines)


def assert_nothing_leaves_its_cell(table: GridTable) -> None:
    edges = [0.0]
    for width in table.widths:
        edges.append(edges[-1] + width)
    rows = table._rows
    for texts in [rows.header, *rows.texts]:
        for text in texts:
            column = text.column
            right = text.x + stringWidth(text.text, text.font, text.size)
            assert text.x >= edges[column] + LEFT_PADDING - 0.01, text
            assert right <= edges[column + 1] - RIGHT_PADDING + 0.01, text


def test_the_unit_never_runs_into_the_article(program: Program) -> None:
    """Issue #16, 1: "User/Monat" ran straight into the article name."""
    quote = cloud_quote(program)
    (table,) = line_tables(quote, document(3, units=UNITS))
    assert isinstance(table, GridTable)
    assert_nothing_leaves_its_cell(table)
    assert sum(table.widths) == pytest.approx(sum(w for w in table.widths))
    # The short units fit on one line, the long one wraps in its column.
    unit_lines = [[t.text for t in texts if t.column == 2] for texts in table._rows.texts]
    assert unit_lines[0] == ["User/Monat"] and unit_lines[1] == ["Teilnehmer"]
    assert len(unit_lines[2]) > 1 and " ".join(unit_lines[2]) == UNITS[2]
    # The article keeps at least the 60 mm it had.
    assert table.widths[3] >= 60 / 25.4 * 72 - 0.01
    text = " ".join(page_texts(quote_pdf(quote, document(3, units=UNITS), demo_sender())))
    assert "User/Monat NoSpamProxy Cloud Protection" in text


def test_columns_shrink_to_their_content(program: Program) -> None:
    quote = cloud_quote(program)
    (short,) = line_tables(quote, document(3, units=("Stk.",) * 3))
    (long,) = line_tables(quote, document(3, units=("User/Monat",) * 3))
    assert isinstance(short, GridTable) and isinstance(long, GridTable)
    assert short.widths[2] < long.widths[2]
    assert short.widths[3] > long.widths[3]  # the article gets what the unit leaves
    assert sum(short.widths) == pytest.approx(sum(long.widths))


@pytest.mark.parametrize("length", [2000, 2200, 20000])
def test_a_long_description_continues_on_the_next_page(program: Program, length: int) -> None:
    """Issue #16, 2: 2,200 characters stopped the quote with a LayoutError; 2,000 left page 1
    empty below the introduction."""
    description = ("Leistungsbeschreibung " * 1000)[:length].strip()
    quote = cloud_quote(program, description)
    pdf = quote_pdf(quote, document(3), demo_sender())
    pages = page_texts(pdf)
    assert len(pages) >= 2
    # The position starts on page 1, with its numbers beside its first lines.
    first = pages[0]
    assert "3 3 Lizenz Leistungsbeschreibung" in first
    assert "420,00 €" in first
    # Every word of it is printed, once; the position number comes again, in grey, where it
    # continues; the totals follow it.
    text = " ".join(pages)
    assert text.count("Leistungsbeschreibung") == description.count("Leistungsbeschreibung")
    assert "Gesamt im ersten Jahr" in pages[-1]
    if length > 2000:  # the rest of it below the header of page 2, its number repeated
        header = "Pos. Menge Einheit Artikel/Beschreibung Einzelpreis Rabatt Gesamt"
        assert f"{header} 3 Leistungsbeschreibung" in pages[1]
    assert_fonts_embedded(pdf)


def test_a_word_longer_than_a_line_is_broken(program: Program) -> None:
    quote = cloud_quote(program, "X" * 20000)
    (table,) = line_tables(quote, document(3))
    assert isinstance(table, GridTable)
    assert_nothing_leaves_its_cell(table)
    pdf = quote_pdf(quote, document(3), demo_sender())
    pages = page_texts(pdf)
    assert sum(page.count("X") - page.count("MUSTDEXXXXX") * 5 for page in pages) == 20000


def test_a_long_company_name_prints_in_every_place(program: Program) -> None:
    """Issue #16, 2: a 200-character company name in every place it appears, footer included."""
    company = ("Systemhaus Müller & Söhne Informationstechnik " * 5)[:200].strip()
    sender = replace(demo_sender(), company=company)
    quote = cloud_quote(program)
    doc = document(3)
    doc = replace(doc, recipient=replace(doc.recipient, company=company), contact=company)
    pdf = quote_pdf(quote, doc, sender)
    text = " ".join(page_texts(pdf))
    # Letterhead, return address, address, information block, signature (twice), footer.
    assert text.count(normalise(company)) >= 6
    assert reader(pdf).metadata.author == company  # type: ignore[union-attr]


def test_invisible_characters_are_stripped_and_others_reported(program: Program) -> None:
    """Issue #16, 3."""
    quote = cloud_quote(program, "Schu\u200blung\u00ad ✓ 你好 🦄")
    doc = replace(document(3), subject="Angebot\x07 مرحبا")
    pdf = quote_pdf(quote, doc, demo_sender())
    text = " ".join(page_texts(pdf))
    assert "Schulung ✓ 你好" in text  # in DejaVu Sans and Droid Sans Fallback, embedded
    assert "\u200b" not in text and "\x07" not in text
    assert_fonts_embedded(pdf, also=("DejaVuSans-Bold", "DroidSansFallback"))
    found = unprintable(quote, doc, demo_sender())
    assert [(str(f.field), f.characters) for f in found] == [
        ("Betreff", "مرحبا"),
        ("Position 3 (Beschreibung)", "🦄"),
    ]


def test_the_same_input_gives_the_same_bytes(program: Program) -> None:
    quote = cloud_quote(program, "Lang " * 2000 + "✓ 你好")
    assert quote_pdf(quote, document(3), demo_sender()) == quote_pdf(
        quote, document(3), demo_sender()
    )
