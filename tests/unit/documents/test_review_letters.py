"""Status letters and the review summary read back; batch export with progress and cancel."""

from __future__ import annotations

import csv
import io
import threading
from datetime import date
from decimal import Decimal as D
from pathlib import Path

import pytest
from openpyxl import load_workbook

from nspdesk.documents.review_letter_pdf import (
    letter_file_name,
    review_letter_pdf,
    write_letters,
)
from nspdesk.documents.review_summary_pdf import review_summary_pdf
from nspdesk.domain.compliance import Backlink, PartnerFacts, evaluate
from nspdesk.domain.letterhead import Addressee, demo_sender
from nspdesk.domain.program import Program
from nspdesk.domain.review import (
    Recorded,
    ReviewLine,
    StatusLetter,
    accept,
    override,
    propose,
    status_letter,
    summarize,
)
from nspdesk.domain.year_figures import YearFigures
from nspdesk.store.review_export import export_review
from tests.unit.documents.pdfcheck import assert_fonts_embedded, page_texts, reader, text

AS_OF = date(2027, 1, 12)
ADDRESS = Addressee("Müller & Söhne <GmbH>", "Herr Jan Müller", "Ringstraße 7", "44135", "Dortmund")


def nbsp(value: str) -> str:
    return value.replace("\xa0", " ")


def line(
    program: Program,
    company: str,
    recorded: str | None,
    projects: int,
    revenue: str,
    technicians: int,
    track: str = "server",
    msp_level: str | None = None,
) -> ReviewLine:
    facts = PartnerFacts(
        track="server" if track == "msp" else track,
        year=2026,
        as_of=AS_OF,
        projects=projects,
        revenue=D(revenue) if track != "cloud" else D(0),
        mrr=D(revenue) if track == "cloud" else D(0),
        sales_training=True,
        tech_training=True,
        technicians_certified_on=(date(2026, 2, 1),) * technicians,
        backlink=Backlink.FOLLOW,
        service_agreement=True,
    )
    figures = YearFigures(
        projects_manual=projects - 1,
        projects_won=1,
        revenue_manual=D(revenue) if track != "cloud" else D(0),
        mrr_won=D(revenue) if track == "cloud" else D(0),
    )
    proposal = propose(
        Recorded(1, company, track, recorded, msp_level), evaluate(program, facts), figures
    )
    return ReviewLine(proposal, accept(proposal))


def letter(program: Program, review_line: ReviewLine, company: str = "") -> StatusLetter:
    address = Addressee(company or review_line.proposal.company, "Frau Dr. Eva Klein", "Weg 1")
    return status_letter(
        program, review_line, address, "K-10001", date(2027, 1, 1), date(2027, 1, 15), 2026
    )


def test_letter_announces_status_benefits_and_gaps(program: Program) -> None:
    up = line(program, ADDRESS.company, "authorized", 4, "27400.00", 1)
    pdf = review_letter_pdf([letter(program, up)], demo_sender())
    content = nbsp(text(pdf))
    assert "Müller & Söhne <GmbH>" in content  # escaped, printed literally
    assert "Ihr Partnerstatus 2027 im NoSpamProxy-Partnerprogramm" in content
    assert "Sehr geehrte Frau Dr. Klein," in content
    assert "Ab dem 01.01.2027 sind Sie Business Partner (bisher Authorized Partner)" in content
    assert "Realisierte Projekte 4 (gemeldet 3, aus angenommenen Angeboten 1)" in content
    assert "Umsatz im Jahr 27.400,00 €" in content
    assert "Ihre Leistungen als Business Partner" in content
    assert "25 %" in content and "50 Benutzer" in content and "1.000,00 € p. a." in content
    assert "Auf dem Weg zu Premium Partner" in content
    for gap in (
        "1 weiteres realisiertes Projekt",
        "22.600,00 € Umsatz",
        "1 weiterer zertifizierter",
    ):
        assert gap in content
    assert "Kundennummer K-10001" in content and "Status ab 01.01.2027" in content
    assert_fonts_embedded(pdf)
    assert reader(pdf).metadata.title == "Partnerstatus 2027 – Müller & Söhne <GmbH>"  # type: ignore[union-attr]
    pages = page_texts(pdf)
    assert f"Seite 1 von {len(pages)}" in pages[0]


def test_letters_for_each_movement(program: Program) -> None:
    cloud = line(program, "Wolke GmbH", None, 1, "310.00", 0, track="cloud")
    content = nbsp(text(review_letter_pdf([letter(program, cloud)], demo_sender())))
    assert (
        "Wir freuen uns, Ihnen mitzuteilen: Ab dem 01.01.2027 sind Sie Authorized Cloud Partner."
        in (content)
    )
    assert "Monatlich wiederkehrender Umsatz (MRR) 310,00 €" in content
    assert "Customer Success Management" in content
    gone = line(program, "Weg GmbH", "authorized", 0, "0", 0)
    content = nbsp(text(review_letter_pdf([letter(program, gone)], demo_sender())))
    assert "führen wir Sie daher ohne Partnerstufe (bisher Authorized Partner)" in content
    assert "Ihre Leistungen" not in content
    top = line(program, "Oben GmbH", "premium", 7, "64250.00", 2)
    content = nbsp(text(review_letter_pdf([letter(program, top)], demo_sender())))
    assert "Ihr Status Premium Partner gilt ab dem 01.01.2027 unverändert weiter." in content
    assert "höchste Stufe des Partnerprogramms" in content
    msp = line(program, "MSP GmbH", "msp", 3, "21000.00", 1, track="msp", msp_level="premium")
    content = nbsp(text(review_letter_pdf([letter(program, msp)], demo_sender())))
    assert (
        "als Managed Service Partner (Business Partner) (bisher Managed Service Partner (Premium"
        in (content)
    )
    kept = override(program, msp.proposal, "premium", None, "Mindestabnahme")
    content = nbsp(
        text(review_letter_pdf([letter(program, ReviewLine(msp.proposal, kept))], demo_sender()))
    )
    assert "Damit Sie Premium Partner bleiben" in content
    assert "2 weitere realisierte Projekte" in content


def test_combined_pdf_numbers_pages_per_letter(program: Program) -> None:
    letters = [
        letter(program, line(program, f"Partner {n} GmbH", "business", 3, "20000.00", 1))
        for n in range(1, 4)
    ]
    pdf = review_letter_pdf(letters, demo_sender())
    pages = page_texts(pdf)
    single = len(page_texts(review_letter_pdf(letters[:1], demo_sender())))
    assert len(pages) == 3 * single
    starts = [i for i, page in enumerate(pages) if "Ihr Partnerstatus 2027" in page]
    assert starts == [0, single, 2 * single]
    assert all(f"Seite 1 von {single}" in pages[i] for i in starts)
    assert "Partner 2 GmbH" in pages[single]
    assert_fonts_embedded(pdf)
    with pytest.raises(ValueError, match="no letters"):
        review_letter_pdf([], demo_sender())


def test_write_letters_with_progress_and_cancel(program: Program, tmp_path: Path) -> None:
    letters = [
        letter(program, line(program, name, "business", 3, "20000.00", 1))
        for name in ("Äpfel & Birnen GmbH", "Äpfel & Birnen GmbH", "Zeta AG")
    ]
    assert letter_file_name(letters[0]) == "K-10001-aepfel-birnen-gmbh.pdf"
    seen: list[tuple[int, int, str]] = []
    result = write_letters(
        letters, demo_sender(), tmp_path / "briefe", progress=lambda *a: seen.append(a)
    )
    assert [p.name for p in result.written] == [
        "K-10001-aepfel-birnen-gmbh.pdf",
        "K-10001-aepfel-birnen-gmbh-2.pdf",
        "K-10001-zeta-ag.pdf",
    ]
    assert seen == [(1, 3, "Äpfel & Birnen GmbH"), (2, 3, "Äpfel & Birnen GmbH"), (3, 3, "Zeta AG")]
    assert not result.cancelled
    assert not list((tmp_path / "briefe").glob(".*.tmp"))

    cancel = threading.Event()

    def stop_after_first(done: int, total: int, company: str) -> None:
        cancel.set()

    stopped = write_letters(
        letters, demo_sender(), tmp_path / "abbruch", progress=stop_after_first, cancel=cancel
    )
    assert stopped.cancelled and len(stopped.written) == 1
    combined = write_letters(
        letters,
        demo_sender(),
        tmp_path / "abbruch2",
        combined=True,
        progress=stop_after_first,
        cancel=threading.Event(),
    )
    assert [p.name for p in combined.written] == ["Partnerstatus-2027.pdf"]
    cancel_combined = threading.Event()
    none = write_letters(
        letters,
        demo_sender(),
        tmp_path / "kombi",
        combined=True,
        progress=lambda *a: cancel_combined.set() if a[0] == 3 else None,
        cancel=cancel_combined,
    )
    assert none.cancelled and none.written == []
    assert not list((tmp_path / "kombi").iterdir())


def test_summary_pdf_csv_and_xlsx(program: Program, tmp_path: Path) -> None:
    up = line(program, "Auf GmbH", "business", 6, "52000.00", 2)
    down = line(program, "=Ab GmbH", "premium", 4, "30000.00", 1)
    kept_down = line(program, "Kulanz AG", "premium", 4, "30000.00", 1)
    kept = ReviewLine(
        kept_down.proposal, override(program, kept_down.proposal, "premium", None, "Kulanz")
    )
    lines = [up, down, kept]
    summary = summarize(program, 2026, lines)
    pdf = review_summary_pdf(program, summary, lines, demo_sender(), AS_OF, "Entwurf")
    content = nbsp(text(pdf))
    assert "Jahresüberprüfung 2026" in content and "Stichtag 12.01.2027" in content
    assert "3 Partner überprüft – Aufstieg: 1, Abstieg: 1, unverändert: 1." in content
    assert "Premium Partner 2 2 82.000,00 €" in content  # before, after, revenue after
    assert (
        "Kulanz AG Premium Partner Premium Partner unverändert abweichend entschieden: Kulanz"
        in (content)
    )
    assert_fonts_embedded(pdf)

    numbers = {1: "K-1"}
    export_review(tmp_path / "r.csv", program, summary, lines, numbers)
    raw = (tmp_path / "r.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig")), delimiter=";"))
    assert rows[0][:4] == ["Kundennummer", "Partner", "Spur", "Stufe bisher"]
    assert rows[1][1] == "Auf GmbH" and rows[1][15] == "52000,00"
    assert rows[2][1] == "'=Ab GmbH"  # never a formula in Excel
    assert rows[3][6:10] == ["abweichend entschieden", "Premium Partner", "unverändert", "Kulanz"]

    export_review(tmp_path / "r.xlsx", program, summary, lines, numbers)
    book = load_workbook(tmp_path / "r.xlsx")
    assert book.sheetnames == ["Partner", "Stufen"]
    assert book["Partner"]["B3"].value == "=Ab GmbH" and book["Partner"]["B3"].data_type == "s"
    tiers = [[c.value for c in row] for row in book["Stufen"].iter_rows(min_row=2)]
    assert ["Premium Partner", 2, 2, D("82000"), D("0")] in [
        [r[0], r[1], r[2], D(str(r[3])), D(str(r[4]))] for r in tiers
    ]
    with pytest.raises(ValueError, match=r"csv oder \.xlsx"):
        export_review(tmp_path / "r.txt", program, summary, lines, numbers)
    assert not (tmp_path / "r.txt").exists()


def test_a_long_summary_repeats_its_header_atop_each_page_only(program: Program) -> None:
    lines = [
        line(program, f"Partner {n:03d} GmbH & Co. KG", "business", 6, "52000.00", 2)
        for n in range(150)
    ]
    summary = summarize(program, 2026, lines)
    pdf = review_summary_pdf(program, summary, lines, demo_sender(), AS_OF, "Entwurf")
    pages = page_texts(pdf)
    assert len(pages) >= 3
    header = "Partner bisher nachher Bewegung Entscheidung"
    line_pages = [page for page in pages if "Partner 149" in page or "Partner 000" in page]
    for page in pages[pages.index(line_pages[0]) :]:
        assert nbsp(page).replace("\n", " ").count(header) == 1, page[:300]
    everything = nbsp(" ".join(pages)).replace("\n", " ")
    # every partner moved up: once under "Bewegungen", once under "Alle Partner"
    assert all(everything.count(f"Partner {n:03d} GmbH & Co. KG") == 2 for n in range(150))
