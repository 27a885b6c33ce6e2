"""Engines and sessions: one short session per user action, writes serialised on SQLite.

SQLite is opened with foreign keys on, the WAL journal and ``synchronous=FULL`` (a committed quote
survives a power cut, not only a crash). Write sessions start with ``BEGIN IMMEDIATE``, so two writers
queue on the busy timeout instead of one failing half-way when its read lock cannot be upgraded; that
is also what makes quote numbers gap-free under concurrent writers.

A SQLite file's connections are kept in a small pool: opening one with its PRAGMAs and the schema's
first parse took 4-5 ms of every session (of every keystroke in a list). A kept connection holds
no transaction between sessions (it is rolled back when returned), so it blocks neither writers
nor checkpoints. Whoever replaces the file closes the store first (``Store.close`` disposes the
pools); a file replaced behind the app's back (deleted and copied back) is noticed by its identity
before each session, and the pools are emptied so that no session reads or writes the old one.
"""

from __future__ import annotations

import os
import select
import time
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.exc import DBAPIError, InvalidatePoolError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import NullPool, QueuePool

from nspdesk.domain.messages import QT_TRANSLATE_NOOP, Text
from nspdesk.store.access import (
    REASONS,
    ReadOnlyDatabaseError,
    connect_read_only,
    folder_writable,
)
from nspdesk.store.errors import StoreError
from nspdesk.store.location import Location
from nspdesk.store.server_errors import connection_lost

_REASONS = REASONS  # what SQLite says, and what the user is told (nothing of the action was saved)

NOTHING_SAVED = QT_TRANSLATE_NOOP("StoreErrors", "{reason} Nichts wurde gespeichert. ({where})")
READ_ONLY_NOT_SAVED = QT_TRANSLATE_NOOP(
    "StoreErrors", "{reason} Nur Lesen ist möglich; nichts wurde gespeichert."
)
DAMAGED_NOW = QT_TRANSLATE_NOOP(
    "StoreErrors",
    "Die Datenbank {where} ist beschädigt ({detail}); nichts wurde gespeichert. Bitte "
    "'nspdesk db check' ausführen und eine Sicherung wiederherstellen.",
)
FILE_GONE = QT_TRANSLATE_NOOP(
    "StoreErrors",
    "Die Datenbankdatei {path} ist nicht mehr vorhanden (gelöscht oder verschoben?). Nichts wurde "
    "gespeichert; bitte die Datei zurückholen oder eine Sicherung wiederherstellen und nspdesk neu "
    "starten.",
)


class DatabaseUnavailableError(StoreError):
    """The database cannot be used right now; nothing of the failed action was saved."""


BUSY_TIMEOUT_MS = 15_000
# Connections kept per engine (a session on the GUI thread and one in a worker, e.g. a list's
# count); more at once are opened and closed as before (no limit, no waiting for a free one).
POOL_SIZE = 2
# How long to wait for a server that does not answer (a lost VPN drops the packets; the system's
# own TCP timeout would hold the window for minutes). A URL's own ?connect_timeout= wins.
CONNECT_TIMEOUT_S = 10


def server_connect_args(location: Location) -> dict[str, Any]:
    from sqlalchemy.engine import make_url

    if "connect_timeout" in make_url(location.url).query:
        return {}
    return {"connect_timeout": CONNECT_TIMEOUT_S}


def _sqlite_engine(location: Location, begin: str, read_only: bool = False) -> Engine:
    if read_only and location.path is not None:
        path = location.path
        writable_folder = folder_writable(path)  # else immutable: no -shm can be made beside it
        engine = create_engine(
            "sqlite://",
            poolclass=QueuePool,
            pool_size=POOL_SIZE,
            max_overflow=-1,
            creator=lambda: connect_read_only(path, writable_folder=writable_folder),
        )
    elif location.path is not None:  # a file: pooled (see the module's docstring)
        engine = create_engine(
            location.url, poolclass=QueuePool, pool_size=POOL_SIZE, max_overflow=-1
        )
    else:  # an in-memory database: each connection would be a database of its own
        engine = create_engine(location.url, poolclass=NullPool)

    @event.listens_for(engine, "connect")
    def _configure(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None  # let SQLAlchemy's BEGIN below drive transactions
        cursor = dbapi_connection.cursor()
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA foreign_keys = ON")
        if location.path is not None and not read_only:
            cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA synchronous = FULL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _begin(connection: Any) -> None:
        connection.exec_driver_sql(begin)

    return engine


class ReadSessionWriteError(StoreError):
    """A read session was asked to change the database (a defect: changes go through ``write``)."""


_READING = ("SELECT", "WITH", "SHOW", "EXPLAIN", "VALUES")


def _autocommit_reads(engine: Engine) -> Engine:
    """The server's engine for read sessions: each statement on its own, no ``BEGIN`` and
    ``ROLLBACK`` around a session (two of the round trips of a keystroke in a list; on two busy
    cores each waits for the server's process to be scheduled — bench/README.md, "pg-reads").

    Nothing is lost by it: PostgreSQL's default isolation, READ COMMITTED, takes a new snapshot
    for every statement inside a transaction too, so a read session never saw one moment across
    its statements (what needs one, the sync's read of the team database, takes its own REPEATABLE
    READ connection, ``store/sync/team.py``). No read session locks rows (``with_for_update``),
    sets ``SET LOCAL``, uses a temporary table, a server-side cursor or a transaction's advisory
    lock: those are in write sessions. A read session could roll back what it wrote; without a
    transaction a write would be committed at once, so one is refused here instead
    (``ReadSessionWriteError``). The same pool serves both: the driver's autocommit is a flag on
    the client, set when a read session takes a connection and reset when it gives it back.
    """
    reads = engine.execution_options(isolation_level="AUTOCOMMIT")

    @event.listens_for(reads, "before_cursor_execute")
    def _refuse_writes(_connection: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        if not statement.lstrip()[:8].upper().startswith(_READING):
            raise ReadSessionWriteError(
                f"a read session may not change the database: {statement[:60]}"
            )

    return reads


# A pooled connection unused for longer than this is pinged before a read session gets it.
PING_AFTER_IDLE_S = 5.0
_WRITING: ContextVar[bool] = ContextVar("nspdesk_writing", default=False)


def _ping_when_in_doubt(engine: Engine) -> None:
    """A connection the server dropped (a restart, an administrator) is found before the next
    action and replaced, so the app works on once the server is back.

    SQLAlchemy's ``pool_pre_ping`` did it with a round trip at every session (every keystroke's
    window and count: on two busy cores each round trip waits for the server's process to be
    scheduled). A write session is still pinged every time (a save is rare, and a server that
    went a moment ago is then said as it is, e.g. closed for maintenance). A read session's
    connection is pinged only when in doubt: a server that ends a connection — a restart,
    ``pg_terminate_backend``, a stop — tells the client so (an error message, then the socket's
    end), so the socket of an idle connection has something to read, which asks nothing of the
    server; or it has been idle over ``PING_AFTER_IDLE_S`` (a server that died without a word, a
    machine switched off, a firewall that forgot the connection). A failed ping replaces it and
    every connection pooled before it (``InvalidatePoolError``), as ``pool_pre_ping`` did. Not
    covered for a read: a connection ended in the very moment before the read (its message not
    yet arrived), or a server machine that died without closing its connections and answers again
    within those seconds — that read fails with the lost server's sentence, and the next action
    connects anew and works.
    """

    @event.listens_for(engine, "checkin")
    def _idle_from(_dbapi_connection: Any, record: Any) -> None:
        record.info["idle_since"] = time.monotonic()

    @event.listens_for(engine, "checkout")
    def _check(dbapi_connection: Any, record: Any, _proxy: Any) -> None:
        since = record.info.pop("idle_since", None)
        if since is None:  # connected just now
            return
        if (
            not _WRITING.get()
            and time.monotonic() - since < PING_AFTER_IDLE_S
            and not _said_something(dbapi_connection)
        ):
            return
        try:
            engine.dialect.do_ping(dbapi_connection)
        except engine.dialect.loaded_dbapi.Error as error:
            raise InvalidatePoolError(str(error)) from error


def _said_something(dbapi_connection: Any) -> bool:
    """Whether the server sent anything to this idle connection (an ending's error message, the
    socket closed): nothing is asked of an idle connection, so nothing is due on it."""
    try:
        readable, _, _ = select.select([dbapi_connection.fileno()], [], [], 0)
    except Exception:  # closed (the driver says so), no socket: in doubt
        return True
    return bool(readable)


class Database:
    """The engines of one database and the sessions to use them.

    ``read_only``: why the SQLite file cannot be written (rights, a read-only drive); it is then read
    through a read-only URI that changes no file, and ``write()`` is refused with that reason.
    """

    def __init__(self, location: Location, read_only: Text | None = None) -> None:
        self.location = location
        self.read_only = read_only
        if location.is_sqlite:
            ro = read_only is not None
            self.engine = _sqlite_engine(location, "BEGIN", ro)
            self._write_engine = _sqlite_engine(location, "BEGIN IMMEDIATE", ro)
            self._read_engine = self.engine
        else:
            self.engine = create_engine(
                location.url,
                # never prepared by the driver: read sessions end without a ROLLBACK now, which
                # used to discard its prepared statements, and a statement prepared after five
                # runs may get a generic plan (a search's pattern unknown: p95 25 -> 70 ms)
                connect_args={**server_connect_args(location), "prepare_threshold": None},
            )
            _ping_when_in_doubt(self.engine)
            self._write_engine = self.engine
            self._read_engine = _autocommit_reads(self.engine)
        self._read = sessionmaker(self._read_engine, expire_on_commit=False)
        self._write = sessionmaker(self._write_engine, expire_on_commit=False)
        self._identity = self._file_identity()

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A session for looking things up; nothing it changes is committed."""
        self._check_file()
        with self.translated_errors(), self._read() as session:
            try:
                yield session
            finally:
                session.rollback()

    @contextmanager
    def write(self) -> Iterator[Session]:
        """A session whose changes are committed together when the block ends, or not at all."""
        if self.read_only is not None:
            raise ReadOnlyDatabaseError(
                READ_ONLY_NOT_SAVED.format(reason=self.read_only), self.read_only
            )
        self._check_file()
        writing = _WRITING.set(True)  # its connection pinged (``_ping_when_in_doubt``)
        try:
            with self.translated_errors(), self._write() as session, session.begin():
                yield session
        finally:
            _WRITING.reset(writing)

    def _file_identity(self) -> tuple[int, int] | None:
        """The SQLite file's device and inode (None: no file, or a server)."""
        path = self.location.path
        if path is None:
            return None
        try:
            found = os.stat(path)
        except OSError:
            return None
        return found.st_dev, found.st_ino

    def _check_file(self) -> None:
        """A SQLite file deleted while the app runs must not be silently recreated empty; one
        replaced by another file (deleted and copied back) is read afresh, not through the kept
        connections to the old one."""
        if self.location.path is None:
            return
        identity = self._file_identity()
        if identity is None:
            raise DatabaseUnavailableError(FILE_GONE.format(path=str(self.location.path)))
        if identity != self._identity:
            self.dispose()
            self._identity = identity

    @contextmanager
    def translated_errors(self) -> Iterator[None]:
        """Errors of this database in one sentence that names it (a lost server, a full disk,
        damage); for work on a connection of its own outside ``read``/``write`` (the sync's
        snapshot of the team database)."""
        try:
            yield
        except UnicodeDecodeError as error:  # text SQLite stored is no longer UTF-8: damaged bytes
            raise DatabaseUnavailableError(
                DAMAGED_NOW.format(where=self.location.describe(), detail=str(error))
            ) from error
        except DBAPIError as error:
            lost = connection_lost(self.location, error)
            if lost is not None:  # a server stopped, restarted or cut off: one sentence
                raise DatabaseUnavailableError(lost) from error
            text = str(error.orig).lower()
            for needle, reason in _REASONS.items():
                if needle in text:
                    raise DatabaseUnavailableError(
                        NOTHING_SAVED.format(reason=reason, where=self.location.describe())
                    ) from error
            if self.location.is_sqlite and (
                "malformed" in text
                or "not a database" in text
                or "corrupt" in text
                or "could not decode" in text  # text that is no longer UTF-8
            ):  # damage the check at the start did not see (it reads every page only in db check)
                raise DatabaseUnavailableError(
                    DAMAGED_NOW.format(where=self.location.describe(), detail=str(error.orig))
                ) from error
            raise

    def dispose(self) -> None:
        """Close the kept connections (the store is closed, or its file was replaced)."""
        self.engine.dispose()
        self._write_engine.dispose()  # the read engine shares one of their pools
