"""Page breaks (issue #16, 6): "Headings stay with what follows; no single bullet or table row
alone on a page (the Cloud-only overview, the MSP checklist)"."""

from __future__ import annotations

import io
from datetime import date

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.platypus import Flowable, SimpleDocTemplate, Spacer

from nspdesk.documents.blocks import bullets, data_table, heading
from nspdesk.documents.checklist_pdf import checklist_pdf
from nspdesk.documents.fonts import register_fonts
from nspdesk.documents.program_overview_pdf import program_overview_pdf
from nspdesk.domain.letterhead import Addressee, demo_sender
from nspdesk.domain.onboarding import checklist_for
from nspdesk.domain.program import Program
from tests.unit.documents.pdfcheck import page_texts

FRAME = A4[1] - 2 * 72 - 12  # SimpleDocTemplate: an inch of margin top and bottom, 6 pt padding


def laid_out(story: list[Flowable]) -> list[str]:
    out = io.BytesIO()
    SimpleDocTemplate(out, pagesize=A4, initialFontName=register_fonts()).build(story)
    return page_texts(out.getvalue())


@pytest.mark.parametrize("left", [30.0, 45.0, 60.0])
def test_a_bullet_list_never_leaves_one_item_alone(left: float) -> None:
    """With room for a heading and one or two items at the page end, the heading and the first
    two items go together; the last two items also stay together."""
    items = [f"Punkt {n}" for n in range(1, 6)]
    pages = laid_out([Spacer(1, FRAME - left), heading("Liste"), *bullets(items)])
    counts = [page.count("•") for page in pages]
    assert all(count != 1 for count in counts), counts
    assert sum(counts) == 5
    assert all(("Liste" in page) <= ("Punkt 1" in page and "Punkt 2" in page) for page in pages)


def keeps(flowable: Flowable) -> int:
    return int(getattr(flowable, "keepWithNext", 0))


def test_bullets_keep_first_and_last_pairs_together() -> None:
    assert [keeps(b) for b in bullets(["a", "b", "c", "d"])] == [1, 0, 1, 0]
    assert [keeps(b) for b in bullets(["a", "b"])] == [1, 0]
    assert [keeps(b) for b in bullets(["a"])] == [0]


@pytest.mark.parametrize("rows_left", [1, 2, 5, 6])
def test_a_table_never_leaves_one_row_alone(rows_left: int) -> None:
    rows = [[f"Zeile {n}", "x"] for n in range(1, 8)]
    table = data_table(["Schritt", "Status"], rows, (80.0, 40.0))
    table.wrap(400, FRAME)
    header_and_rows = sum(table._rowHeights[: rows_left + 1])  # type: ignore[attr-defined]
    pages = laid_out([Spacer(1, FRAME - header_and_rows - 1), table])
    counts = [page.count("Zeile") for page in pages]
    assert all(count != 1 for count in counts), counts
    assert sum(counts) == 7


def test_cloud_only_overview_and_msp_checklist(program: Program) -> None:
    """The two documents the issue saw: a last bullet alone on page 2 of the Cloud-only
    overview, a last row alone on page 2 of the MSP checklist."""
    overview = page_texts(
        program_overview_pdf(program, ["cloud"], demo_sender(), date(2026, 11, 25))
    )
    assert all(page.count("•") != 1 for page in overview), [p.count("•") for p in overview]
    checklist = checklist_for(program, program.tier("msp"))
    partner = Addressee("Sehr lange Partner GmbH", "Frau Test", "Teststraße 1", "12345", "Stadt")
    pages = page_texts(checklist_pdf(checklist, partner, demo_sender(), date(2026, 11, 25)))
    titles = [step.title for step in checklist.steps]
    for first, second in ((titles[0], titles[1]), (titles[-2], titles[-1])):
        assert any(first in page and second in page for page in pages), (first, second)


def test_a_row_taller_than_a_page_is_split_inside_rather_than_fail() -> None:
    """The last resort at the top of a page: two-row rule or not, everything prints."""
    rows = [["a", "Wort " * 3000], ["b", "x"], ["c", "y"]]
    pages = laid_out([Spacer(1, FRAME - 60), data_table(["A", "B"], rows, (30.0, 100.0))])
    assert len(pages) >= 4
    assert sum(page.count("Wort") for page in pages) == 3000
