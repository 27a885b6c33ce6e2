"""Python's cyclic garbage collected on the GUI thread only.

Python collects cyclic garbage in whichever thread happens to allocate when a generation is due:
in the app that is as often a worker reading a list's window. A Qt object that is part of a
cycle (a closed dialog and the lambda connected to it, a view and its model) is then destroyed in
that worker while the GUI thread paints or delivers events: Qt says "Timers cannot be stopped
from another thread" and may crash (CI's run of the GUI tests ended in a segmentation fault
inside such a collection, in the due list's worker). Qt objects must die in their own thread.

So, as Qt applications in Python commonly do (pyqtgraph's and OpenCue's ``GarbageCollector``),
automatic collection is switched off while the app runs and a timer on the GUI thread collects
what Python would have collected, in batches sized for a GUI thread: the youngest generation once
20 000 objects were made since (Python: 700 — a bigger batch lets short-lived objects die before
they are looked at, and one batch is a few milliseconds), the middle one after ten of those or once
it holds 40 000 objects, and the oldest by CPython's rule against quadratic full collections (a
quarter as many objects as it held after its last full collection have joined it, counted here as
they move up) at the first look that finds nothing made (a person paused), or at once at twice
that. The timer looks ten times a second, and every 15 ms while objects are being made, so that a
worker reading thousands of rows leaves collections of a few milliseconds on the GUI thread, not
one long one (at a 500 ms tick, 250 000 young objects took 114 ms; looked at in Python's batches
of 700, survivors moved up so early that full collections of 80–120 ms came four times as often).
Nothing is frozen; no object is kept alive longer than until the next batch.

The generations' sizes are counted, not asked for: ``gc.get_objects()`` hands out every object of
a generation, also a tuple another thread is still filling (``tuple(generator)``, its thread
switched out in the generator); holding it for a moment raised CPython's "SystemError: bad
argument to internal function" in that thread when it resized the tuple — seen in a worker
reading the quote list at the start once workers switched as often as the GUI thread looks. So
the collector counts what each of its collections leaves behind (Python's own young count before
it, less what it found) as it moves up; only the start, before any other thread, asks for the
oldest generation's size once.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer, Signal, Slot

IDLE_MS = 100  # how often the GUI thread looks at the counts (cheap: three integers)
BUSY_MS = 15  # … while objects are being made (the last look found a collection due)
YOUNG_BATCH = 20_000  # objects made since the last young collection that make the next one due
MIDDLE_BATCH = 40_000  # objects in the middle generation that make its collection due
_process: list[GuiThreadCollector] = []  # the one collector of the process, once installed


class GuiThreadCollector(QObject):
    """``start`` switches automatic collection off and the timer on; ``stop`` collects what is
    due and gives collection back to Python."""

    # emitted from any thread: a full collection at the GUI thread's next turn
    full_wanted = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thresholds = gc.get_threshold()
        self._was_enabled = gc.isenabled()
        # the objects in the oldest generation after its last collection: asked for once, here,
        # before any other thread runs (see the module's docstring), then counted
        self._long_lived = len(gc.get_objects(generation=2))
        self._pending = 0  # objects that joined the oldest generation since (counted)
        self._middle = 0  # objects in the middle generation (counted as they moved up)
        self._timer = QTimer(self)
        self._timer.setInterval(IDLE_MS)
        self._timer.timeout.connect(self.collect_due)
        self.full_wanted.connect(self.collect_all)  # queued when emitted from another thread

    @property
    def running(self) -> bool:
        return self._timer.isActive()

    @property
    def interval_ms(self) -> int:
        return self._timer.interval()

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
        """The generation due now, if any, collected (its number is returned)."""
        young_limit, middle_factor, old_factor = self._thresholds
        if young_limit == 0:  # collection switched off (``gc.set_threshold(0)``): as Python
            return None
        young, middle_turns, old_turns = gc.get_count()
        full_due = old_turns > old_factor and self._pending > self._long_lived // 4
        if young <= young_limit:  # nothing made since the last look
            self._timer.setInterval(IDLE_MS)
            if full_due:
                self.collect_all()
                return 2
            return None
        self._timer.setInterval(BUSY_MS)
        if young <= max(young_limit, YOUNG_BATCH):
            return None
        if full_due and self._pending > self._long_lived // 2:
            self.collect_all()
            return 2
        # a young generation that alone fills the middle one is collected with it (its survivors
        # move up at once instead of being looked at twice)
        if middle_turns > middle_factor or max(self._middle, young) > MIDDLE_BATCH:
            self._pending += max(self._middle + young - gc.collect(1), 0)  # moved to the oldest
            self._middle = 0
            return 1
        self._middle += max(young - gc.collect(0), 0)  # the survivors moved to the middle
        return 0

    @Slot()
    def collect_all(self) -> None:
        young = gc.get_count()[0]
        held = self._long_lived + self._pending + self._middle + young
        self._long_lived = max(held - gc.collect(), 0)
        self._pending = self._middle = 0


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
