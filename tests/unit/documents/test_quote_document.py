"""The JSON input of ``nspdesk pdf quote``: the pricing input plus the letter's own keys."""

from __future__ import annotations

from datetime import date

import pytest

from nspdesk.domain.errors import InputError
from nspdesk.domain.fields import Fields
from nspdesk.domain.letterhead import Addressee, demo_sender
from nspdesk.domain.pricing_json import request_from_json
from nspdesk.domain.quote_document import DEFAULT_UNIT, quote_input_from_json

TODAY = date(2026, 11, 25)


def fields(data: dict[str, object]) -> Fields:
    return Fields(data, "", InputError)


def base(**extra: object) -> dict[str, object]:
    return {
        "tier": "business",
        "date": "2026-11-25",
        "lines": [{"category": "server-license", "quantity": "1", "unit_price": "10"}],
        **extra,
    }


def test_defaults() -> None:
    data = quote_input_from_json(fields(base()), TODAY)
    assert data.sender == demo_sender()
    assert data.document.valid_until == date(2026, 12, 25)
    assert data.document.number == "AN-20261125"
    assert data.document.unit(0) == DEFAULT_UNIT
    assert data.request.tier == "business"


def test_document_keys() -> None:
    data = quote_input_from_json(
        fields(
            base(
                number="AN-7",
                valid_until="2027-01-31",
                customer_number="K-1",
                contact="Erika Mustermann",
                recipient={
                    "company": "Müller & Söhne <GmbH>",
                    "street": "Hauptstraße 5",
                    "postal_code": "1010",
                    "city": "Wien",
                    "country": "Österreich",
                    "vat_id": "ATU12345678",
                },
                sender={
                    "company": "X GmbH",
                    "street": "S 1",
                    "postal_code": "1",
                    "city": "C",
                    "managing_directors": ["A", "B"],
                },
                lines=[
                    {
                        "category": "server-license",
                        "quantity": "2",
                        "unit_price": "1",
                        "unit": "Paket",
                    }
                ],
            )
        ),
        TODAY,
    )
    doc = data.document
    assert doc.number == "AN-7"
    assert doc.valid_until == date(2027, 1, 31)
    assert doc.recipient_vat_id == "ATU12345678"
    assert doc.recipient.lines() == (
        "Müller & Söhne <GmbH>",
        "Hauptstraße 5",
        "1010 Wien",
        "ÖSTERREICH",
    )
    assert doc.units == ("Paket",)
    assert data.sender.managing_directors == ("A", "B")


@pytest.mark.parametrize(
    ("data", "field"),
    [
        (base(numbr="1"), "numbr"),
        (base(recipient={"company": "X", "zip": "1"}), "recipient.zip"),
        (base(recipient={"street": "X"}), "recipient.company"),
        (base(sender={"company": "X"}), "sender.street"),
        (base(valid_until="2026-11-24"), "valid_until"),
        (base(valid_until="morgen"), "valid_until"),
        (
            base(lines=[{"category": "other", "quantity": "1", "unit_price": "1", "unti": "x"}]),
            "lines[0].unti",
        ),
        (
            base(lines=[{"category": "other", "quantity": "1", "unit_price": "1", "unit": ""}]),
            "lines[0].unit",
        ),
    ],
)
def test_bad_input_names_the_field(data: dict[str, object], field: str) -> None:
    with pytest.raises(InputError) as error:
        quote_input_from_json(fields(data), TODAY)
    assert error.value.field == field


def test_price_input_still_refuses_document_keys() -> None:
    """``nspdesk price`` keeps refusing keys it does not know, ``unit`` included."""
    data = base()
    data["lines"] = [{"category": "other", "quantity": "1", "unit_price": "1", "unit": "x"}]
    with pytest.raises(InputError) as error:
        request_from_json(fields(data), TODAY)
    assert error.value.field == "lines[0].unit"
    with pytest.raises(InputError) as error:
        request_from_json(fields(base(number="1")), TODAY)
    assert error.value.field == "number"


def test_domestic_country_not_printed() -> None:
    assert Addressee("A", country="Deutschland", city="Köln", postal_code="50667").lines() == (
        "A",
        "50667 Köln",
    )


def test_salutation() -> None:
    from nspdesk.domain.letterhead import salutation

    assert salutation("Frau Dr. Anna Schmidt") == "Sehr geehrte Frau Dr. Schmidt,"
    assert salutation("Herr Karl Müller") == "Sehr geehrter Herr Müller,"
    assert salutation("Einkauf") == "Sehr geehrte Damen und Herren,"
    assert salutation("") == "Sehr geehrte Damen und Herren,"
