"""The main window: a navigation sidebar, the workspace views, a menu with shortcuts, a status bar.

Window geometry and the last view are remembered through ``nspdesk.ui.settings``. The menu actions
act on the current view (see ``WorkspaceView``); Ctrl+N always opens a new quote.
"""

from __future__ import annotations

import inspect

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QScrollArea,
    QStackedWidget,
    QStyle,
    QWidget,
)

from nspdesk import __version__
from nspdesk.ui import formats
from nspdesk.ui import settings as options
from nspdesk.ui.context import AppContext
from nspdesk.ui.views.base import WorkspaceView
from nspdesk.ui.views.catalog import CatalogView
from nspdesk.ui.views.due import DueView
from nspdesk.ui.views.onboarding import OnboardingView
from nspdesk.ui.views.partners import PartnersView
from nspdesk.ui.views.program import ProgramView
from nspdesk.ui.views.quotes import QuotesView
from nspdesk.ui.views.review import ReviewView
from nspdesk.ui.views.settings_view import SettingsView

VIEWS: list[tuple[type[WorkspaceView], QStyle.StandardPixmap]] = [
    (QuotesView, QStyle.StandardPixmap.SP_FileDialogDetailedView),
    (PartnersView, QStyle.StandardPixmap.SP_DirHomeIcon),
    (DueView, QStyle.StandardPixmap.SP_MessageBoxWarning),
    (OnboardingView, QStyle.StandardPixmap.SP_DialogApplyButton),
    (ReviewView, QStyle.StandardPixmap.SP_BrowserReload),
    (ProgramView, QStyle.StandardPixmap.SP_FileDialogInfoView),
    (CatalogView, QStyle.StandardPixmap.SP_FileDialogListView),
    (SettingsView, QStyle.StandardPixmap.SP_FileDialogContentsView),
]


class MainWindow(QMainWindow):
    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self.context = context
        self.setObjectName("MainWindow")
        self.setWindowTitle(self.tr("nspdesk – NoSpamProxy-Partnerprogramm"))
        self.resize(1280, 800)

        self.navigation = QListWidget()
        self.navigation.setObjectName("navigation")
        self.navigation.setIconSize(QSize(20, 20))
        self.navigation.setFixedWidth(190)
        self.navigation.setSpacing(2)
        self.stack = QStackedWidget()
        self.views: dict[str, WorkspaceView] = {}
        for view_class, icon in VIEWS:
            view = view_class(context)
            view.status.connect(self.show_status)
            if isinstance(view, DueView):
                view.navigate.connect(self.open_target)
            self.views[view.view_id] = view
            # A scroll area per view: a view's minimum size never forces the window beyond a
            # small laptop screen.
            scroll = QScrollArea()
            scroll.setWidget(view)
            scroll.setWidgetResizable(True)
            scroll.setFrameShape(QFrame.Shape.NoFrame)
            self.stack.addWidget(scroll)
            item = QListWidgetItem(self.style().standardIcon(icon), view.title)
            item.setData(Qt.ItemDataRole.UserRole, view.view_id)
            self.navigation.addItem(item)
        self.navigation.currentRowChanged.connect(self._show_row)

        body = QWidget()
        layout = QHBoxLayout(body)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.navigation)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(body)
        self._build_menu()

        program = context.program()
        self._permanent = self.tr(
            "nspdesk {version} · Programm-Edition {edition} · Datenbank: {database}"
        ).format(
            version=__version__,
            edition=program.edition,
            database=context.store.location.describe(),
        )
        self.statusBar().showMessage(self._permanent)

        geometry = context.settings.geometry()
        if geometry is not None:
            self.restoreGeometry(geometry)
        self.show_view(context.settings.get_text(options.LAST_VIEW))

    # --- navigation -----------------------------------------------------------------------------

    def current_view(self) -> WorkspaceView:
        scroll = self.stack.currentWidget()
        assert isinstance(scroll, QScrollArea)
        view = scroll.widget()
        assert isinstance(view, WorkspaceView)
        return view

    def show_view(self, view_id: str) -> WorkspaceView:
        ids = list(self.views)
        self.navigation.setCurrentRow(ids.index(view_id) if view_id in ids else 0)
        return self.current_view()

    def _show_row(self, row: int) -> None:
        if row < 0:
            return
        self.stack.setCurrentIndex(row)
        view = self.current_view()
        self.context.settings.set(options.LAST_VIEW, view.view_id)
        view.activated()

    def open_target(self, view_id: str, target_id: int, tab: str = "") -> bool:
        """Show ``view_id`` with ``target_id`` opened: a partner (on ``tab``), a quote, a checklist.

        Views ask for this through a signal (the Fällig list's ``navigate``); they never import the
        window.
        """
        if view_id not in self.views:
            return False
        view = self.show_view(view_id)
        opener = getattr(view, "open_quote" if view_id == "quotes" else "select_partner", None)
        if opener is None:
            return False
        if tab and "tab" in inspect.signature(opener).parameters:
            return bool(opener(target_id, tab=tab))
        return bool(opener(target_id))

    def show_status(self, message: str) -> None:
        self.statusBar().showMessage(message, 8000)

    # --- menu -----------------------------------------------------------------------------------

    def _action(
        self,
        text: str,
        shortcut: QKeySequence | QKeySequence.StandardKey | str | None,
        slot: object,
    ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        return action

    def _build_menu(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&Datei"))
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
            file_menu.addAction(action)
        file_menu.addSeparator()
        file_menu.addAction(quit_action)

        edit_menu = bar.addMenu(self.tr("&Bearbeiten"))
        self.search_action = self._action(
            self.tr("&Suchen"), QKeySequence.StandardKey.Find, self.focus_search
        )
        edit_menu.addAction(self.search_action)

        view_menu = bar.addMenu(self.tr("&Ansicht"))
        for number, view_id in enumerate(self.views, start=1):
            view_menu.addAction(
                self._action(
                    self.views[view_id].title,
                    f"Ctrl+{number}",
                    lambda _checked=False, v=view_id: self.show_view(v),
                )
            )

        help_menu = bar.addMenu(self.tr("&Hilfe"))
        help_menu.addAction(self._action(self.tr("Ü&ber nspdesk"), None, self.about))
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
        unsaved = [view.title for view in self.views.values() if view.has_unsaved_changes()]
        if unsaved:
            answer = QMessageBox.question(
                self,
                self.tr("Ungespeicherte Änderungen"),
                self.tr("In {views} gibt es ungespeicherte Änderungen. Trotzdem beenden?").format(
                    views=", ".join(unsaved)
                ),
            )
            if answer != QMessageBox.StandardButton.Yes:
                event.ignore()
                return
        self.context.settings.set_geometry(self.saveGeometry())
        self.context.settings.sync()
        event.accept()
