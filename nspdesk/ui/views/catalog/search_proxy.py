"""``FilterProxy`` without the deprecated ``invalidateFilter`` (PySide6 6.12 warns, and the tests
turn warnings into errors). Used by the Onboarding view (the Katalog reads windows from the
database since issue 20); once
``nspdesk.ui.table_model.FilterProxy`` uses ``beginFilterChange``/``endFilterChange`` itself, this
class can go."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QSortFilterProxyModel

from nspdesk.ui.table_model import FilterProxy


class SearchProxy(FilterProxy):
    def set_search(self, text: str) -> None:
        self.beginFilterChange()
        self._words = text.casefold().split()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_filter(self, name: str, predicate: Callable[[Any], bool] | None) -> None:
        self.beginFilterChange()
        if predicate is None:
            self._filters.pop(name, None)
        else:
            self._filters[name] = predicate
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
