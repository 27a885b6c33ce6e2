"""A partner's figures of one year, hand-entered and from won quotes kept apart.

One type for the store's reading (``nspdesk.store.figures``), the dashboard, ``nspdesk partners
show`` and the annual review's proposals (``nspdesk.domain.review``). A tuple: the partner list
makes one for every partner.
"""

from __future__ import annotations

from decimal import Decimal
from typing import NamedTuple

from nspdesk.domain.decimals import ZERO


class YearFigures(NamedTuple):
    year: int = 0  # 0: not said (a proposal built by hand)
    projects_manual: int = 0
    projects_won: int = 0
    revenue_manual: Decimal = ZERO
    revenue_won: Decimal = ZERO
    mrr_manual: Decimal = ZERO
    mrr_won: Decimal = ZERO

    @property
    def projects(self) -> int:
        return self.projects_manual + self.projects_won

    @property
    def revenue(self) -> Decimal:
        return self.revenue_manual + self.revenue_won

    @property
    def mrr(self) -> Decimal:
        return self.mrr_manual + self.mrr_won
