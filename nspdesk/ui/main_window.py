"""The main window: a navigation sidebar, the workspace views, a menu with shortcuts, a status bar.

Window geometry and the last view are remembered through ``nspdesk.ui.settings``. The menu actions
act on the current view (see ``WorkspaceView``); Ctrl+N always opens a new quote.

Fast start: the app shows the window's frame (``MainWindow(settings=…)``) before it imports the
store and the views, then ``attach``es the context. With ``lazy=True`` only the view on screen is
built at once; each other view is built when it is first asked for (``view``, ``show_view``): a
view reads its list when it is built, and building all of them in the background held the GUI
thread (and the memory of every list) while the user already worked in the first (issue 20).
``MainWindow(context)`` builds everything immediately (tests, self-test). Before the context is
attached, ``show_kept`` may put the quote list's rows kept from the last session in the first view's
place (``ui.kept_rows``). The view shown at ``attach(lazy=True)`` is built behind the page shown
(the kept rows or "Wird geladen …"), reads its first rows in a worker thread (``read_behind``) and
then takes that page's place, with what the user did on the kept rows (``hand_over``): they stay
on screen and usable until the live ones are ready.

The frame is measured against a bare ``QMainWindow`` (``bench/cold_start.py``), so what it needs is
kept to what the bare window pays for too. This module imports no ``dataclasses`` and no view, and
it leaves ``Qt`` (PySide6 creates the ~90 Python enums of that namespace on first access, 15 ms) and
the scroll areas to after the first paint: each page of the stack is a centred placeholder until its
view is built, and the menus get their actions when the context is attached.
"""

from __future__ import annotations

import importlib
import inspect
from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import QCoreApplication, QSize
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QStyle,
    QWidget,
)
from shiboken6 import isValid

from nspdesk import __version__
from nspdesk.ui import settings as options
from nspdesk.ui.settings import Settings

if TYPE_CHECKING:
    from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QResizeEvent

    from nspdesk.ui.background import Preloader
    from nspdesk.ui.context import AppContext
    from nspdesk.ui.kept_rows import KeptPage
    from nspdesk.ui.views.base import WorkspaceView


class ViewSpec(NamedTuple):
    """A workspace view, known before its module is imported."""

    view_id: str
    module: str
    class_name: str
    icon: QStyle.StandardPixmap
    title: str  # German source text, translated in the view class's context

    @property
    def translated_title(self) -> str:
        return QCoreApplication.translate(self.class_name, self.title)

    def load(self) -> type[WorkspaceView]:
        from nspdesk.ui.views.base import WorkspaceView

        view_class: object = getattr(importlib.import_module(self.module), self.class_name)
        if not (isinstance(view_class, type) and issubclass(view_class, WorkspaceView)):
            raise TypeError(f"{self.module}.{self.class_name} is not a workspace view")
        return view_class


_SP = QStyle.StandardPixmap
VIEWS: list[ViewSpec] = [
    ViewSpec(
        "quotes", "nspdesk.ui.views.quotes", "QuotesView", _SP.SP_FileDialogDetailedView, "Angebote"
    ),
    ViewSpec(
        "partners", "nspdesk.ui.views.partners", "PartnersView", _SP.SP_DirHomeIcon, "Partner"
    ),
    ViewSpec("due", "nspdesk.ui.views.due", "DueView", _SP.SP_MessageBoxWarning, "Fällig"),
    ViewSpec(
        "onboarding",
        "nspdesk.ui.views.onboarding",
        "OnboardingView",
        _SP.SP_DialogApplyButton,
        "Onboarding",
    ),
    ViewSpec(
        "review", "nspdesk.ui.views.review", "ReviewView", _SP.SP_BrowserReload, "Jahresüberprüfung"
    ),
    ViewSpec(
        "program", "nspdesk.ui.views.program", "ProgramView", _SP.SP_FileDialogInfoView, "Programm"
    ),
    ViewSpec(
        "catalog", "nspdesk.ui.views.catalog", "CatalogView", _SP.SP_FileDialogListView, "Katalog"
    ),
    ViewSpec(
        "settings",
        "nspdesk.ui.views.settings_view",
        "SettingsView",
        _SP.SP_FileDialogContentsView,
        "Einstellungen",
    ),
]


SIDEBAR_WIDTH = 190
# A window narrower than this shows only the side bar's icons (the setting "auto"): a small laptop's
# 1024 or 1280 px less the side bar leave too little for the editor and the lists.
COMPACT_BELOW = 1200


class MainWindow(QMainWindow):
    def __init__(self, context: AppContext | None = None, settings: Settings | None = None) -> None:
        super().__init__()
        if context is None and settings is None:
            raise ValueError("MainWindow needs a context or, for the start frame, the settings")
        chosen = context.settings if context is not None else settings
        assert chosen is not None
        self.settings: Settings = chosen
        self._context: AppContext | None = None
        self.setObjectName("MainWindow")
        self.setWindowTitle(self.tr("nspdesk – NoSpamProxy-Partnerprogramm"))
        self.resize(1280, 800)

        self.navigation = QListWidget()
        self.navigation.setObjectName("navigation")
        self.navigation.setIconSize(QSize(20, 20))
        self.navigation.setFixedWidth(SIDEBAR_WIDTH)
        self.navigation.setSpacing(2)
        self._compact: bool | None = None  # the side bar shows only icons; None: not laid out yet
        self.stack = QStackedWidget()
        self.views: dict[str, WorkspaceView] = {}  # the views built so far, by id
        self._kept: KeptPage | None = None  # the first view's rows from the last session
        # the view built behind the page shown while its first rows are read: its page's index
        # and the scroll area that takes the shown page's place then (``_take_over``)
        self._behind: tuple[int, QWidget] | None = None
        self.preloader: Preloader | None = None  # the other views' modules, being imported
        self._ids = [spec.view_id for spec in VIEWS]
        style = self.style()
        for spec in VIEWS:
            self.stack.addWidget(self._placeholder())  # until the view is built
            self.navigation.addItem(
                QListWidgetItem(style.standardIcon(spec.icon), spec.translated_title)
            )
        self.navigation.currentRowChanged.connect(self._show_row)

        body = QWidget()
        layout = QHBoxLayout(body)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.navigation)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(body)
        self._build_menu_bar()
        self._permanent = ""
        self.statusBar().showMessage(self.tr("Datenbank wird geöffnet …"))

        geometry = self.settings.geometry()
        if geometry is not None:
            self.restoreGeometry(geometry)
        self._apply_sidebar()
        last = self.settings.get_text(options.LAST_VIEW)
        self.navigation.setCurrentRow(self._ids.index(last) if last in self._ids else 0)
        if context is not None:
            self.attach(context)

    @property
    def context(self) -> AppContext:
        if self._context is None:
            raise RuntimeError("the main window has no context yet (attach it first)")
        return self._context

    def attach(self, context: AppContext, lazy: bool = False) -> None:
        """Give the window its context: build the current view now and the others now or when they
        are first shown."""
        self._context = context
        self._fill_menus()
        program = context.program()
        self._permanent = self.tr(
            "nspdesk {version} · Programm-Edition {edition} · Datenbank: {database}"
        ).format(
            version=__version__,
            edition=program.edition,
            database=context.workspace.place.description,
        )
        self.statusBar().showMessage(self._permanent)
        self._show_row(self.navigation.currentRow(), starting=lazy)
        if self._kept is not None and self._behind is None:  # the user left them meanwhile
            self._kept.release()
        if not lazy:
            for view_id in self._ids:
                self.view(view_id)

    def view(self, view_id: str, behind: bool = False) -> WorkspaceView:
        """The view ``view_id``, built on first use (``behind``: not yet put on screen, where the
        page shown stays until ``_take_over``)."""
        built = self.views.get(view_id)
        if built is not None:
            return built
        spec = VIEWS[self._ids.index(view_id)]
        if self.preloader is not None:
            self.preloader.wait()  # never import the same modules in two threads at once
        view = spec.load()(self.context)
        view.status.connect(self.show_status)
        navigate = getattr(view, "navigate", None)
        if navigate is not None:
            navigate.connect(self.open_target)
        # A scroll area per view: a view's minimum size never forces the window beyond a small
        # laptop screen. It takes the place of the placeholder in the stack.
        from nspdesk.ui.scrolling import ViewScroll

        scroll = ViewScroll(view)
        index = self._ids.index(view_id)
        self.views[view_id] = view
        if behind:
            self._behind = (index, scroll)  # placed by ``_take_over``
        else:
            self._place(index, scroll)
        return view

    def _place(self, index: int, page: QWidget) -> None:
        """``page`` in the place of the stack's page ``index`` (a placeholder or the kept rows)."""
        placeholder = self.stack.widget(index)
        assert placeholder is not None
        current = self.stack.currentIndex()
        self.stack.insertWidget(index, page)  # the current page stays current
        self.stack.removeWidget(placeholder)
        placeholder.deleteLater()
        if placeholder is self._kept:
            self._kept = None
        self.stack.setCurrentIndex(current)

    def show_kept(self, page: KeptPage) -> None:
        """Show the first view's rows kept from the last session in its place until the view is
        built (``kept_rows``); what the user does there is handed to the view then."""
        index = self.stack.currentIndex()
        placeholder = self.stack.widget(index)
        if self._context is not None or placeholder is None:
            return
        self.stack.insertWidget(index, page)
        self.stack.removeWidget(placeholder)
        placeholder.deleteLater()
        self.stack.setCurrentIndex(index)
        self._kept = page

    def kept_page(self) -> KeptPage | None:
        return self._kept

    def _placeholder(self) -> QWidget:
        """A stack page with "Wird geladen …" in its centre (stretches, not ``Qt.AlignCenter``)."""
        page = QWidget()
        grid = QGridLayout(page)
        grid.addWidget(QLabel(self.tr("Wird geladen …")), 1, 1)
        for outer in (0, 2):
            grid.setRowStretch(outer, 1)
            grid.setColumnStretch(outer, 1)
        return page

    # --- navigation -----------------------------------------------------------------------------

    def current_view(self) -> WorkspaceView:
        return self.view(self._ids[max(self.stack.currentIndex(), 0)])

    def show_view(self, view_id: str) -> WorkspaceView:
        self.navigation.setCurrentRow(self._ids.index(view_id) if view_id in self._ids else 0)
        return self.current_view()

    def _show_row(self, row: int, starting: bool = False) -> None:
        """Show the view of navigation row ``row``, built and activated when first shown.

        ``starting`` (the app's start, ``attach(lazy=True)``) or with the kept rows on screen, a
        view that can (``read_behind``) is built behind the page shown — the kept rows or "Wird
        geladen …" — and takes its place once its first rows are read in a worker thread: no
        empty list first, and its build and its first paint with rows are two turns of the event
        loop (25–35 ms each on a slow machine), not one pause.
        """
        if row < 0:
            return
        self.stack.setCurrentIndex(row)
        if self._context is None:
            return  # the start frame: the view is built once the store is open
        # A message of the view left behind says nothing about this one (issue 17).
        self.statusBar().showMessage(self._permanent)
        view_id = self._ids[row]
        self.settings.set(options.LAST_VIEW, view_id)
        kept_shown = self._kept is not None and self._kept is self.stack.currentWidget()
        if not (starting or kept_shown) or view_id in self.views:
            if not (kept_shown and self._behind is not None):  # else: still reading behind them
                self.current_view().activated()
            return
        view = self.view(view_id, behind=True)
        read_behind = getattr(view, "read_behind", None)
        if read_behind is not None:
            read_behind(self._take_over)
        else:
            self._take_over()
            view.activated()

    def _take_over(self) -> None:
        """The view built behind the page shown has its first rows: it takes that page's place.
        From the kept rows it takes what the user did there (the search typed, the selection, the
        scroll position, the focus, a quote asked to be opened); a user who went to another view
        meanwhile lets go of the quote asked to be opened and keeps the focus where it is."""
        if self._behind is None or not isValid(self):  # (the window was closed meanwhile)
            return
        index, page = self._behind
        self._behind = None
        kept = self._kept if self._kept is self.stack.widget(index) else None
        state = kept.state() if kept is not None else None
        if kept is not None and state is not None and kept is not self.stack.currentWidget():
            kept.release()
            state = state._replace(focus="", open_id=None)
        self._place(index, page)
        if state is not None:
            from nspdesk.ui.kept_rows import hand_over

            hand_over(state, self.views[self._ids[index]])

    def open_target(self, view_id: str, target_id: int, tab: str = "") -> bool:
        """Show ``view_id`` with ``target_id`` opened: a partner (on ``tab``), a quote, a checklist.

        Views ask for this through a signal (the Fällig list's ``navigate``); they never import the
        window.
        """
        if view_id not in self._ids:
            return False
        view = self.show_view(view_id)
        opener = getattr(view, "open_quote" if view_id == "quotes" else "select_partner", None)
        if opener is None:
            return False
        if tab and "tab" in inspect.signature(opener).parameters:
            return bool(opener(target_id, tab=tab))
        return bool(opener(target_id))

    # --- side bar -------------------------------------------------------------------------------

    def sidebar_mode(self) -> str:
        mode = self.settings.get_text(options.SIDEBAR)
        return mode if mode in options.SIDEBAR_MODES else "auto"

    def set_sidebar_mode(self, mode: str) -> None:
        """Remember the user's choice ("auto", "icons", "full") and apply it."""
        self.settings.set(options.SIDEBAR, mode)
        self._apply_sidebar()

    def sidebar_compact(self) -> bool:
        """Whether the side bar shows only its icons (the titles are its items' tooltips)."""
        return bool(self._compact)

    def _toggle_sidebar(self, compact: bool) -> None:
        self.set_sidebar_mode("icons" if compact else "full")

    def _apply_sidebar(self) -> None:
        mode = self.sidebar_mode()
        compact = mode == "icons" or (mode == "auto" and self.width() < COMPACT_BELOW)
        action = getattr(self, "sidebar_action", None)
        if action is not None and action.isChecked() != compact:
            action.blockSignals(True)
            action.setChecked(compact)
            action.blockSignals(False)
        if compact == self._compact:
            return
        self._compact = compact
        for row, spec in enumerate(VIEWS):
            item = self.navigation.item(row)
            assert item is not None
            title = spec.translated_title
            item.setText("" if compact else title)
            item.setToolTip(title if compact else "")
        # the icon, the item's spacing and the list's frame
        icon = self.navigation.iconSize().width()
        self.navigation.setFixedWidth(icon + 26 if compact else SIDEBAR_WIDTH)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._apply_sidebar()

    def show_status(self, message: str) -> None:
        self.statusBar().showMessage(message, 8000)

    # --- menu -----------------------------------------------------------------------------------

    def _action(
        self,
        text: str,
        shortcut: QKeySequence | QKeySequence.StandardKey | str | None,
        slot: object,
    ) -> QAction:
        from PySide6.QtGui import QAction, QKeySequence

        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        return action

    def _build_menu_bar(self) -> None:
        """The menu titles: on screen in the start frame; their actions come with the context."""
        bar = self.menuBar()
        self.file_menu = bar.addMenu(self.tr("&Datei"))
        self.edit_menu = bar.addMenu(self.tr("&Bearbeiten"))
        self.view_menu = bar.addMenu(self.tr("&Ansicht"))
        self.help_menu = bar.addMenu(self.tr("&Hilfe"))

    def _fill_menus(self) -> None:
        from PySide6.QtGui import QKeySequence

        if self.file_menu.actions():
            return  # attached before
        self.new_quote_action = self._action(
            self.tr("&Neues Angebot"), QKeySequence.StandardKey.New, self.new_quote
        )
        self.pdf_action = self._action(
            self.tr("&PDF erzeugen …"), QKeySequence.StandardKey.Print, self.export_pdf
        )
        self.save_action = self._action(
            self.tr("&Speichern"), QKeySequence.StandardKey.Save, self.save
        )
        quit_action = self._action(self.tr("&Beenden"), QKeySequence.StandardKey.Quit, self.close)
        for action in (self.new_quote_action, self.pdf_action, self.save_action):
            self.file_menu.addAction(action)
        self.file_menu.addSeparator()
        self.file_menu.addAction(quit_action)

        self.search_action = self._action(
            self.tr("&Suchen"), QKeySequence.StandardKey.Find, self.focus_search
        )
        self.edit_menu.addAction(self.search_action)

        for number, spec in enumerate(VIEWS, start=1):
            self.view_menu.addAction(
                self._action(
                    spec.translated_title,
                    f"Ctrl+{number}",
                    lambda _checked=False, v=spec.view_id: self.show_view(v),
                )
            )
        self.view_menu.addSeparator()
        self.sidebar_action = self._action(
            self.tr("Seitenleiste nur mit &Symbolen"), "Ctrl+0", self._toggle_sidebar
        )
        self.sidebar_action.setCheckable(True)
        self.sidebar_action.setChecked(self.sidebar_compact())
        self.view_menu.addAction(self.sidebar_action)

        self.help_menu.addAction(self._action(self.tr("Ü&ber nspdesk"), None, self.about))
        self.addActions(
            [self.new_quote_action, self.pdf_action, self.save_action, self.search_action]
        )

    def new_quote(self) -> None:
        self._dispatch(self.show_view("quotes").new_item(), self.tr("Neues Angebot"))

    def export_pdf(self) -> None:
        self._dispatch(self.current_view().export_pdf(), self.tr("PDF"))

    def save(self) -> None:
        self._dispatch(self.current_view().save(), self.tr("Speichern"))

    def focus_search(self) -> None:
        self._dispatch(self.current_view().focus_search(), self.tr("Suchen"))

    def _dispatch(self, done: bool, what: str) -> None:
        if not done:
            self.show_status(
                self.tr("{action}: in der Ansicht „{view}“ nicht verfügbar").format(
                    action=what, view=self.current_view().title
                )
            )

    def about(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        from nspdesk.ui import formats  # babel: not needed for the first paint

        program = self.context.program()
        QMessageBox.about(
            self,
            self.tr("Über nspdesk"),
            self.tr(
                "nspdesk {version}\n\nAngebote, Partner-Compliance und Onboarding für das "
                "NoSpamProxy-Partnerprogramm.\nProgramm-Edition {edition}, gültig ab {day}."
            ).format(
                version=__version__, edition=program.edition, day=formats.day(program.valid_from)
            ),
        )

    # --- closing --------------------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.confirm_close():
            event.ignore()
            return
        self.settings.set_geometry(self.saveGeometry())
        self.settings.sync()
        event.accept()

    def confirm_close(self) -> bool:
        """True when the window may close: nothing unsaved, or the user saved or discarded it.
        "Speichern" saves every view with changes and closes only when all of them saved."""
        unsaved = [view for view in self.views.values() if view.has_unsaved_changes()]
        if not unsaved:
            return True
        answer = self.ask_unsaved([view.title for view in unsaved])
        if answer == "save":
            for view in unsaved:
                view.save()
            still = [view.title for view in unsaved if view.has_unsaved_changes()]
            if still:
                self.show_status(
                    self.tr("Nicht beendet: {views} konnte nicht gespeichert werden").format(
                        views=", ".join(still)
                    )
                )
            return not still
        return answer == "discard"

    def ask_unsaved(self, views: list[str]) -> str:
        """ "save", "discard" or "cancel" for closing with unsaved changes in ``views`` (tests
        replace it: a modal dialog waits forever offscreen). Qt's standard buttons (their roles and
        order as the platform wants them), named in the app's language."""
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Ungespeicherte Änderungen"))
        box.setText(
            self.tr("In {views} gibt es ungespeicherte Änderungen.").format(views=", ".join(views))
        )
        box.setInformativeText(self.tr("Vor dem Beenden speichern?"))
        buttons = QMessageBox.StandardButton
        box.setStandardButtons(buttons.Save | buttons.Discard | buttons.Cancel)
        for button, text in (
            (buttons.Save, self.tr("Speichern")),
            (buttons.Discard, self.tr("Verwerfen")),
            (buttons.Cancel, self.tr("Abbrechen")),
        ):
            shown = box.button(button)
            if shown is not None:  # the words of the app's language, whatever Qt's catalogs hold
                shown.setText(text)
        box.setDefaultButton(buttons.Save)
        box.setEscapeButton(buttons.Cancel)
        answer = box.exec()
        return {buttons.Save: "save", buttons.Discard: "discard"}.get(buttons(answer), "cancel")
