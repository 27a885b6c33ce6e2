"""A device syncs soon after the network comes back (docs/sync.md, "In the app"): the system's
reachability rising to Online starts one background sync once it has settled, a flapping
connection one, not ten; offline starts none; never two at once; a file in no team none; where the
system cannot tell, the timers alone, and the settings panel promises nothing more."""

from __future__ import annotations

import threading
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtNetwork import QNetworkInformation
from pytestqt.qtbot import QtBot

from nspdesk.services import sync
from nspdesk.services.errors import StoreError
from nspdesk.store.location import sqlite_location
from nspdesk.store.opening import open_store
from nspdesk.store.sync import team
from nspdesk.ui import network_watch, team_sync
from nspdesk.ui.context import AppContext
from nspdesk.ui.views.settings_view.sync_panel import SyncPanel

pytestmark = pytest.mark.gui

Reachability = QNetworkInformation.Reachability
SETTLE = 0.3  # seconds, here


@pytest.fixture(autouse=True)
def quick(monkeypatch: pytest.MonkeyPatch) -> None:
    """The settling takes 0.3 s here; no timer's sync comes amid a test."""
    monkeypatch.setattr(network_watch, "SETTLE_SECONDS", SETTLE)
    monkeypatch.setattr(team_sync, "FIRST_SECONDS", 3600)


@pytest.fixture
def syncs(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The syncs run (each a thread's name): the team database is not asked."""
    done: list[str] = []

    def counted(_workspace: object) -> sync.SyncCounts:
        done.append(threading.current_thread().name)
        return sync.SyncCounts(0, 0, 0, datetime.now(UTC))

    monkeypatch.setattr(sync, "sync", counted)
    return done


def _join(context: AppContext, tmp_path: Path) -> None:
    hub = open_store(sqlite_location(tmp_path / "hub.sqlite3"), keep_backups=0)
    team.join(
        context.workspace.database, hub.database, "MK", "postgresql://t/d", send_existing=True
    )
    hub.close()


def _settle(qtbot: QtBot) -> None:
    qtbot.wait(int(SETTLE * 1000) + 400)


def test_the_network_coming_back_starts_one_sync_once_it_settled(
    qtbot: QtBot, context: AppContext, tmp_path: Path, syncs: list[str]
) -> None:
    _join(context, tmp_path)
    panel = SyncPanel(context)
    qtbot.addWidget(panel)
    background = panel.background
    watch = background.network
    watch.reachability_changed(Reachability.Disconnected)  # the laptop left the office
    # the Wi-Fi at the door: up, down, up, barely, up
    for level in (
        Reachability.Online,
        Reachability.Disconnected,
        Reachability.Online,
        Reachability.Local,
        Reachability.Online,
    ):
        watch.reachability_changed(level)
    assert syncs == [] and watch.pending()  # not yet: it has to stay up first
    with qtbot.waitSignal(panel.background_done, timeout=10_000):
        pass
    assert len(syncs) == 1 and syncs[0] != threading.current_thread().name  # off the GUI thread
    _settle(qtbot)
    assert len(syncs) == 1  # one, not three
    watch.reachability_changed(Reachability.Online)  # the same again: not a new connection
    _settle(qtbot)
    assert len(syncs) == 1
    # an office network without internet reaches an office server: that counts too, as does
    # the internet arriving after it (a VPN)
    watch.reachability_changed(Reachability.Disconnected)
    watch.reachability_changed(Reachability.Site)
    with qtbot.waitSignal(panel.background_done, timeout=10_000):
        pass
    assert len(syncs) == 2


def test_going_offline_starts_no_sync(
    qtbot: QtBot, context: AppContext, tmp_path: Path, syncs: list[str]
) -> None:
    _join(context, tmp_path)
    panel = SyncPanel(context)
    qtbot.addWidget(panel)
    watch = panel.background.network
    watch.reachability_changed(Reachability.Online)
    watch.reachability_changed(Reachability.Disconnected)  # gone before it settled
    watch.reachability_changed(Reachability.Local)
    watch.reachability_changed(Reachability.Unknown)
    _settle(qtbot)
    assert syncs == [] and not watch.pending() and not panel.background.running


def test_a_file_in_no_team_is_left_alone(
    qtbot: QtBot, context: AppContext, syncs: list[str]
) -> None:
    panel = SyncPanel(context)
    qtbot.addWidget(panel)
    watch = panel.background.network
    watch.reachability_changed(Reachability.Disconnected)
    watch.reachability_changed(Reachability.Online)
    _settle(qtbot)
    assert syncs == [] and not panel.background.running
    assert not panel.background.timer.isActive()
    # and the start's first sync only finds out, syncs nothing and stops
    background = context.team_sync()
    with qtbot.waitSignal(background.finished, timeout=10_000):
        assert background.background_sync()
    assert syncs == [] and not background.in_team and not background.timer.isActive()


def test_a_sync_running_is_not_started_twice(
    qtbot: QtBot,
    context: AppContext,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _join(context, tmp_path)
    panel = SyncPanel(context)
    qtbot.addWidget(panel)
    background = panel.background
    release = threading.Event()
    entered = threading.Event()
    calls: list[int] = []
    outcome: list[bool] = [True]  # the running sync succeeds, then fails

    def slow(_workspace: object) -> sync.SyncCounts:
        calls.append(1)
        entered.set()
        assert release.wait(10)
        if outcome[0]:
            return sync.SyncCounts(0, 0, 0, datetime.now(UTC))
        raise StoreError("Server nicht erreichbar")

    monkeypatch.setattr(sync, "sync", slow)
    for succeeds in (True, False):
        outcome[0] = succeeds
        release.clear()
        entered.clear()
        calls.clear()
        assert background.background_sync()
        assert entered.wait(10)
        assert not background.background_sync()  # the timer's turn: not a second one
        statuses: list[str] = []
        panel.status.connect(statuses.append)
        panel.sync_now()  # nor the button
        panel.status.disconnect(statuses.append)
        assert statuses == ["Ein Abgleich läuft bereits im Hintergrund."]
        background.network.reachability_changed(Reachability.Disconnected)
        background.network.reachability_changed(Reachability.Online)  # back meanwhile
        _settle(qtbot)
        assert calls == [1]  # still the one
        with qtbot.waitSignal(background.finished, timeout=10_000):
            release.set()
        release.set()
        _settle(qtbot)
        qtbot.waitUntil(lambda: not background.running, timeout=10_000)
        # a failed one (begun before the network was up) is followed by one more; a
        # successful one by none
        assert len(calls) == (1 if succeeds else 2)


def test_without_a_backend_the_timers_alone_and_the_panel_says_so(
    qtbot: QtBot,
    context: AppContext,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    syncs: list[str],
) -> None:
    monkeypatch.setattr(network_watch, "system_information", lambda: None)
    _join(context, tmp_path)
    panel = SyncPanel(context)
    qtbot.addWidget(panel)
    background = panel.background
    assert not background.watches_network and background.timer.isActive()
    assert panel.state.text().endswith("Abgleich im Hintergrund alle 5 Minuten.")
    assert "Netzwerk" not in panel.state.text()

    def unreachable(_workspace: object) -> sync.SyncCounts:
        raise StoreError("Server nicht erreichbar")

    monkeypatch.setattr(sync, "sync", unreachable)
    with qtbot.waitSignal(panel.background_done, timeout=10_000):
        panel.background_sync()
    assert panel.note.text().endswith("nächster Versuch in 5 Minuten.")


def test_with_a_backend_the_panel_promises_the_network(
    qtbot: QtBot, context: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    class Told:
        def reachability(self) -> Reachability:
            return Reachability.Online

        class reachabilityChanged:  # noqa: N801 - the signal's name
            @staticmethod
            def connect(_slot: object) -> None:
                pass

    monkeypatch.setattr(network_watch, "system_information", Told)
    _join(context, tmp_path)
    panel = SyncPanel(context)
    qtbot.addWidget(panel)
    assert panel.background.watches_network
    assert panel.state.text().endswith(
        "Abgleich im Hintergrund alle 5 Minuten und sobald das Netzwerk wieder erreichbar ist."
    )


def test_the_systems_own_signal_starts_the_sync(
    qtbot: QtBot, context: AppContext, tmp_path: Path, syncs: list[str]
) -> None:
    """With the system's real network information, where this machine has a backend."""
    if network_watch.system_information() is None:
        pytest.skip("no network information backend here")
    _join(context, tmp_path)
    panel = SyncPanel(context)
    qtbot.addWidget(panel)
    information = QNetworkInformation.instance()
    assert information is not None and panel.background.watches_network
    information.reachabilityChanged.emit(Reachability.Disconnected)
    information.reachabilityChanged.emit(Reachability.Online)
    with qtbot.waitSignal(panel.background_done, timeout=10_000):
        pass
    _settle(qtbot)
    assert len(syncs) == 1


def test_the_start_syncs_a_device_without_the_settings_view(
    qtbot: QtBot,
    context: AppContext,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    syncs: list[str],
) -> None:
    """The views are built when first shown; the settings view (whose panel shows the sync) may
    never be: the app's start starts the background syncs all the same (``ui.app``)."""
    _join(context, tmp_path)
    monkeypatch.setattr(team_sync, "FIRST_SECONDS", 0.2)
    background = context.team_sync()
    waited: list[int] = []
    background.start(lambda: waited.append(1))  # the app: the views' preloading thread
    assert not background.timer.isActive()  # nothing read at the start: the worker finds out
    with qtbot.waitSignal(background.finished, timeout=10_000):
        pass
    assert len(syncs) == 1 and background.in_team
    assert waited == [1]  # it waited for the preloading before importing the sync's modules
    assert background.timer.isActive() and not background.first.isActive()
    # the panel built later shares it: no second first sync
    panel = SyncPanel(context)
    qtbot.addWidget(panel)
    assert panel.background is background and not background.first.isActive()


def test_rows_a_background_sync_brought_are_shown_in_the_visible_view(
    qtbot: QtBot, context: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    from nspdesk.ui.app import follow_team_sync
    from nspdesk.ui.main_window import MainWindow

    window = MainWindow(context=context)
    qtbot.addWidget(window)
    view = window.current_view()
    read: list[str] = []
    monkeypatch.setattr(view, "activated", lambda: read.append("read"))
    team = context.team_sync()
    follow_team_sync(window, team)
    team.succeeded.emit(sync.SyncCounts(2, 0, 0, datetime.now(UTC)))  # only sent: nothing new
    assert read == []
    team.succeeded.emit(sync.SyncCounts(0, 3, 0, datetime.now(UTC)))
    assert read == ["read"]
    monkeypatch.setattr(view, "has_unsaved_changes", lambda: True)
    team.succeeded.emit(sync.SyncCounts(0, 3, 0, datetime.now(UTC)))
    assert read == ["read"]  # the user's unsaved edits first: read when the view is shown again


def test_at_the_end_a_running_sync_may_finish_before_the_database_closes(
    qtbot: QtBot, context: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The app's end waits for a background sync that runs (up to a limit), so the store is not
    closed under its connection; no new sync starts after it."""
    _join(context, tmp_path)
    background = context.team_sync()
    release = threading.Event()
    entered = threading.Event()
    ended: list[str] = []

    def slow(_workspace: object) -> sync.SyncCounts:
        entered.set()
        assert release.wait(10)
        ended.append("ended")
        return sync.SyncCounts(0, 0, 0, datetime.now(UTC))

    monkeypatch.setattr(sync, "sync", slow)
    assert background.background_sync()
    assert entered.wait(10)
    assert not background.finish(0.2)  # still running after the limit: the app goes on closing
    threading.Timer(0.3, release.set).start()
    assert background.finish(10)  # ended within the limit
    assert ended == ["ended"]
    assert not background.timer.isActive() and not background.first.isActive()
    background.network_back()  # the network back after the end: no sync
    assert not background.running
