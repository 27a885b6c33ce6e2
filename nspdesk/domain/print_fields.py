"""The names of a printed Angebot's texts, as a warning about characters that cannot print names
them ("Position 2 (Beschreibung): 😀 (U+1F600)"): German, with their English wording in the UI
catalog (``nspdesk.domain.messages``)."""

from __future__ import annotations

from nspdesk.domain.messages import QT_TRANSLATE_NOOP

CONTEXT = "PrintFields"
SENDER = QT_TRANSLATE_NOOP("PrintFields", "Absender")
RECIPIENT = QT_TRANSLATE_NOOP("PrintFields", "Empfänger")
NUMBER = QT_TRANSLATE_NOOP("PrintFields", "Angebotsnummer")
CUSTOMER_NUMBER = QT_TRANSLATE_NOOP("PrintFields", "Kundennummer")
CONTACT = QT_TRANSLATE_NOOP("PrintFields", "Ansprechpartner")
SUBJECT = QT_TRANSLATE_NOOP("PrintFields", "Betreff")
INTRO = QT_TRANSLATE_NOOP("PrintFields", "Einleitung")
LINE_DESCRIPTION = QT_TRANSLATE_NOOP("PrintFields", "Position {position} (Beschreibung)")
LINE_UNIT = QT_TRANSLATE_NOOP("PrintFields", "Position {position} (Einheit)")
RECIPIENT_VAT_ID = QT_TRANSLATE_NOOP("PrintFields", "USt-IdNr. des Empfängers")
PAYMENT_TERMS = QT_TRANSLATE_NOOP("PrintFields", "Zahlungsbedingungen")
CLOSING = QT_TRANSLATE_NOOP("PrintFields", "Schluss")
