"""Fällig: everything that needs action on a day, most urgent first (``nspdesk.services.due``).

The table sorts by any column (by urgency to start with) and filters by kind and by partner (name,
customer number, city, searched in the database's text index). The list is the services' (issue 20):
each filter, keystroke or click on a header asks ``services.due.due_page`` for the first window and
the counts; the ``WindowModel`` reads further windows as the view scrolls. A double click or
"Erledigen …" asks the main window, through ``navigate``, to open the place where the item is dealt
with: the partner's tab, the quote, the onboarding checklist. The thresholds are settings
(Einstellungen → Fällig-Liste); the list is read again whenever the view is shown.

The list is read from stored due facts (``services.due``); partners whose facts are stale are
computed again before a read. Many of them (after the migration, a new year, an import) are
computed in a worker task, the progress in the summary line, and the list is read when it is done;
a few are computed with the read.
"""

from __future__ import annotations

from array import array
from collections.abc import Callable, Sequence
from datetime import date

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
)

from nspdesk.domain.due import DueItem, DueThresholds, Urgency
from nspdesk.services.due import (
    DuePage,
    DuePlaces,
    DueQuery,
    due_page,
    due_stale,
    due_unordered,
    due_window,
    refresh_due,
)
from nspdesk.ui import formats
from nspdesk.ui import settings as options
from nspdesk.ui.context import AppContext
from nspdesk.ui.i18n import show
from nspdesk.ui.operations import run
from nspdesk.ui.settings import Settings
from nspdesk.ui.table_model import Column
from nspdesk.ui.tables import fit_columns, list_table, size_to_texts
from nspdesk.ui.views.base import WorkspaceView
from nspdesk.ui.views.due.kinds import (
    URGENCY_COLORS,
    Target,
    action_name,
    days_text,
    filter_groups,
    kind_name,
    target_of,
    urgency_name,
)
from nspdesk.ui.window_model import WindowModel
from nspdesk.ui.worker import Progress, Task


def thresholds_from(settings: Settings) -> DueThresholds:
    """The due list's thresholds as the user set them (negative values count as 0)."""
    return DueThresholds(
        certification_days=max(0, settings.get_int(options.DUE_CERTIFICATION_DAYS)),
        backlink_verification_days=max(0, settings.get_int(options.DUE_BACKLINK_DAYS)),
        quote_days=max(0, settings.get_int(options.DUE_QUOTE_DAYS)),
        onboarding_stalled_days=max(0, settings.get_int(options.DUE_ONBOARDING_DAYS)),
    )


PARTNER_WIDTH = 220
# each column's order in the database's list (services.due.SORT_KEYS)
SORT_KEYS: list[str | None] = ["urgency", "partner", "kind", "due", "days", "text"]
# Items read at a time: a window is a query of the stored facts, its rows' texts made by the domain
# from their partners' facts (about 0.07 ms an item), so two screens and a margin.
DUE_BLOCK = 120
PARTNER_COLUMN, NOTE_COLUMN = 1, 5
NOTHING = DuePage(0, 0, (), 0, (), DuePlaces(array("q"), b"", array("q"), array("l")))


class DueView(WorkspaceView):
    view_id = "due"
    title = "Fällig"
    navigate = Signal(str, int, str)  # view id, the partner, quote or partner to open, a tab

    # more stale partners than this are computed in a worker task (about 0.2 s per 1 000 partners)
    COMPUTE_APART = 250
    ORDER_APART = 5000  # items whose day's order is kept in a worker task (about 13 µs each)

    def __init__(self, context: AppContext, clock: Callable[[], date] = date.today) -> None:
        super().__init__(context)
        self.clock = clock
        self.computing: Task | None = None
        self.title = self.tr("Fällig")
        self._page = NOTHING
        self._ready = False  # no reading before the view is built (the header's first sort)
        top = self._top_bar()
        self._build_table()

        self.summary = QLabel()
        self.summary.setObjectName("dueSummary")
        self.summary.setWordWrap(True)
        self.act_button = QPushButton(self.tr("Erledigen …"))
        self.act_button.setObjectName("dueAct")
        self.act_button.setToolTip(self.tr("Die Stelle öffnen, an der der Punkt erledigt wird"))
        self.act_button.clicked.connect(self.act_on_selected)
        bottom = QHBoxLayout()
        bottom.addWidget(self.summary, 1)
        bottom.addWidget(self.act_button)

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.limits_note)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        self._first: Task | None = None  # the first window, read in a worker at the first opening
        self.refresh(background=True)
        self.read_when_built()

    def _top_bar(self) -> QHBoxLayout:
        self.heading = QLabel()
        self.heading.setObjectName("dueHeading")
        self.heading.setTextFormat(Qt.TextFormat.RichText)
        self.limits_note = QLabel()
        self.limits_note.setObjectName("dueLimits")
        self.limits_note.setWordWrap(True)
        self.limits_note.setStyleSheet("color: #6B6B6B;")
        self.kind_filter = QComboBox()
        self.kind_filter.setObjectName("dueKindFilter")
        self.kind_filter.addItem(self.tr("Alle Arten"), None)
        for name, kinds in filter_groups():
            self.kind_filter.addItem(name, kinds)
        self.kind_filter.currentIndexChanged.connect(self._filter_changed)
        self.search = QLineEdit()
        self.search.setObjectName("dueSearch")
        self.search.setPlaceholderText(self.tr("Partner suchen …"))
        self.search.setToolTip(self.tr("Name, Kundennummer oder Ort des Partners"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(200)
        self.refresh_button = QPushButton(self.tr("Aktualisieren"))
        self.refresh_button.setObjectName("dueRefresh")
        self.refresh_button.clicked.connect(self.refresh)
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(QLabel(self.tr("Art:")))
        top.addWidget(self.kind_filter)
        top.addWidget(self.search)
        top.addWidget(self.refresh_button)
        return top

    def _build_table(self) -> None:
        self.model: WindowModel[DueItem] = WindowModel(
            [
                Column(
                    self.tr("Dringlichkeit"),
                    lambda i: urgency_name(i.urgency),
                    color=lambda i: URGENCY_COLORS[i.urgency],
                ),
                Column(self.tr("Partner"), lambda i: i.company, tooltip=lambda i: i.company),
                Column(self.tr("Was"), lambda i: kind_name(i.kind)),
                Column(self.tr("Fällig am"), lambda i: formats.day(i.due)),
                Column(
                    self.tr("Tage"),
                    lambda i: days_text(i.days),
                    right=True,
                    color=lambda i: URGENCY_COLORS[Urgency.OVERDUE] if i.days < 0 else None,
                ),
                Column(self.tr("Hinweis"), lambda i: show(i.text), tooltip=lambda i: show(i.text)),
            ],
            SORT_KEYS,
            self,
        )
        self.model.BLOCK = DUE_BLOCK
        self.model.sort_requested.connect(self._apply)
        self.search.textChanged.connect(self._apply)
        self.table = list_table("dueTable", self.model)
        self.table.setSortingEnabled(True)
        # The note takes the room; the partner is cut at PARTNER_WIDTH (in full in its tooltip),
        # and a narrow window drops the days (the due date says it too). The others are as wide
        # as their widest text in the rows read (``_size_columns``), not Qt's ResizeToContents:
        # that asked the delegate for each cell of the first window again at each new window
        # (13 000 calls of the model's ``data``, 15-25 ms of the first opening's pause, issue 20).
        fit_columns(
            self.table,
            key=NOTE_COLUMN,
            optional=(4,),
            caps={PARTNER_COLUMN: PARTNER_WIDTH},
            contents=False,
        )
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.doubleClicked.connect(self._double_clicked)
        self.table.selectionModel().currentRowChanged.connect(self._selection_changed)

    # --- reading --------------------------------------------------------------------------------

    def activated(self) -> None:
        if not self.just_built():
            self.refresh()

    def loading(self) -> bool:
        """True while the first window is read in a worker thread (the list empty until then)."""
        return self._first is not None

    def refresh(self, background: bool = False) -> None:
        """Read the list again. ``background`` (the first opening): the first window from a worker
        thread, 50-100 ms on 10 000 partners that paused the GUI thread (issue 20); a search,
        filter or order chosen meanwhile is read when it arrives."""
        self._ready = True
        self._first = None  # a first read under way is older than this one
        today = self.clock()
        limits = thresholds_from(self.context.settings)
        if background and self.computing is None:
            self._read_first(today, limits)  # the worker asks first how much is to compute
        elif not self._compute_apart(today):
            self._apply()
        self.heading.setText(self.tr("<b>Fällig am {day}</b>").format(day=formats.day(today)))
        self.limits_note.setText(
            self.tr(
                "Gemeldet werden Zertifizierungen, die binnen {cert} ablaufen, Backlinks, "
                "die seit {backlink} nicht geprüft sind, Angebote, die binnen {quote} "
                "ablaufen, und Onboarding ohne Änderung seit {onboarding} (Einstellungen)."
            ).format(
                cert=self.tr("%n Tagen", "binnen, seit", limits.certification_days),
                backlink=self.tr("%n Tagen", "binnen, seit", limits.backlink_verification_days),
                quote=self.tr("%n Tagen", "binnen, seit", limits.quote_days),
                onboarding=self.tr("%n Tagen", "binnen, seit", limits.onboarding_stalled_days),
            )
        )
        if self.model.rowCount() and not self.table.currentIndex().isValid():
            self.table.selectRow(0)
        self._selection_changed()

    def query(self) -> DueQuery:
        """What the list shows now: the partners searched for, the kinds, the order."""
        sort, descending = self.model.sort_key()
        kinds = self.kind_filter.currentData()
        return DueQuery(
            search=self.search.text(),
            kinds=tuple(kinds) if kinds is not None else None,
            sort=sort or "urgency",
            descending=descending if sort else False,
        )

    def _too_much(self, stale: int | None, unordered: int | None) -> bool:
        """Whether computing the stale partners' due facts (or keeping the day's order: a new day
        or other thresholds, one UPDATE of every item) is work for a task of its own."""
        return (stale or 0) > self.COMPUTE_APART or (unordered or 0) > self.ORDER_APART

    def _compute_apart(self, today: date, counted: tuple[int, int] | None = None) -> bool:
        """Start computing the stale partners' due facts in a worker task when there are many
        (``counted``: how many stale and unordered, as a worker found them); True while that
        runs (the list is read when it is done)."""
        if self.computing is not None:
            return True
        workspace = self.context.workspace
        limits = thresholds_from(self.context.settings)
        if counted is None:
            stale = run(self, self.tr("Fällig"), lambda: due_stale(workspace, today))
            unordered = run(
                self, self.tr("Fällig"), lambda: due_unordered(workspace, today, limits)
            )
        else:
            stale, unordered = counted
        if not self._too_much(stale, unordered):
            return False
        stale = stale or 0

        def work(progress: Progress, cancel: object) -> bool:
            import threading

            assert isinstance(cancel, threading.Event)
            return refresh_due(
                workspace, today, lambda done, total: progress(done, total, ""), cancel, limits
            )

        task = Task(work)
        task.progressed.connect(self._computing_progressed)
        task.succeeded.connect(self._computed)
        task.failed.connect(self.summary.setText)
        task.finished.connect(self._computing_finished)
        self.computing = task
        self.model.set_fetch(lambda _offset, _limit: (0, []), (0, []))
        self._computing_progressed(0, stale, "")
        task.start()
        return True

    def _computing_progressed(self, done: int, total: int, _text: str) -> None:
        if not total:  # nothing stale: the day's order is being kept
            self.summary.setText(self.tr("Die Fällig-Liste wird geordnet …"))
            return
        self.summary.setText(
            self.tr("Die Fällig-Liste wird berechnet: {done} von %n Partnern …", "", total).format(
                done=done
            )
        )

    def _computed(self, _result: object) -> None:
        self.computing = None
        self._apply()
        if self.model.rowCount() and not self.table.currentIndex().isValid():
            self.table.selectRow(0)

    def _computing_finished(self) -> None:
        self.computing = None  # failed: the message stays in the summary

    def _read_first(self, today: date, limits: DueThresholds) -> None:
        """The first opening's read in a worker: how much is stale first (10-15 ms of the GUI
        thread's pause at the first opening on 10 000 partners, issue 20); when it is little,
        the first window (computing those few), else the counts (``_first_arrived``)."""
        workspace, query, block = self.context.workspace, self.query(), self.model.BLOCK
        too_much = self._too_much

        def work(_progress: Progress, _cancel: object) -> DuePage | tuple[int, int]:
            counted = due_stale(workspace, today), due_unordered(workspace, today, limits)
            if too_much(*counted):
                return counted
            return due_page(workspace, today, limits, query, 0, block)

        task = Task(work)
        task.succeeded.connect(
            lambda first: self._first_arrived(task, (today, limits, query), first)
        )
        task.failed.connect(lambda message: self._first_failed(task, message))
        self._first = task
        task.start()

    def _first_arrived(self, task: Task, asked: tuple[object, ...], first: object) -> None:
        if task is not self._first:
            return  # read again since
        self._first = None
        if isinstance(first, tuple):  # much to compute first: in a task of its own
            today = asked[0]
            assert isinstance(today, date)
            if not self._compute_apart(today, first):
                self._apply()
            return
        now = (self.clock(), thresholds_from(self.context.settings), self.query())
        if now != asked or not isinstance(first, DuePage):
            self._apply()  # typed, filtered or sorted meanwhile: that list
        else:
            self._show_first(first, now[0], now[1])
        if self.model.rowCount() and not self.table.currentIndex().isValid():
            self.table.selectRow(0)
        self._selection_changed()

    def _first_failed(self, task: Task, message: str) -> None:
        if task is self._first:
            self._first = None
            self.summary.setText(message)

    def _apply(self, *_args: object) -> None:
        """Show the first window of the list as the search, filter and order now describe it."""
        if not self._ready or self.computing is not None or self._first is not None:
            return  # (the first read shows what is chosen when it arrives)
        workspace, today = self.context.workspace, self.clock()
        limits, query = thresholds_from(self.context.settings), self.query()
        block = self.model.BLOCK
        first = run(
            self,
            self.tr("Fällig"),
            lambda: due_page(workspace, today, limits, query, 0, block),
        )
        self._show_first(first or NOTHING, today, limits)

    def _show_first(self, first: DuePage, today: date, limits: DueThresholds) -> None:
        workspace = self.context.workspace

        def fetch(offset: int, limit: int) -> tuple[int, Sequence[DueItem]]:
            # scrolling: the items where the first read placed them, decided for their partners
            return first.count, due_window(workspace, today, limits, first.places, offset, limit)

        self._page = first
        self.model.set_fetch(fetch, (first.count, first.rows))
        self._size_columns()
        self._update_summary()
        self._selection_changed()

    def _size_columns(self) -> None:
        """The columns but the partner (capped) and the note (the rest) as wide as their texts."""
        texts = [column.text for column in self.model.columns]
        size_to_texts(self.table, texts, self.model.loaded_rows(), (PARTNER_COLUMN, NOTE_COLUMN))

    def items(self) -> list[DueItem]:
        """The rows as shown: filtered and in the table's order (read whole: for tests)."""
        return self.model.rows()

    def selected_item(self) -> DueItem | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        try:
            return self.model.row(index.row())
        except IndexError:
            return None

    def _filter_changed(self) -> None:
        self._apply()

    def _update_summary(self) -> None:
        page = self._page
        if not page.total:
            self.summary.setText(self.tr("Nichts fällig."))
            return
        parts = [f"{urgency_name(u)} {n}" for u, n in page.urgencies]
        text = self.tr("{shown} von %n Punkten", "", page.total).format(shown=page.count)
        self.summary.setText(text + (f": {', '.join(parts)}" if parts else ""))

    def _selection_changed(self, *_args: object) -> None:
        item = self.selected_item()
        self.act_button.setEnabled(item is not None)
        self.act_button.setText(
            self.tr("Erledigen: {action} …").format(action=action_name(item))
            if item is not None
            else self.tr("Erledigen …")
        )

    # --- acting ---------------------------------------------------------------------------------

    def _double_clicked(self, index: QModelIndex) -> None:
        if index.isValid():
            self.table.selectRow(index.row())
            self.act_on_selected()

    def act_on_selected(self) -> bool:
        item = self.selected_item()
        if item is None:
            return False
        target: Target = target_of(item)
        self.navigate.emit(target.view_id, target.target_id, target.tab)
        return True

    def focus_search(self) -> bool:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()
        return True
