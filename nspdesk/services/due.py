"""The due list (Fällig): what needs action on a day, most urgent first, for the app and the CLI.

The CLI reads the whole list (``due_list``); the app a window at a time: ``due_page`` decides the
list for every partner the search finds (the database narrows the partners and quotes read, the
domain decides what is due) and hands out its first window, its counts and where each item comes
from (``DuePlaces``, a few bytes an item); ``due_window`` reads a later window with them, deciding
again for that window's partners only.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from nspdesk.domain.due import DueItem, DueKind, DueThresholds, Urgency
from nspdesk.services.workspace import Workspace
from nspdesk.store.due import SORT_KEYS, DuePlaces, DueQuery, due_selection, due_window_at
from nspdesk.store.due import due_list as stored_due_list

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
    "due_window",
]


def due_list(
    workspace: Workspace, today: date, thresholds: DueThresholds | None = None
) -> list[DueItem]:
    """Everything due on ``today``, most urgent first."""
    with workspace.database.read() as session:
        return stored_due_list(session, workspace.library, today, thresholds)


@dataclass(frozen=True)
class DuePage:
    """A window of the due list with how many items the list has (``count``), how many the
    searched partners have of every kind (``total``), and the list's items per urgency."""

    count: int
    total: int
    urgencies: tuple[tuple[Urgency, int], ...]  # the urgencies that occur, most urgent first
    offset: int
    rows: tuple[DueItem, ...]
    places: DuePlaces  # for ``due_window``: where each item of the whole list comes from


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
    with workspace.database.read() as session:
        selected = due_selection(session, workspace.library, today, thresholds, query)
    start = max(0, offset)
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
    places: DuePlaces,
    offset: int,
    limit: int,
) -> list[DueItem]:
    """Items ``offset`` … ``offset + limit`` of the list a ``due_page`` read (its ``places``),
    decided again for their partners only; an item no longer due is left out."""
    with workspace.database.read() as session:
        return due_window_at(session, workspace.library, today, thresholds, places, offset, limit)
