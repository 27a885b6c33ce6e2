"""The onboarding checklist follows the tier rules of the program data."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from nspdesk.domain.onboarding import StepId, StepProgress, StepStatus, checklist_for
from nspdesk.domain.program import Program


def test_steps_in_order(program: Program) -> None:
    steps = checklist_for(program, program.tier("business")).steps
    assert [s.id for s in steps] == list(StepId)


def test_asking_for_a_step_the_checklist_lacks_is_a_key_error(program: Program) -> None:
    full = checklist_for(program, program.tier("business"))
    partial = replace(full, steps=full.steps[:2])
    assert partial.step(StepId.PARTNER_AGREEMENT) is full.steps[0]
    with pytest.raises(KeyError):
        partial.step(StepId.PARTNER_PORTAL)


def test_certification_counts_from_the_rules(program: Program) -> None:
    for tier in program.tiers.values():
        step = checklist_for(program, tier).step(StepId.CERTIFICATION)
        needed = tier.requirements.certified_technicians
        if needed:
            assert step.status is StepStatus.OPEN
            assert f"{needed} Techniker" in step.explanation
        else:
            assert step.status is StepStatus.NOT_APPLICABLE


def test_nfr_seats_listing_and_backlink(program: Program) -> None:
    authorized = checklist_for(program, program.tier("authorized"))
    premium = checklist_for(program, program.tier("premium"))
    assert "25 Benutzer" in authorized.step(StepId.NFR_LICENSE).explanation
    assert "75 Benutzer" in premium.step(StepId.NFR_LICENSE).explanation
    assert not authorized.step(StepId.BACKLINK).required
    assert authorized.step(StepId.BACKLINK).status is StepStatus.OPEN
    assert premium.step(StepId.BACKLINK).required
    assert program.tier("premium").benefits.listing in premium.step(StepId.LISTING).explanation


def test_cloud_tiers_train_by_video(program: Program) -> None:
    cloud = checklist_for(program, program.tier("business-cloud"))
    assert "Video" in cloud.step(StepId.SALES_TRAINING).title
    server = checklist_for(program, program.tier("business"))
    assert "Video" not in server.step(StepId.TECH_TRAINING).title


def test_vendor_granted_tier(program: Program) -> None:
    msp = checklist_for(program, program.tier("msp"))
    assert msp.step(StepId.LISTING).status is StepStatus.NOT_APPLICABLE
    assert "individuell" in msp.step(StepId.NFR_LICENSE).explanation


def test_progress(program: Program) -> None:
    checklist = checklist_for(program, program.tier("authorized")).with_progress(
        {
            StepId.PARTNER_AGREEMENT: StepProgress(StepStatus.DONE, date(2026, 1, 5), "E. M."),
            StepId.CERTIFICATION: StepProgress(StepStatus.DONE, date(2026, 1, 5), "E. M."),
        }
    )
    agreement = checklist.step(StepId.PARTNER_AGREEMENT)
    assert (agreement.status, agreement.done_on, agreement.done_by) == (
        StepStatus.DONE,
        date(2026, 1, 5),
        "E. M.",
    )
    # a step the tier does not need stays not applicable
    assert checklist.step(StepId.CERTIFICATION).status is StepStatus.NOT_APPLICABLE
    assert StepId.PARTNER_AGREEMENT not in {s.id for s in checklist.open_steps}
