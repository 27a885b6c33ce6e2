"""``nspdesk backlink URL …``: the backlink check of partner websites on the command line."""

from __future__ import annotations

import argparse
import math

from nspdesk.commands.common import EXIT_OK, CommandError, print_json
from nspdesk.commands.store_access import add_db_option, opened_workspace

EXIT_INTERRUPTED = 130
_MAX_TIMEOUT = 300.0


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    backlink = commands.add_parser(
        "backlink",
        help="Partner-Websites auf einen Follow-Link zu www.nospamproxy.de prüfen",
        description="Lädt jede Seite (nur http und https, höchstens 5 Weiterleitungen, höchstens "
        "2 MB) und meldet je Adresse: follow, nofollow, missing oder unreachable (mit Grund). "
        "Exit-Code 0, wenn für jede Adresse ein Ergebnis vorliegt, 2 bei ungültigen Argumenten.",
    )
    backlink.add_argument(
        "urls", nargs="*", metavar="URL", help="Startseite, z. B. die Partnerseite"
    )
    backlink.add_argument(
        "--partner",
        type=int,
        action="append",
        metavar="ID",
        help="die hinterlegte Seite des Partners ID prüfen und das Ergebnis speichern (mehrfach möglich)",
    )
    backlink.add_argument(
        "--all-partners",
        action="store_true",
        help="alle Partner prüfen und die Ergebnisse speichern",
    )
    add_db_option(backlink)
    backlink.add_argument("--json", action="store_true", help="Ergebnis als JSON ausgeben")
    backlink.add_argument(
        "--timeout",
        type=_seconds,
        default=10.0,
        metavar="S",
        help="Zeitlimit für Verbindungsaufbau und Lesen in Sekunden (Standard 10; "
        "gesamt höchstens das Dreifache)",
    )
    backlink.set_defaults(run=run_backlink)


def _seconds(text: str) -> float:
    try:
        value = float(text.replace(",", "."))
    except ValueError:
        raise argparse.ArgumentTypeError(f"keine Zahl: {text!r}") from None
    if not math.isfinite(value) or not 0 < value <= _MAX_TIMEOUT:
        raise argparse.ArgumentTypeError(
            f"muss größer als 0 und höchstens {_MAX_TIMEOUT:g} Sekunden sein: {text!r}"
        )
    return value


def run_backlink(args: argparse.Namespace) -> int:
    import threading

    from nspdesk.web.backlink import check_backlinks
    from nspdesk.web.backlink_json import result_to_json
    from nspdesk.web.fetch import FetchLimits
    from nspdesk.web.urls import BadUrlError, check_url

    by_partner = bool(args.partner) or args.all_partners
    if by_partner == bool(args.urls):
        raise CommandError("URL … oder --partner ID / --all-partners angeben")
    if by_partner:
        return _run_for_partners(args)
    urls: list[str] = []
    for text in args.urls:
        try:
            urls.append(check_url(text))
        except BadUrlError as error:
            raise CommandError(str(error)) from None
    cancel = threading.Event()
    try:
        results = check_backlinks(urls, FetchLimits.with_timeout(args.timeout), cancel=cancel)
    except KeyboardInterrupt:
        print("abgebrochen")
        return EXIT_INTERRUPTED
    checked = [r for r in results if r is not None]
    if args.json:
        print_json([result_to_json(r) for r in checked])
        return EXIT_OK
    for result in checked:
        line = f"{result.url}: {result.verdict.value} – {result.message}"
        facts = []
        if result.status is not None:
            facts.append(f"HTTP {result.status}")
        if result.final_url and result.final_url != result.url:
            facts.append(f"Endadresse {result.final_url}")
        facts.append(f"geprüft {result.checked_at:%Y-%m-%d %H:%M:%S} UTC")
        print(f"{line} [{', '.join(facts)}]")
    return EXIT_OK


def _run_for_partners(args: argparse.Namespace) -> int:
    from nspdesk.services.backlinks import check_partners
    from nspdesk.web.backlink_json import result_to_json
    from nspdesk.web.fetch import FetchLimits

    ids = None if args.all_partners else args.partner
    with opened_workspace(args) as workspace:
        checks = check_partners(workspace, ids, FetchLimits.with_timeout(args.timeout))
    if ids is not None and len(checks) != len(set(ids)):
        found = {c.partner_id for c in checks}
        missing = ", ".join(str(i) for i in ids if i not in found)
        raise CommandError(f"keinen Partner mit der ID {missing}")
    if args.json:
        print_json(
            [
                {
                    "partner_id": c.partner_id,
                    "company": c.company,
                    "problem": c.problem or None,
                    **(result_to_json(c.result) if c.result else {"url": c.url}),
                }
                for c in checks
            ]
        )
        return EXIT_OK
    for check in checks:
        if check.result is None:
            print(f"{check.company}: {check.problem or 'abgebrochen'}")
        else:
            print(
                f"{check.company}: {check.result.verdict.value} – {check.result.message} [{check.url}]"
            )
    return EXIT_OK
