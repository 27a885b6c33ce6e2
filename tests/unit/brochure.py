"""Every number of the 2024 brochure, written down once for the table-driven tests.

Kept apart from the rule file on purpose: the tests compare the file against the brochure.
"""

from __future__ import annotations

from decimal import Decimal as D
from typing import NamedTuple


class TierFacts(NamedTuple):
    name: str
    track: str
    projects: int
    revenue: D | None
    mrr: D | None
    certified: int
    backlink: str
    nfr: int
    budget: D
    leads: bool
    license: D | None  # discount on Server new licences
    maintenance: D | None
    cloud: D
    csm: bool


TIERS = {
    "authorized": TierFacts(
        "Authorized Partner",
        "server",
        1,
        D(2000),
        None,
        0,
        "desirable",
        25,
        D(0),
        False,
        D(20),
        D(20),
        D(10),
        False,
    ),
    "business": TierFacts(
        "Business Partner",
        "server",
        3,
        D(20000),
        None,
        1,
        "required",
        50,
        D(1000),
        True,
        D(25),
        D(20),
        D(15),
        False,
    ),
    "premium": TierFacts(
        "Premium Partner",
        "server",
        5,
        D(50000),
        None,
        2,
        "required",
        75,
        D(2000),
        True,
        D(30),
        D(20),
        D(20),
        False,
    ),
    "authorized-cloud": TierFacts(
        "Authorized Cloud Partner",
        "cloud",
        1,
        None,
        D(175),
        0,
        "desirable",
        25,
        D(0),
        False,
        None,
        None,
        D(10),
        True,
    ),
    "business-cloud": TierFacts(
        "Business Cloud Partner",
        "cloud",
        3,
        None,
        D(2000),
        0,
        "required",
        50,
        D(1000),
        True,
        None,
        None,
        D(15),
        True,
    ),
    "premium-cloud": TierFacts(
        "Premium Cloud Partner",
        "cloud",
        5,
        None,
        D(4000),
        0,
        "required",
        75,
        D(2000),
        True,
        None,
        None,
        D(20),
        True,
    ),
}

OWN_USE_LICENSES = {10: D("99.00"), 25: D("249.00"), 50: D("479.00"), 100: D("949.00")}
FREE_SUPPORT_CALLS = 5
CERTIFICATION_YEARS = 2
