"""A team database (PostgreSQL) lost while the app or a command works on it: the next action says
so in one sentence (which database, which server, why; the action not saved, nothing saved before
lost), never a traceback; once the server is back the next action works, without a restart.

The server is taken away the ways it goes in real life: the connection ended by the server
(``pg_terminate_backend``, as a restart or an administrator does) in the middle of an action or at
its commit, the database closed to new connections, the server stopped. Each test runs on a fresh
database of the ``pg_virtualenv`` server and skips without one.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import psycopg
import pytest
from sqlalchemy import Engine, event, select
from sqlalchemy.engine import make_url
from sqlalchemy.exc import OperationalError

from nspdesk.cli import main
from nspdesk.domain.letterhead import Sender, demo_sender
from nspdesk.services import letterhead
from nspdesk.services.errors import DatabaseUnavailableError, StoreError
from nspdesk.services.workspace import Workspace, open_workspace
from nspdesk.store.location import Location
from nspdesk.store.models.sender import SenderRow
from nspdesk.store.sender import save_sender
from tests.integration.store_backends import (
    PG_SKIP,
    _server_url,
    postgres_available,
    postgres_database,
)
from tests.unit.english_catalog import english

pytestmark = pytest.mark.skipif(not postgres_available(), reason=PG_SKIP)
SENDER_TABLE = SenderRow.__tablename__
NOT_SAVED = (
    "Diese Aktion wurde nicht gespeichert; alles zuvor Gespeicherte bleibt erhalten. Bitte erneut "
    "versuchen, sobald der Server wieder erreichbar ist."
)


def admin(database: str | None = None) -> psycopg.Connection[Any]:
    """A second connection (to the server's own database unless ``database``), for doing what an
    administrator or a colleague does."""
    url = _server_url(database or os.environ.get("PGDATABASE", "postgres"))
    return psycopg.connect(url.replace("postgresql+psycopg", "postgresql"), autocommit=True)


def terminate(pid: int) -> None:
    with admin() as connection:
        connection.execute("SELECT pg_terminate_backend(%s)", (pid,))


def name_of(location: Location) -> str:
    database = make_url(location.url).database
    assert database is not None
    return database


@pytest.fixture
def location() -> Iterator[Location]:
    with postgres_database() as where:
        yield where


@pytest.fixture
def workspace(location: Location) -> Iterator[Workspace]:
    opened = open_workspace(location.url)
    letterhead.save_letterhead(opened, demo_sender())
    yield opened
    opened.close()


@pytest.fixture
def kill_at(workspace: Workspace) -> Iterator[Callable[[str], None]]:
    """``kill_at("UPDATE")``: the workspace's next statement starting so (or ``"COMMIT"``: its next
    commit) finds its connection ended by the server, once."""
    engine = workspace.database.engine
    armed: list[str] = []

    def before_statement(connection: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        if armed and armed[0] != "COMMIT" and statement.lstrip().upper().startswith(armed[0]):
            armed.clear()
            terminate(connection.connection.dbapi_connection.info.backend_pid)

    def before_commit(connection: Any) -> None:
        if armed == ["COMMIT"]:
            armed.clear()
            terminate(connection.connection.dbapi_connection.info.backend_pid)

    event.listen(engine, "before_cursor_execute", before_statement)
    event.listen(engine, "commit", before_commit)
    yield armed.append
    event.remove(engine, "before_cursor_execute", before_statement)
    event.remove(engine, "commit", before_commit)


def changed(sender: Sender) -> Sender:
    return replace(sender, company="Nach dem Ausfall GmbH", city="Köln")


def test_a_connection_ended_while_idle_is_replaced_unnoticed(workspace: Workspace) -> None:
    """The server ends the pooled connection between two actions (a restart, an administrator):
    the next action connects anew and works; nothing to tell."""
    with workspace.database.read() as session:
        pid = session.connection().connection.dbapi_connection.info.backend_pid  # type: ignore[union-attr]
    terminate(pid)
    letterhead.save_letterhead(workspace, changed(demo_sender()))
    assert letterhead.load_letterhead(workspace).company == "Nach dem Ausfall GmbH"


def test_a_connection_ended_in_the_middle_of_an_action(
    workspace: Workspace, location: Location, kill_at: Callable[[str], None]
) -> None:
    kill_at("UPDATE")
    with pytest.raises(DatabaseUnavailableError) as lost:
        letterhead.save_letterhead(workspace, changed(demo_sender()))
    server = f"{os.environ['PGHOST']}:{os.environ['PGPORT']}"
    assert str(lost.value) == (
        f"Die Team-Datenbank {name_of(location)} auf dem Server {server} ist nicht erreichbar: "
        f"der Server hat die Verbindung beendet (Neustart oder Wartung?). {NOT_SAVED}"
    )
    assert english(lost.value.message) == (
        f"The team database {name_of(location)} on the server {server} cannot be reached: the "
        "server ended the connection (a restart or maintenance?). This action was not saved; "
        "everything saved before is kept. Please try again once the server can be reached."
    )
    assert letterhead.load_letterhead(workspace) == demo_sender()  # the next action works
    letterhead.save_letterhead(workspace, changed(demo_sender()))
    assert letterhead.load_letterhead(workspace).company == "Nach dem Ausfall GmbH"


def test_a_connection_ended_at_the_commit_says_the_outcome_is_open(
    workspace: Workspace, kill_at: Callable[[str], None]
) -> None:
    """At the commit the client cannot know whether the server committed before the connection
    went: the sentence says to look after reloading rather than promise either."""
    kill_at("COMMIT")
    with pytest.raises(DatabaseUnavailableError) as lost:
        letterhead.save_letterhead(workspace, changed(demo_sender()))
    assert "war beim Speichern nicht mehr erreichbar" in str(lost.value)
    assert "Ob diese Aktion noch gespeichert wurde, zeigt das Neuladen" in str(lost.value)
    assert "\n" not in str(lost.value)
    assert letterhead.load_letterhead(workspace) == demo_sender()  # ended before: not saved


def test_a_database_closed_to_connections_and_opened_again(
    workspace: Workspace, location: Location
) -> None:
    name = name_of(location)
    with admin() as connection:
        connection.execute(f'ALTER DATABASE "{name}" ALLOW_CONNECTIONS false')
        connection.execute(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = %s", (name,)
        )
    try:
        with pytest.raises(DatabaseUnavailableError) as lost:
            letterhead.save_letterhead(workspace, changed(demo_sender()))
        assert "die Datenbank nimmt gerade keine Verbindungen an (Wartung?)." in str(lost.value)
        assert NOT_SAVED in str(lost.value)
        with pytest.raises(DatabaseUnavailableError):
            letterhead.load_letterhead(workspace)
    finally:
        with admin() as connection:
            connection.execute(f'ALTER DATABASE "{name}" ALLOW_CONNECTIONS true')
    assert letterhead.load_letterhead(workspace) == demo_sender()


def _cluster() -> list[str] | None:
    """``[version, name]`` of the pg_virtualenv cluster on PGPORT, if pg_ctlcluster can stop it."""
    if shutil.which("pg_lsclusters") is None or shutil.which("pg_ctlcluster") is None:
        return None
    listed = subprocess.run(
        ["pg_lsclusters", "--no-header"], check=False, capture_output=True, text=True
    )
    for line in listed.stdout.splitlines():
        version, name, port, *_ = line.split()
        if port == os.environ["PGPORT"]:
            return [version, name]
    return None


def test_a_stopped_server_and_its_restart(workspace: Workspace) -> None:
    cluster = _cluster()
    if cluster is None:
        pytest.skip("pg_ctlcluster cannot stop this server")
    subprocess.run(["pg_ctlcluster", *cluster, "stop", "-m", "fast"], check=True)
    try:
        with pytest.raises(DatabaseUnavailableError) as lost:
            letterhead.save_letterhead(workspace, changed(demo_sender()))
        assert "die Verbindung wurde abgelehnt (läuft der Server" in str(lost.value)
        assert NOT_SAVED in str(lost.value)
    finally:
        subprocess.run(["pg_ctlcluster", *cluster, "start"], check=True)
    assert letterhead.load_letterhead(workspace) == demo_sender()


def test_an_error_of_a_live_connection_is_not_called_a_lost_server(
    workspace: Workspace, location: Location
) -> None:
    """A statement the server refuses on a working connection (here: a lock it cannot get in time,
    an ``OperationalError`` too) is not "the server cannot be reached"."""
    with admin(name_of(location)) as other, other.transaction():
        other.execute(f"LOCK TABLE {SENDER_TABLE} IN ACCESS EXCLUSIVE MODE")
        with pytest.raises(OperationalError) as refused, workspace.database.write() as session:
            session.connection().exec_driver_sql("SET LOCAL lock_timeout = '100ms'")
            save_sender(session, changed(demo_sender()))
    assert getattr(refused.value.orig, "sqlstate", None) == "55P03"  # lock not available
    assert not isinstance(refused.value, StoreError)
    assert letterhead.load_letterhead(workspace) == demo_sender()


def test_a_command_on_a_server_lost_mid_command_says_one_line(
    location: Location, capsys: pytest.CaptureFixture[str]
) -> None:
    """``nspdesk demo`` whose connection the server ends while it writes the partners: one line,
    exit 1, nothing of the demo saved; the same command works next time."""
    armed = [True]

    def before_statement(connection: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        if armed and statement.lstrip().upper().startswith("INSERT INTO PARTNERS"):
            armed.clear()
            terminate(connection.connection.dbapi_connection.info.backend_pid)

    event.listen(Engine, "before_cursor_execute", before_statement)
    try:
        code = main(["--db", location.url, "demo"])
    finally:
        event.remove(Engine, "before_cursor_execute", before_statement)
    _, err = capsys.readouterr()
    assert not armed, "the demo wrote no partner"
    assert code == 1
    assert err.count("\n") == 1 and "Traceback" not in err
    assert "ist nicht erreichbar: der Server hat die Verbindung beendet" in err
    assert main(["--db", location.url, "partners", "list", "--json"]) == 0
    assert capsys.readouterr().out.strip() == "[]"
    assert main(["--db", location.url, "demo"]) == 0


def test_a_team_database_lost_in_the_middle_of_a_sync(tmp_path: Path) -> None:
    """The hub goes away after it took the laptop's changes and before the laptop read the others'
    (the snapshot on a connection of its own): one sentence naming the team database, the laptop's
    file unchanged, and the next sync, once the server is back, finishes the job."""
    from nspdesk.store.models import Partner
    from nspdesk.store.sync import team
    from tests.integration import factories
    from tests.integration.sync_setup import hub_store, joined

    with hub_store("postgresql", tmp_path) as hub:
        laptop = joined(hub, tmp_path, "MK")
        try:
            with laptop.database.write() as session:
                factories.partner(session, company="Unterwegs GmbH")
            name = name_of(hub.location)

            def lose_the_hub(point: str) -> None:
                if point == "hub_committed":
                    with admin() as connection:
                        connection.execute(f'ALTER DATABASE "{name}" ALLOW_CONNECTIONS false')
                        connection.execute(
                            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
                            " WHERE datname = %s",
                            (name,),
                        )

            try:
                with pytest.raises(DatabaseUnavailableError) as lost:
                    team.sync(laptop.database, hub.database, hook=lose_the_hub)
            finally:
                with admin() as connection:
                    connection.execute(f'ALTER DATABASE "{name}" ALLOW_CONNECTIONS true')
            assert str(lost.value).startswith("Die Team-Datenbank")
            assert "\n" not in str(lost.value)
            with laptop.database.read() as session:  # not acknowledged on the laptop
                assert team.unsent(session.connection()) == 1
            again = team.sync(laptop.database, hub.database)
            assert again.conflicts == 0
            with hub.database.read() as session:
                companies = session.scalars(select(Partner.company)).all()
            assert companies.count("Unterwegs GmbH") == 1  # sent once, not twice
            with laptop.database.read() as session:
                assert team.unsent(session.connection()) == 0
        finally:
            laptop.close()
