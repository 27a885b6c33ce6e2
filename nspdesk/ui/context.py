"""What every view needs, passed in explicitly (no global application object)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from nspdesk.domain.editions import ProgramLibrary
from nspdesk.domain.program import Program
from nspdesk.store.database import Database
from nspdesk.store.opening import Store
from nspdesk.ui.settings import Settings


@dataclass
class AppContext:
    store: Store
    library: ProgramLibrary
    settings: Settings

    @property
    def database(self) -> Database:
        return self.store.database

    def program(self, on: date | None = None) -> Program:
        """The edition valid on ``on`` (today by default)."""
        return self.library.edition_for(on or date.today())
