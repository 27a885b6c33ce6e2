"""The due list from stored due facts (issue 20) on a big database: what each step costs.

    .venv/bin/python bench/due_list.py --db /tmp/big.sqlite3 [--runs 7]
    .venv/bin/python bench/due_list.py --db /tmp/small.sqlite3 --partners 30 --quotes 120

A database that does not exist is made first (``bench/bigdb.py``'s ``generate``; the big one takes
minutes, so copy a made one). Measured with the services the app calls, in this process:

- the list decided afresh (``store.due.due_selection``, what the list did before): the baseline;
- the first open after the migration (every partner stale): all facts computed and the day's
  order stored (the app does it in a worker task) and the longest chunk of it (one
  transaction), then the first window;
- the list opened again (nothing stale), a window in the middle, keystrokes in the search, the
  thresholds changed and the next day (the day's order stored: one UPDATE), after one partner
  changed (one stale partner computed with the read).

Every step the GUI thread takes is a ``due_page``/``due_window`` call; the target is none over
50 ms. The stored list's first window is checked against the fresh one.
"""

from __future__ import annotations

import argparse
import sys
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from _common import show, timed  # noqa: E402
from sqlalchemy import text  # noqa: E402

from nspdesk.domain.due import DueThresholds  # noqa: E402
from nspdesk.services.due import (  # noqa: E402
    DueQuery,
    due_page,
    due_stale,
    due_window,
    refresh_due,
)
from nspdesk.services.workspace import Workspace, open_workspace  # noqa: E402

BLOCK = 120  # the view's DUE_BLOCK


def make(path: Path, partners: int, quotes: int) -> None:
    from bench.bigdb import generate

    generate(path, partners, quotes)


def measure(workspace: Workspace, runs: int) -> None:
    from nspdesk.store.due import due_selection

    today = date.today()
    limits = DueThresholds()
    query = DueQuery()
    with workspace.database.write() as session:  # as right after the migration: all stale
        session.execute(text("DELETE FROM due_partners"))
        session.execute(text("DELETE FROM due_arranged"))  # and no day's order stored
    stale = due_stale(workspace, today)
    print(f"partners with stale due facts: {stale}")

    def fresh() -> object:
        with workspace.database.read() as session:
            return due_selection(session, workspace.library, today, limits, query)

    times, selected = timed(fresh, max(1, runs // 3))
    show("baseline: the list decided afresh (before)", times)

    chunks: list[float] = []
    last = [time.perf_counter()]

    def progress(_done: int, _total: int) -> None:
        now = time.perf_counter()
        chunks.append(now - last[0])
        last[0] = now

    started = time.perf_counter()
    refresh_due(workspace, today, progress, thresholds=limits)  # as the app's worker task
    print(
        f"{'first open: every partner computed (worker)':<46} {time.perf_counter() - started:8.2f} s"
    )
    show("… one chunk of it (one transaction)", chunks)
    times, page = timed(lambda: due_page(workspace, today, limits, query, 0, BLOCK), 1)
    show("first open: then the first window", times)
    times, page = timed(lambda: due_page(workspace, today, limits, query, 0, BLOCK), runs)
    show("open again (nothing stale): first window", times)
    assert isinstance(page, type(due_page(workspace, today, limits, query, 0, 1)))
    assert list(page.rows) == selected.items[:BLOCK], "stored and fresh differ"  # type: ignore[attr-defined]
    print(f"items: {page.count} (fresh: {len(selected.items)})")  # type: ignore[attr-defined]
    middle = page.count // 2
    times, _ = timed(lambda: due_window(workspace, today, limits, query, middle, BLOCK), runs)
    show(f"a window in the middle ({middle}…)", times)
    for sort in ("partner", "text", "due"):
        ordered = DueQuery(sort=sort, descending=True)
        times, _ = timed(
            lambda q=ordered: due_window(workspace, today, limits, q, middle, BLOCK), runs
        )  # type: ignore[misc]
        show(f"… sorted by {sort}, descending", times)
    after_changes(workspace, today, limits, query, runs)


def after_changes(
    workspace: Workspace, today: date, limits: DueThresholds, query: DueQuery, runs: int
) -> None:
    """Keystrokes, other thresholds, one partner changed: each a first window."""
    typed = "Systemhaus"
    keystrokes = []
    for _ in range(max(1, runs // 2)):
        for end in range(1, len(typed) + 1):
            search = DueQuery(search=typed[:end])
            started = time.perf_counter()
            due_page(workspace, today, limits, search, 0, BLOCK)
            keystrokes.append(time.perf_counter() - started)
    show(f"a keystroke in the search ({typed!r})", keystrokes)
    other = DueThresholds(certification_days=365, quote_days=30, onboarding_stalled_days=7)
    times, _ = timed(lambda: due_page(workspace, today, other, query, 0, BLOCK), 1)
    show("thresholds changed: the day's order stored", times)
    times, _ = timed(lambda: due_page(workspace, today, other, query, 0, BLOCK), runs)
    show("… then a first window", times)
    tomorrow = date.fromordinal(today.toordinal() + 1)
    times, _ = timed(lambda: due_page(workspace, tomorrow, limits, query, 0, BLOCK), 1)
    show("the next day: the day's order stored", times)
    times, _ = timed(lambda: due_page(workspace, today, limits, query, 0, BLOCK), 1)
    show("back to today's thresholds and day", times)
    changed = []
    for run in range(runs):
        with workspace.database.write() as session:
            session.execute(
                text("UPDATE partners SET notes = :n WHERE id = (SELECT MIN(id) FROM partners)"),
                {"n": f"bench {run}"},
            )
        started = time.perf_counter()
        due_page(workspace, today, limits, query, 0, BLOCK)
        changed.append(time.perf_counter() - started)
    show("one partner changed: first window", changed)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, required=True)
    parser.add_argument("--partners", type=int, default=10_000)
    parser.add_argument("--quotes", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    if not args.db.exists():
        make(args.db, args.partners, args.quotes)
    workspace = open_workspace(str(args.db))
    try:
        measure(workspace, args.runs)
    finally:
        workspace.close()


if __name__ == "__main__":
    main()
