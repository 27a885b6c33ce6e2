"""Who a quote's e-mail goes to, read from the store beside what its PDF prints.

Only a revision that was sent (or decided since) is mailed: its PDF is the frozen one the customer
gets, byte for byte. A draft is refused: the faces mark it as sent first (the app asks), so a quote
never leaves the house while the store still calls it a draft.

The recipient: a partner quote goes to the partner's contact the letter addresses (matched by
name), else to the partner's main contact; an end-customer quote is addressed to the customer's
postal address typed into the quote, which holds no e-mail address: its draft has no ``To:``.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from nspdesk.domain.editions import ProgramLibrary
from nspdesk.domain.messages import QT_TRANSLATE_NOOP
from nspdesk.domain.pricing import Audience
from nspdesk.store.errors import ConflictError
from nspdesk.store.models import Contact, Partner, Quote
from nspdesk.store.printing import PrintJob, print_job

STILL_A_DRAFT = QT_TRANSLATE_NOOP(
    "QuoteMail",
    "Angebot {number} ist noch ein Entwurf: erst als versendet markieren, dann per E-Mail "
    "senden (so bekommt der Kunde das eingefrorene Angebot).",
)


@dataclass(frozen=True)
class MailJob:
    """The PDF's input and the e-mail's recipient of one revision."""

    job: PrintJob
    recipient_name: str  # the person addressed, for the salutation and the To: display name
    recipient_email: str  # "" when the store knows none
    end_customer: bool


def mail_job(
    session: Session,
    library: ProgramLibrary,
    quote_id: int,
    contact: str,
    revision_number: int | None = None,
) -> MailJob:
    """The revision (the current one by default) as it is mailed; a draft is refused."""
    job = print_job(session, library, quote_id, contact, revision_number)
    quote = session.get(Quote, quote_id)
    assert quote is not None  # print_job found it
    revision = next(
        r
        for r in quote.revisions
        if r.number == (revision_number if revision_number is not None else quote.current.number)
    )
    if revision.status == "draft":
        raise ConflictError(STILL_A_DRAFT.format(number=job.document.number))
    addressed = job.document.recipient.contact
    if revision.audience == Audience.END_CUSTOMER.value and revision.customer:
        return MailJob(job, addressed, "", end_customer=True)
    partner = session.get(Partner, quote.partner_id)
    assert partner is not None  # a quote's partner cannot be deleted (RESTRICT)
    named = _contact_named(partner, addressed)
    if named is not None:
        return MailJob(job, addressed, named.email.strip(), end_customer=False)
    main = partner.main_contact  # the letter names nobody on record: who speaks for the partner
    if main is None:
        return MailJob(job, addressed, "", end_customer=False)
    return MailJob(job, main.name, main.email.strip(), end_customer=False)


def _contact_named(partner: Partner, name: str) -> Contact | None:
    wanted = " ".join(name.split()).casefold()
    if not wanted:
        return None
    return next(
        (c for c in partner.contacts if " ".join(c.name.split()).casefold() == wanted), None
    )
