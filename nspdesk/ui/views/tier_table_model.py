"""A read-only Qt table of the tiers of one program edition (the "Programm" view's first table).

An adapter only: it reads the ``Program`` and formats through ``nspdesk.domain.formatting``; it holds no
rule of its own.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from nspdesk.domain import formatting
from nspdesk.domain.program import Program, Tier

Index = QModelIndex | QPersistentModelIndex


def _threshold(tier: Tier) -> str:
    req = tier.requirements
    if req.revenue is not None:
        return f"{formatting.money(req.revenue)} p. a."
    if req.mrr is not None:
        return f"{formatting.money(req.mrr)} MRR"
    return "–"


def _discount(category: str) -> Callable[[Tier], str]:
    def cell(tier: Tier) -> str:
        if tier.benefits_of:
            return "umsatzabhängig"  # MSP: the discounts of Business or Premium, by revenue
        return (
            formatting.percent(tier.discount_for(category)) if category in tier.discounts else "–"
        )

    return cell


COLUMNS: list[tuple[str, Callable[[Tier], str]]] = [
    ("Stufe", lambda t: t.name),
    (
        "Projekte p. a.",
        lambda t: str(t.requirements.projects) if not t.granted_by_vendor else "nach Vereinbarung",
    ),
    ("Umsatzschwelle", _threshold),
    ("Zert. Techniker", lambda t: str(t.requirements.certified_technicians or "–")),
    ("Rabatt Neulizenzen", _discount("server-license")),
    ("Rabatt Wartung", _discount("server-maintenance")),
    ("Rabatt Cloud", _discount("cloud-service")),
    ("NFR-User", lambda t: str(t.benefits.nfr_users) if t.benefits.nfr_users else "–"),
    (
        "Marketingbudget p. a.",
        lambda t: (
            formatting.money(t.benefits.marketing_budget) if t.benefits.marketing_budget else "–"
        ),
    ),
    ("Leads", lambda t: "ja" if t.benefits.leads else "–"),
]


class TierTableModel(QAbstractTableModel):
    def __init__(self, program: Program) -> None:
        super().__init__()
        self._tiers = sorted(
            program.tiers.values(), key=lambda t: (list(program.tracks).index(t.track), t.rank)
        )
        # A row cache: views call data() hundreds of times per paint.
        self._cells = [[cell(tier) for _, cell in COLUMNS] for tier in self._tiers]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else len(self._cells)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._cells[index.row()][index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() > 0:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return COLUMNS[section][0]
        return None

    def tier_at(self, row: int) -> Tier:
        return self._tiers[row]
