"""One edition of the partner program as plain, immutable objects.

Built from a rule file by ``nspdesk.domain.program_file``; the pricing and compliance engines read
every tier-specific number from here.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from enum import StrEnum

from nspdesk.domain.decimals import ZERO


class BacklinkRule(StrEnum):
    """How a tier treats the follow link to www.nospamproxy.de."""

    REQUIRED = "required"
    DESIRABLE = "desirable"  # advice only, never decides eligibility
    NONE = "none"


class Training(StrEnum):
    SALES = "sales"
    TECHNICAL = "technical"


class Billing(StrEnum):
    """How often a line's amount is charged."""

    ONCE = "once"
    YEARLY = "yearly"
    MONTHLY = "monthly"

    @property
    def times_in_first_year(self) -> int:
        return 12 if self is Billing.MONTHLY else 1


class FixedPrice(StrEnum):
    """Where a category's price comes from when the program sets it (no list price, no discount)."""

    OWN_USE = "own-use"  # the program's own-use licence of the line's size (``own_use_licenses``)
    NFR = "nfr"  # free: the NFR licence with the seats of the tier's benefit (``nfr_users``)


@dataclass(frozen=True)
class Category:
    """A product category of quote lines, e.g. ``server-license``."""

    id: str
    name: str
    family: str  # "server", "cloud" or "general": which tracks may sell it
    billing: Billing = Billing.ONCE
    # won business in it counts towards the revenue threshold, and a won quote with a line of it is
    # a realised project (``nspdesk.domain.year_figures.count_quote``)
    revenue: bool = False
    fixed_price: FixedPrice | None = None  # the program sets the price (None: the quote does)
    # Lines of this category must be bought with a maintenance contract: a line of this category
    # ("NoSpamProxy-Server-Module müssen immer mit einem Software-Wartungsvertrag erworben werden").
    maintenance: str | None = None


@dataclass(frozen=True)
class Track:
    id: str
    name: str
    sells: frozenset[str]  # category families this track may quote
    trainings: str  # "online" or "video"
    revenue_counts: str = (
        ""  # what counts towards the track's revenue or MRR threshold ("": unsaid)
    )


@dataclass(frozen=True)
class Requirements:
    """What a partner must show for one calendar year to hold a tier."""

    projects: int = 0
    revenue: Decimal | None = None  # yearly revenue threshold (server tracks)
    mrr: Decimal | None = None  # monthly recurring revenue threshold (cloud tracks)
    trainings: frozenset[Training] = frozenset()
    certified_technicians: int = 0
    backlink: BacklinkRule = BacklinkRule.NONE
    service_agreement: bool = False


@dataclass(frozen=True)
class Benefits:
    nfr_users: int = 0
    marketing_budget: Decimal = ZERO
    leads: bool = False
    listing: str = ""
    customer_success_management: bool = False


@dataclass(frozen=True)
class Tier:
    id: str
    name: str
    track: str
    rank: int  # order within the track, 1 = entry level
    requirements: Requirements = field(default_factory=Requirements)
    discounts: dict[str, Decimal] = field(default_factory=dict)  # category id -> percent
    benefits: Benefits = field(default_factory=Benefits)
    granted_by_vendor: bool = False  # MSP: recorded, never derived from figures
    benefits_of: tuple[str, ...] = ()  # MSP: tiers whose discounts and benefits may apply
    notes: tuple[str, ...] = ()  # what the brochure says of the tier beyond its numbers

    def discount_for(self, category: str) -> Decimal:
        """The tier's discount in percent for a category; categories without one get none."""
        return self.discounts.get(category, ZERO)


@dataclass(frozen=True)
class OwnUseLicense:
    users: int
    price: Decimal  # per year; no two sizes share a price (a stored line's price names its size)


@dataclass(frozen=True)
class SupportContract:
    id: str  # HSV, SV, PV
    name: str
    audience: str
    covers: str
    billing: str


@dataclass(frozen=True)
class SupportModel:
    first_level: str
    second_level: str
    weekdays: tuple[str, ...]
    opens: str
    closes: str
    holidays: str  # ISO 3166-2 region whose public holidays close the hotline
    after_free_calls: str
    maintenance_required: str
    reseller_only: str
    contracts: tuple[SupportContract, ...]
    # The brochure's "Endkunden-Support" and support description in words ("": the file says none).
    partner_duties: str = (
        ""  # installation, configuration, operation and first level by the partner
    )
    training_expectation: str = ""  # the vendor expects regular trainings
    fault_reports: str = ""  # how software faults reach the vendor
    knowledge_base: str = ""  # where first level finds help
    operations_support: str = ""  # what "Betriebsunterstützung" (not in second level) means


@dataclass(frozen=True)
class CommonBenefits:
    marketing_material: bool
    newsletter: str
    free_support_calls_per_year: int


@dataclass(frozen=True)
class Explanations:
    """What terms of the tables mean, in the brochure's words ("": the file explains none)."""

    customer_success_management: str = ""


@dataclass(frozen=True)
class Program:
    """One edition of the partner program, valid from ``valid_from`` until a later edition starts."""

    edition: str
    title: str
    vendor: str
    source: str
    valid_from: date
    max_extra_discount: Decimal
    certification_valid_years: int
    certification_warn_days: int
    categories: dict[str, Category]
    tracks: dict[str, Track]
    tiers: dict[str, Tier]
    own_use_licenses: tuple[OwnUseLicense, ...]
    common_benefits: CommonBenefits
    support: SupportModel
    file: str = ""
    explanations: Explanations = field(default_factory=Explanations)
    # Each track's tiers, entry level first: part of the edition's shape, laid out once when the
    # edition is made (every evaluation of every partner walks its track's ladder).
    ladders: dict[str, tuple[Tier, ...]] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        ordered = sorted(self.tiers.values(), key=lambda t: t.rank)
        ladders = {track: tuple(t for t in ordered if t.track == track) for track in self.tracks}
        object.__setattr__(self, "ladders", ladders)

    def tier(self, tier_id: str) -> Tier:
        return self.tiers[tier_id]

    def tiers_of_track(self, track: str) -> list[Tier]:
        """The tiers of a track, entry level first."""
        return list(self.ladders.get(track, ()))

    def next_tier(self, tier: Tier | None, track: str) -> Tier | None:
        """The tier above ``tier`` in ``track`` (the entry tier when ``tier`` is None)."""
        ladder = self.tiers_of_track(track)
        if tier is None:
            return ladder[0] if ladder else None
        higher = [t for t in ladder if t.rank > tier.rank]
        return higher[0] if higher else None

    def may_sell(self, tier: Tier, category: Category) -> bool:
        return category.family in self.tracks[tier.track].sells
