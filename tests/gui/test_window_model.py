"""The model of the lists that stay in the database (``WindowModel``): a new list shown in place
(selection and scroll position kept, no model reset), the length changed by its difference only,
and rows a paint asks for read in a worker thread."""

from __future__ import annotations

import threading
from collections.abc import Sequence
from dataclasses import dataclass

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor
from pytestqt.qtbot import QtBot

from nspdesk.ui.table_model import Column
from nspdesk.ui.tables import list_table
from nspdesk.ui.window_model import Fetch, WindowModel

pytestmark = pytest.mark.gui
RED = QColor("#b91c1c")


@dataclass(frozen=True)
class Item:
    id: int
    name: str


COLUMNS: list[Column[Item]] = [
    Column("Name", lambda item: item.name, color=lambda item: RED if item.id % 2 else None),
    Column("Nr.", lambda item: str(item.id), right=True),
]


def listing(ids: Sequence[int], reads: list[tuple[int, int, int]] | None = None) -> Fetch[Item]:
    """A list of the items ``ids`` in that order, read a window at a time (noted in ``reads``
    with the reading thread)."""
    items = [Item(i, f"Item {i:05d}") for i in ids]

    def fetch(offset: int, limit: int) -> tuple[int, Sequence[Item]]:
        if reads is not None:
            reads.append((offset, limit, threading.get_ident()))
        return len(items), items[offset : offset + limit]

    return fetch


def model_of(background: bool = False, identity: bool = True) -> WindowModel[Item]:
    return WindowModel(
        COLUMNS,
        ["name", None],
        identity=(lambda item: item.id) if identity else None,
        background=background,
    )


def selected_ids(table: object, model: WindowModel[Item]) -> list[int]:
    rows = table.selectionModel().selectedRows()  # type: ignore[attr-defined]
    return [model.row(index.row()).id for index in rows]


def test_a_new_list_keeps_the_selected_row_and_the_scroll_position(qtbot: QtBot) -> None:
    model = model_of()
    table = list_table("items", model)
    qtbot.addWidget(table)
    table.resize(400, 300)
    table.show()
    model.set_fetch(listing(range(1, 1001)))
    resets: list[bool] = []
    model.modelReset.connect(lambda: resets.append(True))
    table.selectRow(5)  # item 6
    table.verticalScrollBar().setValue(3)
    # the same item now third, the list shorter: no reset, the selection moves with the item
    model.set_fetch(listing([50, 7, 6, *range(100, 900)]))
    assert not resets
    assert model.rowCount() == 803
    assert selected_ids(table, model) == [6]
    assert table.currentIndex().row() == 2
    assert table.verticalScrollBar().value() == 3
    assert model.index(0, 0).data() == "Item 00050"
    # the item gone from the first window: the selection is let go, not moved to another item
    model.set_fetch(listing(range(2000, 2100)))
    assert selected_ids(table, model) == []
    assert not table.currentIndex().isValid()
    assert not resets


def test_the_length_changes_by_its_difference_only(qtbot: QtBot) -> None:
    model = model_of()
    model.set_fetch(listing(range(10)))
    inserted: list[tuple[int, int]] = []
    removed: list[tuple[int, int]] = []
    model.rowsInserted.connect(lambda _parent, first, last: inserted.append((first, last)))
    model.rowsRemoved.connect(lambda _parent, first, last: removed.append((first, last)))
    model.set_fetch(listing(range(100, 125)))
    assert inserted == [(10, 24)] and not removed
    assert [model.index(r, 1).data() for r in (0, 24)] == ["100", "124"]
    model.set_fetch(listing(range(3)))
    assert removed == [(3, 24)]
    assert model.rowCount() == 3
    model.set_count(5)  # a count that came later: rows added at the end
    assert inserted[-1] == (3, 4) and model.rowCount() == 5


def test_without_an_identity_a_new_list_resets_the_model(qtbot: QtBot) -> None:
    model = model_of(identity=False)
    table = list_table("items", model)
    qtbot.addWidget(table)
    model.set_fetch(listing(range(1, 100)))
    table.selectRow(4)
    resets: list[bool] = []
    model.modelReset.connect(lambda: resets.append(True))
    model.set_fetch(listing(range(1, 100)))
    assert resets == [True]
    assert not table.selectionModel().hasSelection()


def test_cells_colours_and_alignment_come_from_the_block(qtbot: QtBot) -> None:
    model = model_of()
    model.set_fetch(listing([1, 2, 3]))
    first, second = model.index(0, 0), model.index(1, 0)
    brush = first.data(Qt.ItemDataRole.ForegroundRole)
    assert isinstance(brush, QBrush) and brush.color() == RED
    assert second.data(Qt.ItemDataRole.ForegroundRole) is None  # an even id: no colour
    assert model.index(0, 1).data(Qt.ItemDataRole.ForegroundRole) is None  # not a coloured column
    assert model.index(0, 1).data(Qt.ItemDataRole.TextAlignmentRole) == int(
        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
    )
    assert first.data(Qt.ItemDataRole.TextAlignmentRole) is None
    assert first.data(Qt.ItemDataRole.DecorationRole) is None
    assert model.index(5, 0).data() is None  # beyond the list
    assert model.data(QModelIndex()) is None
    assert model.flags(QModelIndex()) == Qt.ItemFlag.NoItemFlags


def test_a_paint_reads_the_rows_it_lacks_in_the_background(qtbot: QtBot) -> None:
    reads: list[tuple[int, int, int]] = []
    model = model_of(background=True)
    table = list_table("items", model)
    qtbot.addWidget(table)
    table.resize(400, 300)
    model.set_fetch(listing(range(1000), reads))
    with qtbot.waitExposed(table):
        table.show()
    reads.clear()
    painted: list[int] = []
    model.dataChanged.connect(lambda top, _bottom: painted.append(top.row()))
    table.verticalScrollBar().setValue(500)  # a block not held: the paint does not wait for it
    qtbot.waitUntil(lambda: bool(painted))
    assert not model.reading()
    assert [(offset, limit) for offset, limit, _thread in reads] == [(480, WindowModel.BLOCK)]
    assert reads[0][2] != threading.get_ident()  # read in a worker thread
    assert painted == [480]  # its rows painted when they arrived
    assert model.index(500, 1).data() == "500"
    # outside a paint a row is read at once (a selection, a test)
    assert model.index(900, 1).data() == "900"
    assert not model.reading()


def test_a_block_read_for_an_earlier_list_is_dropped(qtbot: QtBot) -> None:
    model = model_of(background=True)
    model.set_fetch(listing(range(1000)))
    with model.painting():
        assert model.index(300, 0).data() is None  # asked for in the background
    model.set_fetch(listing(range(5000, 6000)))  # typed on before it arrived
    qtbot.wait(50)
    assert model.find_loaded(lambda item: item.id == 300) is None
    assert model.index(300, 1).data() == "5300"


def test_a_short_list_is_held_whole(qtbot: QtBot) -> None:
    """Whether every row is held: a row not among them is not in the list (no query needed)."""
    model = model_of()
    assert not model.holds_all()  # nothing shown yet
    model.set_fetch(listing(range(5)))
    assert model.holds_all()
    model.set_fetch(listing(range(WindowModel.BLOCK + 1)))
    assert not model.holds_all()
    model.set_fetch(listing([]))
    assert model.holds_all()
