"""The pure-Python catalog compiler (``packaging/qm.py``) and the plural forms it carries.

Every build compiles the catalogs with it (``packaging/hatch_build.py``, ``packaging/i18n.py
compile``), so its output must be what Qt reads: byte for byte lrelease's where lrelease is
installed, and in any case every message and every plural form found by Qt's own lookup.
"""

from __future__ import annotations

import importlib.util
import shutil
import sys
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from pathlib import Path
from types import ModuleType

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QApplication

from nspdesk.ui import i18n

ROOT = Path(__file__).resolve().parents[2]
CATALOGS = sorted((ROOT / "i18n").glob("*.ts"))
LRELEASE = Path(sys.executable).parent / "pyside6-lrelease"


def _qm_module() -> ModuleType:
    spec = importlib.util.spec_from_file_location("qm_compiler", ROOT / "packaging" / "qm.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while building the class
    spec.loader.exec_module(module)
    return module


QM = _qm_module()


def _lrelease() -> str | None:
    return str(LRELEASE) if LRELEASE.exists() else shutil.which("pyside6-lrelease")


@pytest.fixture(scope="module")
def compiled(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("qm")
    for ts in CATALOGS:
        QM.compile_catalog(ts, folder / ts.with_suffix(".qm").name)
    return folder


def test_both_catalogs_are_there() -> None:
    assert [ts.name for ts in CATALOGS] == ["nspdesk_de.ts", "nspdesk_en.ts"]


@pytest.mark.skipif(_lrelease() is None, reason="pyside6-lrelease is not installed")
@pytest.mark.parametrize("ts", CATALOGS, ids=lambda path: path.name)
def test_the_compiler_writes_what_lrelease_writes(ts: Path, compiled: Path, tmp_path: Path) -> None:
    import subprocess

    reference = tmp_path / "lrelease.qm"
    tool = _lrelease()
    assert tool is not None
    subprocess.run([tool, "-silent", str(ts), "-qm", str(reference)], check=True)
    assert (compiled / ts.with_suffix(".qm").name).read_bytes() == reference.read_bytes()


def _messages(ts: Path) -> Iterator[tuple[str, str, list[str], bool]]:
    """(context, source, translations, numerus) of every finished message of ``ts``."""
    for context in ET.parse(ts).getroot().iter("context"):
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None
            if translation.get("type"):
                continue
            numerus = message.get("numerus") == "yes"
            forms = [form.text or "" for form in translation.findall("numerusform")]
            yield (
                context.findtext("name", ""),
                message.findtext("source", ""),
                forms if numerus else [translation.text or ""],
                numerus,
            )


@pytest.mark.parametrize("ts", CATALOGS, ids=lambda path: path.name)
def test_qt_finds_every_message_and_plural_form_of_the_compiled_catalog(
    qapp: QApplication, ts: Path, compiled: Path
) -> None:
    translator = QTranslator()
    assert translator.load(str(compiled / ts.with_suffix(".qm").name))
    checked = 0
    for context, source, forms, numerus in _messages(ts):
        if numerus:
            # German and English: one for n == 1, the other form for 0, 2, 5 …
            assert len(forms) == 2 and all(forms), (context, source, forms)
            found = [translator.translate(context, source, "", n) for n in (1, 0, 2, 5)]
            assert found == [forms[0], forms[1], forms[1], forms[1]], (context, source)
        else:
            assert translator.translate(context, source) == forms[0], (context, source)
        checked += 1
    assert checked > (10 if ts.name == "nspdesk_de.ts" else 1000)


@pytest.fixture
def speaking(qapp: QApplication, compiled: Path) -> Iterator[Callable[[str], None]]:
    """Install a language as the app start does (``i18n.install``); German again afterwards."""
    translators: list[QTranslator] = []

    def install(language: str) -> None:
        for translator in translators:
            qapp.removeTranslator(translator)
        translators[:] = i18n.install(qapp, language, compiled)
        assert i18n.loaded_catalog() == compiled / f"nspdesk_{language}.qm"

    yield install
    for translator in translators:
        qapp.removeTranslator(translator)
    i18n.reset()


@pytest.mark.parametrize(
    ("language", "one", "two"),
    [("de", "1 Angebot", "2 Angebote"), ("en", "1 quote", "2 quotes")],
)
def test_one_quote_and_two_quotes_in_both_languages(
    speaking: Callable[[str], None], language: str, one: str, two: str
) -> None:
    speaking(language)
    count = [QCoreApplication.translate("QuoteListPage", "%n Angebote", "", n) for n in (1, 2)]
    assert count == [one, two]


def test_a_missing_catalog_is_reported(qapp: QApplication, tmp_path: Path) -> None:
    translators = i18n.install(qapp, "de", tmp_path)
    try:
        assert i18n.loaded_catalog() is None
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)
        i18n.reset()


def test_a_language_without_known_plural_rules_is_refused(tmp_path: Path) -> None:
    french = tmp_path / "nspdesk_fr.ts"
    french.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<TS version="2.1" language="fr_FR"></TS>\n',
        encoding="utf-8",
    )
    with pytest.raises(QM.CatalogError, match="fr_FR"):
        QM.compile_catalog(french, tmp_path / "nspdesk_fr.qm")
    assert not (tmp_path / "nspdesk_fr.qm").exists()


def test_unfinished_and_vanished_messages_stay_out(qapp: QApplication, tmp_path: Path) -> None:
    """As lrelease: an unfinished message with a translation is released, one without is not,
    and a vanished one never is."""
    catalog = tmp_path / "nspdesk_en.ts"
    catalog.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<TS version="2.1" language="en">\n<context>\n'
        "<name>Demo</name>\n"
        "<message><source>Fertig</source><translation>Done</translation></message>\n"
        '<message><source>Halb</source><translation type="unfinished">Half</translation>'
        "</message>\n"
        '<message><source>Offen</source><translation type="unfinished"></translation></message>\n'
        '<message><source>Alt</source><translation type="vanished">Old</translation></message>\n'
        "</context>\n</TS>\n",
        encoding="utf-8",
    )
    translator = QTranslator()
    assert translator.load(str(QM.compile_catalog(catalog, tmp_path / "nspdesk_en.qm")))
    found = {
        source: translator.translate("Demo", source)
        for source in ("Fertig", "Halb", "Offen", "Alt")
    }
    assert found == {"Fertig": "Done", "Halb": "Half", "Offen": "", "Alt": ""}
