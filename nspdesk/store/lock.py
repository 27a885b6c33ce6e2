"""One running app per database file: an OS lock on ``<database>.lock``.

The operating system drops the lock when the process ends, however it ends, so a crash never leaves
a stale lock behind. The file itself names the holder (PID, host) for the message to a second start.
"""

from __future__ import annotations

import os
import re
import socket
import sys
from pathlib import Path
from types import TracebackType
from typing import IO

from nspdesk.domain.messages import QT_TRANSLATE_NOOP
from nspdesk.store.access import os_reason
from nspdesk.store.errors import DatabaseLockedError, StoreError

# What the lock file says about its holder (written in German; shown in the UI's language).
HOLDER = QT_TRANSLATE_NOOP("StoreErrors", "PID {pid} auf {host}")
UNKNOWN_HOLDER = QT_TRANSLATE_NOOP("StoreErrors", "unbekannter Prozess")
NO_LOCK_FILE = QT_TRANSLATE_NOOP(
    "StoreErrors", "Die Sperrdatei {path} kann nicht angelegt werden: {reason} Nichts verändert."
)
_HOLDER = re.compile(r"PID (\d+) auf (.+)")


class InstanceLock:
    def __init__(self, database: Path) -> None:
        self.path = database.with_name(database.name + ".lock")
        self._database = database
        self._file: IO[str] | None = None

    def acquire(self) -> None:
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            handle = open(self.path, "a+", encoding="utf-8")  # noqa: SIM115 (held until release)
        except OSError as error:  # a read-only folder or drive, a full disk
            raise StoreError(
                NO_LOCK_FILE.format(path=str(self.path), reason=os_reason(error))
            ) from None
        try:
            _lock(handle)
        except OSError:
            handle.seek(0)
            holder = _holder(handle.read().strip())
            handle.close()
            raise DatabaseLockedError(self._database, holder) from None
        handle.seek(0)
        handle.truncate()
        handle.write(HOLDER.format(pid=os.getpid(), host=socket.gethostname()))
        handle.flush()
        self._file = handle

    def release(self) -> None:
        if self._file is not None:
            _unlock(self._file)
            self._file.close()
            self._file = None

    def __enter__(self) -> InstanceLock:
        self.acquire()
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.release()


def _holder(written: str) -> str:
    """The lock file's text as a ``Text``, when it is the one this module writes."""
    if not written:
        return UNKNOWN_HOLDER
    found = _HOLDER.fullmatch(written)
    return HOLDER.format(pid=int(found[1]), host=found[2]) if found else written


if sys.platform == "win32":  # pragma: no cover - exercised on Windows builds
    import msvcrt

    def _lock(handle: IO[str]) -> None:
        handle.seek(0)
        msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)

    def _unlock(handle: IO[str]) -> None:
        handle.seek(0)
        msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _lock(handle: IO[str]) -> None:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)

    def _unlock(handle: IO[str]) -> None:
        fcntl.flock(handle.fileno(), fcntl.LOCK_UN)
