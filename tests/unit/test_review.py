"""The annual review's proposals, decisions, summary and letter data (pure domain)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal as D

import pytest

from nspdesk.domain.compliance import Backlink, PartnerFacts, evaluate
from nspdesk.domain.errors import InputError
from nspdesk.domain.letterhead import Addressee
from nspdesk.domain.program import Benefits, Program
from nspdesk.domain.review import (
    Decision,
    Movement,
    Outcome,
    Proposal,
    Recorded,
    ReviewLine,
    accept,
    benefit_lines,
    benefit_tier,
    final_movement,
    override,
    pending,
    propose,
    status_letter,
    summarize,
    tier_label,
)
from nspdesk.domain.year_figures import YearFigures

AS_OF = date(2027, 1, 12)
COURSE = date(2026, 3, 1)


def nbsp(text: str) -> str:
    return text.replace("\xa0", " ")


def facts(program: Program, tier_id: str, **changes: object) -> PartnerFacts:
    """Facts meeting exactly the thresholds of ``tier_id`` in 2026."""
    req = program.tier(tier_id).requirements
    base = PartnerFacts(
        track=program.tier(tier_id).track,
        year=2026,
        as_of=AS_OF,
        projects=req.projects,
        revenue=req.revenue or D(0),
        mrr=req.mrr or D(0),
        sales_training=True,
        tech_training=True,
        technicians_certified_on=(COURSE,) * req.certified_technicians,
        backlink=Backlink.FOLLOW,
        service_agreement=True,
    )
    return replace(base, **changes)  # type: ignore[arg-type]


def proposal(
    program: Program,
    reached: str | None,
    tier: str | None,
    track: str = "server",
    msp_level: str | None = None,
    **changes: object,
) -> Proposal:
    if reached is None:
        evaluated = PartnerFacts(
            track="cloud" if track == "cloud" else "server", year=2026, as_of=AS_OF
        )
    else:
        evaluated = facts(program, reached, **changes)
    recorded = Recorded(7, "Müller & Söhne <GmbH>", track, tier, msp_level)
    return propose(recorded, evaluate(program, evaluated), YearFigures(projects_manual=3))


def test_up_with_met_requirements_in_numbers(program: Program) -> None:
    p = proposal(program, "premium", "business", projects=7, revenue=D("64250"))
    assert (p.recorded_tier, p.proposed_tier, p.kind) == ("business", "premium", Movement.UP)
    text = nbsp(" ".join(p.reasons))
    assert p.reasons[0] == "Aufstieg: Business Partner → Premium Partner."
    assert "7 realisierte Projekte (mind. 5)" in text
    assert "64.250,00 € Umsatz (mind. 50.000,00 €)" in text
    assert "2 zertifizierte Techniker (mind. 2)" in text
    assert "Follow-Link auf www.nospamproxy.de" in text
    assert "Vertriebs- und Techniktraining" in text and "Basis-Servicevereinbarung" in text
    assert "fehlen" not in text  # premium is the top
    assert p.missing_by_tier["premium"] == ()
    assert p.proposed_msp_level is None
    assert p.figures.projects == 3


def test_down_names_what_the_recorded_tier_lacks(program: Program) -> None:
    p = proposal(program, "business", "premium", projects=4, revenue=D("45500"))
    assert (p.proposed_tier, p.kind) == ("business", Movement.DOWN)
    text = nbsp(" ".join(p.reasons))
    assert p.reasons[0] == "Abstieg: Premium Partner → Business Partner."
    assert "1 zertifizierter Techniker (mind. 1)" in text
    assert "Für Premium Partner fehlen: 1 weiteres realisiertes Projekt; 4.500,00 € Umsatz" in text
    assert text.count("Für Premium Partner fehlen") == 1  # the next tier is the recorded one


def test_unchanged_and_next_tier_gap(program: Program) -> None:
    p = proposal(program, "authorized", "authorized", projects=1)
    assert (p.proposed_tier, p.kind) == ("authorized", Movement.UNCHANGED)
    assert p.reasons[0] == "Unverändert: Authorized Partner bestätigt."
    assert "1 realisiertes Projekt (mind. 1)" in p.reasons[1]
    assert p.reasons[2].startswith("Für Business Partner fehlen: 2 weitere realisierte Projekte")


def test_new_partner_and_cloud_mrr(program: Program) -> None:
    p = proposal(program, "business-cloud", None, track="cloud", mrr=D("2100"))
    assert (p.proposed_tier, p.kind) == ("business-cloud", Movement.NEW)
    text = nbsp(" ".join(p.reasons))
    assert "erstmals Business Cloud Partner" in text
    assert "2.100,00 € MRR (mind. 2.000,00 € pro Monat)" in text
    assert "Für Premium Cloud Partner fehlen" in text


def test_no_longer_qualifies(program: Program) -> None:
    p = proposal(program, None, "authorized")
    assert (p.proposed_tier, p.kind) == (None, Movement.NO_LONGER_QUALIFIES)
    assert (
        p.reasons[0] == "Erfüllt mit den Zahlen 2026 keine Stufe mehr (bisher Authorized Partner)."
    )
    assert p.reasons[1].startswith("Für Authorized Partner fehlen: 1 weiteres realisiertes Projekt")
    assert len(p.reasons) == 2  # the entry tier is both the recorded and the next one


def test_no_tier_stays_none(program: Program) -> None:
    p = proposal(program, None, None)
    assert (p.proposed_tier, p.kind) == (None, Movement.UNCHANGED)
    assert p.reasons[0] == "Unverändert: mit den Zahlen 2026 noch keine Stufe erreicht."
    assert p.reasons[1].startswith("Für Authorized Partner fehlen")


def test_recorded_tier_of_another_track_counts_as_none(program: Program) -> None:
    p = proposal(program, "business", "premium-cloud")
    assert p.kind is Movement.NEW


@pytest.mark.parametrize(
    ("reached", "level", "expected", "kind"),
    [
        ("premium", "premium", "premium", Movement.UNCHANGED),
        ("business", "premium", "business", Movement.DOWN),
        ("premium", "business", "premium", Movement.UP),
        ("premium", None, "premium", Movement.NEW),
        ("authorized", "business", "business", Movement.NO_LONGER_QUALIFIES),
        (None, "premium", "business", Movement.NO_LONGER_QUALIFIES),
    ],
)
def test_msp_level_follows_the_server_figures(
    program: Program, reached: str | None, level: str | None, expected: str, kind: Movement
) -> None:
    p = proposal(program, reached, "msp", track="msp", msp_level=level)
    assert (p.proposed_tier, p.proposed_msp_level, p.kind) == ("msp", expected, kind)
    assert set(p.missing_by_tier) == {"authorized", "business", "premium"}
    if kind is Movement.NO_LONGER_QUALIFIES:
        assert "vergibt die Net at Work GmbH direkt" in p.reasons[0]
        assert "Business Partner, Premium Partner" in p.reasons[0]
    else:
        assert "Managed Service Partner, Umsatzstufe" in p.reasons[0]


def test_accept_and_pending(program: Program) -> None:
    p = proposal(program, "business", "premium")
    assert pending(p) == Outcome(Decision.OPEN, "business", None)
    assert accept(p) == Outcome(Decision.ACCEPTED, "business", None)
    assert final_movement(program, p, accept(p)) is Movement.DOWN


def test_override_needs_a_reason_and_a_tier_of_the_track(program: Program) -> None:
    p = proposal(program, "business", "premium")
    with pytest.raises(InputError, match="Begründung") as caught:
        override(program, p, "premium", None, "  ")
    assert caught.value.field == "reason"
    with pytest.raises(InputError, match="keine Stufe der Spur"):
        override(program, p, "premium-cloud", None, "Kulanz")
    with pytest.raises(InputError, match="nur für Managed Service Partner"):
        override(program, p, "premium", "premium", "Kulanz")
    kept = override(program, p, "premium", None, " Kulanz bis 31.03. ")
    assert kept == Outcome(Decision.OVERRIDDEN, "premium", None, "Kulanz bis 31.03.")
    assert final_movement(program, p, kept) is Movement.UNCHANGED
    dropped = override(program, p, None, None, "Vertrag gekündigt")
    assert final_movement(program, p, dropped) is Movement.NO_LONGER_QUALIFIES


def test_override_msp_level(program: Program) -> None:
    p = proposal(program, "business", "msp", track="msp", msp_level="premium")
    by_level = override(program, p, "premium", None, "Mindestabnahme erfüllt")
    assert (by_level.tier, by_level.msp_level) == ("msp", "premium")
    assert override(program, p, "msp", "premium", "x") == replace(by_level, reason="x")
    assert final_movement(program, p, by_level) is Movement.UNCHANGED
    for tier, level in (("msp", None), ("business", "premium"), ("msp", "authorized")):
        with pytest.raises(InputError, match="Umsatzstufe"):
            override(program, p, tier, level, "x")


def test_final_movement_with_another_track_on_record(program: Program) -> None:
    p = proposal(program, "business", "premium-cloud")
    chosen = override(program, p, "business", None, "Spurwechsel")
    assert final_movement(program, p, chosen) is Movement.NEW


def test_labels_and_benefit_tiers(program: Program) -> None:
    assert tier_label(program, None, None) == "keine Stufe"
    assert tier_label(program, "gold", None) == "gold"
    assert tier_label(program, "msp", "premium") == "Managed Service Partner (Premium Partner)"
    assert tier_label(program, "msp", None) == "Managed Service Partner"
    assert tier_label(program, "business", None) == "Business Partner"
    assert benefit_tier(program, None, None) is None
    assert benefit_tier(program, "gold", None) is None
    assert benefit_tier(program, "msp", None) is None
    assert benefit_tier(program, "msp", "business") is program.tier("business")
    assert benefit_tier(program, "premium", None) is program.tier("premium")


def test_summary_counts_tiers_revenue_and_movements(program: Program) -> None:
    up = proposal(program, "premium", "business")
    up = replace(up, figures=YearFigures(revenue_manual=D("50000"), revenue_won=D("1000")))
    down = proposal(program, "business", "premium")
    cloud = proposal(program, "authorized-cloud", "authorized-cloud", track="cloud")
    cloud = replace(cloud, figures=YearFigures(mrr_won=D("175")))
    msp = proposal(program, "premium", "msp", track="msp", msp_level="premium")
    legacy = replace(proposal(program, None, None), recorded_tier="gold")
    lines = [
        ReviewLine(up, accept(up)),
        ReviewLine(down, override(program, down, "premium", None, "Kulanz")),
        ReviewLine(cloud, pending(cloud)),
        ReviewLine(msp, accept(msp)),
        ReviewLine(legacy, accept(legacy)),
    ]
    summary = summarize(program, 2026, lines)
    rows = {row.label: row for row in summary.tiers}
    assert list(rows) == [
        "Business Partner",
        "Premium Partner",
        "Authorized Cloud Partner",
        "Managed Service Partner (Premium Partner)",
        "gold",
        "keine Stufe",
    ]
    assert (rows["Business Partner"].before, rows["Business Partner"].after) == (1, 0)
    assert (rows["Premium Partner"].before, rows["Premium Partner"].after) == (1, 2)
    assert rows["Premium Partner"].revenue == D("51000")
    assert rows["Authorized Cloud Partner"].mrr == D("175")
    assert (rows["gold"].before, rows["gold"].after) == (1, 0)
    assert summary.movements[Movement.UP] == 1
    # The override keeps Premium; an accepted proposal keeps its own movement.
    assert summary.movements[Movement.UNCHANGED] == 4
    assert summary.movements[Movement.DOWN] == 0
    assert [line.proposal.recorded_tier for line in summary.changes] == ["business", "gold"]


def test_status_letter(program: Program) -> None:
    address = Addressee("Müller & Söhne <GmbH>", "Herr Jan Müller")
    down = proposal(program, "business", "premium", projects=4)
    kept = ReviewLine(down, override(program, down, "premium", None, "Kulanz"))
    letter = status_letter(program, kept, address, "K-1", date(2027, 1, 1), AS_OF, 2026)
    assert letter.status == "Premium Partner" and letter.previous == "Premium Partner"
    assert letter.movement is Movement.UNCHANGED
    assert letter.next_tier is None and letter.missing_next == ()
    assert letter.missing_current[0] == "1 weiteres realisiertes Projekt"
    accepted = status_letter(
        program, ReviewLine(down, accept(down)), address, "K-1", date(2027, 1, 1), AS_OF, 2026
    )
    assert accepted.next_tier is program.tier("premium")
    assert accepted.missing_next[0] == "1 weiteres realisiertes Projekt"
    assert accepted.missing_current == ()
    msp = proposal(program, "business", "msp", track="msp", msp_level="business")
    letter = status_letter(
        program, ReviewLine(msp, accept(msp)), address, "", date(2027, 1, 1), AS_OF, 2026
    )
    assert letter.status == "Managed Service Partner (Business Partner)"
    assert letter.benefits_tier is program.tier("business") and letter.track == "server"
    gone = proposal(program, None, "authorized-cloud", track="cloud")
    letter = status_letter(
        program, ReviewLine(gone, accept(gone)), address, "", date(2027, 1, 1), AS_OF, 2026
    )
    assert letter.benefits_tier is None and letter.track == "cloud"
    assert letter.next_tier is program.tier("authorized-cloud")
    odd = replace(msp, proposed_msp_level=None)
    letter = status_letter(
        program, ReviewLine(odd, accept(odd)), address, "", date(2027, 1, 1), AS_OF, 2026
    )
    assert letter.track == "server" and letter.next_tier is program.tier("authorized")


def test_benefit_lines_come_from_the_program(program: Program) -> None:
    premium = dict(benefit_lines(program, program.tier("premium")))
    assert nbsp(premium["Rabatt NoSpamProxy Server – Neulizenzen"]) == "30 %"
    assert premium["Kostenlose NFR-Lizenz"] == "75 Benutzer"
    assert nbsp(premium["Marketingbudget (nach Absprache)"]) == "2.000,00 € p. a."
    assert premium["Leads aus dem Marketing"].startswith("ja")
    assert premium["Listung"] == "Listung mit Logo und Link im Partnerportal"
    assert premium["Second-Level-Support"] == "5 kostenlose Calls pro Jahr"
    assert "Customer Success Management" not in premium
    cloud = dict(benefit_lines(program, program.tier("authorized-cloud")))
    assert cloud["Customer Success Management"] == "ja"
    assert "Marketingbudget (nach Absprache)" not in cloud
    assert "Leads aus dem Marketing" not in cloud
    assert not any("Server" in label for label in cloud)


def test_benefit_lines_without_optional_benefits(program: Program) -> None:
    bare = replace(program.tier("authorized-cloud"), benefits=Benefits())
    common = replace(program.common_benefits, marketing_material=False)
    labels = [label for label, _ in benefit_lines(replace(program, common_benefits=common), bare)]
    assert labels == [
        "Rabatt NoSpamProxy Cloud Services",
        "Second-Level-Support",
        "Partner-Newsletter",
    ]
