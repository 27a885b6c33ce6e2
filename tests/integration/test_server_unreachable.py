"""A PostgreSQL server that cannot be reached or refuses: one German line naming the server, the
database and the cause; never the password, a traceback or SQLAlchemy's link; exit code 1 as for
other store failures."""

from __future__ import annotations

import os
import socket

import pytest

from nspdesk.cli import main
from tests.integration.store_backends import PG_SKIP, postgres_available, postgres_database

SECRET = "geheim-42"


@pytest.fixture
def closed_port() -> int:
    """A port on this machine where nothing listens (bound and closed again)."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = int(probe.getsockname()[1])
    return port


def _run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(argv)
    out, err = capsys.readouterr()
    return code, out, err


def _clean(text: str) -> None:
    assert SECRET not in text
    assert "sqlalche.me" not in text
    assert "Traceback" not in text


def test_a_refused_connection_is_one_german_line(
    closed_port: int, capsys: pytest.CaptureFixture[str]
) -> None:
    url = f"postgresql+psycopg://vertrieb:{SECRET}@127.0.0.1:{closed_port}/nspdesk_team"
    code, out, err = _run(["quotes", "list", "--db", url], capsys)
    assert (code, out) == (1, "")
    assert err == (
        f"nspdesk quotes: Die Datenbank nspdesk_team auf dem Server 127.0.0.1:{closed_port} ist "
        "nicht erreichbar: die Verbindung wurde abgelehnt (läuft der Server, und nimmt er auf "
        "diesem Port Verbindungen an?).\n"
    )
    _clean(err)


def test_the_database_check_says_the_same(
    closed_port: int, capsys: pytest.CaptureFixture[str]
) -> None:
    url = f"postgresql+psycopg://vertrieb:{SECRET}@127.0.0.1:{closed_port}/nspdesk_team"
    code, out, err = _run(["db", "check", "--db", url], capsys)
    assert code == 1
    problem = out.splitlines()[1]
    assert problem.endswith(
        f"Die Datenbank nspdesk_team auf dem Server 127.0.0.1:{closed_port} ist nicht "
        "erreichbar: die Verbindung wurde abgelehnt (läuft der Server, und nimmt er auf diesem "
        "Port Verbindungen an?)."
    )
    _clean(out + err)


@pytest.mark.skipif(not postgres_available(), reason=PG_SKIP)
def test_a_wrong_password_and_a_missing_database_are_named(
    capsys: pytest.CaptureFixture[str],
) -> None:
    env = os.environ
    server = f"{env['PGHOST']}:{env['PGPORT']}"
    with postgres_database() as location:
        wrong = location.url.replace(f":{env['PGPASSWORD']}@", f":{SECRET}@")
        code, _, err = _run(["quotes", "list", "--db", wrong], capsys)
        assert code == 1
        _clean(err)
        assert f"auf dem Server {server} ist nicht erreichbar: " in err
        assert f"die Anmeldung als {env['PGUSER']} wurde abgelehnt" in err
    # the database is dropped now
    code, _, err = _run(["quotes", "list", "--db", location.url], capsys)
    assert code == 1
    assert env["PGPASSWORD"] not in err
    assert "gibt es auf dem Server nicht." in err
