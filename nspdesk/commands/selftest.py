"""``nspdesk --self-test``: proof that an installation works, above all the frozen bundle.

Every step runs the code the app runs, on a temporary folder that is removed afterwards: the shipped
rules, a new SQLite database brought to the newest schema by Alembic (its scripts are files in the
bundle) and filled with the demo data, a quote priced and stored, its PDF rendered with the embedded
fonts, and the main window built, shown and closed (offscreen without a display). A missing file,
module or Qt plugin in a bundle fails one of them. The result is one line on stdout (exit 0), or the
traceback and then one line naming the failed step on stderr (exit 1).
"""

from __future__ import annotations

import re
import sys
import tempfile
import time
import traceback
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from nspdesk import __version__

if TYPE_CHECKING:
    from nspdesk.domain.editions import ProgramLibrary
    from nspdesk.store.opening import Store

EXIT_OK = 0
EXIT_FAILED = 1
PAGE = re.compile(rb"/Type\s*/Page\b")  # a page object; ``/Pages`` (the page tree) does not match


class SelfTestError(Exception):
    """A check that ran but found something wrong."""


@dataclass(frozen=True)
class QuoteCheck:
    quote_id: int
    number: str
    gross: Decimal


def run_self_test(out: TextIO | None = None, err: TextIO | None = None) -> int:
    out = out or sys.stdout
    err = err or sys.stderr
    started = time.perf_counter()
    step = "rules"
    try:
        from nspdesk.domain.editions import default_library
        from nspdesk.domain.formatting import money

        library = default_library()
        edition = library.edition_for(date.today()).edition
        with tempfile.TemporaryDirectory(
            prefix="nspdesk-selftest-", ignore_cleanup_errors=True
        ) as temp:
            folder = Path(temp)
            step = "db"
            store = _open_database(folder, library)
            try:
                step = "quote"
                quote = _price_quote(store, library)
                step = "pdf"
                pages = _render_pdf(store, library, quote.quote_id)
                step = "window"
                from nspdesk.ui.selftest import open_main_window

                window = open_main_window(store, library, folder)
                if not window.qt_german:
                    raise SelfTestError("Qts deutsche Übersetzung (qtbase_de) fehlt")
            finally:
                store.close()
    except Exception as error:
        traceback.print_exc(file=err)
        print(f"nspdesk self-test FAILED: {step}: {type(error).__name__}: {error}", file=err)
        return EXIT_FAILED
    seconds = time.perf_counter() - started
    amount = money(quote.gross).replace("\xa0", " ")
    print(
        f"nspdesk {__version__} self-test ok: rules {edition}, db, "
        f"quote {quote.number} {amount}, PDF {pages} page(s), "
        f"window {window.views} views on {window.platform} ({seconds:.1f} s)",
        file=out,
    )
    return EXIT_OK


def _open_database(folder: Path, library: ProgramLibrary) -> Store:
    """A new SQLite file migrated to the newest schema, with the demo data of a first start."""
    from nspdesk.store import demo
    from nspdesk.store.location import sqlite_location
    from nspdesk.store.opening import open_store

    store = open_store(sqlite_location(folder / "selftest.sqlite3"), keep_backups=0)
    try:
        if not store.created:
            raise SelfTestError("die Testdatenbank war nicht neu")
        with store.database.write() as session:
            counts = demo.seed(session, library, date.today())
        if not counts["partners"] or not counts["quotes"]:
            raise SelfTestError(f"Demodaten unvollständig: {counts}")
    except BaseException:
        store.close()
        raise
    return store


def _price_quote(store: Store, library: ProgramLibrary) -> QuoteCheck:
    from nspdesk.store import quotes
    from nspdesk.store.partners import PartnerInput, save_partner

    today = date.today()
    with store.database.write() as session:
        partner = save_partner(
            session,
            library.edition_for(today),
            PartnerInput(
                company="Selbsttest GmbH",
                track="server",
                tier="business",
                street="Teststraße 1",
                postal_code="48143",
                city="Münster",
            ),
        )
        lines = (
            quotes.LineInput(
                "server-license",
                "NoSpamProxy Protection",
                Decimal(50),
                Decimal("30.00"),
                unit="User",
            ),
            quotes.LineInput(
                "server-maintenance", "Softwarewartung", Decimal(50), Decimal("7.50"), unit="User"
            ),
        )
        quote = quotes.create_quote(
            session,
            library,
            quotes.QuoteInput(
                partner_id=partner.id,
                quote_date=today,
                valid_until=today + timedelta(days=30),
                subject="Selbsttest",
                lines=lines,
            ),
        )
        revision = quote.current
        listed = sum((line.quantity * line.unit_price for line in lines), Decimal(0))
        if not (0 < revision.net < listed and revision.gross > revision.net):
            raise SelfTestError(
                f"unplausible Preise: Liste {listed}, netto {revision.net}, brutto {revision.gross}"
            )
        return QuoteCheck(quote_id=quote.id, number=quote.number, gross=revision.gross)


def _render_pdf(store: Store, library: ProgramLibrary, quote_id: int) -> int:
    """The quote's PDF as ``nspdesk pdf quote --id`` makes it; returns its page count."""
    from nspdesk.documents.quote_pdf import quote_pdf
    from nspdesk.store.printing import quote_for_print
    from nspdesk.store.sender import load_sender

    with store.database.read() as session:
        sender = load_sender(session)
        priced, document = quote_for_print(session, library, quote_id, "Selbsttest")
    data = quote_pdf(priced, document, sender)
    if not data.startswith(b"%PDF-") or b"%%EOF" not in data[-1024:]:
        raise SelfTestError(f"keine vollständige PDF-Datei ({len(data)} Bytes)")
    pages = len(PAGE.findall(data))
    if pages < 1:
        raise SelfTestError("das PDF hat keine Seite")
    return pages
