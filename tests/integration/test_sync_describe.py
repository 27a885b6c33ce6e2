"""The list of conflicts names things and fields as the app does (docs/sync.md, "Conflicts").

Issue #19: "both versions are kept and the person sees a conflict to resolve (in the app, and
`nspdesk sync conflicts`)": a person needs "Gültig bis" and "Angebot A-2026-A-0001 (Hub GmbH),
Revision 1", not ``valid_until`` and a row id.
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from nspdesk.domain.editions import ProgramLibrary
from nspdesk.domain.messages import Lookup, Text
from nspdesk.services import sync
from nspdesk.services.workspace import open_workspace
from nspdesk.store import quotes
from nspdesk.store.models import Contact, Partner
from nspdesk.store.opening import Store
from nspdesk.store.sync import labels, team
from nspdesk.store.sync.tables import travelling
from tests.integration import factories
from tests.integration.sync_setup import hub_store, joined


@pytest.fixture
def hub(tmp_path: Path) -> Iterator[Store]:
    with hub_store("sqlite", tmp_path) as opened:
        with opened.database.write() as session:
            partner = factories.partner(session, company="Hub GmbH")
            session.add(Contact(partner_id=partner.id, name="Anna Hub", email="anna@hub.de"))
        yield opened


@dataclasses.dataclass(frozen=True)
class English:
    """A reader of English with a catalog of a few words (the real one is the UI's .qm file)."""

    words: dict[str, str]
    language: str = "en"
    locale: str = "en_GB"

    def text(self, context: str, source: str) -> str:
        return self.words.get(source, source)


def _partner_id(store: Store) -> int:
    with store.database.read() as session:
        return session.scalars(select(Partner.id)).one()


def _conflicts(tmp_path: Path, name: str) -> list[sync.ConflictEntry]:
    workspace = open_workspace(str(tmp_path / f"{name}.sqlite3"))
    try:
        return sync.conflicts(workspace)
    finally:
        workspace.close()


def test_a_draft_changed_on_two_sides_is_named_by_number_partner_and_revision(
    hub: Store, tmp_path: Path, library: ProgramLibrary
) -> None:
    a, b = joined(hub, tmp_path, "A"), joined(hub, tmp_path, "B")
    with a.database.write() as session:
        quote = quotes.create_quote(
            session, library, factories.quote_input(_partner_id(a), date(2026, 11, 25))
        )
        number = quote.number
    team.sync(a.database, hub.database)
    team.sync(b.database, hub.database)
    for device, until in ((a, date(2026, 12, 31)), (b, date(2027, 1, 15))):
        with device.database.write() as session:
            found = quotes.find_by_number(session, number)
            data = quotes.input_from_revision(found.partner_id, found.current)
            quotes.update_draft(
                session, library, found.id, dataclasses.replace(data, valid_until=until)
            )
    team.sync(a.database, hub.database)
    assert team.sync(b.database, hub.database).conflicts >= 1
    a.close()
    b.close()

    listed = _conflicts(tmp_path, "B")
    [revision] = [c for c in listed if c.table == "quote_revisions"]
    assert revision.thing == f"Angebot {number} (Hub GmbH)" == "Angebot A-2026-A-0001 (Hub GmbH)"
    assert revision.part == "Revision 1"
    assert revision.why == "hier und im Team gleichzeitig angelegt"
    [field] = [f for f in revision.fields if f.name == "valid_until"]
    assert (field.label, field.mine, field.theirs) == ("Gültig bis", "2027-01-15", "2026-12-31")
    assert (field.mine_shown, field.theirs_shown) == ("15.01.2027", "31.12.2026")
    # the UI renders the same texts in its language (here a reader of English)
    english: Lookup = English({"Gültig bis": "Valid until", "Revision {name}": "Revision {name}"})
    assert isinstance(field.label, Text) and field.label.render(english) == "Valid until"
    assert isinstance(field.mine_shown, Text) and field.mine_shown.render(english) == "15 Jan 2027"
    assert isinstance(revision.part, Text) and revision.part.render(english) == "Revision 1"


def test_a_contact_changed_on_two_sides_names_the_partner_and_the_contact(
    hub: Store, tmp_path: Path
) -> None:
    a, b = joined(hub, tmp_path, "A"), joined(hub, tmp_path, "B")
    for device, email in ((a, "anna@a.de"), (b, "anna@b.de")):
        with device.database.write() as session:
            contact = session.scalars(select(Contact)).one()
            contact.email = email
            contact.primary = device is a
    team.sync(a.database, hub.database)
    team.sync(b.database, hub.database)
    a.close()
    b.close()

    [conflict] = _conflicts(tmp_path, "B")
    assert (conflict.thing, conflict.part) == ("Partner Hub GmbH", "Ansprechpartner Anna Hub")
    shown = {f.label: (f.mine_shown, f.theirs_shown) for f in conflict.fields}
    assert shown == {"E-Mail": ("anna@b.de", "anna@a.de"), "Hauptkontakt": ("nein", "ja")}
    assert "partner_id" not in {f.name for f in conflict.fields}


def test_every_travelling_column_has_the_apps_name() -> None:
    """A column a migration adds travels without code (docs/sync.md); the conflict list then
    shows its column name until ``nspdesk/store/sync/labels.py`` gives it a word."""
    missing = [
        f"{t.name}.{column}"
        for t in travelling()
        for column in t.columns
        if labels.label(t.name, column) == column
    ]
    assert missing == []


def test_a_line_is_named_by_its_revision_and_position(
    hub: Store, tmp_path: Path, library: ProgramLibrary
) -> None:
    from nspdesk.store.models import QuoteLineRow
    from nspdesk.store.sync import describe, rows
    from nspdesk.store.sync.tables import by_name

    a = joined(hub, tmp_path, "A")
    with a.database.write() as session:
        quotes.create_quote(
            session, library, factories.quote_input(_partner_id(a), date(2026, 11, 25))
        )
    with a.database.read() as session:
        line = session.scalars(select(QuoteLineRow).where(QuoteLineRow.position == 2)).one()
        connection = session.connection()
        values = rows.read(connection, by_name()["quote_lines"], [line.id])[line.id]
        assert describe.part(connection, "quote_lines", values) == "Revision 1, Position 2"
        # deleted in the team: its content is listed, but not where it hangs (the part says it)
        shown = describe.differences(connection, "quote_lines", json.dumps(values, default=str), "")
        listed = {d.label: d.mine_shown for d in shown}
        assert listed["Menge"] == "50" and listed["Einzelpreis"] == "7,50\xa0€"
        assert "Revision" not in listed and listed["Rabatt"] == "20\xa0%"
    a.close()
