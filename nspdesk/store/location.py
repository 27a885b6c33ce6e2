"""Where the database is: ``--db PATH``, else ``NSPDESK_DATABASE_URL``, else the user data directory."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from platformdirs import user_data_path

ENV_URL = "NSPDESK_DATABASE_URL"
FILE_NAME = "nspdesk.sqlite3"


@dataclass(frozen=True)
class Location:
    url: str
    path: Path | None  # the SQLite file, None for a server database

    @property
    def is_sqlite(self) -> bool:
        return self.url.startswith("sqlite")

    def describe(self) -> str:
        """For messages: the file, or the server URL without its password."""
        if self.path is not None:
            return str(self.path)
        from sqlalchemy.engine import make_url
        from sqlalchemy.exc import ArgumentError

        try:
            return make_url(self.url).render_as_string(hide_password=True)
        except ArgumentError:  # not a URL SQLAlchemy reads: never show what may be a password
            scheme, _, rest = self.url.partition("://")
            return f"{scheme}://***@{rest.rpartition('@')[2]}" if "@" in rest else self.url


def default_path() -> Path:
    return user_data_path("nspdesk", appauthor=False) / FILE_NAME


def sqlite_location(path: Path) -> Location:
    path = path.expanduser().resolve()
    return Location(url=f"sqlite:///{path}", path=path)


def resolve(db_option: str | None, environ: Mapping[str, str] = os.environ) -> Location:
    if db_option:
        if "://" in db_option:
            return from_url(db_option)
        return sqlite_location(Path(db_option))
    url = environ.get(ENV_URL, "").strip()
    if url:
        return from_url(url)
    return sqlite_location(default_path())


def from_url(url: str) -> Location:
    if url.startswith("sqlite:///"):
        return sqlite_location(Path(url.removeprefix("sqlite:///")))
    return Location(url=url, path=None)
