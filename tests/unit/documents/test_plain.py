"""Plain text flowables: lines broken as a Paragraph breaks them, odd text handed to a Paragraph."""

from __future__ import annotations

import io

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate

from nspdesk.documents.fonts import BOLD, REGULAR, register_fonts
from nspdesk.documents.plain import AmountRow, AmountTable, PlainParagraph, break_line
from nspdesk.documents.styles import styles
from tests.unit.documents.pdfcheck import page_texts


@pytest.fixture(autouse=True, scope="module")
def fonts() -> None:
    register_fonts()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("kurz", ["kurz"]),
        ("eins zwei drei vier fünf sechs sieben", ["eins zwei drei", "vier fünf sechs", "sieben"]),
        ("doppelte  Leerzeichen", None),  # a Paragraph collapses them
        (" vorne", None),
        ("Worthinüberlangeswortohnepause", None),  # a Paragraph splits the word itself
        (
            "eins\xa0zwei drei vier fünf sechs",
            None,
        ),  # simpleSplit would break at the no-break space
        ("1.234,50\xa0€", ["1.234,50\xa0€"]),  # kept as it fits
        ("", None),
    ],
)
def test_break_line(text: str, expected: list[str] | None) -> None:
    assert break_line(text, REGULAR, 10, 75) == expected


def test_plain_paragraph_lays_out_as_a_paragraph() -> None:
    body = styles().body
    lines = ["Sehr geehrte Damen und Herren,", "wie besprochen " * 12]
    plain = PlainParagraph(lines, body)
    paragraph = Paragraph("<br/>".join(lines), body)
    assert plain.wrap(300, 800) == paragraph.wrap(300, 800)
    assert plain.getSpaceAfter() == paragraph.getSpaceAfter() == body.spaceAfter
    halves = plain.split(300, 40)  # at a page break it is a Paragraph's split
    assert [type(h) for h in halves] == [Paragraph, Paragraph]


def test_plain_paragraph_hands_odd_text_to_a_paragraph() -> None:
    out = io.BytesIO()
    story: list[Flowable] = [
        PlainParagraph(["A & <B>", "zwei  Leerzeichen", ""], styles().body),
        PlainParagraph(["rechtsbündig"], styles().cell_right),
    ]
    SimpleDocTemplate(out, pagesize=A4, initialFontName=REGULAR).build(story)
    text = page_texts(out.getvalue())[0]
    assert "A & <B> zwei Leerzeichen" in text  # escaped, and the spaces collapsed as before
    assert "rechtsbündig" in text


def test_amount_table_fits_only_plain_text_within_its_columns() -> None:
    rows = [AmountRow(["Summe netto", "1.234,50\xa0€"], REGULAR)]
    assert AmountTable.fits(rows, [100, 60], 8.5, 3)
    assert not AmountTable.fits(rows, [100, 30], 8.5, 3)  # the amount would leave its column
    assert not AmountTable.fits([AmountRow(["Summe  netto", "1"], BOLD)], [100, 60], 8.5, 3)
