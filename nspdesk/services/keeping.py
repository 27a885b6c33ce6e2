"""Derived values kept in the database when it can store them, worked out in memory when not.

The lists keep what the rules worked out (the due list's facts, the partner list's traffic
lights, issue 20) in derived tables. Keeping is a write: a full disk, a drive that turned
read-only or a lock held too long refuse it (``DatabaseUnavailableError``), and the list must show
all the same, worked out in memory as for a database opened read-only, nothing lost (nothing the
user typed is in those tables). A server that was lost raises the same error; the list's read
that follows then reports it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from nspdesk.services.errors import DatabaseUnavailableError

T = TypeVar("T")


def kept(keep: Callable[[], T]) -> T | None:
    """What ``keep()`` returns, or None when the database cannot store derived values now."""
    try:
        return keep()
    except DatabaseUnavailableError:
        return None
