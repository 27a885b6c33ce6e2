"""Jahresüberprüfung: the annual review of the partner tiers on the previous year's business.

Choose the business year (the previous calendar year by default) and the reference date, run the
review (in a worker task; it is stored as a draft and nothing changes on the partners), then accept
each proposal or override it with a reason, and confirm: the tiers and the tier history are written
and the review is read-only from then on (a new run reopens the year). The newest review of the
chosen year is shown again when the view opens. The list is read from the database a window at a
time (``WindowModel``), searched by partner, filtered by decision and movement and sorted there
(issue 20): opening it evaluates no partner, the sentences are those the run stored. Letters (one
PDF per partner or one combined PDF, with progress and cancel), the summary PDF and a CSV/XLSX
export are written from the review.
"""

from __future__ import annotations

import getpass
import math
from collections.abc import Callable, Sequence
from datetime import date
from html import escape

from PySide6.QtCore import QCoreApplication, QDate, QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QFontMetricsF
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QSplitter,
    QStyle,
    QTextBrowser,
    QVBoxLayout,
)

from nspdesk.domain.errors import InputError
from nspdesk.domain.review import Decision, Movement, ReviewLine
from nspdesk.services import annual_review
from nspdesk.services.annual_review import ReviewHead, ReviewPage, ReviewQuery
from nspdesk.services.errors import StoreError
from nspdesk.ui import formats
from nspdesk.ui import settings as options
from nspdesk.ui.context import AppContext
from nspdesk.ui.flow_layout import flow_row
from nspdesk.ui.i18n import show
from nspdesk.ui.operations import run
from nspdesk.ui.tables import Selection, fit_columns, list_table
from nspdesk.ui.views.base import WorkspaceView
from nspdesk.ui.views.partners.common import compact
from nspdesk.ui.views.review.files import ReviewFiles
from nspdesk.ui.views.review.lines import (
    DECISION_NAMES,
    SORT_KEYS,
    columns,
    detail_html,
    movement_text,
    proposal_text,
)
from nspdesk.ui.views.review.override_dialog import OverrideDialog
from nspdesk.ui.window_model import WindowModel
from nspdesk.ui.worker import Progress, Task

FIRST_YEAR = 2000


TIER_WIDTH = 180  # "Managed Service Partner (Premium Partner)" is elided, in full in the tooltip
REASONS_WIDTH = 220


class ReviewView(WorkspaceView):
    view_id = "review"
    title = "Jahresüberprüfung"
    loaded = Signal()  # a review (or none) is shown for the chosen year

    def __init__(self, context: AppContext, clock: Callable[[], date] = date.today) -> None:
        super().__init__(context)
        self.clock = clock
        self.title = self.tr("Jahresüberprüfung")
        self.state: ReviewHead | None = None
        self.run_task: Task | None = None
        self.override_dialog: OverrideDialog | None = None
        self.files = ReviewFiles(context, self, clock)
        self.files.status.connect(self.status)
        self.files.busy_changed.connect(self._update_buttons)

        self.model: WindowModel[ReviewLine] = WindowModel(
            columns(context.program(clock())), SORT_KEYS, self
        )
        self.table = list_table("reviewTable", self.model, Selection.ExtendedSelection)
        self.table.setSortingEnabled(True)
        # The partner takes the room; the tiers and the reasons (in the tooltips and the detail
        # below) are cut at TIER_WIDTH and REASONS_WIDTH, and a narrow window drops them, then the
        # movement. Sized to the rows read (``_size_columns``), not to contents: that would ask
        # every row of 10 000 for its text.
        fit_columns(
            self.table,
            key=0,
            optional=(5, 3),
            caps={1: TIER_WIDTH, 2: TIER_WIDTH, 5: REASONS_WIDTH},
            contents=False,
        )
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.model.sort_requested.connect(self._apply)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.table.doubleClicked.connect(lambda _index: self.override_selected())
        self.detail = QTextBrowser()
        self.detail.setObjectName("reviewDetail")
        self.detail.setOpenLinks(False)

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([440, 170])

        layout = QVBoxLayout(self)
        layout.addLayout(self._top_bar())
        layout.addLayout(self._filter_bar())
        layout.addWidget(splitter, 1)
        layout.addLayout(self._decision_bar())
        self.load_year()

    def _top_bar(self) -> QHBoxLayout:
        today = self.clock()
        self.year = QSpinBox()
        self.year.setObjectName("reviewYear")
        self.year.setRange(FIRST_YEAR, today.year)
        self.year.setValue(today.year - 1)
        self.year.setToolTip(self.tr("Das überprüfte Geschäftsjahr (Standard: das Vorjahr)"))
        self.year.valueChanged.connect(self.load_year)
        self.as_of = QDateEdit(QDate(today.year, today.month, today.day))
        self.as_of.setObjectName("reviewAsOf")
        self.as_of.setCalendarPopup(True)
        self.as_of.setDisplayFormat(self.tr("dd.MM.yyyy"))
        self.as_of.setToolTip(
            self.tr(
                "Stichtag: die Programm-Edition dieses Tages gilt; Zertifizierungen und "
                "Vereinbarungen zählen mit diesem Stand"
            )
        )
        self.track = QComboBox()
        self.track.setObjectName("reviewTrack")
        self.track.addItem(self.tr("Alle Partner"), None)
        for track_id, track in self.context.program(today).tracks.items():
            self.track.addItem(show(track.name), track_id)
        self.track.setToolTip(self.tr("Nur die Partner dieser Spur überprüfen"))
        self.run_button = QPushButton(self.tr("Überprüfung ausführen"))
        self.run_button.setObjectName("reviewRun")
        self.run_button.clicked.connect(self.run_review)
        self.heading = QLabel()
        self.heading.setObjectName("reviewHeading")
        self.heading.setTextFormat(Qt.TextFormat.RichText)
        self.heading.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Geschäftsjahr")))
        top.addWidget(self.year)
        top.addWidget(QLabel(self.tr("Stichtag")))
        top.addWidget(self.as_of)
        top.addWidget(self.track)
        top.addWidget(self.run_button)
        top.addSpacing(12)
        top.addWidget(self.heading, 1)
        return top

    def _filter_bar(self) -> QHBoxLayout:
        self.search = QLineEdit()
        self.search.setObjectName("reviewSearch")
        self.search.setPlaceholderText(self.tr("Suchen: Partner, Kundennummer, Ort … (Strg+F)"))
        self.search.setClearButtonEnabled(True)
        self.decision_filter = compact(QComboBox(), 8)
        self.decision_filter.setObjectName("reviewDecisionFilter")
        self.decision_filter.addItem(self.tr("Alle Entscheidungen"), None)
        for decision in Decision:
            name = QCoreApplication.translate("ReviewView", DECISION_NAMES[decision])
            self.decision_filter.addItem(name, decision.value)
        self.movement_filter = compact(QComboBox(), 8)
        self.movement_filter.setObjectName("reviewMovementFilter")
        self.movement_filter.addItem(self.tr("Alle Bewegungen"), None)
        for movement in Movement:
            self.movement_filter.addItem(movement_text(movement), movement.value)
        self.count = QLabel()
        self.count.setObjectName("reviewCount")
        self.search.textChanged.connect(self._apply)
        self.decision_filter.currentIndexChanged.connect(self._apply)
        self.movement_filter.currentIndexChanged.connect(self._apply)
        bar = QHBoxLayout()
        bar.addWidget(self.search, 3)
        bar.addWidget(self.decision_filter, 1)
        bar.addWidget(self.movement_filter, 1)
        bar.addWidget(self.count)
        return bar

    def _decision_bar(self) -> QHBoxLayout:
        self.accept_button = QPushButton(self.tr("Annehmen"))
        self.accept_button.setObjectName("reviewAccept")
        self.accept_button.setToolTip(self.tr("Die Vorschläge der gewählten Zeilen annehmen"))
        self.accept_button.clicked.connect(self.accept_selected)
        self.override_button = QPushButton(self.tr("Abweichend entscheiden …"))
        self.override_button.setObjectName("reviewOverride")
        self.override_button.clicked.connect(self.override_selected)
        self.accept_all_button = QPushButton(self.tr("Alle offenen annehmen"))
        self.accept_all_button.setObjectName("reviewAcceptAll")
        self.accept_all_button.clicked.connect(self.accept_all_open)
        self.confirm_button = QPushButton(self.tr("Bestätigen …"))
        self.confirm_button.setObjectName("reviewConfirm")
        self.confirm_button.setToolTip(
            self.tr("Die Entscheidungen in die Stufenhistorie schreiben (danach unveränderlich)")
        )
        self.confirm_button.clicked.connect(self.confirm_review)

        self.letters_button = QPushButton(self.tr("Briefe …"))
        self.letters_button.setObjectName("reviewLetters")
        self.letters_button.setToolTip(self.tr("Statusbriefe der bestätigten Überprüfung als PDF"))
        menu = QMenu(self.letters_button)
        menu.addAction(self.tr("Ein PDF je Partner …"), lambda: self.export_letters(False))
        menu.addAction(self.tr("Alle Briefe in einem PDF …"), lambda: self.export_letters(True))
        self.letters_button.setMenu(menu)
        self.summary_button = QPushButton(self.tr("Zusammenfassung (PDF) …"))
        self.summary_button.setObjectName("reviewSummary")
        self.summary_button.clicked.connect(self.export_pdf)
        self.table_button = QPushButton(self.tr("CSV/XLSX …"))
        self.table_button.setObjectName("reviewExport")
        self.table_button.setToolTip(self.tr("Die Überprüfung als Tabelle für Excel"))
        self.table_button.clicked.connect(self.export_table)

        # two rows of buttons that wrap in a narrow window
        bar = QHBoxLayout()
        bar.addWidget(
            flow_row(
                self.accept_button,
                self.override_button,
                self.accept_all_button,
                self.confirm_button,
            )
        )
        bar.addStretch(1)
        bar.addWidget(
            flow_row(self.letters_button, self.summary_button, self.table_button, align_right=True)
        )
        return bar

    # --- showing --------------------------------------------------------------------------------

    def activated(self) -> None:
        if self.run_task is None:
            self.load_year()

    def load_year(self, *_args: object) -> None:
        """Show the newest review of the chosen year (none: an empty table and a hint)."""
        year = self.year.value()
        state = run(
            self,
            self.tr("Jahresüberprüfung"),
            lambda: annual_review.latest_head(self.context.workspace, year),
        )
        self.show_state(state)

    def show_state(self, state: ReviewHead | None, keep: list[int] | None = None) -> None:
        keep = keep if keep is not None else self.selected_ids()
        self.state = state
        if state is not None:
            self.model.columns = columns(state.program)
        self._show_list(keep)
        self._show_heading()
        self._update_buttons()
        self._show_detail()
        self.loaded.emit()

    def query(self) -> ReviewQuery:
        """What the list shows now: the search, the filters and the order."""
        sort, descending = self.model.sort_key()
        return ReviewQuery(
            search=self.search.text(),
            decision=self.decision_filter.currentData(),
            movement=self.movement_filter.currentData(),
            sort=sort or "company",
            descending=descending if sort else False,
        )

    def _apply(self, *_args: object) -> None:
        """The search, a filter or the order changed: the list again, the selection kept."""
        self._show_list(self.selected_ids())
        self._update_buttons()
        self._show_detail()

    def _show_list(self, keep: Sequence[int]) -> None:
        """The first window of the review's list as the search, filters and order describe it;
        the partners ``keep`` selected again where they are in it."""
        state = self.state
        selection = self.table.selectionModel()
        first: ReviewPage | None = None
        if state is not None:
            review_id, query, workspace = state.review_id, self.query(), self.context.workspace
            first = run(
                self,
                self.tr("Jahresüberprüfung"),
                lambda: annual_review.review_page(
                    workspace, review_id, query, 0, WindowModel.BLOCK
                ),
            )
        selection.blockSignals(True)
        if state is None or first is None:
            self.model.set_fetch(lambda _offset, _limit: (0, ()), (0, ()))
        else:
            shown = first

            def fetch(offset: int, limit: int) -> tuple[int, Sequence[ReviewLine]]:
                if offset == 0:
                    page = annual_review.review_page(workspace, review_id, query, offset, limit)
                    return page.count, page.rows
                rows = annual_review.review_rows(workspace, review_id, query, offset, limit)
                return shown.count, rows  # scrolling: no count again

            self.model.set_fetch(fetch, (first.count, first.rows))
        selection.blockSignals(False)
        self._size_columns()
        self._update_count()
        self._select(list(keep))
        if not self.selected_ids() and self.model.rowCount():
            self.table.selectRow(0)

    def _update_count(self) -> None:
        state = self.state
        shown = self.model.rowCount()
        self.count.setText(
            ""
            if state is None or shown == state.count
            else self.tr("{shown} von {total}").format(shown=shown, total=state.count)
        )

    def _size_columns(self) -> None:
        """The tier, movement and decision columns as wide as their texts in the rows read (at
        most their caps); the partner stretches, the reasons keep their width."""
        header = self.table.horizontalHeader()
        metrics = QFontMetricsF(self.table.font())
        style = self.table.style()
        margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, self.table)
        padding = 2 * (margin + 1) + 2  # the delegate's text margins, the grid line, rounding
        rows = self.model.loaded_rows()
        caps = {1: TIER_WIDTH, 2: TIER_WIDTH}
        for column in (1, 2, 3, 4):
            spec = self.model.columns[column]
            texts = {spec.text(row) for row in rows}
            text = max((metrics.horizontalAdvance(t) for t in texts), default=0.0)
            width = max(math.ceil(text) + padding, header.sectionSizeHint(column))
            header.resizeSection(column, min(width, caps.get(column, width)))

    def focus_search(self) -> bool:
        self.search.setFocus()
        self.search.selectAll()
        return True

    def _show_heading(self) -> None:
        state = self.state
        if state is None:
            self.heading.setText(
                self.tr(
                    "Für {year} gibt es noch keine Überprüfung: „Überprüfung ausführen“ "
                    "berechnet die Vorschläge (es ändert sich noch nichts)."
                ).format(year=self.year.value())
            )
            return
        if state.confirmed:
            effective = formats.day(state.effective_from) if state.effective_from else ""
            status = self.tr("<b>{state}</b>, Stufen gültig ab {effective}").format(
                state=self._confirmed_text(state), effective=effective
            )
            color = "#1B7A2F"
        else:
            status = formats.counted(
                self.tr("<b>Entwurf</b>: {open} von %n Vorschlägen offen", "", state.count),
                state.count,
            ).format(open=formats.number(state.open_count))
            color = "#8A6100"
        head = self.tr(
            "Überprüfung {id}: Geschäftsjahr {year}, Stichtag {as_of}, Edition {edition}"
        ).format(
            id=state.review_id,
            year=state.year,
            as_of=formats.day(state.as_of),
            edition=state.program.edition,
        )
        markup = f"{head}<br><span style='color:{color}'>{status}</span>"
        self.heading.setText(markup)

    def _confirmed_text(self, state: ReviewHead) -> str:
        """ "bestätigt am 12.01.2027 von Erika Mustermann" (``ReviewState.state_text``)."""
        confirmed = state.confirmed_at
        when = formats.day(confirmed.date()) if confirmed is not None else ""
        if state.confirmed_by:
            return self.tr("bestätigt am {day} von {name}").format(
                day=when, name=state.confirmed_by
            )
        return self.tr("bestätigt am {day}").format(day=when)

    def _update_buttons(self) -> None:
        state = self.state
        running = self.run_task is not None
        draft = state is not None and not state.confirmed
        chosen = bool(self.selected_ids())
        self.run_button.setEnabled(not running)
        self.year.setEnabled(not running)
        self.as_of.setEnabled(not running)
        self.track.setEnabled(not running)
        self.accept_button.setEnabled(draft and chosen and not running)
        self.override_button.setEnabled(draft and len(self.selected_ids()) == 1 and not running)
        self.accept_all_button.setEnabled(draft and state is not None and state.open_count > 0)
        self.confirm_button.setEnabled(draft and not running)
        confirmed = state is not None and state.confirmed
        self.letters_button.setEnabled(confirmed and self.files.letters is None)
        self.letters_button.setToolTip(
            self.tr("Statusbriefe der bestätigten Überprüfung als PDF")
            if confirmed
            else self.tr("Briefe gibt es, sobald die Überprüfung bestätigt ist.")
        )
        self.summary_button.setEnabled(state is not None)
        self.table_button.setEnabled(state is not None)

    def _show_detail(self) -> None:
        line = self.selected_line()
        if self.state is None:
            self.detail.setHtml(self._before_a_run_html())
            return
        if line is None:
            self.detail.setHtml(
                "<p style='color:#6B6B6B'>"
                + self.tr("Eine Zeile wählen, um Zahlen und Gründe zu sehen.")
                + "</p>"
            )
            return
        self.detail.setHtml(detail_html(self.state.program, line))

    def _before_a_run_html(self) -> str:
        """What to do when the year has no review yet: the steps, and that nothing changes until
        the review is confirmed."""
        steps = (
            self.tr(
                "Geschäftsjahr und Stichtag wählen: die Zahlen des Jahres zählen, "
                "Zertifizierungen und Vereinbarungen mit dem Stand des Stichtags."
            ),
            self.tr(
                "„Überprüfung ausführen“ berechnet für jeden Partner einen Vorschlag: aufstufen, "
                "abstufen oder unverändert. Dabei ändert sich noch nichts."
            ),
            self.tr(
                "Die Vorschläge annehmen oder abweichend entscheiden (mit Begründung), dann "
                "„Bestätigen …“: erst dann gelten die neuen Stufen, und erst dann gibt es die "
                "Briefe an die Partner."
            ),
        )
        items = "".join(f"<li>{escape(step)}</li>" for step in steps)
        title = escape(
            self.tr("Für {year} gibt es noch keine Überprüfung. So geht es:").format(
                year=self.year.value()
            )
        )
        return f"<p><b>{title}</b></p><ol>{items}</ol>"

    def _selection_changed(self, *_args: object) -> None:
        self._update_buttons()
        self._show_detail()

    # --- selection ------------------------------------------------------------------------------

    def selected_ids(self) -> list[int]:
        return [line.proposal.partner_id for line in self._selected_lines()]

    def _selected_lines(self) -> list[ReviewLine]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        lines = []
        for row in rows:
            try:
                lines.append(self.model.row(row))
            except IndexError:  # the list changed under us
                continue
        return lines

    def selected_line(self) -> ReviewLine | None:
        """The current line if it is selected, else the first selected one."""
        index = self.table.currentIndex()
        lines = self._selected_lines()
        if index.isValid():
            try:
                line = self.model.row(index.row())
            except IndexError:
                line = None
            if line is not None and line in lines:
                return line
        return lines[0] if lines else None

    def select_partners(self, partner_ids: list[int]) -> bool:
        self._select(partner_ids)
        return set(self.selected_ids()) == set(partner_ids)

    def _loaded_position(self, partner_id: int) -> int | None:
        return self.model.find_loaded(lambda line: line.proposal.partner_id == partner_id)

    def _position(self, partner_id: int) -> int | None:
        """Where the partner stands in the list: in the rows read, else asked of the database."""
        found = self._loaded_position(partner_id)
        state = self.state
        if found is not None or state is None:
            return found
        review_id, query, workspace = state.review_id, self.query(), self.context.workspace
        return run(
            self,
            self.tr("Jahresüberprüfung"),
            lambda: annual_review.review_position(workspace, review_id, query, partner_id),
        )

    def _select(self, partner_ids: list[int]) -> None:
        """Select the partners' rows; the first is the current one, found wherever it stands in
        the list, the others where they are among the rows read."""
        selection = self.table.selectionModel()
        selection.clearSelection()
        flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
        first = True
        for partner_id in partner_ids:
            row = self._position(partner_id) if first else self._loaded_position(partner_id)
            if row is None:
                continue
            index = self.model.index(row, 0)
            if first:
                selection.setCurrentIndex(index, flags)
                self.table.scrollTo(index)
                first = False
            else:
                selection.select(index, flags)

    # --- running --------------------------------------------------------------------------------

    def as_of_date(self) -> date:
        chosen = self.as_of.date()
        return date(chosen.year(), chosen.month(), chosen.day())

    def run_review(self) -> bool:
        """Start a new run for the chosen year; False when the user keeps the shown review."""
        state = self.state
        if state is not None and (state.confirmed or state.open_count < state.count):
            question = (
                self.tr(
                    "Die Überprüfung {year} ist bestätigt. Eine neue Überprüfung ausführen? Die "
                    "Stufenhistorie bleibt erhalten; bestätigt wird erst die neue."
                )
                if state.confirmed
                else self.tr(
                    "Eine neue Überprüfung ersetzt den angezeigten Entwurf mit seinen "
                    "Entscheidungen. Neu ausführen?"
                )
            ).format(year=state.year)
            if not self._ask(self.tr("Überprüfung ausführen"), question):
                return False
        year, as_of = self.year.value(), self.as_of_date()
        track = self.track.currentData()
        workspace = self.context.workspace

        def work(_progress: Progress, _cancel: object) -> ReviewHead:
            return annual_review.head_of(annual_review.run(workspace, year, as_of, track))

        task = Task(work)
        task.succeeded.connect(self._run_succeeded)
        task.failed.connect(self._run_failed)
        self.run_task = task
        self.heading.setText(self.tr("Überprüfung {year} läuft …").format(year=year))
        self._update_buttons()
        task.start()
        return True

    def _run_succeeded(self, state: object) -> None:
        assert isinstance(state, ReviewHead)
        self.run_task = None
        self.show_state(state, keep=[])
        self.status.emit(
            formats.counted(
                self.tr("Überprüfung {year}: %n Partner, {moved} mit Änderung", "", state.count),
                state.count,
            ).format(year=state.year, moved=formats.number(state.moved))
        )

    def _run_failed(self, message: str) -> None:
        self.run_task = None
        self.show_state(self.state)
        QMessageBox.warning(self, self.tr("Überprüfung ausführen"), message)

    # --- deciding -------------------------------------------------------------------------------

    def _decide(self, partner_ids: list[int], choice: annual_review.Choice) -> ReviewHead:
        assert self.state is not None
        return annual_review.decided(
            self.context.workspace,
            self.state.review_id,
            partner_ids,
            choice,
        )

    def accept_selected(self) -> bool:
        ids = self.selected_ids()
        if self.state is None or self.state.confirmed or not ids:
            return False
        state = run(self, self.tr("Annehmen"), lambda: self._decide(ids, annual_review.Accept()))
        if state is None:
            return False
        self.show_state(state, keep=ids)
        return True

    def accept_all_open(self) -> bool:
        state = self.state
        if state is None or state.confirmed:
            return False
        review_id = state.review_id
        changed = run(
            self,
            self.tr("Alle offenen annehmen"),
            lambda: annual_review.accepted_open(self.context.workspace, review_id),
        )
        if changed is None:
            return False
        self.show_state(changed)
        return True

    def override_selected(self) -> bool:
        """Open the dialog for the selected line; its "Übernehmen" records the decision."""
        line = self.selected_line()
        state = self.state
        if line is None or state is None or state.confirmed or len(self.selected_ids()) != 1:
            return False
        p, o = line.proposal, line.outcome
        partner_id = p.partner_id
        no_tier = self.tr("keine Stufe")
        choices = [
            (tier, show(name) if tier is not None else no_tier)
            for tier, name in annual_review.override_choices(state.program, p.track)
        ]
        current = o.msp_level if o.msp_level is not None else o.tier
        if o.decision is not Decision.OVERRIDDEN:
            current = p.proposed_msp_level if p.proposed_msp_level is not None else p.proposed_tier

        def apply(tier: str | None, reason: str) -> str | None:
            try:
                changed = self._decide([partner_id], annual_review.Override(tier, reason))
            except InputError as error:
                message = show(error.message)
                return self.tr("Nicht übernommen: {message}").format(
                    message=message[:1].upper() + message[1:]
                )
            except StoreError as error:
                first = error.args[0] if len(error.args) == 1 else None
                return show(first) if isinstance(first, str) else str(error)
            self.show_state(changed, keep=[partner_id])
            self.status.emit(self.tr("{company}: abweichend entschieden").format(company=p.company))
            return None

        dialog = OverrideDialog(
            p.company,
            proposal_text(state.program, line),
            choices,
            current,
            o.reason,
            apply,
            self,
        )
        dialog.finished.connect(self._override_closed)
        self.override_dialog = dialog
        dialog.open()
        return True

    def _override_closed(self) -> None:
        if self.override_dialog is not None:
            self.override_dialog.deleteLater()
        self.override_dialog = None

    def confirm_review(self) -> bool:
        state = self.state
        if state is None or state.confirmed:
            return False
        effective = formats.day(date(state.year + 1, 1, 1))
        question = formats.counted(
            self.tr(
                "Überprüfung {year} bestätigen?\n\nDie Stufen der %n Partner werden ab "
                "{effective} gesetzt und in die Stufenhistorie geschrieben. Danach lässt sich "
                "die Überprüfung nicht mehr ändern (nur durch eine neue Überprüfung).",
                "",
                state.count,
            ),
            state.count,
        ).format(year=state.year, effective=effective)
        if state.open_count:
            question += "\n\n" + formats.counted(
                self.tr("%n noch offene Vorschläge werden dabei angenommen.", "", state.open_count),
                state.open_count,
            )
        if not self._ask(self.tr("Überprüfung bestätigen"), question):
            return False
        by = self.context.settings.get_text(options.CONTACT_PERSON).strip() or _user()
        review_id = state.review_id
        confirmed = run(
            self,
            self.tr("Überprüfung bestätigen"),
            lambda: annual_review.head_of(
                annual_review.confirm(self.context.workspace, review_id, by, accept_open=True)
            ),
        )
        if confirmed is None:
            return False
        self.show_state(confirmed)
        self.status.emit(
            self.tr("Überprüfung {year} bestätigt: Stufen gültig ab {effective}").format(
                year=confirmed.year, effective=effective
            )
        )
        return True

    def _ask(self, title: str, text: str) -> bool:
        answer = QMessageBox.question(self, title, text)
        return answer == QMessageBox.StandardButton.Yes

    # --- files (nspdesk.ui.views.review.files) -------------------------------------------------

    def export_letters(self, combined: bool) -> bool:
        return self.state is not None and self.files.export_letters(self.state, combined)

    def export_pdf(self) -> bool:
        """Ctrl+P: the summary PDF of the shown review."""
        if self.state is None:
            self.status.emit(self.tr("Zusammenfassung: bitte zuerst die Überprüfung ausführen"))
            return True
        self.files.export_summary(self.state)
        return True

    def export_table(self) -> bool:
        return self.state is not None and self.files.export_table(self.state)

    def has_unsaved_changes(self) -> bool:
        return False  # every decision is stored at once


def _user() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return ""
