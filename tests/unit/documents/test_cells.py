"""The light line table: splitting per page, measuring once, text as given."""

from __future__ import annotations

import io
import re
from itertools import pairwise

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.platypus import Flowable, SimpleDocTemplate

from nspdesk.documents import cells
from nspdesk.documents.cells import GridFormat, GridTable, TextPart
from nspdesk.documents.fonts import BOLD, REGULAR, register_fonts
from tests.unit.documents.pdfcheck import page_texts

FORMAT = GridFormat(
    widths=(40.0, 200.0, 80.0),
    right_aligned=frozenset({2}),
    regular=REGULAR,
    bold=BOLD,
    size=8.5,
    leading=10.5,
)
HEADER = ("Pos.", "Artikel", "Gesamt")


@pytest.fixture(autouse=True, scope="module")
def fonts() -> None:
    register_fonts()


def table(rows: int) -> GridTable:
    """Rows of one, two or three lines (the article wraps or a second part is added)."""
    return GridTable(
        FORMAT,
        HEADER,
        [
            [
                str(i + 1),
                (
                    TextPart(f"Artikel {i + 1:03d}" + " mit Text" * (i % 3 * 4), BOLD, 8.5, 10.5),
                    TextPart("Kategorie" if i % 2 else "", REGULAR, 7.5, 9.5),
                ),
                f"{i},00 €\n+ 5 %" if i % 5 == 0 else f"{i},00 €",
            ]
            for i in range(rows)
        ],
    )


def parts_of(flowable: GridTable, height: float) -> list[Flowable]:
    """Split as a frame of ``height`` would, page after page."""
    parts: list[Flowable] = []
    rest: Flowable = flowable
    while True:
        _, needed = rest.wrap(sum(FORMAT.widths), height)
        if needed <= height:
            return [*parts, rest]
        first, rest = rest.split(sum(FORMAT.widths), height)
        assert first.wrap(0, height)[1] <= height
        parts.append(first)


def test_split_keeps_every_row_once_in_order_and_fills_each_page() -> None:
    whole = table(200)
    height = 300.0
    parts = parts_of(whole, height)
    assert len(parts) > 5
    spans = [(part._start, part._stop) for part in parts]  # type: ignore[attr-defined]
    assert spans[0][0] == 0 and spans[-1][1] == 200
    assert all(a[1] == b[0] for a, b in pairwise(spans))
    for part, (_, stop) in zip(parts[:-1], spans, strict=False):
        # The next row would not have fitted: the page is full.
        assert part._height(stop + 1) > height  # type: ignore[attr-defined]
    header = whole._rows.header_height
    assert sum(p.wrap(0, height)[1] - header for p in parts) == pytest.approx(
        whole.wrap(0, 1e9)[1] - header
    )


def test_split_gives_nothing_when_not_one_row_fits_below_the_header() -> None:
    whole = table(3)
    header_and_first_row = whole._rows.header_height + whole._rows.heights[0]
    assert whole.split(sum(FORMAT.widths), header_and_first_row - 0.1) == []


def test_no_row_stands_alone_on_a_page() -> None:
    """Issue #16, 6: "no single bullet or table row alone on a page"."""
    whole = table(5)
    rows = whole._rows
    room = [rows.header_height + rows.tops[n] + 0.1 for n in range(6)]
    width = sum(FORMAT.widths)
    # Room for one row: the first row waits for the next page with the others.
    assert whole.split(width, room[1]) == []
    # Room for two: two here, three there.
    first, rest = whole.split(width, room[2])
    assert (first._stop, rest._start) == (2, 2)  # type: ignore[attr-defined]
    # Room for four: the last row takes the fourth along.
    first, rest = whole.split(width, room[4])
    assert (first._stop, rest._start, rest._stop) == (3, 3, 5)  # type: ignore[attr-defined]
    # A table of three with room for two waits as a whole.
    assert table(3).split(width, room[2]) == []


def test_rows_are_measured_once_however_many_pages(monkeypatch: pytest.MonkeyPatch) -> None:
    calls = 0
    measure = cells._measure

    def counting(*args: object) -> object:
        nonlocal calls
        calls += 1
        return measure(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(cells, "_measure", counting)
    out = io.BytesIO()
    SimpleDocTemplate(out, pagesize=A4, initialFontName=REGULAR).build([table(600)])
    texts = page_texts(out.getvalue())
    assert len(texts) > 10
    assert calls == 600 + 1  # the rows and the header, not again for each page's rest
    for text in texts:  # the header atop every page, once
        assert text.startswith("Pos. Artikel Gesamt")
        assert text.count("Pos. Artikel Gesamt") == 1
    numbers = [int(n) for t in texts for n in re.findall(r"Artikel (\d{3})", t)]
    assert numbers == list(range(1, 601))


def test_cells_print_as_typed() -> None:
    out = io.BytesIO()
    nasty = GridTable(FORMAT, HEADER, [["1", (TextPart("<b>A & B</b>", BOLD, 8.5, 10.5),), "x"]])
    SimpleDocTemplate(out, pagesize=A4, initialFontName=REGULAR).build([nasty])
    assert "<b>A & B</b>" in page_texts(out.getvalue())[0]
