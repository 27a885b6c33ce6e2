"""Checks of the sender's letterhead data before it is saved: what must be there, and an IBAN that
can actually be paid to (ISO 13616: country code, length of the country, check digits mod 97).

Each check returns the problems as ``(field, message)`` pairs in words a sales rep understands; an
empty list means the data can be saved. ``missing_company_details`` only advises: the mandatory
details on business letters (§ 35a GmbHG) are the sender's duty, not a reason to refuse saving.
"""

from __future__ import annotations

import re

from nspdesk.domain.letterhead import Sender
from nspdesk.domain.messages import QT_TRANSLATE_NOOP, Text

# IBAN lengths of the countries a German reseller's bank account is likely in (SEPA excerpt).
IBAN_LENGTHS = {
    "AT": 20,
    "BE": 16,
    "CH": 21,
    "CZ": 24,
    "DE": 22,
    "DK": 18,
    "ES": 24,
    "FI": 18,
    "FR": 27,
    "GB": 22,
    "IE": 22,
    "IT": 27,
    "LI": 21,
    "LU": 20,
    "NL": 18,
    "NO": 15,
    "PL": 28,
    "PT": 25,
    "SE": 24,
}
_IBAN_SHAPE = re.compile(r"[A-Z]{2}[0-9]{2}[A-Z0-9]{11,30}")
_BIC_SHAPE = re.compile(r"[A-Z]{4}[A-Z]{2}[A-Z0-9]{2}([A-Z0-9]{3})?")

Problem = tuple[str, str]  # (field of Sender, message: a Text)

IBAN_SHAPE = QT_TRANSLATE_NOOP(
    "Letterhead",
    "Die IBAN muss mit dem Ländercode und zwei Prüfziffern beginnen (z. B. DE89 …) und darf danach "
    "nur Buchstaben und Ziffern enthalten.",
)
IBAN_LENGTH = QT_TRANSLATE_NOOP(
    "Letterhead",
    "Eine IBAN aus {country} hat {expected} Stellen, diese hat {length}. Fehlt eine Ziffer oder "
    "ist eine zu viel?",
)
IBAN_CHECK_DIGITS = QT_TRANSLATE_NOOP(
    "Letterhead", "Die Prüfziffern der IBAN stimmen nicht: bitte auf Tippfehler prüfen."
)
BIC_SHAPE = QT_TRANSLATE_NOOP(
    "Letterhead", "Die BIC hat 8 oder 11 Zeichen: Bankcode, Ländercode, Ort (z. B. COBADEFFXXX)."
)
COMPANY_MISSING = QT_TRANSLATE_NOOP(
    "Letterhead", "Der Firmenname fehlt; er steht in jedem Briefkopf."
)


def compact_iban(iban: str) -> str:
    """Without spaces, upper case: ``de89 3704 …`` → ``DE893704…``."""
    return "".join(iban.split()).upper()


def format_iban(iban: str) -> str:
    """In groups of four, as printed on letters: ``DE89 3704 0044 0532 0130 00``."""
    compact = compact_iban(iban)
    return " ".join(compact[i : i + 4] for i in range(0, len(compact), 4))


def iban_problem(iban: str) -> Text | None:
    """Why ``iban`` is no valid IBAN, or None (also for an empty one: the IBAN is optional)."""
    compact = compact_iban(iban)
    if not compact:
        return None
    if not _IBAN_SHAPE.fullmatch(compact):
        return IBAN_SHAPE
    expected = IBAN_LENGTHS.get(compact[:2])
    if expected is not None and len(compact) != expected:
        return IBAN_LENGTH.format(country=compact[:2], expected=expected, length=len(compact))
    rearranged = compact[4:] + compact[:4]
    digits = "".join(str(int(char, 36)) for char in rearranged)
    if int(digits) % 97 != 1:
        return IBAN_CHECK_DIGITS
    return None


def bic_problem(bic: str) -> Text | None:
    """Why ``bic`` is no BIC (8 or 11 characters), or None (also for an empty one)."""
    compact = "".join(bic.split()).upper()
    if not compact or _BIC_SHAPE.fullmatch(compact):
        return None
    return BIC_SHAPE


def sender_problems(sender: Sender) -> list[Problem]:
    """What prevents saving ``sender``: a missing company name, an invalid IBAN or BIC."""
    problems: list[Problem] = []
    if not sender.company.strip():
        problems.append(("company", COMPANY_MISSING))
    iban = iban_problem(sender.iban)
    if iban:
        problems.append(("iban", iban))
    bic = bic_problem(sender.bic)
    if bic:
        problems.append(("bic", bic))
    return problems


def missing_company_details(sender: Sender) -> list[str]:
    """The mandatory details of business letters (§ 35a GmbHG: legal form, seat, register court
    and number, managing directors) that are still empty, by the sender form's labels. The seat is
    the city unless given on its own."""
    wanted = [
        ("Rechtsform", sender.legal_form),
        ("Sitz der Gesellschaft", sender.seat or sender.city),
        ("Registergericht", sender.register_court),
        ("Registernummer", sender.register_number),
        ("Geschäftsführung", ", ".join(sender.managing_directors)),
    ]
    return [label for label, value in wanted if not value.strip()]
