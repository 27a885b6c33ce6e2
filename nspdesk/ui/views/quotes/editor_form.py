"""The widgets of the quote editor and their layout: what is shown where, and nothing more.

``QuoteForm`` builds the widgets and lays them out; it holds no quote and calls nothing. The editor
(``editor.QuoteEditor``, a ``QuoteForm``) connects their signals to what happens — pricing, saving,
the life cycle — in one place, ``QuoteEditor._connect``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from itertools import pairwise
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QDate, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSizePolicy,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from nspdesk.domain.pricing import PricedQuote
from nspdesk.domain.program import Program, Tier
from nspdesk.domain.tier_check import TierChoice
from nspdesk.domain.vat import STANDARD_RATE, VatMode
from nspdesk.services.quotes import EventRow, PartnerChoice, Status
from nspdesk.ui.flow_layout import flow_row
from nspdesk.ui.formats import day, money, percent
from nspdesk.ui.i18n import show
from nspdesk.ui.tables import fit_columns
from nspdesk.ui.views.quotes.article_search import ArticleSearch
from nspdesk.ui.views.quotes.history import HistoryPanel
from nspdesk.ui.views.quotes.lines_model import END_CUSTOMER_ONLY, Col, LinesDelegate, LinesModel
from nspdesk.ui.views.quotes.lines_table import LinesTable
from nspdesk.ui.views.quotes.partner_picker import PartnerPicker
from nspdesk.ui.views.quotes.tier_panel import TierPanel
from nspdesk.ui.views.quotes.totals import TotalsBox

T = TypeVar("T")
# The editor's texts live in the context "QuoteEditor": PySide's self.tr() looks a text up under the
# class of the object (QuoteEditor), not under the class that calls it (EditorForm), so this module
# names the context itself. lupdate reads these calls as it reads QCoreApplication.translate.
translate = QCoreApplication.translate
MAX_OFFERED = 50
BANNER = "padding: 6px 10px; border-radius: 4px; background: {bg}; color: {fg};"
FROZEN_STYLE = BANNER.format(bg="#fef3c7", fg="#78350f")
ERROR_STYLE = BANNER.format(bg="#fee2e2", fg="#991b1b")
HINT_STYLE = "color: #92400e;"
WARNINGS_BOX_STYLE = "#warningsBox { background: #ffedd5; border-radius: 4px; }"
WARNING_TEXT_STYLE = "color: #7c2d12; padding: 6px 4px 6px 10px;"
CATEGORY_WIDTH = 140  # px: "Server – Softwarewartung" in the lines table
ARTICLE_SEARCH_MIN = 220  # px: the search field's placeholder stays legible
LOCKED_STYLE = BANNER.format(bg="#dbeafe", fg="#1e3a8a")


@dataclass(frozen=True)
class Loaded:
    """The stored state of the quote in the editor."""

    quote_id: int
    number: str
    revision: int
    status: Status
    version: int  # what a save compares: a colleague's change since is not overwritten
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


def abroad_with_vat_id(partner: PartnerChoice) -> bool:
    """A business outside Germany with a VAT ID: the editor suggests reverse charge."""
    return bool(partner.vat_id) and partner.country.strip().lower() not in {"", "deutschland"}


class QuoteForm(QWidget):
    changed_in_store = Signal(int)  # a quote was saved or changed its status
    back_requested = Signal()
    status = Signal(str)
    pdf_requested = Signal(int)
    partner_requested = Signal(int)  # "Zum Partner": show the partner (its figures)

    # --- layout ---------------------------------------------------------------------------------

    def _build(self, lines_model: LinesModel) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 4, 16, 4)  # every pixel of height counts at 640 px
        layout.addLayout(self._build_header())
        self.frozen_banner = self._banner("frozenBanner", FROZEN_STYLE)
        self.error_banner = self._banner("errorBanner", ERROR_STYLE)
        self.warnings_box = self._build_warnings()
        self.tier_panel = TierPanel()
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
        lines.addWidget(self._build_table(lines_model), 1)
        lines.addWidget(self.warnings_box)
        self.history = HistoryPanel()
        self.tabs = QTabWidget()
        self.tabs.setObjectName("editorTabs")
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(lines_page, translate("QuoteEditor", "Positionen"))
        self.tabs.addTab(self.history, translate("QuoteEditor", "Verlauf"))
        layout.addWidget(self.tabs, 1)
        layout.addLayout(self._build_bottom())
        self._set_tab_order()

    def _set_tab_order(self) -> None:
        """Tab runs top to bottom: the actions of the header, the tier decision, the recipient,
        the offer, the line tools, the lines (their editable cells, ``LinesTable``), the texts.
        The tab bar (Positionen/Verlauf) is no stop: Ctrl+Tab switches it."""
        tabs = self.tabs.tabBar()
        if tabs is not None:
            tabs.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.tabs.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        chain: list[QWidget] = [
            self.back_button,
            self.save_button,
            self.send_button,
            self.accept_button,
            self.reject_button,
            self.revise_button,
            self.pdf_button,
            self.more_button,
            self.tier_panel.keep,
            self.tier_panel.reason,
            self.tier_panel.use_supported,
            self.partner_picker,
            self.partner_link,
            self.contact,
            self.subject,
            self.quote_date,
            self.valid_until,
            self.vat,
            self.to_partner,
            self.to_customer,
            self.customer,
            self.article_search,
            self.free_button,
            self.own_use_button,
            self.nfr_button,
            self.remove_button,
            self.up_button,
            self.down_button,
            self.table,
            self.maintenance_button,
            self.intro,
            self.closing,
        ]
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)

    def _build_warnings(self) -> QFrame:
        """The quote's warnings (``domain.quote_checks``) under the lines, one per line, with the
        action that answers a missing maintenance contract beside them."""
        self.warnings_banner = self._banner("quoteWarnings", WARNING_TEXT_STYLE)
        self.maintenance_button = self._button(translate("QuoteEditor", "Wartung hinzufügen"))
        self.maintenance_button.setObjectName("addMaintenance")
        self.maintenance_button.setToolTip(
            translate("QuoteEditor", "Den Wartungsartikel aus dem Katalog als Position aufnehmen")
        )
        self.maintenance_button.hide()
        box = QFrame()
        box.setObjectName("warningsBox")
        box.setStyleSheet(WARNINGS_BOX_STYLE)
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 8, 0)
        row.addWidget(self.warnings_banner, 1)
        row.addWidget(self.maintenance_button, 0, Qt.AlignmentFlag.AlignVCenter)
        box.hide()
        return box

    def show_warnings(self, texts: list[str], maintenance: bool) -> None:
        """The warnings' texts (none: the box hides) and whether to offer "Wartung hinzufügen"."""
        self.warnings_banner.setText("\n".join(f"⚠ {text}" for text in texts))
        self.warnings_banner.setVisible(bool(texts))
        self.maintenance_button.setVisible(maintenance)
        self.warnings_box.setVisible(bool(texts))

    def _build_header(self) -> QHBoxLayout:
        self.back_button = QPushButton(translate("QuoteEditor", "‹ Alle Angebote"))
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
        self.save_button = self._button(
            translate("QuoteEditor", "Speichern"), translate("QuoteEditor", "Strg+S")
        )
        self.send_button = self._button(translate("QuoteEditor", "Als versendet markieren"))
        self.accept_button = self._button(translate("QuoteEditor", "Angenommen"))
        self.reject_button = self._button(translate("QuoteEditor", "Abgelehnt"))
        self.revise_button = self._button(translate("QuoteEditor", "Neue Revision"))
        self.pdf_button = self._button(
            translate("QuoteEditor", "PDF …"), translate("QuoteEditor", "Strg+P")
        )
        self.save_button.setDefault(True)
        self.more_button = self._build_more_menu()
        # A narrow window cuts the title (the window title names the quote too) and wraps the buttons onto a
        # second line: Speichern, PDF and Weitere stay in view.
        self.title.setMinimumWidth(self.title.fontMetrics().horizontalAdvance("Angebot A-0000"))
        header = QHBoxLayout()
        header.addWidget(self.back_button)
        header.addWidget(self.title, 1)
        header.addWidget(self.badge)
        header.addWidget(
            flow_row(
                self.save_button,
                self.send_button,
                self.accept_button,
                self.reject_button,
                self.revise_button,
                self.pdf_button,
                self.more_button,
                align_right=True,
            )
        )
        return header

    def _build_more_menu(self) -> QPushButton:
        menu = QMenu(self)
        self.save_template_action = menu.addAction(
            translate("QuoteEditor", "Als Vorlage speichern …")
        )
        self.apply_template_action = menu.addAction(translate("QuoteEditor", "Aus Vorlage …"))
        menu.addSeparator()
        self.duplicate_action = menu.addAction(
            translate("QuoteEditor", "Für anderen Partner kopieren …")
        )
        self.compare_action = menu.addAction(translate("QuoteEditor", "Revisionen vergleichen …"))
        self.reprice_action = menu.addAction(
            translate("QuoteEditor", "Zu heutigen Konditionen neu berechnen …")
        )
        button = QPushButton(translate("QuoteEditor", "Weitere"))
        button.setObjectName("moreActions")
        button.setAutoDefault(False)
        button.setMenu(menu)
        return button

    def _build_recipient(self) -> QGroupBox:
        self.partner_picker = PartnerPicker()
        self.conditions = QLabel("–")
        self.conditions.setObjectName("partnerConditions")
        self.conditions.setWordWrap(True)
        self.contact = QComboBox()
        self.contact.setObjectName("contactPerson")
        self.contact.setEditable(True)
        self.contact.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        contact_edit = self.contact.lineEdit()
        if contact_edit is not None:
            contact_edit.setPlaceholderText(translate("QuoteEditor", "z. B. Frau Dr. Anna Schmidt"))
        recipient = QGroupBox(translate("QuoteEditor", "Empfänger"))
        form = QFormLayout(recipient)
        self.partner_link = QLabel(
            "<a href='partner'>{}</a>".format(translate("QuoteEditor", "Zum Partner ›"))
        )
        self.partner_link.setObjectName("toPartner")
        self.partner_link.setToolTip(
            translate("QuoteEditor", "Den Partner mit seinen Zahlen des laufenden Jahres zeigen")
        )
        self.partner_link.setTextInteractionFlags(
            Qt.TextInteractionFlag.LinksAccessibleByMouse
            | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
        )
        partner_row = QHBoxLayout()
        partner_row.addWidget(self.partner_picker, 1)
        partner_row.addWidget(self.partner_link)
        form.addRow(translate("QuoteEditor", "Partner"), partner_row)
        form.addRow(translate("QuoteEditor", "Konditionen"), self.conditions)
        form.addRow(translate("QuoteEditor", "Stufe"), self.tier_panel.status)
        form.addRow(translate("QuoteEditor", "Ansprechpartner"), self.contact)
        return recipient

    def _build_offer(self) -> QGroupBox:
        self.subject = QLineEdit()
        self.subject.setObjectName("subject")
        self.quote_date = self._date_edit("quoteDate")
        self.valid_until = self._date_edit("validUntil")
        self.vat = QComboBox()
        self.vat.setObjectName("vatMode")
        self.vat.addItem(
            translate("QuoteEditor", "Standard {rate}").format(rate=percent(STANDARD_RATE)),
            VatMode.STANDARD.value,
        )
        self.vat.addItem(
            translate("QuoteEditor", "Reverse Charge (EU-Unternehmen)"),
            VatMode.REVERSE_CHARGE.value,
        )
        # "Reverse Charge (EU-Unternehmen)" may be cut in a narrow window, not widen it
        self.vat.setMinimumContentsLength(16)
        self.vat.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        dates = QHBoxLayout()
        dates.addWidget(self.quote_date)
        dates.addWidget(QLabel(translate("QuoteEditor", "gültig bis")))
        dates.addWidget(self.valid_until)
        dates.addStretch(1)
        self.to_partner = QRadioButton(translate("QuoteEditor", "Angebot an Partner"))
        self.to_partner.setObjectName("audiencePartner")
        self.to_customer = QRadioButton(translate("QuoteEditor", "Angebot an Endkunden"))
        self.to_customer.setObjectName("audienceEndCustomer")
        self.to_customer.setToolTip(
            translate(
                "QuoteEditor",
                "Listenpreise abzüglich Kundenrabatt; der Editor zeigt Einkauf und Marge des "
                "Partners, das PDF nur die Preise für den Kunden.",
            )
        )
        self.audience_group = QButtonGroup(self)
        self.audience_group.addButton(self.to_partner)
        self.audience_group.addButton(self.to_customer)
        self.to_partner.setChecked(True)
        audience = QHBoxLayout()
        audience.addWidget(self.to_partner)
        audience.addWidget(self.to_customer)
        audience.addStretch(1)
        # The end customer's address (end-customer quotes only): the letter goes there, on the
        # partner's letterhead.
        self.customer = QPlainTextEdit()
        self.customer.setObjectName("customerAddress")
        self.customer.setPlaceholderText(
            translate("QuoteEditor", "Firma\nAnsprechpartner\nStraße\nPLZ Ort")
        )
        self.customer.setToolTip(
            translate(
                "QuoteEditor",
                "Die Anschrift des Endkunden, eine Zeile je Angabe. Das PDF geht an diese Anschrift, "
                "mit dem Briefkopf des Partners; leer: an den Partner.",
            )
        )
        self.customer.setTabChangesFocus(True)
        self.customer.setFixedHeight(4 * self.customer.fontMetrics().lineSpacing() + 12)
        offer = QGroupBox(translate("QuoteEditor", "Angebot"))
        form = QFormLayout(offer)
        form.addRow(translate("QuoteEditor", "Betreff"), self.subject)
        form.addRow(translate("QuoteEditor", "Datum"), dates)
        form.addRow(translate("QuoteEditor", "Umsatzsteuer"), self.vat)
        form.addRow(translate("QuoteEditor", "Art"), audience)
        form.addRow(translate("QuoteEditor", "Endkunde"), self.customer)
        self.offer_form = form
        form.setRowVisible(self.customer, False)
        return offer

    def _build_line_tools(self) -> QHBoxLayout:
        self.article_search = ArticleSearch()
        self.free_button = self._button(translate("QuoteEditor", "Freie Position"))
        self.own_use_button = QPushButton(translate("QuoteEditor", "Eigenbedarfs-Lizenz"))
        self.own_use_button.setObjectName("ownUseLicence")
        self.own_use_button.setAutoDefault(False)
        self.own_use_menu = QMenu(self)
        self.own_use_button.setMenu(self.own_use_menu)
        self.nfr_button = self._button(translate("QuoteEditor", "NFR-Lizenz"))
        self.nfr_button.setObjectName("nfrLicence")
        self.remove_button = self._button(translate("QuoteEditor", "Entfernen"))
        self.up_button = self._button("▲")
        self.down_button = self._button("▼")
        self.up_button.setToolTip(translate("QuoteEditor", "Position nach oben"))
        self.down_button.setToolTip(translate("QuoteEditor", "Position nach unten"))
        for button in (self.up_button, self.down_button):
            button.setFixedWidth(button.sizeHint().height() + 8)
        self.article_search.setMinimumWidth(ARTICLE_SEARCH_MIN)
        tools = QHBoxLayout()
        tools.addWidget(self.article_search, 1)
        tools.addWidget(  # wraps onto a second line in a narrow window
            flow_row(
                self.free_button,
                self.own_use_button,
                self.nfr_button,
                self.remove_button,
                self.up_button,
                self.down_button,
                align_right=True,
            )
        )
        return tools

    def _build_table(self, lines_model: LinesModel) -> LinesTable:
        self.table = LinesTable()
        self.table.setObjectName("linesTable")
        self.table.setModel(lines_model)
        self.table.setItemDelegate(LinesDelegate(lines_model.categories, self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        # at least three lines in view: below that the editor scrolls up and down instead
        rows = self.table.verticalHeader().defaultSectionSize()
        self.table.setMinimumHeight(
            self.table.horizontalHeader().sizeHint().height() + 3 * rows + 4
        )
        header_view = self.table.horizontalHeader()
        # The description takes the room; the category (of free lines) is cut at CATEGORY_WIDTH,
        # in full in its tooltip; a narrow window drops the line numbers.
        fit_columns(
            self.table,
            key=Col.DESCRIPTION,
            optional=(Col.POSITION,),
            caps={Col.CATEGORY: CATEGORY_WIDTH},
        )
        header_view.setHighlightSections(False)
        self.table.setColumnHidden(Col.CATEGORY, True)
        for column in END_CUSTOMER_ONLY:
            self.table.setColumnHidden(column, True)
        self.remove_action = QAction(translate("QuoteEditor", "Position entfernen"), self.table)
        self.remove_action.setShortcut(QKeySequence.StandardKey.Delete)
        self.remove_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.table.addAction(self.remove_action)
        return self.table

    def _build_bottom(self) -> QHBoxLayout:
        self.intro = self._text_edit("intro", translate("QuoteEditor", "Anrede und erster Satz"))
        self.closing = self._text_edit("closing", translate("QuoteEditor", "Schlusstext"))
        texts = QHBoxLayout()
        for title, edit in (
            (translate("QuoteEditor", "Einleitung"), self.intro),
            (translate("QuoteEditor", "Schluss"), self.closing),
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

    @staticmethod
    def _button(text: str, shortcut: str = "") -> QPushButton:
        button = QPushButton(text)
        button.setAutoDefault(False)
        if shortcut:
            button.setToolTip(shortcut)
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
        edit.setDisplayFormat(translate("QuoteEditor", "dd.MM.yyyy"))
        return edit

    def _text_edit(self, name: str, placeholder: str) -> QPlainTextEdit:
        edit = QPlainTextEdit()
        edit.setObjectName(name)
        edit.setPlaceholderText(placeholder)
        edit.setMinimumHeight(96)
        # as high as the totals beside it, never higher than needed
        edit.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Ignored)
        edit.setTabChangesFocus(True)
        return edit

    def _frozen_text(self, loaded: Loaded | None) -> str:
        """What the banner of a revision that can no longer change says."""
        if loaded is None or loaded.status == Status.DRAFT:
            return ""
        what = translate("QuoteEditor", "Revision {number}").format(number=loaded.revision)
        when = {
            Status.SENT: loaded.sent_at,
            Status.ACCEPTED: loaded.decided_at,
            Status.REJECTED: loaded.decided_at,
        }.get(loaded.status)
        # " am 25.11.2026": the translation of each sentence puts {on} where its language wants it.
        on = (
            translate("QuoteEditor", " am {day}").format(day=day(when.astimezone().date()))
            if when is not None
            else ""
        )
        match loaded.status:
            case Status.SENT:
                text = translate(
                    "QuoteEditor",
                    "{what} wurde{on} versendet und ist eingefroren. Für Änderungen eine "
                    "„Neue Revision“ anlegen.",
                )
            case Status.ACCEPTED:
                text = translate(
                    "QuoteEditor",
                    "{what} wurde{on} angenommen – gesperrt; für Änderungen ein neues Angebot "
                    "anlegen (Weitere › Für anderen Partner kopieren … kopiert es, auch für "
                    "denselben Partner).",
                )
            case Status.REJECTED:
                text = translate(
                    "QuoteEditor",
                    "{what} wurde{on} abgelehnt. „Neue Revision“ legt eine neue Fassung an.",
                )
            case _:
                until = day(from_qdate(self.valid_until.date()))
                return translate(
                    "QuoteEditor",
                    "{what} ist abgelaufen (gültig bis {until}) und kann nicht mehr geändert "
                    "werden. „Neue Revision“ legt eine aktualisierte Fassung an.",
                ).format(what=what, until=until)
        return text.format(what=what, on=on)

    def _show_standard_lines(
        self, program: Program, tier: Tier | None, draft: bool, add: Callable[[int], object]
    ) -> None:
        """The own-use sizes of the edition (``add(users)`` adds one) and the NFR seats of ``tier``
        (the tier priced at)."""
        self.own_use_menu.clear()
        for licence in program.own_use_licenses:
            action = self.own_use_menu.addAction(
                translate("QuoteEditor", "{users} Benutzer – {price} jährlich").format(
                    users=licence.users, price=money(licence.price)
                )
            )
            action.triggered.connect(lambda _checked=False, n=licence.users: add(n))
        seats = tier.benefits.nfr_users if tier is not None else 0
        if tier is not None and seats:
            self.nfr_button.setText(
                translate("QuoteEditor", "NFR-Lizenz ({n} Benutzer, kostenfrei)").format(n=seats)
            )
            self.nfr_button.setToolTip(
                translate(
                    "QuoteEditor", "Die kostenfreie NFR-Lizenz der Stufe {tier} als Position"
                ).format(tier=show(tier.name))
            )
        else:
            self.nfr_button.setText(translate("QuoteEditor", "NFR-Lizenz"))
            self.nfr_button.setToolTip(
                translate("QuoteEditor", "{tier} erhält keine kostenfreie NFR-Lizenz.").format(
                    tier=show(tier.name)
                )
                if tier is not None
                else translate("QuoteEditor", "Erst einen Partner mit Partnerstufe wählen.")
            )
        self.nfr_button.setEnabled(draft and bool(seats))
