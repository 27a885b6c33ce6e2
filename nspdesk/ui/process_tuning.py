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

SQLAlchemy 2.1 imports ``asyncio`` at its top, and ``asyncio`` imports ``ssl`` only if it can (for
TLS in its event loops, which nspdesk never runs): ``import_without_ssl`` imports SQLAlchemy with
``ssl`` kept out, 1.2 MB less at the peak (OpenSSL's module and its enums); the web checker imports
``ssl`` itself when it first runs (bench/README.md, "memory4", 2026-12-05).
"""

from __future__ import annotations

import importlib
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


def import_without_ssl(name: str) -> None:
    """``name`` imported while ``import ssl`` fails, so that what imports ssl only if it can (the
    ``asyncio`` SQLAlchemy imports) does without; ``ssl`` is importable again afterwards. Should the
    import need ssl after all (another SQLAlchemy), it is imported again as usual."""
    if "ssl" in sys.modules:  # imported already: nothing to save
        importlib.import_module(name)
        return
    sys.modules["ssl"] = None  # type: ignore[assignment]  # Python's "not importable" mark
    try:
        importlib.import_module(name)
    except ImportError:
        pass
    else:
        return
    finally:
        del sys.modules["ssl"]
    importlib.import_module(name)
