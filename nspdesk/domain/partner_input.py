"""What a person enters about a partner, as the faces hand it to the services.

Plain values only: the store validates and saves them (``nspdesk.store.partners``,
``nspdesk.store.partner_records``), the services read them back for the editor.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from nspdesk.domain.decimals import ZERO


@dataclass(frozen=True)
class PartnerInput:
    """A partner's master data."""

    company: str
    track: str
    tier: str | None
    customer_number: str = ""
    street: str = ""
    postal_code: str = ""
    city: str = ""
    country: str = "Deutschland"
    vat_id: str = ""
    website: str = ""
    backlink_url: str = ""
    msp_level: str | None = None
    reseller_only: bool = False
    partner_since: date | None = None
    notes: str = ""


@dataclass(frozen=True)
class ContactInput:
    name: str
    role: str = ""
    email: str = ""
    phone: str = ""
    primary: bool = False
    id: int | None = None  # None: a new contact
    salutation: str = ""  # "Frau", "Herr" or "" (not known, or neither): how letters greet them
    title: str = ""  # e.g. "Dr.": in the address and the salutation


@dataclass(frozen=True)
class YearInput:
    """The hand-entered figures of one year and the year's counters."""

    projects: int = 0
    revenue: Decimal = ZERO
    mrr: Decimal = ZERO
    support_calls_used: int = 0
    marketing_budget_used: Decimal = ZERO
    leads_received: int = 0
