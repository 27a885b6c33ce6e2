"""The partner list: search as you type, filters for tier, track and traffic light, sortable columns,
and the batch backlink check of all partners ("Alle prüfen") with progress and cancel.

The list stays in the database (issue 20): each keystroke, filter or click on a header asks the
services for the first window of rows in that search, filter and order and their count
(``services.partner_overview.partner_page``: the traffic lights are kept there, searched in the
database's text index); the ``WindowModel`` reads further windows as the view scrolls and keeps
only a few."""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from contextlib import suppress
from datetime import date
from typing import Protocol

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, QSize, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from nspdesk.domain.program import Program
from nspdesk.domain.standing import Standing
from nspdesk.services.partner_overview import NO_TIER, PartnerPage, PartnerQuery, PartnerRow
from nspdesk.ui.formats import counted, number
from nspdesk.ui.i18n import QT_TRANSLATE_NOOP, show
from nspdesk.ui.operations import run
from nspdesk.ui.table_model import Column
from nspdesk.ui.tables import AfterPaint, fit_columns, list_table, text_widths
from nspdesk.ui.views.partners.common import (
    AMBER,
    GREEN,
    GREY,
    RED,
    STANDING_COLORS,
    STANDING_ORDER,
    compact,
    standing_name,
    unreachable_note,
    verdict_name,
)
from nspdesk.ui.views.partners.texts import backlink_name
from nspdesk.ui.window_model import WindowModel

ALL = ""
CONTEXT = "PartnerList"
log = logging.getLogger(__name__)
SHORT_VERDICTS = {
    "follow": QT_TRANSLATE_NOOP("PartnerList", "Follow"),
    "nofollow": QT_TRANSLATE_NOOP("PartnerList", "nofollow"),
    "missing": QT_TRANSLATE_NOOP("PartnerList", "kein Link"),
    "unreachable": QT_TRANSLATE_NOOP("PartnerList", "unerreichbar"),
}
VERDICT_COLORS = {"follow": GREEN, "nofollow": RED, "missing": RED, "unreachable": AMBER}


def _tr(text: str) -> str:
    return QCoreApplication.translate("PartnerList", text)


def short(name: str) -> str:
    """``Premium Cloud Partner`` → ``Premium Cloud``: the list has little room (a rule-file
    name in the UI's language)."""
    return show(name).removesuffix(" Partner")


def standing_text(row: PartnerRow) -> str:
    if row.standing is Standing.NONE:
        # An MSP: the vendor grants the status, there is no traffic light; the list says whose
        # conditions its revenue level gives ("Niveau Premium" read as if it were a tier).
        if row.revenue_level_open:
            return QCoreApplication.translate("PartnerList", "MSP · Niveau offen")
        if not row.revenue_level:
            return "–"
        return QCoreApplication.translate("PartnerList", "MSP · {tier}").format(
            tier=short(row.revenue_level)
        )
    return f"● {standing_name(row.standing)}"


def backlink_text(row: PartnerRow) -> str:
    """The last verdict, short; its age is in the tooltip and in the detail's Backlink tab."""
    check = row.last_check
    if check is None:
        return "–"
    return _tr(SHORT_VERDICTS[check.verdict]) if check.verdict in SHORT_VERDICTS else check.verdict


def backlink_color(row: PartnerRow) -> QColor | None:
    return VERDICT_COLORS.get(row.last_check.verdict) if row.last_check else GREY


def backlink_tooltip(row: PartnerRow) -> str:
    check = row.last_check
    if check is None:
        return QCoreApplication.translate("PartnerList", "noch nie geprüft")
    if check.age_days <= 0:
        age = QCoreApplication.translate("PartnerList", "heute geprüft")
    else:
        age = QCoreApplication.translate("PartnerList", "vor %n Tagen geprüft", "", check.age_days)
    if check.verdict == "unreachable":
        return QCoreApplication.translate(
            "PartnerList", "{note} (es zählt: {counting}), {age}\n{url}"
        ).format(
            note=unreachable_note(), counting=backlink_name(row.backlink), age=age, url=check.url
        )
    return QCoreApplication.translate("PartnerList", "{verdict}, {age}\n{url}").format(
        verdict=verdict_name(check.verdict), age=age, url=check.url
    )


def reasons_tooltip(row: PartnerRow) -> str:
    if row.standing is Standing.NONE and (row.revenue_level or row.revenue_level_open):
        return QCoreApplication.translate(
            "PartnerList",
            "Managed Service Partner: den Status vergibt der Hersteller, es gibt keine Ampel. "
            "Die Konditionen richten sich nach dem Umsatzniveau: {level}.",
        ).format(
            level=show(row.revenue_level)
            if row.revenue_level and not row.revenue_level_open
            else QCoreApplication.translate("PartnerList", "noch nicht erfasst")
        )
    reasons = [show(reason) for reason in row.reasons]
    if row.standing is Standing.BELOW:
        return (
            QCoreApplication.translate("PartnerList", "Es fehlt:") + "\n– " + "\n– ".join(reasons)
        )
    return "\n".join(reasons)


def tier_text(row: PartnerRow) -> str:
    return short(row.tier_name) or QCoreApplication.translate("PartnerList", "noch keine")


HIDDEN = (0, 2, 3)  # number, city, track: searchable and in the tooltip, not worth the width
OPTIONAL = (6,)  # the backlink: hidden while the list is too narrow for it and the company
# each column's sort key in the database (services.partner_overview.SORT_KEYS)
SORT_KEYS = ("customer_number", "company", "city", "track", "tier", "standing", "backlink")
COMPANY_COLUMN = SORT_KEYS.index("company")


def columns() -> list[Column[PartnerRow]]:
    """The list's columns, headers in the UI language."""
    return [
        Column(QCoreApplication.translate("PartnerList", "Kd.-Nr."), lambda r: r.customer_number),
        Column(
            QCoreApplication.translate("PartnerList", "Firma"),
            lambda r: r.company,
            tooltip=lambda r: f"{r.company}\n{r.customer_number} · {r.city} · {show(r.track_name)}",
        ),
        Column(QCoreApplication.translate("PartnerList", "Ort"), lambda r: r.city),
        Column(QCoreApplication.translate("PartnerList", "Spur"), lambda r: show(r.track_name)),
        Column(
            QCoreApplication.translate("PartnerList", "Stufe"),
            tier_text,
            tooltip=lambda r: show(r.tier_name),
        ),
        Column(
            QCoreApplication.translate("PartnerList", "Ampel"),
            standing_text,
            color=lambda r: STANDING_COLORS[r.standing],
            tooltip=reasons_tooltip,
        ),
        Column(
            QCoreApplication.translate("PartnerList", "Backlink"),
            backlink_text,
            color=backlink_color,
            tooltip=backlink_tooltip,
        ),
    ]


class PartnerSource(Protocol):
    """Where the list reads its rows: the services on the open workspace (``WorkspacePartners``
    in the view), or rows handed over whole (``RowsSource``: tests, the bench)."""

    def prepare(self, year: int) -> None:
        """Get the list of ``year`` ready to be read (the traffic lights that no longer hold
        worked out): when the list is read again, not on each keystroke."""
        ...

    def page(self, query: PartnerQuery, offset: int, limit: int) -> PartnerPage: ...

    def rows(self, query: PartnerQuery, offset: int, limit: int) -> Sequence[PartnerRow]: ...

    def position(self, query: PartnerQuery, partner_id: int) -> int | None: ...


_MEMORY_ORDER: dict[str, Callable[[PartnerRow], tuple[object, ...]]] = {
    "customer_number": lambda r: (r.customer_number,),
    "company": lambda r: (r.company.casefold(),),
    "city": lambda r: (r.city, r.company.casefold()),
    "track": lambda r: (r.track, r.company.casefold()),
    "tier": lambda r: (r.tier_name, r.company.casefold()),
    "standing": lambda r: (STANDING_ORDER[r.standing], r.company.casefold()),
    "backlink": lambda r: (r.backlink_verdict or "~", r.backlink_age_days or 0),
}


class RowsSource:
    """Rows handed over whole, searched, filtered and sorted here: for tests and the bench, which
    give the list rows they made; the app reads from the database (``WorkspacePartners``)."""

    def __init__(self, rows: Sequence[PartnerRow]) -> None:
        self._rows = list(rows)

    def prepare(self, year: int) -> None:
        """Nothing to prepare: the rows were made by the caller."""

    def _matching(self, query: PartnerQuery) -> list[PartnerRow]:
        words = [w for w in query.search.lower().split() if len(w) >= 3]

        def passes(row: PartnerRow) -> bool:
            if query.tier is not None and row.tier != (
                None if query.tier == NO_TIER else query.tier
            ):
                return False
            if query.track is not None and row.track != query.track:
                return False
            if query.standing is not None and row.standing != query.standing:
                return False
            names = (row.track_name, row.tier_name, show(row.track_name), show(row.tier_name))
            text = " ".join((row.company, row.customer_number, row.city, *names)).lower()
            return all(word in text for word in words)

        order = _MEMORY_ORDER[query.sort]
        return sorted(
            filter(passes, self._rows),
            key=lambda r: (*order(r), r.id),
            reverse=query.descending,
        )

    def page(self, query: PartnerQuery, offset: int, limit: int) -> PartnerPage:
        found = self._matching(query)
        return PartnerPage(
            len(found), len(self._rows), offset, tuple(found[offset : offset + limit])
        )

    def rows(self, query: PartnerQuery, offset: int, limit: int) -> Sequence[PartnerRow]:
        return self._matching(query)[offset : offset + limit]

    def position(self, query: PartnerQuery, partner_id: int) -> int | None:
        ids = [row.id for row in self._matching(query)]
        return ids.index(partner_id) if partner_id in ids else None


class PartnerList(QWidget):
    selected = Signal(int)  # partner id; -1: none
    check_all_requested = Signal()
    cancel_requested = Signal()

    def __init__(self, program: Program) -> None:
        super().__init__()
        self.year = date.today().year  # the view sets the year it shows
        self._source: PartnerSource | None = None
        self._total = 0
        self._widths_kept: tuple[tuple[tuple[PartnerRow, ...], str], list[int]] | None = None
        self.search = QLineEdit()
        self.search.setObjectName("partnerSearch")
        self.search.setPlaceholderText(self.tr("Suchen: Firma, Kundennummer, Ort … (Strg+F)"))
        self.search.setClearButtonEnabled(True)

        self.tier_filter = self._combo("tierFilter", [(self.tr("Alle Stufen"), ALL)])
        for tier in sorted(
            program.tiers.values(), key=lambda t: (list(program.tracks).index(t.track), t.rank)
        ):
            self.tier_filter.addItem(show(tier.name), tier.id)
        self.tier_filter.addItem(self.tr("ohne Stufe"), NO_TIER)
        self.track_filter = self._combo(
            "trackFilter",
            [(self.tr("Alle Spuren"), ALL)]
            + [(show(t.name), t.id) for t in program.tracks.values()],
        )
        self.standing_filter = self._combo(
            "standingFilter",
            [(self.tr("Alle Zustände"), ALL)] + [(standing_name(s), s.value) for s in Standing],
        )

        # a new list in place: selection and scroll position kept (``WindowModel``)
        self.model: WindowModel[PartnerRow] = WindowModel(
            columns(), SORT_KEYS, self, identity=lambda row: row.id, background=True
        )
        self._shown: PartnerQuery | None = None  # the query of the rows on screen
        self._generation = 0  # of the list on screen (a count from a thread must be for it)
        self.model.sort_requested.connect(self._apply)
        self.table = list_table("partnerTable")
        self._after_paint = AfterPaint(self.table)  # a keystroke's count after its rows' paint
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(COMPANY_COLUMN, Qt.SortOrder.AscendingOrder)
        # a narrow list drops the backlink column first (the Backlink tab shows it), the company
        # name stays readable. Sized to the widest text of the rows read (``_size_columns``), not
        # ResizeToContents: that asks every row of 10 000 for its text on each keystroke.
        fit_columns(self.table, key=COMPANY_COLUMN, optional=OPTIONAL, contents=False)
        self.table.horizontalHeader().setStretchLastSection(False)
        for column in HIDDEN:
            self.table.setColumnHidden(column, True)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)

        filters = QHBoxLayout()
        for combo in (self.tier_filter, self.track_filter, self.standing_filter):
            filters.addWidget(combo, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addLayout(self._batch_row())
        layout.addWidget(self.batch_summary)

        self.search.textChanged.connect(self._search)
        self.tier_filter.currentIndexChanged.connect(self._apply)
        self.track_filter.currentIndexChanged.connect(self._apply)
        self.standing_filter.currentIndexChanged.connect(self._apply)

    def _batch_row(self) -> QHBoxLayout:
        self.count = QLabel()
        self.count.setObjectName("partnerCount")
        self.check_all_button = QPushButton(self.tr("Alle prüfen"))
        self.check_all_button.setObjectName("checkAllBacklinks")
        self.check_all_button.setToolTip(self.tr("Den Backlink aller Partner jetzt prüfen"))
        self.check_all_button.clicked.connect(self.check_all_requested)
        self.batch_progress = QProgressBar()
        self.batch_progress.setObjectName("checkAllProgress")
        self.batch_progress.setTextVisible(True)
        self.batch_progress.hide()
        self.batch_cancel = QPushButton(self.tr("Abbrechen"))
        self.batch_cancel.setObjectName("checkAllCancel")
        self.batch_cancel.clicked.connect(self.cancel_requested)
        self.batch_cancel.hide()
        self.batch_summary = QLabel()
        self.batch_summary.setObjectName("batchSummary")
        self.batch_summary.setWordWrap(True)
        self.batch_summary.hide()
        bottom = QHBoxLayout()
        bottom.addWidget(self.count, 1)
        bottom.addWidget(self.batch_progress, 1)
        bottom.addWidget(self.batch_cancel)
        bottom.addWidget(self.check_all_button)
        return bottom

    @staticmethod
    def _combo(name: str, items: list[tuple[str, str]]) -> QComboBox:
        combo = compact(QComboBox(), 8)
        combo.setObjectName(name)
        for text, value in items:
            combo.addItem(text, value)
        return combo

    # --- rows and selection ---------------------------------------------------------------------

    def load(self, source: PartnerSource, prepared: bool = False) -> bool:
        """Read the list from ``source`` (again; ``prepared``: ``prepare`` was done for it);
        search, filters, order and the selected partner are kept. False when it could not be read
        (the user was told)."""
        if not prepared and not self.prepare(source):
            return False
        self._source = source
        return self._apply()

    def prepare(self, source: PartnerSource) -> bool:
        """``source`` made ready for the list's year (its stale traffic lights worked out); False
        when that failed (the user was told)."""

        def prepare() -> bool:
            source.prepare(self.year)
            return True

        done = run(self, QCoreApplication.translate("PartnersView", "Partner laden"), prepare)
        return done is not None

    def set_rows(self, rows: Sequence[PartnerRow], keep: int | None) -> None:
        """Show ``rows`` (handed over whole); select partner ``keep`` again if it is still there
        and visible."""
        self.load(RowsSource(rows))
        if keep is not None:
            self.select(keep, notify=False)

    def query(self) -> PartnerQuery:
        """What the list shows now: the year, the search, the filters and the order."""
        sort, descending = self.model.sort_key()
        return PartnerQuery(
            year=self.year,
            search=self.search.text(),
            tier=self.tier_filter.currentData() or None,
            track=self.track_filter.currentData() or None,
            standing=self.standing_filter.currentData() or None,
            sort=sort or "company",
            descending=descending if sort else False,
        )

    def _apply(self, *_args: object) -> bool:
        """Show the first window of the list as the search, filters and order now describe it."""
        source = self._source
        if source is None:
            return False
        selected = self.current_id()
        query = self.query()
        first = run(
            self,
            QCoreApplication.translate("PartnersView", "Partner laden"),
            lambda: source.page(query, 0, self.model.BLOCK),
        )
        if first is None:
            return False
        self._total = first.total
        self._show(source, query, first.rows, first.count, selected)
        return True

    def _search(self, *_args: object) -> None:
        """A keystroke: the first rows at once; when they fill the window, the count (and the
        number of all partners) follows from a worker thread once they are painted, as in the
        quote list (``page`` counts twice besides reading the rows: two of a keystroke's four
        statements, the others the rows and where the shown partner now stands)."""
        source = self._source
        if source is None:
            return
        selected = self.current_id()
        query = self.query()
        rows = run(
            self,
            QCoreApplication.translate("PartnersView", "Partner laden"),
            lambda: source.rows(query, 0, self.model.BLOCK),
        )
        if rows is None:
            return
        if len(rows) < self.model.BLOCK:  # the whole list: counted
            self._show(source, query, rows, len(rows), selected)
            return
        # until counted, the length shown so far (see the quote list's ``_search``)
        known = self._show(source, query, rows, max(len(rows), self.model.rowCount()), selected)
        # the old list's count is not this list's: say it is being counted until it is
        self.count.setText(self.tr("Partner werden gezählt …"))
        shown = self._generation
        self._after_paint.task_later(
            lambda: source.page(query, 0, 0),
            lambda page: self._counted(shown, known, page),
            lambda message: self._not_counted(shown, len(rows), message),
        )

    def _not_counted(self, shown: int, at_least: int, message: str) -> None:
        """The count failed (the database gone meanwhile) or was stopped for a newer list."""
        if shown != self._generation:
            return  # stopped: the user typed on, the newer list says its own count
        log.warning("counting the partners failed: %s", message)
        with suppress(RuntimeError):  # the panel was closed meanwhile
            self.count.setText(counted(self.tr("mindestens %n Partner", "", at_least), at_least))

    def _counted(self, shown: int, known: list[int], page: object) -> None:
        if shown != self._generation or not isinstance(page, PartnerPage):
            return  # typed on: a newer list is shown
        known[0] = page.count
        self._total = page.total
        with suppress(RuntimeError):  # the panel was closed meanwhile
            self.model.set_count(page.count)
            self._update_count()

    def _show(
        self,
        source: PartnerSource,
        query: PartnerQuery,
        rows: Sequence[PartnerRow],
        count: int,
        selected: int | None,
    ) -> list[int]:
        """The list ``query`` describes, its first rows and its length (so far) in the model; the
        shown partner selected again. The list's length as the model's reads know it."""
        self._generation += 1
        self._after_paint.drop()  # a count not yet started is for a list no longer shown
        known = [count]  # scrolling reads rows, never counts again

        def fetch(offset: int, limit: int) -> tuple[int, Sequence[PartnerRow]]:
            return known[0], source.rows(query, offset, limit)

        selection = self.table.selectionModel()
        selection.blockSignals(True)
        self.model.set_fetch(fetch, (count, rows))
        selection.blockSignals(False)
        another, self._shown = self._shown != query, query
        self._size_columns()
        self._update_count()
        # selected again where it now stands, without a signal; filtered out, the shown partner
        # stays shown (no question about its unsaved changes on a keystroke)
        if (selected is None or not self.select(selected, notify=False)) and another:
            self.table.scrollToTop()  # another list: its top (read again: the place is kept)
        return known

    def visible_rows(self) -> list[PartnerRow]:
        """Every row that passes search and filters, in the list's order (read whole: for tests,
        not for painting)."""
        return self.model.rows()

    def first_id(self) -> int | None:
        """The partner on top of the list as it is shown (None: the list is empty)."""
        try:
            return self.model.row(0).id
        except IndexError:
            return None

    def current_id(self) -> int | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        try:
            return self.model.row(index.row()).id
        except IndexError:
            return None

    def position(self, partner_id: int, query: PartnerQuery | None = None) -> int | None:
        """Where partner ``partner_id`` stands in the list (or in ``query``'s list)."""
        source = self._source
        if source is None:
            return None
        if query is None:
            found = self.model.find_loaded(lambda r: r.id == partner_id)
            if found is not None:
                return found
            if self.model.holds_all():  # the whole list is read: not in it (no query)
                return None
        asked = query or self.query()
        return run(
            self,
            QCoreApplication.translate("PartnersView", "Partner laden"),
            lambda: source.position(asked, partner_id),
        )

    def select(self, partner_id: int, notify: bool = True) -> bool:
        row = self.position(partner_id)
        if row is None:
            return False
        if row >= self.model.rowCount():  # beyond the length shown until the count comes
            self.model.set_count(row + 1)
        selection = self.table.selectionModel()
        selection.blockSignals(not notify)
        index = self.model.index(row, 0)
        self.table.setCurrentIndex(index)
        selection.select(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.table.scrollTo(index)
        selection.blockSignals(False)
        return True

    def _current_changed(self) -> None:
        current = self.current_id()
        self.selected.emit(-1 if current is None else current)

    def shows(self, partner_id: int) -> bool:
        """Whether partner ``partner_id`` is among the rows read (so it exists: no query)."""
        return self.model.find_loaded(lambda r: r.id == partner_id) is not None

    def _widths(self) -> list[int]:
        """Each column as wide as its widest text in the rows read (and its header); kept for
        the same rows and font, since layouts ask ``sizeHint`` dozens of times when the view is
        shown (each measuring every text of 60 rows: 50-70 ms of a show on the GUI thread)."""
        key = (tuple(self.model.loaded_rows()), self.table.font().key())
        if self._widths_kept is not None and self._widths_kept[0] == key:
            return self._widths_kept[1]
        widths = self._measured()
        self._widths_kept = (key, widths)
        return widths

    def _measured(self) -> list[int]:
        texts = [spec.text for spec in self.model.columns]
        return text_widths(self.table, texts, self.model.loaded_rows())

    def _size_columns(self) -> None:
        """The columns but the stretched company as wide as their texts in the rows read."""
        header = self.table.horizontalHeader()
        for column, width in enumerate(self._widths()):
            if column != COMPANY_COLUMN and column not in HIDDEN:
                header.resizeSection(column, width)

    def sizeHint(self) -> QSize:
        """Wide enough for every visible column of the rows read, the company name in full."""
        table = self.table
        width = 2 * table.frameWidth() + table.verticalScrollBar().sizeHint().width()
        for column, wide in enumerate(self._widths()):
            if not table.isColumnHidden(column):
                width += wide
        return QSize(max(width, super().sizeHint().width()), super().sizeHint().height())

    # --- search and filters ---------------------------------------------------------------------

    def clear_filters(self) -> None:
        """Show every partner: no search text, every filter on "Alle" (read once)."""
        widgets = (self.search, self.tier_filter, self.track_filter, self.standing_filter)
        for widget in widgets:
            widget.blockSignals(True)
        self.search.clear()
        for combo in (self.tier_filter, self.track_filter, self.standing_filter):
            combo.setCurrentIndex(0)
        for widget in widgets:
            widget.blockSignals(False)
        self._apply()

    def _update_count(self) -> None:
        shown, total = self.model.rowCount(), self._total
        self.count.setText(
            counted(self.tr("%n Partner", "", total), total)
            if shown == total
            else counted(self.tr("{shown} von %n Partnern", "", total), total).format(
                shown=number(shown)
            )
        )

    # --- the batch check ------------------------------------------------------------------------

    def batch_started(self, total: int) -> None:
        self.check_all_button.setEnabled(False)
        self.batch_progress.setRange(0, max(total, 1))
        self.batch_progress.setValue(0)
        self.batch_progress.setFormat(self._progress_text(0, total))
        self.batch_progress.show()
        self.batch_cancel.setEnabled(True)
        self.batch_cancel.show()

    def batch_progressed(self, done: int, total: int) -> None:
        self.batch_progress.setRange(0, max(total, 1))
        self.batch_progress.setValue(done)
        self.batch_progress.setFormat(self._progress_text(done, total))

    def _progress_text(self, done: int, total: int) -> str:
        return self.tr("{done} von {total} geprüft").format(done=done, total=total)

    def show_summary(self, text: str) -> None:
        self.batch_summary.setText(text)
        self.batch_summary.setVisible(bool(text))

    def batch_finished(self) -> None:
        self.check_all_button.setEnabled(True)
        self.batch_progress.hide()
        self.batch_cancel.hide()
