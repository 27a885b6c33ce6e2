"""Opening the store for a command: the ``--db`` option, and store errors as one clear line."""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

from nspdesk.commands.common import EXIT_FAILURE, CommandError

if TYPE_CHECKING:
    from nspdesk.services.workspace import Workspace
    from nspdesk.store.location import Location
    from nspdesk.store.opening import Store


def add_db_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--db",
        metavar="PATH|URL",
        help="Datenbank: SQLite-Datei oder SQLAlchemy-URL (sonst NSPDESK_DATABASE_URL, "
        "sonst die Datei im Benutzer-Datenverzeichnis)",
    )


def location(args: argparse.Namespace) -> Location:
    from nspdesk.store.location import resolve

    return resolve(getattr(args, "db", None))


@contextmanager
def opened_store(args: argparse.Namespace, take_lock: bool = False) -> Iterator[Store]:
    from nspdesk.store.errors import StoreError
    from nspdesk.store.opening import open_store

    try:
        store = open_store(location(args), take_lock=take_lock)
    except StoreError as error:
        raise CommandError(str(error), EXIT_FAILURE) from None
    try:
        yield store
    except StoreError as error:
        raise CommandError(str(error), EXIT_FAILURE) from None
    finally:
        store.close()


@contextmanager
def opened_workspace(
    args: argparse.Namespace, *, create: bool = False, take_lock: bool = False
) -> Iterator[Workspace]:
    """The workspace ``--db`` names, for one command; store errors become one line and an exit code.

    A database file that does not exist is refused (exit 2, nothing created) unless ``create``.
    """
    from nspdesk.services.errors import MissingDatabaseError, StoreError
    from nspdesk.services.workspace import open_workspace

    try:
        workspace = open_workspace(getattr(args, "db", None), create=create, take_lock=take_lock)
    except MissingDatabaseError as error:
        raise CommandError(str(error)) from None
    except StoreError as error:
        raise CommandError(str(error), EXIT_FAILURE) from None
    try:
        yield workspace
    except StoreError as error:
        raise CommandError(str(error), EXIT_FAILURE) from None
    finally:
        workspace.close()
