"""The UI's names of the store's quote values: statuses, audit-trail actions, changed fields.

The store and the domain name them in German (``nspdesk.store.quotes.STATUS_NAMES``, ``ACTIONS``,
``nspdesk.domain.revision_diff.FIELDS``) for the CLI and the printed documents; the UI shows them in
its own language from these tables, keyed by the stored value. A value missing here (a newer store)
falls back to the store's German name.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from nspdesk.domain.revision_diff import FIELDS
from nspdesk.services.quotes import ACTIONS, STATUS_NAMES, Status
from nspdesk.ui.i18n import QT_TRANSLATE_NOOP

STATUSES = {
    Status.DRAFT: QT_TRANSLATE_NOOP("QuoteStatus", "Entwurf"),
    Status.SENT: QT_TRANSLATE_NOOP("QuoteStatus", "Versendet"),
    Status.ACCEPTED: QT_TRANSLATE_NOOP("QuoteStatus", "Angenommen"),
    Status.REJECTED: QT_TRANSLATE_NOOP("QuoteStatus", "Abgelehnt"),
    Status.EXPIRED: QT_TRANSLATE_NOOP("QuoteStatus", "Abgelaufen"),
}
EVENTS = {
    "created": QT_TRANSLATE_NOOP("QuoteEvents", "angelegt"),
    "saved": QT_TRANSLATE_NOOP("QuoteEvents", "geändert"),
    "priced": QT_TRANSLATE_NOOP("QuoteEvents", "Stufe entschieden"),
    "sent": QT_TRANSLATE_NOOP("QuoteEvents", "versendet"),
    "revised": QT_TRANSLATE_NOOP("QuoteEvents", "neue Revision"),
    "accepted": QT_TRANSLATE_NOOP("QuoteEvents", "angenommen"),
    "rejected": QT_TRANSLATE_NOOP("QuoteEvents", "abgelehnt"),
    "expired": QT_TRANSLATE_NOOP("QuoteEvents", "abgelaufen"),
    "duplicated": QT_TRANSLATE_NOOP("QuoteEvents", "kopiert"),
    "repriced": QT_TRANSLATE_NOOP("QuoteEvents", "neu berechnet"),
}
CHANGED_FIELDS = {
    "description": QT_TRANSLATE_NOOP("QuoteDiffFields", "Beschreibung"),
    "quantity": QT_TRANSLATE_NOOP("QuoteDiffFields", "Menge"),
    "unit_price": QT_TRANSLATE_NOOP("QuoteDiffFields", "Einzelpreis"),
    "discount_percent": QT_TRANSLATE_NOOP("QuoteDiffFields", "Rabatt"),
    "extra_discount": QT_TRANSLATE_NOOP("QuoteDiffFields", "Zusatzrabatt"),
    "net": QT_TRANSLATE_NOOP("QuoteDiffFields", "Gesamt"),
}


def status_name(status: str) -> str:
    """``"draft"`` → ``Entwurf`` (English ``Draft``)."""
    try:
        key = Status(status)
    except ValueError:
        return status
    if key not in STATUSES:
        return STATUS_NAMES.get(key, status)
    return QCoreApplication.translate("QuoteStatus", STATUSES[key])


def event_name(action: str) -> str:
    """An audit-trail action (``"sent"``) as the Verlauf tab shows it."""
    if action not in EVENTS:
        return ACTIONS.get(action, action)
    return QCoreApplication.translate("QuoteEvents", EVENTS[action])


def field_name(field: str) -> str:
    """A changed field of a line (a key of ``revision_diff.FIELDS``)."""
    if field not in CHANGED_FIELDS:
        return FIELDS.get(field, field)
    return QCoreApplication.translate("QuoteDiffFields", CHANGED_FIELDS[field])
