"""The product catalog: articles with their list price from a date on (price history kept)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from sqlalchemy import Date, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from nspdesk.store.models.base import Base, Timestamps
from nspdesk.store.types import ExactDecimal


class CatalogItem(Base, Timestamps):
    __tablename__ = "catalog_items"
    __table_args__ = (UniqueConstraint("article_number", "valid_from"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    article_number: Mapped[str] = mapped_column(String(50), index=True)
    name: Mapped[str] = mapped_column(String(300))
    category: Mapped[str] = mapped_column(String(40))  # a category id of the program
    unit: Mapped[str] = mapped_column(String(30), default="Stück")
    list_price: Mapped[Decimal] = mapped_column(ExactDecimal)  # may have more than two places
    valid_from: Mapped[date] = mapped_column(Date)
    example_price: Mapped[bool] = mapped_column(default=False)  # demo data: not a real list price
