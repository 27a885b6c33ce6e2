"""What the main window expects of a workspace view.

The window's menu actions (Ctrl+N, Ctrl+P, Ctrl+S, Ctrl+F) call these methods on the current view; a
view returns False for an action it does not offer, and the window says so in the status bar.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:  # the store behind the context is imported after the window's frame is shown
    from nspdesk.ui.context import AppContext


class WorkspaceView(QWidget):
    """Base class: subclasses set ``view_id`` and ``title`` and override what they offer.

    The class attribute ``title`` is the German source; each view sets ``self.title =
    self.tr("…")`` in its ``__init__`` so that the navigation and the menu show it translated
    (``tr()`` needs the concrete class as its context, which a base class cannot give).
    """

    view_id = ""
    title = ""
    status = Signal(str)  # a message for the status bar

    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self.context = context
        self.setObjectName(f"view-{self.view_id}")
        self._just_built = False  # see ``read_when_built``
        self._building = True  # until the event loop's next turn (``built_this_turn``)
        QTimer.singleShot(0, self, self._built_settled)

    def activated(self) -> None:
        """Called when the view is shown: refresh from the store."""

    def read_when_built(self) -> None:
        """Called at the end of a constructor that read the view's rows: the main window activates
        a view right after building it, in the same turn of the event loop, so ``just_built`` tells
        ``activated`` that nothing can have changed since (a second read of the same rows was half
        of the first opening's GUI pause, issue 20)."""
        self._just_built = True

    def _built_settled(self) -> None:
        self._building = self._just_built = False

    def built_this_turn(self) -> bool:
        """Whether the view was built in this turn of the event loop (the main window builds a
        view and activates it in one turn)."""
        return self._building

    def just_built(self) -> bool:
        """True once, when the view read its rows in this turn of the event loop."""
        built, self._just_built = self._just_built, False
        return built

    def new_item(self) -> bool:
        return False

    def export_pdf(self) -> bool:
        return False

    def save(self) -> bool:
        return False

    def focus_search(self) -> bool:
        return False

    def has_unsaved_changes(self) -> bool:
        return False
