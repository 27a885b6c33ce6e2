"""Work put off to a later turn of the GUI thread's event loop, to keep a view's first opening
free of long pauses (issue 20 item 6).

A posted call (``QTimer.singleShot(0, …)``) runs in the same turn as the paint it follows, before
a click or the next repaint gets its turn: put off that way, work only lengthens the pause it was
meant to split. A timer's timeout waits for the event loop's next pass, so work put off "to the
next turn" waits for a timer (measured in ``bench/README.md``, "The morning's start and the first
openings": the program view's 62-72 ms pause became 17-23 ms).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer

LATER_MS = 1  # the shortest timer: the next pass of the event loop, after the paint


def later(owner: QObject, step: Callable[[], None]) -> None:
    """Run ``step`` in a later turn (not at all once ``owner`` is gone)."""
    QTimer.singleShot(LATER_MS, owner, step)


def turn_timer(owner: QObject, step: Callable[[], None], interval: int = LATER_MS) -> QTimer:
    """A single-shot timer, not yet started, that runs ``step`` in a later turn; ``isActive()``
    says whether the step is still to come."""
    timer = QTimer(owner)
    timer.setSingleShot(True)
    timer.setInterval(interval)
    timer.timeout.connect(step)
    return timer
