"""The Angebot read back: amounts as priced, escaped texts, pages, metadata, embedded font."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest

from nspdesk.documents.quote_pdf import quote_pdf
from nspdesk.domain.errors import InputError
from nspdesk.domain.fields import Fields
from nspdesk.domain.formatting import money
from nspdesk.domain.letterhead import Addressee, demo_sender
from nspdesk.domain.pricing import Audience, PricedQuote, PriceRequest, QuoteLine, price_quote
from nspdesk.domain.program import Program
from nspdesk.domain.quote_document import QuoteDocument, quote_input_from_json
from nspdesk.domain.vat import VatMode
from tests.unit.documents.pdfcheck import (
    assert_fonts_embedded,
    normalise,
    page_texts,
    reader,
    text,
)

NASTY = "Müller & Söhne <GmbH>"

LINES = (
    QuoteLine("server-license", "NoSpamProxy Protection", Decimal(50), Decimal("30.00")),
    QuoteLine(
        "server-maintenance",
        "Softwarewartung <12 Monate>",
        Decimal(50),
        Decimal("7.50"),
        Decimal(5),
    ),
    QuoteLine("cloud-service", "NoSpamProxy Cloud", Decimal(12), Decimal("2.3456")),
    QuoteLine("other", "Einrichtung & Schulung", Decimal("1.5"), Decimal(140)),
)


def document(lines: int = 4, **changes: object) -> QuoteDocument:
    base = QuoteDocument(
        number="AN-2026-0042",
        date=date(2026, 11, 25),
        valid_until=date(2026, 12, 25),
        recipient=Addressee(NASTY, "Frau Dr. Anna Schmidt", "Hauptstraße 5", "50667", "Köln"),
        contact="Erika Mustermann",
        customer_number="K-10017",
        subject="Angebot NoSpamProxy",
        intro="Sehr geehrte Damen und Herren,\nwie besprochen:",
        closing="Mit freundlichen Grüßen",
        payment_terms="Zahlbar innerhalb von 14 Tagen ohne Abzug.",
        units=("Lizenz",) * lines,
    )
    return replace(base, **changes)  # type: ignore[arg-type]


def priced(program: Program, lines: tuple[QuoteLine, ...] = LINES, **kw: object) -> PricedQuote:
    request = PriceRequest(tier="business", date=date(2026, 11, 25), lines=lines, **kw)  # type: ignore[arg-type]
    return price_quote(program, request)


@pytest.fixture(scope="module")
def quote(program: Program) -> PricedQuote:
    return priced(program)


@pytest.fixture(scope="module")
def pdf(quote: PricedQuote) -> bytes:
    return quote_pdf(quote, document(), demo_sender())


def test_amounts_exactly_as_priced(quote: PricedQuote, pdf: bytes) -> None:
    content = text(pdf)
    for line in quote.lines:
        assert normalise(money(line.net)) in content
    assert "1.125,00 €" in content  # 50 × 30,00 € less 25 %
    assert "285,00 €" in content  # 50 × 7,50 € less 20 % and 5 %
    assert "2,3456 €" in content  # a unit price keeps every digit
    # Mixed billing periods: a row per period with its own VAT, and the first year's total.
    # once: 1.125,00 + 210,00 = 1.335,00 (19 %: 253,65); yearly: 285,00 (54,15); monthly: 23,93
    # (4,55); first year: 1.335,00 + 285,00 + 12 × 23,93 = 1.907,16, VAT 253,65 + 54,15 + 12 × 4,55
    assert "Summen netto USt 19 % brutto" in content
    assert "einmalig 1.335,00 € 253,65 € 1.588,65 €" in content
    assert "jährlich 285,00 € 54,15 € 339,15 €" in content
    assert "monatlich 23,93 € 4,55 € 28,48 €" in content
    assert "Gesamt im ersten Jahr 1.907,16 € 362,40 € 2.269,56 €" in content
    assert "NoSpamProxy Cloud Services · monatlich" in content


def test_single_period_quote_has_one_sum(program: Program) -> None:
    quote = priced(program, (LINES[0], LINES[3]))
    content = text(quote_pdf(quote, document(lines=2), demo_sender()))
    # worked by hand: 1.125,00 + 210,00 = 1.335,00; 19 % = 253,65
    assert (
        "Summe netto 1.335,00 € zzgl. 19 % Umsatzsteuer 253,65 € Gesamtbetrag 1.588,65 €" in content
    )
    assert "Summen" not in content and "ersten Jahr" not in content


def test_monthly_only_quote_names_its_period(program: Program) -> None:
    quote = priced(program, (LINES[2],))
    content = text(quote_pdf(quote, document(lines=1), demo_sender()))
    assert "Summe netto monatlich 23,93 €" in content
    assert "Gesamtbetrag monatlich 28,48 €" in content


def test_end_customer_pdf_shows_only_the_customer_prices(program: Program) -> None:
    lines = (LINES[0], replace(LINES[1], extra_discount=Decimal(0)), LINES[3])
    quote = priced(program, lines, audience=Audience.END_CUSTOMER)
    assert quote.margin > 0
    content = text(quote_pdf(quote, document(lines=3), demo_sender()))
    assert "1.500,00 €" in content  # 50 × 30,00 € at list price
    assert "375,00 €" in content  # maintenance at list price
    for secret in (
        money(quote.lines[0].purchase),  # 1.125,00 € purchase price
        money(quote.margin),
        "25 %",  # the partner's tier discount
        "20 %",
        "Business Partner",
        "Konditionen",
        "Marge",
        "Einkauf",
    ):
        assert normalise(secret) not in content, secret


def test_line_table_columns_and_discounts(pdf: bytes) -> None:
    content = text(pdf)
    for header in ("Pos.", "Menge", "Einheit", "Artikel/Beschreibung", "Einzelpreis", "Rabatt"):
        assert header in content
    assert "25 %" in content
    assert "+ 5 %" in content  # the extra discount shown below the tier discount
    assert "Business Partner" in content


def test_user_text_prints_literally(pdf: bytes) -> None:
    content = text(pdf)
    assert NASTY in content
    assert "Softwarewartung <12 Monate>" in content
    assert "Einrichtung & Schulung" in content
    assert "&amp;" not in content
    assert "&lt;" not in content


def test_letter_parts(pdf: bytes) -> None:
    content = text(pdf)
    for part in (
        "Angebotsnummer AN-2026-0042",
        "Datum 25.11.2026",
        "Gültig bis 25.12.2026",
        "Kundennummer K-10017",
        "Ansprechpartner Erika Mustermann",
        "Beispiel IT-Systemhaus GmbH · Musterstraße 12 · 12345 Musterstadt",
        "Dieses Angebot ist gültig bis zum 25.12.2026.",
        "Zahlbar innerhalb von 14 Tagen ohne Abzug.",
        # § 35a GmbHG in the footer
        "GmbH mit Sitz in Musterstadt",
        "Amtsgericht Musterstadt HRB 12345",
        "Geschäftsführung: Erika Mustermann, Max Mustermann",
        "USt-IdNr.: DE000000000",
        "IBAN: DE89 3704 0044 0532 0130 00",
        "Seite 1 von 1",
    ):
        assert part in content, part


def test_metadata_and_font(pdf: bytes) -> None:
    pdf_reader = reader(pdf)
    meta = pdf_reader.metadata
    assert meta is not None
    assert meta.title == "Angebot AN-2026-0042"
    assert meta.author == "Beispiel IT-Systemhaus GmbH"
    assert meta.subject == f"Angebot NoSpamProxy – {NASTY}"
    assert str(pdf_reader.root_object["/Lang"]) == "de-DE"
    assert_fonts_embedded(pdf)


def test_reproducible(quote: PricedQuote, pdf: bytes) -> None:
    assert quote_pdf(quote, document(), demo_sender()) == pdf


def test_reverse_charge(program: Program) -> None:
    quote = priced(program, vat=VatMode.REVERSE_CHARGE)
    pdf = quote_pdf(quote, document(recipient_vat_id="ATU12345678"), demo_sender())
    content = text(pdf)
    assert "Umsatzsteuer " + normalise(money(quote.totals.vat)) not in content
    assert "Reverse Charge" in content
    assert "§ 13b UStG" in content
    assert "ATU12345678" in content
    assert "Summen netto einmalig 1.335,00 € jährlich 285,00 €" in content  # no VAT columns
    assert "Gesamt im ersten Jahr 1.907,16 €" in content
    single = priced(program, LINES[:1], vat=VatMode.REVERSE_CHARGE)
    single_text = text(quote_pdf(single, document(lines=1), demo_sender()))
    assert "Gesamtbetrag (ohne Umsatzsteuer) 1.125,00 €" in single_text


def test_msp_names_both_tiers(program: Program) -> None:
    request = PriceRequest(
        tier="msp", date=date(2026, 11, 25), lines=LINES[:1], msp_level="premium"
    )
    content = text(quote_pdf(price_quote(program, request), document(lines=1), demo_sender()))
    assert "Managed Service Partner" in content
    assert "Premium Partner" in content


def test_long_quote_pages(program: Program) -> None:
    lines = tuple(replace(LINES[i % 4], description=f"Artikel {i + 1:03d}") for i in range(120))
    quote = priced(program, lines)
    pdf = quote_pdf(quote, document(lines=120), demo_sender())
    pages = page_texts(pdf)
    total = len(pages)
    assert total >= 4
    for number, page in enumerate(pages, start=1):
        assert f"Seite {number} von {total}" in page
        if number < total:
            # the header atop every page of the table, and only there (once a page)
            assert page.count("Artikel/Beschreibung") == 1
    content = " ".join(pages)
    for i in range(120):
        assert content.count(f"Artikel {i + 1:03d}") == 1
    assert "Gesamt im ersten Jahr" in " ".join(pages[-2:])  # the totals end the table
    positions = [int(m) for m in re.findall(r"(?:^| )(\d{1,3}) \d+ Lizenz", content)]
    assert positions == sorted(positions)
    assert_fonts_embedded(pdf)


def test_sender_texts_escaped(quote: PricedQuote) -> None:
    sender = replace(demo_sender(), company="A&B <IT> GmbH", managing_directors=("<b>X</b>",))
    content = text(quote_pdf(quote, document(), sender))
    assert "A&B <IT> GmbH" in content
    assert "<b>X</b>" in content


def test_quote_input_builds_a_document(program: Program) -> None:
    fields = Fields(
        {
            "tier": "business",
            "date": "2026-11-25",
            "recipient": {"company": NASTY},
            "lines": [
                {"category": "server-license", "quantity": "1", "unit_price": "10", "unit": "Paket"}
            ],
        },
        "",
        InputError,
    )
    data = quote_input_from_json(fields, today=date(2026, 1, 1))
    pdf = quote_pdf(price_quote(program, data.request), data.document, data.sender)
    content = text(pdf)
    assert "Paket" in content
    assert "Gültig bis 25.12.2026" in content
