"""Partner: the list with its traffic light on the left, the selected partner on the right.

The year chosen at the top applies to both: by default the current calendar year, so a quote
accepted today shows in the partner's figures at once (issue 17); the tier is confirmed at the start
of a year on the previous year's figures, one step down (the reference date is today, so
certifications and agreements count as they stand now). Every read and write is one service call;
backlink checks run in a worker task with progress and cancel.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
)

from nspdesk.domain.errors import InputError
from nspdesk.services import quotes
from nspdesk.services.backlinks import PartnerCheck, check_partners
from nspdesk.services.errors import ConflictError
from nspdesk.services.partner_overview import (
    PartnerDetail,
    PartnerPage,
    PartnerQuery,
    PartnerRow,
    partner_detail,
    partner_page,
    partner_position,
    partner_rows,
    refresh_standings,
    review_pdf,
)
from nspdesk.services.workspace import Workspace
from nspdesk.ui.context import AppContext
from nspdesk.ui.formats import counted, number
from nspdesk.ui.i18n import show
from nspdesk.ui.operations import error_text, run
from nspdesk.ui.turns import turn_timer
from nspdesk.ui.views.base import WorkspaceView
from nspdesk.ui.views.partners.backlink_panel import outcome_html
from nspdesk.ui.views.partners.common import ErrorLine, verdict_head
from nspdesk.ui.views.partners.detail import PartnerDetailPanel
from nspdesk.ui.views.partners.list_panel import PartnerList
from nspdesk.ui.worker import Progress, Task
from nspdesk.web.errors import Failure

if TYPE_CHECKING:  # the web checker itself is imported when a check runs
    from nspdesk.web.fetch import FetchLimits

FIRST_YEAR = 2000
# Failures that say more about our own connection than about the partner's site.
NETWORK_FAILURES = {Failure.DNS, Failure.CONNECTION, Failure.TIMEOUT}


def check_summary(checks: list[PartnerCheck]) -> str:
    """ "12 Partner geprüft: 9 Follow-Link, 1 nicht erreichbar – letzte Bewertung bleibt; …"."""
    verdicts = Counter(c.result.verdict.value for c in checks if c.result is not None)
    skipped = [c for c in checks if c.result is None and c.problem]
    cancelled = sum(1 for c in checks if c.result is None and not c.problem)
    parts = [
        f"{number(count)} {verdict_head(verdict)}" for verdict, count in sorted(verdicts.items())
    ]
    checked = sum(verdicts.values())
    text = counted(
        QCoreApplication.translate("PartnersView", "%n Partner geprüft", "", checked), checked
    )
    if parts:
        text += ": " + ", ".join(parts)
    if skipped:
        text += "; " + counted(
            QCoreApplication.translate(
                "PartnersView", "%n ohne prüfbare Website", "", len(skipped)
            ),
            len(skipped),
        )
    if cancelled:
        text += "; " + counted(
            QCoreApplication.translate("PartnersView", "%n abgebrochen", "", cancelled), cancelled
        )
    results = [c.result for c in checks if c.result is not None]
    if results and all(r.reason in NETWORK_FAILURES for r in results):
        text += QCoreApplication.translate(
            "PartnersView",
            "; keine Website erreichbar – keine Netzverbindung? Die letzten Bewertungen bleiben.",
        )
    return text


class WorkspacePartners:
    """The partner list's rows from the services on the open workspace, with the standings as
    known on ``as_of`` (``list_panel.PartnerSource``)."""

    def __init__(self, workspace: Workspace, as_of: date) -> None:
        self.workspace = workspace
        self.as_of = as_of

    def prepare(self, year: int) -> None:
        refresh_standings(self.workspace, year, self.as_of)

    def page(self, query: PartnerQuery, offset: int, limit: int) -> PartnerPage:
        return partner_page(self.workspace, query, self.as_of, offset, limit, work_out=False)

    def rows(self, query: PartnerQuery, offset: int, limit: int) -> Sequence[PartnerRow]:
        return partner_rows(self.workspace, query, self.as_of, offset, limit)

    def position(self, query: PartnerQuery, partner_id: int) -> int | None:
        return partner_position(self.workspace, query, self.as_of, partner_id)


@dataclass(frozen=True)
class _DetailRead:
    """A read of the shown partner's detail in a worker thread; ``detail`` None: it failed,
    ``error`` says why."""

    turn: int
    partner_id: int
    year: int
    detail: PartnerDetail | None
    error: str = ""


class PartnersView(WorkspaceView):
    view_id = "partners"
    title = "Partner"
    today: Callable[[], date] = staticmethod(date.today)  # tests fix the day
    fetch_limits: FetchLimits | None = None  # None: the web checker's defaults
    navigate = Signal(str, int, str)  # view id, the quote to open, a tab (the main window)

    def __init__(self, context: AppContext) -> None:
        super().__init__(context)
        self.title = self.tr("Partner")
        program = context.program(self.today())
        self.task: Task | None = None
        self._task_partner: int | None = None  # the partner of a single check; None: a batch
        self._shown_id: int | None = None
        self._detail_turn = 0  # counts the reads of the detail: only the newest is shown
        self._detail_tasks: list[Task] = []  # the detail's reads running in worker threads
        self._list_fitted = False  # the splitter given the list's width once its rows are read

        top = self._top_bar()
        self.list = PartnerList(program)
        self.list.selected.connect(self._selected)
        self.list.check_all_requested.connect(self.check_all)
        self.list.cancel_requested.connect(self.cancel_check)
        self._program = program
        self._detail: PartnerDetailPanel | None = None  # built a turn after the view: ``detail``
        self._choose_text = self.tr("Einen Partner in der Liste wählen.")
        self.placeholder = QLabel(self._choose_text)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setStyleSheet("color: #6B6B6B;")
        self.right = QStackedWidget()
        self.right.addWidget(self.placeholder)

        splitter = QSplitter()
        splitter.setObjectName("partnerSplitter")
        splitter.addWidget(self.list)
        splitter.addWidget(self.right)
        # The list takes the width its columns need (the company name in full, see
        # ``PartnerList.sizeHint``); the detail gets the rest and every later gain in width.
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)
        self.splitter = splitter
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        self._update_year_note()
        self._start_timers()

    def _start_timers(self) -> None:
        """The steps of a first opening, each in a turn of its own (issue 20: together they
        paused the GUI thread over 50 ms on 10 000 partners).

        Built or shown again, the view is painted first and its list read in a later turn; the
        shown partner's detail (25-35 ms to read, 20-30 ms to fill) is read in a worker after
        that (``refresh(detail_later)``). Built, the detail panel (six tabs, 20-30 ms; behind the
        placeholder until a partner's detail is read) comes in a turn of its own before the
        list's, so the splitter gives the list its width knowing the panel's (``_fit_list``);
        the list's stale traffic lights are looked for (10-20 ms, even when none is stale) in a
        turn before its window is read (``_prepare_list``)."""
        self._detail_timer = turn_timer(self, self._load_later, 0)
        self._list_timer = turn_timer(self, self._prepare_list, 0)
        self._read_timer = turn_timer(self, lambda: self.refresh(detail_later=True, prepared=True))
        self._panel_timer = turn_timer(self, self._build_panel)
        self._panel_timer.start()

    @property
    def detail(self) -> PartnerDetailPanel:
        """The shown partner's detail panel (built when first asked for, or by ``_build_panel``)."""
        detail = self._detail
        if detail is None:
            detail = self._detail = PartnerDetailPanel(self, self._program)
            detail.backlink.check_requested.connect(self.check_selected)
            detail.backlink.cancel_requested.connect(self.cancel_check)
            detail.figures.quote_requested.connect(self.open_quote)
            self.right.addWidget(detail)
        return detail

    def _prepare_list(self) -> None:
        """The list's source made ready (``PartnerList.prepare``) in this turn, read in the next."""
        self.list.year = self.year.value()
        if self.list.prepare(WorkspacePartners(self.context.workspace, self.as_of)):
            self._read_timer.start()

    def _build_panel(self) -> None:
        """The detail panel built in the turn after the view's, then the list read in the next."""
        self._panel_timer.stop()
        _ = self.detail
        self._list_timer.start()

    def _fit_list(self) -> None:
        """The list as wide as its first rows want (the company names in full), the detail the
        rest: the splitter shared the width by the list's size hint when the view was first laid
        out, before the rows were read (when it is laid out later, it asks the hint then)."""
        total = sum(self.splitter.sizes())
        if total <= 0:
            return
        room = total - self.right.minimumSizeHint().width() - self.splitter.handleWidth()
        wanted = max(min(self.list.sizeHint().width(), room), self.list.minimumSizeHint().width())
        self.splitter.setSizes([wanted, total - wanted])

    def read_now(self) -> None:
        """The list's read put off to the next turn done now: whoever asks for a partner in the
        same turn (another view jumping here, the main window handing over) needs its rows."""
        if any(t.isActive() for t in (self._panel_timer, self._list_timer, self._read_timer)):
            self.refresh(detail_later=True)

    def _top_bar(self) -> QHBoxLayout:
        self.year = QSpinBox()
        self.year.setObjectName("partnerYear")
        this_year = self.today().year
        self.year.setRange(FIRST_YEAR, this_year)
        self.year.setValue(this_year)
        self.year.setToolTip(
            self.tr(
                "Zahlen des gewählten Jahres; ein heute angenommenes Angebot zählt im laufenden "
                "Jahr. Die Stufe wird zu Jahresbeginn auf die Zahlen des Vorjahres geprüft; "
                "Zertifizierungen und Vereinbarungen zählen mit dem Stand von heute."
            )
        )
        self.year.valueChanged.connect(self._year_changed)
        self.print_button = QPushButton(self.tr("Jahresbericht (PDF) …"))
        self.print_button.setObjectName("printReview")
        self.print_button.setToolTip(
            self.tr("Den Partner-Jahresbericht des gewählten Jahres (Strg+P)")
        )
        self.print_button.clicked.connect(self.export_pdf)
        self.print_button.setEnabled(False)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Geschäftsjahr")))
        top.addWidget(self.year)
        self.year_note = QLabel()
        self.year_note.setObjectName("yearNote")
        self.year_note.setStyleSheet("color: #6B6B6B;")
        top.addWidget(self.year_note, 1)
        top.addWidget(self.print_button)
        return top

    # --- reading --------------------------------------------------------------------------------

    @property
    def as_of(self) -> date:
        return self.today()

    @property
    def selected_id(self) -> int | None:
        return self._shown_id

    def activated(self) -> None:
        if self.built_this_turn():  # its list is read in the next turn (``__init__``)
            return
        if self.isVisible():  # the view painted as it was, the list read in the next turn
            self._list_timer.start()
            return
        self.refresh(detail_later=True)

    def refresh(self, detail_later: bool = False, prepared: bool = False) -> None:
        """Read the list again (and the shown partner, ``detail_later`` in the next turn of the
        event loop), keeping the selection and unsaved edits; ``prepared``: the list's source was
        made ready for this year in the turn before (``_prepare_list``)."""
        self._list_timer.stop()
        self._read_timer.stop()
        if self._panel_timer.isActive():  # asked for before its turn: the panel first
            self._build_panel()
            self._list_timer.stop()
        year, as_of = self.year.value(), self.as_of
        prepared = prepared and self.list.year == year
        self.list.year = year
        if not self.list.load(WorkspacePartners(self.context.workspace, as_of), prepared):
            return
        if not self._list_fitted:
            self._list_fitted = True
            self._fit_list()
        if self._shown_id is None:
            first = self.list.first_id()
            if first is not None and detail_later:  # chosen now, its detail read next
                self.list.select(first, notify=False)
                self._shown_id = first
                self.print_button.setEnabled(True)
                self._detail_timer.start()
            elif first is not None:  # never an empty detail when there is a partner to show
                self.list.select(first)
        elif (  # deleted? (a partner among the rows read exists: no position query, 30 ms)
            not self.list.shows(self._shown_id)
            and self.list.position(self._shown_id, PartnerQuery(year)) is None
        ):
            self._show(None)
        elif detail_later:
            self._detail_timer.start()
        else:
            self._load_detail()

    def _load_later(self) -> None:
        """The shown partner's detail put off by ``refresh``: read in a worker thread (25-35 ms,
        110 ms the first time in a process), then filled and shown if it was not.

        Any later read of the detail (a partner chosen, a save, another year) wins: the worker's
        result is shown only while it is still the newest read for the partner and year shown.
        """
        partner_id = self._shown_id
        if partner_id is None:
            return
        self._detail_turn += 1
        turn, year, as_of = self._detail_turn, self.year.value(), self.as_of
        workspace = self.context.workspace

        def work(_progress: Progress, _cancel: object) -> _DetailRead:
            try:
                detail = partner_detail(workspace, partner_id, year, as_of)
            except Exception as error:  # said in the frame: no dialog from a read not asked for
                return _DetailRead(turn, partner_id, year, None, error_text(error) or repr(error))
            return _DetailRead(turn, partner_id, year, detail)

        task = Task(work)
        task.succeeded.connect(self._detail_read)
        task.finished.connect(self._forget_detail_tasks)
        self._detail_tasks.append(task)
        task.start()

    def _forget_detail_tasks(self) -> None:
        done = self.sender()
        self._detail_tasks = [task for task in self._detail_tasks if task is not done]

    def _detail_read(self, read: object) -> None:
        """A worker's read of the detail (``_load_later``): shown unless a newer read came."""
        assert isinstance(read, _DetailRead)
        if (
            read.turn != self._detail_turn
            or read.partner_id != self._shown_id
            or read.year != self.year.value()
        ):
            return
        if read.detail is None:  # failed: said where the detail would be; choosing it reads again
            if self.right.currentWidget() is self.placeholder:  # else the detail shown stays
                self.placeholder.setText(read.error)
            return
        if self.right.currentWidget() is self.detail:
            self.detail.load(read.detail)  # unsaved edits of the same partner stay
        else:
            self.detail.load(read.detail, force=True)
            self.right.setCurrentWidget(self.detail)

    def _load_detail(self, force: bool = False) -> bool:
        self._detail_timer.stop()  # read now: a read put off is done
        self._detail_turn += 1  # and a worker's older read is dropped
        partner_id = self._shown_id
        if partner_id is None:
            return False
        year, as_of = self.year.value(), self.as_of
        detail = run(
            self,
            self.tr("Partner laden"),
            lambda: partner_detail(self.context.workspace, partner_id, year, as_of),
        )
        if detail is None:
            return False
        self.detail.load(detail, force)
        return True

    def _show(self, partner_id: int | None) -> None:
        self._shown_id = partner_id
        self._detail_turn += 1
        self.placeholder.setText(self._choose_text)  # not a failed read's message any more
        self.print_button.setEnabled(partner_id is not None)
        if partner_id is None:
            self.right.setCurrentWidget(self.placeholder)
            return
        if self._load_detail(force=True):
            self.right.setCurrentWidget(self.detail)

    def open_quote(self, number: str) -> bool:
        """Ask for the quote ``number`` (a counted project) to be opened in the quote editor."""
        workspace = self.context.workspace
        quote_id = run(self, self.tr("Angebot öffnen"), lambda: quotes.find(workspace, number))
        if quote_id is None:
            return False
        self.navigate.emit("quotes", quote_id, "")
        return True

    def select_partner(self, partner_id: int, tab: str | None = None) -> bool:
        """Select a partner in the list (clearing search and filters if it is hidden) and, with
        ``tab`` (one of ``TABS``, e.g. "backlink"), open that tab of its detail.

        Other views (the due list) call this to jump to a partner. False when the partner does
        not exist, the user kept unsaved changes of another partner, or ``tab`` is unknown.
        """
        if tab is not None and tab not in self.detail.tab_ids:
            return False
        self.read_now()
        if not self.list.select(partner_id):
            self.list.clear_filters()
            if not self.list.select(partner_id):
                return False
        if self._shown_id != partner_id:
            return False
        if tab is not None:
            self.detail.show_tab(tab)
        return True

    def _selected(self, partner_id: int) -> None:
        new = None if partner_id < 0 else partner_id
        if new == self._shown_id:
            return
        if self.detail.dirty and not self.confirm(
            self.tr("Die Änderungen am angezeigten Partner sind nicht gespeichert. Verwerfen?")
        ):
            if self._shown_id is not None:
                self.list.select(self._shown_id, notify=False)
            return
        self._show(new)

    def _year_changed(self) -> None:
        self._update_year_note()
        if self.detail.figures.dirty and not self.confirm(
            self.tr("Die Zahlen des bisher gewählten Jahres sind nicht gespeichert. Verwerfen?")
        ):
            self.year.blockSignals(True)
            self.year.setValue(
                self.detail.figures.detail.year if self.detail.figures.detail else self.year.value()
            )
            self.year.blockSignals(False)
            self._update_year_note()
            return
        self.detail.figures.dirty = False
        self.refresh()

    def _update_year_note(self) -> None:
        year, today = self.year.value(), self.as_of
        if year == today.year - 1:
            text = self.tr("Ampel: Prüfung der Stufe auf die Zahlen {year}, Stand heute")
        elif year == today.year:
            text = self.tr("Ampel: laufendes Jahr {year} (noch nicht abgeschlossen)")
        else:
            text = self.tr("Ampel: Zahlen {year}, Stand heute")
        self.year_note.setText(text.format(year=year))

    # --- writing (the host of the detail panels) ------------------------------------------------

    def write(
        self,
        title: str,
        change: Callable[[Workspace], object],
        errors: ErrorLine | None = None,
        labels: dict[str, str] | None = None,
    ) -> bool:
        refused: list[InputError] = []
        stale: list[ConflictError] = []

        def action() -> bool:
            try:
                change(self.context.workspace)
            except InputError as error:
                if errors is None:
                    raise
                refused.append(error)
                return False
            except (
                ConflictError
            ) as error:  # a colleague saved meanwhile (StaleEditError and others)
                if errors is None:
                    raise
                stale.append(error)
                return False
            return True

        done = bool(run(self, title, action))
        if refused and errors is not None:
            errors.show_error(refused[0], labels)
        if stale and errors is not None:
            self._offer_reload(error_text(stale[0]), errors)
        if done:
            self.status.emit(self.tr("{title}: gespeichert").format(title=title))
            self.refresh()
        return done

    def _offer_reload(self, conflict: str, errors: ErrorLine) -> None:
        """A colleague saved the partner meanwhile: say who and when (where known), offer to load
        their version; the master form then names the fields they changed."""
        errors.show_message(conflict)
        question = self.tr("Jetzt neu laden? Ihre ungespeicherten Eingaben gehen dabei verloren.")
        if not self.confirm(f"{conflict}\n\n{question}"):
            return
        before = self.detail.master.loaded
        self.refresh()  # the list (the unsaved form stays until it is loaded again below)
        if (
            self._load_detail(force=True)
            and before is not None
            and errors is self.detail.master.errors
        ):
            self.detail.master.show_changes(before)

    def confirm(self, question: str) -> bool:
        answer = QMessageBox.question(self, self.tr("Partner"), question)
        return answer == QMessageBox.StandardButton.Yes

    # --- the main window's actions --------------------------------------------------------------

    def save(self) -> bool:
        if self._shown_id is None:
            return False
        saved = True
        if self.detail.master.dirty:
            saved = self.detail.master.save() and saved
        if self.detail.figures.dirty:
            saved = self.detail.figures.save() and saved
        if not self.detail.dirty and saved:
            self.status.emit(self.tr("Partner: alles gespeichert"))
        return True

    def has_unsaved_changes(self) -> bool:
        return self._detail is not None and self._detail.dirty  # not built: nothing edited

    def focus_search(self) -> bool:
        self.list.search.setFocus()
        self.list.search.selectAll()
        return True

    def export_pdf(self) -> bool:
        partner_id = self._shown_id
        if partner_id is None:
            return False
        year, as_of = self.year.value(), self.as_of
        made = run(
            self,
            self.tr("Jahresbericht"),
            lambda: review_pdf(self.context.workspace, partner_id, year, as_of),
        )
        if made is None:
            return True
        data, name = made
        self.show_pdf(data, name)
        self.status.emit(
            self.tr("Jahresbericht {year} erstellt: {name}").format(year=year, name=name)
        )
        return True

    def show_pdf(self, data: bytes, name: str) -> None:
        """The preview dialog (tests replace this method)."""
        from nspdesk.ui.pdf_preview import show_pdf

        show_pdf(self, data, name, self.tr("Partner-Jahresbericht – {name}").format(name=name))

    # --- backlink checks ------------------------------------------------------------------------

    def check_selected(self) -> bool:
        if self._shown_id is None or self.task is not None:
            return False
        self._task_partner = self._shown_id
        self.detail.backlink.running(True)
        self._start([self._shown_id])
        return True

    def check_all(self) -> bool:
        if self.task is not None:
            return False
        self._task_partner = None
        self.list.show_summary("")
        self.list.batch_started(self.list.model.rowCount())
        self._start(None)
        return True

    def cancel_check(self) -> None:
        if self.task is not None:
            self.task.cancel()
            self.detail.backlink.cancel_button.setEnabled(False)
            self.list.batch_cancel.setEnabled(False)

    def _start(self, partner_ids: list[int] | None) -> None:
        workspace, limits = self.context.workspace, self.fetch_limits

        def work(progress: Progress, cancel: object) -> list[PartnerCheck]:
            import threading

            assert isinstance(cancel, threading.Event)
            return check_partners(
                workspace,
                partner_ids,
                limits,
                progress=lambda done, total, result: progress(done, total, result.url),
                cancel=cancel,
            )

        task = Task(work)
        task.progressed.connect(self._check_progressed)
        task.succeeded.connect(self._check_succeeded)
        task.failed.connect(self._check_failed)
        task.finished.connect(self._check_finished)
        self.task = task
        task.start()

    def _check_progressed(self, done: int, total: int, _url: str) -> None:
        if self._task_partner is None:
            self.list.batch_progressed(done, total)

    def _check_succeeded(self, checks: list[PartnerCheck]) -> None:
        if self._task_partner is None:
            summary = check_summary(checks)
            self.list.show_summary(summary)
            self.status.emit(self.tr("Backlinks: {summary}").format(summary=summary))
            return
        check = next((c for c in checks if c.partner_id == self._task_partner), None)
        if check is None or check.result is None:
            why = (
                show(check.problem)
                if check is not None and check.problem
                else self.tr("abgebrochen")
            )
            self.detail.backlink.show_outcome(
                outcome_html(None, self.tr("nicht geprüft: {why}").format(why=why))
            )
            return
        result = check.result
        self.detail.backlink.show_outcome(outcome_html(result.verdict.value, result.message))
        head = verdict_head(result.verdict.value)
        self.status.emit(
            self.tr("Backlink {company}: {verdict}").format(company=check.company, verdict=head)
        )

    def _check_failed(self, message: str) -> None:
        text = self.tr("Die Prüfung ist fehlgeschlagen: {message}").format(message=message)
        if self._task_partner is None:
            self.list.show_summary(text)
        else:
            self.detail.backlink.show_outcome(outcome_html(None, text))

    def _check_finished(self) -> None:
        self.task = None
        self.detail.backlink.running(False)
        self.list.batch_finished()
        self.refresh()
