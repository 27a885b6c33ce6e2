"""The worker tasks: results and failures come back as signals; while one runs, Python's switch
interval is short, so the GUI thread's calls into Python do not wait 5 ms at a time for it."""

from __future__ import annotations

import sys

from pytestqt.qtbot import QtBot

from nspdesk.ui import background
from nspdesk.ui.worker import Task


def test_a_task_works_with_the_quick_switch_and_gives_it_back(qtbot: QtBot) -> None:
    before = sys.getswitchinterval()
    seen: list[float] = []

    def work(_progress: object, _cancel: object) -> int:
        seen.append(sys.getswitchinterval())
        return 42

    task = Task(work)
    with qtbot.waitSignal(task.succeeded) as result, qtbot.waitSignal(task.finished):
        task.start()
    assert result.args == [42]
    assert seen == [background.QUICK_SWITCH]
    assert sys.getswitchinterval() == before


def test_a_failing_task_says_why_and_gives_the_switch_back(qtbot: QtBot) -> None:
    before = sys.getswitchinterval()

    def work(_progress: object, _cancel: object) -> int:
        raise ValueError("Die Datei ist beschädigt")

    task = Task(work)
    with qtbot.waitSignal(task.failed) as failure, qtbot.waitSignal(task.finished):
        task.start()
    assert failure.args == ["Die Datei ist beschädigt"]
    assert sys.getswitchinterval() == before
