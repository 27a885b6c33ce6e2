"""Reading generated PDFs back: text per page (spaces normalised), fonts, metadata."""

from __future__ import annotations

import io
import re
from typing import Any

from pypdf import PdfReader


def reader(data: bytes) -> PdfReader:
    return PdfReader(io.BytesIO(data))


def normalise(text: str) -> str:
    """babel writes no-break spaces (``1.234,56\\xa0€``); pypdf may split lines anywhere."""
    return re.sub(r"\s+", " ", text.replace("\xa0", " ")).strip()


def page_texts(data: bytes) -> list[str]:
    return [normalise(page.extract_text()) for page in reader(data).pages]


def text(data: bytes) -> str:
    return " ".join(page_texts(data))


def fonts(data: bytes) -> dict[str, bool]:
    """Every font used on any page (also inside forms), and whether its program is embedded."""
    found: dict[str, bool] = {}

    def visit(resources: Any) -> None:
        if resources is None:
            return
        resources = resources.get_object()
        for reference in (resources.get("/Font") or {}).values():
            font = reference.get_object()
            descriptor = font.get("/FontDescriptor")
            embedded = False
            if descriptor is not None:
                descriptor = descriptor.get_object()
                embedded = any(k in descriptor for k in ("/FontFile", "/FontFile2", "/FontFile3"))
            found[str(font["/BaseFont"])] = embedded
        for xobject in (resources.get("/XObject") or {}).values():
            visit(xobject.get_object().get("/Resources"))

    for page in reader(data).pages:
        visit(page.get("/Resources"))
    return found


def assert_fonts_embedded(data: bytes, also: tuple[str, ...] = ()) -> None:
    """Every font embedded, all Liberation Sans but the fallbacks named in ``also`` (which must
    be used)."""
    used = fonts(data)
    assert used, "no fonts found"
    assert {name: ok for name, ok in used.items() if not ok} == {}
    assert all("LiberationSans" in name or any(f in name for f in also) for name in used), used
    for fallback in also:
        assert any(name.endswith("+" + fallback) for name in used), (fallback, used)


def placed(data: bytes, page: int = 0) -> list[tuple[float, float, str]]:
    """Each piece of text on ``page`` with its x and y (points from the bottom left; text inside a
    form, such as the header and footer, lands where the form is placed)."""
    found: list[tuple[float, float, str]] = []

    def visit(content: str, cm: list[float], tm: list[float], *_: object) -> None:
        if content.strip():
            found.append((tm[4] * cm[0] + cm[4], tm[5] * cm[3] + cm[5], content.strip()))

    reader(data).pages[page].extract_text(visitor_text=visit)
    return found


def body_above(data: bytes, page: int, marker: str) -> list[str]:
    """The body text (below the header of a following page, above the footer) that stands above
    the line starting with ``marker`` on ``page``."""
    from nspdesk.documents.din5008 import BODY_END, LATER_BODY_TOP, y_pt

    pieces = placed(data, page)
    y = max(y for _, y, content in pieces if content.startswith(marker))
    return [c for _, py, c in pieces if y < py < y_pt(LATER_BODY_TOP) and py > y_pt(BODY_END)]
