"""A read-only Qt table of the tiers of one program edition (the "Programm" view's first table).

An adapter only: it reads the ``Program`` and formats through ``nspdesk.ui.formats`` (the UI's
locale); it holds no rule of its own. Tier names come from the rule file, shown in the UI's
language from its vocabulary.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from nspdesk.domain.program import Program, Tier
from nspdesk.ui import formats
from nspdesk.ui.i18n import QT_TRANSLATE_NOOP, show

Index = QModelIndex | QPersistentModelIndex
CONTEXT = "TierTableModel"


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def _threshold(tier: Tier) -> str:
    req = tier.requirements
    if req.revenue is not None:
        return QCoreApplication.translate("TierTableModel", "{amount} p. a.").format(
            amount=formats.money(req.revenue)
        )
    if req.mrr is not None:
        return QCoreApplication.translate("TierTableModel", "{amount} MRR").format(
            amount=formats.money(req.mrr)
        )
    return "–"


def _discount(category: str) -> Callable[[Tier], str]:
    def cell(tier: Tier) -> str:
        if tier.benefits_of:
            # MSP: the discounts of Business or Premium, by revenue
            return QCoreApplication.translate("TierTableModel", "umsatzabhängig")
        return formats.percent(tier.discount_for(category)) if category in tier.discounts else "–"

    return cell


def _projects(tier: Tier) -> str:
    if tier.granted_by_vendor:
        return QCoreApplication.translate("TierTableModel", "nach Vereinbarung")
    return formats.number(tier.requirements.projects)


# Headers are German sources, translated when shown (headerData).
COLUMNS: list[tuple[str, Callable[[Tier], str]]] = [
    (QT_TRANSLATE_NOOP("TierTableModel", "Stufe"), lambda t: show(t.name)),
    (QT_TRANSLATE_NOOP("TierTableModel", "Projekte p. a."), _projects),
    (QT_TRANSLATE_NOOP("TierTableModel", "Umsatzschwelle"), _threshold),
    (
        QT_TRANSLATE_NOOP("TierTableModel", "Zert. Techniker"),
        lambda t: str(t.requirements.certified_technicians or "–"),
    ),
    (QT_TRANSLATE_NOOP("TierTableModel", "Rabatt Neulizenzen"), _discount("server-license")),
    (QT_TRANSLATE_NOOP("TierTableModel", "Rabatt Wartung"), _discount("server-maintenance")),
    (QT_TRANSLATE_NOOP("TierTableModel", "Rabatt Cloud"), _discount("cloud-service")),
    (
        QT_TRANSLATE_NOOP("TierTableModel", "NFR-User"),
        lambda t: str(t.benefits.nfr_users) if t.benefits.nfr_users else "–",
    ),
    (
        QT_TRANSLATE_NOOP("TierTableModel", "Marketingbudget p. a."),
        lambda t: (
            formats.money(t.benefits.marketing_budget) if t.benefits.marketing_budget else "–"
        ),
    ),
    (
        QT_TRANSLATE_NOOP("TierTableModel", "Leads"),
        lambda t: QCoreApplication.translate("TierTableModel", "ja") if t.benefits.leads else "–",
    ),
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
            return _tr(COLUMNS[section][0])
        return None

    def tier_at(self, row: int) -> Tier:
        return self._tiers[row]
