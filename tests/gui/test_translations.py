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
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from types import ModuleType

import pytest
from PySide6.QtCore import QAbstractItemModel, QCoreApplication, QLocale, Qt, QTranslator
from PySide6.QtWidgets import QApplication, QGroupBox, QLabel, QMenu
from pytestqt.qtbot import QtBot

from nspdesk.domain.compliance import Backlink, RequirementId
from nspdesk.domain.due import Urgency
from nspdesk.domain.errors import InputError
from nspdesk.domain.review import Decision, Movement
from nspdesk.domain.revision_diff import FIELDS
from nspdesk.domain.standing import Standing
from nspdesk.domain.support_hours import BERLIN
from nspdesk.store.quotes import ACTIONS, Status
from nspdesk.store.transfer.problems import Problem
from nspdesk.ui import formats, i18n
from nspdesk.ui.context import AppContext
from nspdesk.ui.formats import counted
from nspdesk.ui.main_window import MainWindow
from nspdesk.ui.typed_numbers import read_decimal
from nspdesk.ui.views.catalog.amounts import format_amount, parse_amount
from nspdesk.ui.views.catalog.problems_dialog import ProblemsDialog
from nspdesk.ui.views.due import DueView
from nspdesk.ui.views.due.kinds import URGENCY_NAMES, days_text
from nspdesk.ui.views.partners import PartnersView
from nspdesk.ui.views.partners.common import STANDING_NAMES, VERDICTS, euro_text, parse_euro
from nspdesk.ui.views.partners.texts import BACKLINKS
from nspdesk.ui.views.program import ProgramView
from nspdesk.ui.views.quotes import QuotesView
from nspdesk.ui.views.quotes.lines_model import Col
from nspdesk.ui.views.quotes.names import CHANGED_FIELDS, EVENTS, STATUSES
from nspdesk.ui.views.review.lines import DECISION_NAMES, MOVEMENT_NAMES
from nspdesk.ui.views.settings_view import SettingsView
from nspdesk.web.backlink import Verdict
from tests.gui.conftest import DEMO_DAY

ROOT = Path(__file__).resolve().parents[2]
UI = ROOT / "nspdesk" / "ui"

# Modules whose strings are not wrapped in tr() yet (issue 7 is under way). This list only shrinks;
# the translation work is done when it is empty.
PENDING: set[str] = set()


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


LOGGERS = {"log", "logger", "logging"}  # log messages are for developers, not the UI


def _logs(call: ast.Call) -> bool:
    return (
        isinstance(call.func, ast.Attribute)
        and isinstance(call.func.value, ast.Name)
        and call.func.value.id in LOGGERS
    )


def literal_ui_texts(tree: ast.AST) -> Iterator[tuple[int, str]]:
    """(line, text) of literal strings passed to a widget's text or returned by a model's data."""
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.Call)
            and (_call_name(node) in TEXT_METHODS | TEXT_CLASSES)
            and not _logs(node)
        ):
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
        "log.warning('no application opened %s', path)\n"
    )
    lines = [line for line, _ in literal_ui_texts(ast.parse(code))]
    assert sorted(lines) == [1, 2, 3, 4, 6]


def test_no_tr_call_inside_an_f_string() -> None:
    """lupdate does not look into f-strings: ``f"<b>{self.tr('Partner')}</b>"`` never reaches the
    catalog. Translate first, then put the result into the f-string."""
    found = []
    for path in sorted(UI.rglob("*.py")):
        if _pending(path):
            continue
        for line, text in tr_calls_in_f_strings(ast.parse(path.read_text(encoding="utf-8"))):
            found.append(f"{path.relative_to(ROOT)}:{line}: {text}")
    assert not found, "lupdate cannot see these:\n" + "\n".join(found)


def tr_calls_in_f_strings(tree: ast.AST) -> Iterator[tuple[int, str]]:
    for node in ast.walk(tree):
        if isinstance(node, ast.JoinedStr):
            for inner in ast.walk(node):
                if isinstance(inner, ast.Call) and _call_name(inner) in {"tr", "translate"}:
                    yield inner.lineno, ast.unparse(inner)[:60]


def test_the_f_string_scan_finds_tr_calls() -> None:
    code = (
        "f\"<b>{self.tr('Partner')}</b>\"\n"
        'f\'{QCoreApplication.translate("X", "Y")}\'\n'
        "'<b>' + self.tr('Partner') + '</b>'\n"
        "f'{name}'\n"
    )
    assert [line for line, _ in tr_calls_in_f_strings(ast.parse(code))] == [1, 2]


# --- The UI really switches language -----------------------------------------------------------------
LRELEASE = Path(sys.executable).parent / "pyside6-lrelease"
needs_lrelease = pytest.mark.skipif(
    not LRELEASE.exists() and shutil.which("pyside6-lrelease") is None,
    reason="pyside6-lrelease is not installed",
)


@pytest.fixture
def compiled(tmp_path: Path) -> Path:
    """The committed catalogs compiled into a folder of the test's own."""
    folder = tmp_path / "qm"
    folder.mkdir()
    assert {p.name for p in I18N_TOOL.compile_catalogs(folder)} == {
        "nspdesk_de.qm",
        "nspdesk_en.qm",
    }
    return folder


@pytest.fixture
def installed(qapp: QApplication, compiled: Path) -> Iterator[Callable[[str], None]]:
    """``installed("en")`` loads a language as the app start does; afterwards the UI is German
    again, so that the other tests see the source texts."""
    translators: list[QTranslator] = []

    def install(language: str) -> None:
        translators.extend(i18n.install(qapp, language, compiled))

    yield install
    for translator in translators:
        qapp.removeTranslator(translator)
    i18n.reset()


def _menus(window: MainWindow) -> dict[str, list[str]]:
    """Menu title → the texts of its actions (separators left out)."""
    menus = {}
    for action in window.menuBar().actions():
        menu = action.menu()
        assert isinstance(menu, QMenu)
        menus[action.text()] = [a.text() for a in menu.actions() if not a.isSeparator()]
    return menus


def _mnemonics(texts: list[str]) -> list[str]:
    return [text[text.index("&") + 1].casefold() for text in texts if "&" in text]


@needs_lrelease
@pytest.mark.parametrize("language", ["de", "en"])
def test_menu_accelerators_are_unique_per_menu(
    qtbot: QtBot, context: AppContext, installed: Callable[[str], None], language: str
) -> None:
    installed(language)
    window = MainWindow(context)
    qtbot.addWidget(window)
    menus = _menus(window)
    bar = _mnemonics(list(menus))
    assert len(bar) == len(menus) and len(set(bar)) == len(bar), list(menus)
    for title, texts in menus.items():
        letters = _mnemonics(texts)
        assert len(set(letters)) == len(letters), f"{title}: {texts}"


@needs_lrelease
def test_the_main_window_speaks_english(
    qtbot: QtBot, context: AppContext, installed: Callable[[str], None]
) -> None:
    installed("en")
    assert i18n.current_language() == "en"
    window = MainWindow(context)
    qtbot.addWidget(window)
    assert window.windowTitle() == "nspdesk – NoSpamProxy Partner Program"
    titles = [window.navigation.item(i).text() for i in range(window.navigation.count())]
    assert {"Onboarding", "Program", "Catalog", "Settings"} <= set(titles)
    assert "Programm" not in titles and "Einstellungen" not in titles
    menus = _menus(window)
    assert list(menus) == ["&File", "&Edit", "&View", "&Help"]
    assert menus["&File"] == ["&New quote", "Create &PDF…", "&Save", "&Quit"]
    assert "Program edition 2024 · Database:" in window.statusBar().currentMessage()

    settings = window.show_view("settings")
    assert isinstance(settings, SettingsView)
    qtbot.waitUntil(lambda: not settings.loading())  # what is stored shown a turn later
    boxes = {box.title() for box in settings.findChildren(QGroupBox)}
    assert {"Quotes", "Interface", "Database and backups"} <= boxes
    assert settings.save_button.text() == "Save"
    assert settings.validity_days.suffix() == " days"
    window.show_view("program")
    window.save()  # the program view saves nothing
    assert window.statusBar().currentMessage() == "Save: not available in the “Program” view"

    program = window.show_view("program")
    assert isinstance(program, ProgramView)
    qtbot.waitUntil(lambda: not program.loading())  # its later tabs built in the next turn
    model = program.tier_model
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    business = {h: model.data(model.index(1, c)) for c, h in enumerate(headers)}
    assert business["Revenue threshold"] == "€20,000.00 p.a."
    assert business["New licence discount"] == "25%"
    assert business["Leads"] == "yes"
    assert formats.money(Decimal("1234.56")) == "€1,234.56"
    assert formats.day(date(2026, 11, 25)) == "25 Nov 2026"
    program.now = lambda: datetime(2026, 11, 27, 17, 0, tzinfo=BERLIN)  # Friday evening
    program.refresh_availability()
    assert program.availability_label.text() == (
        "Second-level support not available – next available: Mon 09:00"
    )


ENGLISH_MONEY = re.compile(r"€\d{1,3}(?:,\d{3})*\.\d{2}")  # €1,234.56
GERMAN_MONEY = re.compile(r"\d,\d{2}\s?€")  # 1.234,56 €


def _headers(model: QAbstractItemModel) -> list[str]:
    return [str(model.headerData(c, Qt.Orientation.Horizontal)) for c in range(model.columnCount())]


@needs_lrelease
def test_the_partner_view_speaks_english(
    qtbot: QtBot,
    context: AppContext,
    installed: Callable[[str], None],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    installed("en")
    monkeypatch.setattr(PartnersView, "today", staticmethod(lambda: DEMO_DAY))
    view = PartnersView(context)
    qtbot.addWidget(view)
    qtbot.waitUntil(lambda: view.list.model.rowCount() > 0)  # read in the turn after building
    assert view.title == "Partners"
    assert _headers(view.list.model) == [
        "Cust. no.",
        "Company",
        "City",
        "Track",
        "Tier",
        "Status",
        "Backlink",
    ]
    assert view.list.check_all_button.text() == "Check all"
    assert view.list.tier_filter.itemText(0) == "All tiers"
    partners = view.list.model.rowCount()
    assert view.list.count.text() == f"{partners} partners"
    assert view.print_button.text() == "Annual report (PDF)…"
    assert view.year_note.text() == f"Status: current year {DEMO_DAY.year} (not closed yet)"

    rheinwerk = next(r.id for r in view.list.model.rows() if r.company.startswith("Rheinwerk"))
    assert view.select_partner(rheinwerk)
    detail = view.detail
    tabs = [detail.tabs.tabText(i) for i in range(detail.tabs.count())]
    assert tabs == ["Overview", "Master data", "Figures", "Training", "Agreements/NFR", "Backlink"]
    assert detail.backlink.check_button.text() == "Check now"
    assert detail.figures.save_button.text() == "Save figures"
    assert detail.master.save_button.text() == "Save"
    # Money in the English notation: the dashboard's revenue bar and the figures tab.
    bars = detail.dashboard.progress_bars
    revenue = next(bar for (_, rid), bar in bars.items() if rid is RequirementId.REVENUE)
    assert re.fullmatch(f"{ENGLISH_MONEY.pattern} of {ENGLISH_MONEY.pattern}", revenue.format())
    won = detail.figures.won["revenue"].text()
    assert ENGLISH_MONEY.fullmatch(won), won
    assert not GERMAN_MONEY.search(won + revenue.format())
    assert "Figures" in detail.figures.title.title()
    # Amounts are typed in the UI's notation as well.
    assert euro_text(Decimal("1234.5")) == "1,234.50"
    assert parse_euro("1,234.56", "revenue") == Decimal("1234.56")
    with pytest.raises(InputError, match="is not a number"):
        parse_euro("1.234,56", "revenue")


@needs_lrelease
def test_the_due_view_speaks_english(
    qtbot: QtBot, context: AppContext, installed: Callable[[str], None]
) -> None:
    installed("en")
    view = DueView(context, clock=lambda: DEMO_DAY)
    qtbot.addWidget(view)
    qtbot.waitUntil(lambda: not view.loading())  # the first window is read in a worker
    assert view.title == "Due"
    assert _headers(view.model) == ["Urgency", "Partner", "What", "Due on", "Days", "Note"]
    assert view.heading.text() == "<b>Due on 25 Nov 2026</b>"
    assert view.kind_filter.itemText(0) == "All kinds"
    assert view.limits_note.text().startswith("Listed: certifications expiring within 90 days")
    rows = [
        [str(view.model.data(view.model.index(r, c))) for c in range(4)]
        for r in range(view.model.rowCount())
    ]
    assert {row[0] for row in rows} <= {"overdue", "now", "soon", "for info"}
    assert "Certification expiring" in {row[2] for row in rows}
    assert all(re.fullmatch(r"\d{1,2} [A-Z][a-z]{2} \d{4}", row[3]) for row in rows)
    assert view.act_button.text().startswith("Open the partner's ")
    total = len(rows)
    assert view.summary.text().startswith(f"{total} of {total} items: ")


@needs_lrelease
def test_the_quotes_speak_english(
    qtbot: QtBot, context: AppContext, installed: Callable[[str], None]
) -> None:
    installed("en")
    view = QuotesView(context, clock=lambda: DEMO_DAY)
    qtbot.addWidget(view)
    view.activated()
    assert view.title == "Quotes"
    page = view.list_page
    assert _headers(page.model)[:8] == [
        "Number",
        "Partner",
        "Date",
        "Valid until",
        "Status",
        "Revision",
        "Net",
        "Gross",
    ]
    assert (page.new_button.text(), page.open_button.text()) == ("New quote", "Open")
    filters = [page.status_filter.itemText(i) for i in range(page.status_filter.count())]
    assert filters == [
        "All statuses",
        "Open (draft, sent)",
        "Draft",
        "Sent",
        "Accepted",
        "Rejected",
        "Expired",
    ]
    rows = [
        [str(page.model.data(page.model.index(r, c))) for c in range(8)]
        for r in range(page.model.rowCount())
    ]
    assert {row[4] for row in rows} == {"Draft", "Sent", "Accepted", "Rejected", "Expired"}
    assert all(ENGLISH_MONEY.fullmatch(row[6]) and ENGLISH_MONEY.fullmatch(row[7]) for row in rows)
    assert all(re.fullmatch(r"\d{1,2} [A-Z][a-z]{2} \d{4}", row[2]) for row in rows)
    assert page.count.text() == f"{len(rows)} quotes"

    # The editor, partner quote: buttons, headers and a unit price typed the English way.
    view.new_item()
    editor = view.editor
    assert editor.title.text() == "New quote"
    assert [editor.save_button.text(), editor.send_button.text(), editor.pdf_button.text()] == [
        "Save",
        "Mark as sent",
        "PDF…",
    ]
    assert [editor.tabs.tabText(i) for i in range(editor.tabs.count())] == ["Lines", "History"]
    assert editor.conditions.text() == "Please choose a partner."
    picker = editor.partner_picker
    picker.setCurrentIndex(
        next(i for i in range(picker.count()) if "Alpenblick" in picker.itemText(i))
    )
    assert editor.tier_panel.status.text() == "Business Partner – supported by the current figures"
    search = editor.article_search.search
    assert search is not None
    assert editor.add_article(
        next(a for a in search("NSP-SRV-PROT").offered if a.article_number == "NSP-SRV-PROT")
    )
    model = editor.lines_model
    assert _headers(model)[Col.UNIT_PRICE : Col.NET + 1] == [
        "List price",
        "Tier discount",
        "Extra discount",
        "Net",
    ]
    assert model.setData(model.index(0, Col.UNIT_PRICE), "1,234.5")
    assert model.line(0).unit_price == Decimal("1234.50")
    assert model.data(model.index(0, Col.UNIT_PRICE)) == "€1,234.50"
    assert model.data(model.index(0, Col.UNIT_PRICE), Qt.ItemDataRole.EditRole) == "1,234.5"
    assert ENGLISH_MONEY.fullmatch(str(model.data(model.index(0, Col.NET))))
    assert ENGLISH_MONEY.fullmatch(editor.totals.gross.text())
    assert editor.totals.vat_label.text() == "VAT 19%"
    # The German notation is refused in English, with the English example.
    assert not model.setData(model.index(0, Col.UNIT_PRICE), "1.234,56")
    assert model.line(0).unit_price == Decimal("1234.50")
    assert editor.error_banner.text() == (
        "Line 1, List price: “1.234,56” is not a number (example: 1,234.56)"
    )
    assert read_decimal("1,234.5", "price") == Decimal("1234.5")

    # End-customer mode: the columns and totals of the partner's margin.
    editor.to_customer.setChecked(True)
    assert _headers(model)[Col.EXTRA_DISCOUNT :] == [
        "Cust. discount",
        "Sale price",
        "Purchase price",
        "Margin",
    ]
    assert editor.totals.margin_caption.text() == "Partner's margin"
    assert ENGLISH_MONEY.fullmatch(editor.totals.margin.text())
    editor._dirty = False  # nothing to ask on leaving

    # A sent quote: its status, its actions and why it cannot be changed.
    sent = next(r for r in page.visible_rows() if r.status == Status.SENT)
    assert view.open_quote(sent.id)
    assert editor.badge.text() == "Sent"
    assert (editor.accept_button.text(), editor.reject_button.text()) == ("Accepted", "Rejected")
    assert editor.frozen_banner.text().startswith("Revision 1 was sent on ")
    assert editor.tabs.tabText(1).startswith("History (")
    assert editor.history.rows()[-1][2] == "sent"


@needs_lrelease
def test_german_plural_forms(
    qtbot: QtBot, context: AppContext, installed: Callable[[str], None]
) -> None:
    installed("de")
    text = "%n Katalogzeilen exportiert nach {path}"
    one = QCoreApplication.translate("CatalogView", text, "", 1)
    two = QCoreApplication.translate("CatalogView", text, "", 2)
    assert (one, two) == (
        "1 Katalogzeile exportiert nach {path}",
        "2 Katalogzeilen exportiert nach {path}",
    )
    dialog = ProblemsDialog("k.csv", [Problem(7, "Listenpreis", "kein Preis")], None)
    qtbot.addWidget(dialog)
    intro = next(label.text() for label in dialog.findChildren(QLabel) if "k.csv" in label.text())
    assert "Bitte 1 Punkt in der Datei korrigieren" in intro
    assert days_text(1) == "in 1 Tag" and days_text(-3) == "seit 3 Tagen"
    assert QCoreApplication.translate("PartnerList", "%n Partner", "", 1) == "1 Partner"
    hidden = "%n Artikel passen, werden aber nicht angeboten: {reason}"
    assert QCoreApplication.translate("ArticleSearch", hidden, "", 1).startswith(
        "1 Artikel passt, wird aber"
    )
    assert QCoreApplication.translate("QuoteListPage", "%n Angebote", "", 1) == "1 Angebot"
    assert QCoreApplication.translate("TotalsBox", "%n Positionen", "", 1) == "1 Position"
    many = QCoreApplication.translate("QuoteListPage", "%n Angebote", "", 100_007)
    assert (many, counted(many, 100_007)) == ("100007 Angebote", "100.007 Angebote")
    assert (
        counted("12 von 1234 Partnern", 1234) == "12 von 1.234 Partnern"
    )  # only the count's digits
    assert counted("1 Partner, 10 mit Änderung", 1) == "1 Partner, 10 mit Änderung"


def test_ui_names_cover_every_value_of_the_domain() -> None:
    """The UI's own (translatable) names of domain values leave none out."""
    assert set(URGENCY_NAMES) == set(Urgency)
    assert set(MOVEMENT_NAMES) == set(Movement)
    assert set(DECISION_NAMES) == set(Decision)
    assert set(STANDING_NAMES) == set(Standing)
    assert set(VERDICTS) == {v.value for v in Verdict}
    assert set(BACKLINKS) == set(Backlink)
    assert set(STATUSES) == set(Status)
    assert set(EVENTS) == set(ACTIONS)
    assert set(CHANGED_FIELDS) == set(FIELDS)


@needs_lrelease
def test_english_plural_forms_and_amounts(installed: Callable[[str], None]) -> None:
    installed("en")
    text = "%n Katalogzeilen exportiert nach {path}"
    assert QCoreApplication.translate("CatalogView", text, "", 1).startswith("1 catalog row ")
    assert QCoreApplication.translate("CatalogView", text, "", 3).startswith("3 catalog rows ")
    assert counted(QCoreApplication.translate("QuoteListPage", "%n Angebote", "", 2500), 2500) == (
        "2,500 quotes"
    )
    assert parse_amount("1,234.56") == Decimal("1234.56")
    assert format_amount(Decimal("1234.5")) == "1,234.50"
    with pytest.raises(ValueError, match="not a number"):
        parse_amount("1.234,56")


@pytest.mark.parametrize(
    ("setting", "system", "language"),
    [
        ("en", "de_DE", "en"),
        ("de", "en_US", "de"),
        ("", "en_US", "en"),
        ("", "en_GB", "en"),
        ("", "de_AT", "de"),
        ("", "fr_FR", "de"),  # no French catalog: the German fallback
        ("fr", "fr_FR", "de"),  # an unknown setting counts as "the system's language"
    ],
)
def test_choose_language(setting: str, system: str, language: str) -> None:
    assert i18n.choose_language(setting, QLocale(system)) == language
