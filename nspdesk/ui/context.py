"""What every view needs, passed in explicitly (no global application object)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from nspdesk.domain.editions import ProgramLibrary
from nspdesk.domain.program import Program
from nspdesk.services.workspace import Workspace
from nspdesk.ui.settings import Settings

if TYPE_CHECKING:  # transitional: the views not yet moved to the services
    from nspdesk.store.database import Database
    from nspdesk.store.opening import Store


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

    # Transitional, until every view goes through the services (issue "One door").
    @property
    def store(self) -> Store:
        return self.workspace.store

    @store.setter
    def store(self, store: Store) -> None:
        self.workspace.replace_store(store)

    @property
    def database(self) -> Database:
        return self.workspace.database
