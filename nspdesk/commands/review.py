"""``nspdesk review``: the annual partner review (Jahresüberprüfung) from the command line.

``run`` shows the proposals for a business year (``--save`` stores them as a draft review),
``decide`` accepts or overrides one partner's proposal, ``confirm`` writes the tiers and the tier
history, ``letters`` writes the status letters of a confirmed review, ``summary`` the summary as PDF,
CSV or XLSX. Nothing changes on the partners before ``confirm``.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Mapping
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from nspdesk.commands.common import EXIT_OK, CommandError, print_json
from nspdesk.commands.store_access import add_db_option, opened_workspace

if TYPE_CHECKING:
    from nspdesk.domain.program import Program
    from nspdesk.domain.review import Proposal, ReviewLine

T = TypeVar("T")

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
    from nspdesk.services import annual_review
    from nspdesk.services.errors import NotFoundError

    _check_year(args.year)
    as_of = _day(args.as_of, "--as-of") or date.today()
    with opened_workspace(args) as workspace:
        try:
            found = annual_review.propose(
                workspace, args.year, as_of, args.partner, args.track, save=args.save
            )
        except NotFoundError as error:
            raise CommandError(str(error)) from None
    program, saved = found.program, found.review_id
    if args.json:
        document = [_proposal_json(program, p, found.customer_numbers) for p in found.proposals]
        print_json({"review_id": saved, "proposals": document} if saved else document)
        return EXIT_OK
    print(
        f"Jahresüberprüfung {args.year}, Stichtag {as_of:%d.%m.%Y}, Edition {program.edition}: "
        f"{len(found.proposals)} Partner"
    )
    for proposal in found.proposals:
        print(_proposal_text(program, proposal))
    if saved is not None:
        print(f"Gespeichert als Überprüfung {saved} (Entwurf).")
    return EXIT_OK


def run_show(args: argparse.Namespace) -> int:
    from nspdesk.domain.review import DECISION_NAMES
    from nspdesk.services import annual_review

    with opened_workspace(args) as workspace:
        report = _found(lambda: annual_review.show(workspace, args.review))
    state, numbers = report.state, report.customer_numbers
    program = state.program
    document = {
        "review_id": state.review_id,
        "year": state.year,
        "as_of": state.as_of.isoformat(),
        "edition": program.edition,
        "confirmed": state.confirmed,
        "confirmed_by": state.confirmed_by,
        "effective_from": state.effective_from.isoformat() if state.effective_from else None,
        "items": [_line_json(program, line, numbers) for line in state.lines],
    }
    if args.json:
        print_json(document)
        return EXIT_OK
    print(
        f"Überprüfung {document['review_id']}: Geschäftsjahr {document['year']}, "
        f"{state.state_text()}"
    )
    for line in state.lines:
        print(_proposal_text(program, line.proposal))
        decision = DECISION_NAMES[line.outcome.decision]
        if line.outcome.reason:
            decision += f" ({line.outcome.reason})"
        print(f"        Entscheidung: {decision}")
    return EXIT_OK


def run_decide(args: argparse.Namespace) -> int:
    from nspdesk.domain.review import DECISION_NAMES, tier_label
    from nspdesk.services import annual_review

    choice: annual_review.Choice
    if args.accept:
        if args.reason:
            raise CommandError("--reason gilt nur mit --override")
        choice = annual_review.Accept()
    else:
        tier = None if args.override.strip().lower() in {"keine", "none", "-"} else args.override
        choice = annual_review.Override(tier=tier, reason=args.reason)
    with opened_workspace(args) as workspace:
        state = _found(lambda: annual_review.decide(workspace, args.review, [args.partner], choice))
    line = state.line_of(args.partner)
    label = tier_label(state.program, line.outcome.tier, line.outcome.msp_level)
    print(f"{line.proposal.company}: {DECISION_NAMES[line.outcome.decision]}, {label}")
    return EXIT_OK


def run_confirm(args: argparse.Namespace) -> int:
    from nspdesk.services import annual_review

    effective_from = _day(args.effective, "--effective")
    with opened_workspace(args) as workspace:
        done = _found(
            lambda: annual_review.confirm_review(
                workspace,
                args.review,
                args.by,
                accept_open=args.accept_open,
                effective_from=effective_from,
            )
        )
    count, accepted = len(done.state.lines), done.accepted_open
    effective = done.state.effective_from
    assert effective is not None
    extra = f", davon {accepted} offen angenommen" if accepted else ""
    print(
        f"Überprüfung {args.review} bestätigt: {count} Partner{extra}; Stufen gültig ab "
        f"{effective:%d.%m.%Y}."
    )
    return EXIT_OK


def run_letters(args: argparse.Namespace) -> int:
    from nspdesk.services import annual_review

    _check_year(args.year)
    letter_date = _day(args.date, "--date") or date.today()
    target = Path(args.output)
    if target.exists() and not target.is_dir():
        raise CommandError(f"-o: {target} ist kein Verzeichnis")
    with opened_workspace(args) as workspace:
        if args.review is not None:
            review_id = args.review
            year = _found(lambda: annual_review.show(workspace, review_id)).state.year
            if year != args.year:
                raise CommandError(
                    f"--review: Überprüfung {review_id} gilt dem Jahr {year}, nicht {args.year}"
                )
        else:
            found = annual_review.find_review(workspace, args.year)
            if found is None:
                raise CommandError(
                    f"für {args.year} gibt es keine bestätigte Überprüfung "
                    "(nspdesk review run --save, decide, confirm)"
                )
            review_id = found
        letters, sender = annual_review.letters(workspace, review_id, letter_date)

    def progress(done: int, total: int, company: str) -> None:
        print(f"[{done}/{total}] {company}", file=sys.stderr)

    try:
        written, _ = annual_review.write_letters(
            letters, sender, target, combined=args.combined, progress=progress
        )
    except OSError as error:
        raise CommandError(
            f"-o: {target} kann nicht geschrieben werden ({error.strerror})"
        ) from None
    for path in written:
        print(path)
    return EXIT_OK


def run_summary(args: argparse.Namespace) -> int:
    from nspdesk.services import annual_review

    _check_year(args.year)
    target = Path(args.output)
    suffix = target.suffix.lower()
    if suffix not in annual_review.SUMMARY_FORMATS:
        raise CommandError(f"-o: {target.name}: Format .pdf, .csv oder .xlsx erwartet")
    if not target.parent.is_dir():
        raise CommandError(f"-o: Ordner {target.parent} gibt es nicht")
    with opened_workspace(args) as workspace:
        if args.review is not None:
            review_id = args.review
            _found(lambda: annual_review.show(workspace, review_id))
        else:
            found = annual_review.find_review(workspace, args.year, draft_too=True)
            if found is None:
                raise CommandError(
                    f"für {args.year} gibt es keine gespeicherte Überprüfung (nspdesk review run --save)"
                )
            review_id = found
        try:
            annual_review.write_summary(workspace, review_id, target)
        except OSError as error:
            raise CommandError(
                f"-o: {target} kann nicht geschrieben werden ({error.strerror})"
            ) from None
    print(target)
    return EXIT_OK


def _found(action: Callable[[], T]) -> T:
    """``action``'s result; a wrong id (review or partner) is one line and exit 2."""
    from nspdesk.services.errors import NotFoundError

    try:
        return action()
    except NotFoundError as error:
        raise CommandError(str(error)) from None


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
    program: Program, proposal: Proposal, numbers: Mapping[int, str]
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


def _line_json(program: Program, line: ReviewLine, numbers: Mapping[int, str]) -> dict[str, object]:
    document = _proposal_json(program, line.proposal, numbers)
    document |= {
        "decision": line.outcome.decision.value,
        "final_tier": line.outcome.tier,
        "final_msp_level": line.outcome.msp_level,
        "override_reason": line.outcome.reason,
    }
    return document
