"""Fuzzing damaged and read-only databases: any file, on any disk, gives output or one line — never a
traceback, never a question left unanswered — in bounded time, and a database that can only be read
keeps every byte.

A real demo database (or one at an earlier schema, which opening migrates) is damaged the ways files
get damaged (cut short, bytes or whole pages overwritten, the header changed, garbage appended) and
then put behind one of the failures of ``test_disks.py``: a read-only file or drive, a disk that
fills up at the day's backup. Each example runs one command of the CLI on it.
``--hypothesis-show-statistics`` prints the outcomes seen.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from nspdesk.cli import main
from nspdesk.store import access, backups
from nspdesk.store.access import UnreadableDatabaseError

SCALE = int(os.environ.get("NSPDESK_FUZZ_SCALE", "1"))
PAGE = 4096
SECONDS = 60  # one command on a small file: far less; a hang or a runaway scan fails

COMMANDS = [
    ["partners", "list"],
    ["partners", "list", "--json"],
    ["partners", "show", "1"],
    ["quotes", "list"],
    ["quotes", "show", "A-2026-0001"],
    ["due"],
    ["db", "check"],
    ["db", "backup"],
    ["quotes", "send", "A-2026-0005"],
    ["demo"],
]
ACCESS = ["writable", "read-only file", "read-only drive", "full disk"]


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A demo database, its every page in the main file (none in a -wal)."""
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite3"
    assert main(["demo", "--db", str(path)]) == 0
    with sqlite3.connect(path) as connection:  # everything in the main file, none in a -wal
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    connection.close()
    return path


# Offsets are drawn up to this and taken modulo the file's size (the demo file is made by the test).
SPAN = 1 << 20


@pytest.fixture(scope="module")
def older_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A database at an earlier schema: opening it migrates, after a backup."""
    from tests.reliability.test_disks import older_database

    return older_database(tmp_path_factory.mktemp("older") / "alt.sqlite3")


@st.composite
def damage(draw: st.DrawFn) -> tuple[str, list[tuple[int, bytes]], int | None]:
    """(kind, writes at offsets, new length or None): the file as a disk or a program left it.

    Offsets and lengths are fractions of the file (``/ SPAN``), the header's and pages' are exact.
    """
    kind = draw(st.sampled_from(["none", "cut", "bytes", "page", "header", "append"]))
    writes: list[tuple[int, bytes]] = []
    length: int | None = None
    if kind == "cut":
        length = draw(st.integers(0, SPAN - 1))
    elif kind == "bytes":
        writes = draw(
            st.lists(
                st.tuples(st.integers(0, SPAN - 1), st.binary(min_size=1, max_size=8)),
                min_size=1,
                max_size=12,
            )
        )
    elif kind == "page":
        fill = draw(st.sampled_from([b"\x00", b"\xff"]) | st.binary(min_size=1, max_size=16))
        writes = [(draw(st.integers(0, SPAN - 1)), (fill * (PAGE // len(fill) + 1))[:PAGE])]
    elif kind == "header":
        writes = [(draw(st.integers(0, 99)), draw(st.binary(min_size=1, max_size=4)))]
    elif kind == "append":
        writes = [(SPAN, draw(st.binary(min_size=1, max_size=3 * PAGE)))]
    return kind, writes, length


def damaged_file(
    folder: Path, data: bytes, how: tuple[str, list[tuple[int, bytes]], int | None]
) -> Path:
    kind, writes, length = how
    size = len(data)
    body = bytearray(data)
    for offset, chunk in writes:
        if kind == "page":
            at = offset * (size // PAGE) // SPAN * PAGE
        elif kind in {"bytes"}:
            at = offset * size // SPAN
        elif kind == "append":
            at = size
        else:
            at = offset
        body[at : at + len(chunk)] = chunk
    if length is not None:
        del body[length * size // SPAN :]
    path = folder / "nspdesk.sqlite3"
    path.write_bytes(bytes(body))
    return path


def sound(path: Path) -> bool | None:
    """What SQLite's own check says of the file before any command ran (None: cannot tell)."""
    try:
        return backups.quick_check(path) is None
    except UnreadableDatabaseError:
        return None


@settings(
    max_examples=50 * SCALE,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    base=st.sampled_from(["current", "older"]),
    how=damage(),
    mode=st.sampled_from(ACCESS),
    command=st.sampled_from(COMMANDS),
)
def test_any_damaged_or_read_only_database_gives_output_or_one_line(
    demo_file: Path,
    older_file: Path,
    tmp_path_factory: pytest.TempPathFactory,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    base: str,
    how: tuple[str, list[tuple[int, bytes]], int | None],
    mode: str,
    command: list[str],
) -> None:
    folder = tmp_path_factory.mktemp("fuzz")
    path = damaged_file(folder, (demo_file if base == "current" else older_file).read_bytes(), how)
    was_sound = sound(path)
    before = hashlib.sha256(path.read_bytes()).digest()
    with monkeypatch.context() as patched:
        if mode == "read-only file":
            patched.setattr(access, "may_write", lambda p: Path(p) != path)
        elif mode == "read-only drive":
            patched.setattr(access, "on_read_only_drive", lambda _p: True)
        elif mode == "full disk":

            def no_space(*_args: object) -> None:
                raise sqlite3.OperationalError("database or disk is full")

            patched.setattr(backups, "_copy_pages", no_space)
        started = time.monotonic()
        code = main([*command, "--db", str(path)])  # an exception escaping here fails the test
        seconds = time.monotonic() - started
    _out, err = capsys.readouterr()
    assert seconds < SECONDS, f"{command} took {seconds:.0f} s"
    assert "Traceback" not in err
    assert code in {0, 1, 2}, (code, err)
    lines = err.strip().splitlines()
    if code != 0 and command[:2] != ["db", "check"]:  # db check reports on stdout
        assert lines, "a refusal says why"
        assert all(line.startswith("nspdesk") for line in lines), err
    message = lines[-1] if lines else ""
    if "beschädigt" in message:  # SQLite's verdict at the start, or on a page or text read later
        assert was_sound is not True or "'nspdesk db check' ausführen" in message, (
            "only a file SQLite finds damaged is called damaged",
            message,
        )
    if mode.startswith("read-only"):
        assert hashlib.sha256(path.read_bytes()).digest() == before, (
            "a read-only file keeps its bytes"
        )
        assert not (folder / "backups").exists() or command[:2] == ["db", "backup"]
    if mode == "full disk" and code == 0 and command[0] != "db" and command != ["demo"]:
        assert "Datenträger ist voll" in err  # told that no backup was made today
    assert not list(folder.glob("backups/*.partial")), "no half-written backup is left"
    event(
        f"{base}, {how[0]}: {mode}: exit {code}" + (": damaged" if "beschädigt" in message else "")
    )
    shutil.rmtree(folder, ignore_errors=True)
