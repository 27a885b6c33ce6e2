"""The onboarding checklist follows the tier rules of the program data."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from nspdesk.domain.onboarding import (
    PartnerRecords,
    StepId,
    StepProgress,
    StepStatus,
    checklist_for,
    recorded_progress,
)
from nspdesk.domain.program import Program, Training


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


def test_vendor_granted_tier_gets_the_benefits_of_business_or_premium(program: Program) -> None:
    """Brochure (Managed Service Partner): "Umsatzabhängig stehen Ihnen die gleichen Leistungen wie
    unseren Business Partnern und Premium Partnern zu." Among them the NFR licence ("Als Business
    Partner/Business Cloud Partner erhalten Sie eine kostenlose NFR-Lizenz über 50 User", Premium:
    "über 75 User") and the listing ("Ihr Unternehmen wird auf unserem Partnerportal gelistet und
    ebenfalls verlinkt"): neither "entfällt" for an MSP."""
    msp = checklist_for(program, program.tier("msp"))
    nfr, listing = msp.step(StepId.NFR_LICENSE), msp.step(StepId.LISTING)
    assert nfr.status is StepStatus.OPEN and listing.status is StepStatus.OPEN
    assert nfr.explanation == (
        "Kostenlose NFR-Lizenz anfordern und einrichten: je nach Umsatz für 50 Benutzer "
        "(wie Business Partner) oder 75 Benutzer (wie Premium Partner)."
    )
    assert listing.explanation.startswith("Listung mit Logo und Link im Partnerportal:")
    # with the MSP's recorded level, that level's seats
    premium = checklist_for(program, program.tier("msp"), program.tier("premium"))
    assert premium.step(StepId.NFR_LICENSE).explanation == (
        "Kostenlose NFR-Lizenz für 75 Benutzer anfordern und einrichten."
    )
    # a level the tier does not name is no choice: both are named
    odd = checklist_for(program, program.tier("msp"), program.tier("authorized"))
    assert odd.step(StepId.NFR_LICENSE).explanation == nfr.explanation
    # what the brochure leaves to the vendor's own requirements stays "individuell vereinbart"
    assert msp.step(StepId.CERTIFICATION).status is StepStatus.NOT_APPLICABLE
    assert "individuell" in msp.step(StepId.CERTIFICATION).explanation


def test_a_required_step_stored_as_not_applicable_shows_open(program: Program) -> None:
    """An MSP checklist stored before its NFR licence counted has the step "entfällt" on record;
    a required step never lapses, so it shows open (a recommended one may be skipped)."""
    skipped = StepProgress(StepStatus.NOT_APPLICABLE)
    msp = checklist_for(program, program.tier("msp")).with_progress({StepId.NFR_LICENSE: skipped})
    assert msp.step(StepId.NFR_LICENSE).status is StepStatus.OPEN
    authorized = checklist_for(program, program.tier("authorized"))
    skipped_link = authorized.with_progress({StepId.BACKLINK: skipped})
    assert skipped_link.step(StepId.BACKLINK).status is StepStatus.NOT_APPLICABLE


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


ON = date(2026, 11, 25)
RECORDS = PartnerRecords(
    partner_agreement=date(2024, 5, 1),
    service_agreement=date(2024, 5, 2),
    trainings=(
        (Training.SALES, date(2025, 2, 15), "Vorjahr"),
        (Training.SALES, date(2026, 2, 15), "Frau Petersen"),
        (Training.SALES, date(2026, 3, 1), "Herr Jahn"),
        (Training.TECHNICAL, date(2026, 12, 1), "nach dem Tag"),
    ),
    courses=(("T1", date(2025, 10, 31)), ("T2", date(2025, 1, 10)), ("Alt", date(2023, 1, 1))),
    follow_link=date(2026, 11, 1),
    nfr_licences=(date(2025, 4, 1), date(2024, 4, 1), date(2027, 1, 1)),
)


def test_records_prove_steps_done(program: Program) -> None:
    """What a partner's records hold shows in its checklist: the partner agreement and the basic
    service agreement ("Mit der Bestätigung des Status … erklären Sie sich mit dem Abschluss einer
    Basis-Servicevereinbarung … einverstanden"), this year's trainings ("Premium Partner müssen
    mindestens je ein Vertriebs- und ein Techniktraining … besuchen", checked per calendar year),
    technicians with valid courses ("Mindestens zwei Techniker müssen die zweitägige
    Administratorenschulung absolviert haben. Alle zwei Jahre …"), the follow link ("einen
    Follow-Link auf www.nospamproxy.de zu setzen") and the NFR licence."""
    premium = program.tier("premium")
    proven = recorded_progress(program, premium, RECORDS, ON)
    assert proven == {
        StepId.PARTNER_AGREEMENT: StepProgress(StepStatus.DONE, date(2024, 5, 1)),
        StepId.SERVICE_AGREEMENT: StepProgress(StepStatus.DONE, date(2024, 5, 2)),
        # the latest of this year's (the previous year's does not count)
        StepId.SALES_TRAINING: StepProgress(StepStatus.DONE, date(2026, 3, 1), "Herr Jahn"),
        # two courses still valid (the one of 2023 expired): the newest day, both names
        StepId.CERTIFICATION: StepProgress(StepStatus.DONE, date(2025, 10, 31), "T1, T2"),
        StepId.BACKLINK: StepProgress(StepStatus.DONE, date(2026, 11, 1)),
        StepId.NFR_LICENSE: StepProgress(StepStatus.DONE, date(2024, 4, 1)),  # the first one
    }
    # a technical training after the day does not count; nor one course where two are needed
    assert StepId.TECH_TRAINING not in proven
    one_course = PartnerRecords(courses=(("T1", date(2025, 10, 31)),))
    assert StepId.CERTIFICATION not in recorded_progress(program, premium, one_course, ON)
    business = recorded_progress(program, program.tier("business"), one_course, ON)
    assert business[StepId.CERTIFICATION].done_by == "T1"
    # a tier without a certification asks none, and nothing recorded proves nothing
    authorized = program.tier("authorized")
    assert StepId.CERTIFICATION not in recorded_progress(program, authorized, RECORDS, ON)
    assert recorded_progress(program, authorized, PartnerRecords(), ON) == {}
    # an agreement signed after the day is not yet done
    later = PartnerRecords(partner_agreement=date(2026, 12, 1))
    assert recorded_progress(program, authorized, later, ON) == {}


def test_records_fill_open_steps_only(program: Program) -> None:
    """Progress recorded on the checklist itself stays as recorded; steps that do not apply stay
    so; the records fill what is still open."""
    own = StepProgress(StepStatus.DONE, date(2026, 1, 5), "E. M.")
    checklist = (
        checklist_for(program, program.tier("authorized"))
        .with_progress({StepId.PARTNER_AGREEMENT: own})
        .with_records(recorded_progress(program, program.tier("premium"), RECORDS, ON))
    )
    assert checklist.step(StepId.PARTNER_AGREEMENT).done_on == date(2026, 1, 5)
    assert checklist.step(StepId.SERVICE_AGREEMENT).done_on == date(2024, 5, 2)
    assert checklist.step(StepId.CERTIFICATION).status is StepStatus.NOT_APPLICABLE
    assert checklist.step(StepId.LISTING).status is StepStatus.OPEN
