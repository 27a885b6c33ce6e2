"""Freed memory handed back to the system (``nspdesk.ui.process_tuning``): on Linux with glibc the
free pages inside the heap go back, elsewhere nothing is done; SQLAlchemy's asyncio without ssl."""

from __future__ import annotations

import os
import platform
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from nspdesk.ui import process_tuning

# A new process: 72 MB in blocks of 4 KB (malloc's, not Python's small-object allocator), nine of
# every ten freed again — holes inside the heap that free() cannot give back, only malloc_trim;
# what the process holds (RssAnon, KiB) before and after.
CHILD = textwrap.dedent(
    """
    from nspdesk.ui.process_tuning import return_freed_memory

    def anon():
        with open("/proc/self/status") as status:
            return next(int(line.split()[1]) for line in status if line.startswith("RssAnon:"))

    blocks = [bytearray(4000) for _ in range(18000)]
    for block in blocks:
        block[:] = b"x" * 4000  # touched: in memory
    kept = blocks[::10]
    del blocks
    before = anon()
    assert return_freed_memory()
    print(before, anon())
    """
)


def test_nothing_is_done_off_linux(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "platform", "win32")
    assert process_tuning.return_freed_memory() is False


@pytest.mark.skipif(
    not sys.platform.startswith("linux") or platform.libc_ver()[0] != "glibc",
    reason="glibc's malloc only",
)
def test_the_free_pages_inside_the_heap_go_back() -> None:
    result = subprocess.run(
        [sys.executable, "-c", CHILD], capture_output=True, text=True, check=True
    )
    before, after = (int(kib) for kib in result.stdout.split())
    assert before - after > 40_000  # of the 65 MB freed in holes, most pages go back


def run_fresh(code: str, tmp_path: Path) -> str:
    """``code`` in a new interpreter (this one has imported ssl long ago), ``tmp_path`` importable."""
    result = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)],
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "PYTHONPATH": os.pathsep.join([str(tmp_path), *sys.path])},
    )
    return result.stdout.strip()


def test_sqlalchemy_is_imported_without_ssl_which_stays_importable(tmp_path: Path) -> None:
    out = run_fresh(
        """
        import sys
        from nspdesk.ui.process_tuning import import_without_ssl

        import_without_ssl("sqlalchemy.orm")
        import asyncio, sqlalchemy.orm
        print("ssl" in sys.modules, asyncio.iscoroutine is not None, end=" ")
        import ssl  # the web checker's, later
        print(ssl.create_default_context() is not None)
        """,
        tmp_path,
    )
    assert out == "False True True"


def test_a_module_that_needs_ssl_is_imported_with_it(tmp_path: Path) -> None:
    (tmp_path / "needs_ssl.py").write_text("import ssl\nCONTEXT = ssl.create_default_context\n")
    out = run_fresh(
        """
        import sys
        from nspdesk.ui.process_tuning import import_without_ssl

        import_without_ssl("needs_ssl")
        import needs_ssl
        print("ssl" in sys.modules, needs_ssl.CONTEXT is not None)
        """,
        tmp_path,
    )
    assert out == "True True"


def test_a_missing_module_still_fails_and_ssl_is_left_importable(tmp_path: Path) -> None:
    out = run_fresh(
        """
        import sys
        from nspdesk.ui.process_tuning import import_without_ssl

        try:
            import_without_ssl("no_such_module_here")
        except ModuleNotFoundError:
            print(sys.modules.get("ssl", "absent"), end=" ")
        import ssl
        print(ssl.__name__)
        """,
        tmp_path,
    )
    assert out == "absent ssl"
