"""The shared table model's search (``FilterProxy`` over a ``RowModel``): every word in some
column, case-folded; narrowing as the user types on and widening on backspace; the sort order, the
counts and the selection kept."""

from __future__ import annotations

import gc
import weakref
from dataclasses import dataclass

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QTableView
from pytestqt.qtbot import QtBot

from nspdesk.ui.table_model import Column, FilterProxy, RowModel, cell_texts

pytestmark = pytest.mark.gui


@dataclass(frozen=True)
class Firm:
    id: int
    name: str
    city: str
    amount: int


CITIES = ["Köln", "Münster", "Großenhain", "Berlin"]
COLUMNS: list[Column[Firm]] = [
    Column("Name", lambda f: f.name),
    Column("Ort", lambda f: f.city),  # four values: searched by value
    Column("Betrag", lambda f: f"{f.amount} €", right=True, sort=lambda f: f.amount),
]


def firms(count: int) -> list[Firm]:
    return [
        Firm(n, f"Firma {n:04d} {'GmbH' if n % 3 else 'AG'}", CITIES[n % 4], (n * 37) % 1000)
        for n in range(count)
    ]


def proxy_of(rows: list[Firm]) -> FilterProxy:
    model: RowModel[Firm] = RowModel(COLUMNS)
    model.set_rows(rows)
    proxy = FilterProxy()
    proxy.setSourceModel(model)
    return proxy


def matches(proxy: FilterProxy) -> list[Firm]:
    return [proxy.row_object(r) for r in range(proxy.match_count())]


def expected(rows: list[Firm], text: str) -> list[int]:
    words = text.casefold().split()
    return [
        f.id for f in rows if all(any(w in c.text(f).casefold() for c in COLUMNS) for w in words)
    ]


@pytest.mark.parametrize("count", [30, FilterProxy.PAGED_FROM + 500])
def test_every_word_in_some_column_case_folded(count: int) -> None:
    rows = firms(count)
    proxy = proxy_of(rows)
    for text in ["KÖLN", "köln gmbh", "grossenhain", "GROSSENHAIN ag", "0012", "münster 7 €", "x"]:
        proxy.set_search(text)
        assert [f.id for f in matches(proxy)] == expected(rows, text), text
    assert [f.id for f in matches(proxy)] == []


def test_typing_on_narrows_and_backspace_widens() -> None:
    rows = firms(FilterProxy.PAGED_FROM + 500)
    proxy = proxy_of(rows)
    typed = "münster 01"
    for end in [*range(1, len(typed) + 1), *range(len(typed) - 1, -1, -1)]:
        proxy.set_search(typed[:end])
        assert [f.id for f in matches(proxy)] == expected(rows, typed[:end]), typed[:end]
    assert proxy.match_count() == len(rows)
    # a word replaced by one that is no longer than it: not a narrowing of the old one
    proxy.set_search("köln")
    proxy.set_search("berlin")
    assert [f.id for f in matches(proxy)] == expected(rows, "berlin")


def test_the_sort_order_is_kept_while_searching() -> None:
    rows = firms(FilterProxy.PAGED_FROM + 500)
    proxy = proxy_of(rows)
    proxy.sort(2, Qt.SortOrder.DescendingOrder)
    for text in ["k", "kö", "köln", "köln ag", "köln", ""]:
        proxy.set_search(text)
        shown = matches(proxy)
        assert [f.amount for f in shown] == sorted((f.amount for f in shown), reverse=True)
        assert sorted(f.id for f in shown) == sorted(expected(rows, text))
        # equal amounts keep the model's order (the sort is stable)
        assert shown == sorted(shown, key=lambda f: (-f.amount, f.id))


def test_counts_and_the_page_the_view_is_handed() -> None:
    rows = firms(FilterProxy.PAGED_FROM + 500)
    proxy = proxy_of(rows)
    assert (proxy.rowCount(), proxy.match_count()) == (FilterProxy.PAGE, len(rows))
    proxy.set_search("köln")  # a quarter of the rows
    assert proxy.match_count() == len(rows) // 4
    assert proxy.rowCount() == FilterProxy.PAGE
    proxy.set_search("köln 000")  # a few rows (Firma 0000, 0004, 0008, 1000): fewer than a page
    assert proxy.match_count() == proxy.rowCount() == len(expected(rows, "köln 000"))
    proxy.set_search("")
    assert proxy.match_count() == len(rows)


def test_the_selected_row_stays_selected_while_it_matches(qtbot: QtBot) -> None:
    rows = firms(FilterProxy.PAGED_FROM + 500)
    proxy = proxy_of(rows)
    table = QTableView()
    qtbot.addWidget(table)
    table.setModel(proxy)
    table.setSortingEnabled(True)
    table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    target = next(r for r in range(proxy.rowCount()) if proxy.row_object(r).id == 12)  # Köln
    table.selectionModel().setCurrentIndex(
        proxy.index(target, 0),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )

    def selected() -> int | None:
        index = table.currentIndex()
        return proxy.row_object(index.row()).id if index.isValid() else None

    for text in ["k", "köln", "köln 0012", "köln 001"]:
        proxy.set_search(text)
        assert selected() == 12, text
        assert table.selectionModel().isRowSelected(table.currentIndex().row())
    proxy.set_search("berlin")
    assert selected() is None


def test_any_table_model_can_be_searched() -> None:
    model = QStandardItemModel()
    for name, city in [("Alpha", "Köln"), ("Beta", "Münster"), ("Gamma", "KÖLN")]:
        model.appendRow([QStandardItem(name), QStandardItem(city)])
    proxy = FilterProxy()
    proxy.setSourceModel(model)
    proxy.set_search("köln")
    assert [proxy.index(r, 0).data() for r in range(proxy.rowCount())] == ["Alpha", "Gamma"]
    proxy.set_search("köln GAM")
    assert [proxy.index(r, 0).data() for r in range(proxy.rowCount())] == ["Gamma"]


def test_nothing_is_frozen_and_old_rows_are_freed_when_replaced() -> None:
    """No ``gc.freeze()`` (issue 20): replacing the rows frees the old ones by reference counting."""
    frozen = gc.get_freeze_count()
    model = RowModel(COLUMNS)
    rows = firms(2000)
    old_row = weakref.ref(rows[5])
    model.set_rows(rows)
    proxy = FilterProxy()
    proxy.setSourceModel(model)
    proxy.set_search("firma 0005")  # the search's texts hold no row
    assert [f.id for f in matches(proxy)] == [5]
    del rows
    assert old_row() is not None  # the model holds it
    gc.disable()  # no collection: reference counting alone frees the old rows
    try:
        model.set_rows(firms(2000))
        assert old_row() is None
    finally:
        gc.enable()
    assert gc.get_freeze_count() == frozen
    assert model.rows()[5].name == "Firma 0005 GmbH"


def test_texts_made_in_a_worker_thread_show_as_texts_made_here() -> None:
    """A list read in a worker thread may have its cells' texts made there too (10 000 rows'
    texts made on arrival paused the GUI thread 80-90 ms, issue 20): ``set_rows`` with them shows
    what it shows when it makes them itself, and refuses texts of another list."""
    import threading

    rows = firms(300)
    made: list[list[list[str]]] = []
    worker = threading.Thread(target=lambda: made.append(cell_texts(COLUMNS, rows)))
    worker.start()
    worker.join()
    given: RowModel[Firm] = RowModel(COLUMNS)
    given.set_rows(rows, made[0])
    own: RowModel[Firm] = RowModel(COLUMNS)
    own.set_rows(rows)
    for model in (given, own):
        assert model.data(model.index(7, 2)) == f"{rows[7].amount} €"
    assert [[given.data(given.index(r, c)) for c in range(3)] for r in range(len(rows))] == [
        [own.data(own.index(r, c)) for c in range(3)] for r in range(len(rows))
    ]
    proxy = FilterProxy()
    proxy.setSourceModel(given)
    proxy.set_search("köln ag")
    assert [f.id for f in matches(proxy)] == expected(rows, "köln ag")
    with pytest.raises(ValueError, match="300 rows of texts for 10 rows"):
        given.set_rows(rows[:10], made[0])
    assert given.rowCount() == len(rows)  # the refused texts changed nothing
