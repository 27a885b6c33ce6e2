"""The due list (Fällig): what needs action on a day, most urgent first, for the app and the CLI."""

from __future__ import annotations

from datetime import date

from nspdesk.domain.due import DueItem, DueThresholds
from nspdesk.services.collector import collector_paused
from nspdesk.services.workspace import Workspace
from nspdesk.store.due import due_list as stored_due_list


def due_list(
    workspace: Workspace, today: date, thresholds: DueThresholds | None = None
) -> list[DueItem]:
    # Tens of thousands of facts and items at once: the bench target of the due list.
    with workspace.database.read() as session, collector_paused():
        return stored_due_list(session, workspace.library, today, thresholds)
