"""Einstellungen (being built)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout

from nspdesk.ui.context import AppContext
from nspdesk.ui.views.base import WorkspaceView


class SettingsView(WorkspaceView):
    view_id = "settings"
    title = "Einstellungen"

    def __init__(self, context: AppContext) -> None:
        super().__init__(context)
        QVBoxLayout(self).addWidget(QLabel("Einstellungen"))
