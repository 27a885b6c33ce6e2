"""Katalog (being built)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout

from nspdesk.ui.context import AppContext
from nspdesk.ui.views.base import WorkspaceView


class CatalogView(WorkspaceView):
    view_id = "catalog"
    title = "Katalog"

    def __init__(self, context: AppContext) -> None:
        super().__init__(context)
        QVBoxLayout(self).addWidget(QLabel("Katalog"))
