"""Freed memory handed back to the system (``nspdesk.ui.process_tuning``): on Linux with glibc the
free pages inside the heap go back, elsewhere nothing is done."""

from __future__ import annotations

import platform
import subprocess
import sys
import textwrap

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
