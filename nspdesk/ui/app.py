"""Start the desktop app: one QApplication, the window's frame at once, then the rules, the store
and the views.

The frame (navigation, menus, "Datenbank wird geöffnet …") is on screen before SQLAlchemy, Alembic
and the views are imported; opening the store and building the visible view follow, the other views
are built while the user already looks at the first (``MainWindow.attach(lazy=True)``).
"""

from __future__ import annotations

import sys
from datetime import date
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from nspdesk.ui.main_window import MainWindow


def run_app(qt_args: list[str], db: str | None = None) -> int:
    from PySide6.QtWidgets import QApplication

    from nspdesk.ui import i18n
    from nspdesk.ui import settings as options
    from nspdesk.ui.main_window import MainWindow
    from nspdesk.ui.settings import Settings

    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication([sys.argv[0], *qt_args])
    app.setApplicationName("nspdesk")
    app.setOrganizationName("nspdesk")
    settings = Settings()
    i18n.install(app, i18n.choose_language(settings.get_text(options.LANGUAGE)))
    window = MainWindow(settings=settings)
    window.show()
    app.processEvents()  # paint the frame before the slow part

    from PySide6.QtWidgets import QMessageBox

    from nspdesk.domain.editions import default_library
    from nspdesk.domain.errors import InputError, ProgramFileError
    from nspdesk.store.location import resolve
    from nspdesk.ui.startup import open_for_app

    try:
        library = default_library()
        library.edition_for(date.today())
    except (ProgramFileError, InputError) as error:
        QMessageBox.critical(
            window,
            "nspdesk",
            QApplication.translate("App", "Die Programmregeln können nicht geladen werden:")
            + f"\n{error}",
        )
        return _quit(window)
    store = open_for_app(resolve(db), library, parent=window)
    if store is None:
        return _quit(window)
    from nspdesk.services.workspace import Workspace
    from nspdesk.ui.context import AppContext

    context = AppContext(workspace=Workspace(store, library), settings=settings)
    try:
        window.attach(context, lazy=True)
        code = app.exec()
        window.close()
        window.deleteLater()
        return code
    finally:
        context.workspace.close()  # the view may have reopened it (restore from a backup)


def _quit(window: MainWindow) -> int:
    """Take the start frame away without asking anything (nothing was opened) and fail."""
    window.hide()
    window.deleteLater()
    return 1
