"""Onboarding: choose a partner, start its checklist for a target tier, tick the steps off with date
and person, watch the progress, print the checklist (Ctrl+P).

Partners with a stored checklist come first in the list and show their progress. A step is recorded
right away (one short write per click); nothing waits for a "save".
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication, QDate, QItemSelectionModel, QSignalBlocker, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from nspdesk.domain.onboarding import Step, StepStatus, checklist_for
from nspdesk.services import onboarding as data
from nspdesk.ui import formats
from nspdesk.ui import settings as options
from nspdesk.ui.background import quick_switch
from nspdesk.ui.context import AppContext
from nspdesk.ui.i18n import QT_TRANSLATE_NOOP, show
from nspdesk.ui.operations import run
from nspdesk.ui.table_model import Column, RowModel, cell_texts
from nspdesk.ui.tables import fit_columns
from nspdesk.ui.views.base import WorkspaceView
from nspdesk.ui.views.catalog.search_proxy import SearchProxy
from nspdesk.ui.views.onboarding.data import Loaded, PartnerEntry, Progress, progress_text
from nspdesk.ui.views.program import pdf_output
from nspdesk.ui.worker import Task

# German sources; shown through _status_text().
STATUS_TEXT = {
    StepStatus.OPEN: QT_TRANSLATE_NOOP("OnboardingView", "offen"),
    StepStatus.DONE: QT_TRANSLATE_NOOP("OnboardingView", "erledigt"),
    StepStatus.NOT_APPLICABLE: QT_TRANSLATE_NOOP("OnboardingView", "entfällt"),
}
STATUS_COLOR = {
    StepStatus.OPEN: None,
    StepStatus.DONE: QColor("#1b7a2f"),
    StepStatus.NOT_APPLICABLE: QColor("#808080"),
}


def _status_text(status: StepStatus) -> str:
    return QCoreApplication.translate("OnboardingView", STATUS_TEXT[status])


def _tier_text(entry: PartnerEntry, names: dict[str, str]) -> str:
    name = names.get(entry.tier or "")  # the translation only asked for when there is no tier
    if name is None:
        return QCoreApplication.translate("OnboardingView", "noch keine Stufe")
    return show(name)


def _checklist_text(entry: PartnerEntry) -> str:
    if entry.progress is None:
        return "–"
    return f"● {show(entry.target_name)}: {progress_text(entry.progress)}"


def _step_title(step: Step) -> str:
    if not step.required and step.status is not StepStatus.NOT_APPLICABLE:
        return QCoreApplication.translate("OnboardingView", "{step} (empfohlen)").format(
            step=show(step.title)
        )
    return show(step.title)


def _to_qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


class OnboardingView(WorkspaceView):
    view_id = "onboarding"
    title = "Onboarding"

    def __init__(self, context: AppContext) -> None:
        super().__init__(context)
        self.title = self.tr("Onboarding")
        self.loaded: Loaded | None = None
        program = context.program()
        self._tier_names = {t.id: t.name for t in program.tiers.values()}

        splitter = QSplitter()
        splitter.addWidget(self._partner_panel())
        splitter.addWidget(self._checklist_panel())
        # the partner list gets nearly half: its names stay whole at 1366 px, its tiers at 1024
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([560, 640])
        QVBoxLayout(self).addWidget(splitter)
        self._reading: Task | None = None  # the partner list read in a worker
        self._wanted: int | None = None  # a partner to select once it is read
        self._show(None, None)
        self.refresh(background=True)
        self.read_when_built()

    def _partner_panel(self) -> QWidget:
        self.search = QLineEdit()
        self.search.setObjectName("onboardingSearch")
        self.search.setPlaceholderText(self.tr("Partner suchen …"))
        self.search.setClearButtonEnabled(True)
        tier_names = self._tier_names  # not ``self``: the texts are made in a worker thread
        self.partner_model: RowModel[PartnerEntry] = RowModel(
            [
                Column(self.tr("Partner"), lambda e: e.company),
                Column(self.tr("Stufe"), lambda e: _tier_text(e, tier_names)),
                Column(
                    self.tr("Checkliste"),
                    _checklist_text,
                    sort=lambda e: f"{0 if e.checklist_id else 1} {e.company.casefold()}",
                ),
            ]
        )
        self.partner_proxy = SearchProxy()
        self.partner_proxy.setSourceModel(self.partner_model)
        self.search.textChanged.connect(self.partner_proxy.set_search)
        self.partners = QTableView()
        self.partners.setObjectName("onboardingPartners")
        self.partners.setModel(self.partner_proxy)
        self.partners.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.partners.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.partners.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.partners.verticalHeader().setVisible(False)
        self.partners.setSortingEnabled(True)
        self.partners.setWordWrap(False)
        # the name takes the room; a narrow panel drops the tier (the heading on the right names it)
        fit_columns(self.partners, key=0, optional=(1,))
        self.partners.selectionModel().currentRowChanged.connect(self._partner_changed)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.search)
        left_layout.addWidget(self.partners, 1)
        return left

    def _checklist_panel(self) -> QWidget:
        self.heading = QLabel()
        self.heading.setObjectName("onboardingHeading")
        self.heading.setTextFormat(Qt.TextFormat.RichText)
        self.heading.setWordWrap(True)
        self.target = QComboBox()
        self.target.setObjectName("onboardingTarget")
        self.target.currentIndexChanged.connect(self._target_changed)
        self.start_button = QPushButton(self.tr("Checkliste starten"))
        self.start_button.setObjectName("onboardingStart")
        self.start_button.clicked.connect(self.start_checklist)
        self.print_button = QPushButton(self.tr("Checkliste drucken …"))
        self.print_button.setObjectName("onboardingPrint")
        self.print_button.setToolTip(
            self.tr("Die Checkliste als PDF-Brief an den Partner (Strg+P)")
        )
        self.print_button.clicked.connect(self.export_pdf)
        start_row = QHBoxLayout()
        start_row.addWidget(QLabel(self.tr("Zielstufe:")))
        start_row.addWidget(self.target, 1)
        start_row.addWidget(self.start_button)
        start_row.addStretch()
        start_row.addWidget(self.print_button)

        self.progress = QProgressBar()
        self.progress.setObjectName("onboardingProgress")
        self.progress.setTextVisible(True)
        self.progress_detail = QLabel()
        self.progress_detail.setObjectName("onboardingProgressDetail")

        self.step_model: RowModel[Step] = RowModel(
            [
                Column(self.tr("Schritt"), _step_title),
                Column(self.tr("Erläuterung"), lambda s: show(s.explanation)),
                Column(
                    self.tr("Status"),
                    lambda s: _status_text(s.status),
                    color=lambda s: STATUS_COLOR[s.status],
                ),
                Column(
                    self.tr("Datum"),
                    lambda s: formats.day(s.done_on) if s.done_on else "",
                    sort=lambda s: s.done_on or date.min,
                ),
                Column(self.tr("Wer"), lambda s: s.done_by),
            ]
        )
        self.steps = QTableView()
        self.steps.setObjectName("onboardingSteps")
        self.steps.setModel(self.step_model)
        self.steps.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.steps.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.steps.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.steps.setWordWrap(True)
        self.steps.setAlternatingRowColors(True)
        self.steps.verticalHeader().setVisible(False)
        header = self.steps.horizontalHeader()
        for column in (0, 2, 3, 4):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.steps.selectionModel().currentRowChanged.connect(self._step_changed)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.heading)
        right_layout.addLayout(start_row)
        right_layout.addWidget(self.progress)
        right_layout.addWidget(self.progress_detail)
        right_layout.addWidget(self.steps, 1)
        right_layout.addWidget(self._step_box())
        return right

    def _step_box(self) -> QGroupBox:
        self.step_box = QGroupBox(self.tr("Schritt erfassen"))
        self.step_label = QLabel()
        self.step_label.setWordWrap(True)
        self.done_on = QDateEdit()
        self.done_on.setObjectName("onboardingDoneOn")
        self.done_on.setCalendarPopup(True)
        self.done_on.setDisplayFormat(self.tr("dd.MM.yyyy"))
        self.done_by = QLineEdit()
        self.done_by.setObjectName("onboardingDoneBy")
        self.done_by.setPlaceholderText(self.tr("Name"))
        self.done_button = QPushButton(self.tr("Erledigt"))
        self.done_button.setObjectName("onboardingDone")
        self.done_button.clicked.connect(lambda: self.record_selected(StepStatus.DONE))
        self.reopen_button = QPushButton(self.tr("Wieder offen"))
        self.reopen_button.setObjectName("onboardingReopen")
        self.reopen_button.clicked.connect(lambda: self.record_selected(StepStatus.OPEN))
        self.skip_button = QPushButton(self.tr("Entfällt"))
        self.skip_button.setObjectName("onboardingSkip")
        self.skip_button.setToolTip(
            self.tr("Nur für empfohlene Schritte: Pflichtschritte entfallen nie.")
        )
        self.skip_button.clicked.connect(lambda: self.record_selected(StepStatus.NOT_APPLICABLE))
        form = QFormLayout()
        form.addRow(self.tr("Erledigt am:"), self.done_on)
        form.addRow(self.tr("Wer:"), self.done_by)
        step_buttons = QHBoxLayout()
        step_buttons.addWidget(self.done_button)
        step_buttons.addWidget(self.reopen_button)
        step_buttons.addWidget(self.skip_button)
        step_buttons.addStretch()
        box_layout = QVBoxLayout(self.step_box)
        box_layout.addWidget(self.step_label)
        box_layout.addLayout(form)
        box_layout.addLayout(step_buttons)
        return self.step_box

    # --- partners --------------------------------------------------------------------------------

    def activated(self) -> None:
        if not self.just_built():
            self.refresh(background=True)

    def loading(self) -> bool:
        """True while the partner list is read in a worker thread."""
        return self._reading is not None

    def refresh(self, background: bool = False) -> None:
        """Reload the partner list and keep the selected partner. ``background``: read in a
        worker thread (every partner with its newest checklist: 0.4-0.8 s on 10 000 partners, a
        first opening's GUI pause, issue 20), the rows shown as they were until it is done."""
        if not background:
            self._reading = None  # a read under way may be older than what was just saved
            entries = run(
                self,
                self.tr("Onboarding"),
                lambda: data.partner_entries(self.context.workspace),
            )
            self._fill(entries or [])
            return
        if self._reading is not None:
            return  # the read under way shows the list as it is now
        workspace, columns = self.context.workspace, list(self.partner_model.columns)

        def read(_progress: object, _cancel: object) -> tuple[list[PartnerEntry], list[list[str]]]:
            # the rows' texts made here too: 10 000 rows' made on arrival paused the GUI thread
            # 80-90 ms (issue 20); plain strings, no Qt object (``cell_texts``)
            with quick_switch():  # the GUI thread gets the GIL back within a millisecond
                entries = data.partner_entries(workspace)
                return entries, cell_texts(columns, entries)

        task = Task(read)
        task.succeeded.connect(lambda result: self._arrived(task, result))
        task.failed.connect(lambda message: self._failed(task, message))
        self._reading = task
        task.start()

    def _arrived(self, task: Task, result: object) -> None:
        if task is not self._reading:
            return  # read again since (after a save): that list is shown
        self._reading = None
        assert isinstance(result, tuple)
        entries, cells = result
        self._fill(entries, cells)

    def _failed(self, task: Task, message: str) -> None:
        if task is not self._reading:
            return
        self._reading = None
        self._wanted = None
        QMessageBox.warning(self, self.tr("Onboarding"), message)

    def _fill(self, entries: list[PartnerEntry], cells: list[list[str]] | None = None) -> None:
        keep = self.selected_partner()
        wanted = self._wanted if self._wanted is not None else keep.id if keep else None
        self._wanted = None
        self.partner_model.set_rows(entries, cells)
        self.partners.sortByColumn(2, Qt.SortOrder.AscendingOrder)
        if wanted is not None and self.select_partner(wanted):
            return
        if self.partner_proxy.rowCount() > 0:
            self.partners.selectRow(0)
        else:
            self._show(None, None)

    def selected_partner(self) -> PartnerEntry | None:
        index = self.partners.currentIndex()
        if not index.isValid():
            return None
        entry = self.partner_proxy.row_object(index.row())
        return entry if isinstance(entry, PartnerEntry) else None

    def select_partner(self, partner_id: int) -> bool:
        for row in range(self.partner_proxy.rowCount()):
            entry = self.partner_proxy.row_object(row)
            if entry.id == partner_id:
                index = self.partner_proxy.index(row, 0)
                already = self.partners.currentIndex() == index  # no signal then: shown here
                self.partners.selectionModel().setCurrentIndex(
                    index,
                    QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows,
                )
                if already:
                    self._partner_changed()
                return True
        if self._reading is not None:  # selected when the list is read (a jump from Fällig)
            self._wanted = partner_id
            return True
        return False

    def _partner_changed(self, *_args: object) -> None:
        entry = self.selected_partner()
        loaded = None
        if entry is not None and entry.checklist_id is not None:
            loaded = run(
                self,
                self.tr("Onboarding"),
                lambda: data.load_checklist(self.context.workspace, entry.id),
            )
        self._show(entry, loaded)

    def _show(self, entry: PartnerEntry | None, loaded: Loaded | None) -> None:
        self.loaded = loaded
        # The target tiers refilled without their signal: each item added and the choice set
        # showed the preview's steps again (three times, 20 ms of the first opening's pause,
        # issue 20); shown once below.
        blocked = QSignalBlocker(self.target)
        self.target.clear()
        self.start_button.setEnabled(entry is not None)
        self.print_button.setEnabled(loaded is not None)
        if entry is None:
            blocked.unblock()
            self.heading.setText("<h3>" + self.tr("Kein Partner gewählt") + "</h3>")
            self.step_model.set_rows([])
            self._show_progress(None)
            self._step_changed()
            return
        program = self.context.program()
        tiers = program.tiers_of_track(entry.track)
        for tier in tiers:
            self.target.addItem(show(tier.name), tier.id)
        default = loaded.checklist.tier.id if loaded else self._default_target(entry)
        self.target.setCurrentIndex(max(0, self.target.findData(default)))
        blocked.unblock()
        tier_text = _tier_text(entry, self._tier_names)
        if loaded is None:
            self.heading.setText(
                f"<h3>{_esc(entry.company)}</h3><p>"
                + self.tr(
                    "{tier} · noch keine Onboarding-Checkliste. Zielstufe wählen und "
                    "„Checkliste starten“."
                ).format(tier=_esc(tier_text))
                + "</p>"
            )
            self.start_button.setText(self.tr("Checkliste starten"))
            self._target_changed()
        else:
            checklist = loaded.checklist
            self.heading.setText(
                f"<h3>{_esc(entry.company)}</h3><p>"
                + self.tr(
                    "{tier} · Checkliste zur Stufe <b>{target}</b> (Programm-Edition {edition})"
                ).format(
                    tier=_esc(tier_text),
                    target=_esc(show(checklist.tier.name)),
                    edition=_esc(checklist.program.edition),
                )
                + "</p>"
            )
            self.start_button.setText(self.tr("Neue Checkliste starten"))
            self.step_model.set_rows(checklist.steps)
            self.steps.resizeRowsToContents()
        self._show_progress(loaded)
        self._step_changed()

    def _target_changed(self, *_args: object) -> None:
        """Without a stored checklist, the steps of the chosen tier as a preview."""
        if self.loaded is not None:
            return
        program = self.context.program()
        tier_id = self.target.currentData()
        preview = checklist_for(program, program.tier(tier_id)).steps if tier_id else ()
        self.step_model.set_rows(preview)
        self.steps.resizeRowsToContents()
        self._step_changed()

    def _default_target(self, entry: PartnerEntry) -> str:
        """The partner's tier, else the entry tier of its track."""
        program = self.context.program()
        if entry.tier in program.tiers and program.tier(entry.tier).track == entry.track:
            return entry.tier
        entry_tier = program.next_tier(None, entry.track)
        return entry_tier.id if entry_tier else ""

    def _show_progress(self, loaded: Loaded | None) -> None:
        if loaded is None:
            self.progress.setRange(0, 1)
            self.progress.setValue(0)
            self.progress.setFormat(self.tr("keine Checkliste"))
            self.progress_detail.setText("")
            return
        progress = Progress.of(loaded.checklist)
        self.progress.setRange(0, max(progress.total, 1))
        self.progress.setValue(progress.done)
        self.progress.setFormat(progress_text(progress))
        self.progress_detail.setText(
            self.tr("Voraussetzungen der Stufe: {done} von {total} erledigt").format(
                done=progress.required_done, total=progress.required_total
            )
        )

    def progress_text(self) -> str:
        return self.progress.text()

    # --- starting and recording ------------------------------------------------------------------

    def start_checklist(self) -> None:
        entry = self.selected_partner()
        tier_id = self.target.currentData()
        if entry is None or not tier_id:
            return
        if self.loaded is not None and not self._confirm(
            self.tr("Neue Checkliste"),
            self.tr(
                "{partner} hat schon eine Checkliste zur Stufe {current}. Eine neue Checkliste "
                "zur Stufe {target} starten? Die bisherige bleibt gespeichert."
            ).format(
                partner=entry.company,
                current=show(self.loaded.checklist.tier.name),
                target=self.target.currentText(),
            ),
        ):
            return
        made = run(
            self,
            self.tr("Checkliste starten"),
            lambda: data.start(self.context.workspace, entry.id, tier_id, date.today()),
        )
        if made is not None:
            self.status.emit(
                self.tr("Checkliste für {partner} gestartet").format(partner=entry.company)
            )
            self.refresh()

    def selected_step(self) -> Step | None:
        index = self.steps.currentIndex()
        return self.step_model.row(index.row()) if index.isValid() else None

    def select_step(self, row: int) -> None:
        self.steps.selectRow(row)

    def _step_changed(self, *_args: object) -> None:
        step = self.selected_step()
        editable = self.loaded is not None and step is not None
        self.step_box.setEnabled(editable)
        self.done_on.setDate(_to_qdate(step.done_on if step and step.done_on else date.today()))
        self.done_by.setText(
            step.done_by
            if step and step.done_by
            else self.context.settings.get_text(options.CONTACT_PERSON)
        )
        if self.loaded is None:
            self.step_label.setText(
                self.tr("Vorschau: erst die Checkliste starten, dann Schritte erfassen.")
            )
            return
        if step is None:
            self.step_label.setText(self.tr("Einen Schritt in der Liste wählen."))
            return
        text = f"<b>{_esc(show(step.title))}</b>: {_esc(show(step.explanation))}"
        if step.from_records:
            # done because the partner's data say so: reopening here would change nothing
            text += "<br/><i>" + _esc(self.tr("Erledigt laut den Daten des Partners.")) + "</i>"
        self.step_label.setText(text)
        self.done_button.setEnabled(editable)
        self.reopen_button.setEnabled(
            editable and step.status is not StepStatus.OPEN and not step.from_records
        )
        self.skip_button.setEnabled(
            editable and not step.required and step.status is not StepStatus.NOT_APPLICABLE
        )

    def record_selected(self, status: StepStatus) -> None:
        step, loaded = self.selected_step(), self.loaded
        if step is None or loaded is None:
            return
        done_on: date = self.done_on.date().toPython()  # type: ignore[assignment]
        done_by = self.done_by.text().strip()
        row = self.steps.currentIndex().row()

        def save() -> bool:
            data.record_step(
                self.context.workspace, loaded.checklist_id, step.id, status, done_on, done_by
            )
            return True

        if run(self, self.tr("Schritt erfassen"), save):
            self.status.emit(f"{show(step.title)}: {_status_text(status)}")
            self.refresh()
            self.select_step(row)

    # --- window actions --------------------------------------------------------------------------

    def export_pdf(self) -> bool:
        loaded = self.loaded
        if loaded is None:
            return False
        pdf = run(
            self,
            self.tr("Checkliste drucken"),
            lambda: data.checklist_pdf(
                self.context.workspace,
                loaded.partner_id,
                date.today(),
                loaded.checklist.tier.id,
            ),
        )
        if pdf is not None:
            name = "".join(c if c.isalnum() else "-" for c in loaded.addressee.company).strip("-")
            self._show_pdf(pdf, f"Onboarding-Checkliste-{name}.pdf")
        return True

    def focus_search(self) -> bool:
        self.search.setFocus()
        self.search.selectAll()
        return True

    # --- dialogs (tests replace these) -----------------------------------------------------------

    def _confirm(self, title: str, text: str) -> bool:
        answer = QMessageBox.question(self, title, text)
        return answer == QMessageBox.StandardButton.Yes

    def _show_pdf(self, pdf: bytes, file_name: str) -> None:
        self.status.emit(
            pdf_output.show_pdf(self, pdf, file_name, self.tr("Onboarding-Checkliste"))
        )


def _esc(text: str) -> str:
    from html import escape

    return escape(text)
