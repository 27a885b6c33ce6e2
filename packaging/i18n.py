#!/usr/bin/env python3
"""Keep the UI catalogs in ``i18n/`` in step with the code, and compile them.

    python3 packaging/i18n.py update    extract the strings (pyside6-lupdate) into the .ts files
    python3 packaging/i18n.py compile   compile the .ts files to .qm (pyside6-lrelease)

German is the source language: ``nspdesk_en.ts`` holds the English translation of every UI string
(and of the domain's and store's sentences the UI shows, marked there with ``QT_TRANSLATE_NOOP``),
``nspdesk_de.ts`` only the German plural forms of ``%n`` strings (lupdate ``-pluralonly``). Translate
in Qt Linguist (``.venv/bin/pyside6-linguist i18n/nspdesk_en.ts``) or in a text editor; the test
``tests/gui/test_translations.py`` fails while a string is missing or unfinished. The bootstrap
commands compile the catalogs; this script uses the tools of ``.venv``.
"""

from __future__ import annotations

import os
import subprocess
import sys
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


def update() -> None:
    for name, extra in CATALOGS.items():
        subprocess.run(lupdate_command(I18N / name, extra), cwd=ROOT, check=True)
        print(f"updated i18n/{name}")


def compile_catalogs(out: Path = I18N) -> list[Path]:
    """Compile every catalog to ``out``; return the .qm files."""
    compiled = []
    for name in CATALOGS:
        qm = out / name.replace(".ts", ".qm")
        subprocess.run(
            [tool("pyside6-lrelease"), "-silent", str(I18N / name), "-qm", str(qm)],
            cwd=ROOT,
            check=True,
        )
        compiled.append(qm)
    return compiled


def main() -> None:
    if len(sys.argv) != 2 or sys.argv[1] not in {"update", "compile"}:
        sys.exit(__doc__)
    if sys.argv[1] == "update":
        update()
    else:
        for qm in compile_catalogs():
            print(f"compiled {qm.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
