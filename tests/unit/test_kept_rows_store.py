"""``services.kept_rows``: the quote list's rows kept for the next start are handed back only while
the database file is provably unchanged (docs/architecture.md, "The first rows before the store")."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from nspdesk.services import kept_rows

CONTENT = {"rows": [{"id": 1, "cells": ["A-2026-0001"]}]}
WHEN = {"day": "2026-12-05", "language": "de", "version": "1.0"}


@pytest.fixture
def database(tmp_path: Path) -> Path:
    path = tmp_path / "team.sqlite3"
    path.write_bytes(b"SQLite format 3\0" + bytes(100))
    return path


def test_kept_content_comes_back_while_nothing_changed(database: Path, tmp_path: Path) -> None:
    folder = tmp_path / "cache"
    written = kept_rows.keep(database, CONTENT, folder=folder, **WHEN)
    assert written == kept_rows.kept_path(database, folder)
    assert written is not None and written.stat().st_mode & 0o777 == 0o600
    assert kept_rows.kept(database, folder=folder, **WHEN) == CONTENT
    assert kept_rows.kept(database, folder=folder, **WHEN) == CONTENT  # read again: still there


@pytest.mark.parametrize("change", [{"day": "2026-12-06"}, {"language": "en"}, {"version": "1.1"}])
def test_another_day_language_or_version_gets_nothing_and_the_file_goes(
    database: Path, tmp_path: Path, change: dict[str, str]
) -> None:
    folder = tmp_path / "cache"
    kept_rows.keep(database, CONTENT, folder=folder, **WHEN)
    assert kept_rows.kept(database, folder=folder, **{**WHEN, **change}) is None
    assert not kept_rows.kept_path(database, folder).exists()


def test_a_write_to_the_file_or_its_wal_gets_nothing(database: Path, tmp_path: Path) -> None:
    folder = tmp_path / "cache"
    kept_rows.keep(database, CONTENT, folder=folder, **WHEN)
    status = database.stat()
    os.utime(database, ns=(status.st_atime_ns, status.st_mtime_ns + 1))  # same size, later
    assert kept_rows.kept(database, folder=folder, **WHEN) is None
    kept_rows.keep(database, CONTENT, folder=folder, **WHEN)
    database.with_name(database.name + "-wal").write_bytes(b"\0" * 32)
    assert kept_rows.kept(database, folder=folder, **WHEN) is None


def test_a_replaced_file_with_the_same_size_and_times_gets_nothing(
    database: Path, tmp_path: Path
) -> None:
    folder = tmp_path / "cache"
    kept_rows.keep(database, CONTENT, folder=folder, **WHEN)
    status = database.stat()
    copy = database.with_name("copy.sqlite3")
    copy.write_bytes(database.read_bytes())
    os.replace(copy, database)  # a restore: another inode
    os.utime(database, ns=(status.st_atime_ns, status.st_mtime_ns))
    assert kept_rows.kept(database, folder=folder, **WHEN) is None


def test_a_damaged_or_foreign_file_gets_nothing(database: Path, tmp_path: Path) -> None:
    folder = tmp_path / "cache"
    path = kept_rows.kept_path(database, folder)
    folder.mkdir()
    path.write_text("{not json", encoding="utf-8")
    assert kept_rows.kept(database, folder=folder, **WHEN) is None
    other = tmp_path / "other" / database.name
    other.parent.mkdir()
    other.write_bytes(database.read_bytes())
    kept_rows.keep(other, CONTENT, folder=folder, **WHEN)
    assert kept_rows.kept_path(other, folder) != path  # one file per database path
    assert kept_rows.kept(database, folder=folder, **WHEN) is None


def test_nothing_is_kept_for_a_missing_file_or_an_unwritable_folder(
    database: Path, tmp_path: Path
) -> None:
    assert kept_rows.keep(tmp_path / "gone.sqlite3", CONTENT, folder=tmp_path, **WHEN) is None
    blocked = tmp_path / "blocked"
    blocked.write_text("a file where the folder would be", encoding="utf-8")
    assert kept_rows.keep(database, CONTENT, folder=blocked, **WHEN) is None
    kept_rows.forget(database, folder=blocked)  # nothing there: nothing to do


def test_a_server_database_is_never_kept() -> None:
    assert kept_rows.database_file("postgresql+psycopg://team@server/nspdesk") is None
    assert kept_rows.database_file("/tmp/x.sqlite3") == Path("/tmp/x.sqlite3").resolve()


def test_a_later_day_gets_the_content_through_the_day_none_of_its_rows_changes(
    database: Path, tmp_path: Path
) -> None:
    folder = tmp_path / "cache"
    kept_rows.keep(database, CONTENT, folder=folder, through="2026-12-09", **WHEN)
    for day in ("2026-12-05", "2026-12-06", "2026-12-09"):  # the morning's first start included
        assert kept_rows.kept(database, folder=folder, **{**WHEN, "day": day}) == CONTENT
    for day in ("2026-12-10", "2027-01-01", "2026-12-04"):  # a row expired; the clock went back
        kept_rows.keep(database, CONTENT, folder=folder, through="2026-12-09", **WHEN)
        assert kept_rows.kept(database, folder=folder, **{**WHEN, "day": day}) is None
        assert not kept_rows.kept_path(database, folder).exists()


@pytest.mark.parametrize("through", [None, "9999-99-99", 20261209])
def test_without_a_readable_last_day_only_the_day_itself_gets_the_content(
    database: Path, tmp_path: Path, through: object
) -> None:
    folder = tmp_path / "cache"
    path = kept_rows.keep(database, CONTENT, folder=folder, **WHEN)
    assert path is not None
    record = json.loads(path.read_text(encoding="utf-8"))
    if through is None:
        del record["through"]  # as an earlier release wrote it
    else:
        record["through"] = through
    path.write_text(json.dumps(record), encoding="utf-8")
    day_after = {**WHEN, "day": "2026-12-06"}
    assert kept_rows.kept(database, folder=folder, **day_after) is None
    path.write_text(json.dumps(record), encoding="utf-8")
    expected = CONTENT if through is None else None  # a damaged date: never
    assert kept_rows.kept(database, folder=folder, **WHEN) == expected
