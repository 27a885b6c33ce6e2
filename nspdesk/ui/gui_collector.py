"""Python's cyclic garbage collected on the GUI thread only.

Python collects cyclic garbage in whichever thread happens to allocate when a generation is due:
in the app that is as often a worker reading a list's window. A Qt object that is part of a
cycle (a closed dialog and the lambda connected to it, a view and its model) is then destroyed in
that worker while the GUI thread paints or delivers events: Qt says "Timers cannot be stopped
from another thread" and may crash (CI's run of the GUI tests ended in a segmentation fault
inside such a collection, in the due list's worker). Qt objects must die in their own thread.

So, as Qt applications in Python commonly do (pyqtgraph's and OpenCue's ``GarbageCollector``),
automatic collection is switched off while the app runs and a timer on the GUI thread collects
what Python would have collected: the youngest generation when more objects than its threshold
were made since, an older one when its turn has come by Python's own thresholds, and the oldest
only when a quarter as many objects as it held after its last full collection have joined it
(CPython's rule against quadratic full collections, which it keeps in counters Python cannot
read: here the survivors are counted). Nothing is frozen; no object is kept alive longer than
until the next tick.
"""

from __future__ import annotations

import gc
import logging

from PySide6.QtCore import QObject, QTimer, Signal, Slot

INTERVAL_MS = 500  # how often the GUI thread looks at the counts (cheap: three integers)
log = logging.getLogger(__name__)
_process: list[GuiThreadCollector] = []  # the one collector of the process, once installed


class GuiThreadCollector(QObject):
    """``start`` switches automatic collection off and the timer on; ``stop`` collects what is
    due and gives collection back to Python."""

    full_wanted = (
        Signal()
    )  # emitted from any thread: a full collection at the GUI thread's next turn

    def __init__(self, parent: QObject | None = None, interval_ms: int = INTERVAL_MS) -> None:
        super().__init__(parent)
        self._thresholds = gc.get_threshold()
        self._was_enabled = gc.isenabled()
        self._long_lived = len(gc.get_objects(generation=2))  # after the last full collection
        self._pending = 0  # objects that joined the oldest generation since
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.collect_due)
        self.full_wanted.connect(self.collect_all)  # queued when emitted from another thread

    @property
    def running(self) -> bool:
        return self._timer.isActive()

    def start(self) -> None:
        self._was_enabled = gc.isenabled()
        gc.disable()
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()
        self.collect_due()
        if self._was_enabled:
            gc.enable()

    @Slot()
    def collect_due(self) -> int | None:
        """The generation Python would collect now, if any (its number is returned)."""
        young, middle, old = gc.get_count()
        first, second, third = self._thresholds
        if first == 0 or young <= first:
            return None
        if old > third and self._pending > self._long_lived // 4:
            self.collect_all()
            return 2
        if middle > second:
            before = len(gc.get_objects(generation=0)) + len(gc.get_objects(generation=1))
            unreachable = gc.collect(1)
            self._pending += max(before - unreachable, 0)  # the survivors moved to the oldest
            return 1
        gc.collect(0)
        return 0

    @Slot()
    def collect_all(self) -> None:
        gc.collect()
        self._long_lived = len(gc.get_objects(generation=2))
        self._pending = 0


def install(parent: QObject) -> GuiThreadCollector:
    """The process's collector, started (one per process: a second call returns the first)."""
    if not _process:
        _process.append(GuiThreadCollector(parent))
    collector = _process[0]
    if not collector.running:
        collector.start()
    return collector


def installed() -> GuiThreadCollector | None:
    return _process[0] if _process else None


def collect_all_soon() -> None:
    """A full collection at the GUI thread's next turn (from any thread); with no collector
    installed (the command line) Python's own collection decides."""
    collector = installed()
    if collector is not None and collector.running:
        collector.full_wanted.emit()
