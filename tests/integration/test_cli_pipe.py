"""Output into a closed pipe (``nspdesk due | head -1``): the command ends quietly with 141 (128 +
SIGPIPE, as a shell reports a tool the signal ended), no ``BrokenPipeError`` traceback, not even from
the interpreter's flush at exit. Real processes: the pipe's reader has gone before a byte is written.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from nspdesk.cli import EXIT_BROKEN_PIPE, main

ROOT = Path(__file__).resolve().parents[2]


def into_closed_pipe(args: list[str], stdin: bytes = b"") -> tuple[int, str]:
    """Run ``python -m nspdesk ARGS`` with stdout a pipe whose reading end is already closed."""
    read_end, write_end = os.pipe()
    os.close(read_end)
    try:
        result = subprocess.run(
            [sys.executable, "-m", "nspdesk", *args],
            input=stdin,
            stdout=write_end,
            stderr=subprocess.PIPE,
            cwd=ROOT,
            timeout=120,
            check=False,
        )
    finally:
        os.close(write_end)
    return result.returncode, result.stderr.decode("utf-8", "replace")


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> str:
    db = str(tmp_path_factory.mktemp("pipe") / "demo.sqlite3")
    assert main(["demo", "--db", db]) == 0
    return db


@pytest.mark.parametrize(
    "args", [["due"], ["partners", "list"], ["db", "check"]], ids=["due", "partners", "db-check"]
)
def test_a_closed_pipe_ends_quietly(demo_db: str, args: list[str]) -> None:
    code, err = into_closed_pipe([*args, "--db", demo_db])
    assert (code, err) == (EXIT_BROKEN_PIPE, "")


def test_json_into_a_closed_pipe(tmp_path: Path) -> None:
    request = {"tier": "business", "lines": [{"category": "other", "quantity": 1, "unit_price": 1}]}
    code, err = into_closed_pipe(["price", "-"], json.dumps(request).encode())
    assert (code, err) == (EXIT_BROKEN_PIPE, "")


def test_a_reader_that_stops_after_one_line(demo_db: str) -> None:
    """As ``| head -1``: whether the command finished before the reader left or not, no traceback."""
    process = subprocess.Popen(
        [sys.executable, "-m", "nspdesk", "partners", "list", "--db", demo_db],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        cwd=ROOT,
    )
    assert process.stdout is not None and process.stderr is not None
    first = process.stdout.readline()
    process.stdout.close()
    with process.stderr:
        err = process.stderr.read().decode()
    assert process.wait(timeout=120) in {0, EXIT_BROKEN_PIPE}
    assert first and err == ""
