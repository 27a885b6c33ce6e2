"""The Angebot PDF of a saved quote: a revision as stored, with the configured sender.

A sent revision prints from the snapshot frozen when it was sent (its sender included), so it comes
out as the customer received it; a draft prints with today's data (``store.printing.print_job``).
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from nspdesk.store.printing import print_job
from nspdesk.store.sender import load_sender
from nspdesk.ui import settings as options
from nspdesk.ui.context import AppContext


def sender_contact(context: AppContext, session: Session) -> str:
    """The sender's contact person on the letter: the setting, else the first managing director."""
    contact = context.settings.get_text(options.CONTACT_PERSON).strip()
    if contact:
        return contact
    directors = load_sender(session).managing_directors
    return directors[0] if directors else ""


def quote_pdf_bytes(
    context: AppContext, quote_id: int, revision: int | None = None
) -> tuple[bytes, str]:
    """The PDF and a file name for it (``Angebot A-2026-0007-2.pdf`` for revision 2)."""
    from nspdesk.documents.quote_pdf import quote_pdf  # reportlab: loaded when first needed

    with context.database.read() as session:
        job = print_job(
            session, context.library, quote_id, sender_contact(context, session), revision
        )
    data = quote_pdf(job.priced, job.document, job.sender)
    return data, f"Angebot {job.document.number.replace('/', '-')}.pdf"
