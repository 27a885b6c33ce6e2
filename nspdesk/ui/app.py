"""Start the desktop app: one QApplication, the rules in force today, the store, the main window."""

from __future__ import annotations

import sys
from datetime import date


def run_app(qt_args: list[str], db: str | None = None) -> int:
    from PySide6.QtWidgets import QApplication, QMessageBox

    from nspdesk.domain.editions import default_library
    from nspdesk.domain.errors import ProgramFileError
    from nspdesk.store.location import resolve
    from nspdesk.ui.main_window import MainWindow
    from nspdesk.ui.startup import open_for_app

    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication([sys.argv[0], *qt_args])
    app.setApplicationName("nspdesk")
    app.setOrganizationName("nspdesk")
    try:
        library = default_library()
        program = library.edition_for(date.today())
    except ProgramFileError as error:
        QMessageBox.critical(
            None, "nspdesk", f"Die Programmregeln können nicht geladen werden:\n{error}"
        )
        return 1
    store = open_for_app(resolve(db), library)
    if store is None:
        return 1
    try:
        window = MainWindow(program, store)
        window.show()
        code = app.exec()
        window.deleteLater()
        return code
    finally:
        store.close()
