"""The app on a team database (PostgreSQL) whose server goes away: saving says so in one sentence
in the UI's language, what was typed stays in the form, and saving again once the server is back
works without a restart. Skips without the ``pg_virtualenv`` server."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from nspdesk.domain.editions import default_library
from nspdesk.services import letterhead
from nspdesk.services.workspace import Workspace
from nspdesk.store.location import Location
from nspdesk.store.opening import open_store
from nspdesk.ui.context import AppContext
from nspdesk.ui.settings import Settings
from nspdesk.ui.views.settings_view import SettingsView
from tests.gui.conftest import close_like_the_app
from tests.integration.store_backends import PG_SKIP, postgres_available, postgres_database
from tests.integration.test_server_lost import admin, name_of

pytestmark = [pytest.mark.gui, pytest.mark.skipif(not postgres_available(), reason=PG_SKIP)]


@pytest.fixture
def team_database() -> Iterator[Location]:
    with postgres_database() as location:
        yield location


@pytest.fixture
def team_context(tmp_path: Path, team_database: Location) -> Iterator[AppContext]:
    store = open_store(team_database)
    settings = Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    context = AppContext(workspace=Workspace(store, default_library()), settings=settings)
    yield context
    close_like_the_app(context)


def server_away(location: Location, away: bool) -> None:
    """The database closed to connections and its connections ended (``away``), or open again."""
    name = name_of(location)
    with admin() as connection:
        connection.execute(f'ALTER DATABASE "{name}" ALLOW_CONNECTIONS {str(not away).lower()}')
        if away:
            connection.execute(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = %s",
                (name,),
            )


@pytest.mark.parametrize(
    ("language", "said"),
    [
        (
            "de",
            "ist nicht erreichbar: die Datenbank nimmt gerade keine Verbindungen an (Wartung?). "
            "Diese Aktion wurde nicht gespeichert; alles zuvor Gespeicherte bleibt erhalten.",
        ),
        (
            "en",
            "cannot be reached: the database accepts no connections right now (maintenance?). "
            "This action was not saved; everything saved before is kept.",
        ),
    ],
)
def test_saving_while_the_server_is_away_and_again_when_it_is_back(
    request: pytest.FixtureRequest,
    qtbot: QtBot,
    team_context: AppContext,
    team_database: Location,
    warnings: list[tuple[str, str]],
    language: str,
    said: str,
) -> None:
    if language == "en":
        request.getfixturevalue("english")
    view = SettingsView(team_context)
    qtbot.addWidget(view)
    qtbot.waitUntil(lambda: not view.loading())
    company = view.sender_form.edits["company"]
    company.setText("Nach dem Ausfall GmbH")
    server_away(team_database, True)
    try:
        view.save()
    finally:
        server_away(team_database, False)
    assert len(warnings) == 1
    text = warnings[0][1]
    assert said in text and "\n" not in text
    assert ("Team-Datenbank " if language == "de" else "The team database ") in text
    assert company.text() == "Nach dem Ausfall GmbH"  # what was typed stays
    assert letterhead.load_letterhead(team_context.workspace).company != "Nach dem Ausfall GmbH"

    view.save()  # the server is back: no restart needed
    assert len(warnings) == 1
    assert letterhead.load_letterhead(team_context.workspace).company == "Nach dem Ausfall GmbH"
