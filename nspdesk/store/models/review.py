"""The annual review: a run for one business year with a proposal per partner, and tier history.

A review is a draft until it is confirmed; confirming writes a ``TierHistory`` row per partner, whose
tier applies from the review's date on. A confirmed review never changes again: reopening is a new run, and the
history only grows.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import Date, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from nspdesk.store.models.base import Base
from nspdesk.store.types import Money, UTCDateTime, utcnow


class Review(Base):
    __tablename__ = "reviews"

    id: Mapped[int] = mapped_column(primary_key=True)
    year: Mapped[int] = mapped_column(Integer, index=True)  # the business year reviewed
    as_of: Mapped[date] = mapped_column(Date)  # the day the facts were taken
    edition: Mapped[str] = mapped_column(String(20))  # the program edition applied
    created_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
    confirmed_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    confirmed_by: Mapped[str] = mapped_column(String(200), default="")
    effective_from: Mapped[date | None] = mapped_column(Date, nullable=True)

    items: Mapped[list[ReviewItem]] = relationship(
        back_populates="review", cascade="all, delete-orphan", order_by="ReviewItem.id"
    )


class ReviewItem(Base):
    """One partner's proposal in a review and what was decided."""

    __tablename__ = "review_items"
    __table_args__ = (
        UniqueConstraint("review_id", "partner_id"),
        # the review's list in its default order, a window at a time (issue 20)
        Index("ix_review_items_review_id_company_key", "review_id", "company_key", "id"),
        # the list sorted by decision or by movement: each value's group in company order (0013)
        Index("ix_review_items_decision", "review_id", "decision", "company_key", "id"),
        Index("ix_review_items_kind", "review_id", "kind", "company_key", "id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    review_id: Mapped[int] = mapped_column(ForeignKey("reviews.id", ondelete="CASCADE"), index=True)
    partner_id: Mapped[int] = mapped_column(
        ForeignKey("partners.id", ondelete="CASCADE"), index=True
    )
    company: Mapped[str] = mapped_column(String(200))  # as it was at the run
    track: Mapped[str] = mapped_column(String(20))
    recorded_tier: Mapped[str | None] = mapped_column(String(40), nullable=True)
    recorded_msp_level: Mapped[str | None] = mapped_column(String(40), nullable=True)
    proposed_tier: Mapped[str | None] = mapped_column(String(40), nullable=True)
    proposed_msp_level: Mapped[str | None] = mapped_column(String(40), nullable=True)
    kind: Mapped[str] = mapped_column(String(30))  # a Movement value
    reasons: Mapped[str] = mapped_column(Text, default="")  # one sentence per line
    missing_by_tier: Mapped[str] = mapped_column(Text, default="{}")  # JSON: tier -> sentences
    # The figures of the year as evaluated, with their sources.
    projects_manual: Mapped[int] = mapped_column(default=0)
    projects_won: Mapped[int] = mapped_column(default=0)
    revenue_manual: Mapped[Decimal] = mapped_column(Money, default=Decimal(0))
    revenue_won: Mapped[Decimal] = mapped_column(Money, default=Decimal(0))
    mrr_manual: Mapped[Decimal] = mapped_column(Money, default=Decimal(0))
    mrr_won: Mapped[Decimal] = mapped_column(Money, default=Decimal(0))
    decision: Mapped[str] = mapped_column(String(20), default="open")  # a Decision value
    final_tier: Mapped[str | None] = mapped_column(String(40), nullable=True)
    final_msp_level: Mapped[str | None] = mapped_column(String(40), nullable=True)
    override_reason: Mapped[str] = mapped_column(Text, default="")
    # The proposal's sentences (reasons and gaps) as the run worded them, JSON through
    # ``domain.text_json`` so that they render in either UI language (migration 0012); a
    # confirmed review keeps them as they were. ``reasons`` and ``missing_by_tier`` keep the
    # German wording as before.
    worded: Mapped[str] = mapped_column(Text, default="", server_default="")
    # ``company`` folded for sorting (``str.casefold``), as the list orders it
    company_key: Mapped[str] = mapped_column(String(200), default="", server_default="")

    review: Mapped[Review] = relationship(back_populates="items")


class TierHistory(Base):
    """A partner's tier from a date on; written by a confirmed review or by hand, never changed.

    The tier on a day is the row with the latest ``effective_from`` not after it (``store.tiers``);
    a partner's first row (``source`` "before", from 0001-01-01) keeps the tier it held before.
    """

    __tablename__ = "tier_history"
    __table_args__ = (
        Index("ix_tier_history_partner_id_effective_from", "partner_id", "effective_from"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    partner_id: Mapped[int] = mapped_column(
        ForeignKey("partners.id", ondelete="CASCADE"), index=True
    )
    tier: Mapped[str | None] = mapped_column(String(40), nullable=True)
    msp_level: Mapped[str | None] = mapped_column(String(40), nullable=True)
    effective_from: Mapped[date] = mapped_column(Date)
    source: Mapped[str] = mapped_column(String(20))  # review, manual
    review_id: Mapped[int | None] = mapped_column(
        ForeignKey("reviews.id", ondelete="SET NULL"), nullable=True, index=True
    )
    reason: Mapped[str] = mapped_column(Text, default="")
    recorded_at: Mapped[datetime] = mapped_column(UTCDateTime, default=utcnow)
