"""Cold start: process start to the main window shown, nspdesk on a demo database against a bare
PySide6 ``QMainWindow`` script, measured in the same run.

    .venv/bin/python bench/cold_start.py [--runs 7] [--db FILE]

``--db FILE`` starts on that database instead of a fresh demo one (e.g. ``bench/bigdb.py``'s 100 000
quotes: "store open, its view's rows shown" is then the first view usable with its rows; issue 20's
target for it is 3 x a bare window, measured with a 50-row table by ``big_data.py``).

Each side is a new Python process (offscreen, settings and data in a temporary folder). The parent
notes the wall clock before starting it; the child prints the wall clock once its window is shown
and the events of showing it are processed, then exits. nspdesk runs its real start
(``nspdesk --db DEMO``: argument parsing, rules, store with lock and migrations check, settings,
translations, main window); only ``QApplication.exec`` is replaced by "process the pending events,
print the time, return". Target: nspdesk <= 1.3 x the bare window.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time
from pathlib import Path

if __package__ in {None, ""}:
    sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import PYTHON, alternate, isolated_env, report, run_child, temp_folder

TARGET = 1.3

BARE = """
import sys, time
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
window = QMainWindow()
window.resize(1100, 720)
window.setWindowTitle("bare")
window.show()
app.processEvents()
print(time.time_ns())
"""

# Two moments of nspdesk's start: the window's frame painted (navigation, menus, "Datenbank wird
# geöffnet …"), and the store open with the last-used view built and showing its rows (the other
# views are built when they are first shown).
APP = """
import sys, time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from nspdesk.ui import main_window

marks = {}
original_show = main_window.MainWindow.show

def show(self):
    original_show(self)
    QApplication.processEvents()
    marks.setdefault("frame", time.time_ns())

def has_rows(widget):
    from PySide6.QtWidgets import QAbstractItemView
    return any(
        view.isVisible() and view.model() is not None and view.model().rowCount() > 0
        for view in widget.findChildren(QAbstractItemView)
    )

def run(self):
    self.processEvents()
    window = next(w for w in self.topLevelWidgets() if isinstance(w, main_window.MainWindow))
    ends = time.monotonic() + 120
    while not has_rows(window.current_view()) and time.monotonic() < ends:
        self.processEvents()
        time.sleep(0.001)
    self.processEvents()
    marks["view"] = time.time_ns()
    print(marks["frame"], marks["view"], flush=True)
    return 0

main_window.MainWindow.show = show
QApplication.exec = run
from nspdesk.cli import main
sys.exit(main(["--db", sys.argv[1]]))
"""


def measure(command: list[str], env: dict[str, str], which: int = 0) -> float:
    started = time.time_ns()
    out = run_child(command, env)
    shown = int(out.split()[which])
    return (shown - started) / 1e9


def measure_all(command: list[str], env: dict[str, str], into: dict[str, list[float]]) -> float:
    """Run nspdesk once; keep its two moments, return the first (the measured target)."""
    started = time.time_ns()
    marks = [int(value) for value in run_child(command, env).split()[:2]]
    for name, mark in zip(("frame", "view"), marks, strict=True):
        into.setdefault(name, []).append((mark - started) / 1e9)
    return into["frame"][-1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument(
        "--compile-every-start",
        action="store_true",
        help="no bytecode cache: nspdesk compiles its modules from source at every start",
    )
    parser.add_argument("--db", type=Path, help="start on this database (default: a new demo)")
    args = parser.parse_args()
    with temp_folder("start") as temp:
        folder = Path(temp)
        env = isolated_env(folder)
        env.pop("PYTHONPYCACHEPREFIX", None)
        if args.compile_every_start:
            env["PYTHONDONTWRITEBYTECODE"] = "1"
        else:
            env.pop("PYTHONDONTWRITEBYTECODE", None)
            env["PYTHONPYCACHEPREFIX"] = str(folder / "bytecode")
        database = args.db or folder / "demo.sqlite3"
        if args.db is None:
            subprocess.run(
                [PYTHON, "-m", "nspdesk", "demo", "--db", str(database)],
                env=env,
                check=True,
                capture_output=True,
            )
        moments: dict[str, list[float]] = {}
        times = alternate(
            {
                "nspdesk": lambda: measure_all([PYTHON, "-c", APP, str(database)], env, moments),
                "bare": lambda: measure([PYTHON, "-c", BARE], env),
            },
            args.runs,
        )
    cache = "no bytecode cache" if args.compile_every_start else "bytecode cached"
    print(f"cold start to the main window shown, median of {args.runs} runs each ({cache}):")
    where = "demo database" if args.db is None else args.db.name
    report(f"main window shown ({where})", times["nspdesk"], times["bare"], TARGET)
    # The issue's target is the window shown; this says when the user can work (issue 20's target
    # for it, 3 x a bare window with a table, is measured by big_data.py on the big database).
    report("... store open, its view's rows shown", moments["view"], times["bare"], None)


if __name__ == "__main__":
    main()
