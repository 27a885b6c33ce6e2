"""A device's sync in the background while the app runs (docs/sync.md, "In the app").

One per open database (``AppContext.team_sync``), started with the window, whatever view is shown
(the settings view, whose panel shows it, is built only when first opened): first
``FIRST_SECONDS`` after the start, then every ``BACKGROUND_MINUTES``, and soon after the network
comes back (``NetworkWatch``: the office's Wi-Fi joined, debounced) where the system can tell.
Each sync runs off the GUI thread through the same service as ``nspdesk sync``; never two at once;
a file that is in no team is left alone (the worker asks first, so the start reads nothing). A
failure (the team database unreachable) is only noted, for the settings panel to show.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEventLoop, QObject, QTimer, Signal

from nspdesk.ui.network_watch import NetworkWatch
from nspdesk.ui.worker import Task

if TYPE_CHECKING:
    from nspdesk.services.sync import SyncCounts
    from nspdesk.services.workspace import Workspace

BACKGROUND_MINUTES = 5  # a device syncs on its own this often while the app runs
FIRST_SECONDS: float = 20  # … and this soon after the start (the app is up and drawn first)
FINISH_SECONDS: float = 10  # at the app's end, a sync running is waited for this long at most


class TeamSync(QObject):
    """The background syncs of one device's database."""

    started = Signal()
    succeeded = Signal(object)  # the sync's SyncCounts
    failed = Signal(str)  # why, in the UI's language
    finished = Signal()  # after either; also when the file turned out to be in no team

    def __init__(self, workspace: Workspace, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.timer = QTimer(self)  # children: gone with this object, never fire after it
        self.timer.setInterval(BACKGROUND_MINUTES * 60_000)
        self.timer.timeout.connect(self.background_sync)
        self.first = QTimer(self)
        self.first.setSingleShot(True)
        self.first.setInterval(int(FIRST_SECONDS * 1000))
        self.first.timeout.connect(self.background_sync)
        self.network = NetworkWatch(self)
        self.network.online.connect(self.network_back)
        self.in_team = False
        self.last_failure: str | None = None  # the last background sync's failure, if it failed
        self._task: Task | None = None
        self._again = False
        self._tried = False  # a background sync was started (the first one is then not due)
        self._ended = False  # the app is closing (``finish``): nothing starts any more
        # called before the sync's modules are imported on the GUI thread: the app's start waits
        # for the views' preloading thread (``ui.background.Preloader``), which imports them too
        self._before_import: Callable[[], None] | None = None

    def start(self, before_import: Callable[[], None] | None = None) -> None:
        """At the start of the app: the first sync soon, if the file turns out to be in a team."""
        self._before_import = before_import
        if not self.first.isActive() and not self.timer.isActive():
            self.first.start(int(FIRST_SECONDS * 1000))

    def joined(self, in_team: bool) -> None:
        """What the settings panel found (at its refresh, after joining or leaving): in a team the
        timers and the network watch run, otherwise nothing does."""
        if not in_team or self._ended:
            self.stop()
            return
        self.in_team = True
        if not self.timer.isActive():
            self.timer.start(BACKGROUND_MINUTES * 60_000)
            if not self._tried and not self.first.isActive():
                self.first.start(int(FIRST_SECONDS * 1000))
        self.network.start()

    def stop(self) -> None:
        self.in_team = False
        self.timer.stop()
        self.first.stop()

    def finish(self, seconds: float = FINISH_SECONDS) -> bool:
        """At the app's end: no new sync; one running may end first, up to ``seconds``, so that
        the store is not closed under its connection (a sync stopped anywhere is finished by the
        next one: docs/sync.md). Whether none runs any more."""
        self._ended = True
        self.stop()
        self._again = False
        if self._task is None:
            return True
        loop = QEventLoop()
        self.finished.connect(loop.quit)
        QTimer.singleShot(int(seconds * 1000), loop.quit)
        loop.exec()
        self.finished.disconnect(loop.quit)
        return self._task is None

    @property
    def running(self) -> bool:
        return self._task is not None

    @property
    def watches_network(self) -> bool:
        """Whether a sync follows the network coming back (the system can tell): what the panel
        may promise."""
        return self.network.available

    def network_back(self) -> None:
        """The network came back and settled: a sync now (in a team), or right after the one
        running if that one fails (it most likely began before the network was up)."""
        if not self.in_team:
            return
        if self.running:
            self._again = True
            return
        self.background_sync()

    def background_sync(self) -> bool:
        """A sync off the GUI thread; nothing is asked, a failure only noted. False: one is
        running already (it is not started twice)."""
        if self._task is not None or self._ended:
            return False
        if self._before_import is not None:
            self._before_import()
        from nspdesk.services import sync  # here, not in the worker: one thread imports

        workspace = self.workspace
        self._again = False
        self._tried = True

        def work(_progress: object, _cancel: object) -> SyncCounts | None:
            if sync.status(workspace) is None:
                return None  # in no team (or left it): nothing to do, nothing to note
            return sync.sync(workspace)

        task = Task(work)
        task.succeeded.connect(self._succeeded)
        task.failed.connect(self._failed)
        task.finished.connect(self._finished)
        self._task = task
        self.started.emit()
        task.start()
        return True

    def _succeeded(self, done: SyncCounts | None) -> None:
        self._again = False
        if done is None:
            self.stop()
            return
        self.last_failure = None
        self.joined(True)
        self.succeeded.emit(done)

    def _failed(self, reason: str) -> None:
        self.last_failure = reason
        self.failed.emit(reason)

    def _finished(self) -> None:
        self._task = None
        self.finished.emit()
        if self._again:
            self._again = False
            self.background_sync()
