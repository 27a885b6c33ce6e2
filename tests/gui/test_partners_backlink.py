"""Partner view, backlink: "Jetzt prüfen" and "Alle prüfen" against a real HTTP server on
127.0.0.1 (no outside network); an unreachable site keeps the last verdict; cancelling a batch."""

from __future__ import annotations

import socket
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from nspdesk.domain.compliance import Backlink, RequirementId, evaluate
from nspdesk.domain.standing import Standing, standing_of
from nspdesk.services.partner_overview import PartnerRow
from nspdesk.store.figures import partner_facts
from nspdesk.store.models import BacklinkCheck
from nspdesk.store.partners import get_partner, list_partners
from nspdesk.ui.context import AppContext
from nspdesk.ui.views.partners import PartnersView
from nspdesk.web.fetch import FetchLimits
from tests.gui.conftest import DEMO_DAY

pytestmark = pytest.mark.gui

YEAR = DEMO_DAY.year - 1
FAST = FetchLimits(connect_timeout=2, read_timeout=2, total_timeout=5)
PAGES = {
    "/follow": '<p>Partner von <a href="https://www.nospamproxy.de/">NoSpamProxy</a></p>',
    "/nofollow": '<a href="https://www.nospamproxy.de/" rel="nofollow">NoSpamProxy</a>',
}


@dataclass
class Site:
    stop: threading.Event = field(default_factory=threading.Event)
    lock: threading.Lock = field(default_factory=threading.Lock)
    in_flight: int = 0  # /slow requests being answered
    max_in_flight: int = 0
    requests: int = 0


class Handler(BaseHTTPRequestHandler):
    server: Server

    def log_message(self, format: str, *args: Any) -> None:
        pass

    def do_GET(self) -> None:
        site = self.server.site
        with site.lock:
            site.requests += 1
        try:
            if self.path == "/slow":
                with site.lock:
                    site.in_flight += 1
                    site.max_in_flight = max(site.max_in_flight, site.in_flight)
                site.stop.wait(30)  # until the test ends; the client gives up first
                with site.lock:
                    site.in_flight -= 1
                return
            body = PAGES.get(self.path)
            if body is None:
                self.send_error(404)
                return
            data = body.encode()
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)
        except (BrokenPipeError, ConnectionResetError):
            pass


class Server(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, site: Site) -> None:
        super().__init__(("127.0.0.1", 0), Handler)
        self.site = site

    def handle_error(self, request: Any, client_address: Any) -> None:
        pass


@pytest.fixture
def site() -> Site:
    return Site()


@pytest.fixture
def base(site: Site) -> Iterator[str]:
    server = Server(site)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05})
    thread.daemon = True
    thread.start()
    host, port = server.server_address[:2]
    try:
        yield f"http://{host!s}:{port}"
    finally:
        site.stop.set()
        server.shutdown()
        server.server_close()
        thread.join()


@pytest.fixture
def closed_port() -> int:
    """A port on 127.0.0.1 nobody listens on: the connection is refused at once."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.fixture
def view(
    qtbot: QtBot, context: AppContext, monkeypatch: pytest.MonkeyPatch
) -> Iterator[PartnersView]:
    monkeypatch.setattr(PartnersView, "today", staticmethod(lambda: DEMO_DAY))
    widget = PartnersView(context)
    widget.fetch_limits = FAST
    qtbot.addWidget(widget)
    widget.year.setValue(DEMO_DAY.year - 1)  # the figures the tier is confirmed on
    yield widget
    if widget.task is not None:  # never leave a worker running into the next test
        widget.cancel_check()
        qtbot.waitUntil(lambda: widget.task is None, timeout=10_000)


def partner_id(context: AppContext, company_start: str) -> int:
    with context.workspace.database.read() as session:
        return next(p.id for p in list_partners(session) if p.company.startswith(company_start))


def point_to(context: AppContext, url: str, partner: int | None = None) -> None:
    """Let one partner (or all) be checked at ``url``."""
    with context.workspace.database.write() as session:
        partners = list_partners(session) if partner is None else [get_partner(session, partner)]
        for stored in partners:
            stored.backlink_url = url


def checks(context: AppContext, partner: int | None = None) -> list[tuple[int, str, str]]:
    with context.workspace.database.read() as session:
        query = select(BacklinkCheck).order_by(BacklinkCheck.id)
        if partner is not None:
            query = query.where(BacklinkCheck.partner_id == partner)
        return [(c.partner_id, c.verdict, c.url) for c in session.scalars(query)]


def count_checks(context: AppContext) -> int:
    with context.workspace.database.read() as session:
        return int(session.scalar(select(func.count()).select_from(BacklinkCheck)) or 0)


def list_row(view: PartnersView, partner: int) -> tuple[PartnerRow, str]:
    proxy = view.list.model
    for index in range(proxy.rowCount()):
        row: PartnerRow = proxy.row(index)
        if row.id == partner:
            return row, str(proxy.data(proxy.index(index, 6)))
    raise AssertionError(f"partner {partner} not in the list")


def engine_standing(context: AppContext, partner: int) -> Standing:
    program = context.library.edition_for(DEMO_DAY)
    with context.workspace.database.read() as session:
        facts, _ = partner_facts(session, program, get_partner(session, partner), YEAR, DEMO_DAY)
    return standing_of(evaluate(program, facts)).standing


# --- one partner --------------------------------------------------------------------------------


def test_check_now_stores_the_verdict_and_updates_the_row(
    qtbot: QtBot, view: PartnersView, context: AppContext, base: str
) -> None:
    elbtal = partner_id(context, "Elbtal")  # Business, below: its last check found only nofollow
    point_to(context, f"{base}/follow", elbtal)
    assert view.select_partner(elbtal, "backlink")
    panel = view.detail.backlink
    before, text = list_row(view, elbtal)
    assert (before.standing, before.backlink, text) == (
        Standing.BELOW,
        Backlink.NOFOLLOW,
        "nofollow",
    )
    stored_before = len(checks(context, elbtal))

    with qtbot.waitSignal(view.status, timeout=10_000) as status:
        panel.check_button.click()
        assert not panel.progress.isHidden() and not panel.cancel_button.isHidden()
        assert not panel.check_button.isEnabled()
    qtbot.waitUntil(lambda: view.task is None, timeout=10_000)

    assert status.args == ["Backlink Elbtal EDV KG: Follow-Link"]
    stored = checks(context, elbtal)
    assert len(stored) == stored_before + 1
    assert stored[-1] == (elbtal, "follow", f"{base}/follow")
    # the row: the new verdict, and the traffic light the engine gives with it
    after, text = list_row(view, elbtal)
    assert (after.backlink, text) == (Backlink.FOLLOW, "Follow")
    assert after.last_check is not None and after.last_check.age_days <= 0
    assert after.standing is engine_standing(context, elbtal)
    # the panel: the verdict, its age, the button back
    assert "Follow-Link" in panel.verdict.text()
    assert panel.age.text().startswith("heute geprüft")
    assert "Follow-Link" in panel.outcome.text()
    assert panel.progress.isHidden() and panel.cancel_button.isHidden()
    assert panel.check_button.isEnabled()
    assert view.detail.current_tab() == "backlink"  # the user stays where they were
    assert "für Business Partner erforderlich" in panel.requirement.text()
    assert ">erfüllt<" in panel.requirement.text()
    dashboard = view.detail.dashboard.shown_results()
    assert dashboard[("business", RequirementId.BACKLINK)] is True


def test_unreachable_site_keeps_the_last_verdict_and_says_so(
    qtbot: QtBot, view: PartnersView, context: AppContext, closed_port: int
) -> None:
    rheinwerk = partner_id(context, "Rheinwerk")  # Premium (at risk), last check: follow
    point_to(context, f"http://127.0.0.1:{closed_port}/partner", rheinwerk)
    view.select_partner(rheinwerk, "backlink")
    panel = view.detail.backlink
    standing_before = list_row(view, rheinwerk)[0].standing
    assert standing_before is Standing.AT_RISK

    panel.check_button.click()
    qtbot.waitUntil(lambda: view.task is None, timeout=10_000)

    assert checks(context, rheinwerk)[-1][1] == "unreachable"  # stored, with its time
    assert "nicht erreichbar – letzte Bewertung bleibt" in panel.outcome.text()
    assert "nicht erreichbar" in panel.verdict.text()
    assert "es zählt: Follow-Link vorhanden" in panel.verdict.text()
    row, text = list_row(view, rheinwerk)
    assert text == "unerreichbar"
    assert row.backlink is Backlink.FOLLOW  # the verdict that counts is the last real one
    assert row.standing is standing_before  # not red because the site could not be reached
    assert view.detail.dashboard.shown_results()[("premium", RequirementId.BACKLINK)] is True


def test_cancel_check_now(
    qtbot: QtBot, view: PartnersView, context: AppContext, base: str, site: Site
) -> None:
    view.fetch_limits = FetchLimits(connect_timeout=10, read_timeout=10, total_timeout=30)
    hanse = partner_id(context, "Hanse")
    point_to(context, f"{base}/slow", hanse)
    view.select_partner(hanse, "backlink")
    stored_before = checks(context, hanse)
    panel = view.detail.backlink
    panel.check_button.click()
    qtbot.waitUntil(lambda: site.in_flight == 1, timeout=5_000)
    panel.cancel_button.click()
    qtbot.waitUntil(lambda: view.task is None, timeout=5_000)
    assert "abgebrochen" in panel.outcome.text()
    assert checks(context, hanse) == stored_before
    assert list_row(view, hanse)[0].backlink is Backlink.FOLLOW


# --- all partners -------------------------------------------------------------------------------


def test_check_all_with_progress(
    qtbot: QtBot, view: PartnersView, context: AppContext, base: str
) -> None:
    point_to(context, f"{base}/follow")
    elbtal = partner_id(context, "Elbtal")
    point_to(context, f"{base}/nofollow", elbtal)
    total = view.list.model.rowCount()
    seen: list[tuple[int, int]] = []
    view.list.check_all_button.click()
    assert view.task is not None
    view.task.progressed.connect(lambda done, count, _url: seen.append((done, count)))
    assert not view.list.check_all_button.isEnabled()
    assert not view.list.batch_progress.isHidden()
    qtbot.waitUntil(lambda: view.task is None, timeout=20_000)

    assert view.list.batch_progress.isHidden() and view.list.batch_cancel.isHidden()
    assert view.list.check_all_button.isEnabled()
    assert view.list.batch_summary.text() == (
        f"{total} Partner geprüft: {total - 1} Follow-Link, 1 nur nofollow"
    )
    assert seen and seen[-1] == (total, total)
    rows = {row.id: row for row in view.list.model.rows()}
    assert all(row.last_check is not None and row.last_check.age_days <= 0 for row in rows.values())
    assert rows[elbtal].backlink is Backlink.NOFOLLOW
    assert {r.backlink for i, r in rows.items() if i != elbtal} == {Backlink.FOLLOW}
    for partner, row in rows.items():
        assert row.standing is engine_standing(context, partner)


def test_cancel_check_all(
    qtbot: QtBot, view: PartnersView, context: AppContext, base: str, site: Site
) -> None:
    # a broken cancel would wait for these timeouts and store "unreachable" results
    view.fetch_limits = FetchLimits(connect_timeout=10, read_timeout=10, total_timeout=30)
    point_to(context, f"{base}/slow")
    stored_before = count_checks(context)
    standings = {row.id: row.standing for row in view.list.model.rows()}

    view.list.check_all_button.click()
    qtbot.waitUntil(lambda: site.in_flight >= 4, timeout=5_000)
    assert not view.list.batch_cancel.isHidden() and view.list.batch_cancel.isEnabled()
    assert view.list.batch_progress.format() == f"0 von {len(standings)} geprüft"
    qtbot.wait(200)
    assert site.max_in_flight == 4  # bounded concurrency: never all twelve at once

    view.list.batch_cancel.click()
    assert not view.list.batch_cancel.isEnabled()
    qtbot.waitUntil(lambda: view.task is None, timeout=5_000)

    assert count_checks(context) == stored_before  # nothing half-checked is stored
    assert view.list.batch_summary.text() == f"0 Partner geprüft; {len(standings)} abgebrochen"
    assert view.list.check_all_button.isEnabled()
    assert view.list.batch_progress.isHidden() and view.list.batch_cancel.isHidden()
    assert {row.id: row.standing for row in view.list.model.rows()} == standings
    assert site.requests <= 4  # no check started after the cancel


def test_check_all_without_network_keeps_every_verdict_and_says_so(
    qtbot: QtBot, view: PartnersView, context: AppContext, closed_port: int
) -> None:
    point_to(context, f"http://127.0.0.1:{closed_port}/partner")
    before = {row.id: (row.standing, row.backlink) for row in view.list.model.rows()}
    stored_before = count_checks(context)
    view.check_all()
    qtbot.waitUntil(lambda: view.task is None, timeout=20_000)

    summary = view.list.batch_summary.text()
    assert summary.startswith(f"{len(before)} Partner geprüft: {len(before)} nicht erreichbar")
    assert "keine Netzverbindung? Die letzten Bewertungen bleiben." in summary
    assert count_checks(context) == stored_before + len(before)  # stored, with their time
    assert {row.id: (row.standing, row.backlink) for row in view.list.model.rows()} == before
    assert {list_row(view, partner)[1] for partner in before} == {"unerreichbar"}
