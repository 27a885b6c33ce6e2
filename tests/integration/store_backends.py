"""Databases for store tests: a SQLite file, and a fresh PostgreSQL database when a server is there.

The PostgreSQL server comes from the test command (``pg_virtualenv`` sets PGHOST, PGPORT, PGUSER,
PGPASSWORD); without it the PostgreSQL variants skip with that reason.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from nspdesk.store.location import Location, from_url, sqlite_location

PG_VARS = ("PGHOST", "PGPORT", "PGUSER", "PGPASSWORD")
PG_SKIP = "no PostgreSQL server: run the tests through `python3 packaging/bootstrap.py test`"


def postgres_available() -> bool:
    return all(os.environ.get(v) for v in PG_VARS)


def _server_url(database: str) -> str:
    env = os.environ
    return (
        f"postgresql+psycopg://{env['PGUSER']}:{env['PGPASSWORD']}@{env['PGHOST']}:"
        f"{env['PGPORT']}/{database}"
    )


@contextmanager
def postgres_database() -> Iterator[Location]:
    """A new, empty PostgreSQL database, dropped afterwards."""
    import psycopg

    name = f"nspdesk_test_{uuid.uuid4().hex[:12]}"
    admin = _server_url(os.environ.get("PGDATABASE", "postgres")).replace(
        "postgresql+psycopg", "postgresql"
    )
    with psycopg.connect(admin, autocommit=True) as connection:
        connection.execute(f'CREATE DATABASE "{name}"')
    try:
        yield from_url(_server_url(name))
    finally:
        with psycopg.connect(admin, autocommit=True) as connection:
            connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@contextmanager
def backend(kind: str, tmp_path: Path) -> Iterator[Location]:
    if kind == "sqlite":
        yield sqlite_location(tmp_path / "nspdesk.sqlite3")
        return
    if not postgres_available():
        pytest.skip(PG_SKIP)
    with postgres_database() as location:
        yield location
