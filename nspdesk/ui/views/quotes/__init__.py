"""Angebote: the list of quotes and the quote editor."""

from __future__ import annotations

from nspdesk.ui.views.quotes.view import QuotesView

__all__ = ["QuotesView"]
