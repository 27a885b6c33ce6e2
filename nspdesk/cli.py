"""The ``nspdesk`` command: the desktop app without arguments, headless commands with them.

Each command is a thin layer over the same domain services the desktop app uses: read the input,
call the service, print JSON. Bad input ends with exit code 2 and one line naming the field; never a
traceback. Heavy modules (Qt, reportlab, SQLAlchemy) are imported only by the commands that need them.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path

from nspdesk import __version__
from nspdesk.domain.errors import InputError, ProgramFileError

EXIT_OK = 0
EXIT_FAILURE = 1
EXIT_USAGE = 2


class CommandError(Exception):
    """A failure to report as one line on stderr with an exit code."""

    def __init__(self, message: str, code: int = EXIT_USAGE) -> None:
        super().__init__(message)
        self.code = code


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="nspdesk",
        description="Angebote, Partner-Compliance und Programmübersichten für das "
        "NoSpamProxy-Partnerprogramm. Ohne Befehl startet die Desktop-App.",
    )
    parser.add_argument("--version", action="version", version=f"nspdesk {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="BEFEHL")

    price = commands.add_parser(
        "price",
        help="Angebotspositionen für eine Partnerstufe bepreisen (JSON ein, JSON aus)",
        description="Bepreist Positionen mit dem Rabatt der Partnerstufe, Zusatzrabatt und Umsatzsteuer.",
    )
    price.add_argument("file", metavar="FILE.json", help="Eingabe als JSON-Datei, '-' für stdin")
    price.set_defaults(run=_run_price)

    evaluate = commands.add_parser(
        "evaluate",
        help="Partnerzahlen eines Jahres gegen die Stufen prüfen (JSON ein, JSON aus)",
        description="Zeigt die erreichte Stufe, jede Anforderung und was zur nächsten Stufe fehlt.",
    )
    evaluate.add_argument("file", metavar="FILE.json", help="Eingabe als JSON-Datei, '-' für stdin")
    evaluate.set_defaults(run=_run_evaluate)

    program = commands.add_parser(
        "program", help="Editionen des Partnerprogramms anzeigen und prüfen"
    )
    program_commands = program.add_subparsers(
        dest="program_command", metavar="AKTION", required=True
    )
    listing = program_commands.add_parser(
        "list", help="mitgelieferte Editionen und ihre Gültigkeit"
    )
    listing.set_defaults(run=_run_program_list)
    check = program_commands.add_parser("check", help="eine Programmdatei (TOML) prüfen")
    check.add_argument("file", metavar="FILE.toml")
    check.set_defaults(run=_run_program_check)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args_list = list(sys.argv[1:] if argv is None else argv)
    _utf8_output()
    parser = build_parser()
    args = parser.parse_args(args_list)
    if args.command is None:
        from nspdesk.ui.app import run_app

        return run_app(args_list)
    run: Callable[[argparse.Namespace], int] = args.run
    try:
        return run(args)
    except CommandError as error:
        print(f"nspdesk {args.command}: {error}", file=sys.stderr)
        return error.code
    except (InputError, ProgramFileError) as error:
        print(f"nspdesk {args.command}: {error}", file=sys.stderr)
        return EXIT_USAGE


def _utf8_output() -> None:
    """German text and € on any console (Windows code pages included)."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            reconfigure(encoding="utf-8", errors="replace")


def _read_input(name: str) -> tuple[str, str]:
    """The text of FILE or of stdin for ``-``, and a name for it in messages."""
    if name == "-":
        data = sys.stdin.buffer.read()
        source = "stdin"
    else:
        try:
            data = Path(name).read_bytes()
        except FileNotFoundError:
            raise CommandError(f"{name}: Datei nicht gefunden") from None
        except IsADirectoryError:
            raise CommandError(f"{name}: ist ein Verzeichnis, keine Datei") from None
        except OSError as error:
            raise CommandError(f"{name}: kann nicht gelesen werden ({error.strerror})") from None
        source = name
    try:
        return data.decode("utf-8-sig"), source
    except UnicodeDecodeError:
        raise CommandError(f"{source}: ist nicht UTF-8-kodiert") from None


def _print_json(document: object) -> None:
    print(json.dumps(document, ensure_ascii=False, indent=2))


def _run_price(args: argparse.Namespace) -> int:
    from nspdesk.domain.editions import default_library
    from nspdesk.domain.json_input import parse_json
    from nspdesk.domain.pricing import price_quote
    from nspdesk.domain.pricing_json import quote_to_json, request_from_json

    text, source = _read_input(args.file)
    request = request_from_json(parse_json(text, source), today=date.today())
    program = default_library().edition_for(request.date)
    _print_json(quote_to_json(price_quote(program, request)))
    return EXIT_OK


def _run_evaluate(args: argparse.Namespace) -> int:
    from nspdesk.domain.compliance import evaluate
    from nspdesk.domain.compliance_json import evaluation_to_json, facts_from_json
    from nspdesk.domain.editions import default_library
    from nspdesk.domain.json_input import parse_json

    text, source = _read_input(args.file)
    facts = facts_from_json(parse_json(text, source), today=date.today())
    program = default_library().edition_for(facts.as_of)
    _print_json(evaluation_to_json(evaluate(program, facts)))
    return EXIT_OK


def _run_program_list(args: argparse.Namespace) -> int:
    from nspdesk.domain.editions import default_library

    library = default_library()
    current = library.edition_for(date.today())
    for program in library.editions:
        marker = "*" if program is current else " "
        print(
            f"{marker} {program.edition}  gültig ab {program.valid_from.isoformat()}  {program.title}"
        )
    return EXIT_OK


def _run_program_check(args: argparse.Namespace) -> int:
    from nspdesk.domain.program_file import load_program

    program = load_program(Path(args.file))
    print(
        f"{args.file}: Edition {program.edition!r}, gültig ab {program.valid_from.isoformat()}, "
        f"{len(program.tiers)} Stufen, {len(program.categories)} Kategorien: in Ordnung"
    )
    return EXIT_OK
