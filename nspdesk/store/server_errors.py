"""A database server that cannot be reached, as one German sentence: which server, which database,
and why, in words a sales rep can act on or pass on to IT.

The driver's own text (psycopg: "connection failed: connection to server at "10.0.0.5", port 5432
failed: Connection refused⏎Is the server running…", wrapped by SQLAlchemy with a link to its
documentation) is English, runs over several lines and names no database. The known causes are
worded here; an unknown one keeps the driver's text on one line. The password is never shown: the
server is named by host and port, and the driver's text is scrubbed of it should it ever hold it.
"""

from __future__ import annotations

from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError

from nspdesk.domain.messages import QT_TRANSLATE_NOOP, Text
from nspdesk.store.location import Location

SERVER_UNREACHABLE = QT_TRANSLATE_NOOP(
    "StoreErrors", "Die Datenbank {database} auf dem Server {server} ist nicht erreichbar: {cause}"
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
        ("too many connections", "remaining connection slots"),
        QT_TRANSLATE_NOOP(
            "StoreErrors", "der Server nimmt keine weiteren Verbindungen an; bitte später erneut."
        ),
    ),
)
DEFAULT_PORTS = {"postgresql": 5432}


def _one_line(text: str) -> str:
    return " ".join(text.split())


def unreachable(location: Location, cause: BaseException | None) -> Text:
    """The sentence for ``cause`` (the driver's exception, ``OperationalError.orig``)."""
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
    return SERVER_UNREACHABLE.format(database=database, server=server, cause=worded)
