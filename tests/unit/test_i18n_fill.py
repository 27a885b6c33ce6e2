"""``packaging/i18n.py fill``: translations from a JSON list into the catalogs, plural messages
with their forms in both (English in nspdesk_en.ts, German in the plural-only nspdesk_de.ts)."""

from __future__ import annotations

import importlib.util
import xml.etree.ElementTree as ET
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[2]


def _tool() -> ModuleType:
    spec = importlib.util.spec_from_file_location("i18n_fill_tool", ROOT / "packaging" / "i18n.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


TOOL = _tool()
UNFINISHED_PLURAL = """<message numerus="yes">
        <source>%n Sicherungen</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>"""
ENGLISH = f"""<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="de">
<context>
    <name>Backups</name>
    <message>
        <source>Jetzt sichern</source>
        <translation type="unfinished"></translation>
    </message>
    {UNFINISHED_PLURAL}
</context>
</TS>
"""
GERMAN = f"""<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="de">
<context>
    <name>Backups</name>
    {UNFINISHED_PLURAL}
</context>
</TS>
"""


def catalogs(tmp_path: Path) -> tuple[Path, Path]:
    english, german = tmp_path / "nspdesk_en.ts", tmp_path / "nspdesk_de.ts"
    english.write_text(ENGLISH, encoding="utf-8")
    german.write_text(GERMAN, encoding="utf-8")
    return english, german


def translation(path: Path, source: str) -> tuple[str | None, list[str | None]]:
    """The type attribute and the texts (one, or the plural forms) of ``source``'s translation."""
    for message in ET.parse(path).getroot().iter("message"):
        if message.findtext("source") == source:
            found = message.find("translation")
            assert found is not None
            forms = [form.text for form in found.findall("numerusform")]
            return found.get("type"), forms or [found.text]
    raise AssertionError(source)


def test_plain_and_plural_messages_are_filled_in_both_catalogs(tmp_path: Path) -> None:
    english, german = catalogs(tmp_path)
    problems = TOOL.apply_entries(
        [
            ["Backups", "Jetzt sichern", "Back up now"],
            [
                "Backups",
                "%n Sicherungen",
                ["%n backup", "%n backups"],
                ["%n Sicherung", "%n Sicherungen"],
            ],
        ],
        english,
        german,
    )
    assert problems == []
    assert translation(english, "Jetzt sichern") == (None, ["Back up now"])
    assert translation(english, "%n Sicherungen") == (None, ["%n backup", "%n backups"])
    assert translation(german, "%n Sicherungen") == (None, ["%n Sicherung", "%n Sicherungen"])
    assert english.read_text(encoding="utf-8").startswith('<?xml version="1.0" encoding="utf-8"?>')


def test_wrong_entries_are_named_and_left_unfinished(tmp_path: Path) -> None:
    english, german = catalogs(tmp_path)
    problems = TOOL.apply_entries(
        [
            ["Backups", "Gibt es nicht", "Does not exist"],
            ["Backups", "%n Sicherungen", "%n backup(s)"],
            ["Backups", "Jetzt sichern", ["Back up now", "Back up now"]],
        ],
        english,
        german,
    )
    assert [problem.split(":")[0] for problem in problems] == [
        "[Backups] 'Gibt es nicht'",
        "[Backups] '%n Sicherungen'",
        "[Backups] 'Jetzt sichern'",
    ]
    assert "needs 2 forms" in problems[1] and "one text expected" in problems[2]
    assert translation(english, "Jetzt sichern") == ("unfinished", [None])
    assert translation(english, "%n Sicherungen") == ("unfinished", [None, None])


def test_a_plural_message_needs_its_german_forms(tmp_path: Path) -> None:
    english, german = catalogs(tmp_path)
    problems = TOOL.apply_entries(
        [
            ["Backups", "%n Sicherungen", ["%n backup", "%n backups"]],
            ["Backups", "Jetzt sichern", "Back up now", ["Jetzt sichern", "Jetzt sichern"]],
        ],
        english,
        german,
    )
    assert problems == [
        "[Backups] '%n Sicherungen': the German plural forms [one, other] are missing (fourth item)",
        "[Backups] 'Jetzt sichern': German forms for a message without %n",
    ]
    assert translation(german, "%n Sicherungen") == ("unfinished", [None, None])
