"""``nspdesk db backup|restore|check|path`` and ``nspdesk demo``: looking after the database."""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path

from nspdesk.commands.common import EXIT_FAILURE, EXIT_OK, CommandError
from nspdesk.commands.store_access import add_db_option, location, opened_store


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
    where = location(args)
    if where.path is None:
        raise CommandError(
            f"{where.describe()} ist eine Server-Datenbank; Sicherungen macht dort die Serververwaltung "
            "(z. B. pg_dump)."
        )
    return where.path


def run_path(args: argparse.Namespace) -> int:
    print(location(args).describe())
    return EXIT_OK


def run_backup(args: argparse.Namespace) -> int:
    from nspdesk.store.backups import copy_database, make_backup
    from nspdesk.store.errors import StoreError

    path = _sqlite_path(args)
    if not path.exists():
        raise CommandError(f"{path}: die Datenbank existiert noch nicht", EXIT_FAILURE)
    try:
        made = (
            copy_database(path, Path(args.output)) if args.output else make_backup(path, "manuell")
        )
    except StoreError as error:
        raise CommandError(str(error), EXIT_FAILURE) from None
    print(made)
    return EXIT_OK


def run_restore(args: argparse.Namespace) -> int:
    from nspdesk.store.errors import StoreError
    from nspdesk.store.maintenance import restore
    from nspdesk.store.opening import open_store

    path = _sqlite_path(args)
    if not args.yes:
        if not sys.stdin.isatty():
            raise CommandError("zum Überschreiben der Datenbank ohne Rückfrage --yes angeben")
        answer = input(f"{path} durch {args.file} ersetzen? Eine Kopie bleibt erhalten. [j/N] ")
        if answer.strip().lower() not in {"j", "ja", "y", "yes"}:
            print("Abgebrochen; nichts verändert.")
            return EXIT_FAILURE
    try:
        safety = restore(path, Path(args.file))
        store = open_store(location(args), keep_backups=0)  # migrates an older backup
        store.close()
    except StoreError as error:
        raise CommandError(str(error), EXIT_FAILURE) from None
    print(f"Wiederhergestellt aus {args.file}. Die vorherige Datenbank liegt in {safety}.")
    return EXIT_OK


def run_check(args: argparse.Namespace) -> int:
    from nspdesk.store.maintenance import check

    report = check(location(args))
    print("\n".join(report.lines()))
    return EXIT_OK if report.ok else EXIT_FAILURE


def run_list_backups(args: argparse.Namespace) -> int:
    from nspdesk.store.backups import list_backups

    for backup in list_backups(_sqlite_path(args)):
        print(backup)
    return EXIT_OK


def run_demo(args: argparse.Namespace) -> int:
    from nspdesk.domain.editions import default_library
    from nspdesk.store import demo

    with opened_store(args) as store, store.database.write() as session:
        if not demo.is_empty(session):
            raise CommandError(
                f"{store.location.describe()} enthält schon Partner; Demodaten nur in eine leere "
                "Datenbank (z. B. --db demo.sqlite3). Nichts verändert.",
                EXIT_FAILURE,
            )
        counts = demo.seed(session, default_library(), date.today())
    print(
        f"Demodaten angelegt in {store.location.describe()}: {counts['partners']} Partner, "
        f"{counts['catalog_items']} Katalogartikel, {counts['quotes']} Angebote."
    )
    return EXIT_OK
