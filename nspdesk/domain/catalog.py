"""What a person enters for an article or one price version of it (the catalog's input)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal


@dataclass(frozen=True)
class ArticleInput:
    """An article, or a new price of it from ``valid_from`` on (same number, a later day)."""

    article_number: str
    name: str
    category: str  # a category id of the program edition
    unit: str
    list_price: Decimal
    valid_from: date
