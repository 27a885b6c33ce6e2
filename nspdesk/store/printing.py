"""What the documents need, read from the store: a stored quote revision as it was priced, a
partner's postal address, the sender."""

from __future__ import annotations

from sqlalchemy.orm import Session

from nspdesk.domain.decimals import round_cents
from nspdesk.domain.editions import ProgramLibrary
from nspdesk.domain.letterhead import Addressee
from nspdesk.domain.pricing import PricedLine, PricedQuote, PriceRequest, QuoteLine, Totals
from nspdesk.domain.quote_document import (
    DEFAULT_CLOSING,
    DEFAULT_INTRO,
    DEFAULT_PAYMENT_TERMS,
    DEFAULT_SUBJECT,
    QuoteDocument,
)
from nspdesk.domain.vat import VatMode
from nspdesk.store.models import Partner, QuoteRevision
from nspdesk.store.quotes import get_quote


def addressee(partner: Partner, contact: str = "") -> Addressee:
    return Addressee(
        company=partner.company,
        contact=contact,
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
        tier=tier.id, date=revision.quote_date, lines=lines, vat=vat, msp_level=revision.msp_level
    )
    priced_lines = tuple(
        PricedLine(
            line=line,
            list_amount=round_cents(line.quantity * line.unit_price),
            discount_percent=row.discount_percent,
            net=row.net,
        )
        for line, row in zip(lines, revision.lines, strict=True)
    )
    totals = Totals(net=revision.net, vat_rate=vat.rate, vat=revision.vat, gross=revision.gross)
    return PricedQuote(program, tier, priced_as, request, priced_lines, totals)


def quote_for_print(
    session: Session, library: ProgramLibrary, quote_id: int, contact: str
) -> tuple[PricedQuote, QuoteDocument]:
    """The current revision of a quote, ready for ``quote_pdf``."""
    quote = get_quote(session, quote_id)
    revision = quote.current
    partner = session.get(Partner, quote.partner_id)
    assert partner is not None  # a quote's partner cannot be deleted (RESTRICT)
    number = quote.number if revision.number == 1 else f"{quote.number}/{revision.number}"
    document = QuoteDocument(
        number=number,
        date=revision.quote_date,
        valid_until=revision.valid_until,
        recipient=addressee(partner, revision.contact_person),
        contact=contact,
        customer_number=partner.customer_number,
        subject=revision.subject or DEFAULT_SUBJECT,
        intro=revision.intro or DEFAULT_INTRO,
        closing=revision.closing or DEFAULT_CLOSING,
        payment_terms=DEFAULT_PAYMENT_TERMS,
        units=tuple(row.unit for row in revision.lines),
        recipient_vat_id=partner.vat_id,
    )
    return priced_snapshot(library, revision), document
