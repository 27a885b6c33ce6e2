"""Start the desktop app: one QApplication, the rules in force today, the main window."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from datetime import date


def run_app(argv: Sequence[str]) -> int:
    from PySide6.QtWidgets import QApplication, QMessageBox

    from nspdesk.domain.editions import default_library
    from nspdesk.domain.errors import ProgramFileError
    from nspdesk.ui.main_window import MainWindow

    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication([sys.argv[0], *argv])
    app.setApplicationName("nspdesk")
    app.setOrganizationName("nspdesk")
    try:
        program = default_library().edition_for(date.today())
    except ProgramFileError as error:
        QMessageBox.critical(
            None, "nspdesk", f"Die Programmregeln können nicht geladen werden:\n{error}"
        )
        return 1
    window = MainWindow(program)
    window.show()
    code = app.exec()
    window.deleteLater()
    return code
