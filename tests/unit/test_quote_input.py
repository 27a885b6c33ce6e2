"""A stored quote's input read from JSON (``nspdesk quotes create``) and turned into a price request."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from nspdesk.domain.errors import InputError
from nspdesk.domain.json_input import parse_json
from nspdesk.domain.letterhead import Addressee
from nspdesk.domain.pricing import Audience
from nspdesk.domain.quote_input import (
    LineInput,
    QuoteInput,
    customer_block,
    price_request,
    quote_input_from_json,
)
from nspdesk.domain.tier_check import TierChoice
from nspdesk.domain.vat import VatMode

TODAY = date(2026, 12, 5)
LINE = {
    "category": "server-license",
    "description": "Protection",
    "quantity": "50",
    "unit_price": 30,
}


def read(document: str) -> QuoteInput:
    return quote_input_from_json(parse_json(document, "quote.json"), TODAY)


def test_the_smallest_input_takes_the_defaults() -> None:
    data = read(
        '{"partner_id": 3, "lines": [{"category": "other", "quantity": "1", "unit_price": "9.90"}]}'
    )
    assert (data.partner_id, data.quote_date, data.valid_until) == (3, TODAY, date(2027, 1, 4))
    assert data.lines == (LineInput("other", "", Decimal(1), Decimal("9.90")),)
    assert (data.audience, data.vat, data.subject) == (
        Audience.PARTNER,
        VatMode.STANDARD,
        "Angebot NoSpamProxy",
    )
    assert data.intro.startswith("Sehr geehrte Damen und Herren,\n\nvielen Dank für Ihre Anfrage.")
    assert (data.tier_choice, data.customer, data.contact_person) == (None, "", "")


def test_an_end_customer_quote_with_every_field() -> None:
    data = read(
        """{"partner_id": 1, "date": "2026-12-01", "valid_until": "2026-12-31",
            "vat": "reverse-charge", "audience": "end-customer", "subject": " Cloud ",
            "intro": "Hallo", "closing": "Gruß", "tier_choice": "recorded", "tier_reason": " gebucht ",
            "recipient": {"company": "Kanzlei Berg", "contact": "Frau Dr. Berg", "street": "Ring 1",
                          "postal_code": "1010", "city": "Wien", "country": "Österreich"},
            "lines": [{"category": "cloud-service", "quantity": "10", "unit_price": "3.10",
                       "unit": "User/Monat", "article_number": " C-1 ", "extra_discount": "5"}]}"""
    )
    assert data.customer == "Kanzlei Berg\nFrau Dr. Berg\nRing 1\n1010 Wien\nÖSTERREICH"
    assert data.contact_person == "Frau Dr. Berg"
    assert read('{"partner_id": 1, "contact_person": "Herr Weber", "lines": []}').intro.startswith(
        "Sehr geehrter Herr Weber,\n\n"
    )
    assert (data.subject, data.intro, data.closing) == ("Cloud", "Hallo", "Gruß")
    assert (data.tier_choice, data.tier_reason) == (TierChoice.RECORDED, "gebucht")
    assert data.lines[0].unit == "User/Monat" and data.lines[0].article_number == "C-1"
    assert data.lines[0].extra_discount == Decimal(5) and data.vat is VatMode.REVERSE_CHARGE


def test_a_partner_quote_names_only_the_contact() -> None:
    data = read('{"partner_id": 1, "recipient": {"contact": "Herr Weber"}, "lines": []}')
    assert (data.contact_person, data.customer) == ("Herr Weber", "")
    with pytest.raises(InputError, match="nur contact erlaubt") as refused:
        read('{"partner_id": 1, "recipient": {"company": "X", "contact": "Y"}, "lines": []}')
    assert refused.value.field == "recipient"
    person = '{"name": "Thomas Weber", "salutation": "Herr", "title": "Dr."}'
    data = read(f'{{"partner_id": 1, "recipient": {{"contact": {person}}}, "lines": []}}')
    assert data.contact_person == "Herr Dr. Thomas Weber"  # greeted as the app greets them
    assert data.intro.startswith("Sehr geehrter Herr Dr. Weber,\n\n")


@pytest.mark.parametrize(
    ("extra", "field", "words"),
    [
        ('"tier": "premium"', "tier", "kommt aus dem Partner"),
        ('"msp_level": "business"', "msp_level", "kommt aus dem Partner"),
        ('"number": "A-1"', "number", "beim Speichern"),
        ('"sender": {}', "sender", "beim Speichern"),
        ('"valid_until": "2026-11-30"', "valid_until", "liegt vor dem Angebotsdatum"),
        ('"tier_choice": "maybe"', "tier_choice", "recorded"),
        ('"colour": "red"', "colour", "unbekannt"),
    ],
)
def test_refuses_what_it_would_otherwise_ignore(extra: str, field: str, words: str) -> None:
    with pytest.raises(InputError, match=words) as refused:
        read(f'{{"partner_id": 1, "lines": [], {extra}}}')
    assert refused.value.field == field


def test_customer_block_leaves_out_what_is_empty() -> None:
    assert customer_block(Addressee("Berg AG", city="Köln", country="Deutschland")) == (
        "Berg AG\nKöln"
    )


def test_price_request_carries_the_lines_and_refuses_a_validity_before_the_date() -> None:
    data = read(f'{{"partner_id": 1, "lines": [{LINE}]}}'.replace("'", '"'))
    request = price_request(data, "business", None)
    assert (request.tier, request.date, request.lines[0].quantity) == (
        "business",
        TODAY,
        Decimal(50),
    )
    late = QuoteInput(1, TODAY, date(2026, 12, 4))
    with pytest.raises(InputError, match="2026-12-04 liegt vor dem Angebotsdatum 2026-12-05"):
        price_request(late, "business", None)
