"""Einstellungen: the sender's letterhead, quote defaults, language, the database and its backups."""

from nspdesk.ui.views.settings_view.view import SettingsView

__all__ = ["SettingsView"]
