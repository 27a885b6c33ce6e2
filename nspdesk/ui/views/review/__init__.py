"""Jahresüberprüfung: the annual review of the partner tiers, its decisions, letters and exports."""

from nspdesk.ui.views.review.view import ReviewView

__all__ = ["ReviewView"]
