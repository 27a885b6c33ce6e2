"""The compliance engine's and the traffic light's sentences: German exactly as the engine words
them (so the engine can use these functions unchanged), and English from the committed catalog."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal as D

import pytest

from nspdesk.domain import compliance_texts as texts
from nspdesk.domain.certification import valid_through
from nspdesk.domain.compliance import Backlink, PartnerFacts, evaluate
from nspdesk.domain.errors import InputError
from nspdesk.domain.messages import Term, Text
from nspdesk.domain.program import Program, Training
from nspdesk.domain.standing import standing_of
from tests.unit.english_catalog import ENGLISH
from tests.unit.test_compliance import AS_OF, RECENT_COURSE, meeting


def english(text: str) -> str:
    assert isinstance(text, Text)
    return text.render(ENGLISH)


# --- gaps ---------------------------------------------------------------------------------------


def test_server_gaps_read_as_the_engine_words_them(program: Program) -> None:
    facts = PartnerFacts(
        track="server",
        year=2025,
        as_of=AS_OF,
        projects=1,
        revenue=D("15500.00"),
        sales_training=True,
        tech_training=True,
        backlink=Backlink.NOFOLLOW,
        service_agreement=True,
    )
    made = (
        texts.projects_gap(2),
        texts.revenue_gap(D("4500")),
        texts.technicians_gap(1),
        texts.backlink_gap(Backlink.NOFOLLOW),
    )
    assert evaluate(program, facts).missing == made
    assert [english(t) for t in made] == [
        "2 more completed projects",
        "€4,500.00 revenue",
        "1 more certified technician (two-day administrator course)",
        "Follow link to www.nospamproxy.de on the partner's own website (currently marked nofollow)",
    ]


def test_cloud_gaps_and_singulars(program: Program) -> None:
    facts = replace(
        meeting(program, "business-cloud"), projects=4, mrr=D("3999.99"), backlink=Backlink.FOLLOW
    )
    assert evaluate(program, facts).missing == (texts.projects_gap(1), texts.mrr_gap(D("0.01")))
    untrained = evaluate(program, replace(facts, sales_training=False, tech_training=False))
    videos = (
        texts.training_gap(Training.SALES, True),
        texts.training_gap(Training.TECHNICAL, True),
    )
    assert untrained.missing == videos
    assert english(texts.projects_gap(1)) == "1 more completed project"
    assert english(texts.mrr_gap(D("1690"))) == "€1,690.00 monthly recurring revenue (MRR)"
    assert [english(t) for t in videos] == [
        "1 sales training (video)",
        "1 technical training (video)",
    ]
    assert english(texts.technicians_gap(2)) == (
        "2 more certified technicians (two-day administrator course)"
    )


def test_online_trainings_agreement_and_backlink_states(program: Program) -> None:
    facts = replace(
        meeting(program, "authorized"),
        sales_training=False,
        tech_training=False,
        service_agreement=False,
        tier="authorized",
    )
    made = (
        texts.training_gap(Training.SALES, False),
        texts.training_gap(Training.TECHNICAL, False),
        texts.service_agreement_gap(),
    )
    assert evaluate(program, facts).tier_missing == made
    assert [english(t) for t in made] == [
        "1 online sales training",
        "1 online technical training",
        "Basic service agreement with Net at Work GmbH",
    ]
    premium = replace(meeting(program, "business"), backlink=Backlink.UNKNOWN, tier="business")
    assert evaluate(program, premium).tier_missing == (texts.backlink_gap(Backlink.UNKNOWN),)
    assert english(texts.backlink_gap(Backlink.MISSING)).endswith("(currently no link found)")
    assert english(texts.backlink_gap(Backlink.UNKNOWN)).endswith(
        "(not checked yet or website unreachable)"
    )


# --- notes --------------------------------------------------------------------------------------


def test_backlink_advice(program: Program) -> None:
    facts = replace(meeting(program, "authorized"), backlink=Backlink.MISSING)
    advice = texts.backlink_desirable(program.tier("authorized").name, Backlink.MISSING)
    assert evaluate(program, facts).advice == (advice,)
    assert english(advice) == (
        "A follow link to www.nospamproxy.de is desirable for Authorized Partner (currently no "
        "link found); from the next tier on it is required."
    )


def test_certification_notes(program: Program) -> None:
    expired, future = date(2023, 5, 4), date(2026, 2, 1)
    facts = replace(meeting(program, "authorized"), technicians_certified_on=(expired, future))
    years = program.certification_valid_years
    notes = (
        texts.certification_expired(expired, valid_through(expired, years)),
        texts.certification_not_yet(future, AS_OF),
    )
    assert set(notes) <= set(evaluate(program, facts).advice)
    assert [english(n) for n in notes] == [
        "The certification of 4 May 2023 expired on 4 May 2025; the administrator course must "
        "be repeated.",
        "The certification of 1 Feb 2026 lies after the reference date 10 Jan 2026 and does not "
        "count yet.",
    ]


def test_expiring_certification_notes(program: Program) -> None:
    course, through = date(2024, 3, 1), date(2026, 3, 1)
    as_of = through - timedelta(days=90)
    alone = replace(meeting(program, "business"), technicians_certified_on=(course,), as_of=as_of)
    short = texts.certification_expiring(course, through, 90, program.tier("business").name)
    assert short in evaluate(program, alone).advice
    assert english(short) == (
        "The certification of 1 Mar 2024 expires on 1 Mar 2026 (in 90 days); after that "
        "Business Partner lacks a certified technician, so the course should be repeated in time."
    )
    backed = replace(alone, technicians_certified_on=(course, date(2025, 9, 1)))
    plain = texts.certification_expiring(course, through, 90)
    assert plain in evaluate(program, backed).advice
    assert english(plain) == "The certification of 1 Mar 2024 expires on 1 Mar 2026 (in 90 days)."


# --- refusals -----------------------------------------------------------------------------------


def refusal(program: Program, facts: PartnerFacts) -> str:
    with pytest.raises(InputError) as caught:
        evaluate(program, facts)
    return caught.value.message


def test_refusals(program: Program) -> None:
    base = meeting(program, "business")
    cases = [
        (replace(base, track="hybrid"), texts.unknown_track("hybrid", program.tracks)),
        (replace(base, track="msp"), texts.vendor_granted_track("msp")),
        (
            replace(base, tier="premium-cloud"),
            texts.not_a_tier_of_track(
                "premium-cloud", "server", [t.id for t in program.tiers_of_track("server")]
            ),
        ),
        (replace(base, year=2027), texts.year_after_reference(2027, AS_OF)),
    ]
    for facts, made in cases:
        assert refusal(program, facts) == made
    assert [english(made) for _, made in cases] == [
        "unknown track 'hybrid' (known: server, cloud, msp)",
        "the tiers of track 'msp' are granted by Net at Work GmbH directly; the revenue-based "
        "benefits are shown by the evaluation of track 'server'",
        "'premium-cloud' is not a tier of track 'server' (possible: authorized, business, premium)",
        "2027 lies after the reference date 2026-01-10",
    ]


# --- the traffic light --------------------------------------------------------------------------


def test_standing_sentences(program: Program) -> None:
    facts = replace(meeting(program, "premium"), tier="premium")
    years, warn = program.certification_valid_years, program.certification_warn_days
    expires = AS_OF + timedelta(days=warn)
    soon = expires.replace(year=expires.year - years)
    risky = replace(facts, technicians_certified_on=(soon, RECENT_COURSE))
    required = program.tier("premium").requirements
    assert required.revenue is not None
    reasons = (
        texts.certification_at_risk(soon, expires, warn, 1, 2),
        texts.thin_margin("projects", required.projects, required.projects, D("10.00")),
        texts.thin_margin("revenue", required.revenue, required.revenue, D("10.00")),
    )
    assert standing_of(evaluate(program, risky)).reasons == reasons
    assert [english(r) for r in reasons] == [
        f"Certification of {soon.day} {soon:%b %Y} expires on {expires.day} {expires:%b %Y} "
        f"(in {warn} days); then 1 of 2 required certified technicians",
        "Completed projects 5: less than 10% above the threshold of 5",
        "Revenue €50,000.00: less than 10% above the threshold of €50,000.00",
    ]
    mrr = texts.thin_margin("mrr", D("4000"), D("4000"), D("10"))
    assert english(mrr) == "MRR €4,000.00: less than 10% above the threshold of €4,000.00"


def test_standing_none_and_met(program: Program) -> None:
    untiered = standing_of(evaluate(program, meeting(program, "business"))).reasons
    assert untiered == (texts.no_tier_recorded(),)
    assert english(texts.no_tier_recorded()) == "no partner tier recorded in this track"
    roomy = replace(
        meeting(program, "authorized"), projects=9, revenue=D("9000"), tier="authorized"
    )
    met = texts.all_requirements_met(program.tier("authorized").name)
    assert standing_of(evaluate(program, roomy)).reasons == (met,)
    assert english(met) == "all requirements of Authorized Partner met"


@pytest.mark.parametrize(
    ("left", "needed", "german", "in_english"),
    [
        (
            0,
            1,
            "danach 0 von 1 nötigen zertifizierten Techniker",
            "then 0 of 1 required certified technician",
        ),
        (
            1,
            2,
            "danach 1 von 2 nötigen zertifizierten Technikern",
            "then 1 of 2 required certified technicians",
        ),
    ],
)
def test_the_technicians_needed_in_singular_and_plural(
    left: int, needed: int, german: str, in_english: str
) -> None:
    """A tier that needs one certified technician ("Mindestens ein Techniker muss die zweitägige
    Administratorenschulung absolviert haben.") is left with "0 von 1 nötigen zertifizierten
    Techniker", not "… Technikern"."""
    day = date(2026, 1, 1)
    text = texts.certification_at_risk(day, day, 30, left, needed)
    assert text.endswith(german)
    assert english(text).endswith(in_english)


def test_counts_keep_the_locales_grouping() -> None:
    day = date(2026, 1, 1)
    text = texts.certification_at_risk(day, day, 1200, 1, 2)
    assert "(in 1.200 Tagen)" in text
    assert "(in 1,200 days)" in english(text)


def test_all_met_remembered_by_the_tier_name_itself(monkeypatch: pytest.MonkeyPatch) -> None:
    """One sentence per tier name object; an equal name of another object (another edition's,
    perhaps translated otherwise) gets its own; the memory stays bounded."""
    monkeypatch.setattr(texts, "_ALL_MET_BY_TIER", {})
    monkeypatch.setattr(texts, "_ALL_MET_KEPT", 2)
    name = Term("Business Partner", {"en": "Business Partner"})
    other = Term("Business Partner", {"en": "Business partner (other edition)"})
    first = texts.all_requirements_met(name)
    assert texts.all_requirements_met(name) is first
    assert first == "alle Anforderungen von Business Partner erfüllt"
    again = texts.all_requirements_met(other)
    assert again is not first
    assert again.render(ENGLISH) != first.render(ENGLISH)
    texts.all_requirements_met(Term("Premium Partner"))  # full: starts afresh
    assert len(texts._ALL_MET_BY_TIER) == 1
    assert texts.all_requirements_met(name) == first
