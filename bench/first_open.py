"""Each workspace view's first opening on a big database: the longest pause of the GUI thread.

    .venv/bin/python bench/first_open.py --db COPY [--runs 3] [--profile VIEW] [--grab DIR]
                                         [--partners 10000 --quotes 100000]

``--db`` a copy of a big database (the app writes it: its day's expiry, its due facts); a file
that does not exist is generated with ``bench/bigdb.py`` at ``--partners``/``--quotes``.

Issue 20's target: no GUI-thread pause over 50 ms while a list opens. A *first* opening pays what
a later one does not (the view's widgets built, its first reads, SQLAlchemy's compiled statements
and mapper set-up on first use), so every run is a **new process** (``--child``): the app's main
window on the database (settings in a temporary folder), attached as the app does it (the quote
list's modules imported first, as the start thread does; the quote list built and shown first),
the other views' modules preloaded in the background thread as the app does 250 ms after its start
(``ui.background.Preloader``, then its warmers; waited for here, so the figure is the opening, not
the import), then each other view shown once through the window (``show_view``, in the order of
the side bar), each until its work is done: its rows shown (a view with a list; a list still empty
after a second without work is taken as empty), Qt's thread pool idle and no event over 5 ms for
a quarter of a second. A 1 ms ``QTimer`` heartbeat on the GUI thread: the longest gap between two
beats is the longest time a click or a repaint waited. Baseline (the same process, the same minutes): a
bare ``QWidget`` with a 50-row ``QTableWidget`` built and shown under the same heartbeat.

``--profile VIEW``: one child, a cProfile of that view's ``show_view`` and the turns after it
(``quotes``: of the attach; the 25 most expensive calls by cumulative time, or as the environment's
``BENCH_SORT`` and ``BENCH_LINES`` say). ``--grab DIR``: PNGs of each view at
1366x768 and 1024x640 right after ``show_view`` returned (before later turns) and when done.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path
from typing import Any

if __package__ in {None, ""}:
    sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import PYTHON, ROOT, isolated_env, run_child, temp_folder

sys.path.insert(0, str(ROOT))

PAUSE_MS = 50
EMPTY_CALM = 1.0  # seconds without work after which a list without rows is taken as empty
ORDER = ("quotes", "partners", "due", "onboarding", "review", "program", "catalog", "settings")
SIZES = ((1366, 768), (1024, 640))


def _until_done(app: Any, view: Any, seconds: float = 15, quiet: float = 0.25) -> None:
    """Process events until the view shows rows (when it has a list), Qt's thread pool is idle and
    no event took longer than 5 ms for ``quiet`` seconds (a single-shot timer's work, a worker's
    result; ``findChildren(QTimer)`` is avoided: PySide6 6.12 crashed in it on some views)."""
    from big_data import has_rows
    from PySide6.QtCore import QThreadPool
    from PySide6.QtWidgets import QAbstractItemView

    pool = QThreadPool.globalInstance()
    ends = time.monotonic() + seconds
    lists = [t for t in view.findChildren(QAbstractItemView) if t.isVisible()]
    calm_since = time.monotonic()
    while time.monotonic() < ends:
        started = time.monotonic()
        app.processEvents()
        now = time.monotonic()
        if now - started > 0.005 or pool.activeThreadCount():
            calm_since = now
        calm = now - calm_since
        if calm >= quiet and (not lists or has_rows(view) or calm >= EMPTY_CALM):
            break  # done (a list without rows: an empty one, when nothing happens for a second)
        time.sleep(0.001)


def _grab(window: Any, folder: Path, name: str) -> None:
    from PySide6.QtWidgets import QApplication

    for width, height in SIZES:
        window.resize(width, height)
        QApplication.processEvents()
        window.grab().save(str(folder / f"{name}-{width}x{height}.png"))
    window.resize(1280, 800)


def _bare(app: Any, beat: Any) -> None:
    """The baseline: a bare 50-row table built and shown under the heartbeat."""
    from PySide6.QtWidgets import QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget

    with beat.watching() as gaps:
        started = time.perf_counter()
        bare = QWidget()
        table = QTableWidget(50, 6, bare)
        for row in range(50):
            for column in range(6):
                table.setItem(row, column, QTableWidgetItem(f"{row}:{column}"))
        QVBoxLayout(bare).addWidget(table)
        bare.resize(1280, 800)
        bare.show()
        app.processEvents()
        ms = (time.perf_counter() - started) * 1000
    bare.close()
    print(f"bare table shown {ms:8.1f} ms, longest pause {max(gaps):8.1f} ms")


def _attached(app: Any, beat: Any, workspace: Any, folder: Path) -> Any:
    """The window attached as the app does it (the quote list first), its other views' modules
    preloaded in the background and waited for."""
    from big_data import until_rows
    from PySide6.QtCore import QSettings

    from nspdesk.ui.background import Preloader, import_all
    from nspdesk.ui.context import AppContext
    from nspdesk.ui.main_window import VIEWS, MainWindow
    from nspdesk.ui.settings import Settings

    import_all([VIEWS[0].module])  # as the app's start thread does before it attaches
    settings = Settings(QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat))
    window = MainWindow(settings=settings)
    window.resize(1280, 800)
    window.show()
    app.processEvents()
    with beat.watching() as gaps:
        started = time.perf_counter()
        window.attach(AppContext(workspace=workspace, settings=settings), lazy=True)
        first = window.current_view()
        until_rows(app, first)
        _until_done(app, first)
        ms = (time.perf_counter() - started) * 1000
    print(f"quotes (attach) done {ms:8.1f} ms, longest pause {max(gaps):8.1f} ms")
    preloader = window.preloader = Preloader()
    preloader.start([spec.module for spec in VIEWS if spec.view_id != "quotes"])
    preloader.wait()
    app.processEvents()
    return window


def _open(app: Any, beat: Any, window: Any, view_id: str, grab: Path | None) -> None:
    """One view's first opening, watched (and grabbed)."""
    with beat.watching() as gaps:
        started = time.perf_counter()
        view = window.show_view(view_id)
        returned = (time.perf_counter() - started) * 1000
        if grab is not None:
            beat.timer.stop()
            _grab(window, grab, f"{view_id}-during")
            beat.timer.start()
        _until_done(app, view)
        ms = (time.perf_counter() - started) * 1000
    if grab is not None:
        _grab(window, grab, f"{view_id}-done")
    top = sorted(gaps, reverse=True)[:3]
    print(
        f"{view_id} done {ms:8.1f} ms (show_view returned {returned:7.1f} ms), "
        f"longest pause {max(gaps):8.1f} ms; next {', '.join(f'{g:.1f}' for g in top[1:])}"
    )


def child(database: Path, profile: str, grab: Path | None) -> None:
    sys.stdout.reconfigure(line_buffering=True)  # type: ignore[union-attr]
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from big_data import Heartbeat

    from nspdesk.ui.application import make_application

    # as the app makes it (garbage collected on the GUI thread)
    app = make_application(sys.argv[:1])
    beat = Heartbeat()
    _bare(app, beat)

    from nspdesk.domain.editions import default_library
    from nspdesk.services.workspace import Workspace
    from nspdesk.store.location import sqlite_location
    from nspdesk.store.opening import open_store

    store = open_store(sqlite_location(database), keep_backups=0)
    workspace = Workspace(store, default_library())
    with temp_folder("first-open") as temp:
        if profile == "quotes":  # the first view, opened by attaching the window
            import cProfile
            import pstats

            with cProfile.Profile() as profiler:
                window = _attached(app, beat, workspace, Path(temp))
            stats = pstats.Stats(profiler).sort_stats(os.environ.get("BENCH_SORT", "cumulative"))
            stats.print_stats(int(os.environ.get("BENCH_LINES", "25")))
        else:
            window = _attached(app, beat, workspace, Path(temp))
        for view_id in ORDER[1:]:
            if view_id != profile:
                _open(app, beat, window, view_id, grab)
                continue
            import cProfile
            import pstats

            with cProfile.Profile() as profiler:
                _open(app, beat, window, view_id, grab)
            stats = pstats.Stats(profiler).sort_stats(os.environ.get("BENCH_SORT", "cumulative"))
            stats.print_stats(int(os.environ.get("BENCH_LINES", "25")))
        window.hide()
        window.deleteLater()
        app.processEvents()
    store.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, required=True, help="a copy: the app may write it")
    parser.add_argument("--partners", type=int, default=10_000, help="generated when no --db")
    parser.add_argument("--quotes", type=int, default=100_000, help="generated when no --db")
    parser.add_argument("--runs", type=int, default=3, help="new processes, one after another")
    parser.add_argument("--profile", default="", help="a view id: its opening profiled")
    parser.add_argument("--grab", type=Path, help="a folder for the views' pictures")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.db, args.profile, args.grab)
        return
    if not args.db.exists():
        from bigdb import generate

        generate(args.db, args.partners, args.quotes)
    pauses: dict[str, list[float]] = {}
    bare: list[float] = []
    runs = 1 if args.profile or args.grab else args.runs
    with temp_folder("first-open-env") as temp:
        env = isolated_env(Path(temp))
        for run in range(runs):
            command = [PYTHON, str(Path(__file__).resolve()), "--child", "--db", str(args.db)]
            if args.profile:
                command += ["--profile", args.profile]
            if args.grab:
                args.grab.mkdir(parents=True, exist_ok=True)
                command += ["--grab", str(args.grab)]
            out = run_child(command, env)
            print(f"run {run + 1}:\n{out}", end="")
            for line in out.splitlines():
                if " longest pause " not in line:
                    continue
                name = line.split()[0]
                pause = float(line.split("longest pause")[1].split("ms")[0])
                (bare if name == "bare" else pauses.setdefault(name, [])).append(pause)
    print(f"\nlongest GUI pause at a first opening, median of {runs} (max), load {_load()}:")
    print(f"{'bare table (baseline)':<24} {statistics.median(bare):8.1f} ms ({max(bare):.1f})")
    for name, values in pauses.items():
        worst = statistics.median(values)
        verdict = "ok" if worst <= PAUSE_MS else "MISSED"
        print(
            f"{name:<24} {worst:8.1f} ms ({max(values):.1f}) (target: none over {PAUSE_MS} ms) "
            f"{verdict}"
        )


def _load() -> str:
    try:
        return Path("/proc/loadavg").read_text(encoding="ascii").split()[0]
    except OSError:
        return "?"


if __name__ == "__main__":
    main()
