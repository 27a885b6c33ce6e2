"""The one time limit of a whole backlink check — connect, read and parse — and its cancel flag.

A check makes one :class:`Deadline` when it starts and hands it down: the fetch's guard watches it
on the socket in use, the HTML reader looks at it between tokens. So the check ends within its time
whatever part of the work is slow, and a cancelled batch stops parsing too.
"""

from __future__ import annotations

import threading
import time

from nspdesk.web.errors import FetchCancelledError


class DeadlineExceededError(TimeoutError):
    """The time of the whole check is up."""


class Deadline:
    def __init__(self, seconds: float, cancel: threading.Event | None = None) -> None:
        self.seconds = seconds  # the whole time allowed, for messages
        self.at = time.monotonic() + seconds  # a time.monotonic() value
        self.cancel = cancel

    def left(self) -> float:
        """Seconds until the deadline (negative once it has passed)."""
        return self.at - time.monotonic()

    def cancelled(self) -> bool:
        return self.cancel is not None and self.cancel.is_set()

    def check(self) -> None:
        """Raise :class:`FetchCancelledError` or :class:`DeadlineExceededError` when due."""
        if self.cancelled():
            raise FetchCancelledError()
        if time.monotonic() >= self.at:
            raise DeadlineExceededError(f"Gesamtzeit von {self.seconds:g} s überschritten")
