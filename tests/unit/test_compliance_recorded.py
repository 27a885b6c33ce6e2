"""The recorded tier checked alone (``check_recorded``, what the partner list reads) gives exactly
what the full evaluation says about that tier: results, sentences, certifications, standing and
the errors that refuse facts."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from nspdesk.domain.compliance import (
    Backlink,
    PartnerFacts,
    RecordedCheck,
    RequirementId,
    check_recorded,
    evaluate,
)
from nspdesk.domain.errors import InputError
from nspdesk.domain.program import Program
from nspdesk.domain.standing import Standing, standing_of, standing_of_recorded
from nspdesk.services import partner_overview

AS_OF = date(2026, 1, 10)
TRACK_TIERS = {
    "server": [None, "authorized", "business", "premium"],
    "cloud": [None, "authorized-cloud", "business-cloud", "premium-cloud"],
}


# The partner list's wording at the edge, kept across the examples as the list keeps it.
KEPT_WORDING = partner_overview._Wording()


def assert_same(program: Program, facts: PartnerFacts) -> RecordedCheck:
    evaluation = evaluate(program, facts)
    check = check_recorded(program, facts)
    assert check == evaluation.recorded
    assert check_recorded(program, facts, KEPT_WORDING) == check
    assert check.met == evaluation.tier_met
    assert check.missing == evaluation.tier_missing
    assert check.results == tuple(
        r for r in evaluation.requirements if check.tier is not None and r.tier == check.tier.id
    )
    assert standing_of_recorded(check) == standing_of(evaluation)
    return check


@st.composite
def any_facts(draw: st.DrawFn) -> PartnerFacts:
    track = draw(st.sampled_from(sorted(TRACK_TIERS)))
    courses = draw(
        st.lists(
            st.integers(min_value=-900, max_value=60).map(lambda d: AS_OF + timedelta(days=d)),
            max_size=3,
        )
    )
    money = st.decimals(min_value=0, max_value=80_000, places=2)
    return PartnerFacts(
        track=track,
        year=draw(st.sampled_from([2024, 2025, 2026])),
        as_of=draw(st.sampled_from([AS_OF, date(2025, 12, 31), date(2026, 11, 25)])),
        projects=draw(st.integers(min_value=0, max_value=7)),
        revenue=draw(money),
        mrr=draw(st.decimals(min_value=0, max_value=5_000, places=2)),
        sales_training=draw(st.booleans()),
        tech_training=draw(st.booleans()),
        technicians_certified_on=tuple(courses),
        backlink=draw(st.sampled_from(list(Backlink))),
        service_agreement=draw(st.booleans()),
        tier=draw(st.sampled_from(TRACK_TIERS[track])),
    )


@settings(max_examples=500, deadline=None)
@given(facts=any_facts())
def test_the_recorded_tier_alone_as_in_the_full_evaluation(
    program: Program, facts: PartnerFacts
) -> None:
    """Also the sentences the partner list keeps from earlier facts (other reference days, years,
    tracks) are those ``evaluate`` words afresh for these."""
    if facts.year > facts.as_of.year:
        test_refused_with_the_same_error(program, facts)
    else:
        assert_same(program, facts)


def test_kept_sentences_stay_bounded(program: Program, monkeypatch: pytest.MonkeyPatch) -> None:
    wording = partner_overview._Wording()
    monkeypatch.setattr(wording, "LIMIT", 3)
    for projects in range(6):
        facts = PartnerFacts(
            track="server", year=2025, as_of=AS_OF, projects=projects, tier="premium"
        )
        assert check_recorded(program, facts, wording) == assert_same(program, facts)
        assert len(wording._known) <= 3


@pytest.mark.parametrize("tier_id", ["authorized", "business", "premium", "premium-cloud"])
def test_each_tier_met_and_missed(program: Program, tier_id: str) -> None:
    tier = program.tier(tier_id)
    req = tier.requirements
    meeting = PartnerFacts(
        track=tier.track,
        year=2025,
        as_of=AS_OF,
        projects=req.projects,
        revenue=req.revenue or Decimal(0),
        mrr=req.mrr or Decimal(0),
        sales_training=True,
        tech_training=True,
        technicians_certified_on=(date(2025, 6, 1),) * req.certified_technicians,
        backlink=Backlink.FOLLOW,
        service_agreement=True,
        tier=tier_id,
    )
    met = assert_same(program, meeting)
    assert met.met is True and met.missing == ()
    assert {r.tier for r in met.results} == {tier_id}
    lacking = assert_same(program, replace(meeting, projects=0, service_agreement=False))
    assert lacking.met is False
    assert standing_of_recorded(lacking).standing is Standing.BELOW
    assert len(lacking.missing) == 2


def test_without_a_recorded_tier_nothing_is_checked(program: Program) -> None:
    facts = PartnerFacts(track="server", year=2025, as_of=AS_OF, projects=9)
    check = assert_same(program, facts)
    assert (check.tier, check.met, check.results, check.missing) == (None, None, (), ())


@pytest.mark.parametrize(
    "facts",
    [
        PartnerFacts(track="space", year=2025, as_of=AS_OF, tier="business"),
        PartnerFacts(track="msp", year=2025, as_of=AS_OF, tier="msp"),
        PartnerFacts(track="server", year=2027, as_of=AS_OF, tier="business"),
        PartnerFacts(track="server", year=2025, as_of=AS_OF, tier="premium-cloud"),
    ],
    ids=["unknown track", "vendor's track", "year after the reference day", "other track's tier"],
)
def test_refused_with_the_same_error(program: Program, facts: PartnerFacts) -> None:
    with pytest.raises(InputError) as full:
        evaluate(program, facts)
    with pytest.raises(InputError) as alone:
        check_recorded(program, facts)
    assert (alone.value.field, str(alone.value)) == (full.value.field, str(full.value))


def test_a_recorded_tier_outside_the_ladder_lacks_nothing_in_both(program: Program) -> None:
    """An edition could let the vendor grant a tier of an ordinary track: the engine checks the
    ladder's tiers only, so such a tier has no results and counts as held; alone, the same."""
    granted = replace(program.tier("business"), granted_by_vendor=True)
    edition = replace(program, tiers={**program.tiers, "business": granted})
    facts = PartnerFacts(track="server", year=2025, as_of=AS_OF, tier="business")
    check = assert_same(edition, facts)
    assert check.tier == granted
    assert (check.results, check.missing, check.met) == ((), (), True)


def test_each_edition_judges_with_its_own_ladder(program: Program) -> None:
    """One edition with another entry tier is not answered from the first (nothing is remembered
    between calls)."""
    facts = PartnerFacts(track="server", year=2025, as_of=AS_OF, projects=1, tier="authorized")
    authorized = program.tier("authorized")
    harder = replace(authorized, requirements=replace(authorized.requirements, projects=2))
    editions = [
        replace(program, tiers={**program.tiers, "authorized": harder if n % 2 else authorized})
        for n in range(6)
    ]
    for edition in editions + editions[:4]:
        check = assert_same(edition, facts)
        assert check.tier is edition.tiers["authorized"]
        assert (RequirementId.PROJECTS in {r.id for r in check.results if not r.met}) is (
            edition.tiers["authorized"] is harder
        )
