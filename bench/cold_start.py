"""Cold start: process start to the main window shown, nspdesk on a demo database against a bare
PySide6 ``QMainWindow`` script, measured in the same run.

    .venv/bin/python bench/cold_start.py [--runs 7]

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

APP = """
import sys, time
from PySide6.QtWidgets import QApplication

def shown(self):
    self.processEvents()
    print(time.time_ns(), flush=True)
    return 0

QApplication.exec = shown
from nspdesk.cli import main
sys.exit(main(["--db", sys.argv[1]]))
"""


def measure(command: list[str], env: dict[str, str]) -> float:
    started = time.time_ns()
    out = run_child(command, env)
    shown = int(out.split()[0])
    return (shown - started) / 1e9


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    with temp_folder("start") as temp:
        folder = Path(temp)
        env = isolated_env(folder)
        database = folder / "demo.sqlite3"
        subprocess.run(
            [PYTHON, "-m", "nspdesk", "demo", "--db", str(database)],
            env=env,
            check=True,
            capture_output=True,
        )
        times = alternate(
            {
                "nspdesk": lambda: measure([PYTHON, "-c", APP, str(database)], env),
                "bare": lambda: measure([PYTHON, "-c", BARE], env),
            },
            args.runs,
        )
    print(f"cold start to the main window shown, median of {args.runs} runs each:")
    report("start (demo database)", times["nspdesk"], times["bare"], TARGET)


if __name__ == "__main__":
    main()
