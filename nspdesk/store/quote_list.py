"""Read-only queries behind the quote list and the quote editor's pickers.

``list_quotes`` is one SQL query over quotes, their current revision and the partner, with the
line texts of the current revision aggregated for search; it returns light frozen rows, never ORM
objects, so a list of thousands of quotes loads fast and the rows outlive their session.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import and_, func, select
from sqlalchemy.orm import Session, selectinload

from nspdesk.store.models import Partner, Quote, QuoteLineRow, QuoteRevision
from nspdesk.store.tiers import Standing, tiers_on


@dataclass(frozen=True)
class QuoteRow:
    """One quote as the list shows it: the current (newest) revision's data."""

    id: int
    number: str
    year: int
    partner_id: int
    partner: str
    customer_number: str
    quote_date: date
    valid_until: date
    status: str  # a value of nspdesk.store.quotes.Status
    revision: int
    net: Decimal
    gross: Decimal
    subject: str
    text: str  # subject and the lines' article numbers and descriptions, for search

    @property
    def label(self) -> str:
        """``A-2026-0007`` for the first revision, ``A-2026-0007/2`` after a revision."""
        return self.number if self.revision == 1 else f"{self.number}/{self.revision}"


@dataclass(frozen=True)
class PartnerChoice:
    """A partner as the quote editor offers it: what pricing and the letter need, no ORM object."""

    id: int
    company: str
    customer_number: str
    track: str
    tier: str | None
    msp_level: str | None
    country: str
    vat_id: str
    # As the letter names them ("Frau Dr. Anna Hansen": salutation and title when known), the
    # primary contact first; the editor's intro greets the chosen one (``intro_for``).
    contacts: tuple[str, ...]
    reseller_only: bool = False  # sells Server only with an HSV (quote warnings)


def list_quotes(
    session: Session,
    *,
    year: int | None = None,
    partner_id: int | None = None,
    status: str | None = None,
) -> list[QuoteRow]:
    """Every quote (or those of ``year`` / ``partner_id`` / whose current revision has ``status``),
    newest number first."""
    newest = (
        select(
            QuoteRevision.quote_id.label("quote_id"),
            func.max(QuoteRevision.number).label("number"),
        )
        .group_by(QuoteRevision.quote_id)
        .subquery("newest")
    )
    line_text = (
        select(
            QuoteLineRow.revision_id.label("revision_id"),
            func.aggregate_strings(
                QuoteLineRow.article_number + " " + QuoteLineRow.description, "\n"
            ).label("text"),
        )
        .group_by(QuoteLineRow.revision_id)
        .subquery("line_text")
    )
    query = (
        select(
            Quote.id,
            Quote.number,
            Quote.year,
            Quote.partner_id,
            Partner.company,
            Partner.customer_number,
            QuoteRevision.quote_date,
            QuoteRevision.valid_until,
            QuoteRevision.status,
            QuoteRevision.number,
            QuoteRevision.net,
            QuoteRevision.gross,
            QuoteRevision.subject,
            line_text.c.text,
        )
        .join(newest, newest.c.quote_id == Quote.id)
        .join(
            QuoteRevision,
            and_(QuoteRevision.quote_id == Quote.id, QuoteRevision.number == newest.c.number),
        )
        .join(Partner, Partner.id == Quote.partner_id)
        .outerjoin(line_text, line_text.c.revision_id == QuoteRevision.id)
        .order_by(Quote.year.desc(), Quote.sequence.desc())
    )
    if year is not None:
        query = query.where(Quote.year == year)
    if partner_id is not None:
        query = query.where(Quote.partner_id == partner_id)
    if status is not None:
        query = query.where(QuoteRevision.status == status)
    return [
        QuoteRow(
            id=row[0],
            number=row[1],
            year=row[2],
            partner_id=row[3],
            partner=row[4],
            customer_number=row[5],
            quote_date=row[6],
            valid_until=row[7],
            status=row[8],
            revision=row[9],
            net=row[10],
            gross=row[11],
            subject=row[12],
            text="\n".join(part for part in (row[12], row[13]) if part),
        )
        for row in session.execute(query)
    ]


def partner_choices(session: Session, on: date | None = None) -> list[PartnerChoice]:
    """All partners by name, with their contacts' names (one extra query, not one per partner) and
    the tier each holds on ``on`` (default: today; ``store.tiers``)."""
    partners = list(
        session.scalars(
            select(Partner).options(selectinload(Partner.contacts)).order_by(Partner.company)
        )
    )
    held = tiers_on(session, on or date.today())
    return [
        PartnerChoice(
            id=partner.id,
            company=partner.company,
            customer_number=partner.customer_number,
            track=partner.track,
            tier=held.get(partner.id, Standing(partner.tier, partner.msp_level)).tier,
            msp_level=held.get(partner.id, Standing(partner.tier, partner.msp_level)).msp_level,
            country=partner.country,
            vat_id=partner.vat_id,
            contacts=tuple(
                contact.addressed  # "Frau Dr. Anna Hansen": the letter greets them by it
                for contact in sorted(partner.contacts, key=lambda c: (not c.primary, c.id))
            ),
            reseller_only=partner.reseller_only,
        )
        for partner in partners
    ]
