"""The "Angebote" workspace view: the list of quotes and, in its place, the editor of one quote.

Activating the view reads the list and, at the day's first activation, marks sent quotes past their
validity as expired (``quotes.expire_due_daily``) in a worker thread: when any expired, the list is
read again and the status bar names them. Leaving an editor with unsaved changes asks first.

On screen, the list is read in the turn of the event loop after the one that built or showed the
view (``activated``): the view's widgets and its first rows are two pauses, not one.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QStackedWidget, QVBoxLayout

from nspdesk.services import quotes
from nspdesk.services.workspace import Workspace
from nspdesk.ui import operations
from nspdesk.ui.context import AppContext
from nspdesk.ui.pdf_preview import PdfPreviewDialog, show_pdf
from nspdesk.ui.turns import turn_timer
from nspdesk.ui.views.base import WorkspaceView
from nspdesk.ui.views.quotes.export import printed_quote
from nspdesk.ui.views.quotes.list_page import QuoteListPage
from nspdesk.ui.views.quotes.unprintable import ask_print_anyway
from nspdesk.ui.worker import Task

if TYPE_CHECKING:
    from nspdesk.documents.glyphs import Unprintable
    from nspdesk.ui.views.quotes.editor import QuoteEditor


class WorkspaceQuotes:
    """The quote list's rows from the services on the open workspace (``list_page.QuoteSource``)."""

    def __init__(self, workspace: Workspace) -> None:
        self.workspace = workspace

    def page(self, query: quotes.QuoteQuery, offset: int, limit: int) -> quotes.QuotePage:
        return quotes.quote_page(self.workspace, query, offset, limit)

    def rows(self, query: quotes.QuoteQuery, offset: int, limit: int) -> list[quotes.QuoteRow]:
        return quotes.quote_window(self.workspace, query, offset, limit)

    def count(self, query: quotes.QuoteQuery) -> int:
        return quotes.quote_count(self.workspace, query)

    def position(self, query: quotes.QuoteQuery, quote_id: int) -> int | None:
        return quotes.quote_position(self.workspace, query, quote_id)

    def facets(self) -> quotes.QuoteFacets:
        return quotes.quote_facets(self.workspace, partners=False)

    def partners(self) -> tuple[tuple[int, str], ...]:
        return quotes.quote_partners(self.workspace)


class QuotesView(WorkspaceView):
    view_id = "quotes"
    title = "Angebote"
    navigate = Signal(str, int, str)  # view id, the partner to open, its tab (the main window)

    def __init__(self, context: AppContext, clock: Callable[[], date] = date.today) -> None:
        super().__init__(context)
        self.title = self.tr("Angebote")
        self.clock = clock
        self.preview: PdfPreviewDialog | None = None
        self.list_page = QuoteListPage()
        self._editor: QuoteEditor | None = None  # built when first asked for (``editor``)
        self._expiring: Task | None = None  # the day's expiry check, running in a worker
        self.pages = QStackedWidget()
        self.pages.addWidget(self.list_page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pages)

        # Shown again on screen, or built in this turn of the event loop (the window builds a view
        # and activates it in one turn): the view is painted in this turn, the list read (the
        # day's expiry check, the rows) in the next, so no single pause holds the view's build or
        # whole repaint and the read. Not when the window builds the view behind the page shown
        # at the start (the kept rows or "Wird geladen …"): it calls ``read_behind`` instead.
        self._read_later = turn_timer(self, lambda: self._activate(background=True))

        self.list_page.open_requested.connect(self.open_quote)
        self.list_page.new_requested.connect(self.new_item)
        self.list_page.pdf_requested.connect(self.show_quote_pdf)

    @property
    def editor(self) -> QuoteEditor:
        """The editor of one quote, built on first use: a new draft reads every partner for its
        picker (10 000 on a big database), which the list alone, shown at start, does not need."""
        if self._editor is None:
            # Imported here: the editor's modules (the PDF fonts, the revision diff) take 0.4 s.
            from nspdesk.ui.views.quotes.editor import QuoteEditor

            # Late-bound on purpose: whoever replaces self.clock (a test) also moves the editor's date.
            editor = QuoteEditor(self.context, clock=lambda: self.clock())  # noqa: PLW0108
            self.pages.addWidget(editor)
            editor.back_requested.connect(self.show_list)
            editor.changed_in_store.connect(self._changed_in_store)
            editor.pdf_requested.connect(self.show_quote_pdf)
            editor.status.connect(self.status)
            editor.partner_requested.connect(
                lambda partner_id: self.navigate.emit("partners", partner_id, "figures")
            )
            self._editor = editor
        return self._editor

    # --- pages ----------------------------------------------------------------------------------

    def editing(self) -> bool:
        return self._editor is not None and self.pages.currentWidget() is self._editor

    def activated(self) -> None:
        if self.isVisible() and (self.list_page.was_read() or self.built_this_turn()):
            self._read_later.start()  # painted first (see __init__)
            return
        self._activate()

    def read_behind(self, ready: Callable[[], None]) -> None:
        """Activated behind the page the window shows at the start (the rows kept from the last
        session, or "Wird geladen …"), which stays on screen meanwhile: the list's first window is
        read in a worker thread, then ``ready`` is called (the window puts the view in that page's
        place and hands over what the user did on the kept rows). Read on the GUI thread, a fresh
        connection and the first window were a pause of 100–130 ms at start."""
        self._activate(background=True, then=ready)

    def _activate(self, background: bool = False, then: Callable[[], None] | None = None) -> None:
        """``background``: the list's first window, when it is its first reading, from a worker
        thread (``QuoteListPage.load``); ``then`` once the rows are in the list."""
        self._read_later.stop()
        self._expire_in_background(self.clock())
        self.list_page.load(
            WorkspaceQuotes(self.context.workspace), background=background, then=then
        )
        if self.editing():
            self.editor.refresh_terms()  # the team's cap or the partner may have changed

    def _expire_in_background(self, today: date) -> None:
        """The day's expiry check in a worker thread: its first run in a process opens the write
        connection and reads every sent revision (25–110 ms for 100 000 quotes), which on the GUI
        thread was most of the quote list's first opening (issue 20). Quotes that expire at
        midnight are shown as sent until it is done, a moment later."""
        workspace = self.context.workspace
        if self._expiring is not None or quotes.expiry_checked(workspace, today):
            return
        task = Task(lambda _progress, _cancel: quotes.expire_due_daily(workspace, today))
        task.succeeded.connect(lambda expired: self._expired(workspace, expired))
        task.failed.connect(self._expiry_failed)
        task.finished.connect(self._expiry_done)
        self._expiring = task
        task.start()

    def _expired(self, workspace: Workspace, expired: object) -> None:
        if not expired or workspace is not self.context.workspace:
            return  # nothing expired, or another database was opened meanwhile
        assert isinstance(expired, list)
        self.refresh()
        self.status.emit(self.tr("Abgelaufen: {numbers}").format(numbers=", ".join(expired)))

    def _expiry_failed(self, message: str) -> None:
        """Said in the status bar, not in a dialog over the list: nothing was changed, and the
        next activation checks again."""
        self.status.emit(
            self.tr("Ablauf der Angebote nicht geprüft: {message}").format(message=message)
        )

    def _expiry_done(self) -> None:
        self._expiring = None

    def refresh(self) -> None:
        self.list_page.load(WorkspaceQuotes(self.context.workspace))

    def show_list(self) -> bool:
        if self.editing() and not self.editor.confirm_leave():
            return False
        editor = self._editor
        if editor is not None:
            if editor.loaded is not None:
                self.list_page.select(editor.loaded.quote_id)
            editor.new_quote()  # nothing unsaved lingers behind the list
        self.pages.setCurrentWidget(self.list_page)
        self.list_page.table.setFocus()
        return True

    def open_quote(self, quote_id: int) -> bool:
        if self.editing() and not self.editor.confirm_leave():
            return False
        if not self.editor.load(quote_id):
            return False
        self.pages.setCurrentWidget(self.editor)
        self.editor.table.setFocus()
        return True

    def _changed_in_store(self, quote_id: int) -> None:
        self.refresh()
        self.list_page.select(quote_id)

    # --- the window's actions -------------------------------------------------------------------

    def new_item(self) -> bool:
        if self.editing() and not self.editor.confirm_leave():
            return True  # handled: the user chose to stay
        self.editor.new_quote()
        self.pages.setCurrentWidget(self.editor)
        self.editor.partner_picker.setFocus(Qt.FocusReason.ShortcutFocusReason)
        return True

    def save(self) -> bool:
        if not self.editing():
            return False
        self.editor.save()
        return True

    def export_pdf(self) -> bool:
        if self.editing():
            self.editor.export_pdf()
            return True
        quote_id = self.list_page.selected_id()
        if quote_id is None:
            self.status.emit(self.tr("PDF: bitte zuerst ein Angebot in der Liste wählen"))
            return True
        self.show_quote_pdf(quote_id)
        return True

    def focus_search(self) -> bool:
        if self.editing():
            return self.editor.focus_article_search()
        self.list_page.focus_search()
        return True

    def has_unsaved_changes(self) -> bool:
        return self._editor is not None and self._editor.is_dirty()

    # --- PDF ------------------------------------------------------------------------------------

    def show_quote_pdf(self, quote_id: int) -> None:
        made = operations.run(
            self, self.tr("PDF erzeugen"), lambda: printed_quote(self.context, quote_id)
        )
        if made is None:
            return
        if made.unprintable and not self.confirm_unprintable(made.unprintable):
            self.status.emit(
                self.tr("PDF nicht erzeugt: Zeichen, die nicht gedruckt werden können")
            )
            return
        data, name = made.data, made.file_name
        if self.preview is not None:
            self.preview.close()
        title = self.tr("Vorschau – {name}").format(name=name.removesuffix(".pdf"))
        self.preview = show_pdf(self, data, name, title)
        if self.preview is not None:
            self.preview.destroyed.connect(self._preview_closed)
        self.status.emit(self.tr("{name} erzeugt").format(name=name))

    def confirm_unprintable(self, found: Sequence[Unprintable]) -> bool:
        """Whether to show a PDF whose texts hold characters that print as empty boxes (asks;
        tests replace this method)."""
        return ask_print_anyway(self, found)

    def _preview_closed(self) -> None:
        self.preview = None
