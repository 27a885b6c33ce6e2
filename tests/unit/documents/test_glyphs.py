"""Characters in print (issue #16, 3): invisible ones stripped, the rest in a font that draws them,
and the characters no embedded font can draw named before printing."""

from __future__ import annotations

import pytest

from nspdesk.documents import glyphs
from nspdesk.documents.fonts import BOLD, CJK, REGULAR, SYMBOLS, SYMBOLS_BOLD
from nspdesk.documents.glyphs import Unprintable, check, clean, font_for, runs, unprintable
from nspdesk.documents.text import esc, lines, plain
from nspdesk.domain import print_fields


@pytest.mark.parametrize(
    ("typed", "printed"),
    [
        ("Müller & Söhne", "Müller & Söhne"),  # nothing to do
        ("Zero\u200bwidth", "Zerowidth"),
        ("soft\xadhyphen", "softhyphen"),
        ("bell\x07and\x1bescape", "bellandescape"),
        ("\ufeffBOM", "BOM"),
        ("rechts\u200fmarke", "rechtsmarke"),
        ("Tab\tStopp", "Tab Stopp"),
        ("Zeile\r\nZeile\rZeile\u2028Zeile", "Zeile\nZeile\nZeile\nZeile"),
        ("e\u0301", "é"),  # NFC: one glyph
        ("Herz\u2764\ufe0f", "Herz\u2764"),  # the emoji-style variation selector
        ("mit\xa0Leerzeichen", "mit\xa0Leerzeichen"),  # no-break space stays
    ],
)
def test_clean_strips_what_prints_as_bars_or_nothing(typed: str, printed: str) -> None:
    assert clean(typed) == printed


def test_each_character_goes_to_the_first_font_that_has_it() -> None:
    assert font_for("ü") == REGULAR and font_for("€", BOLD) == BOLD
    assert font_for("✓") == SYMBOLS and font_for("✓", BOLD) == SYMBOLS_BOLD
    assert font_for("你") == CJK and font_for("한") == CJK and font_for("カ") == CJK
    # No font here: emoji without a black-and-white glyph, Thai, private use, unassigned.
    assert font_for("🦄") is None
    assert font_for("ก") is None
    assert font_for("\ue000") is None
    assert font_for("\U000e0fff") is None
    # Right-to-left and joining scripts are refused though a font has their letters: reportlab
    # would print them unjoined, left to right.
    assert font_for("א") is None  # Liberation Sans has Hebrew
    assert font_for("م") is None


def test_runs_cut_a_text_by_font() -> None:
    assert runs("Preis 5 €", REGULAR) == [("Preis 5 €", REGULAR)]
    assert runs("ok ✓ 你好 fertig", BOLD) == [
        ("ok ", BOLD),
        ("✓", SYMBOLS_BOLD),
        (" ", BOLD),
        ("你好", CJK),
        (" fertig", BOLD),
    ]
    # A character no font can draw stays in the text's font (its box; the warning came first).
    assert runs("a🦄b", REGULAR) == [("a🦄b", REGULAR)]


def test_unprintable_names_each_character_once_in_order() -> None:
    assert unprintable("Müller ✓ 你好") == ""
    assert unprintable("🦄 und مرحبا und 🦄\u200b") == "🦄مرحبا"
    found = check([("Betreff", "Hallo 🦄"), ("Einleitung", "gut"), ("Schluss", "ก")])
    assert found == (Unprintable("Betreff", "🦄"), Unprintable("Schluss", "ก"))
    assert str(found[0]) == "Betreff: 🦄 (U+1F984)"
    assert glyphs.describe("🦄한") == "🦄 (U+1F984), 한 (U+D55C)"


def test_field_names_are_translatable_texts() -> None:
    name = print_fields.LINE_DESCRIPTION.format(position=3)
    assert name == "Position 3 (Beschreibung)"
    assert name.context == print_fields.CONTEXT


def test_escaped_text_is_cleaned_and_names_its_fallback_fonts() -> None:
    assert esc("A & <B>\u200b") == "A &amp; &lt;B&gt;"
    assert (
        esc("Haken ✓ 你")
        == 'Haken <font face="DejaVuSans">✓</font> <font face="DroidSansFallback">你</font>'
    )
    # Bold text names the bold fallback: a paragraph's <font face> resets bold.
    assert esc("Haken ✓", BOLD) == 'Haken <font face="DejaVuSans-Bold">✓</font>'
    assert lines("eins\u2028zwei") == "eins<br/>zwei"
    # The fast plain-text paths take only what the family draws as typed.
    assert plain("Müller & Söhne")
    assert not plain("Haken ✓")
    assert not plain("Zero\u200bwidth")


def test_the_quick_check_misses_nothing_clean_strips() -> None:
    """``clean`` returns most texts untouched after one regular-expression search: that search
    must find every character the exact test (its Unicode category) would strip or replace."""
    import unicodedata

    stripped = [
        code
        for code in range(0x110000)
        if unicodedata.category(chr(code)) in ("Cc", "Cf", "Cs", "Zl", "Zp")
        or glyphs._variation_selector(code)
    ]
    assert len(stripped) > 2000
    assert [hex(c) for c in stripped if glyphs._MAYBE_DIRTY.match(chr(c)) is None] == []
