"""What the documents need, read from the store: a stored quote revision as it was priced, a
partner's postal address, the sender.

An end-customer quote is the partner's offer to its customer: it is addressed to the customer's address
stored with the revision (when one was given) and carries the partner's letterhead (from the partner record; § 35a
details the record does not hold are left out), never Net at Work's.

A sent revision carries a print snapshot (the letter around the prices and the sender, as JSON,
frozen when it was sent): its PDF is then made from stored data only and comes out byte for byte as
the customer received it, even after the partner moved or the sender's bank changed (a snapshot from
before the letter's second form prints in the first, ``QuoteDocument.letter_form``). Drafts print
with today's partner and sender data, and with a mark on every page (``PrintJob.mark``), as do
rejected and expired revisions.

A reverse-charge quote names the customer's VAT ID (§ 13b UStG): the partner's ``vat_id``, or for an
end-customer quote a line "USt-IdNr. …" in the customer's address. Without it a draft neither
prints nor is sent.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from datetime import date

from sqlalchemy.orm import Session

from nspdesk.domain.decimals import round_cents
from nspdesk.domain.editions import ProgramLibrary
from nspdesk.domain.errors import InputError
from nspdesk.domain.letterhead import Addressee, Sender, addressed_name, signer_for
from nspdesk.domain.messages import QT_TRANSLATE_NOOP
from nspdesk.domain.pricing import (
    Audience,
    PricedLine,
    PricedQuote,
    PriceRequest,
    QuoteLine,
    Totals,
)
from nspdesk.domain.quote_document import (
    DEFAULT_CLOSING,
    DEFAULT_INTRO,
    DEFAULT_PAYMENT_TERMS,
    DEFAULT_SUBJECT,
    FIRST_LETTER_FORM,
    PrintMark,
    QuoteDocument,
    print_mark,
)
from nspdesk.domain.quote_input import split_vat_id
from nspdesk.domain.vat import VatMode
from nspdesk.store.errors import NotFoundError
from nspdesk.store.models import Partner, Quote, QuoteRevision
from nspdesk.store.sender import load_sender

# As nspdesk.store.quotes words them (that module imports this one).
NO_QUOTE_ID = QT_TRANSLATE_NOOP("QuoteStore", "Es gibt kein Angebot mit der ID {id}.")
NO_REVISION = QT_TRANSLATE_NOOP("QuoteStore", "Angebot {number} hat keine Revision {revision}.")
PARTNER_VAT_ID_MISSING = QT_TRANSLATE_NOOP(
    "QuoteStore",
    "Angebot {number} mit Reverse Charge (§ 13b UStG) braucht die USt-IdNr. des Kunden: beim "
    "Partner {company} ist das Feld „USt-IdNr.“ leer.",
)
CUSTOMER_VAT_ID_MISSING = QT_TRANSLATE_NOOP(
    "QuoteStore",
    "Angebot {number} mit Reverse Charge (§ 13b UStG) braucht die USt-IdNr. des Endkunden: bitte "
    "im Feld „Endkunde“ eine Zeile „USt-IdNr. …“ ergänzen.",
)


def addressee(partner: Partner, contact: str = "") -> Addressee:
    """The partner's postal address; ``contact`` as typed, or with the salutation and title of the
    partner's contact of that name ("Jana Petersen" → "Frau Jana Petersen")."""
    return Addressee(
        company=partner.company,
        contact=contact_line(partner, contact),
        street=partner.street,
        postal_code=partner.postal_code,
        city=partner.city,
        country=partner.country,
    )


def priced_snapshot(library: ProgramLibrary, revision: QuoteRevision) -> PricedQuote:
    """The revision's prices exactly as stored (never re-priced under today's rules)."""
    program = library.edition(revision.edition)
    tier = program.tier(revision.tier)
    priced_as = (
        program.tier(revision.msp_level) if tier.benefits_of and revision.msp_level else tier
    )
    vat = VatMode(revision.vat_mode)
    lines = tuple(
        QuoteLine(row.category, row.description, row.quantity, row.unit_price, row.extra_discount)
        for row in revision.lines
    )
    request = PriceRequest(
        tier=tier.id,
        date=revision.quote_date,
        lines=lines,
        vat=vat,
        msp_level=revision.msp_level,
        audience=Audience(revision.audience),
    )
    priced_lines = tuple(
        PricedLine(
            line=line,
            list_amount=round_cents(line.quantity * line.unit_price),
            discount_percent=row.discount_percent,
            net=row.net,
            purchase_net=row.purchase_net,
        )
        for line, row in zip(lines, revision.lines, strict=True)
    )
    totals = Totals(net=revision.net, vat_rate=vat.rate, vat=revision.vat, gross=revision.gross)
    return PricedQuote(program, tier, priced_as, request, priced_lines, totals)


def contact_line(partner: Partner, contact: str) -> str:
    """``contact`` as the letter names them: a contact of the partner of that name with its
    salutation and title, anything else as typed."""
    wanted = contact.strip()
    for person in partner.contacts:
        if wanted and wanted in (person.name.strip(), person.addressed):
            return person.addressed
    return wanted


@dataclass(frozen=True)
class PrintJob:
    """Everything ``quote_pdf`` needs for one revision."""

    priced: PricedQuote
    document: QuoteDocument
    sender: Sender
    frozen: bool  # True: from the snapshot taken when the revision was sent
    mark: PrintMark | None = None  # draft, rejected, expired: on every page


def _quote(session: Session, quote_id: int) -> Quote:
    quote = session.get(Quote, quote_id)
    if quote is None:
        raise NotFoundError(NO_QUOTE_ID.format(id=quote_id))
    return quote


def print_job(
    session: Session,
    library: ProgramLibrary,
    quote_id: int,
    contact: str,
    revision_number: int | None = None,
    function: str = "",
) -> PrintJob:
    """The PDF input of a revision (the current one by default): frozen when it was sent.

    ``contact`` and ``function``: the person printing a draft, its Ansprechpartner and signer
    (empty: the letterhead's signer, else the first managing director). A draft of a
    reverse-charge quote without the customer's VAT ID is refused (``InputError``).
    """
    quote = _quote(session, quote_id)
    revision = _revision(quote, revision_number)
    priced = priced_snapshot(library, revision)
    mark = print_mark(revision.status)
    if revision.print_snapshot:
        document, sender = thaw(revision.print_snapshot)
        return PrintJob(priced, document, sender, frozen=True, mark=mark)
    sender = _sender(session, quote, revision)
    document = _document(session, quote, revision, contact, function, sender)
    return PrintJob(priced, document, sender, frozen=False, mark=mark)


def freeze(session: Session, quote: Quote, contact: str, function: str = "") -> str:
    """The print snapshot of the quote's current revision as it would print now (JSON)."""
    sender = _sender(session, quote, quote.current)
    document = _document(session, quote, quote.current, contact, function, sender)
    data = {"document": asdict(document), "sender": asdict(sender)}
    return json.dumps(data, ensure_ascii=False, sort_keys=True, default=str)


def thaw(snapshot: str) -> tuple[QuoteDocument, Sender]:
    """The letter and the sender frozen in ``snapshot``; one frozen before the letter had a form
    of its own prints in the first form, as it was sent."""
    data = json.loads(snapshot)
    doc = dict(data["document"])
    doc.setdefault("letter_form", FIRST_LETTER_FORM)
    doc["date"] = date.fromisoformat(doc["date"])
    doc["valid_until"] = date.fromisoformat(doc["valid_until"])
    doc["recipient"] = Addressee(**doc["recipient"])
    doc["units"] = tuple(doc["units"])
    sender = dict(data["sender"])
    sender["managing_directors"] = tuple(sender["managing_directors"])
    return QuoteDocument(**doc), Sender(**sender)


def _revision(quote: Quote, number: int | None) -> QuoteRevision:
    if number is None:
        return quote.current
    for revision in quote.revisions:
        if revision.number == number:
            return revision
    raise NotFoundError(NO_REVISION.format(number=quote.number, revision=number))


def _partner_of(session: Session, quote: Quote) -> Partner:
    partner = session.get(Partner, quote.partner_id)
    assert partner is not None  # a quote's partner cannot be deleted (RESTRICT)
    return partner


def _sender(session: Session, quote: Quote, revision: QuoteRevision) -> Sender:
    if revision.audience == Audience.END_CUSTOMER.value and revision.customer:
        return partner_as_sender(_partner_of(session, quote))
    return load_sender(session)


# Legal forms recognised at the end of a company name, longest first.
_LEGAL_FORMS = (
    "GmbH & Co. KG",
    "gGmbH",
    "GmbH",
    "UG (haftungsbeschränkt)",
    "UG",
    "AG",
    "KG",
    "OHG",
    "e.K.",
)


def _partner_person(partner: Partner) -> tuple[str, str]:
    """The partner's letter names the partner's person (beside its phone and e-mail), not ours:
    its name and its role (the function below the signature)."""
    person = partner.main_contact
    if person is None:
        return "", ""
    return addressed_name(person.name, "", person.title), person.role  # "Dr. Anna Hansen"


def partner_as_sender(partner: Partner) -> Sender:
    """The partner's letterhead for its end-customer quotes, from what the partner record holds."""
    contact = partner.main_contact
    legal_form = next((f for f in _LEGAL_FORMS if partner.company.rstrip().endswith(f)), "")
    return Sender(
        company=partner.company,
        legal_form=legal_form,
        street=partner.street,
        postal_code=partner.postal_code,
        city=partner.city,
        country=partner.country,
        phone=contact.phone if contact else "",
        email=contact.email if contact else "",
        web=partner.website,
        vat_id=partner.vat_id,
    )


def end_customer_addressee(block: str) -> Addressee:
    """The customer's address as typed, one line each: company, [person,] street, postcode and
    town [, country]."""
    lines = [line.strip() for line in split_vat_id(block)[0].splitlines() if line.strip()]
    if not lines:
        return Addressee(company="")
    company, rest = lines[0], lines[1:]
    town = rest.pop() if rest else ""
    country = ""
    if rest and not town[:1].isdigit() and rest[-1][:1].isdigit():  # "… 1010 Wien", "ÖSTERREICH"
        country, town = town, rest.pop()
    street = rest.pop() if rest else ""
    person = " ".join(rest)
    postal_code, _, city = town.partition(" ") if town[:1].isdigit() else ("", "", town)
    return Addressee(company, person, street, postal_code, city, country)


def _document(
    session: Session,
    quote: Quote,
    revision: QuoteRevision,
    contact: str,
    function: str,
    sender: Sender,
) -> QuoteDocument:
    partner = _partner_of(session, quote)
    number = quote.number if revision.number == 1 else f"{quote.number}/{revision.number}"
    end_customer = revision.audience == Audience.END_CUSTOMER.value and bool(revision.customer)
    if end_customer:
        contact, function = _partner_person(partner)
        vat_id = split_vat_id(revision.customer)[1]
        missing = CUSTOMER_VAT_ID_MISSING.format(number=number)
    else:
        signer = signer_for(sender, contact, function)
        contact, function = signer.name, signer.function
        vat_id = partner.vat_id
        missing = PARTNER_VAT_ID_MISSING.format(number=number, company=partner.company)
    if VatMode(revision.vat_mode) is VatMode.REVERSE_CHARGE and not vat_id.strip():
        raise InputError("vat_id", missing)
    return QuoteDocument(
        number=number,
        date=revision.quote_date,
        valid_until=revision.valid_until,
        recipient=(
            end_customer_addressee(revision.customer)
            if end_customer
            else addressee(partner, revision.contact_person)
        ),
        contact=contact,
        customer_number="" if end_customer else partner.customer_number,
        subject=revision.subject or DEFAULT_SUBJECT,
        intro=revision.intro or DEFAULT_INTRO,
        closing=revision.closing or DEFAULT_CLOSING,
        payment_terms=DEFAULT_PAYMENT_TERMS,
        units=tuple(row.unit for row in revision.lines),
        recipient_vat_id=vat_id,
        signer=contact,
        signer_function=function,
    )


def quote_for_print(
    session: Session, library: ProgramLibrary, quote_id: int, contact: str
) -> tuple[PricedQuote, QuoteDocument]:
    """The current revision of a quote, ready for ``quote_pdf`` (see ``print_job`` for the sender)."""
    job = print_job(session, library, quote_id, contact)
    return job.priced, job.document
