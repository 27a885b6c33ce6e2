"""The desktop process's memory, handed back where glibc would keep it (called from ``ui/app.py``).

glibc's ``malloc`` gives a thread that allocates while another holds the main heap an arena (a heap)
of its own. The start imports SQLAlchemy, the store and the first view in a background thread
(``ui/app.py``, ``ui/background.py``): what that thread allocated and freed again (the imports'
passing work: compiling, reading the files) stays in that thread's arena as free space the GUI
thread never reuses, 2-3 MB for the life of the process. ``malloc_trim`` at the end of the thread's
work gives every arena's free pages back to the system: 1.3-1.8 MB less at the peak with both lists
shown (bench/README.md, "Memory: where the peak is", 2026-12-05), a few milliseconds in that
thread, nothing on the GUI thread.

One arena for the whole process (``mallopt(M_ARENA_MAX, 1)`` before any thread) saves 3.2 MB but
made the live rows' start 2 % slower (the two threads then wait on one heap's lock): not done.

Linux with glibc only; elsewhere (Windows, macOS, musl) nothing is done.
"""

from __future__ import annotations

import sys


def return_freed_memory() -> bool:
    """The free pages of every malloc arena back to the system; False where there is no glibc."""
    if not sys.platform.startswith("linux"):
        return False
    import ctypes

    try:
        libc = ctypes.CDLL(None)  # the symbols the process has loaded: glibc's where it has one
    except OSError:
        return False
    if not hasattr(libc, "malloc_trim") or not hasattr(libc, "gnu_get_libc_version"):
        return False
    libc.malloc_trim(0)
    return True
