"""Start the desktop app: one QApplication, the rules in force today, the store, the main window."""

from __future__ import annotations

import sys
from datetime import date


def run_app(qt_args: list[str], db: str | None = None) -> int:
    from PySide6.QtWidgets import QApplication, QMessageBox

    from nspdesk.domain.editions import default_library
    from nspdesk.domain.errors import InputError, ProgramFileError
    from nspdesk.store.location import resolve
    from nspdesk.ui.main_window import MainWindow
    from nspdesk.ui.startup import open_for_app

    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication([sys.argv[0], *qt_args])
    app.setApplicationName("nspdesk")
    app.setOrganizationName("nspdesk")
    from nspdesk.ui import i18n
    from nspdesk.ui import settings as options
    from nspdesk.ui.settings import Settings

    settings = Settings()
    i18n.install(app, i18n.choose_language(settings.get_text(options.LANGUAGE)))
    try:
        library = default_library()
        library.edition_for(date.today())
    except (ProgramFileError, InputError) as error:
        QMessageBox.critical(
            None,
            "nspdesk",
            QApplication.translate("App", "Die Programmregeln können nicht geladen werden:")
            + f"\n{error}",
        )
        return 1
    store = open_for_app(resolve(db), library)
    if store is None:
        return 1
    from nspdesk.ui.context import AppContext

    context = AppContext(store=store, library=library, settings=settings)
    try:
        window = MainWindow(context)
        window.show()
        code = app.exec()
        window.close()
        window.deleteLater()
        return code
    finally:
        context.store.close()  # the view may have reopened it (restore from a backup)
