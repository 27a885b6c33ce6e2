"""services.catalog: prices by day, history, save and delete, as plain Articles on each backend."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from decimal import Decimal

import pytest

from nspdesk.domain.editions import ProgramLibrary
from nspdesk.services import catalog
from nspdesk.services.catalog import Article, ArticleInput
from nspdesk.services.errors import InputError, NotFoundError
from nspdesk.services.workspace import Workspace, open_workspace
from nspdesk.store.location import Location


@pytest.fixture
def workspace(location: Location, library: ProgramLibrary) -> Iterator[Workspace]:
    opened = open_workspace(location.url, library, create=True)
    yield opened
    opened.close()


def test_a_new_price_the_history_and_deleting_it(
    workspace: Workspace, library: ProgramLibrary
) -> None:
    program = library.edition("2024")
    first = ArticleInput("A-1", "Lizenz", "server-license", "User", Decimal("30"), date(2026, 1, 1))
    saved = catalog.save_article(workspace, program, first)
    assert isinstance(saved, Article) and saved.as_input() == first
    later = ArticleInput(
        **{**first.__dict__, "list_price": Decimal("33"), "valid_from": date(2027, 1, 1)}
    )
    catalog.save_article(workspace, program, later)
    assert [a.list_price for a in catalog.current_articles(workspace, date(2026, 6, 1))] == [30]
    assert [a.list_price for a in catalog.current_articles(workspace, date(2027, 6, 1))] == [33]
    assert catalog.current_articles(workspace, date(2027, 6, 1), "lizenz a-1")[0].name == "Lizenz"
    history = catalog.price_history(workspace, "A-1")
    assert [a.valid_from for a in history] == [date(2026, 1, 1), date(2027, 1, 1)]
    catalog.delete_version(workspace, history[-1].id)
    assert [a.list_price for a in catalog.current_articles(workspace, date(2027, 6, 1))] == [30]
    with pytest.raises(NotFoundError):
        catalog.delete_version(workspace, history[-1].id)
    with pytest.raises(InputError) as refused:
        catalog.save_article(workspace, program, ArticleInput(**{**first.__dict__, "name": " "}))
    assert refused.value.field == "name"
