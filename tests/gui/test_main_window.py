"""The main window opens offscreen and shows the edition in force with every tier."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox, QTableView
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from nspdesk.domain.program import Program
from nspdesk.store.backups import make_backup
from nspdesk.store.location import sqlite_location
from nspdesk.store.models import Partner
from nspdesk.store.opening import open_store
from nspdesk.ui.context import AppContext
from nspdesk.ui.main_window import MainWindow
from nspdesk.ui.views.program import ProgramView
from nspdesk.ui.views.tier_table_model import TierTableModel

pytestmark = pytest.mark.gui


def test_main_window_views_and_navigation(qtbot: QtBot, context: AppContext) -> None:
    window = MainWindow(context)
    qtbot.addWidget(window)
    with qtbot.waitExposed(window):
        window.show()
    assert "nspdesk" in window.windowTitle()
    titles = [window.navigation.item(i).text() for i in range(window.navigation.count())]
    assert titles == [
        "Angebote",
        "Partner",
        "Fällig",
        "Onboarding",
        "Jahresüberprüfung",
        "Programm",
        "Katalog",
        "Einstellungen",
    ]
    assert "Programm-Edition 2024" in window.statusBar().currentMessage()
    program = window.show_view("program")
    assert isinstance(program, ProgramView)
    qtbot.waitUntil(lambda: not program.loading())  # its later tabs built in the next turn
    heading = program.findChild(QLabel, "programHeading")
    assert heading is not None and "NoSpamProxy-Partnerprogramm 2024" in heading.text()
    table = program.findChild(QTableView, "tierTable")
    assert table is not None and table.model().rowCount() == 7
    shortcuts = {a.text(): a.shortcut().toString() for a in window.actions()}
    assert shortcuts["&Neues Angebot"] == "Ctrl+N"
    assert shortcuts["&PDF erzeugen …"] == "Ctrl+P"
    assert shortcuts["&Speichern"] == "Ctrl+S"
    assert shortcuts["&Suchen"] == "Ctrl+F"


def test_a_views_status_message_does_not_linger_in_another(
    qtbot: QtBot, context: AppContext
) -> None:
    """Issue 17: "Angebot A-2026-0008 gespeichert" stayed in the status bar of the catalog."""
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    permanent = window.statusBar().currentMessage()
    window.show_view("quotes").status.emit("Angebot A-2026-0008 gespeichert")
    assert window.statusBar().currentMessage() == "Angebot A-2026-0008 gespeichert"
    window.show_view("catalog")
    assert window.statusBar().currentMessage() == permanent
    assert "Programm-Edition 2024" in permanent


def test_last_view_and_geometry_are_remembered(qtbot: QtBot, context: AppContext) -> None:
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    window.show_view("catalog")
    window.resize(900, 600)
    window.close()
    saved = context.settings.geometry()
    assert saved is not None
    again = MainWindow(context)
    qtbot.addWidget(again)
    assert again.current_view().view_id == "catalog"
    assert again.height() == 600  # restored, not the default 1280 × 800


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


def fake_exec(shown: list[str]) -> object:
    def exec_() -> int:
        from PySide6.QtWidgets import QApplication

        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]
        shown.extend(w.statusBar().currentMessage() for w in windows if w.isVisible())
        return 0

    return staticmethod(exec_)


def test_first_start_creates_the_database_with_demo_data(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from PySide6.QtWidgets import QApplication

    from nspdesk.cli import main

    shown: list[str] = []
    monkeypatch.setattr(QApplication, "exec", fake_exec(shown))
    db = tmp_path / "erststart.sqlite3"
    assert main(["--db", str(db)]) == 0
    assert len(shown) == 1
    assert f"Datenbank: {db}" in shown[0]
    store = open_store(sqlite_location(db))
    with store.database.read() as session:
        assert len(session.scalars(select(Partner)).all()) == 12
    store.close()
    assert main(["--db", str(db)]) == 0  # the second start seeds nothing more
    store = open_store(sqlite_location(db))
    with store.database.read() as session:
        assert len(session.scalars(select(Partner)).all()) == 12
    store.close()


def test_second_instance_is_told_politely(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from nspdesk.cli import main

    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, title, text: told.append(text))
    running = open_store(sqlite_location(tmp_path / "x.sqlite3"), take_lock=True)
    try:
        assert main(["--db", str(tmp_path / "x.sqlite3")]) == 1
    finally:
        running.close()
    assert len(told) == 1
    assert "läuft bereits" in told[0]


def test_corrupt_database_offers_the_last_backup(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from PySide6.QtWidgets import QApplication

    from nspdesk.cli import main

    db = tmp_path / "kaputt.sqlite3"
    store = open_store(sqlite_location(db))
    with store.database.write() as session:
        session.add(Partner(company="Gesichert GmbH", track="server", tier="business"))
    store.close()
    make_backup(db, "manuell")
    db.write_bytes(b"\0kaputt" * 1000)
    offered: list[str] = []

    def answer(box: QMessageBox) -> int:
        offered.append(box.text())
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "exec", answer)
    monkeypatch.setattr(QApplication, "exec", fake_exec([]))
    assert main(["--db", str(db)]) == 0
    assert "beschädigt" in offered[0]
    store = open_store(sqlite_location(db))
    with store.database.read() as session:
        assert [p.company for p in session.scalars(select(Partner))] == ["Gesichert GmbH"]
    store.close()
