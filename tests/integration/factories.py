"""Small builders for store tests."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

from sqlalchemy.orm import Session

from nspdesk.store import quotes
from nspdesk.store.models import Partner


def partner(
    session: Session, tier: str | None = "business", track: str = "server", **values: object
) -> Partner:
    made = Partner(
        company=str(values.pop("company", "Test & Partner <GmbH>")),
        track=track,
        tier=tier,
        street="Teststraße 1",
        postal_code="12345",
        city=str(values.pop("city", "Teststadt")),
        **values,
    )
    session.add(made)
    session.flush()
    return made


def quote_input(
    partner_id: int, day: date = date(2026, 11, 25), *lines: quotes.LineInput
) -> quotes.QuoteInput:
    return quotes.QuoteInput(
        partner_id=partner_id,
        quote_date=day,
        valid_until=day + timedelta(days=30),
        subject="Angebot",
        contact_person="Frau Test",
        lines=lines
        or (
            quotes.LineInput(
                "server-license", "Protection", Decimal(50), Decimal("30.00"), unit="User"
            ),
            quotes.LineInput(
                "server-maintenance", "Wartung", Decimal(50), Decimal("7.50"), unit="User"
            ),
        ),
    )
