"""Fällig: what needs action, most urgent first, with a one-click way to act."""

from nspdesk.ui.views.due.view import DueView

__all__ = ["DueView"]
