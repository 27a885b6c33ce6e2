"""Programm: the tiers of each track side by side, every tier in one table, the support model with
whether the second level can be reached right now, and the overview PDFs (Ctrl+P prints the part of
the tab shown)."""

from __future__ import annotations

import sys
from collections.abc import Callable
from datetime import date, datetime
from html import escape

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from nspdesk.domain.program import Program
from nspdesk.domain.program_texts import (
    Section,
    revenue_counts,
    track_sections,
    vendor_granted_sections,
)
from nspdesk.domain.support_hours import (
    BERLIN,
    Availability,
    SupportHours,
    availability,
    known_here,
)
from nspdesk.ui import formats
from nspdesk.ui.context import AppContext
from nspdesk.ui.i18n import QT_TRANSLATE_NOOP, show
from nspdesk.ui.operations import run
from nspdesk.ui.turns import later
from nspdesk.ui.views.base import WorkspaceView
from nspdesk.ui.views.program import pdf_output
from nspdesk.ui.views.program.comparison import (
    common_benefits,
    comparison_rows,
    own_use_licences,
    track_tiers,
)
from nspdesk.ui.views.tier_table_model import TierTableModel
from nspdesk.ui.worker import Task

# German sources; shown through _part().
PARTS = {
    "server": QT_TRANSLATE_NOOP("ProgramView", "Server und Cloud"),
    "cloud": QT_TRANSLATE_NOOP("ProgramView", "Cloud-only"),
    "support": QT_TRANSLATE_NOOP("ProgramView", "Support-Modell"),
}
WEEKDAYS = (
    QT_TRANSLATE_NOOP("ProgramView", "Mo"),
    QT_TRANSLATE_NOOP("ProgramView", "Di"),
    QT_TRANSLATE_NOOP("ProgramView", "Mi"),
    QT_TRANSLATE_NOOP("ProgramView", "Do"),
    QT_TRANSLATE_NOOP("ProgramView", "Fr"),
    QT_TRANSLATE_NOOP("ProgramView", "Sa"),
    QT_TRANSLATE_NOOP("ProgramView", "So"),
)
FILE_NAMES = {
    "server": "Programmuebersicht-Server-und-Cloud.pdf",
    "cloud": "Programmuebersicht-Cloud-only.pdf",
    "support": "Programmuebersicht-Supportmodell.pdf",
    "all": "Programmuebersicht.pdf",
}
REFRESH_MS = 30_000
OPEN_STYLE = "background:#e3f4e6; color:#1b5e20; border:1px solid #a5d6a7;"
CLOSED_STYLE = "background:#fdecea; color:#8a1c12; border:1px solid #f5b7b1;"


def _part(part: str) -> str:
    return QCoreApplication.translate("ProgramView", PARTS[part])


class ProgramView(WorkspaceView):
    view_id = "program"
    title = "Programm"

    def __init__(self, context: AppContext) -> None:
        super().__init__(context)
        self.title = self.tr("Programm")
        self.program = program = context.program()
        self.now: Callable[[], datetime] = lambda: datetime.now(BERLIN)
        self.hours: SupportHours | None = None
        # A region outside Germany needs the ``holidays`` library, whose first import is
        # 0.3-0.6 s (it imports every country's module): read in a worker then, the verdict and
        # the schedule shown when it is there (the frame and the tiers at once; issue 20, a first
        # opening's GUI pause). A German state's holidays are nspdesk's own table: at once.
        self._hours_read: Task | None = None
        if hours_at_once(program):
            self.hours = support_hours(program)
        else:
            self._hours_read = Task(lambda _progress, _cancel: support_hours(program))
            self._hours_read.succeeded.connect(self._hours_arrived)
            self._hours_read.start()

        heading = QLabel(
            f"<h2>{escape(show(program.title))}</h2><p>"
            + self.tr("Gültig ab {day} · Quelle: {source}").format(
                day=formats.day(program.valid_from), source=escape(program.source)
            )
            + "</p>"
        )
        heading.setObjectName("programHeading")
        heading.setTextFormat(Qt.TextFormat.RichText)
        heading.setWordWrap(True)

        self.availability_label = QLabel()
        self.availability_label.setObjectName("supportAvailability")
        self.availability_label.setWordWrap(True)

        self.tabs = self._tabs(program)
        self._tab_parts = [("server",), ("cloud",), ("server", "cloud", "support"), ("support",)]

        buttons = QHBoxLayout()
        buttons.addWidget(self.availability_label, 1)
        self.pdf_buttons: dict[str, QPushButton] = {}
        for part in PARTS:
            name = _part(part)
            button = QPushButton(self.tr("PDF {part} …").format(part=name))
            button.setObjectName(f"pdf-{part}")
            button.setToolTip(
                self.tr("Programmübersicht „{part}“ als PDF mit Ihrem Briefkopf").format(part=name)
            )
            button.clicked.connect(lambda _checked=False, p=part: self.print_parts((p,)))
            self.pdf_buttons[part] = button
            buttons.addWidget(button)

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(buttons)
        layout.addWidget(self.tabs, 1)

        self._timer = QTimer(self)
        self._timer.setInterval(REFRESH_MS)
        self._timer.timeout.connect(self.refresh_availability)
        self._timer.start()
        self.refresh_availability()

    # --- support availability --------------------------------------------------------------------

    def _tabs(self, program: Program) -> QTabWidget:
        tabs = QTabWidget()
        tabs.setObjectName("programTabs")
        self.comparison_tables: dict[str, QTableWidget] = {}
        # The first tab's comparison now; its notes and the cloud, all-tiers and support tabs,
        # one in each later turn of the event loop (issue 20 item 6: the whole build and its
        # first paint paused the GUI thread 75-100 ms, the later parts in one turn 20-25 ms
        # more; ``loading`` until they are there; ``ui.turns``).
        self.support_text: QLabel | None = None
        self._later: list[Callable[[], None]] = []
        table = self._comparison_table(program, "server")
        self.comparison_tables["server"] = table
        tabs.addTab(self._track_page(program, "server", table), _part("server"))
        tabs.addTab(self._later_page(self._cloud_page), _part("cloud"))
        tabs.addTab(self._later_page(lambda: self._all_tiers(program)), self.tr("Alle Stufen"))
        tabs.addTab(self._later_page(lambda: self._support(program)), _part("support"))
        self._build_next()
        return tabs

    def _later_page(self, build: Callable[[], QWidget]) -> QWidget:
        """An empty tab page, filled with what ``build`` makes in a later turn."""
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        self._later.append(lambda: layout.addWidget(build()))
        return page

    def _build_next(self) -> None:
        """Schedule the next part put off by the constructor (see ``_tabs``)."""
        if self._later:
            later(self, self._build_one)

    def _build_one(self) -> None:
        self._later.pop(0)()
        self._build_next()

    def _cloud_page(self) -> QWidget:
        table = self._comparison_table(self.program, "cloud")
        self.comparison_tables["cloud"] = table
        return self._track_page(self.program, "cloud", table)

    def loading(self) -> bool:
        """True until every tab is built and the support hours are read."""
        return bool(self._later) or self.hours_pending()

    def hours_pending(self) -> bool:
        """True while the support hours are read in a worker (the verdict is not shown yet)."""
        return self._hours_read is not None

    def _hours_arrived(self, hours: object) -> None:
        self._hours_read = None
        self.hours = hours if isinstance(hours, SupportHours) else None
        if self.support_text is not None:  # else built later with the hours
            self.support_text.setText(self._support_html(self.program))
        self.refresh_availability()

    def current_availability(self) -> Availability | None:
        return availability(self.hours, self.now()) if self.hours else None

    def refresh_availability(self) -> None:
        if self.hours_pending():  # shown when the hours are read (an empty label until then)
            return
        result = self.current_availability()
        if result is None:
            text, style = self.tr("Supportzeiten: siehe Supportmodell"), CLOSED_STYLE
        else:
            text = self.describe(result)
            style = OPEN_STYLE if result.open_now else CLOSED_STYLE
        self.availability_label.setText(text)
        self.availability_label.setStyleSheet(
            f"QLabel#supportAvailability {{ {style} border-radius:4px; padding:6px 10px; "
            "font-weight:bold; }"
        )

    def describe(self, result: Availability) -> str:
        """The domain's ``Availability.describe()`` in the UI language."""
        if result.open_now:
            assert result.closes_at is not None
            return self.tr("Second-Level-Support jetzt erreichbar (bis {time} Uhr)").format(
                time=f"{result.closes_at:%H:%M}"
            )
        text = self.tr("Second-Level-Support nicht erreichbar")
        if result.holiday:
            text = self.tr("Second-Level-Support nicht erreichbar (heute Feiertag: {holiday})")
            text = text.format(holiday=show(result.holiday))
        if result.next_open is None:
            return text
        return self.tr("{closed} – wieder ab {when}").format(
            closed=text, when=self._when_open(result)
        )

    def _when_open(self, result: Availability) -> str:
        """``Mo 09:00``, ``heute 09:00``, or with the date a week or more ahead."""
        opens = result.next_open
        assert opens is not None
        clock = f"{opens:%H:%M}"
        weekday = QCoreApplication.translate("ProgramView", WEEKDAYS[opens.weekday()])
        days = (opens.date() - result.at.date()).days
        if days == 0:
            return self.tr("heute {time}").format(time=clock)
        if days >= 7:
            day = self.tr("{day}.{month}.").format(day=f"{opens:%d}", month=f"{opens:%m}")
            return f"{weekday} {day} {clock}"
        return f"{weekday} {clock}"

    # --- tabs ------------------------------------------------------------------------------------

    def _comparison_table(self, program: Program, track: str) -> QTableWidget:
        tiers = track_tiers(program, track)
        rows = comparison_rows(program, track)
        table = QTableWidget(len(rows), len(tiers))
        table.setObjectName(f"comparison-{track}")
        table.setHorizontalHeaderLabels([show(t.name) for t in tiers])
        table.setVerticalHeaderLabels([r.label for r in rows])
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        table.setWordWrap(True)
        bold = QFont()
        bold.setBold(True)
        for r, row in enumerate(rows):
            if row.is_section:
                table.setSpan(r, 0, 1, len(tiers))
                item = QTableWidgetItem(row.label)
                item.setFont(bold)
                item.setBackground(table.palette().alternateBase())
                table.setItem(r, 0, item)
                header = table.verticalHeaderItem(r)
                header.setText("")
                continue
            for c, text in enumerate(row.cells):
                item = QTableWidgetItem(text)
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                table.setItem(r, c, item)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        table.verticalHeader().setDefaultAlignment(
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        )
        table.resizeRowsToContents()
        return table

    def _track_page(self, program: Program, track: str, table: QTableWidget) -> QWidget:
        """The comparison, and below it what the overview PDF says of the track in sentences (the
        notes' place kept at once, their text set in a later turn: ``_tabs``)."""
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(table, 3)
        scroll = _scrolled()
        layout.addWidget(scroll, 2)

        def notes() -> None:
            sections = [revenue_counts(program, track), *track_sections(program, track)]
            scroll.setWidget(_text_label(f"notes-{track}", _sections_html(sections)))

        self._later.insert(0, notes)
        return page

    def _all_tiers(self, program: Program) -> QWidget:
        self.tier_model = TierTableModel(program)
        table = QTableView()
        table.setObjectName("tierTable")
        table.setModel(self.tier_model)
        table.setAlternatingRowColors(True)
        table.verticalHeader().setVisible(False)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setStretchLastSection(True)
        table.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        notes = _sections_html(vendor_granted_sections(program))
        info = QLabel(
            "<p><b>"
            + self.tr("Alle Stufen erhalten:")
            + "</b> "
            + escape(" · ".join(common_benefits(program)))
            + "</p><p><b>"
            + self.tr("Eigenbedarfs-Lizenzen:")
            + "</b> "
            + escape(" · ".join(own_use_licences(program)))
            + "</p>"
            + notes
        )
        info.setObjectName("commonBenefits")
        info.setTextFormat(Qt.TextFormat.RichText)
        info.setWordWrap(True)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(table, 1)
        layout.addWidget(info)
        return page

    def _support_html(self, program: Program) -> str:
        """The support model's text; the schedule as the hours say it once they are read."""
        support = program.support
        schedule = (
            show(self.hours.schedule()) if self.hours else f"{support.opens}–{support.closes}"
        )
        free_calls = program.common_benefits.free_support_calls_per_year
        # The support texts come from the rule file (with its English vocabulary): show() them.
        first, second = self.tr("First Level"), self.tr("Second Level")
        reachable, calls = self.tr("Erreichbar:"), self.tr("Kostenlose Calls:")
        per_year = self.tr("{calls} pro Partner und Jahr.").format(calls=free_calls)
        # As the overview PDF's support part: the knowledge base beside the first level, what
        # operations support means beside the second, the partner's part in the notes.
        notes = (
            support.maintenance_required,
            support.partner_duties,
            support.reseller_only,
            support.training_expectation,
            support.fault_reports,
        )
        return (
            f"<h3>{first}</h3><p>{escape(show(support.first_level))}</p>"
            + _paragraphs((support.knowledge_base,))
            + f"<h3>{second}</h3><p>{escape(show(support.second_level))}</p>"
            + _paragraphs((support.operations_support,))
            + f"<p><b>{reachable}</b> {escape(schedule)}</p>"
            f"<p><b>{calls}</b> {per_year} {escape(show(support.after_free_calls))}</p>"
            + _paragraphs(notes)
        )

    def _support(self, program: Program) -> QWidget:
        support = program.support
        text = self.support_text = QLabel(self._support_html(program))
        text.setObjectName("supportText")
        text.setTextFormat(Qt.TextFormat.RichText)
        text.setWordWrap(True)
        text.setAlignment(Qt.AlignmentFlag.AlignTop)
        contracts = QTableWidget(len(support.contracts), 5)
        contracts.setObjectName("supportContracts")
        contracts.setHorizontalHeaderLabels(
            [
                self.tr("Vertrag"),
                self.tr("Name"),
                self.tr("Für"),
                self.tr("Umfang"),
                self.tr("Abrechnung"),
            ]
        )
        contracts.verticalHeader().setVisible(False)
        contracts.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        contracts.setWordWrap(True)
        for r, contract in enumerate(support.contracts):
            values = (
                contract.id,
                contract.name,
                contract.audience,
                contract.covers,
                contract.billing,
            )
            for c, value in enumerate(values):
                contracts.setItem(r, c, QTableWidgetItem(show(value)))
        header = contracts.horizontalHeader()
        for c in range(3):
            header.setSectionResizeMode(c, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        contracts.resizeRowsToContents()
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(_scrolled(text), 3)
        layout.addWidget(contracts, 2)
        return page

    # --- printing --------------------------------------------------------------------------------

    def export_pdf(self) -> bool:
        self.print_parts(self._tab_parts[self.tabs.currentIndex()])
        return True

    def print_parts(self, parts: tuple[str, ...]) -> None:
        from nspdesk.services.program_overview import overview_pdf

        workspace, program = self.context.workspace, self.program

        def make() -> bytes:
            return overview_pdf(workspace, program, parts, date.today())

        data = run(self, self.tr("Programmübersicht"), make)
        if data is not None:
            name = FILE_NAMES[parts[0]] if len(parts) == 1 else FILE_NAMES["all"]
            self._show_pdf(data, name)

    def _show_pdf(self, data: bytes, file_name: str) -> None:
        self.status.emit(pdf_output.show_pdf(self, data, file_name, self.tr("Programmübersicht")))


def _paragraphs(texts: tuple[str, ...]) -> str:
    """The rule file's texts in the UI language, one paragraph each; empty ones left out."""
    return "".join(f"<p>{escape(show(t))}</p>" for t in texts if t)


def _sections_html(sections: list[Section]) -> str:
    return "".join(
        f"<h3>{escape(show(s.heading))}</h3>{_paragraphs(s.texts)}" for s in sections if s.texts
    )


def _text_label(name: str, html: str) -> QLabel:
    label = QLabel(html)
    label.setObjectName(name)
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setWordWrap(True)
    label.setAlignment(Qt.AlignmentFlag.AlignTop)
    return label


def _scrolled(label: QLabel | None = None) -> QScrollArea:
    """A long text that scrolls on a small screen instead of squeezing what is below it (without
    ``label``: its place, the text set later)."""
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QScrollArea.Shape.NoFrame)
    if label is not None:
        scroll.setWidget(label)
    return scroll


def support_hours(program: Program) -> SupportHours | None:
    """The program's support hours; None for a rule file whose hours cannot be read (the texts are
    shown then, without a verdict)."""
    from nspdesk.ui.background import quick_switch  # the library's import in a worker thread

    try:
        with quick_switch():
            return SupportHours.of_model(program.support)
    except ValueError:
        return None


def hours_at_once(program: Program) -> bool:
    """Whether the support hours can be read at once: their region's holidays need no library
    import (a German state's, or the library is imported already)."""
    return known_here(program.support.holidays) or "holidays" in sys.modules
