"""The product catalog: the price valid on a day, search as you type, new price versions."""

from __future__ import annotations

from datetime import date

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from nspdesk.domain.catalog import ArticleInput
from nspdesk.domain.errors import InputError
from nspdesk.domain.limits import MAX_PRICE
from nspdesk.domain.messages import QT_TRANSLATE_NOOP
from nspdesk.domain.program import Program
from nspdesk.store.errors import NotFoundError
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

__all__ = ["ArticleInput", "current_items", "delete_version", "save_article", "versions"]


def current_items(session: Session, on: date, search: str = "") -> list[CatalogItem]:
    """Each article with the price valid on ``on`` (the newest version not after it), by number.

    ``search`` matches article number or name, all words, case-insensitive.
    """
    query = select(CatalogItem).where(CatalogItem.valid_from <= on)
    for word in search.split():
        pattern = f"%{word}%"
        query = query.where(
            or_(CatalogItem.article_number.ilike(pattern), CatalogItem.name.ilike(pattern))
        )
    newest: dict[str, CatalogItem] = {}
    for item in session.scalars(query.order_by(CatalogItem.article_number, CatalogItem.valid_from)):
        newest[item.article_number] = item  # later versions replace earlier ones
    return list(newest.values())


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
