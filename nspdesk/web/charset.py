"""The text of an HTML body: byte order mark, then the HTTP header, then ``<meta>``, then a fallback.

The order follows the WHATWG encoding sniffing algorithm in its simple form. Bytes that do not fit the
chosen encoding become U+FFFD (``errors="replace"``): a page with a few broken bytes is still parsed.
"""

from __future__ import annotations

import codecs
import re

_BOMS = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# Browsers read these labels as windows-1252 (WHATWG Encoding Standard), a superset for 0x80–0x9f.
_AS_WINDOWS_1252 = {"iso-8859-1", "iso8859-1", "latin-1", "latin1", "l1", "us-ascii", "ascii"}
_META_CHARSET = re.compile(
    rb"""<meta[^>]*?charset\s*=\s*["']?\s*([a-z0-9._:-]+)""", re.IGNORECASE | re.DOTALL
)
_SNIFF_BYTES = 4096


def meta_charset(body: bytes) -> str | None:
    """The charset a ``<meta>`` in the first 4 KiB declares, if any."""
    match = _META_CHARSET.search(body[:_SNIFF_BYTES])
    return match.group(1).decode("ascii") if match else None


def decode_html(body: bytes, header_charset: str | None) -> tuple[str, str]:
    """The decoded text and the name of the encoding used.

    A declared charset is used only when the page reads as markup in it: a ``charset=utf-16`` on a
    page that is really UTF-8 (no NUL bytes, as UTF-16 markup has) or any label under which the
    page's ``<`` vanish is passed over, as is a label Python cannot decode with; the page is then
    read as the next source (the ``<meta>``, then the fallback) says, and so a browser shows it. A
    ``<meta>`` that names UTF-16 means UTF-8 (WHATWG: it could be read as ASCII, so it is none).
    """
    for bom, name in _BOMS:
        if body.startswith(bom):
            return body[len(bom) :].decode(name, "replace"), name
    head = body[:_SNIFF_BYTES]
    for label, from_meta in ((header_charset, False), (meta_charset(body), True)):
        encoding = _encoding(label)
        if encoding is not None and encoding.startswith("utf-16"):
            encoding = "utf-8" if from_meta else _utf16_order(head)
        if encoding is None:
            continue
        try:
            if b"<" in head and "<" not in head.decode(encoding, "replace"):
                continue  # no markup at all in this encoding: the label is wrong
            return body.decode(encoding, "replace"), encoding
        except (LookupError, UnicodeError):  # not a text encoding ("base64"), or one that
            continue  # cannot replace ("idna", "undefined")
    try:
        return body.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        return body.decode("cp1252", "replace"), "windows-1252"


def _utf16_order(head: bytes) -> str | None:
    """The byte order of UTF-16 markup, told by its NUL bytes; None when there are too few.

    HTML in UTF-16 is mostly ASCII characters, each with a NUL byte (the second in little endian);
    UTF-8 text has no NUL bytes at all. WHATWG reads the bare label "utf-16" as little endian.
    """
    units = len(head) // 2
    little, big = head[1::2].count(0), head[0::2].count(0)
    if max(little, big) * 8 < units or units == 0:
        return None
    return "utf-16-le" if little >= big else "utf-16-be"


def _encoding(label: str | None) -> str | None:
    if not label:
        return None
    name = label.strip().strip("\"'").lower()
    if name in _AS_WINDOWS_1252:
        return "cp1252"
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None
