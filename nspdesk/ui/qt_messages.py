"""Qt's log lines that mean nothing to a user, kept off the terminal.

Qt's platform plugins that cannot pass a window's size hints on to the window system (offscreen,
and some others) warn "This plugin does not support propagateSizeHints()" each time the main window
is shown: on every start, from Qt's own code, about nothing the user or the app can change. Exactly
that line is dropped; every other message reaches the previous handler (Qt's own, which prints it
as ``QT_MESSAGE_PATTERN`` says, or a test's).
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import TextIO

from PySide6.QtCore import QMessageLogContext, QtMsgType, qFormatLogMessage, qInstallMessageHandler

DROPPED = frozenset({"This plugin does not support propagateSizeHints()"})

Handler = Callable[[QtMsgType, QMessageLogContext, str], object]


class MessageFilter:
    """A Qt message handler that drops the lines of ``DROPPED`` and forwards the others."""

    def __init__(self, previous: Handler | None = None, stream: TextIO | None = None) -> None:
        self.previous = previous
        self.stream = stream

    def __call__(self, mode: QtMsgType, context: QMessageLogContext, message: str) -> None:
        if message in DROPPED:
            return
        if self.previous is not None:
            self.previous(mode, context, message)
            return
        stream = self.stream or sys.stderr
        stream.write(qFormatLogMessage(mode, context, message) + "\n")
        stream.flush()


_installed: list[MessageFilter] = []


def install_message_filter() -> MessageFilter:
    """Install the filter once per process (a second call returns the first one)."""
    if not _installed:
        message_filter = MessageFilter()
        message_filter.previous = qInstallMessageHandler(message_filter)
        _installed.append(message_filter)
    return _installed[0]
