"""``nspdesk partners list|show``: the partners in the store and where each stands."""

from __future__ import annotations

import argparse
from datetime import date
from typing import TYPE_CHECKING

from nspdesk.commands.common import EXIT_OK, CommandError, print_json
from nspdesk.commands.store_access import add_db_option, opened_workspace

if TYPE_CHECKING:
    from nspdesk.services.partners import PartnerStanding


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    partners = commands.add_parser(
        "partners", help="Partner aus der Datenbank anzeigen und auswerten"
    )
    actions = partners.add_subparsers(dest="partners_command", metavar="AKTION", required=True)

    listing = actions.add_parser("list", help="alle Partner mit Stufe und Spur")
    add_db_option(listing)
    listing.add_argument(
        "--as-of",
        type=date.fromisoformat,
        metavar="JJJJ-MM-TT",
        help="die Stufe an diesem Tag (Standard: heute)",
    )
    listing.add_argument("--json", action="store_true", help="als JSON ausgeben")
    listing.set_defaults(run=run_list)

    show = actions.add_parser(
        "show", help="ein Partner: Zahlen eines Jahres (von Hand und aus Angeboten) und Auswertung"
    )
    add_db_option(show)
    show.add_argument("partner", type=int, metavar="ID")
    show.add_argument("--year", type=int, help="Geschäftsjahr (Standard: das laufende)")
    show.add_argument(
        "--as-of", type=date.fromisoformat, metavar="JJJJ-MM-TT", help="Stichtag (Standard: heute)"
    )
    show.add_argument("--json", action="store_true", help="als JSON ausgeben")
    show.set_defaults(run=run_show)


def run_list(args: argparse.Namespace) -> int:
    from nspdesk.services.partners import list_partners

    with opened_workspace(args) as workspace:
        rows = [
            {
                "id": p.id,
                "customer_number": p.customer_number,
                "company": p.company,
                "track": p.track,
                "tier": p.tier,
                "msp_level": p.msp_level,
                "city": p.city,
            }
            for p in list_partners(workspace, args.as_of)
        ]
    if args.json:
        print_json(rows)
    else:
        for row in rows:
            print(
                f"{row['id']:>5}  {row['customer_number']:<8}  {row['company']:<40}  {row['tier'] or '–'}"
            )
    return EXIT_OK


def run_show(args: argparse.Namespace) -> int:
    from nspdesk.services.errors import NotFoundError
    from nspdesk.services.partners import evaluate

    as_of = args.as_of or date.today()
    year = args.year or as_of.year
    with opened_workspace(args) as workspace:
        try:
            result = evaluate(workspace, args.partner, year, as_of)
        except NotFoundError as error:
            raise CommandError(str(error)) from None
    document = partner_json(result)
    if args.json:
        print_json(document)
    else:
        print(_text(document))
    return EXIT_OK


def partner_json(result: PartnerStanding) -> dict[str, object]:
    from nspdesk.domain.compliance_json import evaluation_to_json
    from nspdesk.domain.decimals import as_text

    partner, figures = result, result.figures
    return {
        "id": partner.id,
        "company": partner.company,
        "customer_number": partner.customer_number,
        "track": partner.track,
        "tier": partner.tier,
        "msp_level": partner.msp_level,
        "year": figures.year,
        "figures": {
            "projects": {
                "manual": figures.projects_manual,
                "won_quotes": figures.projects_won,
                "total": figures.projects,
            },
            "revenue": {
                "manual": as_text(figures.revenue_manual),
                "won_quotes": as_text(figures.revenue_won),
                # the hand-entered MRR, twelve times: a monthly amount counts with its year's value
                "from_mrr": as_text(figures.revenue_sources.from_monthly),
                "total": as_text(figures.revenue),
            },
            "mrr": {
                "manual": as_text(figures.mrr_manual),
                "won_quotes": as_text(figures.mrr_won),
                "total": as_text(figures.mrr),
            },
        },
        # the won quotes that counted as realised projects, with what each brought
        "counted_projects": [
            {
                "quote": quote.number,
                "decided_on": quote.decided_on.isoformat(),
                "revenue": as_text(quote.revenue),
                "mrr": as_text(quote.mrr),
            }
            for quote in result.counted
        ],
        "evaluation": evaluation_to_json(result.evaluation, figures.revenue_sources),
    }


def _text(document: dict[str, object]) -> str:
    from decimal import Decimal

    from nspdesk.domain.formatting import day, money

    evaluation = document["evaluation"]
    figures = document["figures"]
    counted = document["counted_projects"]
    assert isinstance(evaluation, dict)
    assert isinstance(figures, dict)
    assert isinstance(counted, list)
    lines = [
        f"{document['company']} ({document['customer_number']}), Stufe: {document['tier'] or '–'}",
        f"Geschäftsjahr {document['year']}:",
    ]
    labels = {"projects": "Projekte", "revenue": "Umsatz", "mrr": "MRR"}
    for key, label in labels.items():
        value = figures[key]
        shown = {k: v if key == "projects" else money(Decimal(v)) for k, v in value.items()}
        mrr = (
            f", MRR von Hand × 12 {shown['from_mrr']}"
            if value.get("from_mrr", "0.00") != "0.00"
            else ""
        )
        lines.append(
            f"  {label}: {shown['total']} (von Hand {shown['manual']}{mrr}, "
            f"aus Angeboten {shown['won_quotes']})"
        )
    if counted:
        lines.append("Realisierte Projekte aus Angeboten:")
    for quote in counted:
        mrr = f", davon MRR {money(Decimal(quote['mrr']))}" if quote["mrr"] != "0.00" else ""
        lines.append(
            f"  {quote['quote']} vom {day(date.fromisoformat(quote['decided_on']))}: "
            f"Umsatz {money(Decimal(quote['revenue']))}{mrr}"
        )
    lines.append(f"Erreichte Stufe: {evaluation['eligible_tier_name'] or 'keine'}")
    if "tier_met" in evaluation:
        lines.append(f"Erfüllt die eigene Stufe: {'ja' if evaluation['tier_met'] else 'nein'}")
        lines += [f"  fehlt: {m}" for m in evaluation["tier_missing"]]
    if evaluation["next_tier"]:
        lines.append(f"Für {evaluation['next_tier_name']} fehlt:")
        lines += [f"  – {m}" for m in evaluation["missing"]]
    lines += [f"Hinweis: {a}" for a in evaluation["advice"]]
    return "\n".join(lines)
