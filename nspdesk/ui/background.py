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
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any, TypeVar

from PySide6.QtCore import QEventLoop, QObject, Qt, Signal
from PySide6.QtGui import QGuiApplication

from nspdesk.ui.gui_collector import collect_all_soon

T = TypeVar("T")
QUICK_SWITCH = 0.0005  # seconds: the GIL's switch interval while a thread imports (Python's: 5 ms)
# The other views' modules are imported this long after the first view is attached: its live rows
# are painted first (each cell asks Python for its data, which would wait for the GIL).
PRELOAD_AFTER_MS = 250
log = logging.getLogger(__name__)


def import_all(modules: Sequence[str]) -> None:
    for name in modules:
        importlib.import_module(name)


_switching = threading.Lock()
_quick = [0, 0.005]  # threads that want the quick switch now, the interval to go back to


@contextmanager
def quick_switch() -> Iterator[None]:
    """The GIL's switch interval at ``QUICK_SWITCH`` while a background thread imports or reads
    (a module's body holds the GIL for Python's 5 ms at a time otherwise: the GUI thread's paint
    waits); counted, so that two such threads at once give the interval back once both are done."""
    with _switching:
        if not _quick[0]:
            _quick[1] = sys.getswitchinterval()
            sys.setswitchinterval(QUICK_SWITCH)
        _quick[0] += 1
    try:
        yield
    finally:
        with _switching:
            _quick[0] -= 1
            if not _quick[0]:
                sys.setswitchinterval(_quick[1])


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
    with quick_switch():
        thread.start()
        loop.exec()  # until the queued "done" arrives
        thread.join()
    if "error" in result:
        raise result["error"]
    return result["value"]  # type: ignore[no-any-return]


def warm_formats() -> None:
    """babel's locale data (its pickles: 100 ms, 3.5 MB) read by the first number a list formats —
    the partner list's first opening paused that long for it (issue 20). Read here instead; the
    memory is the same once the partner list is shown (``bench/big_data.py`` measures it so)."""
    from decimal import Decimal

    from nspdesk.ui import formats

    formats.number(Decimal("1234.5"))
    formats.percent(Decimal("12.5"))


def collect_start_garbage() -> None:
    """The first full garbage collection looks at every object the start made (SQLAlchemy's
    mappers, the views' widgets' wrappers): 75–190 ms under load. Without this it would come in a
    later view's first opening or in a scroll; asked for here, it comes at the GUI thread's next
    turn while the user looks at the first list (never in this thread: ``ui.gui_collector``)."""
    collect_all_soon()


# Run by the preloader after its imports: what a view's first opening would pay on the GUI thread.
WARMERS: tuple[Callable[[], None], ...] = (warm_formats, collect_start_garbage)


class Preloader:
    """The other views' modules imported in a background thread once the first view is shown, so
    that opening one the first time does not import them on the GUI thread (then ``WARMERS``).
    Whoever is about to import one of them on the GUI thread ``wait``s first (two threads importing
    the same circle of modules at once could see one half-initialised)."""

    def __init__(self) -> None:
        self._thread: threading.Thread | None = None

    def start(self, modules: Sequence[str]) -> None:
        def run() -> None:
            try:
                with quick_switch():
                    import_all(modules)
                    for warm in WARMERS:
                        warm()
            except Exception:  # the GUI thread imports it again, reports it
                log.warning("preloading the views", exc_info=True)

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
