"""The letter form of the Angebot and the status letters, read back (DIN 5008): one blank line before
the greeting, three for the signature, the signer's name and function; the closing never alone on a
page; information-block labels clear of their values; "§ 13b UStG" on one line; the customer's VAT ID
with the address; the marks of quotes that must not go out; sent letters of the first form byte for
byte as before."""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, replace
from datetime import date
from decimal import Decimal

import pytest
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth

from nspdesk.documents.din5008 import ADDRESS_ZONE, INFO_BLOCK, y_pt
from nspdesk.documents.letterhead import PageLayout
from nspdesk.documents.quote_pdf import bind_references, quote_pdf
from nspdesk.documents.review_letter_pdf import review_letter_pdf
from nspdesk.documents.signature import DEFAULT_GREETING, split_greeting
from nspdesk.documents.styles import styles
from nspdesk.domain.editions import default_library
from nspdesk.domain.letterhead import Addressee, Signer, demo_sender
from nspdesk.domain.pricing import Audience, PricedQuote, PriceRequest, QuoteLine, price_quote
from nspdesk.domain.program import Program
from nspdesk.domain.quote_document import QuoteDocument, print_mark
from nspdesk.domain.vat import VatMode
from nspdesk.store.printing import thaw
from tests.unit.documents.pdfcheck import (
    assert_fonts_embedded,
    body_above,
    page_texts,
    placed,
    reader,
    text,
)
from tests.unit.documents.test_review_letters import letter, line

LEADING = 13.5  # the body text's line
DAY = date(2026, 11, 25)
LINES = (
    QuoteLine("server-license", "NoSpamProxy Protection", Decimal(50), Decimal("30.00")),
    QuoteLine(
        "server-maintenance",
        "Softwarewartung <12 Monate>",
        Decimal(50),
        Decimal("7.50"),
        Decimal(5),
    ),
)


def priced(
    vat: VatMode = VatMode.STANDARD,
    audience: Audience = Audience.PARTNER,
    lines: tuple[QuoteLine, ...] = LINES,
) -> PricedQuote:
    program = default_library().edition_for(DAY)
    request = PriceRequest(tier="business", date=DAY, lines=lines, vat=vat, audience=audience)
    return price_quote(program, request)


def document(**changes: object) -> QuoteDocument:
    base = QuoteDocument(
        number="A-2026-0042",
        date=DAY,
        valid_until=date(2026, 12, 25),
        recipient=Addressee(
            "Müller & Söhne <GmbH>", "Frau Dr. Anna Schmidt", "Hauptstraße 5", "50667", "Köln"
        ),
        contact="Erika Mustermann",
        customer_number="K-10017",
        subject="Angebot NoSpamProxy",
        intro="Sehr geehrte Frau Dr. Schmidt,\n\nwie besprochen:",
        closing="Wir freuen uns.\nMit freundlichen Grüßen",
        payment_terms="Zahlbar innerhalb von 14 Tagen ohne Abzug.",
        units=("Lizenz", "Lizenz"),
        recipient_vat_id="ATU12345678",
        signer="Max Vertrieb",
        signer_function="Partner Account Manager",
    )
    return replace(base, **changes)  # type: ignore[arg-type]


def y_of(data: bytes, wanted: str, page: int = 0, below: float = 10_000) -> float:
    """The baseline of the first piece that is ``wanted`` below ``below`` (from the top)."""
    return max(y for _, y, content in placed(data, page) if content == wanted and y < below)


def test_the_letter_closes_as_din_5008_asks() -> None:
    """One blank line before the greeting, the company below it, three blank lines to sign, then
    the signer's name and function."""
    pdf = quote_pdf(priced(), document(), demo_sender())
    body = y_of(pdf, "Wir freuen uns.")
    greeting = y_of(pdf, "Mit freundlichen Grüßen")
    company = y_of(pdf, "Beispiel IT-Systemhaus GmbH", below=greeting)
    name = y_of(pdf, "Max Vertrieb")
    function = y_of(pdf, "Partner Account Manager")
    assert body - greeting == pytest.approx(2 * LEADING)
    assert greeting - company == pytest.approx(LEADING)
    assert company - name == pytest.approx(4 * LEADING)
    assert name - function == pytest.approx(LEADING)
    assert_fonts_embedded(pdf)


@pytest.mark.parametrize(
    ("closing", "body", "greeting"),
    [
        (
            "Wir freuen uns.\nMit freundlichen Grüßen",
            ["Wir freuen uns."],
            "Mit freundlichen Grüßen",
        ),
        ("Wir freuen uns.", ["Wir freuen uns."], DEFAULT_GREETING),  # a letter ends with one
        ("Danke.\n\nViele Grüße aus Köln\n", ["Danke."], "Viele Grüße aus Köln"),
        ("Hochachtungsvoll", [], "Hochachtungsvoll"),
        ("", [], DEFAULT_GREETING),
        (
            "Grüßen Sie bitte auch Ihr Team, das uns so freundlich empfangen hat – bis bald.",
            None,
            None,
        ),
    ],
)
def test_the_greeting_of_a_closing(
    closing: str, body: list[str] | None, greeting: str | None
) -> None:
    if body is None:  # a long sentence that mentions greetings is no greeting
        assert split_greeting(closing) == ([closing], DEFAULT_GREETING)
    else:
        assert split_greeting(closing) == (body, greeting)


def test_the_greeting_prints_once_and_a_letter_without_signer_is_signed_by_its_contact() -> None:
    content = text(quote_pdf(priced(), document(closing="Danke.", signer=""), demo_sender()))
    assert content.count("Mit freundlichen Grüßen") == 1
    assert "Mit freundlichen Grüßen Beispiel IT-Systemhaus GmbH Erika Mustermann" in content
    assert "Partner Account Manager" in content  # its function still below


def test_section_13b_ustg_is_never_broken_across_lines() -> None:
    assert bind_references("(§ 13b UStG, Art. 196 MwStSystRL)") == (
        "(§\xa013b\xa0UStG, Art.\xa0196\xa0MwStSystRL)"
    )
    reverse = priced(VatMode.REVERSE_CHARGE)
    for form, broken in ((2, False), (1, True)):  # the first form broke it after "(§"
        pdf = quote_pdf(reverse, document(letter_form=form), demo_sender())
        lines = [line for line in reader(pdf).pages[0].extract_text().splitlines() if "13b" in line]
        assert lines
        assert any("§" not in line or "UStG" not in line for line in lines) is broken


def test_labels_of_the_information_block_keep_clear_of_their_values() -> None:
    pdf = quote_pdf(priced(), document(), demo_sender())
    label_style = styles().info_label
    pieces = placed(pdf)
    label_x, label_y = next((x, y) for x, y, t in pieces if t == "Angebotsnummer")
    value_x = next(x for x, y, t in pieces if t == "A-2026-0042" and abs(y - label_y) < 1)
    end = label_x + stringWidth("Angebotsnummer", label_style.fontName, label_style.fontSize)
    assert value_x - end >= 2.5 * mm
    value_style = styles().info_value
    email = stringWidth("vertrieb@beispiel-it.example", value_style.fontName, value_style.fontSize)
    assert value_x + email <= INFO_BLOCK.right * mm  # the values still fit beside them
    layout = PageLayout(demo_sender(), "", info=[("Angebotsnummer", "1")], clear_labels=False)
    assert layout.label_width == 23 * mm  # the first form: where the label touched its value


def test_reverse_charge_prints_the_customers_vat_id_with_the_address() -> None:
    pdf = quote_pdf(priced(VatMode.REVERSE_CHARGE), document(), demo_sender())
    y = y_of(pdf, "USt-IdNr. ATU12345678")
    assert y_pt(ADDRESS_ZONE.bottom) < y < y_pt(ADDRESS_ZONE.y)
    standard = quote_pdf(priced(), document(), demo_sender())
    assert "USt-IdNr. ATU12345678" not in [t for _, _, t in placed(standard)]


@pytest.mark.parametrize(
    ("status", "band"),
    [
        ("draft", "ENTWURF – nicht versendet, nicht zur Weitergabe"),
        ("rejected", "ABGELEHNT – vom Kunden abgelehnt, nicht mehr gültig"),
        ("expired", "ABGELAUFEN – Gültigkeit abgelaufen, nicht mehr gültig"),
    ],
)
def test_a_quote_that_must_not_go_out_is_marked_on_every_page(status: str, band: str) -> None:
    many = tuple(replace(LINES[0], description=f"Artikel {i}") for i in range(40))
    pdf = quote_pdf(priced(lines=many), document(units=()), demo_sender(), print_mark(status))
    pages = page_texts(pdf)
    assert len(pages) >= 2
    assert all(band in page for page in pages)
    assert_fonts_embedded(pdf)
    clean = page_texts(quote_pdf(priced(lines=many), document(units=()), demo_sender()))
    assert not any(band.split(maxsplit=1)[0] in page for page in clean)


# The PDFs the first letter form printed for these snapshots (SHA-256, made by the code before
# the second form): a sent quote's copy must come out as the customer received it.
FIRST_FORM = {
    "standard": "45084e6695646dff628bb054badd2976fc74b4dcd7ad05b880d1ae899a9a62ad",
    "reverse": "c66c8817798ef0b4ddc6f96be477f85bc7fa3ea1b315d44efd5dbbccc3ca3735",
    "end": "12d460171660567cb49cc25c84070674a76de54985060e1196da7443055c7054",
}


@pytest.mark.parametrize("case", sorted(FIRST_FORM))
def test_a_snapshot_sent_before_the_second_form_prints_byte_for_byte_as_before(case: str) -> None:
    vat = VatMode.REVERSE_CHARGE if case == "reverse" else VatMode.STANDARD
    audience = Audience.END_CUSTOMER if case == "end" else Audience.PARTNER
    old_document = asdict(document(closing="Wir freuen uns.\nMit freundlichen Grüßen"))
    for key in ("signer", "signer_function", "letter_form"):  # what the first form's freeze wrote
        del old_document[key]
    old_sender = asdict(demo_sender())
    del old_sender["signer_name"], old_sender["signer_function"]
    snapshot = json.dumps(
        {"document": old_document, "sender": old_sender}, ensure_ascii=False, default=str
    )
    thawed, sender = thaw(snapshot)
    assert thawed.letter_form == 1
    data = quote_pdf(priced(vat, audience), thawed, sender)
    assert hashlib.sha256(data).hexdigest() == FIRST_FORM[case]


def test_the_closing_of_a_status_letter_never_stands_alone_on_a_page(program: Program) -> None:
    """Letters whose last section ends near the foot of page 1: the closing takes it along."""
    cases = [
        line(program, "Oben GmbH", "premium", 7, "64250.00", 2),
        line(program, "Mitte GmbH", "authorized", 4, "27400.00", 1),
        line(program, "Wolke GmbH", None, 1, "310.00", 0, track="cloud"),
        line(program, "Runter GmbH", "business", 1, "350.00", 0),
    ]
    two_pages = 0
    for review_line in cases:
        pdf = review_letter_pdf([letter(program, review_line)], demo_sender(), Signer("Lea", "V"))
        pages = page_texts(pdf)
        last = pages[-1]
        assert "Mit freundlichen Grüßen Beispiel IT-Systemhaus GmbH Lea V" in last
        if len(pages) > 1:
            two_pages += 1
            assert body_above(pdf, len(pages) - 1, "Für Fragen"), "page 2 holds only the closing"
    assert two_pages  # the case the rule is about does occur


def test_a_status_letter_is_signed_by_the_letterhead_or_a_managing_director(
    program: Program,
) -> None:
    review_line = line(program, "Oben GmbH", "premium", 7, "64250.00", 2)
    content = text(review_letter_pdf([letter(program, review_line)], demo_sender()))
    assert "Beispiel IT-Systemhaus GmbH Erika Mustermann Geschäftsführung" in content
    own = replace(demo_sender(), signer_name="Lea Leitung", signer_function="Vertriebsleitung")
    content = text(review_letter_pdf([letter(program, review_line)], own))
    assert "Lea Leitung Vertriebsleitung" in content
