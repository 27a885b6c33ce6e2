"""A scroll area that scrolls only up and down, for pages taller than a small laptop's screen.

Its minimum width is its page's (a plain ``QScrollArea`` would let a layout squeeze the page and
then scroll it sideways); its minimum height is small, so a tall page no longer forces the window
beyond 640 px less the title bar and the task bar.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
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
