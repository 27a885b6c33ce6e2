"""Render every printed document from a fresh demo database and write one contact sheet per
document (all its pages side by side, small) to docs/documents/, for docs/documents.md and the
README:

    .venv/bin/python docs/render_documents.py            # the sheets (PNG) only
    .venv/bin/python docs/render_documents.py --pdf DIR  # also keep the PDFs in DIR

The documents come from the same service functions as the app and ``nspdesk pdf``; the demo data is
seeded for a fixed day, so the sheets change only when the documents do. Needs ``pdftoppm``
(poppler-utils) and Pillow.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, date, datetime, time
from decimal import Decimal
from functools import partial
from pathlib import Path

if __package__ in (None, ""):  # run as a script: import the nspdesk of this working copy
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PIL import Image

from nspdesk.domain.editions import default_library
from nspdesk.domain.pricing import Audience
from nspdesk.domain.quote_input import LineInput, QuoteInput
from nspdesk.domain.review import StatusLetter
from nspdesk.domain.tier_check import TierChoice
from nspdesk.services import annual_review, catalog, onboarding, partner_overview, quotes
from nspdesk.services.errors import InputError
from nspdesk.services.program_overview import overview_pdf
from nspdesk.services.workspace import Workspace
from nspdesk.store import demo
from nspdesk.store.location import sqlite_location
from nspdesk.store.opening import open_store

OUT = Path(__file__).resolve().parent / "documents"
DAY = date(2026, 11, 25)  # the demo's day (the tests' too)
DPI = 50  # an A4 page is 413 × 585 pixels: enough to see the layout, small in the repository
PER_ROW = 6  # pages per row of a sheet
GAP = 12  # pixels between pages and around them
BACKGROUND = (208, 213, 221)

Document = Callable[[Workspace], bytes]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pdf", type=Path, metavar="DIR", help="also write the PDFs to DIR")
    args = parser.parse_args()
    OUT.mkdir(exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        store = open_store(sqlite_location(Path(folder) / "demo.sqlite3"), keep_backups=0)
        library = default_library()
        with store.database.write() as session:
            demo.seed(session, library, DAY)
        workspace = Workspace(store, library)
        try:
            for name, make in documents(workspace).items():
                data = make(workspace)
                if args.pdf is not None:
                    args.pdf.mkdir(parents=True, exist_ok=True)
                    (args.pdf / f"{name}.pdf").write_bytes(data)
                pages = contact_sheet(data, OUT / f"{name}.png", Path(folder))
                print(f"{OUT / name}.png  ({pages} Seiten)")
        finally:
            store.close()
    return 0


def documents(workspace: Workspace) -> dict[str, Document]:
    """Every document the app prints, by the sheet's file name."""
    program = workspace.library.edition_for(DAY)
    made: dict[str, Document] = {
        "angebot-partner": lambda w: _quote(w, "A-2026-0004"),
        "angebot-endkunde": _end_customer_quote,
        "programmuebersicht": lambda w: overview_pdf(
            w, program, ("server", "cloud", "support"), DAY
        ),
    }
    for tier in program.tiers.values():
        made[f"checkliste-{tier.id}"] = partial(_checklist, tier_id=tier.id)
    made["jahresbericht"] = _annual_report
    made["statusbriefe"] = _review_letters
    made["jahresueberpruefung"] = _review_summary
    return made


def _quote(workspace: Workspace, number: str) -> bytes:
    """A partner quote as it was sent (the demo's cloud quote of "Spreewald Digital")."""
    return quotes.print_quote(workspace, quotes.find(workspace, number)).data


def _partner_id(workspace: Workspace, company_start: str) -> int:
    return next(
        p.id for p in quotes.partner_choices(workspace, DAY) if p.company.startswith(company_start)
    )


def _end_customer_quote(workspace: Workspace) -> bytes:
    """An end-customer quote of "Alpenblick" to its customer, on the partner's letterhead, sent:
    one-time, yearly and monthly lines with customer discounts."""
    wanted = [
        ("NSP-SRV-PROT", "80", "10"),
        ("NSP-SRV-WPROT", "80", "5"),
        ("NSP-SRV-INST", "6", "0"),
        ("NSP-CLD-ENC", "40", "0"),
    ]
    articles = {a.article_number: a for a in catalog.current_articles(workspace, DAY)}
    lines = tuple(
        LineInput(
            category=articles[number].category,
            description=articles[number].name,
            quantity=Decimal(quantity),
            unit_price=articles[number].list_price,
            extra_discount=Decimal(extra),
            unit=articles[number].unit,
            article_number=number,
        )
        for number, quantity, extra in wanted
    )
    data = QuoteInput(
        partner_id=_partner_id(workspace, "Alpenblick"),
        quote_date=DAY,
        valid_until=date(2026, 12, 31),
        lines=lines,
        subject="Angebot NoSpamProxy für die Huber Logistik GmbH",
        audience=Audience.END_CUSTOMER,
        customer="Huber Logistik GmbH\nFrau Dr. Eva Huber\nHafenstraße 7\n94032 Passau",
    )
    try:
        made = quotes.create(workspace, data)
    except InputError:  # the partner's figures no longer carry its tier: keep it, as asked
        made = quotes.create(
            workspace,
            replace(data, tier_choice=TierChoice.RECORDED, tier_reason="Demo"),
        )
    quotes.send(workspace, made.id)
    return quotes.print_quote(workspace, made.id).data


def _checklist(workspace: Workspace, tier_id: str) -> bytes:
    """The onboarding checklist towards ``tier_id``: for a demo partner of that track, as far as
    its records prove the steps done (MSP: "Isar Hosting")."""
    program = workspace.library.edition_for(DAY)
    track = program.tier(tier_id).track
    entries = onboarding.partner_entries(workspace, DAY)
    partner = next(e for e in entries if e.track == track)
    return onboarding.checklist_pdf(workspace, partner.id, DAY, tier_id)


def _annual_report(workspace: Workspace) -> bytes:
    """The Partner-Jahresbericht of "Rheinwerk" (Premium, at risk) for the last year."""
    data, _name = partner_overview.review_pdf(
        workspace, _partner_id(workspace, "Rheinwerk"), DAY.year - 1, DAY
    )
    return data


def _confirmed_review(workspace: Workspace) -> int:
    """The review of last year, every proposal accepted and confirmed (once)."""
    year = DAY.year - 1
    found = annual_review.find_review(workspace, year)
    if found is not None:
        return found
    state = annual_review.run(workspace, year, DAY)
    annual_review.confirm(workspace, state.review_id, "Erika Mustermann", accept_open=True)
    from nspdesk.store.models import Review  # the demo's day, not today: a sheet that stays put

    with workspace.database.write() as session:
        review = session.get(Review, state.review_id)
        assert review is not None
        review.confirmed_at = datetime.combine(DAY, time(9), tzinfo=UTC)
    return state.review_id


def _review_letters(workspace: Workspace) -> bytes:
    """Three status letters of the confirmed review, in one PDF: the first partners in the
    review's order whose movements differ (up, same, down where the demo has them)."""
    from nspdesk.documents.review_letter_pdf import review_letter_pdf

    found, sender = annual_review.letters(workspace, _confirmed_review(workspace), DAY)
    chosen: list[StatusLetter] = []
    for letter in found:
        if letter.movement not in {c.movement for c in chosen}:
            chosen.append(letter)
    chosen = (chosen + [letter for letter in found if letter not in chosen])[:3]
    return review_letter_pdf(chosen, sender)


def _review_summary(workspace: Workspace) -> bytes:
    with tempfile.TemporaryDirectory() as folder:
        target = Path(folder) / "summary.pdf"
        annual_review.write_summary(workspace, _confirmed_review(workspace), target)
        return target.read_bytes()


def contact_sheet(pdf: bytes, target: Path, work: Path) -> int:
    """Every page of ``pdf`` at ``DPI``, side by side (``PER_ROW`` to a row) on a grey ground,
    as an optimised palette PNG; the number of pages."""
    source = work / "sheet.pdf"
    source.write_bytes(pdf)
    for old in work.glob("page-*.png"):
        old.unlink()
    subprocess.run(
        ["pdftoppm", "-png", "-r", str(DPI), str(source), str(work / "page")], check=True
    )
    pages = [Image.open(path).convert("RGB") for path in sorted(work.glob("page-*.png"))]
    width = max(page.width for page in pages)
    height = max(page.height for page in pages)
    columns = min(len(pages), PER_ROW)
    rows = -(-len(pages) // PER_ROW)
    sheet = Image.new(
        "RGB",
        (GAP + columns * (width + GAP), GAP + rows * (height + GAP)),
        BACKGROUND,
    )
    for index, page in enumerate(pages):
        row, column = divmod(index, PER_ROW)
        sheet.paste(page, (GAP + column * (width + GAP), GAP + row * (height + GAP)))
    sheet.quantize(colors=64, dither=Image.Dither.NONE).save(target, optimize=True)
    return len(pages)


if __name__ == "__main__":
    sys.exit(main())
