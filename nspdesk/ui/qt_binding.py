"""A fault of the Qt binding made harmless: PySide6 6.12.0 loses a reference to ``True`` at every
emit of a signal from Python to a plain function or method (whatever the signal carries: a
worker's progress, a status message, a finished task). ``True`` is an ordinary object with a
reference count in Python 3.11; once the count reaches zero the process aborts ("Fatal Python
error: bool_dealloc: deallocating True or False") — during a long session (a backlink check of
10 000 partners emits its progress 10 000 times) or at the latest at the app's exit.

``keep_true_alive`` gives ``True`` so many references that no session can use them up (2**40:
a million emits a second for twelve days), as Python 3.12 makes ``True`` immortal. Called once
where the app, its self-test and the GUI tests make their ``QApplication``.
``tests/gui/test_qt_binding.py`` measures the fault in the installed binding: when a release fixes
it, that test says so and this module can go.
"""

from __future__ import annotations

import ctypes
import sys

import PySide6

FAULTY = {(6, 12, 0)}  # the releases known to lose a reference to True at each emit
RESERVE = 1 << 40  # references given to True (its count is a signed 64-bit integer)


def loses_true() -> bool:
    """Whether the installed PySide6 is one of the faulty releases."""
    return tuple(PySide6.__version_info__[:3]) in FAULTY


def keep_true_alive() -> None:
    """Give ``True`` the reserve of references once per process (where the binding is faulty)."""
    if not loses_true() or sys.getrefcount(True) > RESERVE // 2:
        return
    count = ctypes.c_ssize_t.from_address(id(True))  # CPython: the count heads the object
    count.value += RESERVE
