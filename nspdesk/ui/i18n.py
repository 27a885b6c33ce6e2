"""The UI language: which one applies, its Qt catalogs, and the babel locale for numbers and dates.

German is the source language of every UI string (``self.tr("Angebote")``) and the fallback; English
comes from ``i18n/nspdesk_en.qm``. The setting "" means "the system's language": German or English
when the system speaks it, German otherwise. Printed documents stay German whatever is chosen here:
they never read this module.

The chosen language is process state, set once at start-up (a change applies after a restart, as the
settings view says), so the formatting helpers in ``nspdesk.ui.formats`` need no argument threaded
through every view.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from nspdesk.resources import translations_dir

SOURCE_LANGUAGE = "de"
SUPPORTED = ("de", "en")
# The babel locale of each UI language: English UI users in this market are Europeans, so day-month
# order and the euro sign in front (``€1,234.56``, ``25 Nov 2026``).
BABEL_LOCALES = {"de": "de_DE", "en": "en_GB"}


class _State:
    language = SOURCE_LANGUAGE
    catalog: Path | None = None  # our catalog as loaded by ``install``, None when it was missing


_state = _State()


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark ``text`` for the catalog under ``context`` and return it untranslated.

    For module-level tables (column headers, status names): translate them when shown, with
    ``QCoreApplication.translate(context, text)``. PySide6's own function returns ``object``.
    """
    return text


def choose_language(setting: str, system: QLocale | None = None) -> str:
    """The language to use for the ``setting`` ("" = the system's), German as the fallback."""
    if setting in SUPPORTED:
        return setting
    system_name = (system or QLocale.system()).name()  # e.g. "en_US", "de_AT", "fr_FR"
    language = system_name.split("_")[0].lower()
    return language if language in SUPPORTED else SOURCE_LANGUAGE


def current_language() -> str:
    return _state.language


def babel_locale() -> str:
    """The babel locale for numbers, money and dates shown in the UI."""
    return BABEL_LOCALES[_state.language]


def catalog_path(language: str, folder: Path | None = None) -> Path:
    """The compiled catalog (``.qm``) of one language."""
    return (folder or translations_dir()) / f"nspdesk_{language}.qm"


def install(app: QCoreApplication, language: str, folder: Path | None = None) -> list[QTranslator]:
    """Load Qt's own catalog and ours for ``language`` into ``app``; return the translators.

    German needs our catalog too: it holds the plural forms (``%n Angebote``) of the source strings.
    A missing catalog leaves the German source text in place (and says so on stderr) rather than
    stopping the app. Every install has the catalogs (the build compiles them into the package:
    ``packaging/hatch_build.py``), and ``nspdesk --self-test`` fails without them.
    """
    _state.language = language if language in SUPPORTED else SOURCE_LANGUAGE
    _state.catalog = None
    installed: list[QTranslator] = []
    qt = QTranslator(app)
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if _state.language != "en" and qt.load(QLocale(_state.language), "qtbase", "_", qt_folder):
        app.installTranslator(qt)
        installed.append(qt)
    ours = QTranslator(app)
    path = catalog_path(_state.language, folder)
    if ours.load(str(path)):
        app.installTranslator(ours)
        installed.append(ours)
        _state.catalog = path
    else:
        import sys

        print(f"nspdesk: translation catalog missing: {path}", file=sys.stderr)
    return installed


def loaded_catalog() -> Path | None:
    """The catalog file ``install`` loaded, or None (missing: source text and wrong plurals)."""
    return _state.catalog


def reset() -> None:
    """Back to the source language (tests)."""
    _state.language = SOURCE_LANGUAGE
    _state.catalog = None


class _QtLookup:
    """Renders the domain's texts in the UI language: templates from our Qt catalog (context =
    the domain module's), rule-file terms from the file's vocabulary, numbers through babel."""

    @property
    def language(self) -> str:
        return _state.language

    @property
    def locale(self) -> str:
        return BABEL_LOCALES[_state.language]

    def text(self, context: str, source: str) -> str:
        return QCoreApplication.translate(context, source)


_LOOKUP = _QtLookup()


def show(value: str) -> str:
    """A text from the domain or the store as the UI shows it: in the UI's language.

    A :class:`~nspdesk.domain.messages.Text` or a rule-file
    :class:`~nspdesk.domain.messages.Term` is rendered in the UI language; any other ``str`` (a
    company name, an article's description) is data and shown as it is. The German UI needs no
    work: a ``Text`` *is* its German wording.
    """
    if _state.language == SOURCE_LANGUAGE:
        return value
    from nspdesk.domain.messages import Term, Text  # not at start-up: it brings babel along

    if not isinstance(value, Text | Term):
        return value
    return value.render(_LOOKUP)
