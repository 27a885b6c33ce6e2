"""The partner list on a big database (issue 20): a keystroke, and opening it with every traffic
light to work out, with none, and with one partner's facts changed.

    .venv/bin/python bench/partner_list.py [--db /tmp/nspdesk-big.sqlite3] [--partners 10000]
                                           [--quotes 100000] [--runs 3] [--url URL]

Generates the SQLite database with ``bench/bigdb.py`` when the file does not exist. Timed are the
service calls the list makes (``services.partner_overview.partner_page``: the first window of 60
rows and the count, the stale standings worked out and kept first), and the same keystrokes typed
into the app's list widget (``PartnerList`` on the workspace, events included):

- a keystroke: each prefix of a few searches (target: 95th percentile < 30 ms); baseline, in the
  same run and alternating: one plain SELECT of the same window and count over ``partners``
  (``LIKE`` on the name, no standing);
- the list opened with every standing stale (a new day, a new edition, a database just migrated),
  with none stale, and with one partner's facts changed; baseline: every partner evaluated in bulk
  as the list did before the standings were kept (issue 20: 0.35-0.6 s on every show).

``--url`` runs the same on a PostgreSQL database filled by ``bench/bigdb.py --url`` (the SQLite
file is not needed then).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

if __package__ in {None, ""}:
    sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import ROOT

if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

KEYSTROKE_MS = 30
SEARCHES = ("datensecure", "k-0012", "münster prem", "tech 0999", "köln")
WINDOW = 60


def p95(values: list[float]) -> float:
    return statistics.quantiles(values, n=20)[-1] if len(values) > 1 else values[0]


def timed(action: Callable[[], Any]) -> float:
    started = time.perf_counter()
    action()
    return (time.perf_counter() - started) * 1000


def line(title: str, ours: list[float], base: list[float] | None = None, target: float = 0) -> None:
    text = f"{title:<44} median {statistics.median(ours):8.1f} ms  p95 {p95(ours):8.1f} ms"
    if base:
        ratio = statistics.median(ours) / statistics.median(base)
        text += f"  baseline {statistics.median(base):8.1f} ms  ratio {ratio:5.2f}"
    if target:
        text += f"  (target p95 < {target:g} ms) {'ok' if p95(ours) < target else 'MISSED'}"
    print(text)


def prefixes() -> list[str]:
    return [search[:end] for search in SEARCHES for end in range(1, len(search) + 1)]


def measure(label: str, workspace: Any, runs: int) -> None:
    """Every figure on one workspace (SQLite or PostgreSQL)."""
    from sqlalchemy import func, select, update

    from nspdesk.services import partner_overview as overview
    from nspdesk.store import standings
    from nspdesk.store.models import Partner, PartnerYear

    today = date.today()
    year = today.year - 1
    database = workspace.database
    program = workspace.library.edition_for(today)
    key = overview.edition_key(program)

    def first_window(search: str = "", work_out: bool = True) -> Any:
        """The list's first window and count; ``work_out``: the stale standings worked out first
        (the list opened or read again), else a query alone (a keystroke)."""
        query = overview.PartnerQuery(year, search)
        return overview.partner_page(workspace, query, today, 0, WINDOW, work_out)

    def plain(search: str = "") -> None:
        """The baseline: the same window and count over the partners alone."""
        with database.read() as session:
            found = select(Partner.id, Partner.company, Partner.city).where(
                func.lower(Partner.company).like(f"%{search.lower()}%")
            )
            session.execute(found.order_by(Partner.company, Partner.id).limit(WINDOW)).all()
            session.execute(select(func.count()).select_from(found.subquery())).scalar_one()

    def evaluate_all() -> None:
        """Every partner evaluated in bulk, nothing kept: the list before issue 20."""
        with database.read() as session:
            partners = standings.partners_of(session, today)
            overview._worked_out(session, program, key, year, today, [p for p, _, _ in partners])

    def forget() -> None:
        with database.write() as session:
            standings.forget_all(session)

    def change_one() -> None:
        with database.write() as session:
            partner = session.scalar(select(Partner.id).order_by(Partner.id.desc()).limit(1))
            changed = session.execute(
                update(PartnerYear)
                .where(PartnerYear.partner_id == partner, PartnerYear.year == year)
                .values(projects=PartnerYear.projects + 1)
            )
            if not changed.rowcount:  # type: ignore[attr-defined]
                session.add(PartnerYear(partner_id=partner, year=year, projects=1))

    with database.read() as session:
        count = session.scalar(select(func.count()).select_from(Partner))
    print(f"{label}: {count} partners")
    opening(first_window, forget, change_one, evaluate_all, runs)
    keystrokes(first_window, plain, runs)
    typing(workspace, year, today, runs)


def opening(
    first_window: Callable[[], Any],
    forget: Callable[[], None],
    change_one: Callable[[], None],
    evaluate_all: Callable[[], None],
    runs: int,
) -> None:
    stale, fresh, one, bulk = [], [], [], []
    for _ in range(runs):
        forget()
        stale.append(timed(first_window))
        fresh.append(timed(first_window))
        change_one()
        one.append(timed(first_window))
        bulk.append(timed(evaluate_all))
    line("  open, every standing stale", stale, bulk)
    line("  open, none stale", fresh, bulk)
    line("  open, one partner's facts changed", one, bulk)
    print(f"  {'baseline: evaluate all in bulk':<42} median {statistics.median(bulk):8.1f} ms")


def keystrokes(first_window: Callable[[str], Any], plain: Callable[[str], None], runs: int) -> None:
    keys, base = [], []
    for _ in range(runs):
        for text in prefixes():
            keys.append(timed(lambda text=text: first_window(text, False)))  # type: ignore[misc]
            base.append(timed(lambda text=text: plain(text)))  # type: ignore[misc]
    line("  keystroke (service: window + count)", keys, base, KEYSTROKE_MS)


def typing(workspace: Any, year: int, today: date, runs: int) -> None:
    """The same searches typed into the app's list widget, events included."""

    from nspdesk.ui.application import make_application
    from nspdesk.ui.views.partners.list_panel import PartnerList
    from nspdesk.ui.views.partners.view import WorkspacePartners

    app = make_application(sys.argv[:1])  # as the app makes it
    panel = PartnerList(workspace.library.edition_for(today))
    panel.year = year
    panel.resize(600, 700)
    panel.show()
    opened = timed(lambda: panel.load(WorkspacePartners(workspace, today)))
    app.processEvents()
    times = []
    for _ in range(runs):
        for search in SEARCHES:
            panel.search.setText("")
            app.processEvents()
            for end in range(1, len(search) + 1):
                started = time.perf_counter()
                panel.search.setText(search[:end])
                app.processEvents()
                times.append((time.perf_counter() - started) * 1000)
    print(f"  {'list widget opened (standings kept)':<42} {opened:8.1f} ms")
    line("  keystroke in the list widget", times, None, KEYSTROKE_MS)
    print(f"  {'rows held by the model':<42} {len(panel.model.loaded_rows()):8d}")
    panel.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, default=Path("/tmp/nspdesk-big.sqlite3"))
    parser.add_argument("--partners", type=int, default=10_000)
    parser.add_argument("--quotes", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--url", help="a PostgreSQL database filled by bench/bigdb.py --url")
    args = parser.parse_args()

    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from nspdesk.domain.editions import default_library
    from nspdesk.services.workspace import Workspace
    from nspdesk.store.location import from_url, sqlite_location
    from nspdesk.store.opening import open_store

    library = default_library()
    places = []
    if args.url is None or args.db.exists():
        if not args.db.exists():
            from bigdb import generate

            generate(args.db, args.partners, args.quotes)
        places.append(("SQLite " + str(args.db), sqlite_location(args.db)))
    if args.url:
        places.append(("PostgreSQL", from_url(args.url)))
    for label, location in places:
        store = open_store(location, keep_backups=0)
        try:
            measure(label, Workspace(store, library), args.runs)
        finally:
            store.close()


if __name__ == "__main__":
    main()
