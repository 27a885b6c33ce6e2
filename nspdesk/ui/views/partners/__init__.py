"""Partner: the list with its traffic light, one partner's records, dashboard and backlink check."""

from nspdesk.ui.views.partners.view import PartnersView

__all__ = ["PartnersView"]
