"""The German-word check of the English UI's tests finds German and lets English through."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from tests.gui.english import german_in, german_left


@pytest.mark.parametrize(
    "text",
    [
        "2 weitere realisierte Projekte",
        "Die Zahlen tragen keine Partnerstufe.",
        "Mo–Fr 09:00–17:00 Uhr",
        "Follow-Link auf www.nospamproxy.de",
        "€1.234,50 Umsatz",
    ],
)
def test_german_is_found(text: str) -> None:
    assert german_in(text)


@pytest.mark.parametrize(
    "text",
    [
        "2 more realised projects",
        "The figures support no partner tier.",
        "Mon–Fri 09:00–17:00",
        "Follow link to www.nospamproxy.de on the partner's website",
        "Authorized Partner",
        "Partners: 3 shown, so do check the list",
    ],
)
def test_english_passes(text: str) -> None:
    assert not german_in(text)


def test_data_is_taken_out_before_looking(qtbot: QtBot) -> None:
    widget = QWidget()
    qtbot.addWidget(widget)
    layout = QVBoxLayout(widget)
    for text in ("Quote for Müller GmbH", "Noch 3 Tage"):
        layout.addWidget(QLabel(text))
    assert german_left(widget, data=["Müller GmbH"]) == ["Noch 3 Tage"]
