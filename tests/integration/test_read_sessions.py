"""Read sessions: on PostgreSQL without ``BEGIN``/``ROLLBACK`` and without a ping of a connection
used a moment ago (round trips of every keystroke in a list, bench/README.md "pg-reads"), yet
reading what others committed, keeping nothing they would write, and finding a connection the
server ended. SQLite's read sessions stay transactions (SQLite and PostgreSQL).

What went over the wire is read from libpq's own trace of the connection: the driver sends
``BEGIN`` and ``ROLLBACK`` itself, where SQLAlchemy's statement events do not see them.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import AbstractContextManager, nullcontext
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event, select, text

from nspdesk.store import database as database_module
from nspdesk.store.database import ReadSessionWriteError
from nspdesk.store.models import Partner
from nspdesk.store.opening import Store
from tests.integration import factories
from tests.integration.test_server_lost import admin


class Wire:
    """What the store's connections send: the statements SQLAlchemy executes (every dialect) and,
    on PostgreSQL, every query the driver sends (libpq's trace of each pooled connection)."""

    def __init__(self, store: Store, folder: Path) -> None:
        self.engine = store.database.engine
        self.statements: list[str] = []
        self.folder = folder
        self.traces: list[Any] = []
        self.postgresql = self.engine.dialect.name == "postgresql"
        event.listen(self.engine, "before_cursor_execute", self._executed)
        if self.postgresql:
            self.engine.dispose()  # every connection from now on is traced
            event.listen(self.engine.pool, "connect", self._trace)

    def _executed(self, _connection: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        self.statements.append(statement.strip())

    def _trace(self, dbapi_connection: Any, _record: Any) -> None:
        trace = (self.folder / f"libpq-{len(self.traces)}.trace").open("w")
        self.traces.append(trace)
        dbapi_connection.pgconn.trace(trace.fileno())
        dbapi_connection.pgconn.set_trace_flags(1 | 2)  # no timestamps, stable text

    def sent(self) -> list[str]:
        """The queries the driver sent so far (PostgreSQL): simple queries and parsed ones."""
        queries = []
        for trace in self.traces:
            trace.flush()
            for line in Path(trace.name).read_text().splitlines():
                parts = line.split("\t")
                if len(parts) > 3 and parts[0] == "F" and parts[2] in ("Query", "Parse"):
                    queries.append(" ".join(parts[3:]).strip())
        return queries

    def close(self) -> None:
        event.remove(self.engine, "before_cursor_execute", self._executed)
        if self.postgresql:
            event.remove(self.engine.pool, "connect", self._trace)
            self.engine.dispose()
        for trace in self.traces:
            trace.close()


@pytest.fixture
def wire(store: Store, tmp_path: Path) -> Iterator[Wire]:
    watching = Wire(store, tmp_path)
    yield watching
    watching.close()


def _said(queries: list[str], command: str) -> int:
    return sum(1 for query in queries if query.strip('"') == command)


def test_a_read_session_sees_what_another_connection_committed(store: Store, wire: Wire) -> None:
    """PostgreSQL: no transaction around a read session (each statement on its own, as READ
    COMMITTED read anyway), so nothing to begin or roll back; it reads a colleague's commit made
    between two of its statements. SQLite: the read session is a transaction as before."""
    database = store.database
    with database.write() as session:
        factories.partner(session, company="Vorher GmbH")
    sent_before = len(wire.sent())
    wire.statements.clear()
    with database.read() as session:
        first = set(session.scalars(select(Partner.company)))
        with database.write() as other:  # another connection of the pool: a colleague's commit
            factories.partner(other, company="Nachher GmbH")
        second = set(session.scalars(select(Partner.company)))
        dbapi_connection = session.connection().connection.dbapi_connection
        if wire.postgresql:
            assert dbapi_connection is not None
            assert dbapi_connection.info.transaction_status == 0  # IDLE: no transaction open
    assert first == {"Vorher GmbH"}
    if wire.postgresql:
        assert second == {"Vorher GmbH", "Nachher GmbH"}
        read_queries = [q for q in wire.sent()[sent_before:] if "partners.company" in q]
        assert len(read_queries) == 2
        # the write's own BEGIN and COMMIT, none of the read session's
        assert _said(wire.sent()[sent_before:], "ROLLBACK") == 0
        assert sum(1 for q in wire.sent()[sent_before:] if q.strip('"').startswith("BEGIN")) == 1
    else:
        assert second == {"Vorher GmbH"}  # SQLite's read transaction: one moment of the file
        assert wire.statements.count("BEGIN") == 1  # the read's (the write's is BEGIN IMMEDIATE)
    with database.read() as session:
        assert set(session.scalars(select(Partner.company))) == {"Vorher GmbH", "Nachher GmbH"}


def test_nothing_a_read_session_would_write_is_kept(store: Store) -> None:
    """Without a transaction a read session's write would be committed at once: PostgreSQL
    refuses it (a defect, said as such); SQLite's read session rolls it back as before."""
    database = store.database
    postgresql = store.location.url.startswith("postgresql")
    refused: AbstractContextManager[object] = (
        pytest.raises(ReadSessionWriteError) if postgresql else nullcontext()
    )
    with refused, database.read() as session:
        factories.partner(session, company="Nur gelesen GmbH")
        session.flush()
    with database.read() as session:
        assert list(session.scalars(select(Partner.company))) == []
    with database.read() as session:  # the connection serves the next read
        assert session.execute(text("SELECT 1")).scalar_one() == 1


def _backend_pid(store: Store) -> int:
    with store.database.read() as session:
        dbapi_connection = session.connection().connection.dbapi_connection
        assert dbapi_connection is not None
        return int(dbapi_connection.info.backend_pid)


def _ended(pid: int) -> None:
    """The server ends the connection (as a restart does) and its process is gone."""
    with admin() as connection:
        connection.execute("SELECT pg_terminate_backend(%s, 5000)", (pid,))  # waits for its end


def test_a_read_pings_only_a_connection_in_doubt(
    store: Store, wire: Wire, monkeypatch: pytest.MonkeyPatch
) -> None:
    """PostgreSQL: a connection used a moment ago goes to the next read session without a ping; a
    write session's is pinged every time, a read's after ``PING_AFTER_IDLE_S`` idle."""
    if not wire.postgresql:
        pytest.skip("the pool's pings are PostgreSQL's")
    database = store.database
    _backend_pid(store)  # connected
    sent = len(wire.sent())
    for _ in range(3):
        with database.read() as session:
            session.execute(text("SELECT 1")).all()
    assert _said(wire.sent()[sent:], ";") == 0  # the dialect's ping is an empty statement
    sent = len(wire.sent())
    with database.write() as session:
        session.execute(text("SELECT 2")).all()
    assert _said(wire.sent()[sent:], ";") == 1
    monkeypatch.setattr(database_module, "PING_AFTER_IDLE_S", 0.0)
    sent = len(wire.sent())
    with database.read() as session:
        session.execute(text("SELECT 3")).all()
    assert _said(wire.sent()[sent:], ";") == 1


def test_a_read_on_a_connection_the_server_ended_a_moment_ago_works(store: Store) -> None:
    """PostgreSQL: the server ended the pooled connection right after it was used (a restart, an
    administrator): the server's message on its socket marks it, the ping fails and a new
    connection reads; nothing to tell."""
    if not store.location.url.startswith("postgresql"):
        pytest.skip("a server's connection")
    with store.database.write() as session:
        factories.partner(session, company="Bleibt GmbH")
    pid = _backend_pid(store)
    _ended(pid)
    time.sleep(0.05)  # the socket's end travels on the loopback
    with store.database.read() as session:
        assert list(session.scalars(select(Partner.company))) == ["Bleibt GmbH"]
    assert _backend_pid(store) != pid
