"""Compile a Qt Linguist catalog (``.ts``) to the binary ``.qm`` that ``QTranslator`` loads.

Pure Python, standard library only, so that every build of nspdesk can compile its catalogs: the
wheel's build hook (``packaging/hatch_build.py``) runs in an isolated build environment without
PySide6, and ``pip install .`` from a fresh clone must not ship an app that says "translation
catalog missing" and counts "1 Angebote". The output is byte for byte what ``pyside6-lrelease``
writes for our catalogs (``tests/integration/test_packaging.py`` compares the two): lrelease's
default mode, in which every message carries its context, source text and comment, and the hash
table points into the messages.

The layout (``qttools/src/linguist/shared/qm.cpp``): a 16-byte magic number, then tagged sections
(one tag byte, a big-endian 32-bit length, the bytes): the language, the hash table (pairs of
ELF hash of source text + comment and offset of the message, sorted), the messages, and the plural
rules. A message is a run of tagged fields: each translation (UTF-16BE; one per plural form), the
comment, the source text and the context (UTF-8), and an end tag.

Only the languages of ``NUMERUS_RULES`` are known; a catalog in another language is refused rather
than compiled with wrong plural forms.
"""

from __future__ import annotations

import struct
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

MAGIC = bytes.fromhex("3cb86418caef9c95cd211cbf60a1bddd")

# Section tags of the file.
_LANGUAGE = 0xA7
_HASHES = 0x42
_MESSAGES = 0x69
_NUMERUS_RULES = 0x88
# Field tags of one message.
_END = 1
_TRANSLATION = 3
_SOURCE_TEXT = 6
_CONTEXT = 7
_COMMENT = 8

# Qt's plural rules (``qttools/src/linguist/shared/numerus.cpp``) as bytes: German and English
# both say "n == 1" → the first form, anything else → the second (Q_EQ, 1).
_ENGLISH_STYLE = bytes([0x01, 0x01])
NUMERUS_RULES = {"de": _ENGLISH_STYLE, "en": _ENGLISH_STYLE}
# How many plural forms each language has (the rules' count + 1).
NUMERUS_FORMS = {"de": 2, "en": 2}


class CatalogError(ValueError):
    """A catalog this compiler cannot turn into a correct .qm file."""


@dataclass(frozen=True)
class Message:
    context: bytes
    source: bytes
    comment: bytes
    translations: tuple[str, ...]

    @property
    def key(self) -> tuple[bytes, bytes, bytes]:
        return (self.context, self.source, self.comment)


def _language(code: str) -> str:
    """The language part of ``de_DE`` or ``en``."""
    return code.replace("-", "_").split("_")[0].lower()


def elf_hash(data: bytes) -> int:
    """Qt's hash of a message's source text + comment (``elfHash`` in qtranslator.cpp)."""
    h = 0
    for byte in data:
        if byte == 0:  # Qt reads a C string
            break
        h = ((h << 4) + byte) & 0xFFFFFFFF
        g = h & 0xF0000000
        if g:
            h ^= g >> 24
        h &= ~g & 0xFFFFFFFF
    return h or 1


def read_catalog(path: Path) -> tuple[str, list[Message]]:
    """The language code and the messages lrelease would release from ``path``.

    Vanished and obsolete messages are left out, and so are unfinished ones without a translation
    (lrelease's defaults); an unfinished one with a translation is released.
    """
    root = ET.parse(path).getroot()
    language = root.get("language", "")
    if _language(language) not in NUMERUS_RULES:
        raise CatalogError(f"{path.name}: no plural rules for the language {language!r}")
    forms = NUMERUS_FORMS[_language(language)]
    messages: list[Message] = []
    for context in root.iter("context"):
        name = context.findtext("name", "")
        for element in context.iter("message"):
            translation = element.find("translation")
            if translation is None:
                continue
            kind = translation.get("type", "")
            if kind in {"vanished", "obsolete"}:
                continue
            if translation.find("lengthvariant") is not None or element.get("id"):
                raise CatalogError(f"{path.name}: length variants and ids are not supported")
            if element.get("numerus") == "yes":
                texts = [form.text or "" for form in translation.findall("numerusform")]
                texts = (texts + [""] * forms)[:forms]  # lrelease pads or cuts to the language's
            else:
                texts = [translation.text or ""]
            if kind == "unfinished" and not texts[0]:
                continue
            messages.append(
                Message(
                    context=name.encode(),
                    source=(element.findtext("source") or "").encode(),
                    comment=(element.findtext("comment") or "").encode(),
                    translations=tuple(texts),
                )
            )
    return language, messages


def _field(tag: int, data: bytes) -> bytes:
    return struct.pack(">BI", tag, len(data)) + data


def _message_bytes(message: Message) -> bytes:
    out = bytearray()
    for text in message.translations:
        out += _field(_TRANSLATION, text.encode("utf-16-be"))
    out += _field(_COMMENT, message.comment)
    out += _field(_SOURCE_TEXT, message.source)
    out += _field(_CONTEXT, message.context)
    out.append(_END)
    return bytes(out)


def _unique(messages: list[Message]) -> list[Message]:
    """One message per (context, source, comment), sorted as lrelease's map holds them.

    As in lrelease, a disambiguation comment is dropped when the message is the only one with its
    context and source text (Qt's lookup falls back to the comment-less entry), and of two equal
    keys the first one stays.
    """
    kept: dict[tuple[bytes, bytes, bytes], Message] = {}
    for message in messages:
        bare = Message(message.context, message.source, b"", message.translations)
        chosen = bare if bare.key not in kept else message
        kept.setdefault(chosen.key, chosen)
    return [kept[key] for key in sorted(kept)]


def qm_bytes(language: str, messages: list[Message]) -> bytes:
    """The .qm file of ``messages`` in ``language`` (e.g. "de_DE")."""
    rules = NUMERUS_RULES.get(_language(language))
    if rules is None:
        raise CatalogError(f"no plural rules for the language {language!r}")
    body = bytearray()
    offsets: list[tuple[int, int]] = []
    for message in _unique(messages):
        offsets.append((elf_hash(message.source + message.comment), len(body)))
        body += _message_bytes(message)
    hashes = b"".join(struct.pack(">II", h, offset) for h, offset in sorted(offsets))
    out = bytearray(MAGIC)
    if language:
        out += _field(_LANGUAGE, language.encode())
    if body:
        out += _field(_HASHES, hashes)
        out += _field(_MESSAGES, bytes(body))
    out += _field(_NUMERUS_RULES, rules)
    return bytes(out)


def compile_catalog(source: Path, target: Path) -> Path:
    """Compile ``source`` (.ts) to ``target`` (.qm), written through a temporary file."""
    language, messages = read_catalog(source)
    data = qm_bytes(language, messages)
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".part")
    partial.write_bytes(data)
    partial.replace(target)
    return target
