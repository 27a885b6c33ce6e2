"""The database of a command: the ``--db`` option, resolved in one place, and store errors as one line.

``nspdesk --db X demo`` and ``nspdesk demo --db X`` mean the same: the top-level option (kept as
``app_db`` by the parser, because a sub-parser's default would overwrite a shared name) and the
command's own are settled into ``args.db`` by :func:`settle_db_option` before any command runs. Every
helper here reads only ``args.db``; where it points (else ``NSPDESK_DATABASE_URL``, else the default
file) is decided by ``nspdesk.services.workspace``.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

from nspdesk.commands.common import EXIT_FAILURE, EXIT_USAGE, CommandError

if TYPE_CHECKING:
    from nspdesk.services.workspace import Place, Workspace


def add_db_option(parser: argparse.ArgumentParser, *, dest: str = "db") -> None:
    """``--db`` on a command's parser; a group of actions with an option of its own (``nspdesk sync
    --db X join …``) keeps it as ``group_db``, since the action's default would overwrite ``db``."""
    parser.add_argument(
        "--db",
        dest=dest,
        metavar="PATH|URL",
        help="Datenbank: SQLite-Datei oder SQLAlchemy-URL, auch vor dem Befehlswort "
        "(sonst NSPDESK_DATABASE_URL, sonst die Datei im Benutzer-Datenverzeichnis)",
    )


def settle_db_option(args: argparse.Namespace) -> None:
    """Make ``args.db`` the database the line names, before or after the command word.

    Two ``--db`` that name different databases are refused (exit 2): which one was meant is a guess.
    """
    given: list[str | None] = [getattr(args, name, None) for name in ("app_db", "group_db", "db")]
    if any(v is not None and not v.strip() for v in given):
        # ``--db=$UNSET``: never fall back to the default database the line did not mean
        raise CommandError("--db: der Wert fehlt (eine SQLite-Datei oder eine Datenbank-URL)")
    named = [v for v in given if v]
    if len(set(named)) > 1:
        from nspdesk.services.workspace import locate

        places = [locate(v) for v in dict.fromkeys(named)]
        different = [p for p in places if p != places[0]]
        if different:
            raise CommandError(
                f"--db zweimal mit verschiedenen Datenbanken ({places[0].description} und "
                f"{different[0].description}); bitte nur eine angeben. Nichts verändert."
            )
    args.db = named[-1] if named else None


def database_option(args: argparse.Namespace) -> str | None:
    """The ``--db`` value of the line (settled, or read from either place when called directly)."""
    value: str | None = (
        getattr(args, "db", None)
        or getattr(args, "group_db", None)
        or getattr(args, "app_db", None)
        or None
    )
    return value


def store_failure(error: Exception) -> CommandError:
    """A store error as one line and its exit code.

    Exit 2 when nspdesk refuses what was asked of this file and changed nothing (``AccessError``: it
    can be read but not written — rights, a read-only drive, a full disk —, it cannot be opened for
    the same reasons, it is a folder or another program's file, a backup cannot be written there;
    or it does not exist); exit 1 when the database itself failed (damaged, a newer schema, locked
    by another window, a server that cannot be reached).
    """
    from nspdesk.services.errors import AccessError, MissingDatabaseError

    refused = (AccessError, MissingDatabaseError)
    return CommandError(str(error), EXIT_USAGE if isinstance(error, refused) else EXIT_FAILURE)


def location(args: argparse.Namespace) -> Place:
    """Where the command's database is (``.path`` None for a server), without opening it."""
    from nspdesk.services.workspace import locate

    return locate(database_option(args))


@contextmanager
def opened_workspace(
    args: argparse.Namespace, *, create: bool = False, take_lock: bool = False
) -> Iterator[Workspace]:
    """The workspace ``--db`` names, for one command; store errors become one line and an exit code.

    A database file that does not exist is refused (exit 2, nothing created) unless ``create``. What
    the person should know about a database that did open (only readable, no backup today) is one
    line each on stderr, so the output a command prints stays clean.
    """
    from nspdesk.services.errors import StoreError
    from nspdesk.services.workspace import open_workspace

    try:
        workspace = open_workspace(database_option(args), create=create, take_lock=take_lock)
    except StoreError as error:
        raise store_failure(error) from None
    for warning in workspace.warnings:
        print(f"nspdesk: {warning}", file=sys.stderr)
    try:
        yield workspace
    except StoreError as error:
        raise store_failure(error) from None
    finally:
        workspace.close()
