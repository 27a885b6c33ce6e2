"""``nspdesk import catalog|partners FILE`` and ``nspdesk export catalog|partners -o FILE``.

The import reads and checks the whole file before it opens the database; a refused file lists every
problem on stderr (one line each, "Zeile 7, Listenpreis: …") and ends with exit code 2. The format
of an export comes from the suffix of ``-o`` (.csv or .xlsx).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from nspdesk.commands.common import EXIT_OK, EXIT_USAGE, CommandError
from nspdesk.commands.store_access import add_db_option, location, opened_workspace

if TYPE_CHECKING:
    from nspdesk.services.transfer import ImportRejected

ENTITIES = {"catalog": "den Produktkatalog", "partners": "die Partner"}


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    importing = commands.add_parser(
        "import",
        help="Katalog oder Partner aus CSV/XLSX importieren (alles oder nichts)",
        description="Prüft jede Zeile, bevor etwas gespeichert wird, und importiert alles oder "
        "nichts. Spalten und Formate: docs/import-export.md. Exit-Code 2, wenn die Datei "
        "abgelehnt wird.",
        allow_abbrev=False,
    )
    kinds = importing.add_subparsers(dest="entity", metavar="WAS", required=True)
    for entity, what in ENTITIES.items():
        parser = kinds.add_parser(entity, help=f"{what} importieren", allow_abbrev=False)
        parser.add_argument("file", metavar="FILE", help="CSV (UTF-8) oder XLSX")
        parser.add_argument(
            "--update",
            action="store_true",
            help="vorhandene Einträge mit den Werten der Datei überschreiben (sonst abgelehnt)",
        )
        parser.add_argument(
            "--dry-run", action="store_true", help="nur prüfen und berichten, nichts speichern"
        )
        add_db_option(parser)
        parser.set_defaults(run=run_import)

    exporting = commands.add_parser(
        "export",
        help="Katalog oder Partner als CSV/XLSX exportieren",
        description="Schreibt eine Datei, die 'nspdesk import' wieder einliest; das Format "
        "folgt der Endung (.csv für Excel-DE mit ';' und Dezimalkomma, .xlsx).",
        allow_abbrev=False,
    )
    kinds = exporting.add_subparsers(dest="entity", metavar="WAS", required=True)
    for entity, what in ENTITIES.items():
        parser = kinds.add_parser(entity, help=f"{what} exportieren", allow_abbrev=False)
        parser.add_argument(
            "-o", "--output", required=True, metavar="FILE.csv|FILE.xlsx", help="Zieldatei"
        )
        add_db_option(parser)
        parser.set_defaults(run=run_export)


def run_import(args: argparse.Namespace) -> int:
    from nspdesk.domain.editions import default_library
    from nspdesk.services.transfer import ImportRejected, import_rows, read_import

    program = default_library().edition_for(date.today())
    try:  # the file first: a refused file never opens (or creates) the database
        checked = read_import(args.entity, Path(args.file), program)
    except ImportRejected as rejected:
        return _rejected(args.file, rejected)
    if args.dry_run and not location(args).exists:  # as into a new database, creating nothing
        with tempfile.TemporaryDirectory() as folder:
            new = argparse.Namespace(db=str(Path(folder) / "probelauf.sqlite3"))
            with opened_workspace(new, create=True) as workspace:
                report = import_rows(workspace, checked, dry_run=True)
        print(report.summary())
        return EXIT_OK
    # An import writes: like ``demo`` it makes the database it names (never a dry run, above).
    with opened_workspace(args, create=True) as workspace:
        try:
            report = import_rows(workspace, checked, update=args.update, dry_run=args.dry_run)
        except ImportRejected as rejected:  # duplicates of what the database holds
            return _rejected(args.file, rejected)
    print(report.summary())
    return EXIT_OK


def _rejected(name: str, rejected: ImportRejected) -> int:
    count = len(rejected.problems)
    noun = "Problem" if count == 1 else "Probleme"
    print(f"nspdesk import: {name} abgelehnt ({count} {noun}):", file=sys.stderr)
    for problem in rejected.problems:
        print(problem, file=sys.stderr)
    print("Nichts importiert.", file=sys.stderr)
    return EXIT_USAGE


def run_export(args: argparse.Namespace) -> int:
    from nspdesk.services.transfer import FORMATS, export

    target = Path(args.output)
    if target.suffix.lower() not in FORMATS:
        raise CommandError(
            f"-o: {args.output}: das Format folgt der Endung, erwartet .csv oder .xlsx"
        )
    with opened_workspace(args) as workspace:  # a failed write ends as one line and exit code 1
        count = export(workspace, args.entity, target)
    what = "Artikel" if args.entity == "catalog" else "Partner"
    print(f"{count} {what} exportiert nach {target}")
    return EXIT_OK
