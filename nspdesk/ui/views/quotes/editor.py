"""The quote editor: partner, lines, texts and totals of one quote revision, and its life cycle.

Every change is priced at once as saving will price it (``services.quote_pricing.DraftPricer``,
the partner's terms and the team's cap read once per partner and date); the widget shows what comes
back and never computes an amount. A draft is saved with ``services.quotes.create`` or
``save_draft`` (refused, naming the colleague, when someone else saved the quote meanwhile: the
editor then offers to reload and shows what changed); a sent, accepted, rejected or expired
revision is shown read-only (its stored prices, not re-priced) until "Neue Revision" makes a new
draft. A failed action keeps everything typed: the form is reloaded only after a success.

Issue 9 (the program-aware part): the tier check of the partner with the user's decision
(``tier_panel``), partner or end-customer quotes (margins per line and in total), subtotals per
billing period, own-use and NFR lines, templates, a copy for another partner, the audit trail and
the revision diff (``tools``, ``history``). An accepted quote is locked.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QMenu,
    QMessageBox,
    QPushButton,
    QWidget,
)

from nspdesk.domain.errors import InputError
from nspdesk.domain.messages import Text
from nspdesk.domain.pricing import Audience, PricedQuote
from nspdesk.domain.program import Tier
from nspdesk.domain.quote_checks import (
    TIER_NOT_COVERED,
    QuoteWarning,
    missing_maintenance,
    quote_warnings,
)
from nspdesk.domain.quote_document import DEFAULT_CLOSING, DEFAULT_SUBJECT, intro_for
from nspdesk.domain.quote_input import LineInput, QuoteInput
from nspdesk.domain.standard_lines import nfr_line, own_use_line
from nspdesk.domain.tier_check import TierCheck
from nspdesk.domain.vat import VatMode
from nspdesk.services import catalog, quotes
from nspdesk.services.errors import StaleEditError, StoreError
from nspdesk.services.quote_pricing import DraftPricer
from nspdesk.services.quotes import PartnerChoice, QuoteDetail, Status
from nspdesk.services.workspace import Workspace
from nspdesk.ui import operations
from nspdesk.ui import settings as options
from nspdesk.ui.context import AppContext
from nspdesk.ui.field_names import described
from nspdesk.ui.formats import money
from nspdesk.ui.i18n import show
from nspdesk.ui.views.quotes import conditions
from nspdesk.ui.views.quotes.article_search import Article, SearchResult
from nspdesk.ui.views.quotes.diff_view import DiffDialog
from nspdesk.ui.views.quotes.editor_form import (
    BANNER,
    FROZEN_STYLE,
    LOCKED_STYLE,
    MAX_OFFERED,
    Loaded,
    QuoteForm,
    T,
    abroad_with_vat_id,
    from_qdate,
    to_qdate,
)
from nspdesk.ui.views.quotes.export import sender_contact
from nspdesk.ui.views.quotes.lines_model import (
    END_CUSTOMER_ONLY,
    Col,
    LinesDelegate,
    LinesModel,
)
from nspdesk.ui.views.quotes.mail import QuoteMailer
from nspdesk.ui.views.quotes.names import status_name
from nspdesk.ui.views.quotes.reprice import Repricer
from nspdesk.ui.views.quotes.tools import QuoteTools, template_input

# The cell of a line that a refusal names (``lines[2].quantity``).
LINE_COLUMNS = {
    "quantity": Col.QUANTITY,
    "unit_price": Col.UNIT_PRICE,
    "extra_discount": Col.EXTRA_DISCOUNT,
    "description": Col.DESCRIPTION,
    "category": Col.CATEGORY,
    "unit": Col.UNIT,
}
MARK_STYLE = "border: 1px solid #b91c1c;"
READ_ONLY_STYLE = "background: #f3f4f6; color: #4b5563;"

# An action on the quote as loaded: (workspace, quote id, the version loaded) -> its new state.
Action = Callable[[Workspace, int, int | None], object]


class QuoteEditor(QuoteForm):
    def __init__(self, context: AppContext, clock: Callable[[], date] = date.today) -> None:
        super().__init__()
        self.setObjectName("quoteEditor")
        self.context = context
        self.clock = clock
        self.loaded: Loaded | None = None
        self.priced: PricedQuote | None = None
        self.price_error = ""
        self.warnings: tuple[QuoteWarning, ...] = ()  # the quote's, as the preview gives them
        self.maintenance_menu: QMenu | None = None  # the catalog's maintenance articles to pick
        self._dirty = False
        self._filling = False
        self._auto_intro = ""
        self._refusal: InputError | None = None  # the last action's refused input, to show
        self._marked: QWidget | None = None  # the widget a refusal marked
        # When a quote is sent (expiry): now, on the editor's day (a test's clock moves it too).
        self.now: Callable[[], datetime] = lambda: datetime.combine(
            self.clock(), datetime.now(UTC).astimezone().timetz()
        )
        # The partner's terms on the quote date, read once per partner and date (refresh_terms).
        self._pricer_key: tuple[int, date, int | None, int] | None = None
        self._pricer: DraftPricer | None = None
        self.stale_dialog: DiffDialog | None = None
        self.tools = QuoteTools(self, self)
        self.repricer = Repricer(self, self)
        program = context.program()
        self.lines_model = LinesModel(program.categories, self)
        self.lines_model.check = self._line_refusal
        self.lines_model.rejected.connect(self.show_error)
        self.lines_model.lines_changed.connect(self._edited)
        self._build(self.lines_model)
        self._connect()
        self._dirty_when_opened = False  # the state when a number cell opened (Escape returns)
        menu = self.more_button.menu()
        assert menu is not None  # _build_more_menu set it
        self.mailer = QuoteMailer(self, self, menu)  # "Per E-Mail senden …" (views/quotes/mail.py)
        self.new_quote()

    def _connect(self) -> None:
        """What each widget does: the form's widgets hold nothing and call nothing themselves."""
        actions: tuple[tuple[QPushButton, Callable[[], object]], ...] = (
            (self.save_button, self.save),
            (self.send_button, self.mark_sent),
            (self.accept_button, self.mark_accepted),
            (self.reject_button, self.mark_rejected),
            (self.revise_button, self.new_revision),
            (self.pdf_button, self.export_pdf),
            (self.free_button, self.add_free_line),
            (self.nfr_button, self.add_nfr_line),
            (self.maintenance_button, self.add_maintenance),
            (self.remove_button, self.remove_selected_lines),
            (self.up_button, lambda: self._move(-1)),
            (self.down_button, lambda: self._move(1)),
        )
        for button, action in actions:
            button.clicked.connect(lambda _checked=False, act=action: act())
        self.remove_action.triggered.connect(self.remove_selected_lines)
        self.save_template_action.triggered.connect(self.tools.save_as_template)
        self.apply_template_action.triggered.connect(self.tools.apply_template)
        self.duplicate_action.triggered.connect(self.tools.duplicate)
        self.compare_action.triggered.connect(self.tools.compare_revisions)
        self.reprice_action.triggered.connect(self.repricer.reprice)
        self.history.compare_requested.connect(self.tools.compare_revisions)
        self.tier_panel.changed.connect(self._edited)
        self.partner_picker.partner_changed.connect(self._partner_changed)
        self.partner_link.linkActivated.connect(lambda _link: self.show_partner())
        self.contact.currentTextChanged.connect(self._contact_changed)
        self.subject.textEdited.connect(self._edited)
        self.vat.currentIndexChanged.connect(self._edited)
        self.to_customer.toggled.connect(self._audience_changed)
        self.customer.textChanged.connect(self._edited)
        for text in (self.intro, self.closing):
            text.textChanged.connect(self._edited)
        for edit in (self.quote_date, self.valid_until):
            edit.dateChanged.connect(self._dates_changed)
        self.article_search.search = self._search_catalog
        self.article_search.chosen.connect(self.add_article)
        self.article_search.hint.connect(self._show_hint)
        delegate = self.table.itemDelegate()
        if isinstance(delegate, LinesDelegate):
            delegate.opened.connect(self._cell_opened)
            delegate.reverted.connect(self._cell_reverted)
        selection = self.table.selectionModel()
        assert selection is not None  # setModel made one
        selection.selectionChanged.connect(self._update_buttons)

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

        workspace = self.context.workspace
        found = operations.run(
            self, self.tr("Angebot öffnen"), lambda: quotes.detail(workspace, quote_id)
        )
        if found is None:
            return False
        self.loaded = loaded_from(found)
        self._pricer_key = None  # the partner's terms may have changed since
        self._fill(found.data, prefill=False)
        return True

    def refresh_terms(self) -> None:
        """Read the partner's terms again (the team's cap or the partner may have changed)."""
        self._pricer_key = None
        self._refresh_tier_check()
        self.reprice()

    def _fill(self, data: QuoteInput, *, prefill: bool) -> None:
        self._filling = True
        try:
            self.partner_picker.set_partners(quotes.partner_choices(self.context.workspace))
            self.partner_picker.select(data.partner_id or None)
            self._fill_contacts(self.partner_picker.current_partner(), data.contact_person)
            self.subject.setText(data.subject)
            self.quote_date.setDate(to_qdate(data.quote_date))
            self.valid_until.setMinimumDate(to_qdate(data.quote_date))
            self.valid_until.setDate(to_qdate(data.valid_until))
            self.vat.setCurrentIndex(max(0, self.vat.findData(data.vat.value)))
            self._set_audience(data.audience)
            self.customer.setPlainText(data.customer)
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
                show(recorded.name) if recorded else (loaded.recorded_tier or ""),
                loaded.tier_choice,
                loaded.tier_reason,
                show(loaded.snapshot.tier.name),
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
        # Read-only texts look it (greyed, no caret), not like fields that ignore typing.
        for text in (self.subject, self.customer, self.intro, self.closing):
            text.setReadOnly(frozen)
            text.setStyleSheet(READ_ONLY_STYLE if frozen else "")
            text.setFocusPolicy(Qt.FocusPolicy.ClickFocus if frozen else Qt.FocusPolicy.StrongFocus)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.NoEditTriggers
            if frozen
            else QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        loaded = self.loaded
        if loaded is None:
            self.title.setText(self.tr("Neues Angebot"))
            self.badge.setText(self.tr("noch nicht gespeichert"))
        else:
            self.title.setText(
                self.tr("Angebot {number} · Revision {revision}").format(
                    number=loaded.number, revision=loaded.revision
                )
            )
            self.badge.setText(status_name(loaded.status))
        locked = loaded is not None and loaded.status == Status.ACCEPTED
        self.badge.setStyleSheet(BANNER.format(bg="#e5e7eb", fg="#111827"))
        self.frozen_banner.setText(self._frozen_text(self.loaded))
        self.frozen_banner.setStyleSheet(LOCKED_STYLE if locked else FROZEN_STYLE)
        self.frozen_banner.setVisible(frozen)
        self._update_buttons()

    def _update_buttons(self, *_args: object) -> None:
        status = self.loaded.status if self.loaded is not None else Status.DRAFT
        draft = status == Status.DRAFT
        # Sending or printing needs a partner and at least one line (a saved quote prints as it is).
        complete = self.partner_picker.current_partner() is not None and bool(
            self.lines_model.rowCount()
        )
        self.save_button.setEnabled(draft)
        self.send_button.setEnabled(draft and complete)
        why = "" if complete else self.tr("Zuerst einen Partner wählen und Positionen erfassen.")
        self.send_button.setToolTip(why)
        self.accept_button.setEnabled(status == Status.SENT)
        self.reject_button.setEnabled(status == Status.SENT)
        self.revise_button.setEnabled(status in {Status.SENT, Status.REJECTED, Status.EXPIRED})
        self.pdf_button.setEnabled(not draft or complete)
        self.pdf_button.setToolTip(self.tr("Strg+P") if not draft or complete else why)
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
        self.reprice_action.setEnabled(
            loaded is not None and Repricer.offered(loaded.revision, draft and not self.read_only)
        )

    # --- editing --------------------------------------------------------------------------------

    def _edited(self, *_args: object) -> None:
        self._update_category_column()
        if self._filling:
            return
        self._dirty = True
        self.reprice()

    def _cell_opened(self) -> None:
        self._dirty_when_opened = self._dirty

    def _cell_reverted(self) -> None:
        """Escape undid what was typed in the cell: as unsaved as before it opened."""
        self._dirty = self._dirty_when_opened

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
        self._load_terms(partner, on)
        if partner is not None and self._pricer is not None:
            partner = self._pricer.partner  # the tier held on the quote date, or the one kept
        tier = program.tiers.get(partner.tier or "") if partner else None
        if partner is None or tier is None:
            self.tier_panel.show_check(None, self.tr("noch keine Partnerstufe") if partner else "–")
            return
        if self.read_only:
            self.tier_panel.show_check(None, show(tier.name))
            return
        vendor = self.tr("{tier} – von Net at Work vergeben, keine Prüfung der Zahlen")
        name = show(tier.name)
        self.tier_panel.show_check(
            self._check, vendor.format(tier=name) if tier.granted_by_vendor else name
        )

    def _load_terms(self, partner: PartnerChoice | None, on: date) -> None:
        """The pricer of ``partner`` on ``on`` (read from the database when either changed)."""
        if partner is None:
            self._pricer, self._pricer_key = None, None
            return
        quote_id = self.loaded.quote_id if self.loaded is not None else None
        key = (partner.id, on, quote_id, self.loaded.revision if self.loaded else 0)
        if self._pricer_key == key and self._pricer is not None:
            return
        try:  # a later revision's draft keeps its tier and edition (``services.quotes.pricer``)
            self._pricer = quotes.pricer(self.context.workspace, partner.id, on, quote_id=quote_id)
        except (InputError, StoreError):
            self._pricer = None  # nothing to price with; saving reports what is wrong
        self._pricer_key = key

    @property
    def _check(self) -> TierCheck | None:
        return self._pricer.check if self._pricer is not None else None

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
        self.offer_form.setRowVisible(self.customer, audience is Audience.END_CUSTOMER)

    def add_article(self, article: Article) -> bool:
        line = LineInput(
            category=article.category,
            description=article.name,
            quantity=Decimal(1),
            unit_price=article.list_price,
            unit=article.unit,
            article_number=article.article_number,
        )
        if not self.add_line(line):
            return False
        self._edit_quantity(self.lines_model.rowCount() - 1)
        return True

    def _edit_quantity(self, row: int) -> None:
        """The cursor in the quantity of the line just added (what one types next)."""
        index = self.lines_model.index(row, Col.QUANTITY)
        if self.lines_model.flags(index) & Qt.ItemFlag.ItemIsEditable:
            self.table.setFocus(Qt.FocusReason.OtherFocusReason)
            self.table.setCurrentIndex(index)
            self.table.edit(index)

    def add_line(self, line: LineInput) -> bool:
        if self.read_only:
            return False
        if not self.lines_model.add_line(line):
            return False
        row = self.lines_model.rowCount() - 1
        self.table.selectRow(row)
        self.table.setCurrentIndex(self.lines_model.index(row, Col.QUANTITY))
        self.status.emit(
            self.tr("Position {position} hinzugefügt: {description}").format(
                position=row + 1, description=line.description
            )
        )
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
        program = self.context.program(from_qdate(self.quote_date.date()))
        try:
            line = nfr_line(program, tier)
        except InputError as refusal:
            self.show_error(show(refusal.message))
            return False
        return self.add_line(
            LineInput(line.category, line.description, line.quantity, line.unit_price)
        )

    def _nfr_tier(self) -> Tier | None:
        if self._pricer is None or self.partner_picker.current_partner() is None:
            return None
        return self._pricer.priced_as(self.form_input())

    def _update_standard_lines(self) -> None:
        program = self.context.program(from_qdate(self.quote_date.date()))
        self._show_standard_lines(program, self._nfr_tier(), not self.read_only, self.add_own_use)

    def add_maintenance(self) -> bool:
        """Answer ``maintenance-missing``: the catalog's maintenance article as a line, with the
        quantity of the first line that needs it; several articles: a menu to pick one from; none:
        a line of the maintenance category to fill in."""
        priced = self.priced
        missing = missing_maintenance(priced) if priced is not None and not self.read_only else {}
        if not missing:
            return False
        category, positions = next(iter(missing.items()))
        quantity = self.lines_model.line(positions[0] - 1).quantity
        on = from_qdate(self.quote_date.date())
        articles = catalog.current_articles_in(self.context.workspace, on, category)
        if len(articles) > 1:
            self._pick_maintenance(articles, quantity)
            return False
        if articles:
            return self._add_maintenance_article(articles[0], quantity)
        name = self.context.program(on).categories[category].name
        added = self.add_line(LineInput(category, str(name), quantity, Decimal(0)))
        if added:
            self.table.edit(self.lines_model.index(self.lines_model.rowCount() - 1, Col.UNIT_PRICE))
        return added

    def _pick_maintenance(self, articles: list[catalog.Article], quantity: Decimal) -> None:
        menu = QMenu(self)
        menu.setObjectName("maintenanceArticles")
        for article in articles:
            action = menu.addAction(
                self.tr("{name} – {price}").format(
                    name=article.name, price=money(article.list_price)
                )
            )
            action.triggered.connect(
                lambda _checked=False, a=article: self._add_maintenance_article(a, quantity)
            )
        self.maintenance_menu = menu
        button = self.maintenance_button
        menu.popup(button.mapToGlobal(button.rect().bottomLeft()))

    def _add_maintenance_article(self, article: catalog.Article, quantity: Decimal) -> bool:
        return self.add_line(
            LineInput(
                category=article.category,
                description=article.name,
                quantity=quantity,
                unit_price=article.list_price,
                unit=article.unit,
                article_number=article.article_number,
            )
        )

    def add_free_line(self) -> bool:
        category = "other" if "other" in self.lines_model.categories else ""
        category = category or next(iter(self.lines_model.categories))
        # The description is printed on the (German) quote until the user types another one.
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
        """A refused input or why the quote cannot be priced; "" hides it (and unmarks the field
        a refusal marked)."""
        if self._marked is not None:
            self._marked.setStyleSheet("")
            self._marked.setToolTip("")
            self._marked = None
        self.error_banner.setText(message)
        self.error_banner.setVisible(bool(message))

    # --- pricing (always the domain's) ----------------------------------------------------------

    def collect(self) -> QuoteInput:
        """What the form says, as the store's input; ``InputError`` without a partner."""
        partner = self.partner_picker.current_partner()
        if partner is None:
            raise InputError("partner", self.tr("Bitte einen Partner wählen."))
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
            customer=(
                self.customer.toPlainText().strip()
                if self.audience() is Audience.END_CUSTOMER
                else ""
            ),
            tier_choice=self.tier_panel.choice(),
            tier_reason=self.tier_panel.reason_text(),
        )

    def form_input(self) -> QuoteInput:
        """What the form says, with or without a partner (templates need none)."""
        partner = self.partner_picker.current_partner()
        return self._input(partner.id if partner else 0)

    def show_partner(self) -> bool:
        """ "Zum Partner": ask for the quote's partner to be shown (False: none chosen)."""
        partner_id = self.current_partner_id()
        if partner_id is None:
            return False
        self.partner_requested.emit(partner_id)
        return True

    def current_partner_id(self) -> int | None:
        partner = self.partner_picker.current_partner()
        return partner.id if partner is not None else None

    def say(self, text: str) -> None:
        """A line for the status bar."""
        self.status.emit(text)

    def stored(self, quote_id: int) -> None:
        """Tell the list that ``quote_id`` changed in the database."""
        self.changed_in_store.emit(quote_id)

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
        partner = self.partner_picker.current_partner()
        program = self.context.program(from_qdate(self.quote_date.date()))
        pricer = self._pricer if partner is not None else None
        data = self._input(partner.id) if partner is not None else None
        shown_as = (  # the partner at the tier the user's decision gives
            replace(partner, tier=pricer.tier_id(data))
            if partner is not None and pricer is not None and data is not None
            else partner
        )
        self.partner_link.setVisible(partner is not None)
        self.conditions.setText(
            conditions.conditions_text(program, shown_as)
            if shown_as
            else self.tr("Bitte einen Partner wählen.")
        )
        priced: PricedQuote | None = None
        error = ""
        warnings: tuple[QuoteWarning, ...] = ()
        if self.read_only and self.loaded is not None:
            priced = self.loaded.snapshot
            reseller_only = partner.reseller_only if partner is not None else False
            warnings = quote_warnings(priced, reseller_only)
        elif pricer is not None and data is not None:
            preview = pricer.price(data)
            priced, warnings = preview.priced, preview.warnings
            if preview.error is not None:
                error = show(preview.error.message)
        self.priced, self.price_error, self.warnings = priced, error, warnings
        self.lines_model.set_priced(priced.lines if priced else None)
        self.totals.show_priced(priced, self.lines_model.rowCount())
        self.show_error(error)
        # The tier check's warning is the tier panel's, above, with the decision it asks for.
        self.show_warnings(
            [show(w.message) for w in warnings if w.code != TIER_NOT_COVERED],
            not self.read_only and priced is not None and bool(missing_maintenance(priced)),
        )
        self._update_standard_lines()
        self._update_buttons()

    def _line_refusal(self, row: int, line: LineInput) -> str | None:
        """Why the domain refuses ``line`` at ``row``, as the user reads it (None: accepted)."""
        refusal = self._line_refusal_error(row, line)
        if refusal is None:
            return None
        message = show(refusal.message)
        if not refusal.field.endswith(".extra_discount"):
            return message
        program = self.context.program(from_qdate(self.quote_date.date()))
        binds = self._pricer is not None and self._pricer.cap_binds(self.form_input())
        where = (
            self.tr("Den Höchstwert legen Sie unter Einstellungen › Angebote fest.")
            if binds
            else self.tr("Das ist der Höchstwert des Partnerprogramms {edition}.").format(
                edition=program.edition
            )
        )
        return f"{message}. {where}"

    def _line_refusal_error(self, row: int, line: LineInput) -> InputError | None:
        partner = self.partner_picker.current_partner()
        if partner is None or self._pricer is None:
            return None
        return self._pricer.line_refusal(self._input(partner.id), row, line)

    def _search_catalog(self, text: str) -> SearchResult:
        on = from_qdate(self.quote_date.date())
        items = [
            Article(i.article_number, i.name, i.category, i.unit, i.list_price)
            for i in catalog.current_articles(self.context.workspace, on, text)
        ]
        offered: list[Article] = []
        hidden: list[Article] = []
        reason = ""
        row = self.lines_model.rowCount()
        for article in items:
            line = LineInput(article.category, article.name, Decimal(1), article.list_price)
            refusal = self._line_refusal_error(row, line)
            if refusal is None:
                offered.append(article)
            else:
                hidden.append(article)
                reason = reason or refusal_reason(refusal.message)
        return SearchResult(offered[:MAX_OFFERED], hidden, reason)

    # --- actions --------------------------------------------------------------------------------

    def save(self) -> bool:
        """Create the quote or update its draft; on failure everything typed stays."""
        if self.read_only:
            self.status.emit(self._frozen_text(self.loaded))
            return False

        workspace, loaded = self.context.workspace, self.loaded

        def store() -> int:
            data = self.collect()
            if loaded is None:
                return quotes.create(workspace, data).id
            return quotes.save_draft(
                workspace, loaded.quote_id, data, expected_version=loaded.version
            ).id

        stale: list[StaleEditError] = []
        quote_id = operations.run(
            self, self.tr("Angebot speichern"), self._noting_field(_watching(store, stale))
        )
        if stale:
            self._offer_reload(stale[0])
            return False
        if quote_id is None:
            self._show_refusal()
            return False
        self.load(quote_id)
        assert self.loaded is not None
        self.status.emit(self.tr("Angebot {label} gespeichert").format(label=self.loaded.label))
        self.changed_in_store.emit(quote_id)
        return True

    def _noting_field(self, action: Callable[[], T]) -> Callable[[], T | None]:
        """``action``, keeping an ``InputError`` it raises for ``_show_refusal`` (shown beside the
        field it concerns, not in a dialog); None then."""

        def run() -> T | None:
            self._refusal = None
            try:
                return action()
            except InputError as error:
                self._refusal = error
                return None

        return run

    def _show_refusal(self) -> None:
        """The refused input of the last action in the banner, in the user's words, with the
        widget it concerns marked and focused (a line: its row and cell)."""
        error, self._refusal = self._refusal, None
        if error is None:
            return
        message = described(error)
        self.show_error(message)
        widget = self._widget_for(error)
        if widget is None:
            return
        if widget is not self.table:
            widget.setStyleSheet(MARK_STYLE)
            self._marked = widget
        widget.setToolTip(message)
        widget.setFocus(Qt.FocusReason.OtherFocusReason)

    def _widget_for(self, error: InputError) -> QWidget | None:
        """The widget where ``error``'s field is typed or chosen (None: no single one)."""
        line = error.line
        if line is None and error.field.startswith("lines["):
            line = int(error.field[len("lines[") :].split("]")[0])
        if line is not None and 0 <= line < self.lines_model.rowCount():
            column = LINE_COLUMNS.get(error.field.rsplit(".", 1)[-1], Col.DESCRIPTION)
            self.table.selectRow(line)
            self.table.setCurrentIndex(self.lines_model.index(line, column))
            return self.table
        panel = self.tier_panel
        widgets: dict[str, QWidget] = {
            "partner": self.partner_picker,
            "tier_choice": panel.keep if panel.isVisible() else panel.status,
            "tier_reason": panel.reason,
            "quote_date": self.quote_date,
            "valid_until": self.valid_until,
            "subject": self.subject,
            "contact_person": self.contact,
            "customer": self.customer,
            "intro": self.intro,
            "closing": self.closing,
            "vat": self.vat,
            "lines": self.article_search,
        }
        return widgets.get(error.field)

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
        date gets the focus. A quote with warnings is sent only when the user confirms, once for
        all of them (the tier check's is not asked: saving insists on the decision)."""
        now, contact = self.now(), sender_contact(self.context)
        asked = [show(w.message) for w in self.warnings if w.code != TIER_NOT_COVERED]
        if asked and not self.ask_send_anyway(asked):
            return False

        def send(workspace: Workspace, quote_id: int, version: int | None) -> object:
            return quotes.send(
                workspace, quote_id, contact=contact, now=now, expected_version=version
            )

        done = self._act(
            self.tr("Als versendet markieren"),
            send,
            self.tr("Angebot {label}: als versendet markiert"),
            True,
        )
        return done

    def mark_accepted(self) -> bool:
        return self._act(
            self.tr("Angenommen"),
            lambda workspace, quote_id, version: quotes.accept(
                workspace, quote_id, expected_version=version
            ),
            self.tr("Angebot {label}: angenommen"),
        )

    def mark_rejected(self) -> bool:
        return self._act(
            self.tr("Abgelehnt"),
            lambda workspace, quote_id, version: quotes.reject(
                workspace, quote_id, expected_version=version
            ),
            self.tr("Angebot {label}: abgelehnt"),
        )

    def new_revision(self) -> bool:
        return self._act(
            self.tr("Neue Revision"),
            lambda workspace, quote_id, version: quotes.revise(
                workspace, quote_id, expected_version=version
            ),
            self.tr("Angebot {label}: neue Revision angelegt"),
        )

    def _act(
        self,
        title: str,
        action: Action,
        done: str,
        save_first: bool = False,
    ) -> bool:
        """Run ``action`` on the quote as loaded; ``done`` is the status message ({label}). A
        colleague's change since it was loaded is not overwritten (the editor offers to reload)."""
        quote_id = self._saved_first() if save_first else None
        if not save_first and self.loaded is not None:
            quote_id = self.loaded.quote_id
        if quote_id is None:
            return False
        version = self.loaded.version if self.loaded is not None else None
        workspace = self.context.workspace

        def store() -> bool:
            action(workspace, quote_id, version)
            return True

        stale: list[StaleEditError] = []
        done_now = operations.run(self, title, self._noting_field(_watching(store, stale)))
        if stale:
            self._offer_reload(stale[0])
            return False
        if done_now is None:
            self._show_refusal()
            return False
        self.load(quote_id)
        assert self.loaded is not None
        self.status.emit(done.format(label=self.loaded.label))
        self.changed_in_store.emit(quote_id)
        return True

    def export_pdf(self) -> bool:
        """The PDF of the saved revision (a new or changed draft is saved first); nothing for a
        draft without partner or lines (Ctrl+P says why)."""
        if not self.pdf_button.isEnabled():
            self.say(self.pdf_button.toolTip())
            return False
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

    def _offer_reload(self, stale: StaleEditError) -> None:
        """A colleague saved the quote since it was loaded: say who and when, show what they
        changed, and offer to load their version (what was typed here stays until then)."""
        loaded = self.loaded
        if loaded is None:
            return
        workspace = self.context.workspace
        theirs = operations.run(
            self, self.tr("Angebot öffnen"), lambda: quotes.detail(workspace, loaded.quote_id)
        )
        if theirs is None:
            return
        changes = quotes.changes(self.form_input(), loaded.snapshot, theirs)
        message = show(stale.message)
        self.show_error(message)
        if self.stale_dialog is not None:
            self.stale_dialog.close()
        intro = "\n".join(
            [
                message,
                *(show(change) for change in changes.fields),
                self.tr(
                    "„Neu laden“ zeigt die gespeicherte Fassung; Ihre Eingaben hier gehen dabei "
                    "verloren."
                ),
            ]
        )
        title = self.tr("Von {who} geändert").format(who=stale.who or self.tr("jemand anderem"))
        self.stale_dialog = DiffDialog(title, intro, changes.lines, self)
        if changes.lines.unchanged:  # only the letter changed: no empty table of lines
            self.stale_dialog.view.table.hide()
            self.stale_dialog.view.totals.setText(self.tr("Die Positionen sind unverändert."))
            dialog, layout = self.stale_dialog, self.stale_dialog.layout()
            assert layout is not None
            dialog.resize(dialog.width(), layout.totalHeightForWidth(dialog.width()))
        reload = self.stale_dialog.add_button(self.tr("Neu laden"))
        reload.clicked.connect(lambda _checked=False: self._reload_after_conflict(loaded.quote_id))
        self.stale_dialog.open()

    def _reload_after_conflict(self, quote_id: int) -> None:
        if self.stale_dialog is not None:
            self.stale_dialog.close()
        if self.load(quote_id):
            self.say(self.tr("Gespeicherte Fassung geladen"))

    def confirm_leave(self) -> bool:
        """True when the editor may show something else (saved, discarded, or nothing to lose)."""
        if not self._dirty:
            return True
        answer = self.ask_unsaved()
        if answer == "save":
            return self.save()
        return answer == "discard"

    def ask_send_anyway(self, warnings: list[str]) -> bool:
        """Whether to send a quote with ``warnings`` all the same; the dialog tests replace."""
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Angebot mit Warnungen"))
        box.setText(self.tr("Das Angebot hat Warnungen. Trotzdem als versendet markieren?"))
        box.setInformativeText("\n\n".join(f"⚠ {text}" for text in warnings))
        send = box.addButton(self.tr("Trotzdem versenden"), QMessageBox.ButtonRole.AcceptRole)
        cancel = box.addButton(self.tr("Abbrechen"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(cancel)
        box.exec()
        return box.clickedButton() is send

    def ask_unsaved(self) -> str:
        """ "save", "discard" or "cancel"; the dialog tests replace."""
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Ungespeicherte Änderungen"))
        box.setText(
            self.tr("{label} hat ungespeicherte Änderungen.").format(label=self.loaded.label)
            if self.loaded
            else self.tr("Das neue Angebot hat ungespeicherte Änderungen.")
        )
        box.setInformativeText(self.tr("Möchten Sie die Änderungen speichern?"))
        save = box.addButton(self.tr("Speichern"), QMessageBox.ButtonRole.AcceptRole)
        discard = box.addButton(self.tr("Verwerfen"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(self.tr("Abbrechen"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(save)
        box.exec()
        clicked = box.clickedButton()
        return "save" if clicked is save else "discard" if clicked is discard else "cancel"


def refusal_reason(message: str) -> str:
    """The reason part of a line's refusal ("Cloud-only partners sell only …"), in the UI's
    language: the domain's ``reason`` value, or what follows the last colon."""
    reason = message.values.get("reason") if isinstance(message, Text) else None
    if isinstance(reason, str):
        return show(reason)
    return show(message).rsplit(": ", 1)[-1]


def _watching(action: Callable[[], T], stale: list[StaleEditError]) -> Callable[[], T | None]:
    """``action``, keeping a colleague's conflicting change in ``stale`` (the editor answers it
    with its own dialog) instead of reporting it as a plain refusal."""

    def run() -> T | None:
        try:
            return action()
        except StaleEditError as error:
            stale.append(error)
            return None

    return run


def loaded_from(found: QuoteDetail) -> Loaded:
    """The editor's view of a stored quote."""
    return Loaded(
        quote_id=found.id,
        number=found.number,
        revision=found.state.revision,
        status=found.state.status,
        version=found.state.version,
        sent_at=found.sent_at,
        decided_at=found.decided_at,
        snapshot=found.priced,
        revisions=tuple((number, status_name(status)) for number, status in found.revisions),
        events=found.events,
        recorded_tier=found.recorded_tier,
        tier_choice=found.tier_choice,
        tier_reason=found.tier_reason,
    )
