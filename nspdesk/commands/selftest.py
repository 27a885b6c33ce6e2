"""``nspdesk --self-test``: proof that an installation works, above all the frozen bundle.

Every step runs the code the app runs, on a temporary folder that is removed afterwards: the shipped
rules, the time zone Europe/Berlin from the ``tzdata`` package (a bundle cannot count on a system
zoneinfo: Windows and slim Linux images have none), a new SQLite database brought to the newest schema
by Alembic (its scripts are files in the bundle) and filled with the demo data, a quote priced and
stored, its PDF rendered with the embedded fonts, and the main window built, shown and closed
(offscreen without a display). A missing file, module or Qt plugin in a bundle fails one of them. The
result is one line on stdout (exit 0), or the traceback and then one line naming the failed step on
stderr (exit 1).
"""

from __future__ import annotations

import re
import sys
import tempfile
import time
import traceback
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from nspdesk import __version__

if TYPE_CHECKING:
    from nspdesk.domain.editions import ProgramLibrary
    from nspdesk.services.workspace import Workspace

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
            step = "zones"
            zones = _check_zones()
            step = "db"
            workspace = _open_database(folder, library)
            try:
                step = "quote"
                quote = _price_quote(workspace)
                step = "pdf"
                pages = _render_pdf(workspace, quote.quote_id)
                step = "window"
                from nspdesk.ui.selftest import open_main_window

                window = open_main_window(workspace, folder)
                if not window.qt_german:
                    raise SelfTestError("Qts deutsche Übersetzung (qtbase_de) fehlt")
                if not window.catalog:
                    raise SelfTestError("der Übersetzungskatalog von nspdesk (nspdesk_de.qm) fehlt")
            finally:
                workspace.close()
    except Exception as error:
        traceback.print_exc(file=err)
        print(f"nspdesk self-test FAILED: {step}: {type(error).__name__}: {error}", file=err)
        return EXIT_FAILED
    seconds = time.perf_counter() - started
    amount = money(quote.gross).replace("\xa0", " ")
    print(
        f"nspdesk {__version__} self-test ok: rules {edition}, zones tzdata {zones}, db, "
        f"quote {quote.number} {amount}, PDF {pages} page(s), "
        f"window {window.views} views on {window.platform} ({seconds:.1f} s)",
        file=out,
    )
    return EXIT_OK


def _check_zones() -> str:
    """Europe/Berlin read from the ``tzdata`` package, and by name; returns tzdata's IANA version.

    Quotes expire at German midnight and the support hours are Berlin's: without zone data the app
    cannot run, so the package must be shipped, whatever the machine has.
    """
    from datetime import UTC, datetime, timedelta
    from importlib import import_module
    from importlib.resources import files
    from zoneinfo import ZoneInfo

    with (files("tzdata.zoneinfo.Europe") / "Berlin").open("rb") as data:
        shipped = ZoneInfo.from_file(data, key="Europe/Berlin")
    by_name = ZoneInfo("Europe/Berlin")  # what the domain asks for: the system's, else tzdata's
    for zone in (shipped, by_name):
        for month, hours in ((1, 1), (7, 2)):  # CET in winter, CEST in summer
            offset = datetime(2026, month, 15, 12, tzinfo=UTC).astimezone(zone).utcoffset()
            if offset != timedelta(hours=hours):
                raise SelfTestError(f"Europe/Berlin im Monat {month}: UTC{offset}")
    return str(import_module("tzdata").IANA_VERSION)


def _open_database(folder: Path, library: ProgramLibrary) -> Workspace:
    """A new SQLite file migrated to the newest schema, with the demo data of a first start."""
    from nspdesk.services.maintenance import open_demo_copy

    workspace, counts = open_demo_copy(folder / "selftest.sqlite3", library)
    try:
        if counts is None:
            raise SelfTestError("die Testdatenbank war nicht neu")
        if not counts.partners or not counts.quotes:
            raise SelfTestError(f"Demodaten unvollständig: {counts}")
    except BaseException:
        workspace.close()
        raise
    return workspace


def _price_quote(workspace: Workspace) -> QuoteCheck:
    from nspdesk.services.self_test import store_test_quote

    quote = store_test_quote(workspace, date.today())
    if not (0 < quote.net < quote.listed and quote.gross > quote.net):
        raise SelfTestError(
            f"unplausible Preise: Liste {quote.listed}, netto {quote.net}, brutto {quote.gross}"
        )
    return QuoteCheck(quote_id=quote.quote_id, number=quote.number, gross=quote.gross)


def _render_pdf(workspace: Workspace, quote_id: int) -> int:
    """The quote's PDF as ``nspdesk pdf quote --id`` makes it; returns its page count."""
    from nspdesk.services.self_test import self_test_pdf

    data = self_test_pdf(workspace, quote_id)
    if not data.startswith(b"%PDF-") or b"%%EOF" not in data[-1024:]:
        raise SelfTestError(f"keine vollständige PDF-Datei ({len(data)} Bytes)")
    pages = len(PAGE.findall(data))
    if pages < 1:
        raise SelfTestError("das PDF hat keine Seite")
    return pages
