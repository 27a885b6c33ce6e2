"""What the detail panels ask of the partner view: one write per user action, a yes/no question."""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from nspdesk.services.workspace import Workspace
from nspdesk.ui.views.partners.common import ErrorLine


class Host(Protocol):
    def write(
        self,
        title: str,
        change: Callable[[Workspace], object],
        errors: ErrorLine | None = None,
        labels: dict[str, str] | None = None,
    ) -> bool:
        """Run ``change`` (one service call); bad input goes to ``errors``, the rest to a dialog.

        On success the view reloads the partner and the list and returns True.
        """
        ...

    def confirm(self, question: str) -> bool: ...
