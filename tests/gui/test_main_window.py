"""The main window opens offscreen and shows the edition in force with every tier."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QTableView
from pytestqt.qtbot import QtBot

from nspdesk.domain.program import Program
from nspdesk.ui.main_window import MainWindow
from nspdesk.ui.tier_table_model import TierTableModel

pytestmark = pytest.mark.gui


def test_main_window_shows_program(qtbot: QtBot, program: Program) -> None:
    window = MainWindow(program)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert "nspdesk" in window.windowTitle()
    heading = window.findChild(QLabel, "programHeading")
    assert heading is not None
    assert "NoSpamProxy-Partnerprogramm 2024" in heading.text()
    assert "01.01.2024" in heading.text()
    table = window.findChild(QTableView, "tierTable")
    assert table is not None
    assert table.model() is window.tier_model
    assert "Programm-Edition 2024" in window.statusBar().currentMessage()


def test_tier_model_rows(program: Program) -> None:
    model = TierTableModel(program)
    assert model.rowCount() == 7
    names = [model.data(model.index(row, 0)) for row in range(model.rowCount())]
    assert names[:3] == ["Authorized Partner", "Business Partner", "Premium Partner"]
    assert names[-1] == "Managed Service Partner"
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    business = {h: model.data(model.index(1, c)) for c, h in enumerate(headers)}
    assert business["Rabatt Neulizenzen"] == "25\xa0%"
    assert business["Umsatzschwelle"] == "20.000,00\xa0€ p. a."
    assert business["Marketingbudget p. a."] == "1.000,00\xa0€"
    assert business["Leads"] == "ja"
    cloud = {h: model.data(model.index(4, c)) for c, h in enumerate(headers)}
    assert cloud["Stufe"] == "Business Cloud Partner"
    assert cloud["Rabatt Neulizenzen"] == "–"
    assert cloud["Umsatzschwelle"] == "2.000,00\xa0€ MRR"
    msp = {h: model.data(model.index(6, c)) for c, h in enumerate(headers)}
    assert msp["Rabatt Cloud"] == "umsatzabhängig"
    assert model.data(model.index(0, 1), Qt.ItemDataRole.TextAlignmentRole) is not None
    assert model.data(model.index(0, 0), Qt.ItemDataRole.ToolTipRole) is None
    assert model.headerData(0, Qt.Orientation.Vertical) is None
    assert model.tier_at(2).id == "premium"


def test_nspdesk_without_arguments_starts_the_app(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QApplication

    from nspdesk.cli import main

    shown: list[str] = []

    def fake_exec() -> int:
        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
        shown.extend(w.windowTitle() for w in windows if w.isVisible())
        return 0

    monkeypatch.setattr(QApplication, "exec", staticmethod(fake_exec))
    assert main([]) == 0
    assert shown == ["nspdesk – NoSpamProxy-Partnerprogramm"]
