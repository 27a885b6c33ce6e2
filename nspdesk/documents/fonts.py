"""The embedded fonts: Liberation Sans for all text, two fallbacks for what it cannot draw.

reportlab's standard fonts are not embedded and lack €-safe metrics in some viewers; every text in
every document uses Liberation Sans (SIL OFL; ``resources/fonts/LICENSE``), registered once per
process. A character it has no glyph for is drawn in a fallback (see ``nspdesk.documents.glyphs``):
DejaVu Sans (symbols such as ✓ → ★, more Latin, Greek and Cyrillic letters, Armenian, Georgian;
Bitstream Vera licence, ``LICENSE-DejaVu``), then Droid Sans Fallback (Chinese, Japanese, Korean;
Apache 2.0, ``LICENSE-DroidSansFallback``). The fallbacks are registered only when a text needs
them (Droid's 3.4 MB take 0.3 s to read) and, as every TrueType font in reportlab, only the glyphs
used are embedded.
"""

from __future__ import annotations

from functools import cache

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from nspdesk.resources import resource_path

REGULAR = "LiberationSans"
BOLD = "LiberationSans-Bold"
ITALIC = "LiberationSans-Italic"
BOLD_ITALIC = "LiberationSans-BoldItalic"

SYMBOLS = "DejaVuSans"
SYMBOLS_BOLD = "DejaVuSans-Bold"
CJK = "DroidSansFallback"

_FILES = {
    REGULAR: "LiberationSans-Regular.ttf",
    BOLD: "LiberationSans-Bold.ttf",
    ITALIC: "LiberationSans-Italic.ttf",
    BOLD_ITALIC: "LiberationSans-BoldItalic.ttf",
}
_FALLBACK_FILES = {
    SYMBOLS: "DejaVuSans.ttf",
    SYMBOLS_BOLD: "DejaVuSans-Bold.ttf",
    CJK: "DroidSansFallback.ttf",
}
# The fallbacks in the order they are asked, each with its face for bold text.
FALLBACKS = ((SYMBOLS, SYMBOLS_BOLD), (CJK, CJK))


@cache
def register_fonts() -> str:
    """Register the family (``<b>``/``<i>`` in paragraphs map to its faces); returns its name."""
    for name, filename in _FILES.items():
        pdfmetrics.registerFont(TTFont(name, str(resource_path("fonts", filename))))
    addMapping(REGULAR, 0, 0, REGULAR)
    addMapping(REGULAR, 1, 0, BOLD)
    addMapping(REGULAR, 0, 1, ITALIC)
    addMapping(REGULAR, 1, 1, BOLD_ITALIC)
    pdfmetrics.registerFontFamily(
        REGULAR, normal=REGULAR, bold=BOLD, italic=ITALIC, boldItalic=BOLD_ITALIC
    )
    return REGULAR


@cache
def _load(name: str) -> TTFont:
    font = TTFont(name, str(resource_path("fonts", _FALLBACK_FILES[name])))
    pdfmetrics.registerFont(font)
    return font


@cache
def fallback_font(name: str) -> TTFont:
    """The fallback face ``name`` (one of ``_FALLBACK_FILES``), registered on first use with its
    family: ``<font face="DejaVuSans">`` inside ``<b>`` in a paragraph takes the bold face."""
    for regular, bold in FALLBACKS:
        if name in (regular, bold):
            _load(regular)
            _load(bold)
            for italic in (0, 1):
                addMapping(regular, 0, italic, regular)
                addMapping(regular, 1, italic, bold)
    return _load(name)
