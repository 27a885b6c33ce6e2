"""Quotes (Angebote) with numbered revisions and priced lines.

A quote has a number unique and gap-free per year and series (``A-2026-0042``; a laptop in a team
numbers its own series, ``A-2026-MK-0007``). Its content lives in revisions;
a revision that was sent is immutable, a change makes a new revision. Each revision keeps a snapshot
of what priced it (tier, MSP level, program edition) and each line its prices, so reprinting an old
quote shows what the customer received, whatever the catalog or program says today.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import Date, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from nspdesk.store.models.base import Base, Timestamps, Versioned
from nspdesk.store.types import ExactDecimal, Money, UTCDateTime


class QuoteNumberCounter(Base):
    """The last number handed out per year and series; incremented inside the transaction that saves
    the quote. The series is "" on a database of its own or the team's, a device's name on a laptop
    in a team (docs/sync.md); the counters never travel."""

    __tablename__ = "quote_number_counters"

    year: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    series: Mapped[str] = mapped_column(String(40), primary_key=True, default="", server_default="")
    last: Mapped[int] = mapped_column(default=0)


class Quote(Base, Timestamps, Versioned):
    __tablename__ = "quotes"
    __table_args__ = (UniqueConstraint("year", "series", "sequence"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(30), unique=True)
    year: Mapped[int] = mapped_column(Integer)
    # "" for the team's own series (A-2026-0042), a device's name for its series (A-2026-MK-0007).
    series: Mapped[str] = mapped_column(String(40), default="", server_default="")
    sequence: Mapped[int] = mapped_column(Integer)
    partner_id: Mapped[int] = mapped_column(
        ForeignKey("partners.id", ondelete="RESTRICT"), index=True
    )

    revisions: Mapped[list[QuoteRevision]] = relationship(
        back_populates="quote", cascade="all, delete-orphan", order_by="QuoteRevision.number"
    )
    events: Mapped[list[QuoteEvent]] = relationship(
        back_populates="quote", cascade="all, delete-orphan", order_by="QuoteEvent.id"
    )

    @property
    def current(self) -> QuoteRevision:
        return self.revisions[-1]


class QuoteRevision(Base, Timestamps):
    __tablename__ = "quote_revisions"
    __table_args__ = (UniqueConstraint("quote_id", "number"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    quote_id: Mapped[int] = mapped_column(ForeignKey("quotes.id", ondelete="CASCADE"), index=True)
    number: Mapped[int] = mapped_column(Integer)  # 1, 2, …
    status: Mapped[str] = mapped_column(String(20), index=True)  # see nspdesk.store.quotes.Status
    quote_date: Mapped[date] = mapped_column(Date)
    valid_until: Mapped[date] = mapped_column(Date)
    # What priced it, as it was then.
    tier: Mapped[str] = mapped_column(String(40))
    msp_level: Mapped[str | None] = mapped_column(String(40), nullable=True)
    edition: Mapped[str] = mapped_column(String(20))
    vat_mode: Mapped[str] = mapped_column(String(20))
    audience: Mapped[str] = mapped_column(String(20), default="partner")  # pricing.Audience
    # Compliance-aware discounts: the partner's recorded tier when the figures did not support it,
    # what the user chose (tier_check.TierChoice) and why. NULL: the recorded tier held.
    recorded_tier: Mapped[str | None] = mapped_column(String(40), nullable=True)
    tier_choice: Mapped[str | None] = mapped_column(String(20), nullable=True)
    tier_reason: Mapped[str] = mapped_column(Text, default="")
    # The letter.
    subject: Mapped[str] = mapped_column(String(300), default="")
    intro: Mapped[str] = mapped_column(Text, default="")
    closing: Mapped[str] = mapped_column(Text, default="")
    recipient: Mapped[str] = mapped_column(Text, default="")  # address block as sent, one line each
    customer: Mapped[str] = mapped_column(Text, default="")  # end-customer quotes: its address
    contact_person: Mapped[str] = mapped_column(String(200), default="")
    # Totals as priced (sums of the lines; VAT on the net total).
    net: Mapped[Decimal] = mapped_column(Money, default=Decimal(0))
    vat: Mapped[Decimal] = mapped_column(Money, default=Decimal(0))
    gross: Mapped[Decimal] = mapped_column(Money, default=Decimal(0))
    sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    # Everything printed that is not stored above (sender, recipient, contact), frozen on sending so
    # that the PDF of a sent revision is reproduced byte for byte (JSON; "" for drafts).
    print_snapshot: Mapped[str] = mapped_column(Text, default="")
    decided_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)

    quote: Mapped[Quote] = relationship(back_populates="revisions")
    lines: Mapped[list[QuoteLineRow]] = relationship(
        back_populates="revision", cascade="all, delete-orphan", order_by="QuoteLineRow.position"
    )


class QuoteLineRow(Base):
    __tablename__ = "quote_lines"
    __table_args__ = (UniqueConstraint("revision_id", "position"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    revision_id: Mapped[int] = mapped_column(
        ForeignKey("quote_revisions.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer)
    article_number: Mapped[str] = mapped_column(String(50), default="")
    category: Mapped[str] = mapped_column(String(40))
    description: Mapped[str] = mapped_column(Text, default="")
    unit: Mapped[str] = mapped_column(String(30), default="Stück")
    quantity: Mapped[Decimal] = mapped_column(ExactDecimal)
    unit_price: Mapped[Decimal] = mapped_column(ExactDecimal)  # list price at the time
    extra_discount: Mapped[Decimal] = mapped_column(ExactDecimal, default=Decimal(0))
    discount_percent: Mapped[Decimal] = mapped_column(ExactDecimal)  # tier discount at the time
    net: Mapped[Decimal] = mapped_column(Money)
    # End-customer quotes: the partner's purchase price of the line (its margin is net − this).
    purchase_net: Mapped[Decimal | None] = mapped_column(Money, nullable=True)

    revision: Mapped[QuoteRevision] = relationship(back_populates="lines")


class QuoteEvent(Base):
    """The audit trail of a quote: who did what when (created, saved, sent, revised, accepted …)."""

    __tablename__ = "quote_events"

    id: Mapped[int] = mapped_column(primary_key=True)
    quote_id: Mapped[int] = mapped_column(ForeignKey("quotes.id", ondelete="CASCADE"), index=True)
    revision: Mapped[int] = mapped_column(Integer)
    at: Mapped[datetime] = mapped_column(UTCDateTime)
    actor: Mapped[str] = mapped_column(String(200), default="")
    action: Mapped[str] = mapped_column(String(30))
    detail: Mapped[str] = mapped_column(Text, default="")

    quote: Mapped[Quote] = relationship(back_populates="events")


class QuoteTemplate(Base, Timestamps):
    """A saved set of lines and texts to start a quote from."""

    __tablename__ = "quote_templates"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), unique=True)
    audience: Mapped[str] = mapped_column(String(20), default="partner")
    vat_mode: Mapped[str] = mapped_column(String(20), default="standard")
    subject: Mapped[str] = mapped_column(String(300), default="")
    intro: Mapped[str] = mapped_column(Text, default="")
    closing: Mapped[str] = mapped_column(Text, default="")

    lines: Mapped[list[QuoteTemplateLine]] = relationship(
        back_populates="template",
        cascade="all, delete-orphan",
        order_by="QuoteTemplateLine.position",
    )


class QuoteTemplateLine(Base):
    __tablename__ = "quote_template_lines"
    __table_args__ = (UniqueConstraint("template_id", "position"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    template_id: Mapped[int] = mapped_column(
        ForeignKey("quote_templates.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer)
    article_number: Mapped[str] = mapped_column(String(50), default="")  # "" for a free line
    category: Mapped[str] = mapped_column(String(40))
    description: Mapped[str] = mapped_column(Text, default="")
    unit: Mapped[str] = mapped_column(String(30), default="Stück")
    quantity: Mapped[Decimal] = mapped_column(ExactDecimal)
    unit_price: Mapped[Decimal] = mapped_column(
        ExactDecimal
    )  # free lines; articles re-read the catalog
    extra_discount: Mapped[Decimal] = mapped_column(ExactDecimal, default=Decimal(0))

    template: Mapped[QuoteTemplate] = relationship(back_populates="lines")
