"""The sections of sentences the overview PDF and the program view share, from the rule file."""

from __future__ import annotations

from dataclasses import replace

from nspdesk.domain.program import Program
from nspdesk.domain.program_texts import (
    CUSTOMER_SUCCESS,
    END_CUSTOMERS,
    REVENUE,
    TIERS,
    granted,
    revenue_counts,
    track_sections,
    vendor_granted_sections,
)


def test_server_track(program: Program) -> None:
    """Server partners: how Authorized Partners order and are qualified, then the brochure's
    "Endkunden-Support" (maintenance, the partner's services, HSV for resellers, trainings,
    fault reports); no Customer Success Management ("Customer Success Management (Cloud-only)")."""
    sections = track_sections(program, "server")
    assert [s.heading for s in sections] == [TIERS, END_CUSTOMERS]
    assert sections[0].texts == program.tier("authorized").notes
    support = program.support
    assert sections[1].texts == (
        support.maintenance_required,
        support.partner_duties,
        support.reseller_only,
        support.training_expectation,
        support.fault_reports,
    )
    assert revenue_counts(program, "server").heading == REVENUE
    assert revenue_counts(program, "server").texts == (program.tracks["server"].revenue_counts,)


def test_cloud_track(program: Program) -> None:
    """Cloud-only partners sell no NoSpamProxy Server: no end-customer support of Server modules;
    their tiers have Customer Success Management, explained once."""
    sections = track_sections(program, "cloud")
    assert [s.heading for s in sections] == [TIERS, CUSTOMER_SUCCESS]
    assert sections[1].texts == (program.explanations.customer_success_management,)


def test_sections_without_texts_are_left_out(program: Program) -> None:
    bare = replace(
        program,
        tiers={k: replace(t, notes=()) for k, t in program.tiers.items()},
        explanations=replace(program.explanations, customer_success_management=""),
    )
    assert track_sections(bare, "cloud") == []
    assert (
        revenue_counts(
            replace(
                program,
                tracks={k: replace(t, revenue_counts="") for k, t in program.tracks.items()},
            ),
            "cloud",
        ).texts
        == ()
    )


def test_vendor_granted_tier(program: Program) -> None:
    """Managed Service Partner: "ausschließlich direkt durch die Net at Work GmbH", with the
    benefits of Business or Premium Partner, after what the brochure says the MSP does."""
    (section,) = vendor_granted_sections(program)
    msp = program.tier("msp")
    assert section.heading == msp.name
    assert section.texts == (*msp.notes, granted(program, msp))
    assert granted(program, msp).endswith("der Stufe Business Partner oder Premium Partner.")
