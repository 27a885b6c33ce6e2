"""Long work off the GUI thread, with progress and cancel.

A ``Task`` runs ``work(progress, cancel)`` in Qt's thread pool. ``progress(done, total, text)`` may be
called from the worker; the signals deliver it to the GUI thread. ``cancel()`` sets the event the work
checks. Results and errors come back as signals, never as exceptions in the worker thread; an
error's message comes in the UI's language (``operations.error_text``).

While a task runs, Python's switch interval is short (``background.quick_switch``): a worker's
Python (a list's read, a computation) otherwise holds the GIL for 5 ms at a time, and the GUI
thread's calls into Python — a paint asking a model for its data, a keystroke's slot — wait for it
each time; two workers at the start (the first rows, the day's expiry check) held a window that
showed the kept rows for 60–85 ms at a time (20–26 ms with the short interval).
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from nspdesk.ui.background import quick_switch
from nspdesk.ui.operations import error_text

Progress = Callable[[int, int, str], None]
Work = Callable[[Progress, threading.Event], object]


class Task(QObject):
    progressed = Signal(int, int, str)
    succeeded = Signal(object)
    failed = Signal(str)
    finished = Signal()

    def __init__(self, work: Work) -> None:
        super().__init__()
        self._work = work
        self._cancel = threading.Event()

    def start(self, pool: QThreadPool | None = None) -> None:
        (pool or QThreadPool.globalInstance()).start(_Runner(self))

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def _run(self) -> None:
        try:
            with quick_switch():  # see the module's docstring
                result = self._work(self.progressed.emit, self._cancel)
        except Exception as error:
            self.failed.emit(error_text(error) or type(error).__name__)
        else:
            self.succeeded.emit(result)
        finally:
            self.finished.emit()


class _Runner(QRunnable):
    def __init__(self, task: Task) -> None:
        super().__init__()
        self._task = task

    def run(self) -> None:
        self._task._run()


def start_held(
    held: set[Task],
    work: Callable[[], object],
    succeeded: Callable[[object], None],
    failed: Callable[[str], None],
) -> Task:
    """``work()`` in a worker thread, its result or its failure's message handed to the GUI
    thread; the task kept in ``held`` until it ends (one nobody holds may be collected before its
    signals arrive)."""
    task = Task(lambda _progress, _cancel: work())
    task.succeeded.connect(succeeded)
    task.failed.connect(failed)
    task.finished.connect(lambda: held.discard(task))
    held.add(task)
    task.start()
    return task
