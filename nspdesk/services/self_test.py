"""The database steps of ``nspdesk --self-test``: a quote stored through the store and printed.

Transitional in its means (it calls the store's quote functions, as ``nspdesk pdf quote`` did when
it was written); once the quote services exist, these two steps call them instead.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from nspdesk.documents.quote_pdf import quote_pdf
from nspdesk.services.workspace import Workspace
from nspdesk.store import quotes
from nspdesk.store.partners import PartnerInput, save_partner
from nspdesk.store.printing import quote_for_print
from nspdesk.store.sender import load_sender


@dataclass(frozen=True)
class StoredQuote:
    quote_id: int
    number: str
    listed: Decimal  # the lines at list price, before any discount
    net: Decimal
    gross: Decimal


def store_test_quote(workspace: Workspace, today: date | None = None) -> StoredQuote:
    """A partner "Selbsttest GmbH" and a priced quote for it with two lines."""
    today = today or date.today()
    library = workspace.library
    with workspace.database.write() as session:
        partner = save_partner(
            session,
            library.edition_for(today),
            PartnerInput(
                company="Selbsttest GmbH",
                track="server",
                tier="business",
                street="Teststraße 1",
                postal_code="48143",
                city="Münster",
            ),
        )
        lines = (
            quotes.LineInput(
                "server-license",
                "NoSpamProxy Protection",
                Decimal(50),
                Decimal("30.00"),
                unit="User",
            ),
            quotes.LineInput(
                "server-maintenance", "Softwarewartung", Decimal(50), Decimal("7.50"), unit="User"
            ),
        )
        quote = quotes.create_quote(
            session,
            library,
            quotes.QuoteInput(
                partner_id=partner.id,
                quote_date=today,
                valid_until=today + timedelta(days=30),
                subject="Selbsttest",
                lines=lines,
            ),
        )
        revision = quote.current
        listed = sum((line.quantity * line.unit_price for line in lines), Decimal(0))
        return StoredQuote(quote.id, quote.number, listed, revision.net, revision.gross)


def self_test_pdf(workspace: Workspace, quote_id: int) -> bytes:
    """The stored quote's PDF as ``nspdesk pdf quote --id`` makes it."""
    with workspace.database.read() as session:
        sender = load_sender(session)
        priced, document = quote_for_print(session, workspace.library, quote_id, "Selbsttest")
    return quote_pdf(priced, document, sender)
