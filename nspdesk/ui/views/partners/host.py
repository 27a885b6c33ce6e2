"""What the detail panels ask of the partner view: one write per user action, a yes/no question."""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from sqlalchemy.orm import Session

from nspdesk.ui.views.partners.common import ErrorLine


class Host(Protocol):
    def write(
        self,
        title: str,
        change: Callable[[Session], object],
        errors: ErrorLine | None = None,
        labels: dict[str, str] | None = None,
    ) -> bool:
        """Run ``change`` in one write session; bad input goes to ``errors``, the rest to a dialog.

        On success the view reloads the partner and the list and returns True.
        """
        ...

    def confirm(self, question: str) -> bool: ...
