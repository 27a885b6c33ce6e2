"""German VAT on quotes: 19 % on the net total, or the reverse-charge note for EU businesses."""

from __future__ import annotations

from decimal import Decimal
from enum import StrEnum

from nspdesk.domain.messages import QT_TRANSLATE_NOOP, Text

STANDARD_RATE = Decimal(19)

# Printed on the quote in German; the quote editor shows it in the UI's language.
REVERSE_CHARGE_NOTE = QT_TRANSLATE_NOOP(
    "Vat",
    "Steuerschuldnerschaft des Leistungsempfängers (Reverse Charge): "
    "Die Umsatzsteuer schuldet der Leistungsempfänger (§ 13b UStG, Art. 196 MwStSystRL).",
)


class VatMode(StrEnum):
    STANDARD = "standard"
    REVERSE_CHARGE = "reverse-charge"

    @property
    def rate(self) -> Decimal:
        return STANDARD_RATE if self is VatMode.STANDARD else Decimal(0)

    @property
    def note(self) -> Text | None:
        return REVERSE_CHARGE_NOTE if self is VatMode.REVERSE_CHARGE else None
