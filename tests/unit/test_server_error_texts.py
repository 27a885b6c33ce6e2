"""A database server that cannot be reached: which server, which database, why, in German and in
English, never the password (``nspdesk.store.server_errors``)."""

from __future__ import annotations

import pytest

from nspdesk.store.location import from_url
from nspdesk.store.server_errors import unreachable
from tests.unit.english_catalog import english

URL = "postgresql+psycopg://vertrieb:s3cret@db.intern:6543/team"


@pytest.mark.parametrize(
    ("driver", "german", "english_text"),
    [
        (
            'connection failed: connection to server at "10.1.2.3", port 6543 failed: Connection '
            "refused\n\tIs the server running on that host and accepting TCP/IP connections?",
            "die Verbindung wurde abgelehnt (läuft der Server, und nimmt er auf diesem Port "
            "Verbindungen an?).",
            "the connection was refused (is the server running, and does it accept connections "
            "on this port?).",
        ),
        (
            "failed to resolve host 'db.intern': [Errno -2] Name or service not known",
            "der Servername ist unbekannt (Tippfehler, VPN?).",
            "the server name is unknown (a typo? VPN?).",
        ),
        (
            "connection timeout expired",
            "der Server antwortet nicht (Netzwerk, VPN oder Firewall prüfen).",
            "the server does not answer (check the network, VPN or firewall).",
        ),
        (
            "connection failed: Network is unreachable",
            "das Netzwerk des Servers ist nicht erreichbar (VPN verbunden?).",
            "the server's network cannot be reached (is the VPN connected?).",
        ),
        (
            'connection failed: FATAL:  password authentication failed for user "vertrieb"',
            "die Anmeldung als vertrieb wurde abgelehnt (Benutzername oder Passwort falsch).",
            "the login as vertrieb was refused (wrong user name or password).",
        ),
        (
            "connection failed: fe_sendauth: no password supplied",
            "der Server verlangt ein Passwort, die Adresse enthält keines.",
            "the server asks for a password, and the address holds none.",
        ),
        (
            'connection failed: FATAL:  database "team" does not exist',
            "den Benutzer vertrieb oder die Datenbank team gibt es auf dem Server nicht.",
            "the user vertrieb or the database team does not exist on the server.",
        ),
        (
            "connection failed: FATAL:  sorry, too many connections for role",
            "der Server nimmt keine weiteren Verbindungen an; bitte später erneut.",
            "the server accepts no more connections; please try again later.",
        ),
    ],
)
def test_known_causes_are_worded(driver: str, german: str, english_text: str) -> None:
    text = unreachable(from_url(URL), OSError(driver))
    assert (
        text == f"Die Datenbank team auf dem Server db.intern:6543 ist nicht erreichbar: {german}"
    )
    assert english(text) == (
        f"The database team on the server db.intern:6543 cannot be reached: {english_text}"
    )
    assert "s3cret" not in text and "s3cret" not in english(text)


def test_an_unknown_cause_keeps_the_drivers_words_on_one_line_without_the_password() -> None:
    text = unreachable(from_url(URL), OSError("SSL error:\n  bad record for s3cret mac"))
    assert text == (
        "Die Datenbank team auf dem Server db.intern:6543 ist nicht erreichbar: SSL error: bad "
        "record for *** mac"
    )
    assert text.render() == str(text)


@pytest.mark.parametrize(
    ("url", "server", "database"),
    [
        ("postgresql+psycopg://u@[::1]/team", "[::1]:5432", "team"),  # the default port
        ("postgresql+psycopg:///team", "localhost:5432", "team"),  # no host: the local socket
        ("postgresql+psycopg://u@h:1", "h:1", "?"),
        ("mysql://u@h/team", "h", "team"),  # no known default port: the host alone
    ],
)
def test_the_server_and_database_are_named(url: str, server: str, database: str) -> None:
    text = unreachable(from_url(url), OSError("connection refused"))
    assert text.startswith(f"Die Datenbank {database} auf dem Server {server} ist nicht")


def test_an_address_sqlalchemy_cannot_read_names_no_server_part_of_it() -> None:
    text = unreachable(from_url("postgresql+psycopg://u:pw@h:notaport/x"), OSError("boom"))
    assert "pw" not in text
    assert text == "Die Datenbank ? auf dem Server localhost ist nicht erreichbar: boom"
