"""Fixtures for integration tests: a store on each backend."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from nspdesk.store.location import Location
from nspdesk.store.opening import Store, open_store
from tests.integration.store_backends import backend


@pytest.fixture(params=["sqlite", "postgresql"])
def location(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Location]:
    with backend(request.param, tmp_path) as where:
        yield where


@pytest.fixture
def sqlite_only(tmp_path: Path) -> Location:
    from nspdesk.store.location import sqlite_location

    return sqlite_location(tmp_path / "nspdesk.sqlite3")


@pytest.fixture
def store(location: Location) -> Iterator[Store]:
    opened = open_store(location)
    yield opened
    opened.close()
