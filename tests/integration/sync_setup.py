"""A hub and devices for sync tests: the hub on SQLite or PostgreSQL, the devices SQLite files."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import keyring
from keyring.backend import KeyringBackend

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


class MemoryKeyring(KeyringBackend):
    """The system's credential store, in memory for a test."""

    priority = 1

    def __init__(self) -> None:
        super().__init__()  # type: ignore[no-untyped-call]
        self.saved: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.saved.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.saved[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.saved.pop((service, username), None)


@contextmanager
def memory_keyring() -> Iterator[MemoryKeyring]:
    """``keyring`` backed by a ``MemoryKeyring`` while the block runs."""
    before = keyring.get_keyring()
    kept = MemoryKeyring()
    keyring.set_keyring(kept)
    try:
        yield kept
    finally:
        keyring.set_keyring(before)
