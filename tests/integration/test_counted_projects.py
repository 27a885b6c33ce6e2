"""Won quotes as realised projects and revenue, in the store: the one-partner path, the bulk path of
the partner list, the annual review and ``nspdesk partners show`` agree (issue #15, items 2 and 3).

The brochure: "mindestens ein realisiertes Projekt in einem Kalenderjahr" and the revenue from
"NoSpamProxy Server: Neulizenzen, Wartung oder Dienstleistung oder NoSpamProxy Cloud: Neulizenzen,
die direkt oder über den Vertriebspartner bei der Net at Work GmbH beauftragt wurden".
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

from sqlalchemy.orm import Session

from nspdesk.commands.partners import partner_json
from nspdesk.domain.editions import ProgramLibrary
from nspdesk.domain.partner_input import YearInput
from nspdesk.domain.year_figures import CountedQuote
from nspdesk.services.partners import evaluate as evaluate_service
from nspdesk.services.workspace import Workspace
from nspdesk.store import quotes
from nspdesk.store.figures import (
    all_partner_facts,
    all_year_figures,
    counted_quotes,
    evaluate_partner,
    partner_facts,
    year_figures,
)
from nspdesk.store.opening import Store
from nspdesk.store.partner_records import set_year_figures
from nspdesk.store.reviews import proposal_of, run_review
from tests.integration import factories

QUOTED = date(2026, 5, 1)
AS_OF = date(2026, 12, 31)


def won(
    session: Session, library: ProgramLibrary, partner_id: int, day: int, *lines: quotes.LineInput
) -> str:
    """A quote with ``lines``, accepted on ``day`` June 2026; its number."""
    made = quotes.create_quote(session, library, factories.quote_input(partner_id, QUOTED, *lines))
    decided = datetime(2026, 6, day, 9, tzinfo=UTC)
    quotes.send(session, made.id, decided - timedelta(days=20))
    quotes.accept(session, made.id, decided)
    return made.number


def test_own_use_nfr_and_a_cloud_subscription_make_one_project(
    store: Store, library: ProgramLibrary
) -> None:
    """Before: three won quotes, three projects. Own-use (99 €) and the free NFR line are the
    partner's own purchases; one Cloud subscription bought for a customer is one project."""
    program = library.edition_for(AS_OF)
    with store.database.write() as session:
        partner = factories.partner(session, tier="business")
        own_use = quotes.LineInput("own-use-license", "Eigenbedarf 10", Decimal(1), Decimal(99))
        nfr = quotes.LineInput("other", "NFR-Lizenz 50 Benutzer", Decimal(1), Decimal(0))
        cloud = quotes.LineInput("cloud-service", "Cloud", Decimal(100), Decimal("2.50"))
        hsv = quotes.LineInput("hsv", "Hersteller-Supportvertrag", Decimal(1), Decimal(600))
        won(session, library, partner.id, 3, own_use)
        won(session, library, partner.id, 4, nfr)
        subscription = won(session, library, partner.id, 5, cloud)
        support = won(session, library, partner.id, 6, hsv, own_use)
        set_year_figures(
            session, partner.id, 2026, YearInput(projects=1, revenue=Decimal(1000), mrr=Decimal(50))
        )
        session.flush()

        counted = counted_quotes(session, program, partner.id, 2026)
        # 100 × 2,50 − 15 % Business = 212,50 a month, twelve times; the HSV has no tier discount
        assert counted == (
            CountedQuote(subscription, date(2026, 6, 5), Decimal("2550.00"), Decimal("212.50")),
            CountedQuote(support, date(2026, 6, 6), Decimal("600.00"), Decimal("0")),
        )
        figures = year_figures(session, program, partner.id, 2026)
        assert (figures.projects_manual, figures.projects_won) == (1, 2)
        assert figures.revenue_won == Decimal("3150.00")  # neither 99 € nor the NFR line
        assert figures.mrr_won == Decimal("212.50")
        # the hand-entered MRR counts twelve times, as the won monthly line does
        assert figures.revenue == Decimal(1000) + 12 * Decimal(50) + Decimal("3150.00")

        facts, alone = partner_facts(session, program, partner, 2026, AS_OF)
        assert (facts.projects, facts.revenue, facts.mrr) == (
            3,
            Decimal("4750.00"),
            Decimal("262.50"),
        )
        bulk_facts, bulk_figures, _ = all_partner_facts(session, program, 2026, AS_OF)[partner.id]
        assert (bulk_facts, bulk_figures) == (facts, alone)
        assert all_year_figures(session, program, 2026)[partner.id] == figures

        result = evaluate_partner(session, library, partner.id, 2026, AS_OF)
        assert result.counted == counted and result.figures == figures

        # the annual review reads the same figures, and keeps them
        review = run_review(session, library, 2026, AS_OF, [partner.id])
        stored = proposal_of(review.items[0]).figures
        assert (stored.projects, stored.revenue, stored.mrr) == (
            figures.projects,
            figures.revenue,
            figures.mrr,
        )

    shown = partner_json(evaluate_service(Workspace(store, library), partner.id, 2026, AS_OF))
    assert shown["counted_projects"] == [
        {"quote": subscription, "decided_on": "2026-06-05", "revenue": "2550.00", "mrr": "212.50"},
        {"quote": support, "decided_on": "2026-06-06", "revenue": "600.00", "mrr": "0.00"},
    ]
    assert shown["figures"]["revenue"] == {  # type: ignore[index]
        "manual": "1000.00",
        "won_quotes": "3150.00",
        "from_mrr": "600.00",
        "total": "4750.00",
    }
    sources = shown["evaluation"]["revenue_sources"]  # type: ignore[index]
    assert (sources["revenue"], sources["from_mrr"], sources["won_quotes"]) == (
        "1000.00",
        "600.00",
        "3150.00",
    )
    assert sources["total"] == "4750.00"
