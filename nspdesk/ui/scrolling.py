"""A scroll area that scrolls only up and down, for pages taller than a small laptop's screen.

Its minimum width is its page's (a plain ``QScrollArea`` would let a layout squeeze the page and
then scroll it sideways); its minimum height is small, so a tall page no longer forces the window
beyond 640 px less the title bar and the task bar.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QFrame, QScrollArea, QWidget

MIN_HEIGHT = 120  # px: a few lines of the page stay in view


class VerticalScroll(QScrollArea):
    def __init__(self, page: QWidget, name: str = "") -> None:
        super().__init__()
        if name:
            self.setObjectName(name)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setWidget(page)

    def minimumSizeHint(self) -> QSize:
        page = self.widget()
        width = page.minimumSizeHint().width() if page is not None else 0
        bar = self.verticalScrollBar().sizeHint().width()
        return QSize(width + bar + 2 * self.frameWidth(), MIN_HEIGHT)

    def sizeHint(self) -> QSize:
        page = self.widget()
        hint = page.sizeHint() if page is not None else QSize(0, 0)
        bar = self.verticalScrollBar().sizeHint().width()
        return QSize(hint.width() + bar, hint.height())


class ViewScroll(QScrollArea):
    """The main window's frame around a workspace view: the view fills the window and scrolls
    only when the window is smaller than the view's minimum size.

    A plain resizable ``QScrollArea`` makes a view whose layout has a height-for-width (any
    word-wrapped label) as tall as its *preferred* height for the width, so the quote editor
    scrolled at 640 px though its tables could well be shorter; here the view gets the viewport's
    size, at least its minimum size, and its layout shares out the height.
    """

    def __init__(self, view: QWidget) -> None:
        super().__init__()
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # no invisible stop for Tab
        self.setWidgetResizable(False)
        self.setWidget(view)
        view.installEventFilter(self)

    def _fit(self) -> None:
        view = self.widget()
        if view is None:
            return
        least = view.minimumSizeHint().expandedTo(view.minimumSize())
        room = self.maximumViewportSize()  # the viewport without scroll bars
        width = max(room.width(), least.width())
        height = max(room.height(), least.height())
        bar = self.verticalScrollBar().sizeHint().width()
        if height > room.height():  # a vertical bar takes width
            width = max(room.width() - bar, least.width())
        if width > room.width():  # a horizontal bar takes height
            height = max(room.height() - bar, least.height())
        if view.size() != QSize(width, height):
            view.resize(width, height)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.widget() and event.type() == QEvent.Type.LayoutRequest:
            self._fit()
        return super().eventFilter(watched, event)
