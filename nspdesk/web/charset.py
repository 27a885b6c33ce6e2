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
    """The decoded text and the name of the encoding used."""
    for bom, name in _BOMS:
        if body.startswith(bom):
            return body[len(bom) :].decode(name, "replace"), name
    for label in (header_charset, meta_charset(body)):
        encoding = _encoding(label)
        if encoding is None:
            continue
        try:
            return body.decode(encoding, "replace"), encoding
        except LookupError:  # a codec that is not a text encoding, e.g. "base64"
            continue
    try:
        return body.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        return body.decode("cp1252", "replace"), "windows-1252"


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
