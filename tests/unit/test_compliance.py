"""Compliance: each tier's thresholds at, just below and above the boundary; expiry; sentences."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal as D

import pytest

from nspdesk.domain.certification import valid_through
from nspdesk.domain.compliance import Backlink, PartnerFacts, RequirementId, evaluate
from nspdesk.domain.errors import InputError
from nspdesk.domain.program import Program, Requirements, Tier
from tests.unit.brochure import TIERS

AS_OF = date(2026, 1, 10)
RECENT_COURSE = date(2025, 6, 1)


def nbsp(text: str) -> str:
    return text.replace("\xa0", " ")


def meeting(program: Program, tier_id: str) -> PartnerFacts:
    """Facts that meet exactly the thresholds of ``tier_id`` and nothing more."""
    tier = program.tier(tier_id)
    req = tier.requirements
    return PartnerFacts(
        track=tier.track,
        year=2025,
        as_of=AS_OF,
        projects=req.projects,
        revenue=req.revenue or D(0),
        mrr=req.mrr or D(0),
        sales_training=True,
        tech_training=True,
        technicians_certified_on=(RECENT_COURSE,) * req.certified_technicians,
        backlink=Backlink.FOLLOW,
        service_agreement=True,
    )


def lower(program: Program, tier_id: str) -> str | None:
    ladder = [t.id for t in program.tiers_of_track(program.tier(tier_id).track)]
    index = ladder.index(tier_id)
    return ladder[index - 1] if index else None


def eligible(program: Program, facts: PartnerFacts) -> str | None:
    tier = evaluate(program, facts).eligible_tier
    return tier.id if tier else None


@pytest.mark.parametrize("tier_id", sorted(TIERS))
def test_exactly_at_threshold_is_eligible(program: Program, tier_id: str) -> None:
    assert eligible(program, meeting(program, tier_id)) == tier_id


@pytest.mark.parametrize("tier_id", sorted(TIERS))
def test_one_project_short(program: Program, tier_id: str) -> None:
    facts = meeting(program, tier_id)
    facts = replace(facts, projects=facts.projects - 1)
    assert eligible(program, facts) == lower(program, tier_id)


@pytest.mark.parametrize("tier_id", sorted(TIERS))
def test_one_cent_short_of_revenue_or_mrr(program: Program, tier_id: str) -> None:
    facts = meeting(program, tier_id)
    if TIERS[tier_id].revenue is not None:
        facts = replace(facts, revenue=facts.revenue - D("0.01"))
    else:
        facts = replace(facts, mrr=facts.mrr - D("0.01"))
    assert eligible(program, facts) == lower(program, tier_id)


@pytest.mark.parametrize("tier_id", sorted(TIERS))
def test_above_threshold_stays(program: Program, tier_id: str) -> None:
    facts = meeting(program, tier_id)
    facts = replace(facts, revenue=facts.revenue + D("0.01"), mrr=facts.mrr + D("0.01"))
    assert eligible(program, facts) == tier_id


@pytest.mark.parametrize("tier_id", ["business", "premium"])
def test_one_certified_technician_short(program: Program, tier_id: str) -> None:
    facts = meeting(program, tier_id)
    facts = replace(facts, technicians_certified_on=facts.technicians_certified_on[1:])
    assert eligible(program, facts) == lower(program, tier_id)


@pytest.mark.parametrize("tier_id", ["authorized-cloud", "business-cloud", "premium-cloud"])
def test_cloud_tracks_need_no_certification(program: Program, tier_id: str) -> None:
    evaluation = evaluate(program, meeting(program, tier_id))
    assert RequirementId.CERTIFIED_TECHNICIANS not in {r.id for r in evaluation.requirements}
    assert RequirementId.REVENUE not in {r.id for r in evaluation.requirements}


@pytest.mark.parametrize(
    ("tier_id", "keeps"),
    [
        ("authorized", True),
        ("business", False),
        ("premium", False),
        ("authorized-cloud", True),
        ("business-cloud", False),
        ("premium-cloud", False),
    ],
)
@pytest.mark.parametrize("verdict", [Backlink.NOFOLLOW, Backlink.MISSING, Backlink.UNKNOWN])
def test_backlink_required_or_desirable(
    program: Program, tier_id: str, keeps: bool, verdict: Backlink
) -> None:
    facts = replace(meeting(program, tier_id), backlink=verdict)
    entry = program.tiers_of_track(program.tier(tier_id).track)[
        0
    ].id  # the only tier without the duty
    assert eligible(program, facts) == (tier_id if keeps else entry)


@pytest.mark.parametrize("tier_id", sorted(TIERS))
@pytest.mark.parametrize(
    "change", [{"sales_training": False}, {"tech_training": False}, {"service_agreement": False}]
)
def test_trainings_and_service_agreement_required_everywhere(
    program: Program, tier_id: str, change: dict[str, bool]
) -> None:
    facts = replace(meeting(program, tier_id), **change)  # type: ignore[arg-type]
    assert eligible(program, facts) is None


def test_requirement_entries(program: Program) -> None:
    evaluation = evaluate(program, meeting(program, "business"))
    business = {r.id: r for r in evaluation.results_for("business")}
    assert list(business) == [
        "projects",
        "revenue",
        "trainings",
        "certified_technicians",
        "backlink",
        "service_agreement",
    ]
    assert business[RequirementId.REVENUE].required == D(20000)
    assert business[RequirementId.TRAININGS].required == ("sales", "technical")
    authorized_backlink = next(
        r for r in evaluation.results_for("authorized") if r.id is RequirementId.BACKLINK
    )
    assert authorized_backlink.mandatory is False
    assert all(r.mandatory for r in business.values())
    assert len(evaluation.requirements) == 5 + 6 + 6


# --- gap to the next tier -----------------------------------------------------------------------


def test_missing_in_numbers(program: Program) -> None:
    facts = PartnerFacts(
        track="server",
        year=2025,
        as_of=AS_OF,
        projects=1,
        revenue=D("15500.00"),
        sales_training=True,
        tech_training=False,
        technicians_certified_on=(),
        backlink=Backlink.NOFOLLOW,
        service_agreement=True,
    )
    evaluation = evaluate(program, facts)
    assert evaluation.eligible_tier is None  # technical training missing
    assert evaluation.next_tier is not None
    assert evaluation.next_tier.id == "authorized"
    assert evaluation.missing == ("1 Online-Techniktraining",)
    facts = replace(facts, tech_training=True)
    evaluation = evaluate(program, facts)
    assert evaluation.eligible_tier is not None
    assert evaluation.eligible_tier.id == "authorized"
    assert [nbsp(m) for m in evaluation.missing] == [
        "2 weitere realisierte Projekte",
        "4.500,00 € Umsatz",
        "1 weiterer zertifizierter Techniker (zweitägige Administratorenschulung)",
        "Follow-Link auf www.nospamproxy.de auf der eigenen Website (derzeit mit nofollow markiert)",
    ]


def test_missing_singular_and_cloud_wording(program: Program) -> None:
    facts = replace(
        meeting(program, "business-cloud"),
        projects=4,
        mrr=D("3999.99"),
        tech_training=False,
        backlink=Backlink.UNKNOWN,
    )
    evaluation = evaluate(program, facts)
    assert evaluation.eligible_tier is None
    facts = replace(facts, tech_training=True, backlink=Backlink.FOLLOW)
    evaluation = evaluate(program, facts)
    assert evaluation.next_tier is not None
    assert evaluation.next_tier.id == "premium-cloud"
    assert [nbsp(m) for m in evaluation.missing] == [
        "1 weiteres realisiertes Projekt",
        "0,01 € monatlich wiederkehrender Umsatz (MRR)",
    ]
    no_training = evaluate(program, replace(facts, sales_training=False, tech_training=False))
    assert no_training.missing == ("1 Vertriebstraining (Video)", "1 Techniktraining (Video)")


def test_missing_backlink_and_agreement_sentences(program: Program) -> None:
    facts = replace(meeting(program, "premium"), backlink=Backlink.MISSING, service_agreement=False)
    evaluation = evaluate(program, facts)
    assert evaluation.eligible_tier is None
    assert evaluation.missing == ("Basis-Servicevereinbarung mit der Net at Work GmbH",)
    evaluation = evaluate(program, replace(facts, service_agreement=True))
    assert evaluation.eligible_tier is not None
    assert evaluation.eligible_tier.id == "authorized"
    assert "derzeit kein Link gefunden" in evaluation.missing[0]


def test_top_tier_has_no_next(program: Program) -> None:
    evaluation = evaluate(program, meeting(program, "premium"))
    assert evaluation.next_tier is None
    assert evaluation.missing == ()


def test_recorded_tier_checked(program: Program) -> None:
    facts = replace(meeting(program, "business"), tier="premium")
    evaluation = evaluate(program, facts)
    assert evaluation.tier is not None
    assert evaluation.tier.id == "premium"
    assert evaluation.tier_met is False
    assert "2 weitere realisierte Projekte" in evaluation.tier_missing
    held = evaluate(program, replace(facts, tier="business"))
    assert held.tier_met is True
    assert held.tier_missing == ()
    assert evaluate(program, meeting(program, "business")).tier_met is None


# --- certifications -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("completed", "as_of", "counts"),
    [
        (date(2024, 3, 1), date(2026, 3, 1), True),  # last valid day
        (date(2024, 3, 1), date(2026, 3, 2), False),  # the day after
        (date(2024, 3, 1), date(2024, 3, 1), True),  # the day of the course
        (date(2024, 3, 2), date(2024, 3, 1), False),  # not yet taken
        (date(2024, 2, 29), date(2026, 2, 28), True),  # leap day: valid through 28 February
        (date(2024, 2, 29), date(2026, 3, 1), False),
    ],
)
def test_certification_validity(
    program: Program, completed: date, as_of: date, counts: bool
) -> None:
    facts = replace(
        meeting(program, "business"),
        as_of=as_of,
        year=as_of.year - 1,
        technicians_certified_on=(completed,),
    )
    evaluation = evaluate(program, facts)
    assert evaluation.certifications[0].valid is counts
    assert (
        evaluation.eligible_tier is not None and evaluation.eligible_tier.id == "business"
    ) is counts


def test_valid_through() -> None:
    assert valid_through(date(2024, 3, 1), 2) == date(2026, 3, 1)
    assert valid_through(date(2024, 2, 29), 2) == date(2026, 2, 28)
    assert valid_through(date(2024, 2, 29), 4) == date(2028, 2, 29)


def test_expiry_advice_within_90_days(program: Program) -> None:
    through = date(2026, 3, 1)
    facts = replace(meeting(program, "business"), technicians_certified_on=(date(2024, 3, 1),))
    warned = evaluate(program, replace(facts, as_of=through - timedelta(days=90)))
    assert any("läuft am 01.03.2026 ab (in 90 Tagen)" in a for a in warned.advice)
    assert any(
        "fehlt für Business Partner ein zertifizierter Techniker" in a for a in warned.advice
    )
    quiet = evaluate(program, replace(facts, as_of=through - timedelta(days=91)))
    assert not any("läuft" in a for a in quiet.advice)


@pytest.mark.parametrize(
    ("days_before", "phrase"),
    [
        (0, "Die Zertifizierung vom 10.01.2024 läuft heute (10.01.2026) ab; danach fehlt"),
        (1, "Die Zertifizierung vom 10.01.2024 läuft morgen (10.01.2026) ab; danach fehlt"),
        (2, "Die Zertifizierung vom 10.01.2024 läuft am 10.01.2026 ab (in 2 Tagen); danach fehlt"),
    ],
)
def test_expiry_on_the_last_valid_day(program: Program, days_before: int, phrase: str) -> None:
    """Valid through 10.01.2026 means valid on that day: it "läuft heute ab", never "in 0 Tagen".

    Brochure: "Dieser Nachweis ist zwei Jahre gültig" — the course of 10.01.2024 counts through
    10.01.2026.
    """
    facts = replace(
        meeting(program, "business"),
        technicians_certified_on=(date(2024, 1, 10),),
        as_of=date(2026, 1, 10) - timedelta(days=days_before),
    )
    evaluation = evaluate(program, facts)
    assert evaluation.certifications[0].valid
    assert evaluation.eligible_tier is not None and evaluation.eligible_tier.id == "business"
    assert [a for a in evaluation.advice if "Zertifizierung" in a] == [
        phrase + " für Business Partner ein zertifizierter Techniker, die Schulung sollte "
        "rechtzeitig wiederholt werden."
    ]
    assert not any("0 Tagen" in a or "seit dem" in a for a in evaluation.advice)


def test_expired_the_day_after_the_last_valid_day(program: Program) -> None:
    facts = replace(
        meeting(program, "authorized"),
        technicians_certified_on=(date(2024, 1, 10),),
        as_of=date(2026, 1, 11),
    )
    evaluation = evaluate(program, facts)
    assert not evaluation.certifications[0].valid
    assert (
        "Die Zertifizierung vom 10.01.2024 ist am 10.01.2026 abgelaufen; "
        "die Administratorenschulung ist zu wiederholen." in evaluation.advice
    )


def test_expiry_advice_without_consequence_when_another_remains(program: Program) -> None:
    facts = replace(
        meeting(program, "business"),
        technicians_certified_on=(date(2024, 3, 1), date(2025, 9, 1)),
        as_of=date(2026, 2, 1),
    )
    advice = evaluate(program, facts).advice
    assert any("läuft am 01.03.2026 ab" in a for a in advice)
    assert not any("fehlt" in a for a in advice)


def test_expired_and_future_certifications_advised(program: Program) -> None:
    facts = replace(
        meeting(program, "authorized"),
        technicians_certified_on=(date(2023, 5, 4), date(2026, 2, 1)),
    )
    advice = evaluate(program, facts).advice
    assert (
        "Die Zertifizierung vom 04.05.2023 ist am 04.05.2025 abgelaufen; "
        "die Administratorenschulung ist zu wiederholen." in advice
    )
    assert (
        "Die Zertifizierung vom 01.02.2026 liegt nach dem Stichtag 10.01.2026 und zählt noch nicht."
        in advice
    )


def test_backlink_advice_for_authorized(program: Program) -> None:
    facts = replace(meeting(program, "authorized"), backlink=Backlink.MISSING)
    advice = evaluate(program, facts).advice
    assert advice == (
        "Ein Follow-Link auf www.nospamproxy.de ist für Authorized Partner wünschenswert "
        "(derzeit kein Link gefunden); ab der nächsten Stufe ist er Pflicht.",
    )
    none_eligible = evaluate(program, replace(facts, service_agreement=False))
    assert "für Authorized Partner wünschenswert" in none_eligible.advice[0]
    assert evaluate(program, meeting(program, "authorized")).advice == ()
    assert evaluate(
        program, replace(meeting(program, "business"), backlink=Backlink.MISSING)
    ).advice == (
        "Ein Follow-Link auf www.nospamproxy.de ist für Authorized Partner wünschenswert "
        "(derzeit kein Link gefunden); ab der nächsten Stufe ist er Pflicht.",
    )


def test_requirements_come_from_the_rule_data(program: Program) -> None:
    """A tier of a later edition that asks only for projects is checked only for projects."""
    basic = Tier(
        id="basic",
        name="Basic Partner",
        track="server",
        rank=1,
        requirements=Requirements(projects=2),
    )
    edition = replace(program, tiers={"basic": basic})
    facts = PartnerFacts(track="server", year=2025, as_of=AS_OF, projects=2)
    evaluation = evaluate(edition, facts)
    assert [r.id for r in evaluation.requirements] == [RequirementId.PROJECTS]
    assert evaluation.eligible_tier is basic
    assert evaluation.advice == ()


# --- refusals -----------------------------------------------------------------------------------


def test_errors(program: Program) -> None:
    base = meeting(program, "business")
    with pytest.raises(InputError, match="unbekannte Spur 'hybrid'") as caught:
        evaluate(program, replace(base, track="hybrid"))
    assert caught.value.field == "track"
    with pytest.raises(InputError, match="nur die Net at Work GmbH"):
        evaluate(program, replace(base, track="msp"))
    with pytest.raises(InputError, match="keine Stufe der Spur 'server'") as caught:
        evaluate(program, replace(base, tier="premium-cloud"))
    assert caught.value.field == "tier"
    with pytest.raises(InputError, match="nach dem Stichtag") as caught:
        evaluate(program, replace(base, year=2027))
    assert caught.value.field == "year"
