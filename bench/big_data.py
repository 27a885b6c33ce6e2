"""A big database (10 000 partners, 100 000 quotes): the app's lists on it, what a user feels.

    .venv/bin/python bench/big_data.py [--db /tmp/nspdesk-big.sqlite3] [--partners 10000]
                                       [--quotes 100000] [--runs 3] [--skip-memory]
                                       [--postgresql URL] [--postgresql-only]

Generates the database with ``bench/bigdb.py`` when the file does not exist (5 min on SQLite for the
full size). Every figure is taken at the level of the app's window and its views, so it keeps
measuring whatever a view does inside (a list read whole, a window at a time, in a thread):

- **Start to the first view usable with its rows** (issue 20's target: <= 3 x a bare window's
  start): a new process runs the app's real start (``nspdesk --db FILE``, offscreen, settings in a
  temporary folder, so the first view is the quote list) until the view on screen shows a table
  with rows and the pending events are processed; the baseline is a new process showing a bare
  ``QMainWindow`` with a 50-row table. Alternating, ``--runs`` each. Two figures: the quote list's
  rows kept from the last session shown (``ui.kept_rows``: the untimed first start keeps them, so
  the timed starts are later starts the same day on an unchanged database) and the live rows (the
  store imported in a background thread, opened, the view built); with the longest GUI pauses
  meanwhile (``cold_start.APP``).
- **Peak memory with both lists shown** (target <= 2 x): a new process starts the app, shows the
  quote list, then the partner list, each until its rows are there, then waits until the views'
  preloading has imported the other views' modules and the lists' worker threads are idle (what
  a user's process holds a few seconds after the start; the peak at once is printed too); its own
  ``VmHWM`` (the high-water mark of the process's memory, read by the process from
  ``/proc/self/status``; a new program starts it afresh, unlike ``ru_maxrss`` of
  ``RUSAGE_CHILDREN``, which carries the largest child's or the parent's peak) against the bare
  window's own (the app's window's size, 1280 x 800, a 50-row table).
- **Keystrokes** (target: < 30 ms at the 95th percentile): in this process, the main window on the
  database; the quote list and the partner list are shown through the window (``show_view``), each
  view's search field is the one its ``focus_search`` focuses, and each keystroke is timed from
  setting the field's text until the events it caused are processed (including a delayed search a
  view may start with a single-shot timer). Baseline: the same typing into Qt's
  ``QSortFilterProxyModel`` over one string per quote.
- **GUI pause** (target: none over 50 ms): a 1 ms ``QTimer`` heartbeat on the GUI thread; the
  longest gap between two beats while a list opens, scrolls from top to bottom a page at a time,
  and is searched.
- Each list shown again once both were built (the view kept, read again on activation).
- Both lists go through the app's views as the window builds them: the partner list reads its
  windows from the database (``WorkspacePartners``), as the quote list does.
- For information: a partner dashboard, every partner's compliance as the partner list's service
  computes it (``partner_overview``; target < 0.5 s), again, and the due list.
- ``--postgresql URL``: the quote and partner list's keystrokes and pauses on a PostgreSQL database
  (made with ``bench/bigdb.py --url``).
- ``--postgresql-only``: only the PostgreSQL database's lists (no SQLite file, start or memory);
  each database's run prints its own Qt proxy baseline and the load.
- ``--pace MS``: a keystroke every MS ms, as a person types (the count of the last keystroke may
  still run; default: the next keystroke once the last one's work, its count too, is done).
- ``--slowest N``: the N slowest keystrokes of each list, with the text each made.
- ``--rounds N``: the searches typed N times (default 1: some 40 keystrokes a list, whose 95th
  percentile is the second slowest; 3 rounds give it 120).
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import Any

if __package__ in {None, ""}:
    sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import PYTHON, ROOT, absolute, alternate, isolated_env, run_child, temp_folder
from cold_start import APP as START_APP
from cold_start import measure_all, measure_pauses, report_start

sys.path.insert(0, str(ROOT))

KEYSTROKE_MS = 30
PAUSE_MS = 50
START_RATIO = 3.0
MEMORY_RATIO = 2.0
EVALUATE_ALL_S = 0.5
ROUNDS = [1]  # how often the searches are typed (``--rounds``)
PACE_MS = [0]  # --pace: the next keystroke this long after the last (0: when its work is done)
SLOWEST = [0]  # --slowest: how many of the slowest keystrokes to name with their texts
QUOTE_SEARCHES = ("netz 0042", "a-2025-01", "cloud prot", "köln")
PARTNER_SEARCHES = ("datensecure", "k-0012", "münster prem", "tech 0999")


def peak_kib(field: str = "VmHWM") -> int:
    """This process's own peak memory (KiB); ``field="VmRSS"``: what it holds now."""
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith(f"{field}:"):
                return int(line.split()[1])
    import resource

    return int(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)


def has_rows(widget: Any) -> bool:
    """Whether a visible table or list of ``widget`` shows rows."""
    from PySide6.QtWidgets import QAbstractItemView

    for view in widget.findChildren(QAbstractItemView):
        model = view.model()
        if view.isVisible() and model is not None and model.rowCount() > 0:
            return True
    return False


def until_rows(app: Any, widget: Any, seconds: float = 120) -> None:
    """Process events until ``widget`` shows rows (a view may read them later or in a thread)."""
    app.processEvents()
    ends = time.monotonic() + seconds
    while not has_rows(widget) and time.monotonic() < ends:
        app.processEvents()
        time.sleep(0.001)
    app.processEvents()


def when_app_runs(shown: Callable[[Any], int]) -> None:
    """``QApplication.exec`` replaced by ``shown`` once the app has imported Qt itself.

    The child imports no PySide6 before the app does: Shiboken's import hook would then read the
    source of every module imported before the app's start swaps it (``ui/source_scan.py``) into
    ``linecache`` — 236 files, 1.1 MB the app started for real does not hold, and their reading.
    """
    import importlib.util

    class PatchQt:  # a meta path finder for the one module, then gone
        def find_spec(self, name: str, path: Any = None, target: Any = None) -> Any:
            if name != "PySide6.QtWidgets":
                return None
            sys.meta_path.remove(self)  # type: ignore[arg-type]
            spec = importlib.util.find_spec(name)
            if spec is None or spec.loader is None:
                return spec
            load = spec.loader.exec_module

            def exec_module(module: Any) -> None:
                load(module)
                module.QApplication.exec = shown

            spec.loader.exec_module = exec_module  # type: ignore[method-assign]
            return spec

    sys.meta_path.insert(0, PatchQt())  # type: ignore[arg-type]


def settled(app: Any, window: Any, seconds: float = 60) -> None:
    """Process events until the views' preloading (``ui.background.Preloader``, started a moment
    after the first view) has imported the other views' modules and Qt's thread pool (the lists'
    counts) is idle: what a user's process holds a few seconds after the start."""
    from PySide6.QtCore import QThreadPool

    pool = QThreadPool.globalInstance()
    ends = time.monotonic() + seconds

    def busy() -> bool:
        preloader = getattr(window, "preloader", None)
        thread = getattr(preloader, "_thread", None)
        started = preloader is None or thread is not None  # None: no preloading in this version
        alive = thread is not None and thread.is_alive()
        return not started or alive or pool.activeThreadCount() > 0

    while busy() and time.monotonic() < ends:
        app.processEvents()
        time.sleep(0.005)
    for _ in range(20):  # what the preloaded imports left to the event loop
        app.processEvents()
        time.sleep(0.005)


def _child_helpers() -> str:
    """The functions above as source for the children (each a new ``python -c``)."""
    import inspect

    return "import sys, time\nfrom typing import Any, Callable\n" + "".join(
        inspect.getsource(function) + "\n"
        for function in (peak_kib, has_rows, until_rows, when_app_runs, settled)
    )


CHILD = _child_helpers()
MEMORY_APP = (
    CHILD
    + """
def shown(self):
    window = next(w for w in self.topLevelWidgets() if hasattr(w, "show_view"))
    held = [peak_kib("VmRSS")]  # the start: the frame, the store and the first view built
    for view in ("quotes", "partners"):
        until_rows(self, window.show_view(view))
        held.append(peak_kib("VmRSS"))
    at_once = peak_kib()
    settled(self, window)  # as a user's process holds it a few seconds later
    held.append(peak_kib("VmRSS"))
    print(peak_kib(), at_once, *held, flush=True)
    return 0

when_app_runs(shown)
from nspdesk.cli import main
sys.exit(main(["--db", sys.argv[1]]))
"""
)
BARE = (
    CHILD
    + """
from PySide6.QtWidgets import QApplication
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QMainWindow, QTableView
app = QApplication(sys.argv[:1])
window = QMainWindow()
window.resize(1280, 800)  # the app's window's size (ui/main_window.py): its backing store as large
model = QStandardItemModel(50, 8)
for row in range(50):
    for column in range(8):
        model.setItem(row, column, QStandardItem(f"A-2026-{row:04d} {column}"))
table = QTableView()
table.setModel(model)
window.setCentralWidget(table)
window.show()
until_rows(app, window)
print(time.time_ns(), peak_kib(), flush=True)
"""
)


class Heartbeat:
    """A 1 ms timer on the GUI thread: the longest gap between two beats is the longest time the
    event loop could not run (a user's click or a repaint waited that long)."""

    def __init__(self) -> None:
        from PySide6.QtCore import QTimer

        self.timer = QTimer()
        self.timer.setInterval(1)
        self.timer.timeout.connect(self._beat)
        self.last = 0.0
        self.gaps: list[float] = []

    def _beat(self) -> None:
        now = time.perf_counter()
        self.gaps.append((now - self.last) * 1000)
        self.last = now

    @contextmanager
    def watching(self) -> Iterator[list[float]]:
        """The gaps (ms) while the block runs, the first from its start."""
        self.gaps = []
        self.last = time.perf_counter()
        self.timer.start()
        try:
            yield self.gaps
        finally:
            self._beat()
            self.timer.stop()


def collections_done() -> None:
    """What the app's event loop collects (``ui.gui_collector``, every 15-100 ms) between a long
    step of the bench's own on the GUI thread (the expiry run, the baseline's model) and the next
    measured one, collected now: a person's next action comes after those turns."""
    from nspdesk.ui import gui_collector

    collector = gui_collector.installed()
    while collector is not None and collector.collect_due() is not None:
        pass


def settle(app: Any, widget: Any, seconds: float = 10) -> None:
    """Process events until no single-shot timer of ``widget`` (a delayed search) is pending."""
    from PySide6.QtCore import QTimer

    app.processEvents()
    ends = time.perf_counter() + seconds
    while time.perf_counter() < ends:
        pending = [t for t in widget.findChildren(QTimer) if t.isActive() and t.isSingleShot()]
        if not pending:
            break
        time.sleep(0.0005)
        app.processEvents()
    app.processEvents()


def finished(app: Any, seconds: float = 10) -> None:
    """Process events until Qt's thread pool is idle (a count in a worker thread) and its results
    are delivered."""
    from PySide6.QtCore import QThreadPool

    pool = QThreadPool.globalInstance()
    ends = time.perf_counter() + seconds
    while pool.activeThreadCount() and time.perf_counter() < ends:
        time.sleep(0.0005)
        app.processEvents()
    app.processEvents()


def type_into(
    app: Any,
    view: Any,
    field: Any,
    text: str,
    counted: list[float] | None = None,
    typed: list[tuple[float, str]] | None = None,
) -> list[float]:
    """Type ``text`` one character at a time; milliseconds per keystroke until its rows are shown
    (its events processed, a delayed search of ``view`` run). ``counted`` gets the time until
    the work it started in worker threads (the list's count) is shown too; ``typed`` each
    keystroke's time with the text it made."""
    times = []
    field.setText("")
    settle(app, view)
    finished(app)
    for end in range(1, len(text) + 1):
        started = time.perf_counter()
        field.setText(text[:end])
        settle(app, view)
        times.append((time.perf_counter() - started) * 1000)
        if typed is not None:
            typed.append((times[-1], text[:end]))
        if PACE_MS[0]:  # a person typing on: the next key while the count may still run
            while (time.perf_counter() - started) * 1000 < PACE_MS[0]:
                time.sleep(0.001)
                app.processEvents()
            continue
        finished(app)
        if counted is not None:
            counted.append((time.perf_counter() - started) * 1000)
    field.setText("")
    settle(app, view)
    finished(app)
    return times


def baseline_keystrokes(app: Any, texts: list[str], searches: tuple[str, ...]) -> list[float]:
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
    collections_done()  # (the strings just made, as before the app's lists)
    times = []
    for _round in range(ROUNDS[0]):
        for search in searches:
            times += type_into(app, view, field, search)
    view.close()
    return times


def p95(values: list[float]) -> float:
    return statistics.quantiles(values, n=20)[-1] if len(values) > 1 else values[0]


def main_table(view: Any) -> Any:
    """The largest visible table or list of ``view`` (its list)."""
    from PySide6.QtWidgets import QAbstractItemView

    shown = [t for t in view.findChildren(QAbstractItemView) if t.isVisible()]
    return max(shown, key=lambda t: t.width() * t.height())


def search_field(view: Any) -> Any:
    """The field the view's own "Suchen" (Ctrl+F) focuses."""
    from PySide6.QtWidgets import QLineEdit

    view.focus_search()
    field = view.focusWidget()
    if not isinstance(field, QLineEdit):
        raise SystemExit(f"bench: {view.view_id}: focus_search focused no text field ({field})")
    return field


def read_in_background(app: Any, table: Any, seconds: float = 10) -> None:
    """Process events until the table's model has no rows being read in a worker thread (a list
    whose paints never wait for the database shows such rows empty for a moment)."""
    reading = getattr(table.model(), "reading", None)
    ends = time.perf_counter() + seconds
    while reading is not None and reading() and time.perf_counter() < ends:
        time.sleep(0.0005)
        app.processEvents()
    app.processEvents()


def scroll_through(app: Any, table: Any, steps: int = 40) -> tuple[list[float], list[float]]:
    """Scroll the list from top to bottom in ``steps`` jumps, each painted; ms per jump until it
    is painted, and until its rows are there (read in the background: painted again)."""
    bar = table.verticalScrollBar()
    times, filled = [], []
    for step in range(steps + 1):
        started = time.perf_counter()
        bar.setValue(bar.maximum() * step // steps)
        app.processEvents()
        times.append((time.perf_counter() - started) * 1000)
        read_in_background(app, table)
        filled.append((time.perf_counter() - started) * 1000)
    bar.setValue(0)
    app.processEvents()
    read_in_background(app, table)
    return times, filled


def page_deep(app: Any, table: Any, steps: int = 24) -> tuple[list[float], list[float]]:
    """Jump to the middle of the list, then page down ``steps`` times (the window beside the rows
    held is read: by key where the services know its edge); ms per page step until painted and
    until its rows are there."""
    bar = table.verticalScrollBar()
    bar.setValue(bar.maximum() // 2)
    app.processEvents()
    read_in_background(app, table)
    times, filled = [], []
    for _step in range(steps):
        started = time.perf_counter()
        bar.setValue(bar.value() + bar.pageStep())
        app.processEvents()
        times.append((time.perf_counter() - started) * 1000)
        read_in_background(app, table)
        filled.append((time.perf_counter() - started) * 1000)
    bar.setValue(0)
    app.processEvents()
    read_in_background(app, table)
    return times, filled


def rows_of(table: Any) -> int:
    model = table.model()
    return int(model.rowCount()) if model is not None else 0


def exercise(
    app: Any,
    beat: Heartbeat,
    where: str,
    what: str,
    show: Callable[[], Any],
    searches: tuple[str, ...],
) -> list[float]:
    """Open a list through the window (``show``), scroll it, type into its search; print the
    figures; the keystrokes (ms)."""
    collections_done()
    with beat.watching() as opening:
        started = time.perf_counter()
        view = show()
        until_rows(app, view)
        opened = (time.perf_counter() - started) * 1000
    table = main_table(view)
    print(f"{where}{what}: opened, rows shown {opened:8.1f} ms ({rows_of(table)} rows)")
    with beat.watching() as scrolling:
        steps, filled = scroll_through(app, table)
    print(
        f"{'  scrolled a page at a time, per step':<38} median {statistics.median(steps):8.1f} ms"
        f"  max {max(steps):8.1f} ms; until its rows are there: median "
        f"{statistics.median(filled):.1f} ms, max {max(filled):.1f} ms"
    )
    with beat.watching() as paging:
        steps, filled = page_deep(app, table)
    print(
        f"{'  paged down from the middle, per step':<38} median {statistics.median(steps):8.1f} ms"
        f"  max {max(steps):8.1f} ms; until its rows are there: median "
        f"{statistics.median(filled):.1f} ms, p95 {p95(filled):.1f} ms, max {max(filled):.1f} ms"
        f" (GUI pause longest {max(paging):.1f} ms)"
    )
    field = search_field(view)
    counted: list[float] = []
    typed: list[tuple[float, str]] = []
    with beat.watching() as typing:
        keys = [
            t
            for _round in range(ROUNDS[0])
            for search in searches
            for t in type_into(app, view, field, search, counted, typed)
        ]
    absolute(f"{where}{what}: per keystroke", keys, KEYSTROKE_MS)
    verdict = "ok" if p95(keys) < KEYSTROKE_MS else "MISSED"
    print(f"{'  95th percentile':<38} {p95(keys):8.1f} ms (target < {KEYSTROKE_MS} ms) {verdict}")
    if SLOWEST[0]:
        slowest = sorted(typed, reverse=True)[: SLOWEST[0]]
        print(f"{'  the slowest':<38} " + ", ".join(f"{t!r} {ms:.1f}" for ms, t in slowest))
    if counted:
        print(
            f"{'  ... until counted (worker thread)':<38} median "
            f"{statistics.median(counted):8.1f} ms  p95 {p95(counted):8.1f} ms  (the rows are "
            "shown before)"
        )
    worst = max(*opening, *scrolling)
    print(
        f"{f'GUI pause: open, scroll the {what}':<38} longest {worst:8.1f} ms "
        f"(opening {max(opening):.1f}, scrolling {max(scrolling):.1f}; typing {max(typing):.1f}) "
        f"(target: none over {PAUSE_MS} ms) {'ok' if worst <= PAUSE_MS else 'MISSED'}"
    )
    return keys


def open_window(app: Any, workspace: Any, folder: Path) -> tuple[Any, Callable[[], Any]]:
    """The app's main window on ``workspace`` (settings in ``folder``), its frame shown; and the
    function that attaches the workspace, which builds and shows the first view (the quotes)."""
    from PySide6.QtCore import QSettings

    from nspdesk.ui.context import AppContext
    from nspdesk.ui.main_window import MainWindow
    from nspdesk.ui.settings import Settings

    settings = Settings(QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat))
    window = MainWindow(settings=settings)
    window.resize(1280, 800)
    window.show()
    app.processEvents()

    def attach() -> Any:
        window.attach(AppContext(workspace=workspace, settings=settings), lazy=True)
        return window.current_view()

    return window, attach


def both_lists(app: Any, workspace: Any, where: str) -> list[float]:
    """The quote list (the first view) and the partner list through the app's window; the quote
    list's keystrokes."""
    beat = Heartbeat()
    with temp_folder("window") as temp:
        window, attach = open_window(app, workspace, Path(temp))
        try:
            quote_keys = exercise(app, beat, where, "quote list", attach, QUOTE_SEARCHES)
            exercise(
                app,
                beat,
                where,
                "partner list",
                lambda: window.show_view("partners"),
                PARTNER_SEARCHES,
            )
            for view_id, what in (("quotes", "quote list"), ("partners", "partner list")):
                with beat.watching() as again:  # built already: what every later show costs
                    started = time.perf_counter()
                    view = window.show_view(view_id)
                    until_rows(app, view)
                    shown = (time.perf_counter() - started) * 1000
                    settle(app, view)  # work it left to the next turns of the event loop
                    finished(app)
                print(
                    f"{f'{where}{what} shown again':<38} {shown:8.1f} ms, GUI pause longest "
                    f"{max(again):.1f} ms (target: none over {PAUSE_MS} ms) "
                    f"{'ok' if max(again) <= PAUSE_MS else 'MISSED'}"
                )
        finally:
            window.hide()
            window.deleteLater()
            app.processEvents()
    return quote_keys


def start_and_memory(database: Path, runs: int) -> None:
    """In new processes: the start to the first view with its rows, and the peak memory with both
    lists shown, each against a bare window with a 50-row table."""
    with temp_folder("start") as temp:
        folder = Path(temp)
        env = isolated_env(folder)
        env.pop("PYTHONDONTWRITEBYTECODE", None)  # as installed: bytecode cached
        env["PYTHONPYCACHEPREFIX"] = str(folder / "bytecode")
        bare_peaks: list[int] = []

        moments: dict[str, list[float]] = {}
        warm_up: dict[str, list[float]] = {}

        def app_start() -> float:
            # the app's real start (cold_start.APP): the kept rows, the live rows, the GUI pauses;
            # the untimed first start keeps the rows the later ones show
            into = moments if warm_up else warm_up
            measure_all([PYTHON, "-c", START_APP, str(database)], env, into)
            return into["view"][-1]

        def bare_start() -> float:
            started = time.time_ns()
            shown, peak = run_child([PYTHON, "-c", BARE], env).split()[:2]
            bare_peaks.append(int(peak))
            return (int(shown) - started) / 1e9

        def pauses() -> float:
            measure_pauses([PYTHON, "-c", START_APP, str(database)], env, moments)
            return 0.0

        times = alternate({"nspdesk": app_start, "bare": bare_start, "heartbeat": pauses}, runs)
        print("start to the first view with its rows (a bare window with a 50-row table):")
        report_start(moments, times["bare"], START_RATIO)
        ours, at_once, *held = (
            int(kib) for kib in run_child([PYTHON, "-c", MEMORY_APP, str(database)], env).split()
        )
    bare = statistics.median(bare_peaks)
    ratio = ours / bare
    print(
        f"{'peak memory, quotes + partners shown':<38} nspdesk {ours / 1024:6.1f} MB  "
        f"bare window {bare / 1024:6.1f} MB  ratio {ratio:.2f} "
        f"(target <= {MEMORY_RATIO:g}) {'ok' if ratio <= MEMORY_RATIO else 'MISSED'}"
    )
    print(
        f"{'  the peak at once, before preloading':<38} nspdesk {at_once / 1024:6.1f} MB  "
        f"ratio {at_once / bare:.2f}"
    )
    steps = (
        "started (first view built)",
        "quote list shown",
        "partner list shown",
        "the other views preloaded",
    )
    print(
        f"{'  held at each step':<38} "
        + ", ".join(f"{step} {kib / 1024:.1f} MB" for step, kib in zip(steps, held, strict=True))
    )


def services(app: Any, workspace: Any) -> None:
    """For information: the partner list's service over every partner, the due list, a partner
    dashboard (the services the partner and due views call)."""
    from nspdesk.services.due import due_list
    from nspdesk.services.partner_overview import partner_detail, partner_overview
    from nspdesk.ui.views.partners.dashboard import Dashboard

    today = date.today()
    year = today.year - 1
    started = time.perf_counter()
    partner_rows = partner_overview(workspace, year, today)
    evaluate_all = time.perf_counter() - started
    verdict = "ok" if evaluate_all < EVALUATE_ALL_S else "MISSED"
    print(
        f"{'evaluate all partners (overview)':<38} {evaluate_all:8.2f} s for "
        f"{len(partner_rows)} partners (target < {EVALUATE_ALL_S} s) {verdict}"
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
    dashboard.close()


def quote_texts(workspace: Any) -> list[str]:
    """One short text per quote (number, partner, subject): the baseline's strings."""
    from sqlalchemy import select

    from nspdesk.store.models import Partner, Quote, QuoteRevision

    with workspace.store.database.read() as session:
        return [
            f"{number} {partner} {subject}"
            for number, partner, subject in session.execute(
                select(Quote.number, Partner.company, QuoteRevision.subject)
                .join(Partner, Partner.id == Quote.partner_id)
                .join(QuoteRevision, QuoteRevision.quote_id == Quote.id)
                .where(QuoteRevision.number == 1)
            )
        ]


def on_database(app: Any, location: Any, where: str, *, everything: bool) -> None:
    from nspdesk.domain.editions import default_library
    from nspdesk.services.workspace import Workspace
    from nspdesk.store.opening import open_store

    store = open_store(location, keep_backups=0)
    try:
        workspace = Workspace(store, default_library())
        from nspdesk.services.quotes import expire_due_daily

        # The quote list's first activation of the day (per opened database) marks expired
        # quotes; measured here on its own (a fresh bigdb.py: thousands at once), so the list's
        # opening below is what it costs once that is done.
        started = time.perf_counter()
        expired = expire_due_daily(workspace, date.today())
        print(
            f"{where}expired first (the day's first opening of the list): {len(expired)} quotes "
            f"in {time.perf_counter() - started:.2f} s"
        )
        quote_keys = both_lists(app, workspace, where)
        # the same run's baseline on either database (the load of these minutes)
        base = baseline_keystrokes(app, quote_texts(workspace), QUOTE_SEARCHES)
        print(
            f"{where + 'baseline: Qt proxy over strings':<38} median "
            f"{statistics.median(base):8.1f} ms p95 {p95(base):8.1f} ms (quote list / baseline, "
            f"median: {statistics.median(quote_keys) / statistics.median(base):.2f}; load "
            f"{os.getloadavg()[0]:.1f})"
        )
        if everything:
            # synchronous here, in workers in the app (where the GUI thread's collector keeps
            # collecting meanwhile): timed with Python's own collection, as before it
            from nspdesk.ui import gui_collector

            collector = gui_collector.installed()
            if collector is not None:
                collector.stop()
            try:
                services(app, workspace)
            finally:
                if collector is not None:
                    collector.start()
    finally:
        store.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, default=Path("/tmp/nspdesk-big.sqlite3"))
    parser.add_argument("--partners", type=int, default=10_000)
    parser.add_argument("--quotes", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=3, help="starts of each side (alternating)")
    parser.add_argument("--skip-memory", action="store_true", help="no start and memory children")
    parser.add_argument("--postgresql", metavar="URL", help="also the lists' keystrokes there")
    parser.add_argument("--rounds", type=int, default=1, help="how often the searches are typed")
    parser.add_argument(
        "--pace",
        type=int,
        default=0,
        help="ms between keystrokes (0: when each one's work is done)",
    )
    parser.add_argument(
        "--postgresql-only", action="store_true", help="only the lists on --postgresql's database"
    )
    parser.add_argument(
        "--slowest", type=int, default=0, help="name the N slowest keystrokes with their texts"
    )
    args = parser.parse_args()
    ROUNDS[0] = args.rounds
    PACE_MS[0] = args.pace
    SLOWEST[0] = args.slowest
    if not args.db.exists() and not (args.postgresql_only and args.postgresql):
        from bigdb import generate

        started = time.perf_counter()
        generate(args.db, args.partners, args.quotes)
        print(f"generated {args.db} in {time.perf_counter() - started:.1f} s")
    print(f"database {args.db}:")
    # first, while this process holds nothing of the database
    if not args.skip_memory and not args.postgresql_only:
        start_and_memory(args.db, args.runs)

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from nspdesk.store.location import from_url, sqlite_location
    from nspdesk.ui.application import make_application

    # as the app makes it (garbage collected on the GUI thread)
    app = make_application(sys.argv[:1])
    if not (args.postgresql_only and args.postgresql):
        on_database(app, sqlite_location(args.db), "", everything=True)
    if args.postgresql:
        on_database(app, from_url(args.postgresql), "PostgreSQL: ", everything=False)


if __name__ == "__main__":
    main()
