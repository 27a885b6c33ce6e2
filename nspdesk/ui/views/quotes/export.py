"""The Angebot PDF of a saved quote, printed by the same service as ``nspdesk pdf quote --id``.

A sent revision prints from the snapshot frozen when it was sent (its sender included), so it comes
out as the customer received it; a draft prints with today's data (``services.quotes.print_quote``).
"""

from __future__ import annotations

from nspdesk.services import quotes
from nspdesk.services.quotes import PrintedQuote
from nspdesk.ui import settings as options
from nspdesk.ui.context import AppContext


def sender_contact(context: AppContext) -> str | None:
    """The sender's contact person on the letter, who signs it: the setting "Ihr Name", else
    (None) the service's default, the letterhead's signer or the first managing director."""
    return context.settings.get_text(options.CONTACT_PERSON).strip() or None


def signer_function(context: AppContext) -> str | None:
    """The function below the signature ("Ihre Funktion"); only with the device's own name."""
    if sender_contact(context) is None:
        return None
    return context.settings.get_text(options.SIGNER_FUNCTION).strip() or None


def quote_pdf_bytes(
    context: AppContext, quote_id: int, revision: int | None = None
) -> tuple[bytes, str]:
    """The PDF and a file name for it (``Angebot A-2026-0007-2.pdf`` for revision 2)."""
    printed = printed_quote(context, quote_id, revision)
    return printed.data, printed.file_name


def printed_quote(context: AppContext, quote_id: int, revision: int | None = None) -> PrintedQuote:
    """The PDF, its file name and the texts that hold characters that cannot print."""
    return quotes.print_quote(
        context.workspace,
        quote_id,
        revision=revision,
        contact=sender_contact(context),
        function=signer_function(context),
    )
