"""The read-only list table every view uses: whole rows selected, no editing, no row numbers, zebra
rows, one line per row. Column widths and sorting stay with each view.

``fit_columns`` is the shared width policy for a small screen: the key column (partner, article,
note) takes the room that is left, the others are as wide as their contents (at most ``cap``, the
rest elided), and "optional" columns are hidden while the key column would otherwise be narrower
than ``key_min`` — the view declares which columns may go, least important first.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Container, Iterable, Mapping, Sequence
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractItemModel, QEvent, QItemSelectionModel, QObject, QTimer
from PySide6.QtGui import QFontMetricsF, QPaintEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QStyle, QTableView

if TYPE_CHECKING:
    from nspdesk.ui.worker import Task

Selection = QAbstractItemView.SelectionMode
KEY_MIN = 180  # px: a partner's or an article's name stays readable


class ListTable(QTableView):
    """A table that tells its model when it paints (a model with a ``painting()`` context, the
    ``WindowModel``, then reads rows it does not hold in the background, not during the paint)."""

    def paintEvent(self, event: QPaintEvent) -> None:
        painting = getattr(self.model(), "painting", None)
        if painting is None:
            super().paintEvent(event)
            return
        with painting():
            super().paintEvent(event)


class AfterPaint(QObject):
    """Runs work once a table's rows are painted: ``later(work)`` keeps the work (the last asked
    for) until the viewport's next paint has been done, or at once (in the next turn of the event
    loop) when the table is not shown. For work that would compete with the paint (a count in a
    worker thread holds Python's lock and a core). Its timer is the table's child, so whoever
    waits for a view's pending single-shot timers waits for the work to start."""

    def __init__(self, table: QTableView) -> None:
        super().__init__(table)
        self.table = table
        self._work: Callable[[], None] | None = None
        self._tasks: set[Task] = set()  # started by ``task_later``, until they end
        self._timer = QTimer(table)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._run)
        table.viewport().installEventFilter(self)

    def later(self, work: Callable[[], None]) -> None:
        self._work = work
        # shown: the paint starts it (the long interval only if no paint ever comes)
        self._timer.start(200 if self.table.isVisible() else 0)

    def task_later(
        self,
        work: Callable[[], object],
        succeeded: Callable[[object], None],
        failed: Callable[[str], None],
    ) -> None:
        """``work()`` in a worker thread once the rows are painted (a list's count), its result
        or its failure's message handed to the GUI thread; the task is held until it ends."""
        # here, not at the top: the kept rows' start frame imports this module without the store
        from nspdesk.ui.worker import start_held

        def start() -> None:
            start_held(self._tasks, work, succeeded, failed)

        self.later(start)

    def drop(self) -> None:
        """Forget the work not yet started (it was for rows no longer shown)."""
        self._work = None
        self._timer.stop()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and self._work is not None:
            self._timer.start(0)  # runs after this paint
        return False

    def _run(self) -> None:
        work, self._work = self._work, None
        if work is not None:
            work()


def list_table(
    name: str,
    model: QAbstractItemModel | None = None,
    selection: Selection = Selection.SingleSelection,
) -> QTableView:
    table = ListTable()
    table.setObjectName(name)
    if model is not None:
        table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(selection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.verticalHeader().setVisible(False)
    return table


class ColumnFit(QObject):
    """Keeps a table's key column at least ``key_min`` wide by hiding optional columns (see
    ``fit_columns``). It hides and shows only the columns it hid itself: a column the view hides
    for its own reasons stays the view's."""

    def __init__(
        self,
        table: QTableView,
        key: int,
        optional: Sequence[int],
        key_min: int,
        sized: bool,
    ) -> None:
        super().__init__(table)
        self.table = table
        self.key = key
        self.optional = list(optional)
        self.key_min = key_min
        self.hidden: list[int] = []  # the optional columns this fit hid, in the order hidden
        self._widths: dict[int, int] = {}  # their widths when last shown
        # one fit once the layout has settled (a resize and the sections' new widths); the timer
        # dies with the table, so a fit never runs on a deleted one
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.fit)
        table.viewport().installEventFilter(self)
        header = table.horizontalHeader()
        if sized:  # widths follow the contents: measure again when they change
            header.sectionResized.connect(self._later)
        model = table.model()
        if model is not None:
            for signal in (model.modelReset, model.layoutChanged, model.rowsInserted):
                signal.connect(self._later)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self._later()
        return False

    def _later(self, *_args: object) -> None:
        self._timer.start()

    def others(self) -> int:
        """The width of the shown columns other than the key column."""
        header = self.table.horizontalHeader()
        return sum(
            header.sectionSize(column)
            for column in range(header.count())
            if column != self.key and not header.isSectionHidden(column)
        )

    def fit(self) -> None:
        header = self.table.horizontalHeader()
        room = self.table.viewport().width()
        if room <= 0:
            return
        others = self.others()
        # show again what fits, the most important first (the last hidden)
        while self.hidden and room - others - self._widths[self.hidden[-1]] >= self.key_min:
            column = self.hidden.pop()
            self.table.setColumnHidden(column, False)
            others += self._widths[column]
        for column in self.optional:
            if room - others >= self.key_min:
                break
            if column in self.hidden or header.isSectionHidden(column):
                continue
            self._widths[column] = header.sectionSize(column)
            others -= self._widths[column]
            self.hidden.append(column)
            self.table.setColumnHidden(column, True)


def fit_columns(
    table: QTableView,
    key: int,
    optional: Sequence[int] = (),
    key_min: int = KEY_MIN,
    caps: Mapping[int, int] | None = None,
    contents: bool = True,
) -> ColumnFit:
    """Stretch column ``key``; size the others to their contents (``contents``; else the view sizes
    them) with a column of ``caps`` at most that wide (its text elided, interactive); hide the
    ``optional`` columns, first listed first, while ``key`` would be narrower than ``key_min``."""
    header = table.horizontalHeader()
    header.setMinimumSectionSize(24)
    if contents:
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    for column, width in (caps or {}).items():
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
        header.resizeSection(column, width)
    header.setSectionResizeMode(key, QHeaderView.ResizeMode.Stretch)
    fit = ColumnFit(table, key, optional, key_min, contents)
    table.setProperty("keyColumn", key)  # tests read it
    return fit


def select_row(table: QTableView, row: int) -> None:
    """Make ``row`` the current and only selected row, scrolled into view."""
    model = table.model()
    assert model is not None  # a list table has its model
    index = model.index(row, 0)
    table.selectionModel().setCurrentIndex(
        index,
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )
    table.scrollTo(index)


def size_to_texts(
    table: QTableView,
    texts: Sequence[Callable[[Any], str]],
    rows: Iterable[Any],
    keep: Container[int] = (),
) -> None:
    """Each column but those in ``keep`` (a stretched or capped one) as wide as its widest text
    among ``rows`` (``text_widths``): the lists that read a window of rows, instead of Qt's
    ``ResizeToContents``, which asks the delegate for every cell again at each layout."""
    header = table.horizontalHeader()
    for column, width in enumerate(text_widths(table, texts, rows)):
        if column not in keep:
            header.resizeSection(column, width)


def text_widths(
    table: QTableView, texts: Sequence[Callable[[Any], str]], rows: Iterable[Any]
) -> list[int]:
    """Per column (``texts``: each column's text of a row), the width its widest text among
    ``rows`` needs, and at least its header's: for lists that read a window of rows, whose columns
    are sized to what was read rather than by Qt asking every row (``ResizeToContents``)."""
    header = table.horizontalHeader()
    metrics = QFontMetricsF(table.font())
    style = table.style()
    margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, table)
    padding = 2 * (margin + 1) + 2  # the delegate's text margins, the grid line, rounding
    rows = list(rows)
    widths = []
    for column, text_of in enumerate(texts):
        widest = max(
            (metrics.horizontalAdvance(t) for t in {text_of(r) for r in rows}), default=0.0
        )
        widths.append(max(math.ceil(widest) + padding, header.sectionSizeHint(column)))
    return widths
