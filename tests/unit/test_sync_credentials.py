"""The team database's password and TLS (docs/sync.md, "Security").

Issue #19: "The team database's password is kept in the system's credential store (the `keyring`
package …), never in a settings file, the laptop's database or a log; the connection can require TLS
(`sslmode=verify-full` with the team's CA)."
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from nspdesk.domain.errors import InputError
from nspdesk.store.database import Database
from nspdesk.store.location import from_url
from nspdesk.store.sync import credentials
from tests.integration.sync_setup import MemoryKeyring, memory_keyring


@pytest.fixture
def kept_passwords() -> Iterator[MemoryKeyring]:
    with memory_keyring() as kept:
        yield kept


def test_the_team_ca_makes_the_connection_require_verified_tls(
    kept_passwords: MemoryKeyring, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "team-ca.pem").write_text("-----BEGIN CERTIFICATE-----\n")
    monkeypatch.chdir(tmp_path)
    url = credentials.with_tls(
        "postgresql://vertrieb:geheim@team.example.com/nspdesk", "team-ca.pem"
    )
    stored = credentials.remember(url)
    assert "geheim" not in stored  # the device keeps the URL without the password
    assert kept_passwords.saved == {("nspdesk", "vertrieb@team.example.com:5432/nspdesk"): "geheim"}
    # what libpq is handed when the team database is opened (the engine connects lazily)
    database = Database(from_url(credentials.with_password(stored)))
    _, arguments = database.engine.dialect.create_connect_args(database.engine.url)
    database.engine.dispose()
    assert arguments["sslmode"] == "verify-full"
    assert arguments["sslrootcert"] == str(tmp_path / "team-ca.pem")  # absolute: any folder works
    assert (arguments["host"], arguments["password"]) == ("team.example.com", "geheim")
    assert (
        credentials.shown(stored) == "vertrieb@team.example.com/nspdesk (TLS, Zertifikat geprüft)"
    )


def test_a_team_ca_that_is_not_there_is_refused_naming_the_field(tmp_path: Path) -> None:
    with pytest.raises(InputError) as refused:
        credentials.with_tls("postgresql://u@h/db", tmp_path / "fehlt.pem")
    assert refused.value.field == "ca_file" and "fehlt.pem" in refused.value.message


def test_the_team_database_is_shown_without_password_or_query() -> None:
    assert credentials.shown("postgresql://u@h:6543/db") == "u@h:6543/db (ohne TLS-Prüfung)"
    assert credentials.shown("postgresql://h/db?sslmode=require") == "h/db (TLS: require)"
