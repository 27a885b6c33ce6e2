"""The e-mail that hands a quote over: an unsent draft (``.eml``) with the Angebot PDF attached.

Opened with the system's mail program (Outlook, Thunderbird, Apple Mail …) it becomes a new message
to send: ``X-Unsent: 1`` tells Outlook to open it as a draft, not as a received mail. Nothing here
reaches a network: the person reads the draft, sends it from the mail program (offline it waits in
the outbox) and that program's account decides the real sender.

The text is German like every document: the letter's salutation of the addressee, two sentences,
the sender's signature block from the letterhead. Headers with umlauts are RFC 2047-encoded, the
body is UTF-8, lines end in CRLF (``email.policy.SMTP``). ``Date`` and ``Message-ID`` come from the
arguments only, so the same quote mailed at the same moment gives the same bytes.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from datetime import date, datetime
from email.errors import HeaderParseError
from email.headerregistry import Address
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime

from nspdesk.domain.formatting import day
from nspdesk.domain.letterhead import Sender, salutation

# A plain ASCII address every mail program and server accepts: one @, no spaces, a dot in the
# domain. Anything else (a typo, two addresses in one field, umlauts that need SMTPUTF8) leaves the
# To: empty, with a note to the person, rather than a draft that bounces.
_PART = r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~.-]+"
_ADDRESS = re.compile(rf"{_PART}@{_PART}\.{_PART}")
NO_DOMAIN = "nspdesk.invalid"  # RFC 2606: the Message-ID's domain when the sender has no e-mail


@dataclass(frozen=True)
class QuoteMail:
    """What the e-mail says besides the PDF."""

    number: str  # ``A-2026-0007`` or ``A-2026-0007/2``
    subject: str  # the letter's Betreff
    quote_date: date
    valid_until: date
    recipient_name: str  # the person addressed ("Frau Dr. Anna Schmidt"); "" for none
    recipient_email: str  # "" when none is known
    sender: Sender  # the letterhead the PDF carries (From: and the signature)
    signer: str  # the sender's Ansprechpartner on the letter, who signs the mail


def usable_address(text: str) -> str:
    """``text`` stripped when it is one plain e-mail address, else ""."""
    text = text.strip()
    if not _ADDRESS.fullmatch(text):
        return ""
    try:
        Address(addr_spec=text)  # what the header will hold must parse without a defect
    except (ValueError, HeaderParseError):
        return ""
    return text


def mail_subject(mail: QuoteMail) -> str:
    """``Angebot A-2026-0007 – <Betreff>``, the Betreff without a leading "Angebot" (the default
    "Angebot NoSpamProxy" gives ``Angebot A-2026-0007 – NoSpamProxy``); a Betreff that names the
    number already stands alone."""
    title = f"Angebot {mail.number}"
    subject = " ".join(mail.subject.split())
    if mail.number in subject:
        return subject
    rest = re.sub(r"^Angebot\b[\s:–-]*", "", subject, flags=re.IGNORECASE)
    return f"{title} – {rest}" if rest else title


def mail_body(mail: QuoteMail) -> str:
    """Salutation, two sentences, the signature block."""
    sender = mail.sender
    town = " ".join(part for part in (sender.postal_code, sender.city) if part)
    signature = [
        line
        for line in (
            mail.signer,
            sender.company,
            sender.street,
            town,
            f"Telefon: {sender.phone}" if sender.phone else "",
            f"E-Mail: {sender.email}" if sender.email else "",
            sender.web,
        )
        if line.strip()
    ]
    return "\n".join(
        [
            salutation(mail.recipient_name),
            "",
            f"anbei erhalten Sie unser Angebot {mail.number} vom {day(mail.quote_date)} als PDF; "
            f"es gilt bis zum {day(mail.valid_until)}.",
            "Für Rückfragen stehen wir Ihnen gerne zur Verfügung. Wir freuen uns auf Ihren Auftrag.",
            "",
            "Mit freundlichen Grüßen",
            "",
            "-- ",  # the signature separator mail programs recognise
            *signature,
            "",
        ]
    )


def quote_mail(mail: QuoteMail, pdf: bytes, file_name: str, when: datetime) -> bytes:
    """The draft as ``.eml`` bytes: headers, the text, the PDF as an attachment named
    ``file_name``. ``when`` (aware) is its ``Date``."""
    message = EmailMessage(policy=SMTP)
    message["X-Unsent"] = "1"
    sender_address = usable_address(mail.sender.email)
    if sender_address:
        message["From"] = Address(_display(mail.sender.company), addr_spec=sender_address)
    recipient = usable_address(mail.recipient_email)
    if recipient:
        message["To"] = Address(_display(mail.recipient_name), addr_spec=recipient)
    message["Subject"] = mail_subject(mail)
    message["Date"] = format_datetime(when)
    digest = hashlib.sha256(pdf + when.isoformat().encode()).hexdigest()[:16]
    message["Message-ID"] = _message_id(mail.number, digest, sender_address)
    message["Content-Language"] = "de-DE"
    message.set_content(mail_body(mail), charset="utf-8")
    message.add_attachment(pdf, maintype="application", subtype="pdf", filename=file_name)
    message.set_boundary(f"nspdesk-{digest}")  # not the module's random one: same input, same bytes
    return message.as_bytes()


def _display(name: str) -> str:
    """A display name without line breaks (a header must stay one logical line)."""
    return " ".join(name.split())


def _message_id(number: str, digest: str, sender_address: str) -> str:
    """Deterministic: the quote's number and a digest of the PDF and the moment, at the sender's
    domain."""
    domain = sender_address.rpartition("@")[2] if sender_address else NO_DOMAIN
    local = re.sub(r"[^A-Za-z0-9.-]", "-", number)
    return f"<angebot.{local}.{digest}@{domain}>"
