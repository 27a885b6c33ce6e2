"""What an Angebot needs besides the prices, and the JSON input of ``nspdesk pdf quote``.

The input is the pricing input of ``nspdesk price`` plus optional document keys: ``number``,
``recipient``, ``sender``, ``valid_until``, ``customer_number``, ``contact``, ``contact_function``,
``subject``, ``intro``, ``closing``, ``payment_terms`` and a ``unit`` per line. Unknown keys are
refused as everywhere else. Without ``intro`` the letter greets the recipient's contact as the app
does (``intro_for``); a reverse-charge quote needs ``recipient.vat_id``.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass
from datetime import date, timedelta

from nspdesk.domain.errors import InputError
from nspdesk.domain.fields import Fields
from nspdesk.domain.letterhead import (
    Addressee,
    Sender,
    addressee_from_json,
    demo_sender,
    salutation,
    sender_from_json,
    signer_for,
)
from nspdesk.domain.messages import QT_TRANSLATE_NOOP
from nspdesk.domain.pricing import PriceRequest
from nspdesk.domain.pricing_json import request_from_json
from nspdesk.domain.vat import VatMode

VALID_DAYS = 30
DEFAULT_UNIT = "Stück"
DEFAULT_SUBJECT = "Angebot NoSpamProxy"
DEFAULT_INTRO = (
    "Sehr geehrte Damen und Herren,\n"
    "vielen Dank für Ihr Interesse. Gerne unterbreiten wir Ihnen folgendes Angebot:"
)
# The first sentence of a new stored quote's letter, after the salutation of its contact.
INTRO_SENTENCE = "vielen Dank für Ihre Anfrage. Gerne unterbreiten wir Ihnen folgendes Angebot:"
DEFAULT_CLOSING = (
    "Wir freuen uns auf Ihren Auftrag. Für Rückfragen stehen wir Ihnen jederzeit gerne zur "
    "Verfügung.\nMit freundlichen Grüßen"
)
DEFAULT_PAYMENT_TERMS = "Zahlbar innerhalb von 14 Tagen nach Rechnungsdatum ohne Abzug."
PLACEHOLDER_RECIPIENT = Addressee(company="Empfänger")
# The form of the printed letter. A sent quote's snapshot prints in the form it was sent in (byte for
# byte), so the documents keep the older forms: 1 until the letter got its DIN 5008 signature block
# (blank line before the greeting, room to sign, name and function), the VAT ID in the address field
# and information-block labels clear of their values; 2 since.
LETTER_FORM = 2
FIRST_LETTER_FORM = 1

# § 13b UStG: the recipient owes the VAT, so the quote names its VAT ID (and must not go out without).
VAT_ID_MISSING = QT_TRANSLATE_NOOP(
    "QuoteDocument",
    "fehlt: ein Angebot mit Reverse Charge (§ 13b UStG) braucht die USt-IdNr. des Kunden",
)


def intro_for(contact: str) -> str:
    """The intro of a new quote to ``contact``: its salutation ("Sehr geehrte Frau Dr. Berg,"),
    then the first sentence (the editor and ``nspdesk quotes create`` start from the same)."""
    return f"{salutation(contact)}\n\n{INTRO_SENTENCE}"


@dataclass(frozen=True)
class QuoteDocument:
    """The letter around a priced quote. ``units`` has one entry per quote line."""

    number: str
    date: datetime.date  # the module's ``date`` is shadowed by this field in the class
    valid_until: datetime.date
    recipient: Addressee
    contact: str  # the sender's contact person (Ansprechpartner)
    customer_number: str
    subject: str
    intro: str
    closing: str
    payment_terms: str
    units: tuple[str, ...]
    recipient_vat_id: str = ""  # printed with the address and the reverse-charge note
    signer: str = ""  # below the closing, after room to sign (none: the company name only)
    signer_function: str = ""  # below the signer's name
    letter_form: int = LETTER_FORM  # see ``LETTER_FORM``

    def unit(self, index: int) -> str:
        return self.units[index] if index < len(self.units) else DEFAULT_UNIT


def require_vat_id(vat: VatMode, vat_id: str, field: str) -> None:
    """Refuse a reverse-charge quote without the customer's VAT ID (``field`` names where it goes)."""
    if vat is VatMode.REVERSE_CHARGE and not vat_id.strip():
        raise InputError(field, VAT_ID_MISSING)


@dataclass(frozen=True)
class PrintMark:
    """What a quote that must not go out prints on every page: a word across the page, and the
    word with the reason in a band at its top (in the text layer too)."""

    word: str
    reason: str

    @property
    def band(self) -> str:
        return f"{self.word} – {self.reason}"


# By the revision's status (``nspdesk.store.quotes.Status``); sent and accepted print clean.
PRINT_MARKS = {
    "draft": PrintMark("ENTWURF", "nicht versendet, nicht zur Weitergabe"),
    "rejected": PrintMark("ABGELEHNT", "vom Kunden abgelehnt, nicht mehr gültig"),
    "expired": PrintMark("ABGELAUFEN", "Gültigkeit abgelaufen, nicht mehr gültig"),
}


def print_mark(status: str) -> PrintMark | None:
    """The mark of a revision in ``status``, or None: it prints as the customer received it."""
    return PRINT_MARKS.get(status)


@dataclass(frozen=True)
class QuoteInput:
    request: PriceRequest
    document: QuoteDocument
    sender: Sender


def quote_input_from_json(fields: Fields, today: date) -> QuoteInput:
    """Read the document keys first (``Fields.finish`` then knows them), then the pricing input."""
    number = fields.text("number", default="", allow_empty=True).strip()
    recipient = PLACEHOLDER_RECIPIENT
    recipient_vat_id = ""
    if fields.has("recipient"):
        table = fields.table("recipient")
        recipient_vat_id = table.text("vat_id", default="", allow_empty=True).strip()
        recipient = addressee_from_json(table)
    sender = sender_from_json(fields.table("sender")) if fields.has("sender") else demo_sender()
    valid_until = fields.day("valid_until") if fields.has("valid_until") else None
    texts = {
        key: fields.text(key, default=default, allow_empty=True).strip()
        for key, default in (
            ("contact", ""),
            ("contact_function", ""),
            ("customer_number", ""),
            ("subject", DEFAULT_SUBJECT),
            ("intro", ""),
            ("closing", DEFAULT_CLOSING),
            ("payment_terms", DEFAULT_PAYMENT_TERMS),
        )
    }
    units: list[str] = []

    def read_unit(line: Fields) -> None:
        units.append(line.text("unit", default=DEFAULT_UNIT))

    request = request_from_json(fields, today, line_extras=read_unit)
    if valid_until is None:
        valid_until = request.date + timedelta(days=VALID_DAYS)
    elif valid_until < request.date:
        raise InputError(
            "valid_until",
            f"{valid_until.isoformat()} liegt vor dem Angebotsdatum {request.date.isoformat()}",
        )
    require_vat_id(request.vat, recipient_vat_id, "recipient.vat_id")
    signer = signer_for(sender, texts["contact"], texts["contact_function"])
    document = QuoteDocument(
        number=number or f"AN-{request.date:%Y%m%d}",
        date=request.date,
        valid_until=valid_until,
        recipient=recipient,
        contact=texts["contact"],
        customer_number=texts["customer_number"],
        subject=texts["subject"] or DEFAULT_SUBJECT,
        # Without one, the intro the app starts a quote with: the contact's salutation.
        intro=texts["intro"] if fields.has("intro") else intro_for(recipient.contact),
        closing=texts["closing"],
        payment_terms=texts["payment_terms"],
        units=tuple(units),
        recipient_vat_id=recipient_vat_id,
        signer=signer.name,
        signer_function=signer.function,
    )
    return QuoteInput(request=request, document=document, sender=sender)
