"""What a text becomes in print: invisible characters stripped, every other character drawn in the
first embedded font that has it, and a list of the characters no font here can draw.

- ``clean`` strips what prints as a bar or nothing: control characters (a tab becomes a space, line
  and paragraph separators a line break, line breaks stay), format characters (zero-width spaces
  and joiners, soft hyphens, direction marks, byte-order marks) and variation selectors. The text is
  NFC-normalised first, so ``e`` + combining acute prints as ``é``.
- ``runs`` cuts a text into pieces of one font: Liberation Sans where it has the glyph, else the
  fallbacks of ``fonts.FALLBACKS`` (DejaVu Sans, then Droid Sans Fallback for Chinese, Japanese,
  Korean).
- ``unprintable`` names the characters left over. These are characters no shipped font has (emoji,
  private-use characters, most scripts of India and South-East Asia) and every letter of a
  right-to-left or joining script (Hebrew, Arabic, Syriac, Thaana, N'Ko) and of the Indic,
  Tibetan, Myanmar and Khmer blocks: reportlab neither reorders right-to-left text nor shapes
  joined letters, so even with a font it would print Arabic as isolated letters in the wrong order.
  Such a text is refused honestly (the app asks, the CLI warns) instead of printed as nonsense.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache, lru_cache

from reportlab.pdfbase import pdfmetrics

from nspdesk.documents.fonts import (
    BOLD,
    BOLD_ITALIC,
    FALLBACKS,
    ITALIC,
    REGULAR,
    fallback_font,
    register_fonts,
)

_PRIMARY = frozenset({REGULAR, BOLD, ITALIC, BOLD_ITALIC})
_BOLD_FACES = frozenset({BOLD, BOLD_ITALIC})
# Right-to-left and joining scripts (Hebrew to N'Ko, Arabic extensions), the Indic scripts,
# Tibetan, Myanmar, Khmer, and the Hebrew and Arabic presentation forms.
_UNSHAPED = (
    (0x0590, 0x08FF),
    (0x0900, 0x0DFF),
    (0x0F00, 0x0FFF),
    (0x1000, 0x109F),
    (0x1780, 0x17FF),
    (0xFB1D, 0xFDFF),
    (0xFE70, 0xFEFF),
)


# Every character ``clean`` may drop or replace (a superset, checked first: most texts have none):
# C0 and C1 controls, the format characters of Unicode 15, separators, variation selectors,
# surrogates. The exact test is ``unicodedata.category`` below.
_MAYBE_DIRTY = re.compile(
    "[\x00-\x1f\x7f-\x9f\xad\u0600-\u0605\u061c\u06dd\u070f\u0890\u0891\u08e2\u180e"
    "\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufe00-\ufe0f\ufeff\ufff9-\ufffb\ud800-\udfff"
    "\U000110bd\U000110cd\U00013430-\U0001343f\U0001bca0-\U0001bca3\U0001d173-\U0001d17a"
    "\U000e0000-\U000e0fff]"
)


def clean(text: str) -> str:
    """``text`` without the characters that print as bars or nothing (see the module)."""
    if text.isascii():
        if text.isprintable() or _only_breaks(text):
            return text
    elif _MAYBE_DIRTY.search(text) is None and unicodedata.is_normalized("NFC", text):
        return text
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n"))
    out: list[str] = []
    for char in text:
        if char == "\n":
            out.append(char)
        elif char == "\t":
            out.append(" ")
        elif char == "\r":
            out.append("\n")
        else:
            category = unicodedata.category(char)
            if category in ("Zl", "Zp"):
                out.append("\n")
            elif category in ("Cc", "Cf", "Cs") or _variation_selector(ord(char)):
                continue
            else:
                out.append(char)
    return "".join(out)


def _only_breaks(text: str) -> bool:
    return text.replace("\n", "").isprintable()


def _variation_selector(code: int) -> bool:
    return 0xFE00 <= code <= 0xFE0F or 0xE0100 <= code <= 0xE01EF


@cache
def _coverage(font: str) -> frozenset[int]:
    if font in _PRIMARY:
        register_fonts()
        face = pdfmetrics.getFont(font).face  # type: ignore[attr-defined]
    else:
        face = fallback_font(font).face
    return frozenset(face.charToGlyph)


def _unshaped(code: int) -> bool:
    return any(first <= code <= last for first, last in _UNSHAPED)


@lru_cache(maxsize=8192)
def font_for(char: str, font: str = REGULAR) -> str | None:
    """The face that draws ``char`` for text in ``font`` (a Liberation face): ``font`` itself,
    else a fallback (its bold face for bold text); ``None`` when none can (see the module)."""
    code = ord(char)
    if char == "\n" or (code < 0x80 and char.isprintable()):
        return font
    if _unshaped(code) or unicodedata.category(char) in ("Cn", "Co", "Cc", "Cf", "Cs"):
        return None
    if code in _coverage(font):
        return font
    bold = font in _BOLD_FACES
    for regular, bold_face in FALLBACKS:
        for face in (bold_face, regular) if bold else (regular,):
            if code in _coverage(face):
                return face
    return None


def primary_only(text: str, font: str = REGULAR) -> bool:
    """Whether ``font`` itself draws every character of ``text``."""
    return text.isascii() or _own_characters(font).issuperset(text)


@cache
def _own_characters(font: str) -> frozenset[str]:
    """The characters ``font_for`` gives to ``font`` itself (a Liberation face)."""
    own = {chr(code) for code in _coverage(font) if font_for(chr(code), font) == font}
    return frozenset(own | {"\n"})


def runs(text: str, font: str) -> list[tuple[str, str]]:
    """``text`` as pieces of one face each (see ``font_for``); a character no face can draw stays
    in ``font`` (and prints as its empty box: ``unprintable`` warns of it before). Spaces stay in
    ``font``: a line is measured as its words and the spaces of ``font`` between them."""
    if font not in _PRIMARY or primary_only(text, font):
        return [(text, font)]
    pieces: list[tuple[str, str]] = []
    for char in text:
        face = font_for(char, font) or font
        if pieces and pieces[-1][1] == face:
            pieces[-1] = (pieces[-1][0] + char, face)
        else:
            pieces.append((char, face))
    return pieces


def unprintable(text: str) -> str:
    """The characters of ``text`` (after ``clean``) that no embedded font can draw, each once, in
    the order they first appear."""
    text = clean(text)
    if text.isascii():
        return ""
    found = dict.fromkeys(
        char for char in text if not char.isspace() and font_for(char, REGULAR) is None
    )
    return "".join(found)


def describe(characters: str) -> str:
    """The characters for a message: each with its code point, ``😀 (U+1F600)``."""
    return ", ".join(f"{char} (U+{ord(char):04X})" for char in characters)


@dataclass(frozen=True)
class Unprintable:
    """Characters of one field of a document that no embedded font can draw."""

    field: (
        str  # as the user knows it: "Position 2 (Beschreibung)" (a ``Text``: the UI translates it)
    )
    characters: str

    @property
    def characters_described(self) -> str:
        return describe(self.characters)

    def __str__(self) -> str:
        return f"{self.field}: {self.characters_described}"


def check(fields: Iterable[tuple[str, str]]) -> tuple[Unprintable, ...]:
    """The fields (name, text) holding characters no embedded font can draw, in their order."""
    found = []
    for name, text in fields:
        characters = unprintable(text)
        if characters:
            found.append(Unprintable(name, characters))
    return tuple(found)
