"""``nspdesk sync …`` on the command line, against a team database on PostgreSQL (pg_virtualenv).

Issue #19: "`nspdesk sync --db LAPTOP.sqlite3 [--json]` … `--json` prints `{"pushed": n,
"pulled": n, "conflicts": n}`" and "The team database's password is kept in the system's credential
store …, never in a settings file, the laptop's database or a log".
"""

from __future__ import annotations

import functools
import json
import os
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from nspdesk.cli import main
from nspdesk.store.location import Location, sqlite_location
from nspdesk.store.models import Partner
from nspdesk.store.opening import open_store
from tests.integration import factories
from tests.integration.store_backends import PG_SKIP, postgres_available, postgres_database
from tests.integration.sync_setup import MemoryKeyring, memory_keyring


@pytest.fixture(name="memory_keyring")
def kept_passwords() -> Iterator[MemoryKeyring]:
    with memory_keyring() as kept:
        yield kept


@pytest.fixture
def team_db() -> Iterator[Location]:
    if not postgres_available():
        pytest.skip(PG_SKIP)
    with postgres_database() as location:
        opened = open_store(location)
        opened.close()
        yield location


def with_store(db: str, change: Callable[[Session], object]) -> None:
    opened = open_store(sqlite_location(Path(db)))
    with opened.database.write() as session:
        change(session)
    opened.close()


def _set_city(session: Session, city: str) -> None:
    partner = session.scalars(select(Partner)).one()
    partner.city = city


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(argv)
    out, err = capsys.readouterr()
    return code, out, err


def test_join_sync_conflicts_resolve_leave(
    team_db: Location,
    memory_keyring: MemoryKeyring,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    password = os.environ["PGPASSWORD"]
    url = team_db.url.replace("postgresql+psycopg://", "postgresql://")
    a, b = str(tmp_path / "a.sqlite3"), str(tmp_path / "b.sqlite3")
    code, out, err = run(["sync", "join", url, "--db", a, "--device", "MK", "--json"], capsys)
    assert code == 0, err
    assert json.loads(out) == {"pushed": 0, "pulled": 0, "conflicts": 0}
    assert list(memory_keyring.saved.values()) == [password]
    assert password.encode() not in Path(a).read_bytes()  # only in the credential store
    code, out, err = run(["sync", "join", url, "--db", b, "--device", "MK"], capsys)
    assert code == 2 and "schon ein Gerät 'MK'" in err and password not in err
    # --db before the action word, as for every other sync command
    assert run(["sync", "--db", b, "join", url, "--device", "EB"], capsys)[0] == 0
    code, out, _ = run(["sync", "--db", b, "status", "--json"], capsys)
    assert json.loads(out)["device"] == "EB"

    with_store(a, lambda session: factories.partner(session, company="Muster GmbH"))
    code, out, err = run(["sync", "--db", a, "--json"], capsys)
    assert json.loads(out) == {"pushed": 1, "pulled": 0, "conflicts": 0}, err
    code, out, _ = run(["sync", "--db", b, "--json"], capsys)
    assert json.loads(out) == {"pushed": 0, "pulled": 1, "conflicts": 0}
    for db, city in ((a, "Köln"), (b, "Bonn")):
        with_store(db, functools.partial(_set_city, city=city))
    run(["sync", "--db", a], capsys)
    code, out, _ = run(["sync", "--db", b], capsys)
    assert "neue Konflikte: 1" in out and "nspdesk sync conflicts" in out
    code, out, _ = run(["sync", "conflicts", "--db", b, "--json"], capsys)
    [conflict] = json.loads(out)
    assert conflict["thing"] == "Partner Muster GmbH" and conflict["reason"] == "changed"
    assert conflict["fields"]["city"] == {
        "mine": "Bonn",
        "theirs": "Köln",
        "label": "Ort",  # the app's word for the column, beside it
        "mine_shown": "Bonn",
        "theirs_shown": "Köln",
    }
    assert (conflict["part"], conflict["why"]) == ("", "hier und im Team geändert")
    code, out, _ = run(["sync", "--db", b, "conflicts"], capsys)
    assert f"{conflict['id']}: Partner Muster GmbH – hier und im Team geändert" in out
    assert "Ort: hier „Bonn“, im Team „Köln“" in out and "city" not in out
    code, out, _ = run(
        ["sync", "resolve", str(conflict["id"]), "--keep", "mine", "--db", b], capsys
    )
    assert code == 0
    code, out, _ = run(["sync", "--db", b, "--json"], capsys)
    assert json.loads(out) == {"pushed": 1, "pulled": 0, "conflicts": 0}
    code, out, _ = run(["sync", "--db", a, "--json"], capsys)
    assert json.loads(out)["pulled"] == 1

    code, out, _ = run(["sync", "status", "--db", b, "--json"], capsys)
    status = json.loads(out)
    assert (status["device"], status["unsent"], status["open_conflicts"]) == ("EB", 0, 0)
    assert password not in status["team"]

    code, out, _ = run(["sync", "conflicts", "--db", b], capsys)
    assert code == 0 and "Keine offenen Konflikte" in out
    code, _, err = run(["sync", "resolve", "7", "--keep", "mine", "--db", b], capsys)
    assert code == 2 and "keinen offenen Konflikt 7" in err

    code, out, _ = run(["sync", "leave", "--db", a], capsys)
    assert code == 0 and "eigenständige" in out
    assert memory_keyring.saved == {}
    code, _, err = run(["sync", "--db", a], capsys)
    assert code == 1 and "keiner Team-Datenbank" in err


def test_a_url_that_is_no_team_database_is_refused_in_one_line(
    memory_keyring: MemoryKeyring, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(tmp_path / "a.sqlite3")
    code, _, err = run(["sync", "join", "sqlite:///x.db", "--db", db, "--device", "MK"], capsys)
    assert code == 1 and "keine PostgreSQL-URL" in err and len(err.strip().splitlines()) == 1


def test_a_team_ca_makes_the_join_require_tls(
    team_db: Location,
    memory_keyring: MemoryKeyring,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """Issue #19: "the connection can require TLS (`sslmode=verify-full` with the team's CA)": the
    requirement reaches libpq, so a server without TLS (the test's) is refused and nothing joins."""
    url = team_db.url.replace("postgresql+psycopg://", "postgresql://")
    db = str(tmp_path / "a.sqlite3")
    code, _, err = run(["sync", "join", url, "--db", db, "--device", "MK", "--ca", "x.pem"], capsys)
    assert code == 2 and err.startswith("nspdesk sync: --ca: ") and "x.pem" in err
    ca = tmp_path / "team-ca.pem"
    ca.write_text("-----BEGIN CERTIFICATE-----\n")
    code, _, err = run(["sync", "--db", db, "join", url, "--device", "MK", "--ca", str(ca)], capsys)
    assert code == 1 and "SSL was required" in err and len(err.strip().splitlines()) == 1
    assert os.environ["PGPASSWORD"] not in err
    code, out, _ = run(["sync", "status", "--db", db, "--json"], capsys)
    assert json.loads(out) is None  # not joined


def test_a_removed_laptop_can_no_longer_push(
    team_db: Location,
    memory_keyring: MemoryKeyring,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """Issue #19: "A lost laptop is removed from the team on the server side and can no longer
    push." — from the command line, on the team database."""
    url = team_db.url.replace("postgresql+psycopg://", "postgresql://")
    db = str(tmp_path / "lost.sqlite3")
    assert run(["sync", "join", url, "--db", db, "--device", "MK"], capsys)[0] == 0
    with_store(db, lambda session: factories.partner(session, company="Verloren GmbH"))
    code, out, err = run(["--db", team_db.url, "sync", "remove-device", "MK"], capsys)
    assert code == 0 and "ausgesperrt" in out, err
    code, out, err = run(["sync", "--db", db, "--json"], capsys)
    assert code == 1 and out == "" and "aus dem Team entfernt" in err
    hub = open_store(team_db)
    with hub.database.read() as session:
        assert session.scalars(select(Partner.company)).all() == []  # nothing arrived
    hub.close()
    code, _, err = run(["--db", team_db.url, "sync", "remove-device", "XY"], capsys)
    assert code == 2 and "XY" in err
