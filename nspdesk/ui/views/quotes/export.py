"""The Angebot PDF of a saved quote: its current revision as stored, with the configured sender."""

from __future__ import annotations

from nspdesk.store.printing import quote_for_print
from nspdesk.store.sender import load_sender
from nspdesk.ui import settings as options
from nspdesk.ui.context import AppContext


def quote_pdf_bytes(context: AppContext, quote_id: int) -> tuple[bytes, str]:
    """The PDF and a file name for it (``Angebot A-2026-0007-2.pdf`` for revision 2).

    The sender's contact person is the setting, else the sender's first managing director.
    """
    from nspdesk.documents.quote_pdf import quote_pdf  # reportlab: loaded when first needed

    with context.database.read() as session:
        sender = load_sender(session)
        contact = context.settings.get_text(options.CONTACT_PERSON).strip()
        if not contact and sender.managing_directors:
            contact = sender.managing_directors[0]
        priced, document = quote_for_print(session, context.library, quote_id, contact)
    data = quote_pdf(priced, document, sender)
    return data, f"Angebot {document.number.replace('/', '-')}.pdf"
