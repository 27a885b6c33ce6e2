"""All known editions of the program, and which one applies on a given date.

Each edition is one file in ``resources/programs/``. An edition applies from its ``valid_from`` until
the next edition's ``valid_from``; adding the vendor's next edition is adding a file.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from functools import cache
from pathlib import Path

from nspdesk.domain.errors import InputError, ProgramFileError
from nspdesk.domain.messages import QT_TRANSLATE_NOOP
from nspdesk.domain.program import Program
from nspdesk.domain.program_file import load_program

BEFORE_START = QT_TRANSLATE_NOOP(
    "Editions",
    "{day} liegt vor dem Beginn des Partnerprogramms (erste Edition {edition} gilt ab {start})",
)
UNKNOWN_EDITION = QT_TRANSLATE_NOOP("Editions", "unbekannte Edition {edition}")


class ProgramLibrary:
    """The editions, oldest first."""

    def __init__(self, programs: Iterable[Program]) -> None:
        self.editions = sorted(programs, key=lambda p: p.valid_from)
        if not self.editions:
            raise ProgramFileError("", "", "keine Programmdatei gefunden")
        seen: dict[date, Program] = {}
        for program in self.editions:
            if program.valid_from in seen:
                raise ProgramFileError(
                    program.file,
                    "valid_from",
                    f"{program.valid_from} gilt schon für Edition "
                    f"{seen[program.valid_from].edition!r} ({seen[program.valid_from].file})",
                )
            seen[program.valid_from] = program

    @classmethod
    def from_directory(cls, directory: Path) -> ProgramLibrary:
        files = sorted(directory.glob("*.toml"))
        if not files:
            raise ProgramFileError(str(directory), "", "enthält keine Programmdatei (*.toml)")
        return cls(load_program(path) for path in files)

    def edition_for(self, day: date) -> Program:
        """The edition valid on ``day``."""
        valid = [p for p in self.editions if p.valid_from <= day]
        if not valid:
            first = self.editions[0]
            raise InputError(
                "date",
                BEFORE_START.format(
                    day=day.isoformat(),
                    edition=repr(first.edition),
                    start=first.valid_from.isoformat(),
                ),
            )
        return valid[-1]

    def edition(self, name: str) -> Program:
        """An edition by its name, e.g. ``"2024"`` (a stored quote names its edition)."""
        for program in self.editions:
            if program.edition == name:
                return program
        raise InputError("edition", UNKNOWN_EDITION.format(edition=repr(name)))


@cache
def default_library() -> ProgramLibrary:
    """The editions shipped with nspdesk, loaded once per process."""
    from nspdesk.resources import resource_path

    return ProgramLibrary.from_directory(resource_path("programs"))
