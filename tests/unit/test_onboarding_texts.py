"""Onboarding steps, letterhead checks, support hours and edition errors: German as before (a
``str``), English from the committed catalog.

The English lookup reads ``i18n/nspdesk_en.ts`` as the app's Qt catalog would (no Qt here), so
these tests also prove that each template is in the catalog with a finished translation.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from nspdesk.domain.editions import ProgramLibrary
from nspdesk.domain.errors import InputError
from nspdesk.domain.letterhead import demo_sender
from nspdesk.domain.letterhead_checks import bic_problem, iban_problem, sender_problems
from nspdesk.domain.messages import Term, Text
from nspdesk.domain.onboarding import StepId, StepStatus, checklist_for
from nspdesk.domain.program import Program
from nspdesk.domain.support_hours import SupportHours, region_name
from tests.unit.english_catalog import GERMAN, english

# --- Onboarding ---------------------------------------------------------------------------------


def test_every_step_of_every_tier_reads_english(program: Program) -> None:
    for tier in program.tiers.values():
        for step in checklist_for(program, tier).steps:
            assert isinstance(step.title, Text | Term), step
            assert isinstance(step.explanation, Text | Term), step
            for text in (english(step.title), english(step.explanation)):
                assert not GERMAN.search(text.replace("Net at Work GmbH", "")), (tier.id, text)


def test_steps_in_english_with_the_rule_files_words(program: Program) -> None:
    premium = checklist_for(program, program.tier("premium"))
    certification = premium.step(StepId.CERTIFICATION)
    assert certification.explanation == (
        "2 Techniker zur zweitägigen Administratorenschulung anmelden; die Zertifizierung gilt "
        "2 Jahre und ist danach zu erneuern."
    )
    assert english(certification.explanation) == (
        "Register 2 technicians for the two-day administrator course; the certification is "
        "valid for 2 years and must be renewed afterwards."
    )
    business = checklist_for(program, program.tier("business"))
    assert english(business.step(StepId.CERTIFICATION).explanation).startswith(
        "Register 1 technician for"
    )
    assert english(premium.step(StepId.PARTNER_AGREEMENT).explanation) == (
        "Sign the partner contract with Net at Work GmbH for the tier Premium Partner and file "
        "the countersigned copy."
    )
    assert english(premium.step(StepId.LISTING).explanation) == (
        "Listing with logo and link in the partner portal: send details and logo to "
        "Net at Work GmbH."
    )
    assert english(premium.step(StepId.NEWSLETTER).explanation).startswith(
        "Monthly partner newsletter"
    )
    authorized = checklist_for(program, program.tier("authorized"))
    backlink = authorized.step(StepId.BACKLINK)
    assert english(backlink.explanation).endswith("(recommended, not required for this tier).")
    assert english(premium.step(StepId.BACKLINK).explanation).endswith("(required for this tier).")
    cloud = checklist_for(program, program.tier("business-cloud"))
    assert english(cloud.step(StepId.SALES_TRAINING).title) == "Sales training (video)"
    assert english(cloud.step(StepId.TECH_TRAINING).explanation) == (
        "Complete a video technical training."
    )
    assert english(authorized.step(StepId.CERTIFICATION).explanation) == (
        "Not required for this tier."
    )


def test_the_vendors_tier_explains_itself_in_english(program: Program) -> None:
    msp = checklist_for(program, program.tier("msp"))
    skipped = [s for s in msp.steps if s.status is StepStatus.NOT_APPLICABLE]
    assert skipped
    assert skipped[0].explanation == (
        "Wird für Managed Service Partner individuell mit der Net at Work GmbH vereinbart."
    )
    assert english(skipped[0].explanation) == (
        "Agreed individually with Net at Work GmbH for Managed Service Partner."
    )


def test_a_tier_without_a_listing_text_has_no_listing_step(program: Program) -> None:
    tier = program.tier("premium")
    bare = replace(tier, benefits=replace(tier.benefits, listing=Term("–")))
    listing = checklist_for(program, bare).step(StepId.LISTING)
    assert listing.status is StepStatus.NOT_APPLICABLE


# --- Letterhead ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("iban", "wanted"),
    [
        ("XX", "The IBAN must start with the country code and two check digits"),
        ("DE89 3704 0044 0532 0130", "An IBAN from DE has 22 characters, this one has 20."),
        ("DE00 3704 0044 0532 0130 00", "The check digits of the IBAN do not match"),
    ],
)
def test_iban_problems_in_english(iban: str, wanted: str) -> None:
    problem = iban_problem(iban)
    assert problem is not None
    assert english(problem).startswith(wanted)


def test_sender_problems_in_english() -> None:
    sender = replace(demo_sender(), company=" ", bic="COBADE")
    problems = dict(sender_problems(sender))
    assert problems["company"] == "Der Firmenname fehlt; er steht in jedem Briefkopf."
    assert english(problems["company"]) == (
        "The company name is missing; it appears in every letterhead."
    )
    bic = bic_problem("COBADE")
    assert bic is not None and english(problems["bic"]) == english(bic)
    assert english(bic).startswith("The BIC has 8 or 11 characters")


# --- Support hours ------------------------------------------------------------------------------


def test_schedule_in_english(program: Program) -> None:
    hours = SupportHours.of_model(program.support)
    schedule = hours.schedule()
    assert schedule == "Mo–Fr 09:00–17:00 Uhr, außer an Feiertagen in Nordrhein-Westfalen"
    assert english(schedule) == (
        "Mon–Fri 09:00–17:00, except on public holidays in North Rhine-Westphalia"
    )
    some_days = SupportHours.of(("Mo", "Mi"), "08:30", "12:00", "DE-BE")
    assert some_days.schedule() == "Mo, Mi 08:30–12:00 Uhr, außer an Feiertagen in Berlin"
    assert english(some_days.schedule()) == (
        "Mon, Wed 08:30–12:00, except on public holidays in Berlin"
    )


def test_holiday_names_in_english(program: Program) -> None:
    hours = SupportHours.of_model(program.support)
    corpus_christi = hours.holiday(date(2026, 6, 4))
    assert corpus_christi == "Fronleichnam"
    assert english(corpus_christi) == "Corpus Christi"
    christmas = hours.holiday(date(2026, 12, 25))
    assert christmas is not None and english(christmas) == "Christmas Day"
    assert hours.holiday(date(2026, 6, 5)) is None


def test_region_names_in_english() -> None:
    assert english(region_name("DE-BY")) == "Bavaria"
    assert english(region_name("DE-HH")) == "Hamburg"  # the same in English


# --- Editions -----------------------------------------------------------------------------------


def test_edition_errors_in_english(library: ProgramLibrary) -> None:
    with pytest.raises(InputError) as early:
        library.edition_for(date(2000, 1, 1))
    assert early.value.message == (
        "2000-01-01 liegt vor dem Beginn des Partnerprogramms (erste Edition '2024' gilt ab "
        "2024-01-01)"
    )
    assert english(early.value.message) == (
        "2000-01-01 is before the start of the partner program (the first edition '2024' "
        "applies from 2024-01-01)"
    )
    with pytest.raises(InputError) as unknown:
        library.edition("1999")
    assert str(unknown.value) == "edition: unbekannte Edition '1999'"
    assert english(unknown.value.message) == "unknown edition '1999'"
