"""Qt's "propagateSizeHints" line is kept off the terminal; every other Qt message gets through."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QMessageLogContext, QtMsgType

from nspdesk.ui.qt_messages import DROPPED, MessageFilter

ROOT = Path(__file__).resolve().parents[2]
NOISE = "This plugin does not support propagateSizeHints()"


def test_the_size_hints_line_is_dropped_and_others_are_forwarded() -> None:
    seen: list[tuple[QtMsgType, str]] = []
    message_filter = MessageFilter(previous=lambda mode, _context, text: seen.append((mode, text)))
    context = QMessageLogContext()
    message_filter(QtMsgType.QtWarningMsg, context, NOISE)
    message_filter(QtMsgType.QtWarningMsg, context, "QFont: a real problem")
    message_filter(QtMsgType.QtCriticalMsg, context, NOISE + " and more")
    assert seen == [
        (QtMsgType.QtWarningMsg, "QFont: a real problem"),
        (QtMsgType.QtCriticalMsg, NOISE + " and more"),  # only the exact line is dropped
    ]
    assert {NOISE} == DROPPED


def test_without_a_previous_handler_the_line_is_printed_as_qt_would() -> None:
    stream = io.StringIO()
    message_filter = MessageFilter(stream=stream)
    message_filter(QtMsgType.QtWarningMsg, QMessageLogContext(), NOISE)
    message_filter(QtMsgType.QtWarningMsg, QMessageLogContext(), "QFont: a real problem")
    assert stream.getvalue() == "QFont: a real problem\n"


SHOWN_WINDOW = """
from PySide6.QtCore import qWarning
from PySide6.QtWidgets import QApplication, QMainWindow
from nspdesk.ui.qt_messages import install_message_filter
if FILTERED:
    first = install_message_filter()
    assert install_message_filter() is first
app = QApplication([])
window = QMainWindow()
window.show()
app.processEvents()
window.setMinimumSize(300, 200)  # a shown window's size hints change: Qt's offscreen plugin warns
app.processEvents()
qWarning("a warning that stays")
window.close()
"""


def _shown_window(filtered: bool) -> subprocess.CompletedProcess[str]:
    """In a process of its own (in this one pytest-qt holds the handler)."""
    return subprocess.run(
        [sys.executable, "-c", f"FILTERED = {filtered}\n" + SHOWN_WINDOW],
        cwd=ROOT,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


def test_a_shown_window_prints_no_size_hints_line() -> None:
    unfiltered = _shown_window(filtered=False)
    assert NOISE in unfiltered.stderr  # what the filter is for (Qt still says it)
    filtered = _shown_window(filtered=True)
    assert filtered.returncode == 0, filtered.stderr
    assert "propagateSizeHints" not in filtered.stderr
    assert "a warning that stays" in filtered.stderr
