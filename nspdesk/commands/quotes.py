"""``nspdesk quotes list|show|create|send|accept|reject|revise|reprice|mail``: quotes without the
app.

For scripts, tests and the sync: every action goes through ``nspdesk.services.quotes``, the same
functions the app's quote view calls, so the refusals are the same. ``N`` is a quote's id or its
number (``A-2026-0042``). A refused action (sending a sent quote, accepting a rejected one) ends
with exit code 2 and one line.

``send`` sends a quote that has warnings (a server licence without maintenance, …) as the app does
after asking: a script cannot answer a question, so each warning goes to stderr as one line
(``Warnung [maintenance-missing]: …``) and, with ``--json``, into the output's ``warnings``.

``mail N -o FILE.eml`` writes the e-mail draft that hands a sent quote over (the app's "Per E-Mail
senden"): ``X-Unsent: 1``, the recipient's contact, a short German text, the frozen PDF attached.
A draft is refused (exit 2): ``send`` it first. No recipient address known: the draft has no To:
and a note says so on stderr (exit 0: the person fills it in in the mail program).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from nspdesk.commands.common import EXIT_OK, EXIT_USAGE, CommandError, print_json, read_input
from nspdesk.commands.store_access import add_db_option, opened_workspace

if TYPE_CHECKING:
    from nspdesk.domain.revision_diff import DiffLine
    from nspdesk.services.quotes import (
        Conditions,
        QuoteDetail,
        QuoteRow,
        QuoteState,
        QuoteWarning,
        Repricing,
    )
    from nspdesk.services.workspace import Workspace

ACTIONS = {
    "send": "ein Entwurf wird versendet (eingefroren, wie er jetzt gedruckt wird)",
    "accept": "ein versendetes Angebot wurde angenommen",
    "reject": "ein versendetes Angebot wurde abgelehnt",
    "revise": "eine neue Revision (Entwurf) eines versendeten Angebots anlegen",
}


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    group = commands.add_parser(
        "quotes",
        help="Angebote der Datenbank auflisten, anlegen, versenden, annehmen, ablehnen",
        description="Angebote ohne die App, über dieselben Dienste. N ist die ID oder die Nummer "
        "(A-2026-0042).",
    )
    actions = group.add_subparsers(dest="quotes_command", metavar="AKTION", required=True)

    listing = actions.add_parser("list", help="die Angebote, neueste zuerst")
    listing.add_argument(
        "--status",
        choices=("draft", "sent", "accepted", "rejected", "expired"),
        help="nur Angebote in diesem Status",
    )
    listing.add_argument("--partner", type=int, metavar="ID", help="nur Angebote dieses Partners")
    listing.add_argument("--year", type=int, metavar="JJJJ", help="nur Angebote dieses Jahres")
    _common(listing, run_list)

    show = actions.add_parser("show", help="ein Angebot mit Positionen und Verlauf")
    show.add_argument("quote", metavar="N")
    _common(show, run_show)

    create = actions.add_parser(
        "create",
        help="ein Angebot (Entwurf) aus JSON anlegen",
        description="partner_id und die Positionen und Brieffelder der Eingabe von 'nspdesk pdf "
        "quote' (date, valid_until, vat, audience, recipient, contact_person, subject, intro, "
        "closing, tier_choice, tier_reason); Stufe und Konditionen kommen vom Partner. Gibt "
        "Nummer und ID des neuen Angebots aus.",
    )
    create.add_argument("file", metavar="FILE.json", help="Eingabe als JSON-Datei, '-' für stdin")
    _common(create, run_create)

    for name, text in ACTIONS.items():
        action = actions.add_parser(name, help=text)
        action.add_argument("quote", metavar="N")
        if name == "send":
            action.add_argument(
                "--contact",
                metavar="NAME",
                help="Ansprechpartner im Brief (Standard: der erste Geschäftsführer)",
            )
        _common(action, run_action)

    mail = actions.add_parser(
        "mail",
        help="E-Mail-Entwurf (.eml) mit dem Angebot als PDF schreiben",
        description="Schreibt einen E-Mail-Entwurf (X-Unsent: 1) an den Ansprechpartner des "
        "Partners mit kurzem Text und dem Angebot als PDF, wie es versendet wurde; das "
        "E-Mail-Programm öffnet ihn zum Senden. Ein Entwurf wird abgelehnt: erst 'nspdesk quotes "
        "send N'.",
    )
    mail.add_argument("quote", metavar="N")
    mail.add_argument("-o", "--output", required=True, metavar="FILE.eml", help="Zieldatei")
    mail.add_argument(
        "--revision", type=int, metavar="R", help="diese Revision (Standard: die aktuelle)"
    )
    _common(mail, run_mail)

    reprice = actions.add_parser(
        "reprice",
        help="eine Revision (Entwurf) zu den Konditionen eines Tages neu berechnen",
        description="Eine neue Revision behält Stufe und Edition der Revision, aus der sie "
        "entstand. Zeigt, was sich zu den Konditionen eines Tages (die Stufe des Partners an dem "
        "Tag, die an dem Tag gültige Edition) ändert; gespeichert wird nur mit --apply.",
    )
    reprice.add_argument("quote", metavar="N")
    reprice.add_argument(
        "--as-of",
        type=date.fromisoformat,
        metavar="JJJJ-MM-TT",
        help="die Konditionen dieses Tages (Standard: heute)",
    )
    reprice.add_argument(
        "--apply", action="store_true", help="die Neuberechnung speichern (sonst nur zeigen)"
    )
    reprice.add_argument(
        "--tier-choice",
        choices=("recorded", "supported"),
        help="Entscheidung, wenn die Zahlen die Stufe an dem Tag nicht tragen",
    )
    reprice.add_argument("--tier-reason", default="", metavar="TEXT", help="Begründung dazu")
    _common(reprice, run_reprice)


def _common(parser: argparse.ArgumentParser, run: Callable[[argparse.Namespace], int]) -> None:
    add_db_option(parser)
    parser.add_argument("--json", action="store_true", help="als JSON ausgeben")
    parser.set_defaults(run=run)


def run_list(args: argparse.Namespace) -> int:
    from nspdesk.services import quotes

    status = quotes.Status(args.status) if args.status else None
    with opened_workspace(args) as workspace:
        rows = quotes.list_quotes(workspace, status=status, partner_id=args.partner, year=args.year)
    if args.json:
        print_json([row_json(row) for row in rows])
        return EXIT_OK
    from nspdesk.domain.formatting import day, money

    for row in rows:
        status_name = quotes.STATUS_NAMES[quotes.Status(row.status)]
        print(
            f"{row.label:<14}  {day(row.quote_date)}  {status_name:<11}  {row.partner:<32.32}  "
            f"{money(row.net):>14}  {row.subject}"
        )
    return EXIT_OK


def run_show(args: argparse.Namespace) -> int:

    with opened_workspace(args) as workspace:
        found = _detail(workspace, args.quote)
    document = detail_json(found)
    if args.json:
        print_json(document)
    else:
        print(_detail_text(found))
    return EXIT_OK


def run_create(args: argparse.Namespace) -> int:
    from nspdesk.domain.json_input import parse_json
    from nspdesk.domain.quote_input import quote_input_from_json
    from nspdesk.services import quotes

    text, source = read_input(args.file)
    data = quote_input_from_json(parse_json(text, source), today=date.today())
    with opened_workspace(args) as workspace:
        state = quotes.create(workspace, data)
    _print_state(args, state)
    return EXIT_OK


def run_action(args: argparse.Namespace) -> int:
    from nspdesk.services import quotes
    from nspdesk.services.errors import ConflictError, NotFoundError

    with opened_workspace(args) as workspace:
        try:
            quote_id = quotes.find(workspace, args.quote)
            warnings: tuple[QuoteWarning, ...] | None = None
            match args.quotes_command:
                case "send":
                    warnings = quotes.warnings(workspace, quote_id)
                    state = quotes.send(workspace, quote_id, contact=args.contact)
                case "accept":
                    state = quotes.accept(workspace, quote_id)
                case "reject":
                    state = quotes.reject(workspace, quote_id)
                case _:
                    state = quotes.revise(workspace, quote_id)
        except (ConflictError, NotFoundError) as error:
            raise CommandError(str(error), EXIT_USAGE) from None
    if warnings is None:
        _print_state(args, state)
        return EXIT_OK
    for warning in warnings:
        print(f"Warnung [{warning.code}]: {warning.message}", file=sys.stderr)
    if args.json:
        from nspdesk.domain.pricing_json import warning_json

        print_json(state_json(state) | {"warnings": [warning_json(w) for w in warnings]})
    else:
        _print_state(args, state)
    return EXIT_OK


def run_reprice(args: argparse.Namespace) -> int:
    from nspdesk.domain.tier_check import TierChoice
    from nspdesk.services import quotes
    from nspdesk.services.errors import ConflictError, NotFoundError

    on = args.as_of or date.today()
    choice = TierChoice(args.tier_choice) if args.tier_choice else None
    with opened_workspace(args) as workspace:
        try:
            quote_id = quotes.find(workspace, args.quote)
            if args.apply:
                result = quotes.reprice(
                    workspace, quote_id, on, choice=choice, reason=args.tier_reason
                )
            else:
                result = quotes.reprice_preview(
                    workspace, quote_id, on, choice=choice, reason=args.tier_reason
                )
        except (ConflictError, NotFoundError) as error:
            raise CommandError(str(error), EXIT_USAGE) from None
    if args.json:
        print_json(repricing_json(result))
    else:
        print(_repricing_text(result))
    return EXIT_OK


def run_mail(args: argparse.Namespace) -> int:
    from nspdesk.commands.pdf import output_target, warn_unprintable, write_atomically
    from nspdesk.services import quotes
    from nspdesk.services.errors import ConflictError, NotFoundError

    target = output_target(args.output)
    with opened_workspace(args) as workspace:
        try:
            draft = quotes.mail_draft(
                workspace, quotes.find(workspace, args.quote), revision=args.revision
            )
        except (ConflictError, NotFoundError) as error:
            raise CommandError(str(error), EXIT_USAGE) from None
    write_atomically(target, draft.data, announce=False)
    warn_unprintable(draft.unprintable)
    if draft.note:
        print(f"Hinweis: {draft.note}", file=sys.stderr)
    if args.json:
        print_json(
            {
                "file": str(target),
                "to": draft.recipient,
                "subject": draft.subject,
                "attachment": draft.attachment,
                "note": draft.note or None,
            }
        )
    else:
        print(
            f"{target} geschrieben: an {draft.recipient or '(ohne Empfänger)'}, „{draft.subject}“"
        )
    return EXIT_OK


def _detail(workspace: Workspace, reference: str) -> QuoteDetail:
    from nspdesk.services import quotes
    from nspdesk.services.errors import NotFoundError

    try:
        return quotes.detail(workspace, quotes.find(workspace, reference))
    except NotFoundError as error:
        raise CommandError(str(error)) from None


def _print_state(args: argparse.Namespace, state: QuoteState) -> None:
    from nspdesk.services.quotes import STATUS_NAMES

    if args.json:
        print_json(state_json(state))
    else:
        print(f"{state.label}  {STATUS_NAMES[state.status]}  (ID {state.id})")


# --- JSON shapes (a contract: extend, never rename) ---------------------------------------------------
def state_json(state: QuoteState) -> dict[str, object]:
    return {
        "id": state.id,
        "number": state.number,
        "revision": state.revision,
        "label": state.label,
        "status": state.status.value,
        "version": state.version,
    }


def row_json(row: QuoteRow) -> dict[str, object]:
    from nspdesk.domain.decimals import as_text

    return {
        "id": row.id,
        "number": row.number,
        "revision": row.revision,
        "label": row.label,
        "status": row.status,
        "partner_id": row.partner_id,
        "partner": row.partner,
        "subject": row.subject,
        "date": row.quote_date.isoformat(),
        "valid_until": row.valid_until.isoformat(),
        "net": as_text(row.net),
        "gross": as_text(row.gross),
    }


def detail_json(found: QuoteDetail) -> dict[str, object]:
    from nspdesk.domain.decimals import as_text, exact_text, plain

    data, priced = found.data, found.priced
    return {
        **state_json(found.state),
        "partner_id": found.partner_id,
        "partner": found.partner,
        "date": data.quote_date.isoformat(),
        "valid_until": data.valid_until.isoformat(),
        "audience": data.audience.value,
        "vat": data.vat.value,
        "tier": priced.tier.id,
        "edition": priced.program.edition,
        "subject": data.subject,
        "contact_person": data.contact_person,
        "customer": data.customer,
        "lines": [
            {
                "category": line.category,
                "article_number": line.article_number,
                "description": line.description,
                "unit": line.unit,
                "quantity": plain(line.quantity),
                "unit_price": exact_text(line.unit_price),
                "extra_discount": plain(line.extra_discount),
                "discount_percent": plain(result.discount_percent),
                "net": as_text(result.net),
            }
            for line, result in zip(data.lines, priced.lines, strict=True)
        ],
        "net": as_text(priced.totals.net),
        "vat_amount": as_text(priced.totals.vat),
        "gross": as_text(priced.totals.gross),
        "revisions": [{"revision": n, "status": s.value} for n, s in found.revisions],
        "events": [
            {
                "at": event.at.isoformat(),
                "revision": event.revision,
                "actor": event.actor,
                "action": event.action,
                "detail": str(event.detail),
            }
            for event in found.events
        ],
    }


def repricing_json(result: Repricing) -> dict[str, object]:
    from nspdesk.domain.decimals import as_text, plain

    def conditions(c: Conditions) -> dict[str, object]:
        return {
            "tier": c.tier,
            "msp_level": c.msp_level,
            "edition": c.edition,
            "tier_choice": c.choice.value if c.choice else None,
        }

    def line(d: DiffLine | None) -> dict[str, object] | None:
        if d is None:
            return None
        return {
            "article_number": d.article_number,
            "description": d.description,
            "discount_percent": plain(d.discount_percent),
            "net": as_text(d.net),
        }

    return {
        "id": result.quote_id,
        "number": result.number,
        "revision": result.revision,
        "as_of": result.on.isoformat(),
        "applied": result.applied,
        "unchanged": result.unchanged,
        "version": result.version,
        "before": conditions(result.before),
        "after": conditions(result.after),
        "lines": [
            {
                "change": c.change.value,
                "fields": list(c.fields),
                "old": line(c.old),
                "new": line(c.new),
            }
            for c in result.lines.changes
        ],
        "net_before": as_text(result.lines.old_net),
        "net_after": as_text(result.lines.new_net),
        "gross_before": as_text(result.gross_before),
        "gross_after": as_text(result.gross_after),
    }


def _repricing_text(result: Repricing) -> str:
    from nspdesk.domain.formatting import day, money, percent

    before, after = result.before, result.after
    head = f"Angebot {result.number}/{result.revision} zu den Konditionen vom {day(result.on)}"
    if result.unchanged:
        return f"{head}: keine Änderung."
    out = [
        f"{head}:",
        f"  Stufe {before.tier} → {after.tier}, Edition {before.edition} → {after.edition}",
    ]
    for change in result.lines.changes:
        old, new = change.old, change.new
        if old is not None and new is not None:
            out.append(
                f"  {new.description}: Rabatt {percent(old.discount_percent)} → "
                f"{percent(new.discount_percent)}, {money(old.net)} → {money(new.net)}"
            )
    out.append(
        f"  Netto {money(result.lines.old_net)} → {money(result.lines.new_net)}, "
        f"Brutto {money(result.gross_before)} → {money(result.gross_after)}"
    )
    out.append(
        "  gespeichert." if result.applied else "  nicht gespeichert (mit --apply übernehmen)."
    )
    return "\n".join(out)


def _detail_text(found: QuoteDetail) -> str:
    from nspdesk.domain.formatting import day, money
    from nspdesk.services.quotes import ACTIONS as EVENT_NAMES
    from nspdesk.services.quotes import STATUS_NAMES

    data, priced = found.data, found.priced
    lines = [
        f"Angebot {found.state.label} · {STATUS_NAMES[found.state.status]} · {found.partner}",
        f"Datum {day(data.quote_date)}, gültig bis {day(data.valid_until)}, "
        f"Stufe {priced.tier.name}",
        f"Betreff: {data.subject}",
    ]
    for index, (line, result) in enumerate(zip(data.lines, priced.lines, strict=True), start=1):
        lines.append(f"  {index:>3}. {line.description}  {money(result.net):>14}")
    lines.append(f"Netto {money(priced.totals.net)}, Brutto {money(priced.totals.gross)}")
    lines += [
        f"  {event.at:%d.%m.%Y %H:%M}  {EVENT_NAMES.get(event.action, event.action)}"
        f"{' · ' + event.actor if event.actor else ''}"
        for event in found.events
    ]
    return "\n".join(lines)
