"""The due list (Fällig): what needs action on a day, most urgent first, for the app and the CLI.

Both read the stored due facts (``nspdesk.store.due_facts``, issue 20): first the partners whose
facts are stale are computed again with the domain, in their own transaction (``refresh_due``;
after the migration that is every partner, which the app does with progress, off the GUI thread),
then the list is a query: ``due_page`` hands out a window, the count and the urgencies in the
query's order, ``due_window`` a later window of the same query. The CLI reads the whole list
(``due_list``). A database opened read-only with stale facts cannot store them: its list is
decided afresh (``nspdesk.store.due.due_selection``) and later windows are found through the
``DuePlaces`` of the first.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import TypeVar

from sqlalchemy.orm import Session

from nspdesk.domain.due import DueItem, DueKind, DueThresholds, Urgency
from nspdesk.services.keeping import kept
from nspdesk.services.workspace import Workspace
from nspdesk.store import due_facts
from nspdesk.store.due import SORT_KEYS, DuePlaces, DueQuery, due_selection, due_window_at
from nspdesk.store.due import due_list as fresh_due_list

__all__ = [
    "SORT_KEYS",
    "DueItem",
    "DueKind",
    "DuePage",
    "DuePlaces",
    "DueQuery",
    "DueThresholds",
    "due_list",
    "due_page",
    "due_stale",
    "due_unordered",
    "due_window",
    "refresh_due",
]

T = TypeVar("T")
REFRESH_CHUNK = 500  # partners computed in one transaction (about 0.1 s each)


def due_stale(workspace: Workspace, today: date) -> int:
    """How many partners' due facts must be computed before the list can be read on ``today``."""
    with workspace.database.read() as session:
        return len(due_facts.stale(session, workspace.library, today))


def due_unordered(workspace: Workspace, today: date, thresholds: DueThresholds | None) -> int:
    """How many stored items the next read orders first (one UPDATE, about 13 µs an item): all
    of them when the day's order is not kept for ``today`` and ``thresholds``, none when it is
    or cannot be (a read-only database orders in the query). ``refresh_due`` with the
    thresholds does it in a worker task."""
    if workspace.database.read_only is not None:
        return 0
    with workspace.database.read() as session:
        if due_facts.arranged(session, today, thresholds or DueThresholds()):
            return 0
        return due_facts.stored_items(session)


def refresh_due(
    workspace: Workspace,
    today: date,
    progress: Callable[[int, int], None] | None = None,
    cancel: threading.Event | None = None,
    thresholds: DueThresholds | None = None,
) -> bool:
    """Compute the stale partners' due facts for ``today``, ``REFRESH_CHUNK`` at a time, each
    chunk in its own transaction, reporting ``progress(done, total)``, and then (``thresholds``
    given) keep the day's order for them; False when the database is read-only (nothing can be
    stored) and something is stale, or when cancelled."""
    with workspace.database.read() as session:
        stale = due_facts.stale(session, workspace.library, today)
    if not stale:
        _order(workspace, today, thresholds)
        return True
    if workspace.database.read_only is not None:
        return False
    for start in range(0, len(stale), REFRESH_CHUNK):
        if cancel is not None and cancel.is_set():
            return False
        with workspace.database.write() as session:
            chunk = stale[start : start + REFRESH_CHUNK]
            due_facts.refresh(session, workspace.library, today, chunk)
        if progress is not None:
            progress(min(start + REFRESH_CHUNK, len(stale)), len(stale))
    _order(workspace, today, thresholds)
    return True


def _order(workspace: Workspace, today: date, thresholds: DueThresholds | None) -> None:
    """Keep the day's order for ``today`` and ``thresholds`` (None: leave it for the read)."""
    if thresholds is None or workspace.database.read_only is not None:
        return
    with workspace.database.write() as session:
        if not due_facts.arranged(session, today, thresholds):
            due_facts.arrange(session, today, thresholds)


def _stored(
    workspace: Workspace, today: date, limits: DueThresholds, reading: Callable[[Session], T]
) -> T | None:
    """``reading`` of the stored facts, the stale partners computed first and the day's order
    stored for ``today`` and ``limits`` (one look in the same session when both are); None when
    stale facts cannot be stored (a read-only database: its order is computed in the query; a full
    disk or a lock held too long: nothing is stored, the caller decides the list afresh)."""
    database = workspace.database
    with database.read() as session:
        if not due_facts.stale(session, workspace.library, today) and (
            database.read_only is not None or due_facts.arranged(session, today, limits)
        ):
            return reading(session)
    # a full disk, a lock (``kept``: None): the list is decided afresh instead
    if not kept(lambda: refresh_due(workspace, today, thresholds=limits)):
        return None
    with database.read() as session:
        return reading(session)


def due_list(
    workspace: Workspace, today: date, thresholds: DueThresholds | None = None
) -> list[DueItem]:
    """Everything due on ``today``, most urgent first."""
    limits = thresholds or DueThresholds()
    library = workspace.library
    stored = _stored(
        workspace,
        today,
        limits,
        lambda session: due_facts.window(session, library, today, limits, DueQuery(), 0, None),
    )
    if stored is not None:
        return stored
    with workspace.database.read() as session:
        return fresh_due_list(session, library, today, limits)


@dataclass(frozen=True)
class DuePage:
    """A window of the due list with how many items the list has (``count``), how many the
    searched partners have of every kind (``total``), and the list's items per urgency."""

    count: int
    total: int
    urgencies: tuple[tuple[Urgency, int], ...]  # the urgencies that occur, most urgent first
    offset: int
    rows: tuple[DueItem, ...]
    # for ``due_window``: the query (the stored facts), or where each item of the whole list
    # comes from (a read-only database whose facts are stale)
    places: DuePlaces | DueQuery


def due_page(
    workspace: Workspace,
    today: date,
    thresholds: DueThresholds | None,
    query: DueQuery,
    offset: int,
    limit: int,
) -> DuePage:
    """Items ``offset`` … ``offset + limit`` of the due list ``query`` searches, filters and
    orders, with its counts."""
    start = max(0, offset)
    limits = thresholds or DueThresholds()
    library = workspace.library

    def reading(session: Session) -> tuple[due_facts.StoredCounts, list[DueItem]]:
        counts = due_facts.counts(session, today, limits, query)
        return counts, due_facts.window(session, library, today, limits, query, start, limit)

    stored = _stored(workspace, today, limits, reading)
    if stored is not None:
        counts, rows = stored
        return DuePage(
            count=counts.count,
            total=counts.total,
            urgencies=tuple((u, n) for u, n in zip(Urgency, counts.urgencies, strict=True) if n),
            offset=start,
            rows=tuple(rows),
            places=query,
        )
    with workspace.database.read() as session:
        selected = due_selection(session, workspace.library, today, thresholds, query)
    return DuePage(
        count=len(selected.items),
        total=selected.total,
        urgencies=tuple((u, n) for u, n in zip(Urgency, selected.urgencies, strict=True) if n),
        offset=start,
        rows=tuple(selected.items[start : start + limit]),
        places=selected.places,
    )


def due_window(
    workspace: Workspace,
    today: date,
    thresholds: DueThresholds | None,
    places: DuePlaces | DueQuery,
    offset: int,
    limit: int,
) -> list[DueItem]:
    """Items ``offset`` … ``offset + limit`` of the list a ``due_page`` read (its ``places``):
    the same query of the stored facts, the partners that changed since computed again; or (a
    read-only database) decided again for their partners only, an item no longer due left out."""
    if isinstance(places, DueQuery):
        limits = thresholds or DueThresholds()
        library, query = workspace.library, places
        stored = _stored(
            workspace,
            today,
            limits,
            lambda session: due_facts.window(session, library, today, limits, query, offset, limit),
        )
        if stored is not None:
            return stored
        with workspace.database.read() as session:  # read-only, stale since the first window
            chosen = due_selection(session, library, today, thresholds, query)
        return chosen.items[max(0, offset) : max(0, offset) + limit]
    with workspace.database.read() as session:
        return due_window_at(session, workspace.library, today, thresholds, places, offset, limit)
