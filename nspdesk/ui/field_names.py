"""The user's words for the fields an ``InputError`` names (``lines[2].quantity`` → "Position 3,
Menge"), in the UI's language.

The services name a field by its path in the input (``tier_choice``, ``contacts[0].email``): right
for the CLI and for a program, meaningless in a dialog. The faces show ``described(error)`` instead
of ``error.field``. A path this table does not know is left out rather than shown raw: the message
itself still says what is wrong.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication

from nspdesk.domain.errors import InputError
from nspdesk.ui.i18n import QT_TRANSLATE_NOOP, show

CONTEXT = "FieldNames"

# The last name of a path (``lines[2].quantity`` → ``quantity``), as a person calls it.
NAMES = {
    "partner": QT_TRANSLATE_NOOP("FieldNames", "Partner"),
    "partner_id": QT_TRANSLATE_NOOP("FieldNames", "Partner"),
    "tier_choice": QT_TRANSLATE_NOOP("FieldNames", "Entscheidung zur Partnerstufe"),
    "tier_reason": QT_TRANSLATE_NOOP("FieldNames", "Grund für die erfasste Stufe"),
    "tier": QT_TRANSLATE_NOOP("FieldNames", "Partnerstufe"),
    "msp_level": QT_TRANSLATE_NOOP("FieldNames", "MSP-Umsatzniveau"),
    "track": QT_TRANSLATE_NOOP("FieldNames", "Produktlinie"),
    "quote_date": QT_TRANSLATE_NOOP("FieldNames", "Angebotsdatum"),
    "date": QT_TRANSLATE_NOOP("FieldNames", "Datum"),
    "valid_until": QT_TRANSLATE_NOOP("FieldNames", "Gültig bis"),
    "valid_from": QT_TRANSLATE_NOOP("FieldNames", "Gültig ab"),
    "subject": QT_TRANSLATE_NOOP("FieldNames", "Betreff"),
    "intro": QT_TRANSLATE_NOOP("FieldNames", "Einleitung"),
    "closing": QT_TRANSLATE_NOOP("FieldNames", "Schluss"),
    "contact_person": QT_TRANSLATE_NOOP("FieldNames", "Ansprechpartner"),
    "customer": QT_TRANSLATE_NOOP("FieldNames", "Endkunde"),
    "vat": QT_TRANSLATE_NOOP("FieldNames", "Umsatzsteuer"),
    "lines": QT_TRANSLATE_NOOP("FieldNames", "Positionen"),
    "quantity": QT_TRANSLATE_NOOP("FieldNames", "Menge"),
    "unit_price": QT_TRANSLATE_NOOP("FieldNames", "Listenpreis"),
    "list_price": QT_TRANSLATE_NOOP("FieldNames", "Listenpreis"),
    "extra_discount": QT_TRANSLATE_NOOP("FieldNames", "Zusatzrabatt"),
    "description": QT_TRANSLATE_NOOP("FieldNames", "Beschreibung"),
    "category": QT_TRANSLATE_NOOP("FieldNames", "Kategorie"),
    "unit": QT_TRANSLATE_NOOP("FieldNames", "Einheit"),
    "article_number": QT_TRANSLATE_NOOP("FieldNames", "Artikelnummer"),
    "name": QT_TRANSLATE_NOOP("FieldNames", "Name"),
    "company": QT_TRANSLATE_NOOP("FieldNames", "Firma"),
    "contacts": QT_TRANSLATE_NOOP("FieldNames", "Ansprechpartner"),
    "email": QT_TRANSLATE_NOOP("FieldNames", "E-Mail"),
    "year": QT_TRANSLATE_NOOP("FieldNames", "Jahr"),
    "users": QT_TRANSLATE_NOOP("FieldNames", "Benutzer"),
    "status": QT_TRANSLATE_NOOP("FieldNames", "Status"),
    "reason": QT_TRANSLATE_NOOP("FieldNames", "Begründung"),
    "done_on": QT_TRANSLATE_NOOP("FieldNames", "Erledigt am"),
    "completed_on": QT_TRANSLATE_NOOP("FieldNames", "Abgeschlossen am"),
    "edition": QT_TRANSLATE_NOOP("FieldNames", "Programm-Edition"),
    "max_extra_discount": QT_TRANSLATE_NOOP("FieldNames", "Höchster Zusatzrabatt"),
}
# A list's element in a path: "lines[2]" is the third position, "contacts[0]" the first contact.
ITEMS = {
    "lines": QT_TRANSLATE_NOOP("FieldNames", "Position {n}"),
    "contacts": QT_TRANSLATE_NOOP("FieldNames", "Ansprechpartner {n}"),
}
_PART = re.compile(r"(?P<name>[A-Za-z_]+)(?:\[(?P<index>\d+)\])?")


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def field_label(path: str) -> str:
    """``path`` in the user's words ("Position 3, Menge"); "" for none or a path not known here.

    A label that is already words (a column header the UI names itself, "Menge") is kept."""
    if not path:
        return ""
    parts: list[str] = []
    for piece in path.split("."):
        match = _PART.fullmatch(piece)
        if match is None:
            return ""
        name, index = match["name"], match["index"]
        if index is not None and name in ITEMS:
            parts.append(_tr(ITEMS[name]).format(n=int(index) + 1))
        elif name in NAMES:
            parts.append(_tr(NAMES[name]))
        elif not ("_" in name or name.islower()):
            parts.append(name)  # already the user's word
        else:
            return ""
    return ", ".join(parts)


def described(error: InputError) -> str:
    """The error as a person reads it: "Partner: Bitte einen Partner wählen." (no field path)."""
    message = show(error.message)
    label = field_label(error.field)
    return f"{label}: {message}" if label else message
