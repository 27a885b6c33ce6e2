"""What changed between two versions of a quote's lines: added, removed, changed, and the totals.

Used for the diff between two revisions of a quote and for "duplicate to another partner" (the same
lines re-priced at the other partner's tier). Lines are matched by their article number, free lines
(no article number) by their description; when the same key occurs more than once, the n-th
occurrence on one side is matched with the n-th on the other.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum

from nspdesk.domain.decimals import ZERO


@dataclass(frozen=True)
class DiffLine:
    """One line as the diff sees it (from a stored revision or a priced quote)."""

    article_number: str
    description: str
    quantity: Decimal
    unit_price: Decimal
    discount_percent: Decimal
    extra_discount: Decimal
    net: Decimal

    @property
    def key(self) -> str:
        return self.article_number or f"text:{self.description.strip().casefold()}"


class Change(StrEnum):
    ADDED = "added"
    REMOVED = "removed"
    CHANGED = "changed"


# The fields compared, with their German names for the diff view.
FIELDS = {
    "description": "Beschreibung",
    "quantity": "Menge",
    "unit_price": "Einzelpreis",
    "discount_percent": "Rabatt",
    "extra_discount": "Zusatzrabatt",
    "net": "Gesamt",
}


@dataclass(frozen=True)
class LineChange:
    change: Change
    old: DiffLine | None
    new: DiffLine | None
    fields: tuple[str, ...] = ()  # the changed fields (keys of FIELDS), for CHANGED

    @property
    def line(self) -> DiffLine:
        line = self.new or self.old
        assert line is not None
        return line

    @property
    def net_delta(self) -> Decimal:
        return (self.new.net if self.new else ZERO) - (self.old.net if self.old else ZERO)


@dataclass(frozen=True)
class QuoteDiff:
    changes: tuple[LineChange, ...]  # only lines that differ, in the order of the new version
    old_net: Decimal
    new_net: Decimal

    @property
    def net_delta(self) -> Decimal:
        return self.new_net - self.old_net

    @property
    def unchanged(self) -> bool:
        return not self.changes and self.old_net == self.new_net

    def of(self, change: Change) -> list[LineChange]:
        return [c for c in self.changes if c.change is change]


def diff_lines(old: Sequence[DiffLine], new: Sequence[DiffLine]) -> QuoteDiff:
    """The differences from ``old`` to ``new``."""
    remaining: dict[str, list[DiffLine]] = {}
    for line in old:
        remaining.setdefault(line.key, []).append(line)
    changes: list[LineChange] = []
    for line in new:
        candidates = remaining.get(line.key)
        if not candidates:
            changes.append(LineChange(Change.ADDED, None, line))
            continue
        before = candidates.pop(0)
        changed = tuple(name for name in FIELDS if getattr(before, name) != getattr(line, name))
        if changed:
            changes.append(LineChange(Change.CHANGED, before, line, changed))
    for lines in remaining.values():
        changes.extend(LineChange(Change.REMOVED, line, None) for line in lines)
    return QuoteDiff(
        tuple(changes),
        old_net=sum((line.net for line in old), ZERO),
        new_net=sum((line.net for line in new), ZERO),
    )
