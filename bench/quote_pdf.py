"""Quote PDF with 50 and 500 lines: nspdesk's Angebot against a bare reportlab document with the same
table, measured in the same run.

    .venv/bin/python bench/quote_pdf.py [--runs 5] [--lines 50 500]

The quote is stored in a temporary database (demo data, one partner) as the app stores it and read
back with ``quote_for_print``; only rendering is timed: ``quote_pdf`` (letterhead, DIN 5008 address
field, information block, the line table with its header atop every page, totals, footer, marks,
embedded fonts) against ``SimpleDocTemplate`` with one ``Table`` of the same rows and columns
(header repeated, no letter) in two fonts:

- the quote's embedded TrueType font (Liberation Sans, every cell in the regular face): the
  baseline the target is judged against. Any quote with German text needs an embedded font, and
  subsetting it is part of "the same table". (The quote's header row is bold, which embeds a
  second face; the baseline is not given that.)
- Helvetica, reportlab's built-in font (not embedded, no subsetting): the first baseline of this
  benchmark, still printed for comparison.

Target: nspdesk <= 1.5 x the bare document in Liberation Sans.
"""

from __future__ import annotations

import argparse
import io
import statistics
import sys
import time
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

if __package__ in {None, ""}:
    sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import ROOT, alternate, report, temp_folder

sys.path.insert(0, str(ROOT))

TARGET = 1.5
CATEGORIES = ("server-license", "server-maintenance", "cloud-service", "server-service")


def stored_quote(folder: Path, lines: int) -> tuple[object, object, object]:
    """A quote of ``lines`` lines, as ``nspdesk pdf quote --id`` reads it."""
    from nspdesk.domain.editions import default_library
    from nspdesk.store import demo, quotes
    from nspdesk.store.location import sqlite_location
    from nspdesk.store.opening import open_store
    from nspdesk.store.partners import PartnerInput, save_partner
    from nspdesk.store.printing import quote_for_print
    from nspdesk.store.sender import load_sender

    library = default_library()
    today = date.today()
    store = open_store(sqlite_location(folder / f"pdf-{lines}.sqlite3"), keep_backups=0)
    try:
        with store.database.write() as session:
            demo.seed(session, library, today)
            partner = save_partner(
                session,
                library.edition_for(today),
                PartnerInput(company="Bench GmbH", track="server", tier="business", city="Münster"),
            )
            quote = quotes.create_quote(
                session,
                library,
                quotes.QuoteInput(
                    partner_id=partner.id,
                    quote_date=today,
                    valid_until=today + timedelta(days=30),
                    subject="Benchmark",
                    lines=tuple(
                        quotes.LineInput(
                            CATEGORIES[i % len(CATEGORIES)],
                            f"NoSpamProxy Position {i + 1} mit etwas längerer Beschreibung",
                            Decimal(10 + i % 90),
                            Decimal("12.50") + i % 7,
                            unit="User",
                            article_number=f"NSP-{i + 1:04d}",
                        )
                        for i in range(lines)
                    ),
                ),
            )
            quote_id = quote.id
        with store.database.read() as session:
            sender = load_sender(session)
            priced, document = quote_for_print(session, library, quote_id, "Bench")
    finally:
        store.close()
    return priced, document, sender


def table_rows(priced: object) -> list[list[str]]:
    from nspdesk.domain.formatting import money, number, percent

    rows = [["Pos.", "Artikel", "Beschreibung", "Menge", "Einzelpreis", "Rabatt", "Gesamt"]]
    for position, line in enumerate(priced.lines, 1):  # type: ignore[attr-defined]
        source = line.line
        rows.append(
            [
                str(position),
                getattr(source, "article_number", ""),
                source.description,
                number(source.quantity),
                money(source.unit_price),
                percent(line.discount_percent),
                money(line.net),
            ]
        )
    return rows


def bare_pdf(rows: list[list[str]]) -> bytes:
    """The same table in Helvetica (built in, nothing embedded)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import SimpleDocTemplate, Table

    out = io.BytesIO()
    SimpleDocTemplate(out, pagesize=A4).build([Table(rows, repeatRows=1)])
    return out.getvalue()


def bare_embedded_pdf(rows: list[list[str]]) -> bytes:
    """The same table in the quote's embedded font (its regular face)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.platypus import SimpleDocTemplate, Table, TableStyle

    from nspdesk.documents.fonts import register_fonts

    regular = register_fonts()  # registered once per process, as for the quote
    table = Table(rows, repeatRows=1)
    table.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), regular)]))
    out = io.BytesIO()
    SimpleDocTemplate(out, pagesize=A4, initialFontName=regular).build([table])
    return out.getvalue()


def timed(make: object) -> float:
    started = time.perf_counter()
    make()  # type: ignore[operator]
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--lines", type=int, nargs="+", default=[50, 500])
    args = parser.parse_args()
    from nspdesk.documents.quote_pdf import quote_pdf

    print(
        f"quote PDF, median of {args.runs} renderings each; the target is judged against the bare"
        " table in the quote's embedded font (Liberation Sans regular), Helvetica for comparison:"
    )
    with temp_folder("pdf") as temp:
        for lines in args.lines:
            priced, document, sender = stored_quote(Path(temp), lines)
            rows = table_rows(priced)
            times = alternate(
                {
                    "nspdesk": lambda p=priced, d=document, s=sender: timed(  # type: ignore[misc]
                        lambda: quote_pdf(p, d, s)
                    ),
                    "embedded": lambda r=rows: timed(lambda: bare_embedded_pdf(r)),  # type: ignore[misc]
                    "helvetica": lambda r=rows: timed(lambda: bare_pdf(r)),  # type: ignore[misc]
                },
                args.runs,
            )
            ours = times["nspdesk"]
            report(f"quote with {lines} lines", ours, times["embedded"], TARGET)
            helvetica = statistics.median(times["helvetica"])
            print(
                f"{'  ... baseline in Helvetica':<38} nspdesk {statistics.median(ours):8.3f} s  "
                f"baseline {helvetica:8.3f} s  ratio {statistics.median(ours) / helvetica:5.2f}"
                " (for comparison, no target)"
            )


if __name__ == "__main__":
    main()
