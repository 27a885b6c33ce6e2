"""``nspdesk due``: what needs action (Fällig), most urgent first, with the partner and the action."""

from __future__ import annotations

import argparse
from datetime import date

from nspdesk.commands.common import EXIT_OK, CommandError, print_json
from nspdesk.commands.store_access import add_db_option, opened_workspace


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    due = commands.add_parser(
        "due",
        help="Fällig: ablaufende Zertifizierungen, fehlende Trainings, Backlinks, Angebote …",
        allow_abbrev=False,
    )
    due.add_argument("--today", metavar="JJJJ-MM-TT", help="Stichtag (Standard: heute)")
    due.add_argument("--json", action="store_true", help="als JSON ausgeben")
    due.add_argument(
        "--certification-days",
        type=int,
        metavar="N",
        help="Zertifizierungen, die binnen N Tagen ablaufen (90)",
    )
    due.add_argument(
        "--backlink-days", type=int, metavar="N", help="Backlink seit N Tagen nicht geprüft (180)"
    )
    due.add_argument(
        "--quote-days", type=int, metavar="N", help="Angebote, die binnen N Tagen ablaufen (7)"
    )
    due.add_argument(
        "--onboarding-days",
        type=int,
        metavar="N",
        help="Onboarding seit N Tagen ohne Änderung (30)",
    )
    add_db_option(due)
    due.set_defaults(run=run_due)


def run_due(args: argparse.Namespace) -> int:
    from dataclasses import replace

    from nspdesk.domain.due import URGENCY_NAMES, DueThresholds
    from nspdesk.services.due import due_list

    today = date.today()
    if args.today is not None:
        try:
            today = date.fromisoformat(args.today)
        except ValueError:
            raise CommandError(
                f"--today: kein Datum im Format JJJJ-MM-TT: {args.today!r}"
            ) from None
    limits = DueThresholds()
    for option, name in (
        ("certification_days", "certification_days"),
        ("backlink_days", "backlink_verification_days"),
        ("quote_days", "quote_days"),
        ("onboarding_days", "onboarding_stalled_days"),
    ):
        value = getattr(args, option)
        if value is not None:
            if value < 0:
                raise CommandError(f"--{option.replace('_', '-')}: darf nicht negativ sein")
            limits = replace(limits, **{name: value})
    with opened_workspace(args) as workspace:
        items = due_list(workspace, today, limits)
    if args.json:
        print_json(
            [
                {
                    "kind": i.kind.value,
                    "partner_id": i.partner_id,
                    "company": i.company,
                    "due": i.due.isoformat(),
                    "days": i.days,
                    "urgency": i.urgency.name.lower(),
                    "text": i.text,
                    "action": i.action.value,
                    "ref": i.ref,
                }
                for i in items
            ]
        )
        return EXIT_OK
    if not items:
        print(f"Am {today:%d.%m.%Y} ist nichts fällig.")
    for i in items:
        print(
            f"{URGENCY_NAMES[i.urgency]:<10}  {i.due:%d.%m.%Y}  {i.company[:34]:<34}  {i.text}  "
            f"[{i.action.value}]"
        )
    return EXIT_OK
