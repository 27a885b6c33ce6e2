"""The product catalog: the price valid on a day, the price history of an article, saving a new
article or price version, and deleting one version. Articles leave here as plain :class:`Article`\\ s.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from nspdesk.domain.catalog import ArticleInput
from nspdesk.domain.program import Program
from nspdesk.services.workspace import Workspace
from nspdesk.store import catalog as store_catalog
from nspdesk.store.catalog import SORT_KEYS, CatalogQuery
from nspdesk.store.models import CatalogItem

__all__ = [
    "SORT_KEYS",
    "Article",
    "ArticleInput",
    "CatalogPage",
    "CatalogQuery",
    "article_numbers",
    "catalog_page",
    "catalog_position",
    "catalog_window",
    "current_articles",
    "current_articles_in",
    "delete_version",
    "price_history",
    "save_article",
]


@dataclass(frozen=True)
class Article:
    """One price version of an article."""

    id: int
    article_number: str
    name: str
    category: str
    unit: str
    list_price: Decimal
    valid_from: date
    example_price: bool  # a demo price, to be replaced by the real one

    @classmethod
    def of(cls, item: CatalogItem) -> Article:
        return cls(
            item.id,
            item.article_number,
            item.name,
            item.category,
            item.unit,
            item.list_price,
            item.valid_from,
            item.example_price,
        )

    def as_input(self) -> ArticleInput:
        return ArticleInput(
            self.article_number,
            self.name,
            self.category,
            self.unit,
            self.list_price,
            self.valid_from,
        )


def current_articles(workspace: Workspace, on: date, search: str = "") -> list[Article]:
    """Each article with the price valid on ``on``, by number; ``search`` matches number, name,
    unit or category id (all words, each anywhere, case-insensitive: the database's text index)."""
    with workspace.database.read() as session:
        return [Article.of(i) for i in store_catalog.current_items(session, on, search)]


def current_articles_in(workspace: Workspace, on: date, category: str) -> list[Article]:
    """The articles of ``category`` with the price valid on ``on``, by number (the maintenance
    articles a quote's warning offers to add)."""
    with workspace.database.read() as session:
        query = CatalogQuery(category=category)
        return [Article.of(i) for i in store_catalog.item_window(session, on, query, 0, None)]


@dataclass(frozen=True)
class CatalogPage:
    """A window of the catalog list, how many articles the list has (``count``) and how many there
    are without a search (``total``), read in one transaction."""

    count: int
    total: int
    offset: int
    rows: tuple[Article, ...]


def catalog_page(
    workspace: Workspace, on: date, query: CatalogQuery, offset: int, limit: int
) -> CatalogPage:
    """Rows ``offset`` … ``offset + limit`` of the articles valid on ``on`` that ``query``
    searches and orders, and their count: the database searches, sorts and pages."""
    with workspace.database.read() as session:
        count = store_catalog.count_items(session, on, query)
        everything = CatalogQuery(category=query.category)
        return CatalogPage(
            count=count,
            total=count if not query.search else store_catalog.count_items(session, on, everything),
            offset=offset,
            rows=tuple(
                Article.of(i) for i in store_catalog.item_window(session, on, query, offset, limit)
            ),
        )


def catalog_window(
    workspace: Workspace, on: date, query: CatalogQuery, offset: int, limit: int
) -> list[Article]:
    """Rows ``offset`` … ``offset + limit`` of the list ``query`` describes (no count)."""
    with workspace.database.read() as session:
        return [Article.of(i) for i in store_catalog.item_window(session, on, query, offset, limit)]


def catalog_position(
    workspace: Workspace, on: date, query: CatalogQuery, number: str
) -> int | None:
    """Where article ``number`` stands in the list ``query`` describes; None if not in it."""
    with workspace.database.read() as session:
        return store_catalog.item_position(session, on, query, number)


def article_numbers(workspace: Workspace) -> set[str]:
    """Every article number the catalog has (any price version)."""
    with workspace.database.read() as session:
        return store_catalog.article_numbers(session)


def price_history(workspace: Workspace, article_number: str) -> list[Article]:
    """Every price version of the article, oldest first."""
    with workspace.database.read() as session:
        return [Article.of(i) for i in store_catalog.versions(session, article_number)]


def save_article(workspace: Workspace, program: Program, data: ArticleInput) -> Article:
    """Add an article or a new price version, or change the version with exactly that day.

    Bad input (no number, no name, an unknown category, a negative price) is an ``InputError``
    naming the field.
    """
    with workspace.database.write() as session:
        return Article.of(store_catalog.save_article(session, program, data))


def delete_version(workspace: Workspace, version_id: int) -> None:
    """Delete one price version (the last one removes the article); ``NotFoundError`` if gone."""
    with workspace.database.write() as session:
        store_catalog.delete_version(session, version_id)
