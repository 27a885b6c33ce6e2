"""``nspdesk review``: the annual partner review (Jahresüberprüfung) from the command line.

``run`` shows the proposals for a business year (``--save`` stores them as a draft review),
``decide`` accepts or overrides one partner's proposal, ``confirm`` writes the tiers and the tier
history, ``letters`` writes the status letters of a confirmed review, ``summary`` the summary as PDF,
CSV or XLSX. Nothing changes on the partners before ``confirm``.
"""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from nspdesk.commands.common import EXIT_OK, CommandError, print_json
from nspdesk.commands.store_access import add_db_option, opened_store

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from nspdesk.domain.program import Program
    from nspdesk.domain.review import Proposal, ReviewLine
    from nspdesk.store.models import Review

FIRST_YEAR = 2000


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    review = commands.add_parser(
        "review",
        help="Jahresüberprüfung der Partnerstufen (Vorschläge, Entscheidungen, Briefe)",
        allow_abbrev=False,
    )
    actions = review.add_subparsers(dest="review_command", metavar="AKTION", required=True)

    run = actions.add_parser(
        "run", help="Vorschläge für ein Geschäftsjahr berechnen", allow_abbrev=False
    )
    _year(run)
    run.add_argument("--as-of", metavar="JJJJ-MM-TT", help="Stichtag (Standard: heute)")
    run.add_argument(
        "--partner", type=int, action="append", metavar="ID", help="nur diese Partner (mehrfach)"
    )
    run.add_argument("--track", choices=("server", "cloud", "msp"), help="nur diese Spur")
    run.add_argument("--json", action="store_true", help="als JSON ausgeben")
    run.add_argument(
        "--save", action="store_true", help="als Entwurf speichern (für decide und confirm)"
    )
    add_db_option(run)
    run.set_defaults(run=run_run)

    show = actions.add_parser(
        "show", help="eine gespeicherte Überprüfung mit Entscheidungen", allow_abbrev=False
    )
    show.add_argument("review", type=int, metavar="ID")
    show.add_argument("--json", action="store_true", help="als JSON ausgeben")
    add_db_option(show)
    show.set_defaults(run=run_show)

    decide = actions.add_parser(
        "decide", help="einen Vorschlag annehmen oder abweichend entscheiden", allow_abbrev=False
    )
    decide.add_argument("review", type=int, metavar="ID")
    decide.add_argument("--partner", type=int, required=True, metavar="P")
    choice = decide.add_mutually_exclusive_group(required=True)
    choice.add_argument("--accept", action="store_true", help="den Vorschlag annehmen")
    choice.add_argument(
        "--override",
        metavar="STUFE",
        help="eine andere Stufe ('keine' für keine; MSP: die Umsatzstufe, z. B. premium)",
    )
    decide.add_argument("--reason", default="", help="Begründung (Pflicht bei --override)")
    add_db_option(decide)
    decide.set_defaults(run=run_decide)

    confirm = actions.add_parser(
        "confirm",
        help="Entscheidungen übernehmen: Stufen und Stufenhistorie schreiben",
        allow_abbrev=False,
    )
    confirm.add_argument("review", type=int, metavar="ID")
    confirm.add_argument("--by", default="", metavar="NAME", help="wer bestätigt")
    confirm.add_argument(
        "--effective",
        metavar="JJJJ-MM-TT",
        help="gültig ab (Standard: 1. Januar des Folgejahres)",
    )
    confirm.add_argument(
        "--accept-open", action="store_true", help="noch offene Vorschläge vorher annehmen"
    )
    add_db_option(confirm)
    confirm.set_defaults(run=run_confirm)

    letters = actions.add_parser(
        "letters", help="Statusbriefe der bestätigten Überprüfung als PDF", allow_abbrev=False
    )
    _year(letters)
    letters.add_argument("-o", "--output", required=True, metavar="DIR", help="Zielordner")
    letters.add_argument("--combined", action="store_true", help="alle Briefe in einer PDF")
    letters.add_argument(
        "--review",
        type=int,
        metavar="ID",
        help="diese Überprüfung (Standard: die letzte bestätigte)",
    )
    letters.add_argument("--date", metavar="JJJJ-MM-TT", help="Briefdatum (Standard: heute)")
    add_db_option(letters)
    letters.set_defaults(run=run_letters)

    summary = actions.add_parser(
        "summary", help="Zusammenfassung als PDF, CSV oder XLSX", allow_abbrev=False
    )
    _year(summary)
    summary.add_argument(
        "-o", "--output", required=True, metavar="DATEI", help="Zieldatei (.pdf, .csv, .xlsx)"
    )
    summary.add_argument(
        "--review",
        type=int,
        metavar="ID",
        help="diese Überprüfung (Standard: die letzte bestätigte, sonst der letzte Entwurf)",
    )
    add_db_option(summary)
    summary.set_defaults(run=run_summary)


def _year(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--year", type=int, required=True, metavar="JJJJ", help="das überprüfte Geschäftsjahr"
    )


def _day(text: str | None, option: str) -> date | None:
    if text is None:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise CommandError(f"{option}: kein Datum im Format JJJJ-MM-TT: {text!r}") from None


def _check_year(year: int) -> None:
    if year < FIRST_YEAR:
        raise CommandError(f"--year: {year} liegt vor {FIRST_YEAR}")


def run_run(args: argparse.Namespace) -> int:
    from sqlalchemy import select

    from nspdesk.domain.editions import default_library
    from nspdesk.store import reviews
    from nspdesk.store.errors import NotFoundError
    from nspdesk.store.models import Partner

    _check_year(args.year)
    as_of = _day(args.as_of, "--as-of") or date.today()
    library = default_library()
    saved: int | None = None
    with opened_store(args) as store:
        session_of = store.database.write if args.save else store.database.read
        with session_of() as session:
            ids = args.partner
            if args.track:
                query = select(Partner.id).where(Partner.track == args.track)
                if ids:
                    query = query.where(Partner.id.in_(ids))
                ids = list(session.scalars(query))
            try:
                if args.save:
                    review = reviews.run_review(session, library, args.year, as_of, ids)
                    saved = review.id
                    program = library.edition(review.edition)
                    found = [reviews.proposal_of(item) for item in review.items]
                else:
                    program, found = reviews.proposals(session, library, args.year, as_of, ids)
            except NotFoundError as error:
                raise CommandError(str(error)) from None
            numbers = _customer_numbers(session)
    if args.json:
        document = [_proposal_json(program, p, numbers) for p in found]
        print_json({"review_id": saved, "proposals": document} if saved else document)
        return EXIT_OK
    print(
        f"Jahresüberprüfung {args.year}, Stichtag {as_of:%d.%m.%Y}, Edition {program.edition}: "
        f"{len(found)} Partner"
    )
    for proposal in found:
        print(_proposal_text(program, proposal))
    if saved is not None:
        print(f"Gespeichert als Überprüfung {saved} (Entwurf).")
    return EXIT_OK


def run_show(args: argparse.Namespace) -> int:
    from nspdesk.domain.editions import default_library
    from nspdesk.domain.review import DECISION_NAMES
    from nspdesk.store import reviews

    with opened_store(args) as store, store.database.read() as session:
        review = _review(session, args.review)
        program = default_library().edition(review.edition)
        lines = reviews.lines_of(review)
        numbers = _customer_numbers(session)
        head = _state(review)
        document = {
            "review_id": review.id,
            "year": review.year,
            "as_of": review.as_of.isoformat(),
            "edition": review.edition,
            "confirmed": review.confirmed_at is not None,
            "confirmed_by": review.confirmed_by,
            "effective_from": review.effective_from.isoformat() if review.effective_from else None,
            "items": [_line_json(program, line, numbers) for line in lines],
        }
    if args.json:
        print_json(document)
        return EXIT_OK
    print(f"Überprüfung {document['review_id']}: Geschäftsjahr {document['year']}, {head}")
    for line in lines:
        print(_proposal_text(program, line.proposal))
        decision = DECISION_NAMES[line.outcome.decision]
        if line.outcome.reason:
            decision += f" ({line.outcome.reason})"
        print(f"        Entscheidung: {decision}")
    return EXIT_OK


def run_decide(args: argparse.Namespace) -> int:
    from nspdesk.domain.editions import default_library
    from nspdesk.domain.review import DECISION_NAMES, Decision, tier_label
    from nspdesk.store import reviews
    from nspdesk.store.errors import NotFoundError

    choice: reviews.Choice
    if args.accept:
        if args.reason:
            raise CommandError("--reason gilt nur mit --override")
        choice = reviews.Accept()
    else:
        tier = None if args.override.strip().lower() in {"keine", "none", "-"} else args.override
        choice = reviews.Override(tier=tier, reason=args.reason)
    library = default_library()
    with opened_store(args) as store, store.database.write() as session:
        try:
            item = reviews.decide(session, library, args.review, args.partner, choice)
        except NotFoundError as error:
            raise CommandError(str(error)) from None
        program = library.edition(item.review.edition)
        label = tier_label(program, item.final_tier, item.final_msp_level)
        print(f"{item.company}: {DECISION_NAMES[Decision(item.decision)]}, {label}")
    return EXIT_OK


def run_confirm(args: argparse.Namespace) -> int:
    from nspdesk.store import reviews

    effective_from = _day(args.effective, "--effective")
    with opened_store(args) as store, store.database.write() as session:
        _review(session, args.review)
        accepted = reviews.accept_open(session, args.review) if args.accept_open else 0
        review = reviews.confirm(session, args.review, args.by, effective_from)
        count = len(review.items)
        effective = review.effective_from
    assert effective is not None
    extra = f", davon {accepted} offen angenommen" if accepted else ""
    print(
        f"Überprüfung {args.review} bestätigt: {count} Partner{extra}; Stufen gültig ab "
        f"{effective:%d.%m.%Y}."
    )
    return EXIT_OK


def run_letters(args: argparse.Namespace) -> int:
    from nspdesk.documents.review_letter_pdf import write_letters
    from nspdesk.domain.editions import default_library
    from nspdesk.store import reviews
    from nspdesk.store.sender import load_sender

    _check_year(args.year)
    letter_date = _day(args.date, "--date") or date.today()
    target = Path(args.output)
    if target.exists() and not target.is_dir():
        raise CommandError(f"-o: {target} ist kein Verzeichnis")
    with opened_store(args) as store, store.database.read() as session:
        if args.review is not None:
            review = _review(session, args.review)
            if review.year != args.year:
                raise CommandError(
                    f"--review: Überprüfung {review.id} gilt dem Jahr {review.year}, nicht {args.year}"
                )
        else:
            found = reviews.latest_review(session, args.year, confirmed=True)
            if found is None:
                raise CommandError(
                    f"für {args.year} gibt es keine bestätigte Überprüfung "
                    "(nspdesk review run --save, decide, confirm)"
                )
            review = found
        letters = reviews.letters_for(session, default_library(), review, letter_date)
        sender = load_sender(session)

    def progress(done: int, total: int, company: str) -> None:
        print(f"[{done}/{total}] {company}", file=sys.stderr)

    try:
        result = write_letters(letters, sender, target, combined=args.combined, progress=progress)
    except OSError as error:
        raise CommandError(
            f"-o: {target} kann nicht geschrieben werden ({error.strerror})"
        ) from None
    for path in result.written:
        print(path)
    return EXIT_OK


def run_summary(args: argparse.Namespace) -> int:
    from nspdesk.documents.review_summary_pdf import review_summary_pdf
    from nspdesk.domain.editions import default_library
    from nspdesk.files import write_atomically
    from nspdesk.store import reviews
    from nspdesk.store.review_export import export_review
    from nspdesk.store.sender import load_sender

    _check_year(args.year)
    target = Path(args.output)
    suffix = target.suffix.lower()
    if suffix not in {".pdf", ".csv", ".xlsx"}:
        raise CommandError(f"-o: {target.name}: Format .pdf, .csv oder .xlsx erwartet")
    if not target.parent.is_dir():
        raise CommandError(f"-o: Ordner {target.parent} gibt es nicht")
    library = default_library()
    with opened_store(args) as store, store.database.read() as session:
        if args.review is not None:
            review = _review(session, args.review)
        else:
            found = reviews.latest_review(session, args.year, confirmed=True)
            found = found or reviews.latest_review(session, args.year)
            if found is None:
                raise CommandError(
                    f"für {args.year} gibt es keine gespeicherte Überprüfung (nspdesk review run --save)"
                )
            review = found
        program, summary = reviews.summary_of(library, review)
        lines = reviews.lines_of(review)
        numbers = _customer_numbers(session)
        sender = load_sender(session)
        state = _state(review)
        as_of = review.as_of
    try:
        if suffix == ".pdf":
            data = review_summary_pdf(program, summary, lines, sender, as_of, state)
            write_atomically(target, lambda stream: stream.write(data))
        else:
            export_review(target, program, summary, lines, numbers)
    except OSError as error:
        raise CommandError(
            f"-o: {target} kann nicht geschrieben werden ({error.strerror})"
        ) from None
    print(target)
    return EXIT_OK


def _review(session: Session, review_id: int) -> Review:
    from nspdesk.store import reviews
    from nspdesk.store.errors import NotFoundError

    try:
        return reviews.get_review(session, review_id)
    except NotFoundError as error:
        raise CommandError(str(error)) from None


def _state(review: Review) -> str:
    if review.confirmed_at is None:
        return "Entwurf"
    by = f" von {review.confirmed_by}" if review.confirmed_by else ""
    return f"bestätigt am {review.confirmed_at:%d.%m.%Y}{by}"


def _customer_numbers(session: Session) -> dict[int, str]:
    from sqlalchemy import select

    from nspdesk.store.models import Partner

    rows = session.execute(select(Partner.id, Partner.customer_number)).all()
    return {row[0]: row[1] for row in rows}


def _proposal_text(program: Program, proposal: Proposal) -> str:
    from nspdesk.domain.review import MOVEMENT_NAMES, tier_label

    before = tier_label(program, proposal.recorded_tier, proposal.recorded_msp_level)
    after = tier_label(program, proposal.proposed_tier, proposal.proposed_msp_level)
    head = (
        f"{proposal.partner_id:>5}  {proposal.company[:40]:<40}  {before} → {after}  "
        f"[{MOVEMENT_NAMES[proposal.kind]}]"
    )
    return "\n".join([head, *(f"        {reason}" for reason in proposal.reasons)])


def _proposal_json(
    program: Program, proposal: Proposal, numbers: dict[int, str]
) -> dict[str, object]:
    from nspdesk.domain.decimals import as_text

    f = proposal.figures
    return {
        "partner_id": proposal.partner_id,
        "customer_number": numbers.get(proposal.partner_id, ""),
        "company": proposal.company,
        "track": proposal.track,
        "recorded_tier": proposal.recorded_tier,
        "recorded_msp_level": proposal.recorded_msp_level,
        "proposed_tier": proposal.proposed_tier,
        "proposed_msp_level": proposal.proposed_msp_level,
        "kind": proposal.kind.value,
        "reasons": list(proposal.reasons),
        "figures": {
            "projects": {
                "manual": f.projects_manual,
                "won_quotes": f.projects_won,
                "total": f.projects,
            },
            "revenue": {
                "manual": as_text(f.revenue_manual),
                "won_quotes": as_text(f.revenue_won),
                "total": as_text(f.revenue),
            },
            "mrr": {
                "manual": as_text(f.mrr_manual),
                "won_quotes": as_text(f.mrr_won),
                "total": as_text(f.mrr),
            },
        },
        "missing_by_tier": {k: list(v) for k, v in proposal.missing_by_tier.items()},
    }


def _line_json(program: Program, line: ReviewLine, numbers: dict[int, str]) -> dict[str, object]:
    document = _proposal_json(program, line.proposal, numbers)
    document |= {
        "decision": line.outcome.decision.value,
        "final_tier": line.outcome.tier,
        "final_msp_level": line.outcome.msp_level,
        "override_reason": line.outcome.reason,
    }
    return document
