"""Writing checked rows into the database: all of them in one transaction, or none.

What the database already holds is checked inside the same write transaction that changes it, so no
other writer can slip a duplicate in between. An article is identified by (Artikelnummer, Gültig ab):
the same article with a new date is a new price (the history is kept), the same pair again is a
duplicate. A partner is identified by its Kundennummer. Duplicates of what is stored are refused,
each with its line, unless ``update`` is given: then the stored record takes the file's values, but
only for the columns the file has. A dry run does everything, then rolls back.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, selectinload

from nspdesk.domain.messages import QT_TRANSLATE_NOOP, Text, plural
from nspdesk.domain.program import Program
from nspdesk.store.database import Database
from nspdesk.store.models import CatalogItem, Contact, Partner
from nspdesk.store.transfer.columns import CONTACT_KEYS, PARTNER_COLUMNS
from nspdesk.store.transfer.problems import ImportRejected, Problem, TransferError, quoted
from nspdesk.store.transfer.reading import read_table
from nspdesk.store.transfer.validate import (
    CatalogRow,
    Checked,
    PartnerRow,
    validate_catalog,
    validate_partners,
)

UPDATE_HINT = QT_TRANSLATE_NOOP(
    "Import", "vorhandene Einträge werden nur mit --update überschrieben"
)
ARTICLE_STORED = QT_TRANSLATE_NOOP(
    "Import", "{article} mit Gültig ab {day} gibt es schon in der Datenbank; {hint}"
)
CUSTOMER_AMBIGUOUS = QT_TRANSLATE_NOOP(
    "Import", "{number} ist in der Datenbank {count}-mal vergeben; der Partner ist nicht eindeutig"
)
TRACK_CHANGE = QT_TRANSLATE_NOOP(
    "Import",
    "ändert die Spur von {old} zu {new}; dafür braucht die Datei auch die Spalten Stufe und "
    "MSP-Stufe",
)
CUSTOMER_STORED = QT_TRANSLATE_NOOP(
    "Import", "{number} gibt es schon in der Datenbank ({company}); {hint}"
)
CHANGED_MEANWHILE = QT_TRANSLATE_NOOP(
    "Import",
    "Die Datenbank wurde während des Imports von anderer Stelle geändert; bitte noch einmal "
    "importieren. Nichts importiert.",
)
# The summary: how many rows ("1 Artikel", "3 Partner"), then what became of them.
ROWS = {
    "Artikel": (
        QT_TRANSLATE_NOOP("Import", "1 Artikel"),
        QT_TRANSLATE_NOOP("Import", "{n} Artikel"),
    ),
    "Partner": (
        QT_TRANSLATE_NOOP("Import", "1 Partner"),
        QT_TRANSLATE_NOOP("Import", "{n} Partner"),
    ),
}
DRY_RUN = QT_TRANSLATE_NOOP(
    "Import",
    "Probelauf, nichts gespeichert: {rows} geprüft; {created} würden neu angelegt, {updated} "
    "aktualisiert, {unchanged} blieben unverändert.",
)
IMPORTED = QT_TRANSLATE_NOOP(
    "Import", "{rows} importiert: {created} neu, {updated} aktualisiert, {unchanged} unverändert."
)
_CATALOG_FIELDS = ("name", "category", "unit", "list_price", "example_price")
_OPTIONAL_CATALOG_FIELDS = frozenset({"unit", "example_price"})
_PARTNER_FIELDS = tuple(c.key for c in PARTNER_COLUMNS if c.key not in CONTACT_KEYS)
_CONTACT_FIELDS = {
    "contact_salutation": "salutation",
    "contact_title": "title",
    "contact_name": "name",
    "contact_role": "role",
    "contact_email": "email",
    "contact_phone": "phone",
}


@dataclass(frozen=True)
class ImportReport:
    what: str  # "Artikel" or "Partner"
    created: int
    updated: int
    unchanged: int
    dry_run: bool

    @property
    def rows(self) -> int:
        return self.created + self.updated + self.unchanged

    def summary(self) -> Text:
        one, other = ROWS[self.what]
        template = DRY_RUN if self.dry_run else IMPORTED
        return template.format(
            rows=plural(self.rows, one, other),
            created=self.created,
            updated=self.updated,
            unchanged=self.unchanged,
        )


_Apply = Callable[[Session], ImportReport]


class _DryRunDoneError(Exception):
    """Raised out of the write transaction after a dry run, so that it rolls back."""

    def __init__(self, report: ImportReport) -> None:
        self.report = report


def load_catalog(path: Path, program: Program) -> Checked[CatalogRow]:
    """Read and check a catalog file; ``ImportRejected`` lists every problem."""
    return validate_catalog(read_table(path), program)


def load_partners(path: Path, program: Program) -> Checked[PartnerRow]:
    return validate_partners(read_table(path), program)


def import_catalog(
    database: Database, checked: Checked[CatalogRow], *, update: bool = False, dry_run: bool = False
) -> ImportReport:
    return _in_transaction(database, lambda s: apply_catalog(s, checked, update, dry_run))


def import_partners(
    database: Database, checked: Checked[PartnerRow], *, update: bool = False, dry_run: bool = False
) -> ImportReport:
    return _in_transaction(database, lambda s: apply_partners(s, checked, update, dry_run))


def _in_transaction(database: Database, apply: _Apply) -> ImportReport:
    try:
        with database.write() as session:
            report = apply(session)
            session.flush()
            if report.dry_run:
                raise _DryRunDoneError(report)
    except _DryRunDoneError as rollback:
        return rollback.report
    except IntegrityError:
        raise TransferError(CHANGED_MEANWHILE) from None
    return report


def apply_catalog(
    session: Session, checked: Checked[CatalogRow], update: bool, dry_run: bool = False
) -> ImportReport:
    """Add or update the catalog rows in ``session``'s transaction; refuses duplicates of stored
    articles unless ``update``."""
    stored: dict[tuple[str, date], CatalogItem] = {
        (item.article_number, item.valid_from): item
        for item in session.scalars(select(CatalogItem))
    }
    if not update:
        _refuse_if_any(
            Problem(
                row.line,
                "Artikelnummer",
                ARTICLE_STORED.format(
                    article=quoted(row.article_number), day=row.valid_from, hint=UPDATE_HINT
                ),
            )
            for row in checked.rows
            if (row.article_number, row.valid_from) in stored
        )
    fields = [
        f for f in _CATALOG_FIELDS if f not in _OPTIONAL_CATALOG_FIELDS or f in checked.columns
    ]
    created = updated = unchanged = 0
    for row in checked.rows:
        item = stored.get((row.article_number, row.valid_from))
        if item is None:
            session.add(
                CatalogItem(
                    article_number=row.article_number,
                    valid_from=row.valid_from,
                    **{f: getattr(row, f) for f in _CATALOG_FIELDS},
                )
            )
            created += 1
        elif _assign(item, row, fields):
            updated += 1
        else:
            unchanged += 1
    return ImportReport("Artikel", created, updated, unchanged, dry_run)


def apply_partners(
    session: Session, checked: Checked[PartnerRow], update: bool, dry_run: bool = False
) -> ImportReport:
    """Add or update partners (matched by Kundennummer) and their main contact."""
    stored: dict[str, list[Partner]] = defaultdict(list)
    for partner in session.scalars(select(Partner).options(selectinload(Partner.contacts))):
        if partner.customer_number:
            stored[partner.customer_number].append(partner)
    problems = []
    for row in checked.rows:
        matches = stored.get(row.customer_number, [])
        if len(matches) > 1:
            problems.append(
                Problem(
                    row.line,
                    "Kundennummer",
                    CUSTOMER_AMBIGUOUS.format(
                        number=quoted(row.customer_number), count=len(matches)
                    ),
                )
            )
        elif (
            matches
            and matches[0].track != row.track
            and not {"tier", "msp_level"} <= checked.columns
        ):
            problems.append(
                Problem(
                    row.line,
                    "Spur",
                    TRACK_CHANGE.format(old=matches[0].track, new=row.track),
                )
            )
        elif matches and not update:
            problems.append(
                Problem(
                    row.line,
                    "Kundennummer",
                    CUSTOMER_STORED.format(
                        number=quoted(row.customer_number),
                        company=matches[0].company,
                        hint=UPDATE_HINT,
                    ),
                )
            )
    _refuse_if_any(problems)
    fields = [f for f in _PARTNER_FIELDS if f in checked.columns]
    contact_fields = [f for f in _CONTACT_FIELDS if f in checked.columns]
    created = updated = unchanged = 0
    for row in checked.rows:
        existing = stored.get(row.customer_number)
        if existing is None:
            partner = Partner(**{f: getattr(row, f) for f in _PARTNER_FIELDS})
            _set_contact(partner, row, contact_fields)
            session.add(partner)
            created += 1
            continue
        changed = _assign(existing[0], row, fields)
        if _set_contact(existing[0], row, contact_fields) or changed:
            updated += 1
        else:
            unchanged += 1
    return ImportReport("Partner", created, updated, unchanged, dry_run)


def _set_contact(partner: Partner, row: PartnerRow, fields: list[str]) -> bool:
    """The file's contact columns describe the main contact. All empty: contacts stay as they are
    (a file never deletes a contact); otherwise the main contact gets them, made if there is none."""
    if not any(getattr(row, f) for f in fields):
        return False
    contact = partner.main_contact
    if contact is None:
        contact = Contact(name="", primary=True)
        partner.contacts.append(contact)
    changed = False
    for field in fields:
        value = getattr(row, field)
        if getattr(contact, _CONTACT_FIELDS[field]) != value:
            setattr(contact, _CONTACT_FIELDS[field], value)
            changed = True
    return changed


def _assign(record: object, row: object, fields: list[str]) -> bool:
    """Copy ``fields`` from ``row`` to ``record``; whether anything changed."""
    changed = False
    for field in fields:
        value = getattr(row, field)
        if getattr(record, field) != value:
            setattr(record, field, value)
            changed = True
    return changed


def _refuse_if_any(problems: Iterable[Problem]) -> None:
    found = list(problems)
    if found:
        raise ImportRejected(found)
