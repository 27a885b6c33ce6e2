"""What nspdesk needs of its Qt binding beyond its API (pyproject.toml pins PySide6): that a
process emitting signals from Python runs as long as it likes and ends without an abort.

PySide6 6.12.0 loses a reference to ``True`` at every emit from Python to a plain function
(``ui/qt_binding.py``); these tests measure that fault in the installed release and check that
``keep_true_alive`` makes it harmless.
"""

from __future__ import annotations

import gc
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QObject, Signal

from nspdesk.ui import qt_binding

pytestmark = pytest.mark.gui

ROOT = Path(__file__).resolve().parents[2]
EMITS = 100


class _Sender(QObject):
    value = Signal(object)
    nothing = Signal()


def test_the_faulty_releases_are_known(qapp: object) -> None:
    """If this fails, the installed PySide6 behaves otherwise than ``qt_binding.FAULTY`` says: a
    release that fixed it (the module can go) or another one with the fault (add it)."""
    sender = _Sender()
    sender.value.connect(lambda _value: None)
    sender.nothing.connect(lambda: None)
    gc.collect()
    before = sys.getrefcount(True)
    for number in range(EMITS):
        sender.value.emit(number)  # whatever is emitted, True loses a reference (6.12.0)
        sender.nothing.emit()
    gc.collect()
    lost = before - sys.getrefcount(True)
    assert lost == (2 * EMITS if qt_binding.loses_true() else 0)


def test_true_has_its_reserve_once(qapp: object) -> None:
    """The GUI tests' process has it (tests/conftest.py), as the app's has; a second call adds
    nothing."""
    if not qt_binding.loses_true():
        pytest.skip("this PySide6 keeps True's references")
    held = sys.getrefcount(True)
    assert held > qt_binding.RESERVE // 2
    qt_binding.keep_true_alive()
    assert abs(sys.getrefcount(True) - held) < 1000


EMITTER = """
import sys
from PySide6.QtCore import QCoreApplication, QObject, Signal
app = QCoreApplication([])
if sys.argv[1] == "kept":
    from nspdesk.ui.qt_binding import keep_true_alive
    keep_true_alive()
class Sender(QObject):
    done = Signal(int)
sender = Sender()
sender.done.connect(lambda _number: None)
for number in range(int(sys.argv[2])):
    sender.done.emit(number)
print("emitted", flush=True)
"""


def _emitting(mode: str, emits: int) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", EMITTER, mode, str(emits)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_a_process_emitting_without_end_runs_and_exits_cleanly() -> None:
    """More emits than ``True`` has references in a fresh process: with the reserve the process
    runs and ends cleanly; without it, on a faulty binding, it aborts (the fault, shown)."""
    emits = 100_000
    kept = _emitting("kept", emits)
    assert kept.returncode == 0, kept.stderr
    assert kept.stdout == "emitted\n"
    if qt_binding.loses_true():
        bare = _emitting("bare", emits)
        assert bare.returncode != 0
        assert "bool_dealloc" in bare.stderr
