"""A database server that cannot be reached: which server, which database, why, in German and in
English, never the password (``nspdesk.store.server_errors``)."""

from __future__ import annotations

import pytest
from sqlalchemy.exc import DBAPIError, IntegrityError, InterfaceError, OperationalError

from nspdesk.store.location import from_url
from nspdesk.store.server_errors import connection_lost, unreachable
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
        (
            "terminating connection due to administrator command",
            "der Server hat die Verbindung beendet (Neustart oder Wartung?).",
            "the server ended the connection (a restart or maintenance?).",
        ),
        (
            "consuming input failed: server closed the connection unexpectedly",
            "die Verbindung zum Server ist abgebrochen.",
            "the connection to the server broke off.",
        ),
        (
            "connection failed: FATAL:  the database system is shutting down",
            "der Server fährt gerade herunter oder startet (gleich erneut versuchen).",
            "the server is shutting down or starting up (try again in a moment).",
        ),
        (
            'connection failed: FATAL:  database "team" is not currently accepting connections',
            "die Datenbank nimmt gerade keine Verbindungen an (Wartung?).",
            "the database accepts no connections right now (maintenance?).",
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


class DriverError(Exception):
    """A driver's exception with a SQLSTATE, as psycopg's."""

    def __init__(self, text: str, sqlstate: str | None) -> None:
        super().__init__(text)
        self.sqlstate = sqlstate


def wrapped(
    kind: type[DBAPIError],
    text: str,
    sqlstate: str | None,
    *,
    invalidated: bool,
    statement: str | None,
) -> DBAPIError:
    return kind(statement, None, DriverError(text, sqlstate), connection_invalidated=invalidated)


@pytest.mark.parametrize(
    ("error", "lost"),
    [
        (
            wrapped(
                OperationalError,
                "terminating connection",
                "57P01",
                invalidated=True,
                statement="UPDATE",
            ),
            True,
        ),
        (
            wrapped(
                OperationalError,
                "connection failed: Connection refused",
                None,
                invalidated=False,
                statement=None,
            ),
            True,
        ),
        (
            wrapped(
                InterfaceError,
                "the connection is closed",
                None,
                invalidated=True,
                statement="SELECT",
            ),
            True,
        ),
        (
            wrapped(
                OperationalError,
                "SSL SYSCALL error: EOF detected",
                "08006",
                invalidated=False,
                statement="SELECT",
            ),
            True,
        ),
        (
            wrapped(
                OperationalError,
                "the database system is starting up",
                "57P03",
                invalidated=False,
                statement=None,
            ),
            True,
        ),
        # a live connection's refusals are no lost server
        (
            wrapped(
                OperationalError,
                "could not serialize access",
                "40001",
                invalidated=False,
                statement="UPDATE",
            ),
            False,
        ),
        (
            wrapped(
                OperationalError,
                "canceling statement due to lock timeout",
                "55P03",
                invalidated=False,
                statement="UPDATE",
            ),
            False,
        ),
        (
            wrapped(
                IntegrityError, "duplicate key", "23505", invalidated=False, statement="INSERT"
            ),
            False,
        ),
        (
            wrapped(
                InterfaceError, "cursor already closed", None, invalidated=False, statement="SELECT"
            ),
            False,
        ),
    ],
    ids=[
        "ended",
        "refused",
        "closed",
        "08",
        "starting",
        "serialization",
        "lock",
        "integrity",
        "interface",
    ],
)
def test_which_errors_are_a_lost_server(error: DBAPIError, lost: bool) -> None:
    said = connection_lost(from_url(URL), error)
    assert (said is not None) == lost
    if said is not None:
        assert said.startswith("Die Team-Datenbank team auf dem Server db.intern:6543 ")
        assert "s3cret" not in said and "\n" not in said
    assert connection_lost(from_url("sqlite:////tmp/x.sqlite3"), error) is None  # a file: never


def test_lost_at_the_commit_the_outcome_is_open() -> None:
    at_commit = wrapped(
        OperationalError,
        "server closed the connection unexpectedly",
        None,
        invalidated=True,
        statement=None,
    )
    said = connection_lost(from_url(URL), at_commit)
    assert said == (
        "Die Team-Datenbank team auf dem Server db.intern:6543 war beim Speichern nicht mehr "
        "erreichbar: die Verbindung zum Server ist abgebrochen. Ob diese Aktion noch gespeichert "
        "wurde, zeigt das Neuladen, sobald der Server wieder erreichbar ist; alles zuvor "
        "Gespeicherte bleibt erhalten."
    )
    assert english(said) == (
        "The team database team on the server db.intern:6543 could no longer be reached while "
        "saving: the connection to the server broke off. Whether this action was still saved "
        "shows after reloading, once the server can be reached; everything saved before is kept."
    )
