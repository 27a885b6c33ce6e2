"""One line of a quote as it is asked to be priced (``nspdesk.domain.pricing`` re-exports it)."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from nspdesk.domain.decimals import ZERO


@dataclass(frozen=True)
class QuoteLine:
    category: str
    description: str
    quantity: Decimal
    unit_price: Decimal
    extra_discount: Decimal = ZERO
    # Lines whose category has a price of the program (own-use and NFR licences): the licence's
    # users. None: an own-use licence is named by its price, an NFR licence has the tier's seats.
    users: int | None = None
    # False when the request left the unit price to the program (``unit_price`` is then 0 and
    # unread); a line whose price is not the program's must name it.
    price_given: bool = True
