"""A list's count still running when another list is asked for is stopped in the database, the
count of the list asked for again is not, and the connection serves the next read (SQLite and
PostgreSQL)."""

from __future__ import annotations

import threading
import time
from datetime import date
from typing import Any

import pytest
from sqlalchemy import text
from sqlalchemy.orm import Session

from nspdesk.domain.editions import ProgramLibrary
from nspdesk.services import partner_overview as overview
from nspdesk.services import quotes as quote_service
from nspdesk.services.list_counts import CountSuperseded, RunningCounts
from nspdesk.services.workspace import Workspace
from nspdesk.store import quote_list, standings
from nspdesk.store.opening import Store
from nspdesk.store.quote_list import QuoteQuery
from nspdesk.store.standings import StandingQuery as PartnerQuery


def _slow(session: Session, seconds: float) -> int:
    """A statement that runs about ``seconds`` (longer on a busy machine)."""
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text(f"SELECT pg_sleep({seconds})"))
        return 1
    steps = int(seconds * 5_000_000)
    return int(
        session.execute(
            text(
                "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < :n)"
                " SELECT count(*) FROM c"
            ),
            {"n": steps},
        ).scalar_one()
    )


def _in_thread(work: Any) -> tuple[threading.Thread, list[object]]:
    outcome: list[object] = []

    def run() -> None:
        try:
            outcome.append(work())
        except Exception as error:  # the outcome the test looks at
            outcome.append(error)

    thread = threading.Thread(target=run)
    thread.start()
    return thread, outcome


def _running(counts: RunningCounts, database: object) -> None:
    ends = time.monotonic() + 10
    while not counts._running.get(database) and time.monotonic() < ends:
        time.sleep(0.01)
    time.sleep(0.1)  # the statement under way


def test_a_count_of_another_list_is_stopped(store: Store) -> None:
    counts = RunningCounts()
    database = store.database

    def count(list_: str, seconds: float) -> int:
        with database.read() as session, counts.counting(database, list_, session):
            return _slow(session, seconds)

    thread, outcome = _in_thread(lambda: count("cloud", 20))
    _running(counts, database)
    started = time.monotonic()
    with database.read() as session:
        counts.supersede(database, "cloud prot", session)
    thread.join(15)
    assert not thread.is_alive()
    assert isinstance(outcome[0], CountSuperseded)
    assert time.monotonic() - started < 10  # stopped, not run to its end
    # the same list asked for again leaves its count alone
    thread, outcome = _in_thread(lambda: count("cloud", 0.3))
    _running(counts, database)
    with database.read() as session:
        counts.supersede(database, "cloud", session)
    thread.join(30)
    assert isinstance(outcome[0], int)
    # the connections serve the next reads, and nothing is left registered
    for _ in range(3):
        with database.read() as session:
            assert session.execute(text("SELECT 1")).scalar_one() == 1
    assert counts._running.get(database) == []
    with database.read() as session:
        counts.supersede(database, "other", session)  # nothing running: nothing to stop


def test_a_keystroke_stops_the_last_keystrokes_count(
    store: Store, library: ProgramLibrary, monkeypatch: pytest.MonkeyPatch
) -> None:
    workspace = Workspace(store, library)
    monkeypatch.setattr(quote_list, "count_quotes", lambda session, _query: _slow(session, 20))
    thread, outcome = _in_thread(lambda: quote_service.quote_count(workspace, QuoteQuery("clo")))
    _running(quote_service._COUNTS, store.database)
    assert quote_service.quote_window(workspace, QuoteQuery("clou"), 0, 60) == []
    thread.join(15)
    assert isinstance(outcome[0], CountSuperseded)


def test_a_partner_keystroke_stops_the_last_keystrokes_count(
    store: Store, library: ProgramLibrary, monkeypatch: pytest.MonkeyPatch
) -> None:
    workspace = Workspace(store, library)
    as_of = date(2026, 11, 25)
    monkeypatch.setattr(standings, "count", lambda session, _query: _slow(session, 20))
    thread, outcome = _in_thread(
        lambda: overview.partner_page(workspace, PartnerQuery(2026, "dat"), as_of, 0, 0, False)
    )
    _running(overview._COUNTS, store.database)
    assert overview.partner_rows(workspace, PartnerQuery(2026, "date"), as_of, 0, 60) == []
    thread.join(15)
    assert isinstance(outcome[0], CountSuperseded)
