"""``nspdesk price``, ``nspdesk evaluate`` and ``nspdesk program``: the rules engine on the command line."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from nspdesk.commands.common import EXIT_OK, print_json, read_input


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    price = commands.add_parser(
        "price",
        help="Angebotspositionen für eine Partnerstufe bepreisen (JSON ein, JSON aus)",
        description="Bepreist Positionen mit dem Rabatt der Partnerstufe, Zusatzrabatt und Umsatzsteuer.",
    )
    price.add_argument("file", metavar="FILE.json", help="Eingabe als JSON-Datei, '-' für stdin")
    price.set_defaults(run=run_price)

    evaluate = commands.add_parser(
        "evaluate",
        help="Partnerzahlen eines Jahres gegen die Stufen prüfen (JSON ein, JSON aus)",
        description="Zeigt die erreichte Stufe, jede Anforderung und was zur nächsten Stufe fehlt.",
    )
    evaluate.add_argument("file", metavar="FILE.json", help="Eingabe als JSON-Datei, '-' für stdin")
    evaluate.set_defaults(run=run_evaluate)

    program = commands.add_parser(
        "program", help="Editionen des Partnerprogramms anzeigen und prüfen"
    )
    actions = program.add_subparsers(dest="program_command", metavar="AKTION", required=True)
    listing = actions.add_parser("list", help="mitgelieferte Editionen und ihre Gültigkeit")
    listing.set_defaults(run=run_program_list)
    check = actions.add_parser("check", help="eine Programmdatei (TOML) prüfen")
    check.add_argument("file", metavar="FILE.toml")
    check.set_defaults(run=run_program_check)


def run_price(args: argparse.Namespace) -> int:
    from nspdesk.domain.editions import default_library
    from nspdesk.domain.json_input import parse_json
    from nspdesk.domain.pricing import price_quote
    from nspdesk.domain.pricing_json import quote_to_json, request_from_json
    from nspdesk.domain.quote_checks import quote_warnings

    text, source = read_input(args.file)
    fields = parse_json(text, source)
    # Whether the partner only resells (no Server know-how): the "hsv-missing" warning needs it.
    reseller_only = fields.flag("reseller_only", default=False)
    request = request_from_json(fields, today=date.today())
    program = default_library().edition_for(request.date)
    priced = price_quote(program, request)
    print_json(quote_to_json(priced, quote_warnings(priced, reseller_only)))
    return EXIT_OK


def run_evaluate(args: argparse.Namespace) -> int:
    from nspdesk.domain.compliance import evaluate
    from nspdesk.domain.compliance_json import evaluate_input, evaluation_to_json
    from nspdesk.domain.editions import default_library
    from nspdesk.domain.json_input import parse_json

    text, source = read_input(args.file)
    facts, sources = evaluate_input(parse_json(text, source), today=date.today())
    program = default_library().edition_for(facts.as_of)
    print_json(evaluation_to_json(evaluate(program, facts), sources))
    return EXIT_OK


def run_program_list(args: argparse.Namespace) -> int:
    from nspdesk.domain.editions import default_library

    library = default_library()
    current = library.edition_for(date.today())
    for program in library.editions:
        marker = "*" if program is current else " "
        print(
            f"{marker} {program.edition}  gültig ab {program.valid_from.isoformat()}  {program.title}"
        )
    return EXIT_OK


def run_program_check(args: argparse.Namespace) -> int:
    from nspdesk.domain.program_file import load_program

    program = load_program(Path(args.file))
    print(
        f"{args.file}: Edition {program.edition!r}, gültig ab {program.valid_from.isoformat()}, "
        f"{len(program.tiers)} Stufen, {len(program.categories)} Kategorien: in Ordnung"
    )
    return EXIT_OK
