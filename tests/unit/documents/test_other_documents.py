"""Programmübersicht, Onboarding-Checkliste and Jahresbericht read back."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from nspdesk.documents.annual_review_pdf import annual_review_pdf
from nspdesk.documents.checklist_pdf import checklist_pdf
from nspdesk.documents.program_overview_pdf import program_overview_pdf
from nspdesk.domain.compliance import Backlink, PartnerFacts, evaluate
from nspdesk.domain.letterhead import Addressee, demo_sender
from nspdesk.domain.onboarding import StepId, StepProgress, StepStatus, checklist_for
from nspdesk.domain.program import Program
from tests.unit.documents.pdfcheck import assert_fonts_embedded, page_texts, reader, text

ON = date(2026, 11, 25)
PARTNER = Addressee("Müller & Söhne <GmbH>", "Herr Jan Müller", "Ringstraße 7", "44135", "Dortmund")


def test_program_overview_server(program: Program) -> None:
    pdf = program_overview_pdf(program, ["server"], demo_sender(), ON)
    content = text(pdf)
    for name in ("Authorized Partner", "Business Partner", "Premium Partner"):
        assert name in content
    assert "Cloud Partner" not in content
    for value in ("2.000,00 € p. a.", "20.000,00 € p. a.", "50.000,00 € p. a.", "mind. 2"):
        assert value in content
    assert "20 % 25 % 30 %" in content  # Server new licences
    assert "25 Benutzer 50 Benutzer 75 Benutzer" in content
    assert "1.000,00 € p. a." in content
    assert "Managed Service Partner" in content
    assert "Eigenbedarfs-Lizenzen pro Jahr: 10 Benutzer 99,00 €" in content
    assert "gültig ab 01.01.2024" in content
    assert_fonts_embedded(pdf)
    assert reader(pdf).metadata.title == "Programmübersicht NoSpamProxy-Partnerprogramm 2024"  # type: ignore[union-attr]


def test_program_overview_cloud(program: Program) -> None:
    content = text(program_overview_pdf(program, ["cloud"], demo_sender(), ON))
    for name in ("Authorized Cloud Partner", "Business Cloud Partner", "Premium Cloud Partner"):
        assert name in content
    assert "175,00 € pro Monat" in content
    assert "ausschließlich NoSpamProxy Cloud" in content
    assert "je 1 als Video" in content
    assert "Neulizenzen" not in content  # no Server discounts for cloud-only tiers


def test_program_overview_support(program: Program) -> None:
    content = text(program_overview_pdf(program, ["support"], demo_sender(), ON))
    assert "Mo–Fr 09:00–17:00 Uhr, außer an den gesetzlichen Feiertagen in Nordrhein-Westfalen" in (
        content
    )
    for contract in (
        "HSV – Hersteller-Supportvertrag",
        "SV – Servicevereinbarung",
        "PV – Partnervereinbarung",
    ):
        assert contract in content
    assert "5 kostenlose Second-Level-Support-Calls pro Jahr" in content


def test_program_overview_all_parts_start_pages(program: Program) -> None:
    pages = page_texts(
        program_overview_pdf(program, ["server", "cloud", "support"], demo_sender(), ON)
    )
    starts = [i for i, page in enumerate(pages) if "Programmübersicht: " in page]
    assert len(starts) == 3
    total = len(pages)
    assert all(f"Seite {i} von {total}" in page for i, page in enumerate(pages, start=1))


def test_checklist(program: Program) -> None:
    checklist = checklist_for(program, program.tier("premium")).with_progress(
        {StepId.PARTNER_AGREEMENT: StepProgress(StepStatus.DONE, date(2026, 2, 3), "Erika & Max")}
    )
    pdf = checklist_pdf(checklist, PARTNER, demo_sender(), ON)
    content = text(pdf)
    assert "Onboarding-Checkliste Premium Partner" in content
    assert "Müller & Söhne <GmbH>" in content
    for step in checklist.steps:
        assert step.title in content
    assert "erledigt 03.02.2026 Erika & Max" in content
    assert "2 Techniker" in content
    assert "75 Benutzer" in content
    assert "1 von 10 erforderlichen Schritten erledigt." in content
    assert_fonts_embedded(pdf)


def test_checklist_form_without_partner(program: Program) -> None:
    checklist = checklist_for(program, program.tier("authorized"))
    content = text(checklist_pdf(checklist, None, demo_sender(), ON))
    assert "entfällt" in content  # certification
    assert "(empfohlen)" in content  # backlink of the entry tier


def facts(**kw: object) -> PartnerFacts:
    values: dict[str, object] = {
        "track": "server",
        "year": 2025,
        "as_of": date(2026, 1, 10),
        "projects": 3,
        "revenue": Decimal("21000.00"),
        "sales_training": True,
        "tech_training": True,
        "technicians_certified_on": (date(2024, 3, 1), date(2022, 2, 1)),
        "backlink": Backlink.FOLLOW,
        "service_agreement": True,
    }
    values.update(kw)
    return PartnerFacts(**values)  # type: ignore[arg-type]


def test_annual_review(program: Program) -> None:
    evaluation = evaluate(program, facts())
    pdf = annual_review_pdf(evaluation, PARTNER, demo_sender())
    content = text(pdf)
    assert "Partner-Jahresbericht 2025" in content
    assert "Müller & Söhne <GmbH>" in content
    assert "Business Partner (erreicht)" in content
    assert "Premium Partner (nächste Stufe)" in content
    assert "21.000,00 €" in content
    assert "50.000,00 € p. a." in content
    assert "29.000,00 € Umsatz" in content  # what is missing, in numbers
    assert "2 weitere realisierte Projekte" in content
    assert "01.03.2026" in content  # expiry of the counting certification
    assert "läuft in 50 Tagen ab" in content
    assert "abgelaufen" in content
    assert_fonts_embedded(pdf)  # the chart too


def test_annual_review_cloud_without_tier(program: Program) -> None:
    evaluation = evaluate(
        program,
        facts(
            track="cloud",
            projects=0,
            revenue=Decimal(0),
            mrr=Decimal("100"),
            technicians_certified_on=(),
        ),
    )
    content = text(annual_review_pdf(evaluation, None, demo_sender()))
    assert "noch keiner Stufe" in content
    assert "Authorized Cloud Partner (nächste Stufe)" in content
    assert "MRR pro Monat" in content
    assert "75,00 € monatlich wiederkehrender Umsatz (MRR)" in content


def test_annual_review_wording_without_a_partner(program: Program) -> None:
    """Without a partner the report speaks of the figures, never of "Partner" as if a name:
    no "erfüllt Partner die Anforderungen", no "– Partner" in the header."""
    content = text(annual_review_pdf(evaluate(program, facts()), None, demo_sender()))
    assert (
        "Die Zahlen des Jahres 2025 erfüllen die Anforderungen der Stufe Business Partner. "
        "Nächstes Ziel ist die Stufe Premium Partner."
    ) in content
    assert "Bis zur Stufe Premium Partner fehlen noch:" in content
    assert "erfüllt Partner" not in content and "– Partner" not in content
    nothing = evaluate(program, facts(projects=0, revenue=Decimal(0)))
    assert "Die Zahlen des Jahres 2025 erfüllen die Anforderungen noch keiner Stufe." in text(
        annual_review_pdf(nothing, None, demo_sender())
    )


def test_annual_review_wording_to_a_partner_short_of_its_tier(program: Program) -> None:
    """A letter to the partner says "Sie"; a tier the figures fall short of is the partner's
    "bisherige Stufe", and what it lacks is what it takes to keep it (no "ist damit nicht
    gedeckt", no "erfasste und nächste Stufe")."""
    short = evaluate(program, facts(tier="business", projects=2, revenue=Decimal("15000")))
    content = text(annual_review_pdf(short, PARTNER, demo_sender()))
    assert (
        "Mit Ihren Zahlen des Jahres 2025 erfüllen Sie die Anforderungen der Stufe Authorized "
        "Partner. Für Ihre bisherige Stufe Business Partner reicht das nicht aus."
    ) in content
    assert "Nächstes Ziel" not in content  # the next tier is the one it holds
    assert "Business Partner (bisherige Stufe)" in content
    assert "Bisherige Stufe Business Partner" in content  # the information block
    assert "Um die Stufe Business Partner zu halten, fehlen noch: • 1 weiteres realisiertes" in (
        content
    )
    for awkward in ("nicht gedeckt", "erfasste", "Erfasste"):
        assert awkward not in content
    # a tier two steps above the figures: what keeps it, then what the next tier needs
    far = evaluate(program, facts(tier="premium", projects=2, revenue=Decimal("15000")))
    content = text(annual_review_pdf(far, PARTNER, demo_sender()))
    assert "Für Ihre bisherige Stufe Premium Partner reicht das nicht aus." in content
    assert "Nächstes Ziel ist die Stufe Business Partner." in content
    assert "Um die Stufe Premium Partner zu halten, fehlen noch:" in content
    assert "Bis zur Stufe Business Partner fehlen noch:" in content
    # the tier held: confirmed, in the partner's words
    held = evaluate(program, facts(tier="business"))
    assert "Ihre bisherige Stufe Business Partner ist damit bestätigt." in text(
        annual_review_pdf(held, PARTNER, demo_sender())
    )
    two = (date(2024, 3, 1), date(2025, 2, 1))
    top = evaluate(
        program,
        facts(projects=6, revenue=Decimal("60000"), tier="premium", technicians_certified_on=two),
    )
    top_text = text(annual_review_pdf(top, None, demo_sender()))
    assert "Die bisherige Stufe Premium Partner ist damit bestätigt." in top_text
    assert "Das ist die höchste Stufe des Partnerprogramms." in top_text


def test_annual_review_expiry_on_its_last_days(program: Program) -> None:
    """A certification valid through a day is valid on it: "läuft heute ab", "läuft morgen ab"."""
    today = evaluate(program, facts(technicians_certified_on=(date(2024, 1, 10),)))
    assert "läuft heute ab" in text(annual_review_pdf(today, None, demo_sender()))
    tomorrow = evaluate(program, facts(technicians_certified_on=(date(2024, 1, 11),)))
    assert "läuft morgen ab" in text(annual_review_pdf(tomorrow, None, demo_sender()))
