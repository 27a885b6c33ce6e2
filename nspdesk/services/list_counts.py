"""A list's count that is no longer wanted is stopped in the database (issue 20).

The quote list shows a keystroke's rows at once and counts them in a worker thread afterwards.
The count of a broad word reads most of the index (``LIKE '%cloud%'`` matches 66 % of 100 000
quotes: 150 ms on PostgreSQL, 15-30 ms on SQLite) and used to run on after the next keystroke,
competing for the two cores with that keystroke's rows — to give a number no one would see (the
list drops a count for a list it no longer shows). Now a list asked for from its top (a keystroke,
another filter) stops a count of another list still running: PostgreSQL gets a cancel request for
that statement (``pg_cancel_backend``), SQLite's connection is interrupted. The stopped
count raises ``CountSuperseded``; the count of the list the user stopped at runs to the end, so
the number shown is always exact and for the list shown.

Choices weighed (bench/README.md, "PostgreSQL keystrokes"): counting only once typing pauses
would make every count late by the pause, even a single keystroke's; a capped count ("mehr als
10 000") is quick but not the number, and the exact one after it costs the same scan. Stopping a
count costs one short statement in the keystroke's own session (SQLite: a flag).
"""

from __future__ import annotations

import threading
import weakref
from collections.abc import Hashable, Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session


class CountSuperseded(Exception):  # noqa: N818 - a count stopped, not a failure
    """The count was stopped: another list was asked for while it ran (nothing to show)."""


class RunningCounts:
    """Per open database, the count running and the list it counts."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._running: weakref.WeakKeyDictionary[object, list[tuple[Hashable, Any]]] = (
            weakref.WeakKeyDictionary()
        )
        self._stopped: set[int] = set()  # id() of the connections told to stop, until they end

    @contextmanager
    def counting(self, database: object, list_: Hashable, session: Session) -> Iterator[None]:
        """Count ``list_`` in ``session``; a ``supersede`` for another list meanwhile stops it
        (``CountSuperseded``)."""
        self.supersede(database, list_, session)
        connection = session.connection().connection.dbapi_connection
        entry = (list_, connection)
        with self._lock:
            self._running.setdefault(database, []).append(entry)
        try:
            yield
        except DBAPIError as error:
            if id(connection) in self._stopped:
                raise CountSuperseded(str(list_)) from error
            raise
        finally:
            # unregistered before the connection goes back to the pool: a stop never reaches a
            # later statement of another session (on an idle connection it does nothing)
            with self._lock:
                self._running.get(database, []).remove(entry)
                self._stopped.discard(id(connection))

    def supersede(self, database: object, list_: Hashable, session: Session) -> None:
        """Stop the counts running of any list but ``list_``; ``session``: the caller's, on the
        same database (on PostgreSQL the stop is a statement in it, ``pg_cancel_backend``: a
        cancel request of the driver's own opens a connection to the server, which forks a
        process for it — milliseconds on the GUI thread at every keystroke)."""
        with self._lock:  # held until stopped: a count ending meanwhile keeps its connection
            pids = []
            for counted, connection in self._running.get(database, []):
                if counted == list_ or id(connection) in self._stopped:
                    continue
                self._stopped.add(id(connection))
                interrupt = getattr(connection, "interrupt", None)  # sqlite3: a flag, at once
                if interrupt is not None:
                    interrupt()
                else:  # psycopg 3
                    pids.append(int(connection.info.backend_pid))
            for pid in pids:
                session.execute(select(func.pg_cancel_backend(pid)))
