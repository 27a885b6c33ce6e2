"""Work in a background thread while the GUI thread's event loop runs: the store's and the views'
imports at start (issue 20; ``ui.kept_rows`` shows the last session's rows meanwhile).

Qt releases the GIL while it waits for events, so a thread's imports go on while the user looks at
the window; the GIL's switch interval is shortened meanwhile, so the GUI thread's calls into Python
(an event filter, a model's data) wait at most half a millisecond for it.
"""

from __future__ import annotations

import importlib
import logging
import sys
import threading
from collections.abc import Callable, Sequence
from typing import Any, TypeVar

from PySide6.QtCore import QEventLoop, QObject, Qt, Signal
from PySide6.QtGui import QGuiApplication

T = TypeVar("T")
QUICK_SWITCH = 0.0005  # seconds: the GIL's switch interval while a thread imports (Python's: 5 ms)
# The other views' modules are imported this long after the first view is attached: its live rows
# are painted first (each cell asks Python for its data, which would wait for the GIL).
PRELOAD_AFTER_MS = 250
log = logging.getLogger(__name__)


def import_all(modules: Sequence[str]) -> None:
    for name in modules:
        importlib.import_module(name)


class _Finished(QObject):
    """Tells the GUI thread's event loop that the background work is done (a queued signal)."""

    done = Signal()


def in_background(work: Callable[[], T]) -> T:
    """``work()`` run in a thread while the GUI thread's event loop runs (the window repaints,
    scrolls, takes typing); its result, or its exception raised here. Qt releases the GIL while it
    waits for events, so the thread's imports go on while the user looks at the window."""
    result: dict[str, Any] = {}
    finished = _Finished()
    loop = QEventLoop()
    finished.done.connect(loop.quit, Qt.ConnectionType.QueuedConnection)

    def run() -> None:
        try:
            result["value"] = work()
        except BaseException as error:  # handed to the GUI thread as it is
            result["error"] = error
        finally:
            finished.done.emit()

    thread = threading.Thread(target=run, name="nspdesk-start", daemon=True)
    switch = sys.getswitchinterval()
    sys.setswitchinterval(QUICK_SWITCH)
    try:
        thread.start()
        loop.exec()  # until the queued "done" arrives
        thread.join()
    finally:
        sys.setswitchinterval(switch)
    if "error" in result:
        raise result["error"]
    return result["value"]  # type: ignore[no-any-return]


class Preloader:
    """The other views' modules imported in a background thread once the first view is shown, so
    that opening one the first time does not import them on the GUI thread. Whoever is about to
    import one of them on the GUI thread ``wait``s first (two threads importing the same circle of
    modules at once could see one half-initialised)."""

    def __init__(self) -> None:
        self._thread: threading.Thread | None = None

    def start(self, modules: Sequence[str]) -> None:
        def run() -> None:
            switch = sys.getswitchinterval()
            sys.setswitchinterval(QUICK_SWITCH)
            try:
                import_all(modules)
            except Exception:  # the GUI thread imports it again, reports it
                log.warning("preloading the views", exc_info=True)
            finally:
                sys.setswitchinterval(switch)

        self._thread = threading.Thread(target=run, name="nspdesk-views", daemon=True)
        self._thread.start()

    def wait(self) -> None:
        thread = self._thread
        if thread is None or not thread.is_alive():
            return
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            thread.join()
        finally:
            QGuiApplication.restoreOverrideCursor()
