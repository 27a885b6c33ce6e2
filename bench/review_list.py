"""The annual review's list from the database (issue 20) on a big database: what each step costs.

    .venv/bin/python bench/review_list.py --db /tmp/big-copy.sqlite3 [--runs 7]
    .venv/bin/python bench/review_list.py --db /tmp/small.sqlite3 --partners 30 --quotes 120

A database that does not exist is made first (``bench/bigdb.py``'s ``generate``; the big one takes
minutes, so copy a made one — the script writes a review into it). The newest review of the year is
used; without one (or with ``--new-run``) one is run first (the app runs it in a worker task).
Measured in this process:

- the baseline (before): every partner of the review evaluated again to word its sentences, what
  opening the view did (``annual_review.latest`` → ``reviews.worded_lines``, replaced);
- the services the view calls on the GUI thread: its head and first window, a window in the
  middle, each column's order, a partner's position, keystrokes in the search;
- the view itself (offscreen): opened (built, the newest review and its first window shown), a
  keystroke typed into its search, scrolled to the middle. Target: no GUI step over 50 ms.
"""

from __future__ import annotations

import argparse
import sys
import time
from datetime import date
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from _common import show, timed  # noqa: E402

from nspdesk.services import annual_review  # noqa: E402
from nspdesk.services.annual_review import ReviewQuery  # noqa: E402
from nspdesk.services.workspace import Workspace, open_workspace  # noqa: E402

BLOCK = 60  # WindowModel.BLOCK
STEP_MS = 50


def make(path: Path, partners: int, quotes: int) -> None:
    from bench.bigdb import generate

    generate(path, partners, quotes)


def the_review(workspace: Workspace, year: int, new: bool) -> annual_review.ReviewHead:
    head = None if new else annual_review.latest_head(workspace, year)
    if head is None:
        started = time.perf_counter()
        head = annual_review.head_of(annual_review.run(workspace, year, date.today()))
        print(
            f"{'review run (a worker task in the app)':<46} {time.perf_counter() - started:8.2f} s"
        )
    print(f"review {head.review_id}: {head.count} partners, year {head.year}")
    return head


def baseline(workspace: Workspace, head: annual_review.ReviewHead, runs: int) -> None:
    """What opening the view cost before: the review's partners evaluated again."""
    from nspdesk.store import reviews

    def reword() -> object:
        with workspace.database.read() as session:
            review = reviews.get_review(session, head.review_id)
            ids = [item.partner_id for item in review.items]
            return reviews.proposals(session, workspace.library, head.year, head.as_of, ids)

    times, _ = timed(reword, max(1, runs // 3))
    show("baseline: every partner evaluated (before)", times)


def services(workspace: Workspace, head: annual_review.ReviewHead, runs: int) -> str:
    review_id, query = head.review_id, ReviewQuery()

    def opened() -> object:
        annual_review.latest_head(workspace, head.year)
        return annual_review.review_page(workspace, review_id, query, 0, BLOCK)

    times, page = timed(opened, runs)
    show("open: the head and the first window", times)
    assert isinstance(page, annual_review.ReviewPage)
    assert page.count == head.count
    middle = page.count // 2
    times, rows = timed(
        lambda: annual_review.review_rows(workspace, review_id, query, middle, BLOCK), runs
    )
    show(f"a window in the middle ({middle}…)", times)
    for sort in ("recorded", "proposed", "movement", "decision"):
        ordered = ReviewQuery(sort=sort, descending=True)
        times, _ = timed(
            lambda q=ordered: annual_review.review_page(workspace, review_id, q, 0, BLOCK),  # type: ignore[misc]
            runs,
        )
        show(f"… sorted by {sort}, descending", times)
    partner = rows[0].proposal.partner_id if isinstance(rows, list) and rows else 0
    times, _ = timed(
        lambda: annual_review.review_position(workspace, review_id, query, partner), runs
    )
    show("a partner's position (the middle)", times)
    word = page.rows[0].proposal.company.split()[0] if page.rows else "Partner"
    keystrokes = []
    for _ in range(max(1, runs // 2)):
        for end in range(1, len(word) + 1):
            search = ReviewQuery(search=word[:end])
            started = time.perf_counter()
            annual_review.review_page(workspace, review_id, search, 0, BLOCK)
            keystrokes.append(time.perf_counter() - started)
    show(f"a keystroke in the search ({word!r})", keystrokes)
    return word


def view(workspace: Workspace, head: annual_review.ReviewHead, word: str, runs: int) -> None:
    """The view on the GUI thread, offscreen: each step until its events are processed."""
    import tempfile

    from PySide6.QtCore import QSettings

    from nspdesk.ui.application import make_application
    from nspdesk.ui.context import AppContext
    from nspdesk.ui.settings import Settings
    from nspdesk.ui.views.review import ReviewView

    app: Any = make_application(sys.argv[:1])  # as the app makes it
    steps: list[float] = []
    with tempfile.TemporaryDirectory(prefix="nspdesk-bench-review-") as folder:
        settings = Settings(QSettings(f"{folder}/settings.ini", QSettings.Format.IniFormat))
        context = AppContext(workspace=workspace, settings=settings)
        today = date(head.year + 1, 6, 30)

        def opened() -> Any:
            widget = ReviewView(context, clock=lambda: today)
            widget.resize(1366, 768)
            widget.show()
            app.processEvents()
            return widget

        times, widget = timed(opened, runs)
        show("view opened (built, shown)", times)
        steps += times
        assert widget.state is not None
        assert widget.model.rowCount() == head.count
        keystrokes = []
        for _ in range(max(1, runs // 2)):
            for end in [*range(1, len(word) + 1), 0]:
                started = time.perf_counter()
                widget.search.setText(word[:end])
                app.processEvents()
                keystrokes.append(time.perf_counter() - started)
        show(f"view: a keystroke typed ({word!r}, cleared)", keystrokes)
        steps += keystrokes
        scrolls = []
        bar = widget.table.verticalScrollBar()
        for run in range(runs):
            started = time.perf_counter()
            bar.setValue(bar.maximum() // 2 + run * 200)
            app.processEvents()
            scrolls.append(time.perf_counter() - started)
        show("view: scrolled to the middle", scrolls)
        steps += scrolls
        widget.close()
    worst = max(steps) * 1000
    verdict = "ok" if worst <= STEP_MS else "MISSED"
    print(f"{'longest GUI step':<46} {worst:8.1f} ms (target: none over {STEP_MS} ms) {verdict}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, required=True)
    parser.add_argument("--partners", type=int, default=10_000)
    parser.add_argument("--quotes", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--year", type=int, default=date.today().year - 1)
    parser.add_argument("--new-run", action="store_true", help="run a new review first")
    args = parser.parse_args()
    if not args.db.exists():
        make(args.db, args.partners, args.quotes)
    workspace = open_workspace(str(args.db))
    try:
        head = the_review(workspace, args.year, args.new_run)
        baseline(workspace, head, args.runs)
        word = services(workspace, head, args.runs)
        view(workspace, head, word, args.runs)
    finally:
        workspace.close()


if __name__ == "__main__":
    main()
