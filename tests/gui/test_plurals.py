"""Counts in the UI say "1 partner" and "2 partners", never "partner(s)": the plural messages
(``self.tr("… %n …", "", n)``) rendered for 0, 1 and 2 in German and English with the compiled
catalogs, and a spin box whose unit follows its value ("1 Tag", "2 Tage")."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from nspdesk.ui import i18n
from nspdesk.ui.context import AppContext
from nspdesk.ui.views.settings_view import SettingsView

pytestmark = pytest.mark.gui

CONFIRM = (
    "Überprüfung {year} bestätigen?\n\nDie Stufen der %n Partner werden ab {effective} gesetzt und "
    "in die Stufenhistorie geschrieben. Danach lässt sich die Überprüfung nicht mehr ändern (nur "
    "durch eine neue Überprüfung)."
)
# (context, source, disambiguation) → language → the texts for 0, 1 and 2
PLURALS: dict[tuple[str, str, str], dict[str, tuple[str, str, str]]] = {
    ("ReviewView", "Überprüfung {year}: %n Partner, {moved} mit Änderung", ""): {
        "de": (
            "Überprüfung {year}: 0 Partner, {moved} mit Änderung",
            "Überprüfung {year}: 1 Partner, {moved} mit Änderung",
            "Überprüfung {year}: 2 Partner, {moved} mit Änderung",
        ),
        "en": (
            "Review {year}: 0 partners, {moved} with a change",
            "Review {year}: 1 partner, {moved} with a change",
            "Review {year}: 2 partners, {moved} with a change",
        ),
    },
    ("ReviewView", "<b>Entwurf</b>: {open} von %n Vorschlägen offen", ""): {
        "de": (
            "<b>Entwurf</b>: {open} von 0 Vorschlägen offen",
            "<b>Entwurf</b>: {open} von 1 Vorschlag offen",
            "<b>Entwurf</b>: {open} von 2 Vorschlägen offen",
        ),
        "en": (
            "<b>Draft</b>: {open} of 0 proposals open",
            "<b>Draft</b>: {open} of 1 proposal open",
            "<b>Draft</b>: {open} of 2 proposals open",
        ),
    },
    ("ReviewView", CONFIRM, ""): {
        "de": (
            "Die Stufen der 0 Partner werden ab",
            "Die Stufe von 1 Partner wird ab",
            "Die Stufen der 2 Partner werden ab",
        ),
        "en": (
            "The tiers of the 0 partners are set from",
            "The tier of 1 partner is set from",
            "The tiers of the 2 partners are set from",
        ),
    },
    ("SyncPanel", "Verbunden; %n Einträge geholt.", ""): {
        "de": (
            "Verbunden; 0 Einträge geholt.",
            "Verbunden; 1 Eintrag geholt.",
            "Verbunden; 2 Einträge geholt.",
        ),
        "en": (
            "Connected; 0 records fetched.",
            "Connected; 1 record fetched.",
            "Connected; 2 records fetched.",
        ),
    },
    ("SyncPanel", "Abgeglichen: {pushed} gesendet, {pulled} geholt, %n Konflikte.", ""): {
        "de": (
            "Abgeglichen: {pushed} gesendet, {pulled} geholt, 0 Konflikte.",
            "Abgeglichen: {pushed} gesendet, {pulled} geholt, 1 Konflikt.",
            "Abgeglichen: {pushed} gesendet, {pulled} geholt, 2 Konflikte.",
        ),
        "en": (
            "Synced: {pushed} sent, {pulled} fetched, 0 conflicts.",
            "Synced: {pushed} sent, {pulled} fetched, 1 conflict.",
            "Synced: {pushed} sent, {pulled} fetched, 2 conflicts.",
        ),
    },
    ("DueView", "%n Tagen", "binnen, seit"): {
        "de": ("0 Tagen", "1 Tag", "2 Tagen"),
        "en": ("0 days", "1 day", "2 days"),
    },
    ("SettingsView", " Tage", ""): {
        "de": (" Tage", " Tag", " Tage"),
        "en": (" days", " day", " days"),
    },
    ("AgreementsTab", " User", ""): {
        "de": (" User", " User", " User"),
        "en": (" users", " user", " users"),
    },
}


@pytest.fixture
def speaking(qapp: QApplication, english_catalogs: Path) -> Iterator[Callable[[str], None]]:
    """Install a language with its compiled catalog, as the app start does; German after."""
    translators: list[QTranslator] = []

    def install(language: str) -> None:
        for translator in translators:
            qapp.removeTranslator(translator)
        translators[:] = i18n.install(qapp, language, english_catalogs)
        assert i18n.loaded_catalog() == english_catalogs / f"nspdesk_{language}.qm"

    yield install
    for translator in translators:
        qapp.removeTranslator(translator)
    i18n.reset()


@pytest.mark.parametrize("language", ["de", "en"])
@pytest.mark.parametrize("key", list(PLURALS), ids=lambda key: f"{key[0]}:{key[1][:24]}")
def test_counts_of_0_1_and_2(
    speaking: Callable[[str], None], language: str, key: tuple[str, str, str]
) -> None:
    speaking(language)
    context, source, disambiguation = key
    said = [QCoreApplication.translate(context, source, disambiguation, n) for n in (0, 1, 2)]
    if source == CONFIRM:  # its second paragraph's start
        said = [
            text.split("\n\n")[1][: len(PLURALS[key][language][n])] for n, text in enumerate(said)
        ]
    assert tuple(said) == PLURALS[key][language]


@pytest.mark.parametrize(
    ("language", "units"), [("de", (" Tage", " Tag", " Tage")), ("en", (" days", " day", " days"))]
)
def test_a_days_spin_box_says_1_day_and_2_days(
    qtbot: QtBot,
    context: AppContext,
    speaking: Callable[[str], None],
    language: str,
    units: tuple[str, str, str],
) -> None:
    speaking(language)
    view = SettingsView(context)
    qtbot.addWidget(view)
    qtbot.waitUntil(lambda: not view.loading())
    shown = []
    for value in (0, 1, 2):
        for spin in (view.validity_days, *view.due_days.values()):
            spin.setValue(value)
        shown.append({spin.text() for spin in view.due_days.values()})
        if value:  # quotes are valid for one day at least
            assert view.validity_days.text() == f"{value}{units[value]}"
    assert shown == [{f"{n}{units[n]}"} for n in (0, 1, 2)]


def test_typing_a_count_keeps_the_cursor_and_the_unit(qtbot: QtBot, context: AppContext) -> None:
    """The unit is set again while a number is typed: what is typed stays whole."""
    view = SettingsView(context)
    qtbot.addWidget(view)
    qtbot.waitUntil(lambda: not view.loading())
    spin = view.validity_days
    spin.lineEdit().selectAll()
    QTest.keyClicks(spin.lineEdit(), "12")
    assert (spin.value(), spin.text()) == (12, "12 Tage")
