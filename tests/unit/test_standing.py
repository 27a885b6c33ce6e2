"""The traffic light of the partner list: meets, at risk, below, none, from the engine's evaluation.

Thresholds come from the program (never typed here): a partner is built to sit a chosen distance
above its tier's own requirements.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal as D

import pytest

from nspdesk.domain.certification import valid_through
from nspdesk.domain.compliance import Backlink, PartnerFacts, evaluate
from nspdesk.domain.program import Program
from nspdesk.domain.standing import RISK_MARGIN, Standing, StandingResult, standing_of

AS_OF = date(2026, 1, 10)
LONG_AGO = date(2025, 6, 1)  # valid long after AS_OF


def nbsp(text: str) -> str:
    return text.replace("\xa0", " ")


def comfortable(program: Program, tier_id: str, factor: D = D(2)) -> PartnerFacts:
    """Facts that meet ``tier_id`` with every figure ``factor`` times its threshold."""
    tier = program.tier(tier_id)
    req = tier.requirements
    return PartnerFacts(
        track=tier.track,
        year=2025,
        as_of=AS_OF,
        projects=int(req.projects * factor),
        revenue=(req.revenue or D(0)) * factor,
        mrr=(req.mrr or D(0)) * factor,
        sales_training=True,
        tech_training=True,
        technicians_certified_on=(LONG_AGO,) * req.certified_technicians,
        backlink=Backlink.FOLLOW,
        service_agreement=True,
        tier=tier_id,
    )


def light(program: Program, facts: PartnerFacts) -> StandingResult:
    return standing_of(evaluate(program, facts))


@pytest.mark.parametrize("tier_id", ["authorized", "business", "premium", "premium-cloud"])
def test_comfortable_margin_meets(program: Program, tier_id: str) -> None:
    result = light(program, comfortable(program, tier_id))
    assert result.standing is Standing.MEETS
    assert result.label == "erfüllt"
    assert result.reasons == (f"alle Anforderungen von {program.tier(tier_id).name} erfüllt",)


def test_no_recorded_tier_is_none(program: Program) -> None:
    facts = replace(comfortable(program, "business"), tier=None)
    result = light(program, facts)
    assert result.standing is Standing.NONE
    assert result.label == "–"
    assert result.reasons == ("keine Partnerstufe in dieser Spur erfasst",)


def test_unmet_requirement_is_below_with_the_engines_sentences(program: Program) -> None:
    facts = replace(comfortable(program, "business"), backlink=Backlink.NOFOLLOW, projects=0)
    evaluation = evaluate(program, facts)
    result = standing_of(evaluation)
    assert result.standing is Standing.BELOW
    assert result.label == "unterschritten"
    assert result.reasons == evaluation.tier_missing
    assert len(result.reasons) == 2


def test_desirable_backlink_does_not_decide(program: Program) -> None:
    facts = replace(comfortable(program, "authorized"), backlink=Backlink.MISSING)
    assert light(program, facts).standing is Standing.MEETS


@pytest.mark.parametrize("tier_id", ["business", "premium"])
def test_revenue_within_the_margin_is_at_risk(program: Program, tier_id: str) -> None:
    threshold = program.tier(tier_id).requirements.revenue
    assert threshold is not None
    just_inside = threshold * (1 + RISK_MARGIN) - D("0.01")
    facts = replace(comfortable(program, tier_id), revenue=just_inside)
    result = light(program, facts)
    assert result.standing is Standing.AT_RISK
    assert [nbsp(r) for r in result.reasons] == [
        f"Umsatz {nbsp(_money(just_inside))}: weniger als 10 % über der Schwelle von "
        f"{nbsp(_money(threshold))}"
    ]
    on_the_edge = replace(facts, revenue=threshold * (1 + RISK_MARGIN))
    assert light(program, on_the_edge).standing is Standing.MEETS


def test_mrr_within_the_margin_is_at_risk(program: Program) -> None:
    threshold = program.tier("business-cloud").requirements.mrr
    assert threshold is not None
    facts = replace(comfortable(program, "business-cloud"), mrr=threshold)
    result = light(program, facts)
    assert result.standing is Standing.AT_RISK
    assert nbsp(result.reasons[0]).startswith("MRR ")


def test_projects_exactly_on_the_threshold_have_no_margin(program: Program) -> None:
    required = program.tier("premium").requirements.projects
    facts = replace(comfortable(program, "premium"), projects=required)
    result = light(program, facts)
    assert result.standing is Standing.AT_RISK
    assert result.reasons == (
        f"Realisierte Projekte {required}: weniger als 10\xa0% über der Schwelle von {required}",
    )
    assert light(program, replace(facts, projects=required + 1)).standing is Standing.MEETS


def test_a_wider_margin_can_be_asked_for(program: Program) -> None:
    facts = comfortable(program, "business", factor=D("1.5"))
    evaluation = evaluate(program, facts)
    assert standing_of(evaluation).standing is Standing.MEETS
    assert standing_of(evaluation, margin=D("0.6")).standing is Standing.AT_RISK


def expiring_course(program: Program, days_left: int) -> date:
    """A course date whose certification expires ``days_left`` days after AS_OF."""
    years = program.certification_valid_years
    expires = AS_OF + timedelta(days=days_left)
    completed = expires.replace(year=expires.year - years)
    assert (valid_through(completed, years) - AS_OF).days == days_left
    return completed


def test_certification_expiring_within_the_warn_days_with_too_few_left(program: Program) -> None:
    warn = program.certification_warn_days
    soon = expiring_course(program, warn)
    needed = program.tier("premium").requirements.certified_technicians
    others = (LONG_AGO,) * (needed - 1)
    facts = replace(comfortable(program, "premium"), technicians_certified_on=(soon, *others))
    result = light(program, facts)
    assert result.standing is Standing.AT_RISK
    through = valid_through(soon, program.certification_valid_years)
    assert result.reasons == (
        f"Zertifizierung vom {soon:%d.%m.%Y} läuft am {through:%d.%m.%Y} ab (in {warn} Tagen); "
        f"danach {needed - 1} von {needed} nötigen zertifizierten Technikern",
    )


def test_expiring_certification_is_fine_when_enough_are_left(program: Program) -> None:
    soon = expiring_course(program, 10)
    needed = program.tier("premium").requirements.certified_technicians
    facts = replace(
        comfortable(program, "premium"),
        technicians_certified_on=(soon, *((LONG_AGO,) * needed)),
    )
    assert light(program, facts).standing is Standing.MEETS


def test_certification_outside_the_warn_days_is_fine(program: Program) -> None:
    later = expiring_course(program, program.certification_warn_days + 1)
    facts = replace(comfortable(program, "business"), technicians_certified_on=(later,))
    assert light(program, facts).standing is Standing.MEETS


def test_cloud_tiers_need_no_certification(program: Program) -> None:
    soon = expiring_course(program, 5)
    facts = replace(comfortable(program, "premium-cloud"), technicians_certified_on=(soon,))
    assert light(program, facts).standing is Standing.MEETS


def test_both_kinds_of_risk_are_listed(program: Program) -> None:
    soon = expiring_course(program, 30)
    threshold = program.tier("business").requirements.revenue
    assert threshold is not None
    facts = replace(
        comfortable(program, "business"), technicians_certified_on=(soon,), revenue=threshold
    )
    result = light(program, facts)
    assert result.standing is Standing.AT_RISK
    assert len(result.reasons) == 2
    assert result.reasons[0].startswith("Zertifizierung")
    assert result.reasons[1].startswith("Umsatz")


def test_labels() -> None:
    assert [s.label for s in Standing] == ["erfüllt", "gefährdet", "unterschritten", "–"]


def _money(amount: D) -> str:
    from nspdesk.domain.formatting import money

    return money(amount)
