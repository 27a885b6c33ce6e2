"""Programm: the edition in force, its tiers side by side, the support model, printable overviews."""

from nspdesk.ui.views.program.view import ProgramView

__all__ = ["ProgramView"]
