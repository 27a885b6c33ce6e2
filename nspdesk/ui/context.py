"""What every view needs, passed in explicitly (no global application object)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING

from nspdesk.domain.editions import ProgramLibrary
from nspdesk.domain.program import Program
from nspdesk.services.workspace import Workspace
from nspdesk.ui.settings import Settings

if TYPE_CHECKING:
    from nspdesk.ui.team_sync import TeamSync


@dataclass
class AppContext:
    workspace: Workspace  # the open database: handed to the services, never opened here
    settings: Settings
    _team_sync: TeamSync | None = field(default=None, init=False, repr=False, compare=False)

    def team_sync(self) -> TeamSync:
        """The device's background syncs (``ui.team_sync``): one per open database, made when
        first asked for (by the app's start and by the settings panel, whichever comes first)."""
        if self._team_sync is None:
            from nspdesk.ui.team_sync import TeamSync

            self._team_sync = TeamSync(self.workspace)
        return self._team_sync

    def finish_team_sync(self) -> None:
        """Before the database is closed: a background sync running may end (``TeamSync.finish``)."""
        if self._team_sync is not None:
            self._team_sync.finish()

    @property
    def library(self) -> ProgramLibrary:
        return self.workspace.library

    def program(self, on: date | None = None) -> Program:
        """The edition valid on ``on`` (today by default)."""
        return self.library.edition_for(on or date.today())
