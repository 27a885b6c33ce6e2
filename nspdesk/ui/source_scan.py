"""PySide6 reads the source of every module imported after it; keep it from holding all of them.

Shiboken's import hook (PYSIDE-2029) asks of each newly imported module whether its source mentions
"PySide6" (only such modules may switch on ``from __feature__ import …``), through
``inspect.getsource``, which keeps every file's lines in ``linecache`` for the life of the process:
600 files, some 23 MB of the app's memory and part of its start. The same question is answered here
by reading the file once and keeping nothing; nspdesk itself uses no ``__feature__``.
"""

from __future__ import annotations

from types import ModuleType


def mentions_pyside(module: ModuleType) -> bool:
    """Shiboken's test: the module's source file contains "PySide6" (no source: False)."""
    path = getattr(module, "__file__", None)
    if not isinstance(path, str) or not path.endswith(".py"):
        return False
    try:
        with open(path, "rb") as source:
            return b"PySide6" in source.read()
    except OSError:
        return False


def spare_the_line_cache() -> bool:
    """Answer Shiboken's question with ``mentions_pyside``; False when this PySide6 asks no such
    question (then nothing is changed)."""
    import PySide6  # noqa: F401 - loads Shiboken's support modules

    try:
        from shibokensupport import feature  # type: ignore[import-not-found]
    except ImportError:
        return False
    if not callable(getattr(feature, "_mod_uses_pyside", None)):
        return False
    feature._mod_uses_pyside = mentions_pyside
    return True
