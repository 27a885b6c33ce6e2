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
    from nspdesk.services.workspace import Workspace
    from nspdesk.ui.main_window import MainWindow
    from nspdesk.ui.settings import Settings


def run_app(qt_args: list[str], db: str | None = None) -> int:
    from nspdesk.ui.source_scan import spare_the_line_cache

    spare_the_line_cache()  # before the app's modules are imported: 23 MB less (see there)
    from PySide6.QtWidgets import QApplication

    from nspdesk.ui import i18n
    from nspdesk.ui import settings as options
    from nspdesk.ui.main_window import MainWindow
    from nspdesk.ui.settings import Settings

    existing = QApplication.instance()
    if not isinstance(existing, QApplication):  # ours, not a test's: Qt's noise off the terminal
        from nspdesk.ui.qt_messages import install_message_filter

        install_message_filter()
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
    workspace = open_for_app(db, library, parent=window)
    if workspace is None:
        return _quit(window)
    from nspdesk.ui.context import AppContext

    move_device_cap(workspace, settings)
    context = AppContext(workspace=workspace, settings=settings)
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


def move_device_cap(workspace: Workspace, settings: Settings) -> None:
    """Once per device: the cap on extra discounts this device kept moves into the database.

    Before, each device held its own cap (QSettings); now the team shares one in the database. A
    cap set here, below the program's, is copied when the database has none yet; never again after.
    """
    import logging

    from nspdesk.services.errors import StoreError
    from nspdesk.services.letterhead import adopt_device_cap
    from nspdesk.ui import settings as options

    if settings.get_int(options.CAP_MOVED) or not settings.holds(options.MAX_EXTRA_DISCOUNT):
        return
    try:
        adopt_device_cap(workspace, settings.get_decimal(options.MAX_EXTRA_DISCOUNT))
    except StoreError:  # e.g. a read-only database: the app works, the next start tries again
        log = logging.getLogger(__name__)
        log.warning("cap not moved into the database", exc_info=True)
        return
    settings.set(options.CAP_MOVED, 1)
    settings.sync()
