"""services.letterhead: the team's letterhead and cap in the database, on each backend."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

import pytest

from nspdesk.domain.editions import ProgramLibrary
from nspdesk.domain.letterhead import demo_sender
from nspdesk.services import letterhead
from nspdesk.services.errors import InputError
from nspdesk.services.workspace import Workspace, open_workspace
from nspdesk.store.location import Location


@pytest.fixture
def workspace(location: Location, library: ProgramLibrary) -> Iterator[Workspace]:
    opened = open_workspace(location.url, library, create=True)
    yield opened
    opened.close()


def test_the_cap_follows_the_program_until_the_team_sets_one(workspace: Workspace) -> None:
    program = letterhead.program_cap(workspace)
    assert letterhead.max_extra_discount(workspace) is None
    assert letterhead.effective_cap(workspace) == program
    letterhead.set_max_extra_discount(workspace, Decimal("2.5"))
    assert letterhead.max_extra_discount(workspace) == Decimal("2.5")
    assert letterhead.effective_cap(workspace) == Decimal("2.5")
    assert letterhead.load_letterhead(workspace) == demo_sender()  # a row for the cap alone
    for bad in (program + Decimal("0.1"), Decimal(-1)):
        with pytest.raises(InputError) as refused:
            letterhead.set_max_extra_discount(workspace, bad)
        assert refused.value.field == "max_extra_discount"
    assert letterhead.max_extra_discount(workspace) == Decimal("2.5")
    letterhead.set_max_extra_discount(workspace, program)  # the program's own cap: follow it
    assert letterhead.max_extra_discount(workspace) is None


def test_letterhead_and_cap_are_saved_together_or_not_at_all(workspace: Workspace) -> None:
    sender = replace(demo_sender(), company="Team GmbH")
    letterhead.save_team_settings(workspace, sender, Decimal(5))
    assert letterhead.load_letterhead(workspace).company == "Team GmbH"
    with pytest.raises(InputError):
        letterhead.save_team_settings(workspace, replace(sender, company="Nie GmbH"), Decimal(99))
    assert letterhead.load_letterhead(workspace).company == "Team GmbH"
    assert letterhead.max_extra_discount(workspace) == Decimal(5)


def test_the_letterhead_of_a_missing_file_is_the_demo_and_nothing_is_made(tmp_path: Path) -> None:
    missing = tmp_path / "fehlt.sqlite3"
    assert letterhead.letterhead_at(str(missing)) == demo_sender()
    assert not missing.exists()
    with open_workspace(str(missing), create=True) as made:
        letterhead.save_letterhead(made, replace(demo_sender(), company="Da GmbH"))
    assert letterhead.letterhead_at(str(missing)).company == "Da GmbH"
