"""Whether the network has come back, from the system's own view of it (Qt's
``QNetworkInformation``), told once the connection has settled (docs/sync.md, "In the app").

``NetworkWatch.online`` is emitted when the network's reachability rises to *Site* (a network
beyond this machine: the office's, where the team database may live without any internet) or to
*Online*, and stays there for ``SETTLE_SECONDS``: a connection that flaps (Wi-Fi at the edge of its
range, a VPN coming up) restarts the wait each time it rises and cancels it each time it drops, so
it gives one signal, not ten. Where the platform offers no backend (headless CI, some systems),
``available`` is False and the signal never comes: whoever listens keeps its timer. QtNetwork is
imported only when a watch starts (a device in a team), not at the app's start.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

if TYPE_CHECKING:
    from PySide6.QtNetwork import QNetworkInformation

SETTLE_SECONDS: float = 5  # the connection stays up this long before it counts as back

# The levels of ``QNetworkInformation.Reachability`` by value: Unknown 0, Disconnected 1, Local 2,
# Site 3, Online 4. Reachable enough for a team database: on the site's network (an office
# server) or the internet.
SITE = 3
ONLINE = 4


def system_information() -> QNetworkInformation | None:
    """The system's network information with reachability, or None where no backend offers it.
    Loaded once per process (Qt keeps it); needs the application object."""
    from PySide6.QtNetwork import QNetworkInformation

    if not QNetworkInformation.loadBackendByFeatures(QNetworkInformation.Feature.Reachability):
        return None
    return QNetworkInformation.instance()


def _value(level: QNetworkInformation.Reachability | int) -> int:
    """A reachability (the enum, or its value) as its value."""
    return level if isinstance(level, int) else int(level.value)


class NetworkWatch(QObject):
    """``online``: the network came back and settled (see the module's docstring)."""

    online = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._level = 0  # unknown
        self._settle = QTimer(self)  # a child: never fires after the watch is gone
        self._settle.setSingleShot(True)
        self._settle.timeout.connect(self._settled)
        self.available = False
        self._started = False

    def start(self) -> bool:
        """Listen to the system (once); whether it can tell (``available``)."""
        if not self._started:
            self._started = True
            information = system_information()
            if information is not None:
                self.available = True
                self._level = _value(information.reachability())
                information.reachabilityChanged.connect(self.reachability_changed)
        return self.available

    def reachability_changed(self, reachability: QNetworkInformation.Reachability) -> None:
        """The system's reachability changed (the signal's slot; tests call it)."""
        level = _value(reachability)
        was, self._level = self._level, level
        if level < SITE:
            self._settle.stop()  # gone again before it settled: nothing to tell
        elif level > was:
            # up, or from the site's network to the internet (a VPN, a portal passed): wait until
            # it stays; each rise starts the wait again
            self._settle.start(int(SETTLE_SECONDS * 1000))

    def pending(self) -> bool:
        """Whether a rise is waiting to settle."""
        return self._settle.isActive()

    def _settled(self) -> None:
        if self._level >= SITE:
            self.online.emit()
