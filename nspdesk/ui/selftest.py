"""The window step of ``nspdesk --self-test``: the main window on a given database, then closed.

It lives here because only ``nspdesk.ui`` imports Qt (``tests/unit/test_architecture.py``); the other
steps are in ``nspdesk.commands.selftest``. Without a display (a CI machine, a server) Qt runs
offscreen; with one, the real platform plugin is tested too.
"""

from __future__ import annotations

import os
import sys
from collections.abc import MutableMapping
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from nspdesk.services.workspace import Workspace

WORKER_WAIT_MS = 10_000


@dataclass(frozen=True)
class WindowCheck:
    views: int
    platform: str
    qt_german: bool  # Qt's own German strings (qtbase_de) were found
    catalog: bool = True  # our German catalog (nspdesk_de.qm, the plural forms) was loaded


def offscreen_without_display(environ: MutableMapping[str, str] = os.environ) -> None:
    """Use Qt's offscreen platform when Linux has no display and nobody chose a platform."""
    if environ.get("QT_QPA_PLATFORM") or not sys.platform.startswith("linux"):
        return
    if not (environ.get("DISPLAY") or environ.get("WAYLAND_DISPLAY")):
        environ["QT_QPA_PLATFORM"] = "offscreen"


def open_main_window(workspace: Workspace, folder: Path) -> WindowCheck:
    """Build the main window as the app does, show every view once, close it.

    Settings go to ``folder`` (QSettings' default path included), so the user's are never touched.
    """
    offscreen_without_display()
    from PySide6.QtCore import (
        QCoreApplication,
        QEvent,
        QLibraryInfo,
        QLocale,
        QSettings,
        QThreadPool,
        QTranslator,
    )

    from nspdesk.ui import i18n
    from nspdesk.ui.application import make_application
    from nspdesk.ui.context import AppContext
    from nspdesk.ui.main_window import MainWindow
    from nspdesk.ui.settings import Settings

    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder / "qsettings")
    )
    app = make_application(sys.argv[:1])
    i18n.install(app, i18n.SOURCE_LANGUAGE)
    catalog = i18n.loaded_catalog() is not None
    qt_german = QTranslator().load(
        QLocale(QLocale.Language.German),
        "qtbase",
        "_",
        QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath),
    )
    settings = Settings(QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat))
    window = MainWindow(AppContext(workspace=workspace, settings=settings))
    try:
        window.show()
        app.processEvents()
        for view_id in window.views:
            window.show_view(view_id)
            app.processEvents()
        unsaved = [view.title for view in window.views.values() if view.has_unsaved_changes()]
        if unsaved:
            raise RuntimeError(f"ungespeicherte Änderungen direkt nach dem Öffnen: {unsaved}")
        if not window.isVisible():
            raise RuntimeError("das Hauptfenster ist nicht sichtbar")
        return WindowCheck(
            views=len(window.views),
            platform=app.platformName(),
            qt_german=qt_german,
            catalog=catalog,
        )
    finally:
        window.close()
        QThreadPool.globalInstance().waitForDone(WORKER_WAIT_MS)
        window.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
