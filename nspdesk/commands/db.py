"""``nspdesk db backup|restore|check|path`` and ``nspdesk demo``: looking after the database."""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path

from nspdesk.commands.common import EXIT_FAILURE, EXIT_OK, CommandError
from nspdesk.commands.store_access import (
    add_db_option,
    database_option,
    location,
    opened_workspace,
    store_failure,
)


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    db = commands.add_parser("db", help="Datenbank sichern, wiederherstellen und prüfen")
    actions = db.add_subparsers(dest="db_command", metavar="AKTION", required=True)

    path = actions.add_parser("path", help="welche Datenbank verwendet wird")
    add_db_option(path)
    path.set_defaults(run=run_path)

    backup = actions.add_parser(
        "backup", help="eine Sicherung anlegen (auch während die App läuft)"
    )
    add_db_option(backup)
    backup.add_argument(
        "-o", "--output", metavar="FILE", help="Zieldatei (sonst im Sicherungsordner)"
    )
    backup.set_defaults(run=run_backup)

    restore = actions.add_parser(
        "restore", help="eine Sicherung zurückspielen (die App muss beendet sein)"
    )
    add_db_option(restore)
    restore.add_argument("file", metavar="FILE", help="die Sicherungsdatei")
    restore.add_argument("--yes", action="store_true", help="ohne Rückfrage")
    restore.set_defaults(run=run_restore)

    check = actions.add_parser("check", help="Integrität und Schema prüfen (ändert nichts)")
    add_db_option(check)
    check.set_defaults(run=run_check)

    backups = actions.add_parser("backups", help="die vorhandenen Sicherungen, neueste zuerst")
    add_db_option(backups)
    backups.set_defaults(run=run_list_backups)

    demo = commands.add_parser("demo", help="eine leere Datenbank mit Demodaten füllen")
    add_db_option(demo)
    demo.set_defaults(run=run_demo)


def _sqlite_path(args: argparse.Namespace) -> Path:
    from nspdesk.services.maintenance import ServerDatabaseError, database_file

    try:
        return database_file(database_option(args))
    except ServerDatabaseError as error:
        raise CommandError(str(error)) from None


def run_path(args: argparse.Namespace) -> int:
    print(location(args).description)
    return EXIT_OK


def run_backup(args: argparse.Namespace) -> int:
    from nspdesk.services.errors import StoreError
    from nspdesk.services.maintenance import backup_file

    path = _sqlite_path(args)
    try:
        made = backup_file(path, Path(args.output) if args.output else None)
    except StoreError as error:  # a file that is not there, a drive that cannot be written …
        raise store_failure(error) from None
    print(made)
    return EXIT_OK


def run_restore(args: argparse.Namespace) -> int:
    from nspdesk.services.errors import StoreError
    from nspdesk.services.maintenance import restore_file

    path = _sqlite_path(args)
    if not args.yes:
        if not sys.stdin.isatty():
            raise CommandError("zum Überschreiben der Datenbank ohne Rückfrage --yes angeben")
        answer = input(f"{path} durch {args.file} ersetzen? Eine Kopie bleibt erhalten. [j/N] ")
        if answer.strip().lower() not in {"j", "ja", "y", "yes"}:
            print("Abgebrochen; nichts verändert.")
            return EXIT_FAILURE
    try:
        safety = restore_file(path, Path(args.file))
    except StoreError as error:
        raise store_failure(error) from None
    print(f"Wiederhergestellt aus {args.file}. Die vorherige Datenbank liegt in {safety}.")
    return EXIT_OK


def run_check(args: argparse.Namespace) -> int:
    from nspdesk.services.maintenance import check_database

    report = check_database(database_option(args))
    print("\n".join(report.lines))
    return EXIT_OK if report.ok else EXIT_FAILURE


def run_list_backups(args: argparse.Namespace) -> int:
    from nspdesk.services.maintenance import backups_of

    for backup in backups_of(_sqlite_path(args)):
        print(backup)
    return EXIT_OK


def run_demo(args: argparse.Namespace) -> int:
    from nspdesk.services.errors import ConflictError
    from nspdesk.services.maintenance import fill_demo

    with opened_workspace(args, create=True) as workspace:
        try:
            counts = fill_demo(workspace, date.today())
        except ConflictError as error:
            raise CommandError(str(error), EXIT_FAILURE) from None
        where = workspace.place.description
    print(
        f"Demodaten angelegt in {where}: {counts.partners} Partner, "
        f"{counts.catalog_items} Katalogartikel, {counts.quotes} Angebote."
    )
    return EXIT_OK
