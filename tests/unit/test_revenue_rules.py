"""What a "realisiertes Projekt" and the revenue are, and that no input is silently dropped
(issue #15, items 1–3; docs/program-rules.md, "Realisierte Projekte und Umsatz").

The brochure: "Damit Sie als Authorized Partner/Authorized Cloud Partner agieren können, müssen Sie
mindestens ein realisiertes Projekt in einem Kalenderjahr vorweisen." and "Die Umsatzschwelle für
Authorized Partner beträgt 2.000,- EUR p.a. Diese Schwelle muss folgendermaßen erreicht werden:
NoSpamProxy Server: Neulizenzen, Wartung oder Dienstleistung oder NoSpamProxy Cloud: Neulizenzen, die
direkt oder über den Vertriebspartner bei der Net at Work GmbH beauftragt wurden."
"""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date
from decimal import Decimal as D

import pytest

from nspdesk.domain.compliance import RequirementId, evaluate
from nspdesk.domain.compliance_json import evaluate_input, evaluation_to_json, facts_from_json
from nspdesk.domain.errors import InputError
from nspdesk.domain.fields import Fields
from nspdesk.domain.json_input import parse_json
from nspdesk.domain.program import Billing, Category, Program
from nspdesk.domain.year_figures import (
    MONTHS,
    CountedQuote,
    RevenueSources,
    YearFigures,
    count_quote,
    counted_money,
    won_figures,
)

WON = date(2025, 6, 2)
PREMIUM = {
    "track": "server",
    "year": 2025,
    "as_of": "2026-01-10",
    "projects": 5,
    "revenue": "50000.00",
    "sales_training": True,
    "tech_training": True,
    "backlink": "follow",
    "service_agreement": True,
}


def read(data: dict[str, object]) -> Fields:
    return parse_json(json.dumps(data), "test.json")


# --- item 1: two technicians certified on the same day -------------------------------------------


def test_two_technicians_on_the_same_course_are_two(program: Program) -> None:
    """ "Premium Partner […] mindestens zwei zertifizierte Techniker": one date per technician, and
    two people on the same course are the ordinary way to have two."""
    data = {**PREMIUM, "technicians_certified_on": ["2025-05-05", "2025-05-05"]}
    evaluation = evaluate(program, facts_from_json(read(data), date(2026, 1, 10)))
    assert evaluation.facts.technicians_certified_on == (date(2025, 5, 5), date(2025, 5, 5))
    assert [c.valid for c in evaluation.certifications] == [True, True]
    assert evaluation.eligible_tier is not None and evaluation.eligible_tier.id == "premium"
    technicians = [
        r for r in evaluation.results_for("premium") if r.id is RequirementId.CERTIFIED_TECHNICIANS
    ]
    assert [(r.required, r.actual, r.met) for r in technicians] == [(2, 2, True)]


def test_one_course_date_is_one_technician(program: Program) -> None:
    data = {**PREMIUM, "technicians_certified_on": ["2025-05-05"]}
    evaluation = evaluate(program, facts_from_json(read(data), date(2026, 1, 10)))
    assert evaluation.eligible_tier is not None and evaluation.eligible_tier.id == "business"


def test_a_set_written_as_a_list_still_refuses_a_value_twice() -> None:
    """Trainings, tracks' families …: there a value twice is a typo."""
    fields = Fields({"trainings": ["sales", "sales"]}, "tiers.x", InputError)
    with pytest.raises(InputError, match="doppelt"):
        fields.text_list("trainings")
    fields = Fields({"dates": ["2025-05-05", "2025-05-05"]}, "", InputError)
    assert fields.text_list("dates", unique=False) == ["2025-05-05", "2025-05-05"]


# --- item 2: a realised project and its revenue --------------------------------------------------


def test_own_use_nfr_and_other_lines_make_no_project(program: Program) -> None:
    """Own-use licences (99 €) and the free NFR line are the partner's own purchases: "für Kunden"
    is what counts, so neither project nor revenue."""
    assert count_quote(program, "A-1", WON, [("own-use-license", D("99.00"))]) is None
    assert count_quote(program, "A-2", WON, [("other", D("0.00"))]) is None
    assert count_quote(program, "A-3", WON, [("unknown-category", D("10.00"))]) is None
    assert count_quote(program, "A-4", WON, []) is None  # a won quote without lines


def test_one_cloud_subscription_is_one_project_with_its_year(program: Program) -> None:
    """ "NoSpamProxy Cloud: Neulizenzen […]": a monthly Cloud line counts twelve times."""
    counted = count_quote(program, "A-5", WON, [("cloud-service", D("212.50"))])
    assert counted == CountedQuote("A-5", WON, D("2550.00"), D("212.50"))


@pytest.mark.parametrize(
    "category", ["server-license", "server-maintenance", "server-service", "hsv"]
)
def test_server_licences_maintenance_services_and_hsv_count(
    program: Program, category: str
) -> None:
    """ "NoSpamProxy Server: Neulizenzen, Wartung oder Dienstleistung"; the HSV is a contract "für
    Kunden" with NoSpamProxy Server support: a Server service."""
    counted = count_quote(
        program, "A-6", WON, [(category, D("1000.00")), ("own-use-license", D("249.00"))]
    )
    assert counted == CountedQuote("A-6", WON, D("1000.00"), D("0"))


def test_what_counts_follows_the_rule_files_flag(program: Program) -> None:
    """A category the file marks ``revenue = false`` (a future ``nfr-license``) counts as neither;
    a category marked ``revenue = true`` counts as both: no category id is named in the code."""
    nfr = Category("nfr-license", "NFR-Lizenz", "general", Billing.YEARLY, revenue=False)
    edition = replace(program, categories={**program.categories, nfr.id: nfr})
    assert counted_money(edition, [("nfr-license", D("500.00"))]) == (False, D("0"), D("0"))
    counting = replace(nfr, revenue=True)
    edition = replace(program, categories={**program.categories, nfr.id: counting})
    assert counted_money(edition, [("nfr-license", D("500.00"))]) == (True, D("500.00"), D("0"))


def test_year_figures_add_the_counted_quotes() -> None:
    quotes = [
        CountedQuote("A-1", WON, D("1000.00"), D("0")),
        CountedQuote("A-2", WON, D("2550.00"), D("212.50")),
    ]
    figures = won_figures(2025, (2, D("3000.00"), D("0.00")), quotes)
    assert figures == YearFigures(2025, 2, 2, D("3000.00"), D("3550.00"), D("0.00"), D("212.50"))
    assert (figures.projects, figures.revenue, figures.mrr) == (4, D("6550.00"), D("212.50"))
    assert won_figures(2025, None, []) == YearFigures(2025)


# --- item 3: no input silently ignored -----------------------------------------------------------


def test_a_hand_entered_mrr_counts_twelve_times_into_the_revenue() -> None:
    figures = YearFigures(
        2025, revenue_manual=D("1000.00"), revenue_won=D("500.00"), mrr_manual=D("100.00")
    )
    assert figures.revenue_reported == D("2200.00")
    assert figures.revenue == D("2700.00")
    assert figures.revenue_sources == RevenueSources(D("1000.00"), D("100.00"), D("500.00"))
    assert figures.revenue_sources.from_monthly == D("1200.00")
    assert figures.revenue_sources.total == figures.revenue


def test_evaluate_counts_mrr_twelve_times_on_the_server_track(program: Program) -> None:
    """ "Die Umsatzschwelle für Business Partner beträgt 20.000,- EUR p.a." reached with 14.000 €
    p.a. and 500 € a month of Cloud services: the monthly amount is not dropped."""
    data = {**PREMIUM, "revenue": "14000.00", "mrr": "500.00", "projects": 3}
    data["technicians_certified_on"] = ["2025-05-05"]
    facts, sources = evaluate_input(read(data), date(2026, 1, 10))
    assert sources == RevenueSources(D("14000.00"), D("500.00"))
    assert facts.revenue == D("14000.00") + MONTHS * D("500.00") == D("20000.00")
    evaluation = evaluate(program, facts)
    assert evaluation.eligible_tier is not None and evaluation.eligible_tier.id == "business"
    out = evaluation_to_json(evaluation, sources)
    assert out["revenue_sources"] == {
        "revenue": "14000.00",
        "mrr": "500.00",
        "mrr_months": 12,
        "from_mrr": "6000.00",
        "won_quotes": "0.00",
        "total": "20000.00",
        "checked": True,
    }
    requirements = out["requirements"]
    assert isinstance(requirements, list)
    assert {r["actual"] for r in requirements if r["id"] == "revenue"} == {"20000.00"}


def test_revenue_sources_without_their_input_and_on_the_cloud_track(program: Program) -> None:
    """Cloud-only: "Diese Schwelle muss mit NoSpamProxy Cloud Services erreicht werden": the MRR is
    checked, the revenue is not (``checked`` says so)."""
    data = {"track": "cloud", "year": 2025, "as_of": "2026-01-10", "mrr": "175.00"}
    facts = facts_from_json(read(data), date(2026, 1, 10))
    out = evaluation_to_json(evaluate(program, facts))
    assert out["revenue_sources"] == {
        "revenue": "2100.00",  # the facts' revenue as one amount when no sources are given
        "mrr": "0.00",
        "mrr_months": 12,
        "from_mrr": "0.00",
        "won_quotes": "0.00",
        "total": "2100.00",
        "checked": False,
    }
    assert out["eligible_tier"] is None  # one project is missing; the MRR is met
