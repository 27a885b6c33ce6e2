"""What every view needs, passed in explicitly (no global application object)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from nspdesk.domain.editions import ProgramLibrary
from nspdesk.domain.program import Program
from nspdesk.services.workspace import Workspace
from nspdesk.ui.settings import Settings


@dataclass
class AppContext:
    workspace: Workspace  # the open database: handed to the services, never opened here
    settings: Settings

    @property
    def library(self) -> ProgramLibrary:
        return self.workspace.library

    def program(self, on: date | None = None) -> Program:
        """The edition valid on ``on`` (today by default)."""
        return self.library.edition_for(on or date.today())
