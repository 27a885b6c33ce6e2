"""The e-mail draft that hands a quote over (issue #16, 10): ``X-Unsent: 1``, the recipient, a
German text with its umlauts intact, the PDF attached; the same input gives the same bytes."""

from __future__ import annotations

import email.policy
from dataclasses import replace
from datetime import UTC, date, datetime
from email.message import EmailMessage
from email.parser import BytesParser

import pytest

from nspdesk.documents.quote_mail import (
    QuoteMail,
    mail_body,
    mail_subject,
    quote_mail,
    usable_address,
)
from nspdesk.domain.letterhead import demo_sender

WHEN = datetime(2026, 11, 25, 10, 30, tzinfo=UTC)
PDF = b"%PDF-1.4\n% fake\n%%EOF\n"
MAIL = QuoteMail(
    number="A-2026-0007/2",
    subject="Angebot NoSpamProxy für Müller & Söhne",
    quote_date=date(2026, 11, 20),
    valid_until=date(2026, 12, 20),
    recipient_name="Frau Dr. Anna Schäfer",
    recipient_email="schaefer@kunde.example",
    sender=demo_sender(),
    signer="Erika Mustermann",
)


def parsed(data: bytes) -> EmailMessage:
    message = BytesParser(policy=email.policy.default).parsebytes(data)
    assert isinstance(message, EmailMessage)
    return message


def test_headers_body_and_attachment() -> None:
    data = quote_mail(MAIL, PDF, "Angebot A-2026-0007-2.pdf", WHEN)
    assert b"\r\n" in data and all(ord(c) < 128 for c in data.decode("ascii"))  # 7-bit SMTP
    message = parsed(data)
    assert message["X-Unsent"] == "1"
    assert message["To"].addresses[0].display_name == "Frau Dr. Anna Schäfer"
    assert message["To"].addresses[0].addr_spec == "schaefer@kunde.example"
    assert message["From"].addresses[0].addr_spec == "vertrieb@beispiel-it.example"
    assert message["From"].addresses[0].display_name == "Beispiel IT-Systemhaus GmbH"
    assert message["Subject"] == "Angebot A-2026-0007/2 – NoSpamProxy für Müller & Söhne"
    assert message["Date"].datetime == WHEN
    assert message["Message-ID"].endswith("@beispiel-it.example>")
    body = message.get_body(("plain",))
    assert body is not None
    text = body.get_content().replace("\r\n", "\n")
    assert text.startswith("Sehr geehrte Frau Dr. Schäfer,\n")
    assert "Angebot A-2026-0007/2 vom 20.11.2026 als PDF; es gilt bis zum 20.12.2026." in text
    assert "Mit freundlichen Grüßen" in text
    signature = text.split("\n-- \n")[1].splitlines()
    assert signature[:4] == [
        "Erika Mustermann",
        "Beispiel IT-Systemhaus GmbH",
        "Musterstraße 12",
        "12345 Musterstadt",
    ]
    attachments = list(message.iter_attachments())
    assert [a.get_filename() for a in attachments] == ["Angebot A-2026-0007-2.pdf"]
    assert attachments[0].get_content_type() == "application/pdf"
    assert attachments[0].get_content() == PDF


def test_the_same_input_gives_the_same_bytes() -> None:
    first = quote_mail(MAIL, PDF, "a.pdf", WHEN)
    assert quote_mail(MAIL, PDF, "a.pdf", WHEN) == first
    later = quote_mail(MAIL, PDF, "a.pdf", datetime(2026, 11, 26, tzinfo=UTC))
    assert parsed(later)["Message-ID"] != parsed(first)["Message-ID"]


@pytest.mark.parametrize("address", ["", "kein-at.example", "müller@kunde.example", "a@b, c@d.de"])
def test_a_recipient_without_a_plain_address_leaves_to_empty(address: str) -> None:
    message = parsed(quote_mail(replace(MAIL, recipient_email=address), PDF, "a.pdf", WHEN))
    assert message["To"] is None
    assert message["X-Unsent"] == "1"


def test_a_sender_without_e_mail_has_no_from() -> None:
    sender = replace(demo_sender(), email="")
    message = parsed(quote_mail(replace(MAIL, sender=sender), PDF, "a.pdf", WHEN))
    assert message["From"] is None  # the mail program puts its account in
    assert message["Message-ID"].endswith("@nspdesk.invalid>")
    assert "E-Mail:" not in mail_body(replace(MAIL, sender=sender))


def test_no_person_is_greeted_as_ladies_and_gentlemen() -> None:
    body = mail_body(replace(MAIL, recipient_name="", signer=""))
    assert body.startswith("Sehr geehrte Damen und Herren,\n")
    assert body.split("\n-- \n")[1].startswith("Beispiel IT-Systemhaus GmbH\n")


@pytest.mark.parametrize(
    ("subject", "expected"),
    [
        ("Angebot NoSpamProxy", "Angebot A-1 – NoSpamProxy"),
        ("Lizenzen 2027", "Angebot A-1 – Lizenzen 2027"),
        ("angebot: Verlängerung", "Angebot A-1 – Verlängerung"),
        ("Angebot", "Angebot A-1"),
        ("", "Angebot A-1"),
        ("Ihr Angebot A-1 zur\nVerlängerung", "Ihr Angebot A-1 zur Verlängerung"),
    ],
)
def test_subject(subject: str, expected: str) -> None:
    assert mail_subject(replace(MAIL, number="A-1", subject=subject)) == expected


@pytest.mark.parametrize(
    ("text", "usable"),
    [
        (" a.b+c@x-y.example ", "a.b+c@x-y.example"),
        ("O'Neil@x.example", "O'Neil@x.example"),
        ("a@b", ""),
        ("a b@c.de", ""),
        ("<a@b.de>", ""),
        ("a@@b.de", ""),
        ("a..b@c.de", ""),
        ("müller@x.de", ""),
    ],
)
def test_usable_address(text: str, usable: str) -> None:
    assert usable_address(text) == usable
