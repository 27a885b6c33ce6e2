"""Which tier a partner holds on a given day: read from the tier history.

A confirmed review decides the tiers from a date on (1 January of the next year by default), and it
is often confirmed in December. So "the partner's tier" is always "the tier on day D": the
``TierHistory`` row with the latest ``effective_from`` not after D (of two on one day the later
written). A partner without history holds ``Partner.tier`` on every day.

``Partner.tier`` is the tier decided last: a partner's own record for a partner without history,
else the tier of its newest history row — possibly one that applies only from a coming date. The
tier a partner held before its first history row is kept as a row of its own (``SOURCE_BEFORE``,
from ``BEGINNING``), written together with that first row, so the history answers for every day.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime
from typing import Any, NamedTuple

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from nspdesk.store.models import Partner, TierHistory
from nspdesk.store.types import utcnow

BEGINNING = date(1, 1, 1)  # the row of the tier held before the first recorded change
SOURCE_BEFORE = "before"  # that row's source
SOURCE_REVIEW = "review"
SOURCE_MANUAL = "manual"


class Standing(NamedTuple):
    """A partner's tier and MSP revenue level on a day."""

    tier: str | None
    msp_level: str | None


def in_force(day: date) -> Any:
    """A subquery of each partner's history row in force on ``day``: ``partner_id``, ``tier``,
    ``msp_level`` (one row per partner that has one; partners without history are absent)."""
    ranked = (
        select(
            TierHistory.partner_id,
            TierHistory.tier,
            TierHistory.msp_level,
            func.row_number()
            .over(
                partition_by=TierHistory.partner_id,
                order_by=(TierHistory.effective_from.desc(), TierHistory.id.desc()),
            )
            .label("rank"),
        )
        .where(TierHistory.effective_from <= day)
        .subquery()
    )
    return (
        select(ranked.c.partner_id, ranked.c.tier, ranked.c.msp_level)
        .where(ranked.c.rank == 1)
        .subquery()
    )


def tier_columns(day: date) -> tuple[Any, Any, Any]:
    """``(history, tier, msp_level)``: outer-join ``history`` on ``Partner.id`` and select the two
    columns to read every partner's tier on ``day`` in the same query as the rest."""
    history = in_force(day)
    has_row = history.c.partner_id.is_not(None)
    tier = case((has_row, history.c.tier), else_=Partner.tier).label("tier")
    msp_level = case((has_row, history.c.msp_level), else_=Partner.msp_level).label("msp_level")
    return history, tier, msp_level


def tiers_on(
    session: Session, day: date, partner_ids: Iterable[int] | None = None
) -> dict[int, Standing]:
    """Every partner's (or those of ``partner_ids``) tier on ``day``, by id, in one query."""
    history, tier, msp_level = tier_columns(day)
    query = select(Partner.id, tier, msp_level).outerjoin(
        history, history.c.partner_id == Partner.id
    )
    if partner_ids is not None:
        query = query.where(Partner.id.in_(list(partner_ids)))
    return {pid: Standing(t, m) for pid, t, m in session.execute(query)}


def tier_on(session: Session, partner: Partner, day: date) -> Standing:
    """``partner``'s tier on ``day``."""
    row = session.execute(
        select(TierHistory.tier, TierHistory.msp_level)
        .where(TierHistory.partner_id == partner.id, TierHistory.effective_from <= day)
        .order_by(TierHistory.effective_from.desc(), TierHistory.id.desc())
        .limit(1)
    ).first()
    if row is None:
        return Standing(partner.tier, partner.msp_level)
    return Standing(row.tier, row.msp_level)


def has_history(session: Session, partner_id: int) -> bool:
    return (
        session.scalar(select(TierHistory.id).where(TierHistory.partner_id == partner_id).limit(1))
        is not None
    )


def record(
    session: Session,
    partner: Partner,
    standing: Standing,
    effective_from: date,
    source: str,
    *,
    reason: str = "",
    review_id: int | None = None,
    at: datetime | None = None,
) -> None:
    """Record that ``partner`` holds ``standing`` from ``effective_from`` on, in the caller's
    transaction; the first record of a partner also keeps the tier it held before (from its
    ``Partner.tier``). ``Partner.tier`` becomes the tier of the newest row."""
    now = at or utcnow()
    if not has_history(session, partner.id):
        session.add(
            TierHistory(
                partner_id=partner.id,
                tier=partner.tier,
                msp_level=partner.msp_level,
                effective_from=BEGINNING,
                source=SOURCE_BEFORE,
                reason="",
                recorded_at=now,
            )
        )
    session.add(
        TierHistory(
            partner_id=partner.id,
            tier=standing.tier,
            msp_level=standing.msp_level,
            effective_from=effective_from,
            source=source,
            review_id=review_id,
            reason=reason,
            recorded_at=now,
        )
    )
    session.flush()
    partner.tier, partner.msp_level = newest(session, partner.id)


def newest(session: Session, partner_id: int) -> Standing:
    """The tier of the partner's newest history row (the tier decided last)."""
    row = session.execute(
        select(TierHistory.tier, TierHistory.msp_level)
        .where(TierHistory.partner_id == partner_id)
        .order_by(TierHistory.effective_from.desc(), TierHistory.id.desc())
        .limit(1)
    ).one()
    return Standing(row.tier, row.msp_level)
