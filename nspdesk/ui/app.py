"""Start the desktop app: one QApplication, the window's frame at once, then the rules, the store
and the views.

The frame (navigation, menus, "Datenbank wird geöffnet …") is on screen before SQLAlchemy, Alembic
and the views are imported. When the first view is the quote list and the rows it showed when the
app last closed are provably current, they are shown at once (``ui.kept_rows``); meanwhile a
background thread imports the store, the services and the first view's modules and loads the
program's rules, while the GUI thread runs its event loop. Opening the store (which may ask in
dialogs) and building the visible view follow on the GUI thread; the live rows take the kept
rows' place. The other views' modules are then imported in the background too, and each view is
built when it is first shown (``MainWindow.attach(lazy=True)``). At the end the quote list's first
rows are kept again for the next start, after the store is closed.
"""

from __future__ import annotations

import sys
from datetime import date
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from nspdesk.services.sync import SyncCounts
    from nspdesk.services.workspace import Workspace
    from nspdesk.ui.context import AppContext
    from nspdesk.ui.main_window import MainWindow
    from nspdesk.ui.settings import Settings
    from nspdesk.ui.team_sync import TeamSync


WORKERS_AT_CLOSE_MS = 3000  # at the end, the lists' worker reads are waited for this long at most


def run_app(qt_args: list[str], db: str | None = None) -> int:
    from nspdesk.ui.source_scan import spare_the_line_cache

    spare_the_line_cache()  # before the app's modules are imported: 23 MB less (see there)
    from nspdesk.ui import i18n
    from nspdesk.ui import settings as options
    from nspdesk.ui.application import make_application
    from nspdesk.ui.main_window import VIEWS, MainWindow
    from nspdesk.ui.settings import Settings

    app = make_application([sys.argv[0], *qt_args])
    settings = Settings()
    i18n.install(app, i18n.choose_language(settings.get_text(options.LANGUAGE)))
    window = MainWindow(settings=settings)
    window.show()
    app.processEvents()  # paint the frame before the slow part

    language = i18n.current_language()
    first = VIEWS[max(window.navigation.currentRow(), 0)]
    _show_kept(window, first.view_id, db, language)
    from nspdesk.ui.background import in_background

    # SQLAlchemy, the store, the services and the first view's modules (0.5 s and more) imported
    # in a thread while the window shows the kept rows and answers the user.
    started = in_background(lambda: _load_in_background(first.module))

    from nspdesk.domain.editions import ProgramLibrary
    from nspdesk.ui.startup import open_for_app

    if not window.isVisible():  # closed before the store was open: nothing opened, nothing lost
        window.deleteLater()
        return 0
    if not isinstance(started, ProgramLibrary):
        return _rules_failed(window, started)
    workspace = open_for_app(db, started, parent=window)
    if workspace is None:
        return _quit(window)
    from nspdesk.ui.context import AppContext

    move_device_cap(workspace, settings)
    context = AppContext(workspace=workspace, settings=settings)
    app.processEvents()  # between opening the store and building the view: two shorter pauses
    kept = None
    try:
        window.attach(context, lazy=True)
        _start_team_sync(window, context)
        _preload_later(window, [spec.module for spec in VIEWS if spec is not first])
        code = app.exec()
        window.close()
        kept = _capture(window)  # (the views' preloading thread may still run: never waited for)
        window.deleteLater()
        return code
    finally:
        _close(context, kept, language)


def _close(context: AppContext, kept: dict[str, object] | None, language: str) -> None:
    """The database closed (a background sync running may end first), then the quote list's
    first rows kept for the next start: after closing, the file's stamp holds every write."""
    from PySide6.QtCore import QThreadPool

    from nspdesk.ui import kept_rows

    database = context.workspace.place.path
    context.finish_team_sync()
    # the lists' reads and counts in worker threads end first: one still reading would open the
    # database again after it is closed (and change the stamp the kept rows are checked against)
    QThreadPool.globalInstance().waitForDone(WORKERS_AT_CLOSE_MS)
    context.workspace.close()  # the view may have reopened it (restore from a backup)
    kept_rows.keep(database, kept, language)


def _start_team_sync(window: MainWindow, context: AppContext) -> None:
    """A device in a team syncs soon, whichever view is shown (after the views' preloading)."""
    team = context.team_sync()
    team.start(lambda: window.preloader.wait() if window.preloader else None)
    follow_team_sync(window, team)


def follow_team_sync(window: MainWindow, team: TeamSync) -> None:
    """Rows a background sync brought in are shown at once in the visible view (each other view
    reads again when it is shown); never under a view's unsaved edits, which the user finishes first."""

    def reread(counts: SyncCounts) -> None:
        if not counts.pulled:
            return
        view = window.current_view()
        if not view.has_unsaved_changes():
            view.activated()

    team.succeeded.connect(reread)


def _preload_later(window: MainWindow, modules: list[str]) -> None:
    """The other views' modules imported in the background once the live rows are painted (the
    thread would take the GIL from the first paint's calls into Python otherwise)."""
    from PySide6.QtCore import QTimer

    from nspdesk.ui.background import PRELOAD_AFTER_MS, Preloader

    preloader = window.preloader = Preloader()
    QTimer.singleShot(PRELOAD_AFTER_MS, lambda: preloader.start(modules))


def _rules_failed(window: MainWindow, error: object) -> int:
    from PySide6.QtWidgets import QApplication, QMessageBox

    QMessageBox.critical(
        window,
        "nspdesk",
        QApplication.translate("App", "Die Programmregeln können nicht geladen werden:")
        + f"\n{error}",
    )
    return _quit(window)


def _capture(window: MainWindow) -> dict[str, object] | None:
    """The quote list's first rows for the next start; None (nothing kept) when they cannot be
    read now — the next start then opens the store first, as without them."""
    import logging

    from nspdesk.services.errors import StoreError
    from nspdesk.ui import kept_rows

    try:
        return kept_rows.capture(window.views.get(kept_rows.KEPT_VIEW))
    except StoreError:
        log = logging.getLogger(__name__)
        log.warning("the quote list's rows not kept", exc_info=True)
        return None


def _show_kept(window: MainWindow, first: str, db: str | None, language: str) -> None:
    """The first view's rows kept from the last session, when they are provably current: shown at
    once, before the store is imported. Read, built, and laid out and painted each in a turn of
    its own (15–40 ms each on a slow machine), so that a click or a key waits for one of them."""
    from PySide6.QtWidgets import QApplication

    from nspdesk.ui import kept_rows

    if first != kept_rows.KEPT_VIEW:
        return
    content = kept_rows.read(db, language)
    if content is None:
        return
    QApplication.processEvents()
    page = kept_rows.page_for(content)
    if page is None:
        return
    QApplication.processEvents()
    window.show_kept(page)
    QApplication.processEvents()


def _load_in_background(first_view: str) -> object:
    """The modules the store and the first view need, and the program's rules: the library, or
    the error that says why the rules cannot be loaded (shown on the GUI thread)."""
    from nspdesk.ui.background import import_all

    import_all(
        [
            "sqlalchemy.orm",
            "nspdesk.services.workspace",
            "nspdesk.ui.startup",
            "nspdesk.ui.context",
            "nspdesk.ui.scrolling",
            first_view,
        ]
    )
    from nspdesk.services.workspace import prepare_store

    prepare_store()  # the ORM's mappers configured here, not by the first view's reads (45–50 ms)
    from nspdesk.domain.editions import default_library
    from nspdesk.domain.errors import InputError, ProgramFileError

    try:
        library = default_library()
        library.edition_for(date.today())
    except (ProgramFileError, InputError) as error:
        return error
    from nspdesk.ui.process_tuning import return_freed_memory

    return_freed_memory()  # what this thread freed stays in a heap of its own otherwise: 1.3 MB
    return library


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
