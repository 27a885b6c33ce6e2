"""Einstellungen › Team-Datenbank: connect, the last sync, sync now (issue #19: "The app's settings
offer the same ("Mit Team-Datenbank verbinden")" and "a button with the time of the last sync")."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog, QTreeWidgetItem
from pytestqt.qtbot import QtBot
from sqlalchemy import update
from sqlalchemy.engine import make_url

from nspdesk.services import sync
from nspdesk.store.location import sqlite_location
from nspdesk.store.models import SyncSelf
from nspdesk.store.opening import open_store
from nspdesk.store.sync import team
from nspdesk.ui import settings as options
from nspdesk.ui.context import AppContext
from nspdesk.ui.views.settings_view import SettingsView
from nspdesk.ui.views.settings_view.sync_panel import JoinDialog, SyncPanel

pytestmark = pytest.mark.gui


@pytest.fixture(autouse=True)
def no_sync_soon_after_start(monkeypatch: pytest.MonkeyPatch) -> None:
    """The panel's first background sync comes after an hour here, not amid a slow test."""
    from nspdesk.ui import team_sync

    monkeypatch.setattr(team_sync, "FIRST_SECONDS", 3600)


def test_a_file_not_in_a_team_offers_to_connect(
    qtbot: QtBot, context: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    view = SettingsView(context)
    qtbot.addWidget(view)
    qtbot.waitUntil(lambda: not view.loading())
    panel = view.team
    assert "Nicht verbunden" in panel.state.text()
    assert not panel.join_button.isHidden() and panel.sync_button.isHidden()
    asked: list[tuple[str, str, bool, str | None, str | None]] = []

    def fake_exec(dialog: JoinDialog) -> int:
        dialog.url.setText("postgresql://vertrieb@team.example/nspdesk")
        dialog.password.setText("geheim")
        dialog.device.setText("mk")
        dialog.ca_file.setText(" /etc/team-ca.pem ")
        return QDialog.DialogCode.Accepted.value

    def fake_join(
        _workspace: object,
        url: str,
        device: str,
        *,
        send_existing: bool,
        password: str | None,
        ca_file: str | None,
    ) -> sync.SyncCounts:
        asked.append((url, device, send_existing, password, ca_file))
        return sync.SyncCounts(0, 12, 0, datetime.now(UTC))

    monkeypatch.setattr(JoinDialog, "exec", fake_exec)
    monkeypatch.setattr(sync, "join", fake_join)
    with qtbot.waitSignal(panel.status) as message:
        panel.join()
    assert asked == [
        ("postgresql://vertrieb@team.example/nspdesk", "MK", False, "geheim", "/etc/team-ca.pem")
    ]
    assert "12" in message.args[0]


def test_a_device_shows_its_last_sync_and_syncs_on_a_click(
    qtbot: QtBot, context: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    hub = open_store(sqlite_location(tmp_path / "hub.sqlite3"), keep_backups=0)
    team.join(
        context.workspace.database, hub.database, "MK", "postgresql://team/db", send_existing=True
    )
    hub.close()
    with context.workspace.database.write() as session:  # a known time of the last sync
        session.execute(
            update(SyncSelf).values(last_sync_at=datetime(2026, 12, 5, 10, 7, tzinfo=UTC))
        )
    panel = SyncPanel(context)
    qtbot.addWidget(panel)
    assert "Gerät MK" in panel.state.text() and "team/db (ohne TLS-Prüfung)" in panel.state.text()
    # the button with the time of the last sync (issue #19), on this computer's clock, German
    local = datetime(2026, 12, 5, 10, 7, tzinfo=UTC).astimezone()
    assert panel.sync_button.text() == (
        f"Jetzt synchronisieren · letzter Abgleich: 05.12.2026, {local:%H:%M}"
    )
    assert panel.join_button.isHidden() and not panel.sync_button.isHidden()
    monkeypatch.setattr(sync, "sync", lambda _w: sync.SyncCounts(3, 4, 1, datetime.now(UTC)))
    with qtbot.waitSignal(panel.status) as message:
        panel.sync_button.click()
    assert "3 gesendet, 4 geholt, 1 Konflikt." in message.args[0]  # one: singular
    for size in ((1366, 768), (1024, 640)):
        panel.resize(*size)
        panel.grab().save(str(tmp_path / f"sync-{size[0]}.png"))


def test_conflicts_are_shown_and_resolved_in_the_app(
    qtbot: QtBot, context: AppContext, tmp_path: Path
) -> None:
    """Issue #19: "both versions are kept and the person sees a conflict to resolve (in the app …)"."""
    from sqlalchemy import select

    from nspdesk.store.models import Partner

    hub = open_store(sqlite_location(tmp_path / "hub.sqlite3"), keep_backups=0)
    mine = context.workspace.database
    team.join(mine, hub.database, "MK", "postgresql://team/db", send_existing=True)
    other = open_store(sqlite_location(tmp_path / "other.sqlite3"), keep_backups=0)
    team.join(other.database, hub.database, "EB", "postgresql://team/db")
    for database, city in ((other.database, "Bonn"), (mine, "Köln")):
        with database.write() as session:
            partner = session.scalars(select(Partner).order_by(Partner.id)).first()
            assert partner is not None
            partner.city = city
            company = partner.company
    team.sync(other.database, hub.database)
    assert team.sync(mine, hub.database).conflicts == 1
    other.close()
    hub.close()

    panel = SyncPanel(context)
    qtbot.addWidget(panel)
    assert not panel.conflict_box.isHidden()
    assert panel.conflicts.topLevelItemCount() == 1
    thing = panel.conflicts.topLevelItem(0)
    assert thing is not None and thing.text(0) == f"Partner {company}"
    [row] = _children(thing)
    assert row.text(0) == "Stammdaten: hier und im Team geändert"
    [field] = _children(row)
    assert field.text(0) == "Ort: hier „Köln“, im Team „Bonn“"  # the app's word, not "city"
    assert not panel.keep_mine.isEnabled()
    panel.conflicts.setCurrentItem(field)
    with qtbot.waitSignal(panel.synced):
        panel.keep_mine.click()
    assert panel.conflicts.topLevelItemCount() == 0 and panel.conflict_box.isHidden()
    assert "Nicht gesendet: 1" in panel.state.text()  # mine goes out with the next sync


def _children(item: QTreeWidgetItem) -> list[QTreeWidgetItem]:
    found = [item.child(i) for i in range(item.childCount())]
    return [child for child in found if child is not None]


def test_a_device_syncs_in_the_background_and_only_notes_a_failure(
    qtbot: QtBot, context: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Issue #19: "a sync in the background whenever the team database can be reached"."""
    from nspdesk.services.errors import StoreError
    from nspdesk.ui import team_sync

    hub = open_store(sqlite_location(tmp_path / "hub.sqlite3"), keep_backups=0)
    team.join(
        context.workspace.database, hub.database, "MK", "postgresql://t/d", send_existing=True
    )
    hub.close()
    panel = SyncPanel(context)
    qtbot.addWidget(panel)
    timer, first = panel.background.timer, panel.background.first
    assert timer.isActive()
    assert timer.interval() == team_sync.BACKGROUND_MINUTES * 60_000
    # the first one soon after the start: the team's changes of the night before are there
    assert first.isActive() and first.isSingleShot()
    assert first.interval() == team_sync.FIRST_SECONDS * 1000
    first.stop()

    def unreachable(_workspace: object) -> sync.SyncCounts:
        raise StoreError("Server nicht erreichbar")

    monkeypatch.setattr(sync, "sync", unreachable)
    with qtbot.waitSignal(panel.background_done, timeout=10_000):
        panel.background_sync()
    assert not panel.note.isHidden() and "Server nicht erreichbar" in panel.note.text()

    monkeypatch.setattr(sync, "sync", lambda _w: sync.SyncCounts(0, 2, 0, datetime.now(UTC)))
    with qtbot.waitSignal(panel.synced, timeout=10_000), qtbot.waitSignal(panel.background_done):
        panel.background_sync()
    assert panel.note.isHidden()


def test_the_password_stays_in_the_credential_store(
    qtbot: QtBot,
    context: AppContext,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    """Issue #19: the password is kept in the system's credential store, "never in a settings
    file, the laptop's database or a log": joined and synced from the app, with every log on
    (SQL statements included), no file below the test's folder (the laptop's database with its
    journal, the settings) and no log line holds it."""
    import logging

    from tests.integration.store_backends import PG_SKIP, postgres_available, postgres_database
    from tests.integration.sync_setup import memory_keyring

    if not postgres_available():
        pytest.skip(PG_SKIP)
    caplog.set_level(logging.DEBUG)
    logging.getLogger("sqlalchemy.engine").setLevel(logging.DEBUG)  # statements and parameters
    with postgres_database() as team_db, memory_keyring() as kept:
        open_store(team_db).close()
        url = make_url(team_db.url)
        password = str(url.password)

        def fill(dialog: JoinDialog) -> int:
            without = url.set(drivername="postgresql", password=None)
            dialog.url.setText(without.render_as_string(hide_password=False))
            dialog.password.setText(password)
            dialog.device.setText("MK")
            dialog.send_existing.setChecked(True)  # the demo data goes to the team
            return QDialog.DialogCode.Accepted.value

        monkeypatch.setattr(JoinDialog, "exec", fill)
        panel = SyncPanel(context)
        qtbot.addWidget(panel)
        panel.join()
        assert list(kept.saved.values()) == [password]
        panel.sync_now()
        assert "Gerät MK" in panel.state.text()
        context.settings.set(options.LAST_VIEW, "settings")  # the settings file is written
        context.settings.sync()
        shown = [panel.state.text(), panel.state.toolTip(), panel.sync_button.text()]
        logging.getLogger("sqlalchemy.engine").setLevel(logging.WARNING)
        sync.leave(context.workspace)  # leaving: the credential store forgets it
        assert kept.saved == {}
    files = [p for p in tmp_path.rglob("*") if p.is_file()]
    assert any(p.suffix == ".ini" for p in files) and any(p.suffix == ".sqlite3" for p in files)
    holding = [str(p) for p in files if password.encode() in p.read_bytes()]
    assert holding == []
    assert any("sqlalchemy.engine" in r.name for r in caplog.records)  # the logs were on
    assert password not in caplog.text
    assert all(password not in text for text in shown)


def test_a_device_leaves_the_team_from_the_app_and_keeps_its_file(
    qtbot: QtBot, context: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Issue #19: "a device can leave the team and keep its file as a standalone database"."""
    from sqlalchemy import select

    from nspdesk.services import partners
    from nspdesk.store.models import Partner

    hub = open_store(sqlite_location(tmp_path / "hub.sqlite3"), keep_backups=0)
    team.join(
        context.workspace.database, hub.database, "MK", "postgresql://t/d", send_existing=True
    )
    hub.close()
    with context.workspace.database.write() as session:  # a change the team never gets
        partner = session.scalars(select(Partner).order_by(Partner.id)).first()
        assert partner is not None
        partner.city = "Köln"
    panel = SyncPanel(context)
    qtbot.addWidget(panel)
    assert not panel.leave_button.isHidden()
    asked: list[str] = []

    def answer_yes(_panel: SyncPanel, question: str) -> bool:
        asked.append(question)
        return True

    monkeypatch.setattr(SyncPanel, "ask_leave", answer_yes)
    before = len(partners.list_partners(context.workspace))
    with qtbot.waitSignal(panel.status) as message:
        panel.leave_button.click()  # the team database cannot be reached: it leaves all the same
    assert "Noch nicht gesendete Änderungen: 1." in asked[0]
    assert message.args[0] == "Gerät MK hat das Team verlassen."
    assert "Nicht verbunden" in panel.state.text() and panel.leave_button.isHidden()
    assert not panel.background.timer.isActive() and not panel.background.in_team
    assert sync.status(context.workspace) is None
    assert len(partners.list_partners(context.workspace)) == before  # everything stays
