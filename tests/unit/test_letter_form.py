"""The letter's domain rules (DIN 5008): whom it greets and how, who signs it, what a quote that must
not go out prints, and the customer's VAT ID a reverse-charge quote needs (§ 13b UStG)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from nspdesk.domain.errors import InputError
from nspdesk.domain.fields import Fields
from nspdesk.domain.letterhead import (
    DIRECTOR_FUNCTION,
    Signer,
    addressed_name,
    addressee_from_json,
    demo_sender,
    salutation,
    signer_for,
)
from nspdesk.domain.letterhead_checks import missing_company_details
from nspdesk.domain.quote_document import (
    INTRO_SENTENCE,
    LETTER_FORM,
    VAT_ID_MISSING,
    print_mark,
    quote_input_from_json,
    require_vat_id,
)
from nspdesk.domain.quote_input import split_vat_id
from nspdesk.domain.vat import VatMode

TODAY = date(2026, 11, 25)


def fields(data: dict[str, object]) -> Fields:
    return Fields(data, "", InputError)


def quote(**extra: object) -> dict[str, object]:
    return {
        "tier": "business",
        "date": "2026-11-25",
        "lines": [{"category": "server-license", "quantity": "1", "unit_price": "10"}],
        **extra,
    }


@pytest.mark.parametrize(
    ("contact", "greeting"),
    [
        ("Frau Anna Hansen", "Sehr geehrte Frau Hansen,"),
        ("Herr Dr. Thomas Weber", "Sehr geehrter Herr Dr. Weber,"),
        ("Frau Hansen", "Sehr geehrte Frau Hansen,"),
        ("Frau Anna von Hansen", "Sehr geehrte Frau von Hansen,"),
        ("Herr Prof. Dr. Karl van der Berg", "Sehr geehrter Herr Prof. Dr. van der Berg,"),
        ("Anna Hansen", "Sehr geehrte Damen und Herren,"),  # salutation not known
        ("Dr. Alex Weber", "Sehr geehrte Damen und Herren,"),
        ("Frau", "Sehr geehrte Damen und Herren,"),
    ],
)
def test_the_salutation_names_the_contact_when_known(contact: str, greeting: str) -> None:
    assert salutation(contact) == greeting


def test_a_contact_is_addressed_with_salutation_and_title_once() -> None:
    assert addressed_name("Anna Hansen", "Frau") == "Frau Anna Hansen"
    assert addressed_name("Thomas Weber", "Herr", "Dr.") == "Herr Dr. Thomas Weber"
    assert addressed_name("Alex Weber", "", "Dr.") == "Dr. Alex Weber"  # divers / not known
    assert addressed_name("Alex Weber", "Divers") == "Alex Weber"  # no salutation of that kind
    # names entered with salutation and title before they had fields of their own
    assert addressed_name("Frau Anna Hansen", "Frau") == "Frau Anna Hansen"
    assert addressed_name("Dr. Thomas Weber", "Herr", "Dr.") == "Herr Dr. Thomas Weber"
    assert addressed_name("  Anna   Hansen ", "") == "Anna Hansen"


def test_the_recipients_contact_is_a_text_or_an_object() -> None:
    person = {"name": "Thomas Weber", "salutation": "Herr", "title": "Dr."}
    address = addressee_from_json(fields({"company": "A", "contact": person}))
    assert address.contact == "Herr Dr. Thomas Weber"
    assert addressee_from_json(fields({"company": "A", "contact": "Frau X"})).contact == "Frau X"
    unknown = addressee_from_json(fields({"company": "A", "contact": {"name": "Kim Lee"}}))
    assert unknown.contact == "Kim Lee"
    for bad, key in (
        ({"name": "X", "salutation": "Fr."}, "contact.salutation"),
        ({"name": "X", "anrede": "Frau"}, "contact.anrede"),
    ):
        with pytest.raises(InputError) as error:
            addressee_from_json(Fields({"company": "A", "contact": bad}, "recipient", InputError))
        assert error.value.field == f"recipient.{key}"


def test_the_json_letter_greets_the_contact_as_the_app_does() -> None:
    person = {"name": "Anna Hansen", "salutation": "Frau"}
    data = quote_input_from_json(
        fields(quote(recipient={"company": "A", "contact": person})), TODAY
    )
    assert data.document.intro == f"Sehr geehrte Frau Hansen,\n\n{INTRO_SENTENCE}"
    anonymous = quote_input_from_json(fields(quote(recipient={"company": "A"})), TODAY)
    assert anonymous.document.intro.startswith("Sehr geehrte Damen und Herren,\n\n")
    given = quote_input_from_json(fields(quote(intro="Hallo Anna,")), TODAY)
    assert given.document.intro == "Hallo Anna,"
    assert quote_input_from_json(fields(quote(intro="")), TODAY).document.intro == ""


def test_the_json_letter_is_signed_by_its_contact_or_the_letterhead() -> None:
    data = quote_input_from_json(
        fields(quote(contact="Max Vertrieb", contact_function="Partner Account Manager")), TODAY
    )
    assert (data.document.signer, data.document.signer_function) == (
        "Max Vertrieb",
        "Partner Account Manager",
    )
    assert data.document.letter_form == LETTER_FORM
    default = quote_input_from_json(fields(quote()), TODAY).document
    assert (default.signer, default.signer_function) == ("Erika Mustermann", DIRECTOR_FUNCTION)


def test_who_signs() -> None:
    sender = demo_sender()
    assert signer_for(sender, " Max ", " Vertrieb ") == Signer("Max", "Vertrieb")
    assert signer_for(sender, "Max") == Signer("Max", "")
    own = replace(sender, signer_name="Lea Leitung", signer_function="Vertriebsleitung")
    # the letterhead's function stays with the letterhead's name
    assert signer_for(own) == Signer("Lea Leitung", "Vertriebsleitung")
    assert signer_for(own, "Max") == Signer("Max", "")
    assert signer_for(sender) == Signer("Erika Mustermann", DIRECTOR_FUNCTION)
    assert signer_for(replace(sender, managing_directors=())) == Signer()


def test_reverse_charge_needs_the_customers_vat_id() -> None:
    """§ 13b UStG: the recipient owes the VAT; the quote names its VAT ID."""
    reverse = quote(vat="reverse-charge", recipient={"company": "Alpen IT GmbH"})
    with pytest.raises(InputError) as error:
        quote_input_from_json(fields(reverse), TODAY)
    assert error.value.field == "recipient.vat_id"
    assert error.value.message == VAT_ID_MISSING
    reverse["recipient"] = {"company": "Alpen IT GmbH", "vat_id": "ATU12345678"}
    assert quote_input_from_json(fields(reverse), TODAY).document.recipient_vat_id == "ATU12345678"
    require_vat_id(VatMode.STANDARD, "", "x")  # only reverse charge needs it
    with pytest.raises(InputError):
        require_vat_id(VatMode.REVERSE_CHARGE, "  ", "vat_id")


def test_drafts_rejected_and_expired_quotes_carry_a_mark() -> None:
    assert print_mark("sent") is None and print_mark("accepted") is None
    marks = {status: print_mark(status) for status in ("draft", "rejected", "expired")}
    assert {s: m.word for s, m in marks.items() if m} == {
        "draft": "ENTWURF",
        "rejected": "ABGELEHNT",
        "expired": "ABGELAUFEN",
    }
    draft = marks["draft"]
    assert draft is not None and draft.band.startswith("ENTWURF – nicht versendet")


@pytest.mark.parametrize(
    ("block", "rest", "vat_id"),
    [
        (
            "Alpen AG\nRing 1\n1010 Wien\nUSt-IdNr. ATU12345678",
            "Alpen AG\nRing 1\n1010 Wien",
            "ATU12345678",
        ),
        ("Alpen AG\nUSt-IdNr.: ATU1\n1010 Wien", "Alpen AG\n1010 Wien", "ATU1"),
        ("Alpen AG\nUID: ATU2", "Alpen AG", "ATU2"),
        ("Alpen AG\nVAT ID GB123", "Alpen AG", "GB123"),
        ("Alpen AG\nUSt-IdNr. A\nUSt-IdNr. B", "Alpen AG\nUSt-IdNr. B", "A"),
        ("Alpen AG\n1010 Wien", "Alpen AG\n1010 Wien", ""),
    ],
)
def test_the_end_customers_vat_id_is_a_line_of_its_address(
    block: str, rest: str, vat_id: str
) -> None:
    assert split_vat_id(block) == (rest, vat_id)


def test_the_seat_is_a_mandatory_detail_too() -> None:
    """§ 35a GmbHG: legal form, seat, register court and number, managing directors."""
    assert missing_company_details(replace(demo_sender(), city="", seat="")) == [
        "Sitz der Gesellschaft"
    ]
    assert missing_company_details(replace(demo_sender(), city="", seat="Köln")) == []


def test_a_key_holds_a_table_or_not() -> None:
    data = fields({"a": {}, "b": "x"})
    assert data.is_table("a") and not data.is_table("b") and not data.is_table("c")
