#!/usr/bin/env python3
"""Keep the UI catalogs in ``i18n/`` in step with the code, and compile them.

    python3 packaging/i18n.py update    extract the strings (pyside6-lupdate) into the .ts files
    python3 packaging/i18n.py compile   compile the .ts files to .qm (packaging/qm.py, as lrelease)
    python3 packaging/i18n.py fill FILE.json
                                        put English translations into nspdesk_en.ts: a JSON list of
                                        [context, German source, English] (then runs update); for
                                        a %n string English is [one, other], and a fourth item
                                        [one, other] gives the German forms (nspdesk_de.ts)

German is the source language: ``nspdesk_en.ts`` holds the English translation of every UI string
(and of the domain's and store's sentences the UI shows, marked there with ``QT_TRANSLATE_NOOP``),
``nspdesk_de.ts`` only the German plural forms of ``%n`` strings (lupdate ``-pluralonly``). Translate
in Qt Linguist (``.venv/bin/pyside6-linguist i18n/nspdesk_en.ts``) or in a text editor; the test
``tests/gui/test_translations.py`` fails while a string is missing or unfinished. The bootstrap
commands compile the catalogs, and so does every build of the package (the wheel's build hook,
``packaging/hatch_build.py``), with the same pure-Python compiler (``packaging/qm.py``, byte for byte
what ``pyside6-lrelease`` writes); ``update`` and ``fill`` use lupdate from ``.venv``.
"""

from __future__ import annotations

import contextlib
import json
import os
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
I18N = ROOT / "i18n"
# The UI, and the layers below it whose sentences the UI shows (``nspdesk.domain.messages``).
SOURCES = [ROOT / "nspdesk" / name for name in ("ui", "domain", "store", "services", "web")]
# Catalog name → extra lupdate options.
CATALOGS = {"nspdesk_en.ts": ["-target-language", "en"], "nspdesk_de.ts": ["-pluralonly"]}


def tool(name: str) -> str:
    folder = ROOT / ".venv" / ("Scripts" if os.name == "nt" else "bin")
    candidate = folder / (name + (".exe" if os.name == "nt" else ""))
    return str(candidate) if candidate.exists() else name


def source_files() -> list[str]:
    return sorted(
        str(path.relative_to(ROOT)) for folder in SOURCES for path in folder.rglob("*.py")
    )


def lupdate_command(target: Path, extra: list[str]) -> list[str]:
    """The lupdate call that writes (or merges into) ``target``."""
    return [
        tool("pyside6-lupdate"),
        *source_files(),
        "-source-language",
        "de",
        *extra,
        "-locations",
        "none",  # no line numbers: a moved line is not a catalog change
        "-no-obsolete",
        "-silent",
        "-ts",
        str(target),
    ]


@contextlib.contextmanager
def _catalog_lock() -> Iterator[None]:
    """One writer of the catalogs at a time (two people or scripts updating at once lose work)."""
    if os.name == "nt":
        yield
        return
    import fcntl

    with open(I18N / ".lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        yield


def update() -> None:
    with _catalog_lock():
        for name, extra in CATALOGS.items():
            subprocess.run(lupdate_command(I18N / name, extra), cwd=ROOT, check=True)
            print(f"updated i18n/{name}")


Entry = list[object]  # [context, German source, English, German plural forms (optional)]


def _messages(tree: ET.ElementTree[ET.Element]) -> dict[tuple[str, str], ET.Element]:
    found: dict[tuple[str, str], ET.Element] = {}
    for context in tree.getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            found[(name, message.findtext("source", ""))] = message
    return found


def _set_translation(message: ET.Element, text: object) -> str | None:
    """Write ``text`` (a string, or the list of plural forms of a %n message) into ``message``;
    what is wrong with it, or None."""
    translation = message.find("translation")
    assert translation is not None
    if message.get("numerus") == "yes":
        forms = translation.findall("numerusform")
        if not isinstance(text, list) or len(text) != len(forms):
            return f"a plural message needs {len(forms)} forms [one, other], got {text!r}"
        for form, value in zip(forms, text, strict=True):
            form.text = str(value)
    elif isinstance(text, str):
        translation.text = text
    else:
        return f"not a plural message: one text expected, got {text!r}"
    translation.attrib.pop("type", None)
    return None


def _write(tree: ET.ElementTree[ET.Element], target: Path) -> None:
    with open(target, "wb") as out:
        out.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(out, encoding="utf-8", xml_declaration=False)


def apply_entries(entries: list[Entry], english_ts: Path, german_ts: Path) -> list[str]:
    """Put ``entries`` into the two catalogs (as lupdate left them); the entries that could not be
    put, each with its reason. A %n message's English is the list of its forms, and its German
    forms (the fourth item) go into ``german_ts``, which holds only the plural messages."""
    english_tree, german_tree = ET.parse(english_ts), ET.parse(german_ts)
    english, german = _messages(english_tree), _messages(german_tree)
    problems: list[str] = []
    for context_name, source, translated, *german_forms in entries:
        label = f"[{context_name}] {source!r}"
        message = english.get((str(context_name), str(source)))
        if message is None:
            problems.append(f"{label}: not in the catalog (marked in the code? context right?)")
            continue
        wrong = _set_translation(message, translated)
        plural = german.get((str(context_name), str(source)))
        if wrong is not None:
            pass
        elif plural is None:
            wrong = "German forms for a message without %n" if german_forms else None
        elif german_forms:
            wrong = _set_translation(plural, german_forms[0])
        elif plural.find("translation[@type='unfinished']") is not None:
            wrong = "the German plural forms [one, other] are missing (fourth item)"
        if wrong is not None:
            problems.append(f"{label}: {wrong}")
    _write(english_tree, english_ts)
    _write(german_tree, german_ts)
    return problems


def fill(entries_file: Path) -> None:
    """Put the translations of ``entries_file`` into the catalogs (``apply_entries``).

    Runs ``update`` first (so new strings of the code are there to fill) and after (lupdate's own
    layout of the file). Entries that cannot be put are listed, and the command fails.
    """
    entries = json.loads(entries_file.read_text(encoding="utf-8"))
    update()
    with _catalog_lock():
        problems = apply_entries(entries, I18N / "nspdesk_en.ts", I18N / "nspdesk_de.ts")
    update()
    print(f"filled {len(entries) - len(problems)} translations", flush=True)
    if problems:
        sys.exit("not filled:\n" + "\n".join(problems))


def compile_catalogs(out: Path = I18N) -> list[Path]:
    """Compile every catalog to ``out``; return the .qm files."""
    here = str(Path(__file__).resolve().parent)
    if here not in sys.path:  # loaded by file name (a test), not run as a script: at the end,
        sys.path.append(here)  # so that this folder's scripts shadow no module of the process
    from qm import compile_catalog

    return [compile_catalog(I18N / name, out / name.replace(".ts", ".qm")) for name in CATALOGS]


def main() -> None:
    if len(sys.argv) == 3 and sys.argv[1] == "fill":
        fill(Path(sys.argv[2]))
        return
    if len(sys.argv) != 2 or sys.argv[1] not in {"update", "compile"}:
        sys.exit(__doc__)
    if sys.argv[1] == "update":
        update()
    else:
        for qm in compile_catalogs():
            print(f"compiled {qm.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
