"""The quote editor: partner, lines, texts and totals of one quote revision, and its life cycle.

Every change is priced at once by the domain (``conditions.price``); the widget shows what comes
back and never computes an amount. A draft is saved with ``quotes.create_quote`` or
``update_draft``; a sent, accepted, rejected or expired revision is shown read-only (its stored
prices, not re-priced) until "Neue Revision" makes a new draft. A failed action keeps everything
typed: the form is reloaded from the store only after a success.

Issue 9 (the program-aware part): the tier check of the partner with the user's decision
(``tier_panel``), partner or end-customer quotes (margins per line and in total), subtotals per
billing period, own-use and NFR lines, templates, a copy for another partner, the audit trail and
the revision diff (``tools``, ``history``). An accepted quote is locked.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from typing import TypeVar

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSizePolicy,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from nspdesk.domain.errors import InputError
from nspdesk.domain.formatting import day
from nspdesk.domain.letterhead import salutation
from nspdesk.domain.pricing import Audience, PricedQuote
from nspdesk.domain.program import Tier
from nspdesk.domain.quote_checks import quote_warnings
from nspdesk.domain.quote_document import DEFAULT_CLOSING, DEFAULT_SUBJECT
from nspdesk.domain.standard_lines import nfr_line, own_use_line
from nspdesk.domain.tier_check import TierCheck, TierChoice
from nspdesk.domain.vat import VatMode
from nspdesk.store import catalog, quote_tools, quotes
from nspdesk.store.errors import StoreError
from nspdesk.store.printing import priced_snapshot
from nspdesk.store.quote_list import PartnerChoice, partner_choices
from nspdesk.store.quote_tools import EventRow
from nspdesk.store.quotes import STATUS_NAMES, LineInput, QuoteInput, Status
from nspdesk.ui import operations
from nspdesk.ui import settings as options
from nspdesk.ui.context import AppContext
from nspdesk.ui.formats import money
from nspdesk.ui.views.quotes import conditions
from nspdesk.ui.views.quotes.article_search import Article, ArticleSearch, SearchResult
from nspdesk.ui.views.quotes.export import sender_contact
from nspdesk.ui.views.quotes.history import HistoryPanel
from nspdesk.ui.views.quotes.lines_model import END_CUSTOMER_ONLY, Col, LinesDelegate, LinesModel
from nspdesk.ui.views.quotes.partner_picker import PartnerPicker
from nspdesk.ui.views.quotes.tier_panel import TierPanel
from nspdesk.ui.views.quotes.tools import QuoteTools, template_input
from nspdesk.ui.views.quotes.totals import TotalsBox

T = TypeVar("T")
INTRO_SENTENCE = "vielen Dank für Ihre Anfrage. Gerne unterbreiten wir Ihnen folgendes Angebot:"
MAX_OFFERED = 50
BANNER = "padding: 6px 10px; border-radius: 4px; background: {bg}; color: {fg};"
FROZEN_STYLE = BANNER.format(bg="#fef3c7", fg="#78350f")
ERROR_STYLE = BANNER.format(bg="#fee2e2", fg="#991b1b")
HINT_STYLE = "color: #92400e;"
WARNING_STYLE = BANNER.format(bg="#ffedd5", fg="#7c2d12")
LOCKED_STYLE = BANNER.format(bg="#dbeafe", fg="#1e3a8a")


@dataclass(frozen=True)
class Loaded:
    """The stored state of the quote in the editor."""

    quote_id: int
    number: str
    revision: int
    status: Status
    sent_at: datetime | None
    decided_at: datetime | None
    snapshot: PricedQuote  # the revision's prices as stored
    revisions: tuple[tuple[int, str], ...] = ()  # number and status name of every revision
    events: tuple[EventRow, ...] = ()  # the audit trail
    recorded_tier: str | None = None  # set when a tier decision was made for the revision
    tier_choice: TierChoice | None = None
    tier_reason: str = ""

    @property
    def label(self) -> str:
        return self.number if self.revision == 1 else f"{self.number}/{self.revision}"


def to_qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def from_qdate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def intro_for(contact: str) -> str:
    return f"{salutation(contact)}\n\n{INTRO_SENTENCE}"


def abroad_with_vat_id(partner: PartnerChoice) -> bool:
    """A business outside Germany with a VAT ID: the editor suggests reverse charge."""
    return bool(partner.vat_id) and partner.country.strip().lower() not in {"", "deutschland"}


class QuoteEditor(QWidget):
    changed_in_store = Signal(int)  # a quote was saved or changed its status
    back_requested = Signal()
    status = Signal(str)
    pdf_requested = Signal(int)

    def __init__(self, context: AppContext, clock: Callable[[], date] = date.today) -> None:
        super().__init__()
        self.setObjectName("quoteEditor")
        self.context = context
        self.clock = clock
        self.loaded: Loaded | None = None
        self.priced: PricedQuote | None = None
        self.price_error = ""
        self._dirty = False
        self._filling = False
        self._auto_intro = ""
        self._failed_field = ""  # the field of the last refused action (to focus it)
        # When a quote is sent (expiry): now, on the editor's day (a test's clock moves it too).
        self.now: Callable[[], datetime] = lambda: datetime.combine(
            self.clock(), datetime.now(UTC).astimezone().timetz()
        )
        self._check_key: tuple[int, date] | None = None
        self._check: TierCheck | None = None
        self.tools = QuoteTools(self)
        program = context.program()
        self.lines_model = LinesModel(program.categories, self)
        self.lines_model.check = self._line_refusal
        self.lines_model.rejected.connect(self.show_error)
        self.lines_model.lines_changed.connect(self._edited)
        self._build()
        self.new_quote()

    # --- layout ---------------------------------------------------------------------------------

    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 8, 16, 8)
        layout.addLayout(self._build_header())
        self.frozen_banner = self._banner("frozenBanner", FROZEN_STYLE)
        self.error_banner = self._banner("errorBanner", ERROR_STYLE)
        self.warnings_banner = self._banner("quoteWarnings", WARNING_STYLE)
        self.tier_panel = TierPanel()
        self.tier_panel.changed.connect(self._edited)
        layout.addWidget(self.frozen_banner)
        layout.addWidget(self.error_banner)
        layout.addWidget(self.tier_panel)
        top = QHBoxLayout()
        top.addWidget(self._build_recipient(), 3)
        top.addWidget(self._build_offer(), 2)
        layout.addLayout(top)
        lines_page = QWidget()
        lines = QVBoxLayout(lines_page)
        lines.setContentsMargins(0, 4, 0, 0)
        lines.addLayout(self._build_line_tools())
        self.search_hint = QLabel()
        self.search_hint.setObjectName("searchHint")
        self.search_hint.setWordWrap(True)
        self.search_hint.setStyleSheet(HINT_STYLE)
        self.search_hint.hide()
        lines.addWidget(self.search_hint)
        lines.addWidget(self._build_table(), 1)
        lines.addWidget(self.warnings_banner)
        self.history = HistoryPanel()
        self.history.compare_requested.connect(self.tools.compare_revisions)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("editorTabs")
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(lines_page, self.tr("Positionen"))
        self.tabs.addTab(self.history, self.tr("Verlauf"))
        layout.addWidget(self.tabs, 1)
        layout.addLayout(self._build_bottom())

    def _build_header(self) -> QHBoxLayout:
        self.back_button = QPushButton("‹ Alle Angebote")
        self.back_button.setFlat(True)
        self.back_button.clicked.connect(self.back_requested)
        self.title = QLabel()
        self.title.setObjectName("quoteTitle")
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.title.setFont(font)
        self.badge = QLabel()
        self.badge.setObjectName("quoteStatus")
        self.save_button = self._button("Speichern", self.save, "Strg+S")
        self.send_button = self._button("Als versendet markieren", self.mark_sent)
        self.accept_button = self._button("Angenommen", self.mark_accepted)
        self.reject_button = self._button("Abgelehnt", self.mark_rejected)
        self.revise_button = self._button("Neue Revision", self.new_revision)
        self.pdf_button = self._button("PDF …", self.export_pdf, "Strg+P")
        self.save_button.setDefault(True)
        self.more_button = self._build_more_menu()
        header = QHBoxLayout()
        header.addWidget(self.back_button)
        header.addWidget(self.title)
        header.addWidget(self.badge)
        header.addStretch(1)
        for button in (
            self.save_button,
            self.send_button,
            self.accept_button,
            self.reject_button,
            self.revise_button,
            self.pdf_button,
            self.more_button,
        ):
            header.addWidget(button)
        return header

    def _build_more_menu(self) -> QPushButton:
        menu = QMenu(self)
        self.save_template_action = menu.addAction(self.tr("Als Vorlage speichern …"))
        self.apply_template_action = menu.addAction(self.tr("Aus Vorlage …"))
        menu.addSeparator()
        self.duplicate_action = menu.addAction(self.tr("Für anderen Partner kopieren …"))
        self.compare_action = menu.addAction(self.tr("Revisionen vergleichen …"))
        self.save_template_action.triggered.connect(self.tools.save_as_template)
        self.apply_template_action.triggered.connect(self.tools.apply_template)
        self.duplicate_action.triggered.connect(self.tools.duplicate)
        self.compare_action.triggered.connect(self.tools.compare_revisions)
        button = QPushButton(self.tr("Weitere"))
        button.setObjectName("moreActions")
        button.setAutoDefault(False)
        button.setMenu(menu)
        return button

    def _build_recipient(self) -> QGroupBox:
        self.partner_picker = PartnerPicker()
        self.partner_picker.partner_changed.connect(self._partner_changed)
        self.conditions = QLabel("–")
        self.conditions.setObjectName("partnerConditions")
        self.conditions.setWordWrap(True)
        self.contact = QComboBox()
        self.contact.setObjectName("contactPerson")
        self.contact.setEditable(True)
        self.contact.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        contact_edit = self.contact.lineEdit()
        if contact_edit is not None:
            contact_edit.setPlaceholderText("z. B. Frau Dr. Anna Schmidt")
        self.contact.currentTextChanged.connect(self._contact_changed)
        recipient = QGroupBox("Empfänger")
        form = QFormLayout(recipient)
        form.addRow("Partner", self.partner_picker)
        form.addRow("Konditionen", self.conditions)
        form.addRow(self.tr("Stufe"), self.tier_panel.status)
        form.addRow("Ansprechpartner", self.contact)
        return recipient

    def _build_offer(self) -> QGroupBox:
        self.subject = QLineEdit()
        self.subject.setObjectName("subject")
        self.subject.textEdited.connect(self._edited)
        self.quote_date = self._date_edit("quoteDate")
        self.valid_until = self._date_edit("validUntil")
        self.vat = QComboBox()
        self.vat.setObjectName("vatMode")
        self.vat.addItem("Standard 19 %", VatMode.STANDARD.value)
        self.vat.addItem("Reverse Charge (EU-Unternehmen)", VatMode.REVERSE_CHARGE.value)
        self.vat.currentIndexChanged.connect(self._edited)
        dates = QHBoxLayout()
        dates.addWidget(self.quote_date)
        dates.addWidget(QLabel("gültig bis"))
        dates.addWidget(self.valid_until)
        dates.addStretch(1)
        self.to_partner = QRadioButton(self.tr("Angebot an Partner"))
        self.to_partner.setObjectName("audiencePartner")
        self.to_customer = QRadioButton(self.tr("Angebot an Endkunden"))
        self.to_customer.setObjectName("audienceEndCustomer")
        self.to_customer.setToolTip(
            self.tr(
                "Listenpreise abzüglich Kundenrabatt; der Editor zeigt Einkauf und Marge des "
                "Partners, das PDF nur die Preise für den Kunden."
            )
        )
        self.audience_group = QButtonGroup(self)
        self.audience_group.addButton(self.to_partner)
        self.audience_group.addButton(self.to_customer)
        self.to_partner.setChecked(True)
        self.to_customer.toggled.connect(self._audience_changed)
        audience = QHBoxLayout()
        audience.addWidget(self.to_partner)
        audience.addWidget(self.to_customer)
        audience.addStretch(1)
        offer = QGroupBox("Angebot")
        form = QFormLayout(offer)
        form.addRow("Betreff", self.subject)
        form.addRow("Datum", dates)
        form.addRow("Umsatzsteuer", self.vat)
        form.addRow(self.tr("Art"), audience)
        return offer

    def _build_line_tools(self) -> QHBoxLayout:
        self.article_search = ArticleSearch()
        self.article_search.search = self._search_catalog
        self.article_search.chosen.connect(self.add_article)
        self.article_search.hint.connect(self._show_hint)
        self.free_button = self._button("Freie Position", self.add_free_line)
        self.own_use_button = QPushButton(self.tr("Eigenbedarfs-Lizenz"))
        self.own_use_button.setObjectName("ownUseLicence")
        self.own_use_button.setAutoDefault(False)
        self.own_use_menu = QMenu(self)
        self.own_use_button.setMenu(self.own_use_menu)
        self.nfr_button = self._button(self.tr("NFR-Lizenz"), self.add_nfr_line)
        self.nfr_button.setObjectName("nfrLicence")
        self.remove_button = self._button("Entfernen", self.remove_selected_lines)
        self.up_button = self._button("▲", lambda: self._move(-1))
        self.down_button = self._button("▼", lambda: self._move(1))
        self.up_button.setToolTip(self.tr("Position nach oben"))
        self.down_button.setToolTip(self.tr("Position nach unten"))
        tools = QHBoxLayout()
        tools.addWidget(self.article_search, 1)
        tools.addWidget(self.free_button)
        tools.addWidget(self.own_use_button)
        tools.addWidget(self.nfr_button)
        tools.addWidget(self.remove_button)
        for button in (self.up_button, self.down_button):
            button.setFixedWidth(button.sizeHint().height() + 8)
            tools.addWidget(button)
        return tools

    def _build_table(self) -> QTableView:
        self.table = QTableView()
        self.table.setObjectName("linesTable")
        self.table.setModel(self.lines_model)
        self.table.setItemDelegate(LinesDelegate(self.lines_model.categories, self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        header_view = self.table.horizontalHeader()
        header_view.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header_view.setSectionResizeMode(Col.DESCRIPTION, QHeaderView.ResizeMode.Stretch)
        header_view.setHighlightSections(False)
        self.table.setColumnHidden(Col.CATEGORY, True)
        for column in END_CUSTOMER_ONLY:
            self.table.setColumnHidden(column, True)
        selection = self.table.selectionModel()
        assert selection is not None  # setModel made one
        selection.selectionChanged.connect(self._update_buttons)
        remove = QAction(self.tr("Position entfernen"), self.table)
        remove.setShortcut(QKeySequence.StandardKey.Delete)
        remove.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        remove.triggered.connect(self.remove_selected_lines)
        self.table.addAction(remove)
        return self.table

    def _build_bottom(self) -> QHBoxLayout:
        self.intro = self._text_edit("intro", "Anrede und erster Satz")
        self.closing = self._text_edit("closing", "Schlusstext")
        texts = QHBoxLayout()
        for title, edit in (
            (self.tr("Einleitung"), self.intro),
            (self.tr("Schluss"), self.closing),
        ):
            column = QVBoxLayout()
            column.setSpacing(2)
            column.addWidget(QLabel(title))
            column.addWidget(edit, 1)
            texts.addLayout(column, 1)
        self.totals = TotalsBox()
        bottom = QHBoxLayout()
        bottom.addLayout(texts, 1)
        bottom.addWidget(self.totals)
        return bottom

    def _button(self, text: str, slot: Callable[[], object], shortcut: str = "") -> QPushButton:
        button = QPushButton(text)
        button.setAutoDefault(False)
        if shortcut:
            button.setToolTip(shortcut)
        button.clicked.connect(lambda _checked=False: slot())
        return button

    @staticmethod
    def _banner(name: str, style: str) -> QLabel:
        banner = QLabel()
        banner.setObjectName(name)
        banner.setWordWrap(True)
        banner.setStyleSheet(style)
        banner.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        banner.hide()
        return banner

    def _date_edit(self, name: str) -> QDateEdit:
        edit = QDateEdit()
        edit.setObjectName(name)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("dd.MM.yyyy")
        edit.dateChanged.connect(self._dates_changed)
        return edit

    def _text_edit(self, name: str, placeholder: str) -> QPlainTextEdit:
        edit = QPlainTextEdit()
        edit.setObjectName(name)
        edit.setPlaceholderText(placeholder)
        edit.setMinimumHeight(96)
        # as high as the totals beside it, never higher than needed
        edit.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Ignored)
        edit.setTabChangesFocus(True)
        edit.textChanged.connect(self._edited)
        return edit

    # --- state ----------------------------------------------------------------------------------

    def is_dirty(self) -> bool:
        return self._dirty

    @property
    def read_only(self) -> bool:
        return self.loaded is not None and self.loaded.status != Status.DRAFT

    def today(self) -> date:
        return self.clock()

    def new_quote(self, partner_id: int | None = None) -> None:
        """An empty draft: today's date, validity from the settings, default texts."""
        today = self.today()
        days = self.context.settings.get_int(options.VALIDITY_DAYS)
        self.loaded = None
        self._fill(
            QuoteInput(
                partner_id=partner_id or 0,
                quote_date=today,
                valid_until=today + timedelta(days=max(0, days)),
                subject=DEFAULT_SUBJECT,
                closing=DEFAULT_CLOSING,
            ),
            prefill=True,
        )
        self.partner_picker.setFocus()

    def load(self, quote_id: int) -> bool:
        """Show the current revision of a stored quote; False (with a message) if it is gone."""

        def read() -> tuple[Loaded, QuoteInput]:
            with self.context.database.read() as session:
                quote = quotes.get_quote(session, quote_id)
                revision = quote.current
                loaded = Loaded(
                    quote_id=quote.id,
                    number=quote.number,
                    revision=revision.number,
                    status=Status(revision.status),
                    sent_at=revision.sent_at,
                    decided_at=revision.decided_at,
                    snapshot=priced_snapshot(self.context.library, revision),
                    revisions=tuple(
                        (r.number, STATUS_NAMES[Status(r.status)]) for r in quote.revisions
                    ),
                    events=tuple(quote_tools.audit_trail(session, quote.id)),
                    recorded_tier=revision.recorded_tier,
                    tier_choice=TierChoice(revision.tier_choice) if revision.tier_choice else None,
                    tier_reason=revision.tier_reason,
                )
                return loaded, quotes.input_from_revision(quote.partner_id, revision)

        result = operations.run(self, "Angebot öffnen", read)
        if result is None:
            return False
        self.loaded, data = result
        self._fill(data, prefill=False)
        return True

    def _fill(self, data: QuoteInput, *, prefill: bool) -> None:
        self._filling = True
        try:
            with self.context.database.read() as session:
                self.partner_picker.set_partners(partner_choices(session))
            self.partner_picker.select(data.partner_id or None)
            self._fill_contacts(self.partner_picker.current_partner(), data.contact_person)
            self.subject.setText(data.subject)
            self.quote_date.setDate(to_qdate(data.quote_date))
            self.valid_until.setMinimumDate(to_qdate(data.quote_date))
            self.valid_until.setDate(to_qdate(data.valid_until))
            self.vat.setCurrentIndex(max(0, self.vat.findData(data.vat.value)))
            self._set_audience(data.audience)
            self.intro.setPlainText(data.intro)
            self.closing.setPlainText(data.closing)
            self._auto_intro = ""
            if prefill:
                self._prefill_intro()
            self.lines_model.set_lines(data.lines)
            self.article_search.clear()
            self._show_hint("")
        finally:
            self._filling = False
        self._dirty = False
        self._update_category_column()
        self.show_error("")
        self._apply_state()
        self._refresh_tier_check()
        self.tier_panel.set_decision(data.tier_choice, data.tier_reason)
        loaded = self.loaded
        if loaded is not None and self.read_only and loaded.tier_choice is not None:
            program = self.context.program(data.quote_date)
            recorded = program.tiers.get(loaded.recorded_tier or "")
            self.tier_panel.show_stored(
                recorded.name if recorded else (loaded.recorded_tier or ""),
                loaded.tier_choice,
                loaded.tier_reason,
                loaded.snapshot.tier.name,
            )
        self.history.show_events(
            loaded.events if loaded else (), len(loaded.revisions) if loaded else 0
        )
        self.tabs.setTabText(
            1,
            self.tr("Verlauf ({n})").format(n=len(loaded.events)) if loaded else self.tr("Verlauf"),
        )
        self.reprice()

    def _apply_state(self) -> None:
        frozen = self.read_only
        self.lines_model.read_only = frozen
        for widget in (
            self.partner_picker,
            self.contact,
            self.quote_date,
            self.valid_until,
            self.vat,
            self.article_search,
            self.to_partner,
            self.to_customer,
        ):
            widget.setEnabled(not frozen)
        self.tier_panel.set_read_only(frozen)
        if self.loaded is not None:  # the partner of a saved quote is fixed (update_draft)
            self.partner_picker.setEnabled(False)
        self.subject.setReadOnly(frozen)
        self.intro.setReadOnly(frozen)
        self.closing.setReadOnly(frozen)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.NoEditTriggers
            if frozen
            else QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        loaded = self.loaded
        if loaded is None:
            self.title.setText("Neues Angebot")
            self.badge.setText("noch nicht gespeichert")
        else:
            self.title.setText(f"Angebot {loaded.number} · Revision {loaded.revision}")
            self.badge.setText(STATUS_NAMES[loaded.status])
        locked = loaded is not None and loaded.status == Status.ACCEPTED
        self.badge.setStyleSheet(BANNER.format(bg="#e5e7eb", fg="#111827"))
        self.frozen_banner.setText(self._frozen_text())
        self.frozen_banner.setStyleSheet(LOCKED_STYLE if locked else FROZEN_STYLE)
        self.frozen_banner.setVisible(frozen)
        self._update_buttons()

    def _frozen_text(self) -> str:
        loaded = self.loaded
        if loaded is None or loaded.status == Status.DRAFT:
            return ""
        what = f"Revision {loaded.revision}"
        when = {
            Status.SENT: loaded.sent_at,
            Status.ACCEPTED: loaded.decided_at,
            Status.REJECTED: loaded.decided_at,
        }.get(loaded.status)
        on = f" am {day(when.astimezone().date())}" if when is not None else ""
        match loaded.status:
            case Status.SENT:
                return (
                    f"{what} wurde{on} versendet und ist eingefroren. Für Änderungen eine "
                    "„Neue Revision“ anlegen."
                )
            case Status.ACCEPTED:
                return self.tr(
                    "{what} wurde{on} angenommen – gesperrt; für Änderungen ein neues Angebot "
                    "anlegen (Weitere › Für anderen Partner kopieren … kopiert es, auch für "
                    "denselben Partner)."
                ).format(what=what, on=on)
            case Status.REJECTED:
                return f"{what} wurde{on} abgelehnt. „Neue Revision“ legt eine neue Fassung an."
            case _:
                until = day(from_qdate(self.valid_until.date()))
                return (
                    f"{what} ist abgelaufen (gültig bis {until}) und kann nicht mehr geändert "
                    "werden. „Neue Revision“ legt eine aktualisierte Fassung an."
                )

    def _update_buttons(self, *_args: object) -> None:
        status = self.loaded.status if self.loaded is not None else Status.DRAFT
        draft = status == Status.DRAFT
        self.save_button.setEnabled(draft)
        self.send_button.setEnabled(draft)
        self.accept_button.setEnabled(status == Status.SENT)
        self.reject_button.setEnabled(status == Status.SENT)
        self.revise_button.setEnabled(status in {Status.SENT, Status.REJECTED, Status.EXPIRED})
        self.pdf_button.setEnabled(True)
        for button in (self.accept_button, self.reject_button):
            button.setVisible(status == Status.SENT)
        self.send_button.setVisible(draft)
        self.save_button.setVisible(draft)
        self.revise_button.setVisible(not draft and status != Status.ACCEPTED)
        selected = bool(self.table.selectionModel().selectedRows())
        for button in (self.remove_button, self.up_button, self.down_button):
            button.setEnabled(draft and selected)
        self.free_button.setEnabled(draft)
        self.own_use_button.setEnabled(draft)
        self.apply_template_action.setEnabled(draft)
        loaded = self.loaded
        self.compare_action.setEnabled(loaded is not None and len(loaded.revisions) >= 2)

    # --- editing --------------------------------------------------------------------------------

    def _edited(self, *_args: object) -> None:
        self._update_category_column()
        if self._filling:
            return
        self._dirty = True
        self.reprice()

    def _update_category_column(self) -> None:
        """Catalog lines carry their category; it is shown (and chosen) only for free lines."""
        free = any(not line.article_number for line in self.lines_model.lines())
        self.table.setColumnHidden(Col.CATEGORY, not free)

    def _partner_changed(self, partner: PartnerChoice | None) -> None:
        if self._filling:
            return
        self._fill_contacts(partner, "")
        if partner is not None and abroad_with_vat_id(partner):  # suggest reverse charge
            self.vat.setCurrentIndex(self.vat.findData(VatMode.REVERSE_CHARGE.value))
        self._refresh_tier_check()
        self.tier_panel.set_decision(None, "")
        self._edited()
        self.article_search.refresh()

    def _fill_contacts(self, partner: PartnerChoice | None, chosen: str) -> None:
        filling, self._filling = self._filling, True
        self.contact.clear()
        names = list(partner.contacts) if partner else []
        if chosen and chosen not in names:
            names.insert(0, chosen)
        self.contact.addItems(names)
        self.contact.setEditText(chosen or (names[0] if names else ""))
        self._filling = filling
        if not filling:
            self._prefill_intro()

    def _contact_changed(self, _text: str) -> None:
        if self._filling:
            return
        self._prefill_intro()
        self._edited()

    def _prefill_intro(self) -> None:
        """The salutation follows the contact as long as the intro is still the generated one."""
        current = self.intro.toPlainText()
        if current and current != self._auto_intro:
            return
        self._auto_intro = intro_for(self.contact.currentText())
        filling, self._filling = self._filling, True
        self.intro.setPlainText(self._auto_intro)
        self._filling = filling

    def _dates_changed(self, *_args: object) -> None:
        self.valid_until.setMinimumDate(self.quote_date.date())
        if not self._filling:
            self._refresh_tier_check()
        self._edited()

    def _refresh_tier_check(self) -> None:
        """The recorded tier of the partner against its figures on the quote date (drafts only)."""
        partner = self.partner_picker.current_partner()
        on = from_qdate(self.quote_date.date())
        program = self.context.program(on)
        tier = program.tiers.get(partner.tier or "") if partner else None
        if partner is None or tier is None:
            self._check, self._check_key = None, None
            self.tier_panel.show_check(None, self.tr("noch keine Partnerstufe") if partner else "–")
            return
        if self.read_only:
            self.tier_panel.show_check(None, tier.name)
            return
        if self._check_key != (partner.id, on):
            try:
                with self.context.database.read() as session:
                    self._check = quotes.tier_check_for(
                        session, self.context.library, partner.id, on
                    )
            except (InputError, StoreError):
                self._check = None  # nothing to decide on; saving reports what is wrong
            self._check_key = (partner.id, on)
        vendor = self.tr("{tier} – von Net at Work vergeben, keine Prüfung der Zahlen")
        self.tier_panel.show_check(
            self._check, vendor.format(tier=tier.name) if tier.granted_by_vendor else tier.name
        )

    def _set_audience(self, audience: Audience) -> None:
        filling, self._filling = self._filling, True
        (self.to_customer if audience is Audience.END_CUSTOMER else self.to_partner).setChecked(
            True
        )
        self._filling = filling
        self._show_audience()

    def audience(self) -> Audience:
        return Audience.END_CUSTOMER if self.to_customer.isChecked() else Audience.PARTNER

    def _audience_changed(self, *_args: object) -> None:
        self._show_audience()
        self._edited()

    def _show_audience(self) -> None:
        audience = self.audience()
        self.lines_model.set_audience(audience)
        for column in END_CUSTOMER_ONLY:
            self.table.setColumnHidden(column, audience is not Audience.END_CUSTOMER)

    def add_article(self, article: Article) -> bool:
        line = LineInput(
            category=article.category,
            description=article.name,
            quantity=Decimal(1),
            unit_price=article.list_price,
            unit=article.unit,
            article_number=article.article_number,
        )
        return self.add_line(line)

    def add_line(self, line: LineInput) -> bool:
        if self.read_only:
            return False
        if not self.lines_model.add_line(line):
            return False
        row = self.lines_model.rowCount() - 1
        self.table.selectRow(row)
        self.table.setCurrentIndex(self.lines_model.index(row, Col.QUANTITY))
        self.status.emit(f"Position {row + 1} hinzugefügt: {line.description}")
        return True

    def add_own_use(self, users: int) -> bool:
        """The program's own-use licence for ``users`` users at its fixed yearly price."""
        program = self.context.program(from_qdate(self.quote_date.date()))
        line = own_use_line(program, users)
        return self.add_line(
            LineInput(line.category, line.description, line.quantity, line.unit_price, unit="Jahr")
        )

    def add_nfr_line(self) -> bool:
        """The free NFR licence of the tier the quote is priced at, as a zero-priced line."""
        tier = self._nfr_tier()
        if tier is None:
            return False
        try:
            line = nfr_line(tier)
        except InputError as refusal:
            self.show_error(refusal.message)
            return False
        return self.add_line(
            LineInput(line.category, line.description, line.quantity, line.unit_price)
        )

    def _nfr_tier(self) -> Tier | None:
        partner = self._pricing_partner()
        if partner is None:
            return None
        return conditions.priced_as(
            self.context.program(from_qdate(self.quote_date.date())), partner
        )

    def _update_standard_lines(self) -> None:
        """The own-use sizes of the edition and the NFR seats of the tier priced at."""
        program = self.context.program(from_qdate(self.quote_date.date()))
        self.own_use_menu.clear()
        for licence in program.own_use_licenses:
            action = self.own_use_menu.addAction(
                self.tr("{users} Benutzer – {price} jährlich").format(
                    users=licence.users, price=money(licence.price)
                )
            )
            action.triggered.connect(lambda _checked=False, n=licence.users: self.add_own_use(n))
        tier = self._nfr_tier()
        seats = tier.benefits.nfr_users if tier is not None else 0
        draft = not self.read_only
        if tier is not None and seats:
            self.nfr_button.setText(
                self.tr("NFR-Lizenz ({n} Benutzer, kostenfrei)").format(n=seats)
            )
            self.nfr_button.setToolTip(
                self.tr("Die kostenfreie NFR-Lizenz der Stufe {tier} als Position").format(
                    tier=tier.name
                )
            )
        else:
            self.nfr_button.setText(self.tr("NFR-Lizenz"))
            self.nfr_button.setToolTip(
                self.tr("{tier} erhält keine kostenfreie NFR-Lizenz.").format(tier=tier.name)
                if tier is not None
                else self.tr("Erst einen Partner mit Partnerstufe wählen.")
            )
        self.nfr_button.setEnabled(draft and bool(seats))

    def add_free_line(self) -> bool:
        category = "other" if "other" in self.lines_model.categories else ""
        category = category or next(iter(self.lines_model.categories))
        added = self.add_line(LineInput(category, "Freie Position", Decimal(1), Decimal(0)))
        if added:
            self.table.edit(
                self.lines_model.index(self.lines_model.rowCount() - 1, Col.DESCRIPTION)
            )
        return added

    def remove_selected_lines(self) -> None:
        if self.read_only:
            return
        rows = [index.row() for index in self.table.selectionModel().selectedRows()]
        self.lines_model.remove_rows(rows)

    def _move(self, offset: int) -> None:
        rows = [index.row() for index in self.table.selectionModel().selectedRows()]
        if len(rows) == 1 and self.lines_model.move_row(rows[0], offset):
            self.table.selectRow(rows[0] + offset)

    def _show_hint(self, text: str) -> None:
        self.search_hint.setText(text)
        self.search_hint.setVisible(bool(text))

    def show_error(self, message: str) -> None:
        """A refused input or why the quote cannot be priced; "" hides it."""
        self.error_banner.setText(message)
        self.error_banner.setVisible(bool(message))

    # --- pricing (always the domain's) ----------------------------------------------------------

    def cap(self) -> Decimal:
        return self.context.settings.get_decimal(options.MAX_EXTRA_DISCOUNT)

    def collect(self) -> QuoteInput:
        """What the form says, as the store's input; ``InputError`` without a partner."""
        partner = self.partner_picker.current_partner()
        if partner is None:
            raise InputError("partner", "Bitte einen Partner wählen.")
        return self._input(partner.id)

    def _input(self, partner_id: int) -> QuoteInput:
        return QuoteInput(
            partner_id=partner_id,
            quote_date=from_qdate(self.quote_date.date()),
            valid_until=from_qdate(self.valid_until.date()),
            lines=self.lines_model.lines(),
            vat=VatMode(self.vat.currentData()),
            subject=self.subject.text().strip(),
            intro=self.intro.toPlainText().strip(),
            closing=self.closing.toPlainText().strip(),
            contact_person=self.contact.currentText().strip(),
            audience=self.audience(),
            tier_choice=self.tier_panel.choice(),
            tier_reason=self.tier_panel.reason_text(),
        )

    def form_input(self) -> QuoteInput:
        """What the form says, with or without a partner (templates need none)."""
        partner = self.partner_picker.current_partner()
        return self._input(partner.id if partner else 0)

    def _pricing_partner(self) -> PartnerChoice | None:
        """The partner as the quote prices it: at the tier the user's decision gives."""
        partner = self.partner_picker.current_partner()
        if partner is None:
            return None
        return conditions.pricing_partner(
            partner, self._check, self.tier_panel.choice(), self.tier_panel.reason_text()
        )

    def apply_template_input(self, template: QuoteInput) -> None:
        """Lines, texts, audience and VAT of a template; partner, contact and dates stay."""
        data = template_input(self.form_input(), template)
        filling, self._filling = self._filling, True
        self.subject.setText(data.subject)
        self.intro.setPlainText(data.intro)
        self.closing.setPlainText(data.closing)
        self.vat.setCurrentIndex(max(0, self.vat.findData(data.vat.value)))
        self._set_audience(data.audience)
        self.lines_model.set_lines(data.lines)
        self._filling = filling
        self._edited()

    def show_hint(self, text: str) -> None:
        self._show_hint(text)

    def reprice(self) -> None:
        partner = self._pricing_partner()
        program = self.context.program(from_qdate(self.quote_date.date()))
        self.conditions.setText(
            conditions.conditions_text(program, partner)
            if partner
            else "Bitte einen Partner wählen."
        )
        priced: PricedQuote | None = None
        error = ""
        if self.read_only and self.loaded is not None:
            priced = self.loaded.snapshot
        elif partner is not None:
            try:
                priced = conditions.price(
                    self.context.library, partner, self._input(partner.id), self.cap()
                )
            except InputError as failure:
                error = failure.message
        self.priced, self.price_error = priced, error
        self.lines_model.set_priced(priced.lines if priced else None)
        self.totals.show_priced(priced, self.lines_model.rowCount())
        self.show_error(error)
        reseller_only = partner.reseller_only if partner is not None else False
        warnings = quote_warnings(priced, reseller_only) if priced is not None else ()
        self.warnings_banner.setText("\n".join(f"⚠ {w.message}" for w in warnings))
        self.warnings_banner.setVisible(bool(warnings))
        self._update_standard_lines()

    def _line_refusal(self, row: int, line: LineInput) -> str | None:
        partner = self._pricing_partner()
        if partner is None:
            return None
        data = self._input(partner.id)
        refusal = conditions.line_refusal(
            self.context.library, partner, data, self.cap(), row, line
        )
        if refusal is None:
            return None
        if not refusal.field.endswith(".extra_discount"):
            return refusal.message
        program = self.context.program(data.quote_date)
        where = (
            self.tr("Den Höchstwert legen Sie unter Einstellungen › Angebote fest.")
            if conditions.settings_cap_binds(program, self.cap())
            else self.tr("Das ist der Höchstwert des Partnerprogramms {edition}.").format(
                edition=program.edition
            )
        )
        return f"{refusal.message}. {where}"

    def _search_catalog(self, text: str) -> SearchResult:
        on = from_qdate(self.quote_date.date())
        with self.context.database.read() as session:
            items = [
                Article(i.article_number, i.name, i.category, i.unit, i.list_price)
                for i in catalog.current_items(session, on, text)
            ]
        offered: list[Article] = []
        hidden: list[Article] = []
        reason = ""
        row = self.lines_model.rowCount()
        for article in items:
            line = LineInput(article.category, article.name, Decimal(1), article.list_price)
            refusal = self._line_refusal(row, line)
            if refusal is None:
                offered.append(article)
            else:
                hidden.append(article)
                reason = reason or refusal.rsplit(": ", 1)[-1]
        return SearchResult(offered[:MAX_OFFERED], hidden, reason)

    # --- actions --------------------------------------------------------------------------------

    def save(self) -> bool:
        """Create the quote or update its draft; on failure everything typed stays."""
        if self.read_only:
            self.status.emit(self._frozen_text())
            return False

        def store() -> int:
            data = self.collect()
            partner = self._pricing_partner()
            assert partner is not None
            conditions.price(self.context.library, partner, data, self.cap())  # settings' cap
            with self.context.database.write() as session:
                quote_tools.require_tier_decision(session, self.context.library, data)
                if self.loaded is None:
                    quote = quotes.create_quote(session, self.context.library, data)
                else:
                    quote = quotes.update_draft(
                        session, self.context.library, self.loaded.quote_id, data
                    )
                return quote.id

        quote_id = operations.run(self, "Angebot speichern", self._noting_field(store))
        if quote_id is None:
            if self._failed_field in {"tier_choice", "tier_reason"}:
                target = self.tier_panel.reason if self._failed_field == "tier_reason" else None
                (target or self.tier_panel.keep).setFocus(Qt.FocusReason.OtherFocusReason)
            return False
        self.load(quote_id)
        assert self.loaded is not None
        self.status.emit(f"Angebot {self.loaded.label} gespeichert")
        self.changed_in_store.emit(quote_id)
        return True

    def _noting_field(self, action: Callable[[], T]) -> Callable[[], T]:
        """``action``, remembering the field of an ``InputError`` it raises (to focus it)."""

        def run() -> T:
            self._failed_field = ""
            try:
                return action()
            except InputError as error:
                self._failed_field = error.field
                raise

        return run

    def saved_first(self) -> int | None:
        return self._saved_first()

    def _saved_first(self) -> int | None:
        """The quote's id, saving a new or changed draft first; None if that failed."""
        needs_save = self.loaded is None or (self._dirty and not self.read_only)
        if needs_save and not self.save():
            return None
        return self.loaded.quote_id if self.loaded is not None else None

    def mark_sent(self) -> bool:
        """Send the draft (saved first); an expired one is refused by the store, and the validity
        date gets the focus."""
        now = self.now()

        def send(session: Session, quote_id: int) -> object:
            contact = sender_contact(self.context, session)
            return quotes.send(session, quote_id, now, contact=contact)

        done = self._act("Als versendet markieren", send, "als versendet markiert", True)
        if not done and self._failed_field == "valid_until":
            self.valid_until.setFocus(Qt.FocusReason.OtherFocusReason)
        return done

    def mark_accepted(self) -> bool:
        return self._act("Angenommen", quotes.accept, "angenommen")

    def mark_rejected(self) -> bool:
        return self._act("Abgelehnt", quotes.reject, "abgelehnt")

    def new_revision(self) -> bool:
        library = self.context.library
        return self._act(
            "Neue Revision",
            lambda session, quote_id: quotes.revise(session, library, quote_id),
            "neue Revision angelegt",
        )

    def _act(
        self,
        title: str,
        action: Callable[..., object],
        done: str,
        save_first: bool = False,
    ) -> bool:
        quote_id = self._saved_first() if save_first else None
        if not save_first and self.loaded is not None:
            quote_id = self.loaded.quote_id
        if quote_id is None:
            return False

        def store() -> bool:
            with self.context.database.write() as session:
                action(session, quote_id)
            return True

        if operations.run(self, title, self._noting_field(store)) is None:
            return False
        self.load(quote_id)
        assert self.loaded is not None
        self.status.emit(f"Angebot {self.loaded.label}: {done}")
        self.changed_in_store.emit(quote_id)
        return True

    def export_pdf(self) -> bool:
        """The PDF of the saved revision (a new or changed draft is saved first)."""
        quote_id = self._saved_first()
        if quote_id is None:
            return False
        self.pdf_requested.emit(quote_id)
        return True

    def focus_article_search(self) -> bool:
        if self.read_only:
            return False
        self.article_search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.article_search.selectAll()
        return True

    def confirm_leave(self) -> bool:
        """True when the editor may show something else (saved, discarded, or nothing to lose)."""
        if not self._dirty:
            return True
        answer = self.ask_unsaved()
        if answer == "save":
            return self.save()
        return answer == "discard"

    def ask_unsaved(self) -> str:
        """ "save", "discard" or "cancel"; the dialog tests replace."""
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle("Ungespeicherte Änderungen")
        title = self.loaded.label if self.loaded else "Das neue Angebot"
        box.setText(f"{title} hat ungespeicherte Änderungen.")
        box.setInformativeText("Möchten Sie die Änderungen speichern?")
        save = box.addButton("Speichern", QMessageBox.ButtonRole.AcceptRole)
        discard = box.addButton("Verwerfen", QMessageBox.ButtonRole.DestructiveRole)
        box.addButton("Abbrechen", QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(save)
        box.exec()
        clicked = box.clickedButton()
        return "save" if clicked is save else "discard" if clicked is discard else "cancel"
