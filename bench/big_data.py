"""A big database (10 000 partners, 100 000 quotes): search in the lists, a partner dashboard, every
partner's compliance, and the app's peak memory with it open.

    .venv/bin/python bench/big_data.py [--db /tmp/nspdesk-big.sqlite3] [--partners 10000]
                                       [--quotes 100000] [--skip-memory]

Generates the database with ``bench/bigdb.py`` when the file does not exist (about 15 s). Then, in
this process (offscreen): the rows of both lists read as the views read them, put into the views'
own list widgets (``QuoteListPage``, ``PartnerList``) and searched by typing into their search
field one character at a time, each keystroke timed until its events are processed (target
< 30 ms); as a baseline, the same search typed into a ``QSortFilterProxyModel`` over a
``QStringListModel`` of one short text per row (Qt's filtering in C++). A partner dashboard opened
(``partner_detail`` and the dashboard widget); every partner's compliance evaluated as the partner
list does (``partner_overview``, target < 0.5 s) against one SELECT of all partners, then again
(the view shown again, nothing changed), and the due list. Last, in a child process, the app's
main window on that database with the quote and partner views shown: its peak memory against a
bare ``QMainWindow``, each read by the process itself from ``/proc/self/status`` (``VmHWM``: the
high-water mark of its own memory, which a new program starts afresh; ``ru_maxrss`` and
``RUSAGE_CHILDREN`` carry the parent's or an earlier child's peak).

The quote list is the app's (issue 20): it reads a window of rows at a time from the database
(``WorkspaceQuotes``); each keystroke asks for the first window and the count. "GUI pause" is the
longest single step on the GUI thread while the list opens and while it scrolls from top to
bottom a page at a time (target: none over 50 ms). ``--postgresql URL`` times the same keystrokes
on a PostgreSQL database (made with ``bench/bigdb.py --url``).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from datetime import date
from pathlib import Path

if __package__ in {None, ""}:
    sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import PYTHON, ROOT, absolute, isolated_env, run_child, temp_folder

sys.path.insert(0, str(ROOT))

KEYSTROKE_MS = 30
PAUSE_MS = 50
EVALUATE_ALL_S = 0.5
QUOTE_SEARCHES = ("netz 0042", "a-2025-01", "cloud prot", "köln")
PARTNER_SEARCHES = ("datensecure", "k-0012", "münster prem", "tech 0999")

PEAK = """
def peak_kib():
    for line in open("/proc/self/status"):
        if line.startswith("VmHWM:"):
            return int(line.split()[1])
    import resource
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
"""
MEMORY_APP = (
    PEAK
    + """
import sys
from PySide6.QtWidgets import QApplication

def shown(self):
    self.processEvents()
    window = next(w for w in self.topLevelWidgets() if hasattr(w, "show_view"))
    for view in ("quotes", "partners"):
        if view in window.views:
            window.show_view(view)
            self.processEvents()
    print(peak_kib(), flush=True)
    return 0

QApplication.exec = shown
from nspdesk.cli import main
sys.exit(main(["--db", sys.argv[1]]))
"""
)
MEMORY_BARE = (
    PEAK
    + """
import sys
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
window = QMainWindow()
window.resize(1100, 720)
window.show()
app.processEvents()
print(peak_kib())
"""
)


def type_into(app: object, field: object, text: str) -> list[float]:
    """Type ``text`` one character at a time; milliseconds per keystroke, events included."""
    times = []
    field.setText("")  # type: ignore[attr-defined]
    app.processEvents()  # type: ignore[attr-defined]
    for end in range(1, len(text) + 1):
        started = time.perf_counter()
        field.setText(text[:end])  # type: ignore[attr-defined]
        app.processEvents()  # type: ignore[attr-defined]
        times.append((time.perf_counter() - started) * 1000)
    field.setText("")  # type: ignore[attr-defined]
    app.processEvents()  # type: ignore[attr-defined]
    return times


def baseline_keystrokes(app: object, texts: list[str], searches: tuple[str, ...]) -> list[float]:
    """The same typing into Qt's own proxy over a string list: what Qt alone costs."""
    from PySide6.QtCore import QSortFilterProxyModel, QStringListModel, Qt
    from PySide6.QtWidgets import QLineEdit, QTableView

    model = QStringListModel(texts)
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(model)
    proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    view = QTableView()
    view.setModel(proxy)
    view.resize(1100, 700)
    view.show()
    field = QLineEdit()
    field.textChanged.connect(proxy.setFilterFixedString)
    times = []
    for search in searches:
        times += type_into(app, field, search)
    view.close()
    return times


def p95(values: list[float]) -> float:
    return statistics.quantiles(values, n=20)[-1] if len(values) > 1 else values[0]


def open_quote_list(app: object, workspace: object) -> tuple[object, float]:
    """The app's quote list on ``workspace``: shown, its first window read (seconds)."""
    from nspdesk.ui.views.quotes.list_page import QuoteListPage
    from nspdesk.ui.views.quotes.view import WorkspaceQuotes

    page = QuoteListPage()
    page.resize(1100, 700)
    page.show()
    app.processEvents()  # type: ignore[attr-defined]
    started = time.perf_counter()
    page.load(WorkspaceQuotes(workspace))  # type: ignore[arg-type]
    app.processEvents()  # type: ignore[attr-defined]
    return page, time.perf_counter() - started


def scroll_through(app: object, page: object, steps: int = 40) -> list[float]:
    """Scroll the list from top to bottom in ``steps`` jumps, each painted; ms per jump."""
    bar = page.table.verticalScrollBar()  # type: ignore[attr-defined]
    times = []
    for step in range(steps + 1):
        started = time.perf_counter()
        bar.setValue(bar.maximum() * step // steps)
        app.processEvents()  # type: ignore[attr-defined]
        times.append((time.perf_counter() - started) * 1000)
    bar.setValue(0)
    app.processEvents()  # type: ignore[attr-defined]
    return times


def postgresql_keystrokes(app: object, url: str) -> None:
    from nspdesk.domain.editions import default_library
    from nspdesk.services.workspace import Workspace
    from nspdesk.store.location import from_url
    from nspdesk.store.opening import open_store

    store = open_store(from_url(url), keep_backups=0)
    try:
        page, opened = open_quote_list(app, Workspace(store, default_library()))
        keys = [t for search in QUOTE_SEARCHES for t in type_into(app, page.search, search)]
        print(
            f"{'PostgreSQL: quote list shown':<38} {opened * 1000:8.1f} ms for "
            f"{page.model.rowCount()} quotes"  # type: ignore[attr-defined]
        )
        absolute("PostgreSQL: quote list per keystroke", keys, KEYSTROKE_MS)
        print(f"{'  95th percentile':<38} {p95(keys):8.1f} ms (target < {KEYSTROKE_MS} ms)")
        page.close()  # type: ignore[attr-defined]
    finally:
        store.close()


def peak_memory(database: Path) -> None:
    with temp_folder("memory") as temp:
        env = isolated_env(Path(temp))
        ours = int(run_child([PYTHON, "-c", MEMORY_APP, str(database)], env).split()[0])
        bare = int(run_child([PYTHON, "-c", MEMORY_BARE], env).split()[0])
    print(
        f"{'peak memory, quotes + partners shown':<38} nspdesk {ours / 1024:6.0f} MB  "
        f"bare window {bare / 1024:6.0f} MB  ratio {ours / bare:.1f}"
    )


def main() -> None:  # noqa: PLR0915 - one measurement after the other, in order
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, default=Path("/tmp/nspdesk-big.sqlite3"))
    parser.add_argument("--partners", type=int, default=10_000)
    parser.add_argument("--quotes", type=int, default=100_000)
    parser.add_argument("--skip-memory", action="store_true")
    parser.add_argument("--postgresql", metavar="URL", help="also time the keystrokes there")
    args = parser.parse_args()
    if not args.db.exists():
        from bigdb import generate

        started = time.perf_counter()
        generate(args.db, args.partners, args.quotes)
        print(f"generated {args.db} in {time.perf_counter() - started:.1f} s")

    if not args.skip_memory:  # first: a child's max RSS starts at its parent's size
        peak_memory(args.db)

    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication
    from sqlalchemy import select

    from nspdesk.domain.editions import default_library
    from nspdesk.services.due import due_list
    from nspdesk.services.partner_overview import partner_detail, partner_overview
    from nspdesk.services.workspace import Workspace
    from nspdesk.store.location import sqlite_location
    from nspdesk.store.models import Partner, Quote, QuoteRevision
    from nspdesk.store.opening import open_store
    from nspdesk.ui.views.partners.dashboard import Dashboard
    from nspdesk.ui.views.partners.list_panel import PartnerList

    app = QApplication(sys.argv[:1])
    library = default_library()
    today = date.today()
    year = today.year - 1
    program = library.edition_for(today)
    store = open_store(sqlite_location(args.db), keep_backups=0)
    try:
        database, workspace = store.database, Workspace(store, library)
        print(f"database {args.db}:")

        page, opened = open_quote_list(app, workspace)
        print(
            f"{'quote list: first window shown':<38} {opened * 1000:8.1f} ms for "
            f"{page.model.rowCount()} quotes, {len(page.model.loaded_rows())} rows held"
        )
        pauses = [opened * 1000, *scroll_through(app, page)]
        quote_keys = [t for search in QUOTE_SEARCHES for t in type_into(app, page.search, search)]
        absolute("quote list: per keystroke", quote_keys, KEYSTROKE_MS)
        print(f"{'  95th percentile':<38} {p95(quote_keys):8.1f} ms (target < {KEYSTROKE_MS} ms)")
        worst = max(pauses)
        print(
            f"{'GUI pause: open, scroll the quote list':<38} longest {worst:8.1f} ms  median "
            f"{statistics.median(pauses):8.1f} ms  (target: none over {PAUSE_MS} ms) "
            f"{'ok' if worst <= PAUSE_MS else 'MISSED'}"
        )
        with database.read() as session:
            texts = [
                f"{number} {partner} {subject}"
                for number, partner, subject in session.execute(
                    select(Quote.number, Partner.company, QuoteRevision.subject)
                    .join(Partner, Partner.id == Quote.partner_id)
                    .join(QuoteRevision, QuoteRevision.quote_id == Quote.id)
                    .where(QuoteRevision.number == 1)
                )
            ]

        # The quote list's model freezes its rows (``table_model._settle``), so they leave Python's
        # collector no full collection due: the partner list is timed as the app runs it.
        started = time.perf_counter()
        partner_rows = partner_overview(workspace, year, today)
        evaluate_all = time.perf_counter() - started
        started = time.perf_counter()
        with database.read() as session:
            count = len(session.query(Partner.id, Partner.company, Partner.tier).all())
        select_all = time.perf_counter() - started
        verdict = "ok" if evaluate_all < EVALUATE_ALL_S else "MISSED"
        print(
            f"{'evaluate all partners (overview)':<38} {evaluate_all:8.2f} s for {count} partners "
            f"(target < {EVALUATE_ALL_S} s) {verdict}; baseline SELECT {select_all:.3f} s, "
            f"ratio {evaluate_all / select_all:.0f}"
        )
        started = time.perf_counter()  # the Partner view shown again, nothing changed
        partner_overview(workspace, year, today)
        print(f"{'  again, nothing changed':<38} {time.perf_counter() - started:8.2f} s")
        started = time.perf_counter()
        items = due_list(workspace, today)
        print(
            f"{'due list (every partner and quote)':<38} {time.perf_counter() - started:8.2f} s "
            f"for {len(items)} items"
        )
        partners = PartnerList(program)
        partners.resize(600, 700)
        partners.show()
        started = time.perf_counter()
        partners.set_rows(partner_rows, keep=None)
        app.processEvents()
        print(f"{'partner list: into the model':<38} {time.perf_counter() - started:8.2f} s")
        partner_keys = [
            t for search in PARTNER_SEARCHES for t in type_into(app, partners.search, search)
        ]
        absolute("partner list: per keystroke", partner_keys, KEYSTROKE_MS)
        base = baseline_keystrokes(app, texts, QUOTE_SEARCHES)
        print(
            f"{'baseline: Qt proxy over strings':<38} median {statistics.median(base):8.1f} ms "
            f"(quote list / baseline: {statistics.median(quote_keys) / statistics.median(base):.2f})"
        )

        dashboard = Dashboard()
        dashboard.resize(800, 700)
        dashboard.show()
        opened = []
        for row in partner_rows[:: max(1, len(partner_rows) // 10)]:
            started = time.perf_counter()
            detail = partner_detail(workspace, row.id, year, today)
            dashboard.show_evaluation(detail.evaluation, detail.standing)
            app.processEvents()
            opened.append((time.perf_counter() - started) * 1000)
        absolute("open a partner dashboard", opened, 200)
        page.close()
        partners.close()
        dashboard.close()
    finally:
        store.close()
    if args.postgresql:
        postgresql_keystrokes(app, args.postgresql)


if __name__ == "__main__":
    main()
