"""The light line table: splitting per page, measuring once, text as given."""

from __future__ import annotations

import io
import re
from itertools import pairwise
from types import SimpleNamespace

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from reportlab.lib.pagesizes import A4
from reportlab.platypus import Flowable, SimpleDocTemplate

from nspdesk.documents import cells
from nspdesk.documents.cells import LEFT_PADDING, RIGHT_PADDING, GridFormat, GridTable, TextPart
from nspdesk.documents.fonts import BOLD, REGULAR, register_fonts
from nspdesk.documents.styles import GREY
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


WORDS = st.text(
    alphabet=st.sampled_from("aeimnrstuvwxyzMW€äöü ✓你\n\u200b"), min_size=0, max_size=40
)
CELL_TEXT = st.lists(WORDS, min_size=0, max_size=30).map(" ".join)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    rows=st.lists(st.tuples(CELL_TEXT, CELL_TEXT, CELL_TEXT), min_size=1, max_size=8),
    heights=st.lists(st.floats(min_value=60, max_value=400), min_size=1, max_size=5),
)
def test_any_texts_split_onto_pages_stay_in_their_cells(
    rows: list[tuple[str, str, str]], heights: list[float]
) -> None:
    """Whatever the texts and the space on each page: every part fits its page, no text leaves
    its cell, and every line of every row is drawn exactly once (the repeated position numbers of
    continued rows aside)."""
    grid = GridFormat(
        widths=(40.0, 200.0, 80.0),
        right_aligned=frozenset({2}),
        regular=REGULAR,
        bold=BOLD,
        size=8.5,
        leading=10.5,
        fill=1,
        repeat_first=True,
    )
    cells_of: list[list[cells.Cell]] = [[a, (TextPart(b, BOLD, 8.5, 10.5),), c] for a, b, c in rows]
    whole = GridTable(grid, HEADER, cells_of)
    edges = [0.0]
    for width in whole.widths:
        edges.append(edges[-1] + width)
    drawn: list[tuple[int, str]] = []
    rest: Flowable = whole
    fresh = False  # the table starts below something else, later parts at the top of a page
    for page in range(200):
        height = heights[page % len(heights)]
        _, needed = rest.wrap(sum(whole.widths), height)
        rest._frame = SimpleNamespace(_atTop=fresh)  # type: ignore[attr-defined]  # as a Frame does
        parts = [rest] if needed <= height else rest.split(sum(whole.widths), height)
        fresh = True
        if not parts:
            continue  # the next page
        first = parts[0]
        assert first.wrap(0, height)[1] <= height + 1e-6
        for piece in first._pieces():  # type: ignore[attr-defined]
            for text in piece.texts:
                right = text.x + cells._Widths()(text.text, text.font, text.size)
                assert edges[text.column] + LEFT_PADDING - 0.01 <= text.x
                assert right <= edges[text.column + 1] - RIGHT_PADDING + 0.01
                if text.color != GREY:
                    drawn.append((piece.row, text.text))
        if len(parts) == 1:
            break
        rest = parts[1]
    else:
        pytest.fail("never finished")
    expected = [(i, t.text) for i, texts in enumerate(whole._rows.texts) for t in texts]
    assert sorted(drawn) == sorted(expected)
