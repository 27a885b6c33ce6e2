"""The team database's password in the system's credential store, never in a file of ours.

``keyring`` picks the platform's store (Windows Credential Manager, macOS Keychain, Secret Service).
The device keeps the URL without the password; the password is stored under the service ``nspdesk``
and the user ``user@host:port/database``. Without a password in the URL nothing is stored and the
connection may still authenticate the ways libpq knows (``~/.pgpass``, ``PGPASSWORD``, certificates).
"""

from __future__ import annotations

import contextlib
from pathlib import Path

from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError

from nspdesk.domain.messages import QT_TRANSLATE_NOOP
from nspdesk.store.errors import StoreError

SERVICE = "nspdesk"
DRIVER = "postgresql+psycopg"

BAD_URL = QT_TRANSLATE_NOOP(
    "SyncErrors",
    "Die Adresse der Team-Datenbank ist keine PostgreSQL-URL (postgresql://benutzer@server/datenbank).",
)
NO_STORE = QT_TRANSLATE_NOOP(
    "SyncErrors",
    "Das Passwort kann nicht im Schlüsselbund des Systems gespeichert werden ({reason}). Bitte die "
    "URL ohne Passwort angeben und das Passwort in ~/.pgpass hinterlegen.",
)


NO_CA = QT_TRANSLATE_NOOP(
    "SyncErrors",
    "Das CA-Zertifikat des Teams {path} gibt es nicht (eine PEM-Datei, z. B. team-ca.pem).",
)
# The TLS the URL asks for, as the settings panel says it.
TLS_VERIFIED = QT_TRANSLATE_NOOP("SyncThings", "TLS, Zertifikat geprüft")
TLS_ASKED = QT_TRANSLATE_NOOP("SyncThings", "TLS: {mode}")
TLS_NONE = QT_TRANSLATE_NOOP("SyncThings", "ohne TLS-Prüfung")
SERVER = QT_TRANSLATE_NOOP("SyncThings", "{where} ({tls})")


class CredentialStoreError(StoreError):
    """The system's credential store cannot be used."""


def parse(url: str) -> URL:
    """A team database URL (``postgresql://…``), with the psycopg driver."""
    try:
        parsed = make_url(url)
    except ArgumentError:
        raise StoreError(BAD_URL) from None
    if parsed.get_backend_name() != "postgresql" or not parsed.host:
        raise StoreError(BAD_URL)
    return parsed.set(drivername=DRIVER)


def with_tls(url: str, ca_file: str | Path) -> str:
    """``url`` requiring TLS with the team's CA: ``sslmode=verify-full`` (libpq refuses a server
    whose certificate is not signed by that CA or does not name the host) and ``sslrootcert`` as an
    absolute path, so a sync started from any folder finds it. Raises ``InputError`` (field
    ``ca_file``) for a file that is not there."""
    from nspdesk.domain.errors import InputError

    path = Path(ca_file).expanduser()
    if not path.is_file():
        raise InputError("ca_file", NO_CA.format(path=str(ca_file)))
    parsed = parse(url)
    query = dict(parsed.query)
    query.update(sslmode="verify-full", sslrootcert=str(path.resolve()))
    return parsed.set(query=query).render_as_string(hide_password=False)


def shown(stored: str) -> str:
    """The team database as a person reads it: ``vertrieb@team.example.com/nspdesk (TLS,
    Zertifikat geprüft)`` — the server, not the query string with a CA file's path."""
    parsed = parse(stored)
    port = f":{parsed.port}" if parsed.port and parsed.port != 5432 else ""
    user = f"{parsed.username}@" if parsed.username else ""
    mode = parsed.query.get("sslmode")
    tls = TLS_ASKED.format(mode=mode) if mode else TLS_NONE
    if mode == "verify-full":
        tls = TLS_VERIFIED
    return SERVER.format(where=f"{user}{parsed.host}{port}/{parsed.database or ''}", tls=tls)


def account(url: URL) -> str:
    return f"{url.username or ''}@{url.host}:{url.port or 5432}/{url.database or ''}"


def remember(url: str, password: str | None = None) -> str:
    """Store the password (given, else the URL's, if any) in the credential store; the URL
    without it."""
    parsed = parse(url)
    if password:
        parsed = parsed.set(password=password)
    if parsed.password:
        import keyring
        from keyring.errors import KeyringError

        try:
            keyring.set_password(SERVICE, account(parsed), str(parsed.password))
        except (KeyringError, RuntimeError) as error:
            raise CredentialStoreError(NO_STORE.format(reason=type(error).__name__)) from None
    return parsed._replace(password=None).render_as_string(hide_password=False)


def with_password(stored: str) -> str:
    """The stored URL with the password from the credential store (as it is when none is kept)."""
    parsed = parse(stored)
    import keyring
    from keyring.errors import KeyringError

    try:
        password = keyring.get_password(SERVICE, account(parsed))
    except (KeyringError, RuntimeError):
        password = None
    if password is None:
        return parsed.render_as_string(hide_password=False)
    return parsed.set(password=password).render_as_string(hide_password=False)


def forget(stored: str) -> None:
    """Remove the password of ``stored``'s account (a device leaving its team)."""
    import keyring
    from keyring.errors import KeyringError, PasswordDeleteError

    with contextlib.suppress(PasswordDeleteError, KeyringError, RuntimeError):
        keyring.delete_password(SERVICE, account(parse(stored)))
