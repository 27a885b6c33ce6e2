"""A database server that cannot be reached, as one German sentence: which server, which database,
and why, in words a sales rep can act on or pass on to IT.

The driver's own text (psycopg: "connection failed: connection to server at "10.0.0.5", port 5432
failed: Connection refused⏎Is the server running…", wrapped by SQLAlchemy with a link to its
documentation) is English, runs over several lines and names no database. The known causes are
worded here; an unknown one keeps the driver's text on one line. The password is never shown: the
server is named by host and port, and the driver's text is scrubbed of it should it ever hold it.

A server lost while the app or a command works on it (stopped, restarted, its connection ended by an
administrator, the network gone) is told the same way by ``connection_lost``, with what it means
for the action: it was not saved (its transaction never committed), everything saved before stays.
The engine's ``pool_pre_ping`` finds a dead pooled connection before the next action and connects
anew, so once the server is back the app works again without a restart.
"""

from __future__ import annotations

from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, OperationalError

from nspdesk.domain.messages import QT_TRANSLATE_NOOP, Text
from nspdesk.store.location import Location

SERVER_UNREACHABLE = QT_TRANSLATE_NOOP(
    "StoreErrors", "Die Datenbank {database} auf dem Server {server} ist nicht erreichbar: {cause}"
)
TEAM_DATABASE_LOST = QT_TRANSLATE_NOOP(
    "StoreErrors",
    "Die Team-Datenbank {database} auf dem Server {server} ist nicht erreichbar: {cause} Diese "
    "Aktion wurde nicht gespeichert; alles zuvor Gespeicherte bleibt erhalten. Bitte erneut "
    "versuchen, sobald der Server wieder erreichbar ist.",
)
TEAM_DATABASE_LOST_SAVING = QT_TRANSLATE_NOOP(
    "StoreErrors",
    "Die Team-Datenbank {database} auf dem Server {server} war beim Speichern nicht mehr "
    "erreichbar: {cause} Ob diese Aktion noch gespeichert wurde, zeigt das Neuladen, sobald der "
    "Server wieder erreichbar ist; alles zuvor Gespeicherte bleibt erhalten.",
)
# The causes, by a piece of the driver's message (lower case), first match wins.
_CAUSES: tuple[tuple[tuple[str, ...], Text], ...] = (
    (
        ("connection refused",),
        QT_TRANSLATE_NOOP(
            "StoreErrors",
            "die Verbindung wurde abgelehnt (läuft der Server, und nimmt er auf diesem Port "
            "Verbindungen an?).",
        ),
    ),
    (
        ("failed to resolve host", "could not translate host name", "name or service not known"),
        QT_TRANSLATE_NOOP("StoreErrors", "der Servername ist unbekannt (Tippfehler, VPN?)."),
    ),
    (
        ("timeout expired", "timed out"),
        QT_TRANSLATE_NOOP(
            "StoreErrors", "der Server antwortet nicht (Netzwerk, VPN oder Firewall prüfen)."
        ),
    ),
    (
        ("network is unreachable", "no route to host"),
        QT_TRANSLATE_NOOP(
            "StoreErrors", "das Netzwerk des Servers ist nicht erreichbar (VPN verbunden?)."
        ),
    ),
    (
        ("password authentication failed", "authentication failed"),
        QT_TRANSLATE_NOOP(
            "StoreErrors",
            "die Anmeldung als {user} wurde abgelehnt (Benutzername oder Passwort falsch).",
        ),
    ),
    (
        ("no password supplied",),
        QT_TRANSLATE_NOOP(
            "StoreErrors", "der Server verlangt ein Passwort, die Adresse enthält keines."
        ),
    ),
    (
        ("does not exist",),  # database "x" / role "x" does not exist
        QT_TRANSLATE_NOOP(
            "StoreErrors",
            "den Benutzer {user} oder die Datenbank {database} gibt es auf dem Server nicht.",
        ),
    ),
    (
        ("terminating connection",),  # pg_terminate_backend, a fast shutdown
        QT_TRANSLATE_NOOP(
            "StoreErrors", "der Server hat die Verbindung beendet (Neustart oder Wartung?)."
        ),
    ),
    (
        (
            "server closed the connection",
            "connection is closed",
            "connection is lost",
            "consuming input failed",
            "sending query failed",
        ),
        QT_TRANSLATE_NOOP("StoreErrors", "die Verbindung zum Server ist abgebrochen."),
    ),
    (
        ("shutting down", "starting up", "not yet accepting connections", "in recovery mode"),
        QT_TRANSLATE_NOOP(
            "StoreErrors",
            "der Server fährt gerade herunter oder startet (gleich erneut versuchen).",
        ),
    ),
    (
        ("not currently accepting connections",),  # ALTER DATABASE … ALLOW_CONNECTIONS false
        QT_TRANSLATE_NOOP(
            "StoreErrors", "die Datenbank nimmt gerade keine Verbindungen an (Wartung?)."
        ),
    ),
    (
        ("too many connections", "remaining connection slots"),
        QT_TRANSLATE_NOOP(
            "StoreErrors", "der Server nimmt keine weiteren Verbindungen an; bitte später erneut."
        ),
    ),
)
DEFAULT_PORTS = {"postgresql": 5432}


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _parts(location: Location, cause: BaseException | None) -> dict[str, object]:
    """The server (host:port), the database and the worded cause, never the password."""
    try:
        url = make_url(location.url)
    except (ArgumentError, ValueError):  # e.g. a port that is no number: name nothing of it
        url = None
    host = (url.host if url else None) or "localhost"
    if ":" in host:  # IPv6
        host = f"[{host}]"
    backend = url.get_backend_name() if url else ""
    port = (url.port if url else None) or DEFAULT_PORTS.get(backend)
    server = f"{host}:{port}" if port else host
    database = (url.database if url else None) or "?"
    user = (url.username if url else None) or "?"
    detail = _one_line(str(cause or ""))
    password = url.password if url else None
    if password:
        detail = detail.replace(str(password), "***")
    lowered = detail.lower()
    worded: Text | str = detail
    for needles, template in _CAUSES:
        if any(needle in lowered for needle in needles):
            worded = template.format(user=user, database=database)
            break
    return {"database": database, "server": server, "cause": worded}


def unreachable(location: Location, cause: BaseException | None) -> Text:
    """The sentence for ``cause`` (the driver's exception, ``OperationalError.orig``)."""
    return SERVER_UNREACHABLE.format(**_parts(location, cause))


# SQLSTATEs of a connection that is gone: class 08 (connection exception) and the operator's
# interventions (57P01 admin shutdown, 57P02 crash shutdown, 57P03 cannot connect now).
_GONE_STATES = ("57P01", "57P02", "57P03")


def _server_gone(error: DBAPIError) -> bool:
    """Whether ``error`` says the connection to the server is lost or cannot be made (not that a
    statement failed on a live connection: a serialization failure or a lock timeout is an
    ``OperationalError`` too, with its own SQLSTATE)."""
    if error.connection_invalidated:  # the driver found its connection closed or broken
        return True
    state = getattr(error.orig, "sqlstate", None)
    if state is None:  # the driver's own: no connection could be made (the pool reconnecting)
        return isinstance(error, OperationalError)
    return str(state).startswith("08") or state in _GONE_STATES


def connection_lost(location: Location, error: DBAPIError) -> Text | None:
    """The sentence for a server database lost during an action, or None for another error.

    Lost at the commit (the statement is gone, the connection with it), the action may or may not
    have been saved: the server may have committed before the answer was lost; the sentence says
    so rather than promise either.
    """
    if location.is_sqlite or not _server_gone(error):
        return None
    at_commit = error.connection_invalidated and error.statement is None
    template = TEAM_DATABASE_LOST_SAVING if at_commit else TEAM_DATABASE_LOST
    return template.format(**_parts(location, error.orig))
