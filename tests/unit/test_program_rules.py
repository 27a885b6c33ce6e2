"""The shipped 2024 rule file says what the brochure says, number by number."""

from __future__ import annotations

from decimal import Decimal

import pytest

from nspdesk.domain.program import BacklinkRule, Program, Training
from tests.unit.brochure import CERTIFICATION_YEARS, FREE_SUPPORT_CALLS, OWN_USE_LICENSES, TIERS


def test_edition_identity(program: Program) -> None:
    assert program.edition == "2024"
    assert program.valid_from.isoformat() == "2024-01-01"
    assert program.vendor == "Net at Work GmbH"
    assert set(program.tiers) == {*TIERS, "msp"}


@pytest.mark.parametrize("tier_id", sorted(TIERS))
def test_tier_requirements(program: Program, tier_id: str) -> None:
    expected = TIERS[tier_id]
    tier = program.tier(tier_id)
    req = tier.requirements
    assert (tier.name, tier.track) == (expected.name, expected.track)
    assert req.projects == expected.projects
    assert req.revenue == expected.revenue
    assert req.mrr == expected.mrr
    assert req.certified_technicians == expected.certified
    assert req.backlink is BacklinkRule(expected.backlink)
    assert req.trainings == {Training.SALES, Training.TECHNICAL}
    assert req.service_agreement is True


@pytest.mark.parametrize("tier_id", sorted(TIERS))
def test_tier_benefits(program: Program, tier_id: str) -> None:
    expected = TIERS[tier_id]
    tier = program.tier(tier_id)
    assert tier.benefits.nfr_users == expected.nfr
    assert tier.benefits.marketing_budget == expected.budget
    assert tier.benefits.leads is expected.leads
    assert tier.benefits.customer_success_management is expected.csm
    assert tier.discounts.get("server-license") == expected.license
    assert tier.discounts.get("server-maintenance") == expected.maintenance
    assert tier.discounts["cloud-service"] == expected.cloud
    for category in ("server-service", "hsv", "msp-license", "own-use-license", "other"):
        assert tier.discount_for(category) == 0


def test_tracks_and_ranks(program: Program) -> None:
    assert [t.id for t in program.tiers_of_track("server")] == ["authorized", "business", "premium"]
    assert [t.id for t in program.tiers_of_track("cloud")] == [
        "authorized-cloud",
        "business-cloud",
        "premium-cloud",
    ]
    assert program.tracks["cloud"].sells == {"cloud", "general"}
    assert program.tracks["cloud"].trainings == "video"
    assert program.tracks["server"].trainings == "online"


def test_msp_is_granted_not_derived(program: Program) -> None:
    msp = program.tier("msp")
    assert msp.granted_by_vendor
    assert msp.benefits_of == ("business", "premium")


def test_next_tier(program: Program) -> None:
    assert program.next_tier(None, "server") is program.tier("authorized")
    assert program.next_tier(program.tier("business"), "server") is program.tier("premium")
    assert program.next_tier(program.tier("premium"), "server") is None
    assert program.next_tier(None, "nonexistent") is None


def test_own_use_licenses(program: Program) -> None:
    assert {lic.users: lic.price for lic in program.own_use_licenses} == OWN_USE_LICENSES


def test_certification_and_support(program: Program) -> None:
    assert program.certification_valid_years == CERTIFICATION_YEARS
    assert program.certification_warn_days == 90
    assert program.common_benefits.free_support_calls_per_year == FREE_SUPPORT_CALLS
    support = program.support
    assert (support.opens, support.closes, support.holidays) == ("09:00", "17:00", "DE-NW")
    assert support.weekdays == ("Mo", "Di", "Mi", "Do", "Fr")
    assert [c.id for c in support.contracts] == ["HSV", "SV", "PV"]
    assert program.max_extra_discount == Decimal(10)


def test_categories_billing_and_revenue(program: Program) -> None:
    billing = {c.id: (c.billing.value, c.revenue) for c in program.categories.values()}
    assert billing == {
        "server-license": ("once", True),
        "server-maintenance": ("yearly", True),
        "server-service": ("once", True),
        "cloud-service": ("monthly", True),
        "hsv": ("yearly", True),
        "msp-license": ("monthly", True),
        "own-use-license": ("yearly", False),
        "nfr-license": ("once", False),
        "other": ("once", False),
    }
    assert program.categories["cloud-service"].billing.times_in_first_year == 12
    assert program.categories["server-license"].billing.times_in_first_year == 1


@pytest.mark.parametrize(
    ("url", "ok"),
    [
        ("https://www.example.de/partner", True),
        ("http://example.de", True),
        (" HTTPS://example.de ", True),
        ("www.example.de", False),
        ("ftp://example.de", False),
        ("https://", False),
        ("", False),
    ],
)
def test_web_address(url: str, ok: bool) -> None:
    from nspdesk.domain.web_address import is_web_address

    assert is_web_address(url) is ok
