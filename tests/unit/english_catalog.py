"""The committed English catalog (``i18n/nspdesk_en.ts``) as a ``messages.Lookup``, without Qt.

Unit tests of the domain's texts render them in English through it: the same templates the UI's
Qt catalog holds, read with ElementTree, numbers and dates in ``en_GB`` as the UI shows them.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from nspdesk.domain.messages import render

CATALOG = Path(__file__).resolve().parents[2] / "i18n" / "nspdesk_en.ts"


@cache
def _entries() -> dict[tuple[str, str], str]:
    entries = {}
    for context in ET.parse(CATALOG).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is not None and translation.get("type") is None and translation.text:
                entries[(name, message.findtext("source", ""))] = translation.text
    return entries


@dataclass(frozen=True)
class EnglishCatalog:
    """Renders like the English UI; a template missing from the catalog fails the test."""

    language: str = "en"
    locale: str = "en_GB"
    missing: list[tuple[str, str]] = field(default_factory=list)

    def text(self, context: str, source: str) -> str:
        found = _entries().get((context, source))
        if found is None:
            self.missing.append((context, source))
            raise AssertionError(f"not translated in {CATALOG.name}: [{context}] {source!r}")
        return found


ENGLISH = EnglishCatalog()


def english(value: object) -> str:
    """``value`` as the English UI shows it (no-break spaces as spaces, for readable asserts)."""
    return render(value, ENGLISH).replace("\xa0", " ")


# Words that give German away (a shorter cousin of tests/gui/english.py, without Qt).
GERMAN = re.compile(
    r"[äöüßÄÖÜ]|\b(?:und|oder|der|die|das|mit|für|nicht|kein|keine|ist|eine?|Stufe|Techniker|"
    r"Schulung|Partnervertrag|Listung|absolvieren|Uhr|Mo|Fr)\b"
)
