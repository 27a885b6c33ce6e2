"""The product catalog: the price valid on a day, search as you type, new price versions.

The list reads a window at a time (issue 20): ``count_items`` and ``item_window`` take a
``CatalogQuery`` (search words, sort column and direction) and let the database find each article's
price valid on the day, search (the derived ``search_catalog`` of migration 0009, through
``nspdesk.store.list_search``), sort and page.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import Numeric, Select, and_, case, cast, exists, func, or_, select
from sqlalchemy.orm import Session, aliased

from nspdesk.domain.catalog import ArticleInput
from nspdesk.domain.errors import InputError
from nspdesk.domain.limits import MAX_PRICE
from nspdesk.domain.messages import QT_TRANSLATE_NOOP
from nspdesk.domain.program import Program
from nspdesk.store.errors import NotFoundError
from nspdesk.store.list_search import CATALOG, matching, words_of
from nspdesk.store.models import CatalogItem

NUMBER_MISSING = QT_TRANSLATE_NOOP("CatalogStore", "die Artikelnummer fehlt")
NAME_MISSING = QT_TRANSLATE_NOOP("CatalogStore", "die Bezeichnung fehlt")
UNKNOWN_CATEGORY = QT_TRANSLATE_NOOP(
    "CatalogStore", "unbekannte Kategorie {category} (bekannt: {known})"
)
NEGATIVE_PRICE = QT_TRANSLATE_NOOP("CatalogStore", "der Listenpreis darf nicht negativ sein")
PRICE_TOO_LARGE = QT_TRANSLATE_NOOP(
    "CatalogStore", "der Listenpreis ist zu groß (höchstens {maximum})"
)
NO_ITEM_ID = QT_TRANSLATE_NOOP("CatalogStore", "Es gibt keinen Katalogeintrag mit der ID {id}.")

__all__ = [
    "SORT_KEYS",
    "ArticleInput",
    "CatalogQuery",
    "article_numbers",
    "count_items",
    "current_items",
    "delete_version",
    "item_position",
    "item_window",
    "save_article",
    "versions",
]

SORT_KEYS = ("number", "name", "category", "unit", "price", "valid_from", "note")


@dataclass(frozen=True)
class CatalogQuery:
    """What the catalog list shows of the articles valid on a day: the search words, the order."""

    search: str = ""
    sort: str = "number"  # one of SORT_KEYS
    descending: bool = False
    # each category id with the name the list shows for it (the UI's language): the list sorts by
    # that name, and a word of the search also finds the articles of a category whose name has it
    category_names: tuple[tuple[str, str], ...] = ()
    category: str | None = None  # only this category's articles


def current_items(session: Session, on: date, search: str = "") -> list[CatalogItem]:
    """Each article with the price valid on ``on`` (the newest version not after it), by number.

    ``search`` matches article number, name, unit or category id (all words, case-insensitive,
    in the text index).
    """
    return item_window(session, on, CatalogQuery(search=search), 0, None)


def _valid_on(on: date) -> Any:
    """The version of each article that holds on ``on``: none later that is not after ``on``."""
    later = aliased(CatalogItem)
    return and_(
        CatalogItem.valid_from <= on,
        ~exists().where(
            later.article_number == CatalogItem.article_number,
            later.valid_from > CatalogItem.valid_from,
            later.valid_from <= on,
        ),
    )


def _selected(session: Session, on: date, query: CatalogQuery, *columns: Any) -> Select[Any]:
    statement = select(*columns).select_from(CatalogItem).where(_valid_on(on))
    if query.category is not None:
        statement = statement.where(CatalogItem.category == query.category)
    for word in words_of(query.search, short=True):
        found = matching(session, CATALOG, word)
        assert found is not None  # a word: a search
        condition: Any = CatalogItem.id.in_(found)
        named = [key for key, name in query.category_names if word in name.lower()]
        if named:
            condition = or_(condition, CatalogItem.category.in_(named))
        statement = statement.where(condition)
    return statement


def _order_by(query: CatalogQuery) -> list[Any]:
    """The sort column, then the article number (unique among the versions valid on a day)."""
    shown = dict(query.category_names)
    keys: dict[str, Any] = {
        "number": CatalogItem.article_number,
        "name": func.lower(CatalogItem.name),
        "category": func.lower(
            case(shown, value=CatalogItem.category, else_=CatalogItem.category)
            if shown
            else CatalogItem.category
        ),
        "unit": func.lower(CatalogItem.unit),
        "price": cast(CatalogItem.list_price, Numeric(30, 10)),  # kept as its exact text
        "valid_from": CatalogItem.valid_from,
        "note": CatalogItem.example_price,
    }
    if query.sort not in keys:
        raise ValueError(f"unknown sort key {query.sort!r}: one of {', '.join(SORT_KEYS)}")
    order = [keys[query.sort], CatalogItem.article_number]
    if query.sort == "number":
        order = order[:1]
    return [key.desc() for key in order] if query.descending else order


def count_items(session: Session, on: date, query: CatalogQuery) -> int:
    """How many articles valid on ``on`` the list ``query`` describes has."""
    return int(session.execute(_selected(session, on, query, func.count())).scalar_one())


def item_window(
    session: Session, on: date, query: CatalogQuery, offset: int, limit: int | None
) -> list[CatalogItem]:
    """The versions valid on ``on`` at ``offset`` … ``offset + limit`` of the list ``query``
    describes, in its order (``limit`` None: to the end)."""
    ordered = _selected(session, on, query, CatalogItem).order_by(*_order_by(query))
    return list(session.scalars(ordered.offset(max(0, offset)).limit(limit)))


def item_position(session: Session, on: date, query: CatalogQuery, number: str) -> int | None:
    """Where article ``number`` stands in the list ``query`` describes (None: not in it)."""
    numbered = _selected(
        session,
        on,
        query,
        CatalogItem.article_number.label("number"),
        func.row_number().over(order_by=_order_by(query)).label("at"),
    ).subquery()
    found = session.execute(
        select(numbered.c.at).where(numbered.c.number == number)
    ).scalar_one_or_none()
    return None if found is None else int(found) - 1


def article_numbers(session: Session) -> set[str]:
    """Every article number the catalog has (any version): the new-article form warns of them."""
    return set(session.scalars(select(CatalogItem.article_number).distinct()))


def versions(session: Session, article_number: str) -> list[CatalogItem]:
    return list(
        session.scalars(
            select(CatalogItem)
            .where(CatalogItem.article_number == article_number)
            .order_by(CatalogItem.valid_from)
        )
    )


def save_article(session: Session, program: Program, data: ArticleInput) -> CatalogItem:
    """Add an article or a new price version of it (same number, later ``valid_from``), or change
    the version with exactly that ``valid_from``."""
    number = data.article_number.strip()
    if not number:
        raise InputError("article_number", NUMBER_MISSING)
    if not data.name.strip():
        raise InputError("name", NAME_MISSING)
    if data.category not in program.categories:
        known = ", ".join(program.categories)
        raise InputError(
            "category", UNKNOWN_CATEGORY.format(category=repr(data.category), known=known)
        )
    if data.list_price < 0:
        raise InputError("list_price", NEGATIVE_PRICE)
    if data.list_price > MAX_PRICE:
        raise InputError("list_price", PRICE_TOO_LARGE.format(maximum=MAX_PRICE))
    item = session.scalars(
        select(CatalogItem).where(
            CatalogItem.article_number == number, CatalogItem.valid_from == data.valid_from
        )
    ).one_or_none()
    if item is None:
        item = CatalogItem(article_number=number, valid_from=data.valid_from)
        session.add(item)
    item.name = data.name.strip()
    item.category = data.category
    item.unit = data.unit.strip() or "Stück"
    item.list_price = data.list_price
    item.example_price = False
    session.flush()
    return item


def delete_version(session: Session, item_id: int) -> None:
    item = session.get(CatalogItem, item_id)
    if item is None:
        raise NotFoundError(NO_ITEM_ID.format(id=item_id))
    session.delete(item)
    session.flush()
