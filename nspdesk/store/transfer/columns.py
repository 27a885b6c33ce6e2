"""The columns of the import and export files: German headers, what each holds, what is required.

This is the file format. Headers are matched forgivingly (case, spaces, dots and hyphens, ``ä``/``ae``
and ``ß``/``ss`` do not matter), but a column the program does not know is refused by name rather than
ignored: a misspelt "Listenpries" must not silently leave the prices out.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass
from enum import Enum

from sqlalchemy import String, inspect

from nspdesk.store.models import Base, CatalogItem, Contact, Partner


class Kind(Enum):
    TEXT = "Text"
    PRICE = "Betrag"
    DATE = "Datum"
    FLAG = "ja/nein"


@dataclass(frozen=True)
class Column:
    key: str  # attribute of the validated row
    header: str  # the German header written on export
    kind: Kind
    required: bool  # the column must be in the file and every cell filled
    max_length: int | None = None  # text: what the database column holds
    description: str = ""


def _length(model: type[Base], attribute: str) -> int | None:
    """The length of a model's ``String`` column, so validation refuses what the database would."""
    column_type = inspect(model).columns[attribute].type
    return column_type.length if isinstance(column_type, String) else None


CATALOG_COLUMNS: tuple[Column, ...] = (
    Column(
        "article_number",
        "Artikelnummer",
        Kind.TEXT,
        True,
        _length(CatalogItem, "article_number"),
        "zusammen mit „Gültig ab“ eindeutig",
    ),
    Column("name", "Bezeichnung", Kind.TEXT, True, _length(CatalogItem, "name")),
    Column(
        "category",
        "Kategorie",
        Kind.TEXT,
        True,
        _length(CatalogItem, "category"),
        "Kategorie des Partnerprogramms, z. B. server-license",
    ),
    Column("unit", "Einheit", Kind.TEXT, False, _length(CatalogItem, "unit"), "leer: Stück"),
    Column("list_price", "Listenpreis", Kind.PRICE, True, None, "Euro netto, höchstens 4 Stellen"),
    Column("valid_from", "Gültig ab", Kind.DATE, True, None, "ab diesem Tag gilt der Preis"),
    Column(
        "example_price",
        "Beispielpreis",
        Kind.FLAG,
        False,
        None,
        "ja: kein echter Listenpreis (Demodaten)",
    ),
)

PARTNER_COLUMNS: tuple[Column, ...] = (
    Column(
        "customer_number",
        "Kundennummer",
        Kind.TEXT,
        True,
        _length(Partner, "customer_number"),
        "eindeutig; daran wird ein vorhandener Partner erkannt",
    ),
    Column("company", "Firma", Kind.TEXT, True, _length(Partner, "company")),
    Column("street", "Straße", Kind.TEXT, False, _length(Partner, "street")),
    Column("postal_code", "PLZ", Kind.TEXT, False, _length(Partner, "postal_code")),
    Column("city", "Ort", Kind.TEXT, False, _length(Partner, "city")),
    Column("country", "Land", Kind.TEXT, False, _length(Partner, "country"), "leer: Deutschland"),
    Column("vat_id", "USt-IdNr.", Kind.TEXT, False, _length(Partner, "vat_id")),
    Column("website", "Website", Kind.TEXT, False, _length(Partner, "website"), "http(s)://…"),
    Column(
        "backlink_url",
        "Backlink-URL",
        Kind.TEXT,
        False,
        _length(Partner, "backlink_url"),
        "die Seite mit dem Link auf www.nospamproxy.de",
    ),
    Column("track", "Spur", Kind.TEXT, True, _length(Partner, "track"), "server, cloud oder msp"),
    Column(
        "tier",
        "Stufe",
        Kind.TEXT,
        False,
        _length(Partner, "tier"),
        "eine Stufe der Spur; leer: noch kein Partner",
    ),
    Column(
        "msp_level",
        "MSP-Stufe",
        Kind.TEXT,
        False,
        _length(Partner, "msp_level"),
        "nur Spur msp: business oder premium",
    ),
    Column(
        "reseller_only",
        "Nur Wiederverkauf",
        Kind.FLAG,
        False,
        None,
        "ja: verkauft Server nur mit Hersteller-Supportvertrag (HSV)",
    ),
    Column("partner_since", "Partner seit", Kind.DATE, False),
    Column(
        "contact_salutation",
        "Anrede",
        Kind.TEXT,
        False,
        _length(Contact, "salutation"),
        "Frau, Herr oder leer (Briefe grüßen dann „Sehr geehrte Damen und Herren“)",
    ),
    Column("contact_title", "Titel", Kind.TEXT, False, _length(Contact, "title"), "z. B. Dr."),
    Column(
        "contact_name",
        "Ansprechpartner",
        Kind.TEXT,
        False,
        _length(Contact, "name"),
        "der Hauptansprechpartner",
    ),
    Column("contact_role", "Funktion", Kind.TEXT, False, _length(Contact, "role")),
    Column("contact_email", "E-Mail", Kind.TEXT, False, _length(Contact, "email")),
    Column("contact_phone", "Telefon", Kind.TEXT, False, _length(Contact, "phone")),
    Column("notes", "Notizen", Kind.TEXT, False),
)

CONTACT_KEYS = frozenset(
    {
        "contact_salutation",
        "contact_title",
        "contact_name",
        "contact_role",
        "contact_email",
        "contact_phone",
    }
)

_FOLD = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", " ": None, ".": None, "-": None, "_": None})


def fold(header: str) -> str:
    """The form in which headers are compared: ``"USt-IdNr."``, ``"ust idnr"`` and ``"UST-IDNR"``
    are the same column, and so are ``"Straße"`` and ``"Strasse"``."""
    return " ".join(header.split()).casefold().translate(_FOLD)


def by_folded_header(columns: tuple[Column, ...]) -> dict[str, Column]:
    return {fold(column.header): column for column in columns}


def suggestion(header: str, columns: tuple[Column, ...]) -> str | None:
    """The known header closest to a misspelt one, if any is close."""
    known = by_folded_header(columns)
    close = difflib.get_close_matches(fold(header), list(known), n=1, cutoff=0.75)
    return known[close[0]].header if close else None
