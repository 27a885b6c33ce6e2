"""The process's ``QApplication``, made ready the same way by the app and its self-test."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication


def make_application(argv: list[str]) -> QApplication:
    """A new ``QApplication`` from ``argv`` (a test's existing one is reused, its messages left
    alone): Qt's noise kept off the terminal, ``True`` given its reserve (``ui.qt_binding``),
    garbage collected on the GUI thread only (``ui.gui_collector``), the names QSettings uses."""
    from nspdesk.ui import gui_collector
    from nspdesk.ui.qt_binding import keep_true_alive

    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        app = existing
    else:
        from nspdesk.ui.qt_messages import install_message_filter

        install_message_filter()
        app = QApplication(argv)
    keep_true_alive()  # PySide6 6.12.0 loses a reference to True at each emit (see there)
    gui_collector.install(app)
    app.setApplicationName("nspdesk")
    app.setOrganizationName("nspdesk")
    return app
