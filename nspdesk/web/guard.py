"""The total deadline and the cancel flag of one fetch, enforced on whatever socket is in use.

Socket timeouts bound each single operation only: a server sending one byte every few seconds would
keep a fetch alive for ever. The guard's thread looks at the clock and the cancel flag every 50 ms and
shuts the socket in use down; the blocked read returns at once and the fetch reports why.
"""

from __future__ import annotations

import contextlib
import socket
import threading
import time

from nspdesk.web.deadline import Deadline
from nspdesk.web.errors import FetchCancelledError

_POLL = 0.05  # seconds between the guard's looks at the deadline and the cancel flag


class Guard:
    def __init__(self, deadline: Deadline) -> None:
        self.deadline = deadline
        self.fired: str | None = None  # "timeout" or "cancel"
        self._sock: socket.socket | None = None
        self._lock = threading.Lock()
        self._done = threading.Event()
        self._thread = threading.Thread(target=self._watch, name="nspdesk-fetch-guard", daemon=True)

    def __enter__(self) -> Guard:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._done.set()
        self._thread.join()

    def use(self, sock: socket.socket | None) -> None:
        """Watch ``sock`` from now on (None: no socket in use)."""
        with self._lock:
            self._sock = sock
            if sock is not None and self.fired:
                shut(sock)

    def timeout(self, per_operation: float) -> float:
        """``per_operation`` cut to the time left before the deadline."""
        self.check()
        return max(0.001, min(per_operation, self.deadline.left()))

    def check(self) -> None:
        """Raise when the deadline has passed (TimeoutError) or the fetch was cancelled."""
        if self.fired is None:
            if self.deadline.cancelled():
                self._fire("cancel")
            elif self.deadline.left() <= 0:
                self._fire("timeout")
        if self.fired == "cancel":
            raise FetchCancelledError()
        if self.fired == "timeout":
            raise TimeoutError("Gesamtzeit überschritten")

    def wait(self, event: threading.Event, seconds: float) -> bool:
        """Wait up to ``seconds`` for ``event``, raising as :meth:`check` does meanwhile."""
        give_up = time.monotonic() + seconds
        while not event.wait(_POLL):
            self.check()
            if time.monotonic() >= give_up:
                return False
        return True

    def _watch(self) -> None:
        while not self._done.wait(_POLL):
            if self.deadline.cancelled():
                self._fire("cancel")
                return
            if self.deadline.left() <= 0:
                self._fire("timeout")
                return

    def _fire(self, why: str) -> None:
        with self._lock:
            if self.fired is None:
                self.fired = why
            if self._sock is not None:
                shut(self._sock)


def shut(sock: socket.socket) -> None:
    """Wake any thread blocked on ``sock``; its owner still closes it."""
    with contextlib.suppress(OSError):
        socket.socket.shutdown(sock, socket.SHUT_RDWR)  # the plain call, also for an SSLSocket
