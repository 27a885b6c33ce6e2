"""``nspdesk pdf``: the German PDF documents from JSON input or the program rules.

Every subcommand writes its document to ``-o OUT.pdf`` through a temporary file in the same folder
and a rename: a failure leaves neither a partial file nor a changed old one; success prints
"PDF geschrieben: PATH" on stdout. The database variants
(``quote --id``, ``checklist --partner``, ``review --partner --year``) fit beside the options here;
abbreviations are off so that a future ``--partner`` is never mistaken for ``--partner-name``.

A quote whose texts hold characters no embedded font can draw (emoji, Arabic, Hebrew, Hindi …)
is still written, and each such field is named on stderr ("Warnung: …"; exit code 0): a script's
run does not fail on a customer's name, and the person who reads the warning decides. The app asks
before it shows such a PDF.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from nspdesk import files
from nspdesk.commands.common import EXIT_OK, CommandError, read_input
from nspdesk.commands.store_access import add_db_option, opened_workspace, store_failure

if TYPE_CHECKING:
    from nspdesk.documents.glyphs import Unprintable
    from nspdesk.domain.letterhead import Sender

TRACKS = ("server", "cloud", "support")


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    pdf = commands.add_parser(
        "pdf",
        help="deutsche PDF-Dokumente erzeugen (Angebot, Programmübersicht, Checkliste, Jahresbericht)",
        description="Erzeugt Angebot, Programmübersicht, Onboarding-Checkliste oder Jahresbericht "
        "als PDF.",
        allow_abbrev=False,
    )
    documents = pdf.add_subparsers(dest="document", metavar="DOKUMENT", required=True)

    quote = documents.add_parser(
        "quote",
        help="Angebot als DIN-5008-Geschäftsbrief",
        description="Angebot aus der Eingabe von 'nspdesk price' plus optional number, recipient, "
        "sender, valid_until, customer_number, contact, subject, intro, closing, payment_terms und "
        "unit je Position. Ohne sender erscheint die Demo-Firma. Zeichen, die keine eingebettete "
        "Schrift darstellen kann (Emoji, Arabisch, Hebräisch …), nennt eine Warnung auf stderr; "
        "das PDF wird trotzdem geschrieben.",
        allow_abbrev=False,
    )
    quote.add_argument(
        "file", metavar="FILE.json", nargs="?", help="Eingabe als JSON-Datei, '-' für stdin"
    )
    quote.add_argument("--id", type=int, metavar="N", help="das Angebot N aus der Datenbank")
    quote.add_argument(
        "--revision",
        type=int,
        metavar="R",
        help="mit --id: diese Revision (Standard: die aktuelle)",
    )
    quote.add_argument(
        "--contact",
        metavar="NAME",
        help="mit --id: Ansprechpartner im Brief eines Entwurfs (Standard: der erste "
        "Geschäftsführer; ein versendetes Angebot druckt, wie es versendet wurde)",
    )
    add_db_option(quote)
    _output(quote)
    quote.set_defaults(run=run_quote)

    program = documents.add_parser(
        "program",
        help="Programmübersicht (Server und Cloud, Cloud-only, Supportmodell)",
        description="Übersicht des Partnerprogramms aus den Regeln der gültigen Edition; ohne "
        "--track alle drei Teile in einem Dokument.",
        allow_abbrev=False,
    )
    program.add_argument("--track", choices=TRACKS, help="nur dieser Teil")
    program.add_argument(
        "--date", metavar="JJJJ-MM-TT", help="Stichtag für die Edition (Standard: heute)"
    )
    add_db_option(program)
    _output(program)
    program.set_defaults(run=run_program)

    checklist = documents.add_parser(
        "checklist",
        help="Onboarding-Checkliste für eine Zielstufe",
        allow_abbrev=False,
    )
    checklist.add_argument("--tier", metavar="STUFE", help="Zielstufe, z. B. business")
    checklist.add_argument(
        "--partner", type=int, metavar="ID", help="die Checkliste des Partners ID aus der Datenbank"
    )
    checklist.add_argument("--partner-name", metavar="NAME", default="", help="Name des Partners")
    checklist.add_argument(
        "--date", metavar="JJJJ-MM-TT", help="Datum und Edition (Standard: heute)"
    )
    add_db_option(checklist)
    _output(checklist)
    checklist.set_defaults(run=run_checklist)

    review = documents.add_parser(
        "review",
        help="Partner-Jahresbericht",
        description="Jahresbericht aus der Eingabe von 'nspdesk evaluate' plus optional "
        "partner {name, contact, street, postal_code, city, country}.",
        allow_abbrev=False,
    )
    review.add_argument(
        "file", metavar="FILE.json", nargs="?", help="Eingabe als JSON-Datei, '-' für stdin"
    )
    review.add_argument("--partner", type=int, metavar="ID", help="Partner ID aus der Datenbank")
    review.add_argument("--year", type=int, metavar="JJJJ", help="Geschäftsjahr (mit --partner)")
    review.add_argument(
        "--as-of", metavar="JJJJ-MM-TT", help="Stichtag (mit --partner; Standard: heute)"
    )
    add_db_option(review)
    _output(review)
    review.set_defaults(run=run_review)


def _output(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("-o", "--output", required=True, metavar="OUT.pdf", help="Zieldatei")


def run_quote(args: argparse.Namespace) -> int:
    from nspdesk.documents.quote_pdf import quote_pdf, unprintable
    from nspdesk.domain.editions import default_library
    from nspdesk.domain.json_input import parse_json
    from nspdesk.domain.pricing import price_quote
    from nspdesk.domain.quote_document import quote_input_from_json

    target = output_target(args.output)
    if (args.file is None) == (args.id is None):
        raise CommandError("entweder FILE.json oder --id N angeben")
    if args.id is not None:
        from nspdesk.services import quotes
        from nspdesk.services.errors import NotFoundError

        with opened_workspace(args) as workspace:
            try:
                printed = quotes.print_quote(
                    workspace, args.id, revision=args.revision, contact=args.contact
                )
            except NotFoundError as error:
                raise CommandError(str(error)) from None
        write_atomically(target, printed.data)
        warn_unprintable(printed.unprintable)
        return EXIT_OK
    text, source = read_input(args.file)
    data = quote_input_from_json(parse_json(text, source), today=date.today())
    program = default_library().edition_for(data.request.date)
    quote = price_quote(program, data.request)
    write_atomically(target, quote_pdf(quote, data.document, data.sender))
    warn_unprintable(unprintable(quote, data.document, data.sender))
    return EXIT_OK


def warn_unprintable(found: Sequence[Unprintable]) -> None:
    """One line on stderr for each field with characters that print as empty boxes."""
    for item in found:
        print(
            f"nspdesk pdf: Warnung: {item.field} enthält Zeichen, die keine eingebettete Schrift "
            f"darstellen kann (im PDF leere Kästchen): {item.characters_described}",
            file=sys.stderr,
        )


def run_program(args: argparse.Namespace) -> int:
    from nspdesk.documents.program_overview_pdf import program_overview_pdf
    from nspdesk.domain.editions import default_library

    target = output_target(args.output)
    on = _day(args.date, "--date")
    program = default_library().edition_for(on)
    tracks = (args.track,) if args.track else TRACKS
    write_atomically(target, program_overview_pdf(program, tracks, _sender(args), on))
    return EXIT_OK


def run_checklist(args: argparse.Namespace) -> int:
    from nspdesk.documents.checklist_pdf import checklist_pdf
    from nspdesk.domain.editions import default_library
    from nspdesk.domain.letterhead import Addressee
    from nspdesk.domain.onboarding import checklist_for
    from nspdesk.domain.pricing import resolve_tier

    target = output_target(args.output)
    on = _day(args.date, "--date")
    library = default_library()
    if args.partner is not None:
        if args.partner_name:
            raise CommandError("--partner-name gilt nur ohne --partner")
        from nspdesk.services import onboarding
        from nspdesk.services.errors import NotFoundError

        with opened_workspace(args) as workspace:
            try:
                data = onboarding.checklist_pdf(workspace, args.partner, on, args.tier)
            except NotFoundError as error:
                raise CommandError(str(error)) from None
        write_atomically(target, data)
        return EXIT_OK
    if args.tier is None:
        raise CommandError("--tier STUFE oder --partner ID angeben")
    program = library.edition_for(on)
    tier = resolve_tier(program, args.tier)
    name = args.partner_name.strip()
    partner = Addressee(company=name) if name else None
    write_atomically(
        target, checklist_pdf(checklist_for(program, tier), partner, _sender(args), on)
    )
    return EXIT_OK


def run_review(args: argparse.Namespace) -> int:
    from nspdesk.documents.annual_review_pdf import annual_review_pdf
    from nspdesk.domain.compliance import evaluate
    from nspdesk.domain.compliance_json import facts_from_json
    from nspdesk.domain.editions import default_library
    from nspdesk.domain.json_input import parse_json
    from nspdesk.domain.letterhead import Addressee, addressee_from_json

    target = output_target(args.output)
    if (args.file is None) == (args.partner is None):
        raise CommandError("entweder FILE.json oder --partner ID angeben")
    if args.partner is not None:
        from nspdesk.services import partner_overview
        from nspdesk.services.errors import NotFoundError

        as_of = _day(args.as_of, "--as-of")
        year = args.year or as_of.year
        with opened_workspace(args) as workspace:
            try:
                data, _name = partner_overview.review_pdf(workspace, args.partner, year, as_of)
            except NotFoundError as error:
                raise CommandError(str(error)) from None
        write_atomically(target, data)
        return EXIT_OK
    if args.year is not None or args.as_of is not None:
        raise CommandError("--year und --as-of gelten nur mit --partner")
    text, source = read_input(args.file)
    fields = parse_json(text, source)
    partner: Addressee | None = None
    if fields.has("partner"):  # read before the evaluate keys: their reader refuses unknown keys
        partner = addressee_from_json(fields.table("partner"), name_key="name")
    facts = facts_from_json(fields, today=date.today())
    program = default_library().edition_for(facts.as_of)
    write_atomically(target, annual_review_pdf(evaluate(program, facts), partner, _sender(args)))
    return EXIT_OK


def _sender(args: argparse.Namespace) -> Sender:
    """The stored sender when there is a database to ask, else the fictitious demo sender (a
    database that does not exist is not created just to print a letterhead)."""
    from nspdesk.services.errors import StoreError
    from nspdesk.services.letterhead import letterhead_at

    try:
        return letterhead_at(getattr(args, "db", None))
    except StoreError as error:
        raise store_failure(error) from None


def _day(value: str | None, option: str) -> date:
    if value is None:
        return date.today()
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise CommandError(f"{option}: ist kein Datum im Format JJJJ-MM-TT: {value!r}") from None


def output_target(output: str) -> Path:
    """Check the output path before any work, so a typo fails fast."""
    target = Path(output)
    if target.is_dir():
        raise CommandError(f"-o: {output} ist ein Verzeichnis, keine Datei")
    if not target.parent.resolve().is_dir():
        raise CommandError(f"-o: Verzeichnis {target.parent} existiert nicht")
    return target


def write_atomically(target: Path, data: bytes, *, announce: bool = True) -> None:
    """Write ``data`` atomically (see ``nspdesk.files``); a failure names the file and why.

    Success says which file was written, one line on stdout ("PDF geschrieben: /abs/path.pdf"): the
    PDF itself never goes to stdout, and warnings stay on stderr. ``announce=False``: the caller
    reports the file itself (an e-mail draft, JSON output).
    """
    try:
        files.write_atomically(target, data)
    except OSError as error:
        raise CommandError(
            f"-o: {target} kann nicht geschrieben werden ({error.strerror})"
        ) from None
    if announce:
        print(f"PDF geschrieben: {target.resolve()}")
