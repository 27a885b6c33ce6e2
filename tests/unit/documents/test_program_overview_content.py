"""The Programmübersicht says all that the brochure says (issue 16, item 7), read back from the PDF.

Each statement the overview must make stands beside the brochure's sentence that backs it. The
program view shows the same sections (``nspdesk.domain.program_texts``): its test is in
``tests/gui/test_program_view.py``.
"""

from __future__ import annotations

import tomllib
from datetime import date

import pytest

from nspdesk.documents.program_overview_pdf import program_overview_pdf
from nspdesk.domain.letterhead import demo_sender
from nspdesk.domain.program import Program
from nspdesk.domain.program_file import parse_program
from tests.unit.documents.pdfcheck import page_texts, text

ON = date(2026, 12, 5)

# (part, what the overview prints, the brochure's sentence)
STATEMENTS = [
    (
        "server",
        "Managed Service Partner betreiben NoSpamProxy Server als mandantenfähiges System im "
        "eigenen Rechenzentrum oder bei einem Hoster ihrer Wahl und verkaufen E-Mail-Security-Dienste "
        "auf Basis von NoSpamProxy an ihre Kunden.",
        "Als Managed Service Partner betreiben Sie NoSpamProxy Server als mandantenfähiges System in "
        "Ihrem Rechenzentrum oder bei einem Hoster Ihrer Wahl und verkaufen E-Mail-Security-Dienste "
        "auf Basis von NoSpamProxy an Ihre Kunden.",
    ),
    (
        "server",
        "Die speziellen MSP-Lizenzen passen sie über den Vertriebspartner und dessen Bestellsystem "
        "monatlich an die Zahl der User an, die sie für ihren Dienst unter Vertrag haben.",
        "Dabei können Sie über den Vertriebspartner und dessen Bestellsystem spezielle MSP-Lizenzen "
        "für NoSpamProxy monatlich an die Anzahl User anpassen, die Sie für Ihren Dienst unter "
        "Vertrag haben.",
    ),
    (
        "server",
        "Den Status Managed Service Partner vergibt ausschließlich die Net at Work GmbH direkt "
        "(besondere Anforderungen und Mindestabnahmen). Rabatte und Leistungen entsprechen je nach "
        "Umsatz denen der Stufe Business Partner oder Premium Partner.",
        "Da für den Status Managed Service Partner besondere Anforderungen und Mindestabnahmen "
        "bestehen, erfolgt die Qualifizierung zum NoSpamProxy Managed Service Partner ausschließlich "
        "direkt durch die Net at Work GmbH. Umsatzabhängig stehen Ihnen die gleichen Leistungen wie "
        "unseren Business Partnern und Premium Partnern zu.",
    ),
    (
        "server",
        "Authorized Partner bestellen über die Vertriebspartner der Net at Work GmbH. Zum "
        "Authorized Partner qualifiziert ein Vertriebspartner oder die Net at Work GmbH.",
        "Authorized Partner wickeln Ihre Bestellungen über unsere Vertriebspartner ab. Die "
        "Qualifizierung zum Authorized Partner oder zum Authorized Cloud Partner kann sowohl durch "
        "unseren Vertriebspartner als auch durch die Net at Work GmbH erfolgen.",
    ),
    (
        "cloud",
        "Authorized Cloud Partner bestellen über die Vertriebspartner der Net at Work GmbH. Zum "
        "Authorized Cloud Partner qualifiziert ein Vertriebspartner oder die Net at Work GmbH.",
        "Die Qualifizierung zum Authorized Partner oder zum Authorized Cloud Partner kann sowohl "
        "durch unseren Vertriebspartner als auch durch die Net at Work GmbH erfolgen.",
    ),
    (
        "server",
        "Auf die Umsatzschwelle zählen NoSpamProxy Server (Neulizenzen, Wartung oder "
        "Dienstleistung) und Neulizenzen von NoSpamProxy Cloud, die direkt oder über den "
        "Vertriebspartner bei der Net at Work GmbH beauftragt wurden.",
        "Diese Schwelle muss folgendermaßen erreicht werden: NoSpamProxy Server: Neulizenzen, "
        "Wartung oder Dienstleistung oder NoSpamProxy Cloud: Neulizenzen, die direkt oder über den "
        "Vertriebspartner bei der Net at Work GmbH beauftragt wurden.",
    ),
    (
        "cloud",
        "Auf die MRR-Schwelle zählen nur NoSpamProxy Cloud Services, die direkt oder über den "
        "Vertriebspartner bei der Net at Work GmbH beauftragt wurden.",
        "Diese Schwelle muss mit NoSpamProxy Cloud Services erreicht werden, die direkt oder über "
        "den Vertriebspartner bei der Net at Work GmbH beauftragt wurden.",
    ),
    (
        "server",
        "Installation, Konfiguration und Betrieb sowie den First Level Support für den Endkunden "
        "erbringt der Partner; auf Wunsch erbringt die Net at Work GmbH diese Leistungen "
        "kostenpflichtig.",
        "Um die Kundenbindung zwischen Partner und Endkunde zu erhöhen, erbringt der Partner "
        "Leistungen zur Installation, Konfiguration und Betrieb sowie den First Level Support. Auf "
        "Wunsch können diese Leistungen auch kostenpflichtig durch die Net at Work GmbH erbracht "
        "werden.",
    ),
    (
        "server",
        "Die Net at Work GmbH erwartet, dass der Partner regelmäßig und aktiv ihre "
        "Schulungsangebote wahrnimmt, um das erforderliche technische Know-how vorzuhalten.",
        "Die Net at Work GmbH erwartet, dass der Partner regelmäßig und aktiv die durch diese "
        "angebotenen Schulungsangebote wahrnimmt, um das erforderliche technische Know-how "
        "vorzuhalten.",
    ),
    (
        "server",
        "Software-Fehler meldet der Partner der Net at Work GmbH, vorzugsweise per E-Mail.",
        "Software-Fehlermeldungen können vom Partner – vorzugsweise per E-Mail – an die Net at Work "
        "GmbH gemeldet werden.",
    ),
    (
        "server",
        "Authorized Partner, die nur weiterverkaufen, dürfen NoSpamProxy Server nur mit einem "
        "Hersteller-Supportvertrag (HSV) verkaufen.",
        "Authorized Partner, die sich auf den Vertrieb konzentrieren und nur als Reseller agieren "
        "möchten, … dürfen NoSpamProxy Server nur in Verbindung mit einem Hersteller-Supportvertrag "
        "verkaufen.",
    ),
    (
        "support",
        "Hilfreiche Informationen bietet die Knowledge Base unter Troubleshooting: "
        "www.nospamproxy.de/de/knowledge-base/",
        "Hilfreiche Informationen sind auch in unserer Knowledge Base unter Troubleshooting "
        "verfügbar. (https://www.nospamproxy.de/de/knowledge-base/)",
    ),
    (
        "support",
        "Zur Betriebsunterstützung gehören die Einrichtung nach Kundenwunsch, das Beseitigen von "
        "Fehlern durch unsachgemäße oder falsche Handhabung, die Einrichtung des Betriebssystems "
        "und die gegebenenfalls notwendige Anpassung von Drittsystemen; sie ist nicht Teil des "
        "Second Level Support.",
        "Der Second Level umfasst … jedoch nicht die Installation oder Betriebsunterstützung. Unter "
        "Betriebsunterstützung versteht sich hierbei die Einrichtung nach Kundenwunsch sowie das "
        "Beseitigen von Fehlern, die auf unsachgemäße oder falsche Handhabung zurückzuführen sind. "
        "Weiterhin versteht sich unter Betriebsunterstützung die Einrichtung des Betriebssystems "
        "und die gegebenenfalls notwendige Anpassung von Drittsystemen.",
    ),
    (
        "support",
        "Software-Fehler meldet der Partner der Net at Work GmbH, vorzugsweise per E-Mail.",
        "Software-Fehlermeldungen können vom Partner – vorzugsweise per E-Mail – an die Net at Work "
        "GmbH gemeldet werden.",
    ),
    (
        "cloud",
        "Das Customer Success Management der Net at Work GmbH unterstützt proaktiv und "
        "bedarfsorientiert bei individueller Zielerreichung, Kundenerfolg und "
        "Kundenzufriedenheit; ein regelmäßiger Austausch, in Absprache auch mit den Endkunden, ist "
        "erwünscht. Der Fokus liegt nicht auf vertrieblichen Zielen, sondern auf dem Auf- und "
        "Ausbau gemeinsamer, langfristiger Partnerschaften mit einer erfolgreichen und zufriedenen "
        "Kundenlandschaft.",
        "Als Business Partner Cloud erhalten Sie proaktive, bedarfsorientierte Unterstützung "
        "bezüglich individueller Zielerreichung, Kundenerfolg und Kundenzufriedenheit. Ein "
        "regelmäßiger Austausch, in Absprache auch mit Ihren Endkunden, ist erwünscht. Das Customer "
        "Success Management der Net at Work GmbH setzt seinen Fokus nicht auf vertriebliche Ziele. "
        "Ziel ist der Auf- und Ausbau gemeinsamer, langfristiger Partnerschaften basierend auf eine "
        "erfolgreiche und zufriedene Kundenlandschaft.",
    ),
]


@pytest.fixture(scope="module")
def parts(program: Program) -> dict[str, str]:
    return {
        part: text(program_overview_pdf(program, [part], demo_sender(), ON))
        for part in ("server", "cloud", "support")
    }


@pytest.mark.parametrize(
    ("part", "statement", "brochure"), STATEMENTS, ids=[f"{s[0]}-{s[1][:30]}" for s in STATEMENTS]
)
def test_the_overview_says_what_the_brochure_says(
    parts: dict[str, str], part: str, statement: str, brochure: str
) -> None:
    assert brochure  # the sentence that backs the statement, quoted for the reader
    assert statement in parts[part]


def test_each_text_stands_under_its_own_heading(parts: dict[str, str]) -> None:
    """The HSV sentence belongs to the end-customer support, not to the Managed Service Partner
    ("Endkunden-Support … Authorized Partner, die … nur als Reseller agieren möchten, dürfen
    NoSpamProxy Server nur in Verbindung mit einem Hersteller-Supportvertrag verkaufen.")."""
    server = parts["server"]
    support, msp = server.index("Endkunden-Support"), server.index("Managed Service Partner betr")
    hsv = server.index("Authorized Partner, die nur weiterverkaufen")
    assert support < hsv < msp
    counted = server.index("Auf die Umsatzschwelle zählen")
    assert server.index("Anforderungen je Kalenderjahr") < counted < server.index("Rabatte")
    # what is said of the Server track and the MSP is not said of the Cloud-only track
    cloud = parts["cloud"]
    assert "Endkunden-Support" not in cloud and "MSP-Lizenzen" not in cloud
    assert "Customer Success Management der Net at Work GmbH" not in server  # no CSM there


def test_an_edition_without_the_texts_prints_without_them(program_text: str) -> None:
    """Older rule files hold none of the new texts: the overview leaves those parts out."""
    data = tomllib.loads(program_text)
    for track in data["tracks"].values():
        track.pop("revenue_counts", None)
    for tier in data["tiers"].values():
        tier.pop("notes", None)
    for key in ("partner_duties", "training_expectation", "fault_reports"):
        del data["support"][key]
    for key in ("knowledge_base", "operations_support"):
        del data["support"][key]
    del data["explanations"]
    del data["vocabulary"]
    older = parse_program(data, "older.toml")
    pages = page_texts(
        program_overview_pdf(older, ["server", "cloud", "support"], demo_sender(), ON)
    )
    content = " ".join(pages)
    for heading in ("Hinweise zu den Stufen", "Knowledge Base", "Betriebsunterstützung Zur"):
        assert heading not in content
    assert "Customer Success Management Das" not in content
    # the Endkunden-Support keeps what older files already said; MSP keeps who grants it
    assert "Endkunden-Support NoSpamProxy-Server-Module werden immer" in content
    assert "Den Status Managed Service Partner vergibt ausschließlich" in content
