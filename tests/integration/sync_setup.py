"""A hub and devices for sync tests: the hub on SQLite or PostgreSQL, the devices SQLite files."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from nspdesk.store.location import Location, sqlite_location
from nspdesk.store.opening import Store, open_store
from nspdesk.store.sync import digest, team
from tests.integration.store_backends import backend


@contextmanager
def hub_store(kind: str, tmp_path: Path) -> Iterator[Store]:
    (tmp_path / "hub").mkdir(exist_ok=True)
    with backend(kind, tmp_path / "hub") as location:
        opened = open_store(location)
        try:
            yield opened
        finally:
            opened.close()


def device_store(tmp_path: Path, name: str) -> Store:
    return open_store(device_location(tmp_path, name))


def device_location(tmp_path: Path, name: str) -> Location:
    return sqlite_location(tmp_path / f"{name}.sqlite3")


def joined(hub: Store, tmp_path: Path, name: str) -> Store:
    device = device_store(tmp_path, name)
    team.join(device.database, hub.database, name, "team")
    return device


def digest_of(store: Store) -> str:
    with store.database.read() as session:
        return digest.digest(session.connection())


def content_of(store: Store) -> dict[str, dict[str, str]]:
    with store.database.read() as session:
        return digest.content(session.connection())
