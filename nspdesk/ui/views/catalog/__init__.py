"""Katalog: articles with today's price, their price history, editing, import and export."""

from nspdesk.ui.views.catalog.view import CatalogView

__all__ = ["CatalogView"]
