"""Sync between devices (SQLite files) and a hub (SQLite here, PostgreSQL under pg_virtualenv).

Issue #19: "When the same thing was changed on two sides since they last met … both versions are
kept and the person sees a conflict to resolve; everything else merges by itself." and "A sync is a
transaction on each side and can be repeated: kill it at any moment … and the next sync finishes the
job with no duplicate and no loss."
"""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Iterator
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import func, select

from nspdesk.domain.editions import ProgramLibrary
from nspdesk.store import quotes
from nspdesk.store.errors import ConflictError, NotFoundError
from nspdesk.store.models import (
    Contact,
    Partner,
    PartnerYear,
    Quote,
    QuoteRevision,
    SenderRow,
    SyncConflict,
    SyncRow,
)
from nspdesk.store.opening import Store
from nspdesk.store.sync import team
from tests.integration import factories
from tests.integration.sync_setup import (
    content_of,
    device_store,
    digest_of,
    hub_store,
    joined,
)


class KilledError(Exception):
    """A kill simulated at a named point of the sync."""


@pytest.fixture(params=["sqlite", "postgresql"])
def hub(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Store]:
    with hub_store(request.param, tmp_path) as opened:
        with opened.database.write() as session:
            partner = factories.partner(session, company="Hub GmbH")
            session.add(Contact(partner_id=partner.id, name="Anna Hub"))
        yield opened


@pytest.fixture
def pair(hub: Store, tmp_path: Path) -> Iterator[tuple[Store, Store]]:
    a = joined(hub, tmp_path, "A")
    b = joined(hub, tmp_path, "B")
    yield a, b
    a.close()
    b.close()


def _partner(store: Store, company: str = "Hub GmbH") -> int:
    with store.database.read() as session:
        return session.scalars(select(Partner.id).where(Partner.company == company)).one()


def _set_city(store: Store, city: str, company: str = "Hub GmbH") -> None:
    with store.database.write() as session:
        partner = session.get(Partner, _partner(store, company))
        assert partner is not None
        partner.city = city


def _city(store: Store, company: str = "Hub GmbH") -> str:
    with store.database.read() as session:
        return session.scalars(select(Partner.city).where(Partner.company == company)).one()


def _same(*stores: Store) -> None:
    digests = {digest_of(s) for s in stores}
    assert len(digests) == 1, [content_of(s) for s in stores]


def _sync(device: Store, hub: Store, point: str | None = None) -> team.SyncResult:
    def kill(at: str) -> None:
        if at == point:
            raise KilledError(at)

    return team.sync(device.database, hub.database, hook=kill)


# --- Capture -------------------------------------------------------------------------------------
def test_a_device_records_every_change_of_a_travelling_row(pair: tuple[Store, Store]) -> None:
    a, _ = pair
    with a.database.write() as session:
        partner = factories.partner(session, company="Neu KG")
        partner_id = partner.id
    with a.database.read() as session:
        row = session.execute(
            select(SyncRow).where(SyncRow.tbl == "partners", SyncRow.local_id == partner_id)
        ).scalar_one()
        assert (row.dirty, row.seq, row.change, len(row.gid)) == (True, None, 1, 32)
        gid = row.gid
    _set_city(a, "Ulm", "Neu KG")
    with a.database.write() as session:
        session.delete(session.get(Partner, partner_id))
    with a.database.read() as session:
        row = session.execute(
            select(SyncRow).where(SyncRow.tbl == "partners", SyncRow.gid == gid)
        ).scalar_one()
        assert (row.dirty, row.deleted, row.local_id, row.change) == (True, True, None, 3)


def test_the_letterhead_is_the_same_thing_on_every_database(hub: Store, tmp_path: Path) -> None:
    with hub.database.write() as session:
        session.add(SenderRow(id=1, company="Team GmbH"))
    a = joined(hub, tmp_path, "A")
    with a.database.write() as session:
        sender = session.get(SenderRow, 1)
        assert sender is not None and sender.company == "Team GmbH"
        sender.city = "Köln"
    assert _sync(a, hub).pushed == 1
    with hub.database.read() as session:
        assert session.get(SenderRow, 1).city == "Köln"  # type: ignore[union-attr]
        assert session.scalars(select(SyncRow.gid).where(SyncRow.tbl == "sender")).all() == [
            "sender"
        ]
    a.close()


# --- Join, merge -----------------------------------------------------------------------------------
def test_joining_copies_everything_down(hub: Store, pair: tuple[Store, Store]) -> None:
    _same(hub, *pair)
    assert content_of(hub)["contacts"]


def test_changes_of_different_rows_merge(hub: Store, pair: tuple[Store, Store]) -> None:
    a, b = pair
    partner_a = _partner(a)
    with a.database.write() as session:
        session.add(Contact(partner_id=partner_a, name="Bert A"))
    _set_city(b, "Bonn")
    with b.database.write() as session:
        factories.partner(session, company="Nur B GmbH")
    assert _sync(a, hub) == team.SyncResult(1, 0, 0, _sync_time(a))
    result = _sync(b, hub)
    assert (result.pushed, result.pulled, result.conflicts) == (2, 1, 0)
    assert _sync(a, hub).pulled == 2
    _same(hub, a, b)
    with hub.database.read() as session:
        names = session.scalars(select(Contact.name).order_by(Contact.name)).all()
    assert names == ["Anna Hub", "Bert A"]
    assert _city(hub) == "Bonn"


def _sync_time(device: Store) -> datetime:
    found = team.membership_of(device.database)
    assert found is not None and found.last_sync_at is not None
    return found.last_sync_at


def test_a_change_made_directly_on_the_hub_reaches_the_devices(
    hub: Store, pair: tuple[Store, Store]
) -> None:
    """Today's team mode keeps working: a colleague on the hub is one more writer."""
    a, b = pair
    _set_city(hub, "Essen")
    with hub.database.write() as session:
        session.delete(session.scalars(select(Contact)).one())
    assert _sync(a, hub).pulled == 2
    assert _sync(b, hub).pulled == 2
    _same(hub, a, b)
    assert _city(a) == "Essen"


# --- Conflicts -------------------------------------------------------------------------------------
def test_the_same_row_changed_on_two_sides_keeps_both_versions(
    hub: Store, pair: tuple[Store, Store]
) -> None:
    a, b = pair
    _set_city(a, "Köln")
    _set_city(b, "Bonn")
    _sync(a, hub)
    result = _sync(b, hub)
    assert result.conflicts == 1
    assert _city(b) == "Köln"  # the hub's version in the table, everywhere
    [conflict] = team.open_conflicts(b.database)
    assert (conflict.tbl, conflict.reason) == ("partners", "changed")
    assert json.loads(conflict.mine)["city"] == "Bonn"
    assert json.loads(conflict.theirs)["city"] == "Köln"
    with hub.database.read() as session:  # the team keeps the laptop's version too
        kept = session.scalars(select(SyncConflict.mine)).one()
        assert json.loads(kept)["city"] == "Bonn"
    _sync(a, hub)
    _same(hub, a, b)

    team.resolve(b.database, conflict.id, keep_mine=True)
    assert team.open_conflicts(b.database) == []
    assert _sync(b, hub).pushed == 1
    _sync(a, hub)
    assert {_city(s) for s in (hub, a, b)} == {"Bonn"}
    _same(hub, a, b)


def test_keeping_theirs_closes_the_conflict_and_changes_nothing(
    hub: Store, pair: tuple[Store, Store]
) -> None:
    a, b = pair
    _set_city(a, "Köln")
    _set_city(b, "Bonn")
    _sync(a, hub)
    _sync(b, hub)
    [conflict] = team.open_conflicts(b.database)
    team.resolve(b.database, conflict.id, keep_mine=False)
    assert _sync(b, hub).pushed == 0
    assert _city(b) == "Köln"
    with pytest.raises(NotFoundError):
        team.resolve(b.database, conflict.id, keep_mine=False)


def test_the_same_change_on_two_sides_is_no_conflict(hub: Store, pair: tuple[Store, Store]) -> None:
    a, b = pair
    for device in pair:
        with device.database.write() as session:
            partner = session.get(Partner, _partner(device))
            assert partner is not None
            partner.city = "Köln"
            partner.updated_at = datetime(2026, 12, 1, tzinfo=UTC)
    _sync(a, hub)
    assert _sync(b, hub).conflicts == 0
    _same(hub, a, b)


def test_a_unique_key_taken_on_both_sides_is_a_conflict(
    hub: Store, pair: tuple[Store, Store]
) -> None:
    a, b = pair
    for device, projects in ((a, 3), (b, 5)):
        with device.database.write() as session:
            session.add(PartnerYear(partner_id=_partner(device), year=2026, projects=projects))
    _sync(a, hub)
    result = _sync(b, hub)
    assert result.conflicts == 1
    [conflict] = team.open_conflicts(b.database)
    assert (conflict.reason, conflict.root_tbl) == ("taken", "partners")
    _sync(a, hub)
    _same(hub, a, b)
    team.resolve(b.database, conflict.id, keep_mine=True)
    _sync(b, hub)
    _sync(a, hub)
    _same(hub, a, b)
    with hub.database.read() as session:
        assert session.scalars(select(PartnerYear.projects)).all() == [5]


def test_deleting_a_partner_a_colleague_added_to_is_refused_as_a_conflict(
    hub: Store, pair: tuple[Store, Store]
) -> None:
    a, b = pair
    with a.database.write() as session:
        session.add(Contact(partner_id=_partner(a), name="Neu von A"))
    _sync(a, hub)
    with b.database.write() as session:
        session.delete(session.get(Partner, _partner(b)))
    result = _sync(b, hub)
    assert result.conflicts == 1
    assert [c.reason for c in team.open_conflicts(b.database)] == ["in_use"]
    _sync(a, hub)
    _same(hub, a, b)
    with b.database.read() as session:
        assert session.scalars(select(Contact.name)).all() == ["Neu von A"]


def test_a_change_of_a_row_deleted_there_is_a_conflict(
    hub: Store, pair: tuple[Store, Store]
) -> None:
    a, b = pair
    with a.database.write() as session:
        session.delete(session.scalars(select(Contact)).one())
    with b.database.write() as session:
        contact = session.scalars(select(Contact)).one()
        contact.phone = "0221 1"
        session.add(Contact(partner_id=contact.partner_id, name="Neu von B"))
    _sync(a, hub)
    result = _sync(b, hub)
    assert result.conflicts == 1
    [conflict] = team.open_conflicts(b.database)
    assert conflict.reason == "deleted" and json.loads(conflict.mine)["phone"] == "0221 1"
    _sync(a, hub)
    _same(hub, a, b)
    team.resolve(b.database, conflict.id, keep_mine=True)  # it comes back as a new row
    _sync(b, hub)
    _sync(a, hub)
    _same(hub, a, b)
    with hub.database.read() as session:
        assert sorted(session.scalars(select(Contact.name))) == ["Anna Hub", "Neu von B"]


# --- Quotes ----------------------------------------------------------------------------------------
def test_quotes_travel_with_revisions_lines_and_events(
    hub: Store, pair: tuple[Store, Store], library: ProgramLibrary
) -> None:
    a, b = pair
    with a.database.write() as session:
        quote = quotes.create_quote(
            session, library, factories.quote_input(_partner(a), date(2026, 11, 25))
        )
        quotes.send(session, quote.id, datetime(2026, 11, 25, 9, tzinfo=UTC))
        number = quote.number
    _sync(a, hub)
    _sync(b, hub)
    _same(hub, a, b)
    with b.database.write() as session:
        found = quotes.find_by_number(session, number)
        assert found.current.status == "sent" and len(found.current.lines) == 2
        assert found.current.print_snapshot
        quotes.accept(session, found.id, datetime(2026, 11, 26, tzinfo=UTC))
    _sync(b, hub)
    _sync(a, hub)
    _same(hub, a, b)


def test_a_draft_saved_on_two_sides_is_one_conflict_of_the_quote(
    hub: Store, pair: tuple[Store, Store], library: ProgramLibrary
) -> None:
    a, b = pair
    with a.database.write() as session:
        quote = quotes.create_quote(
            session, library, factories.quote_input(_partner(a), date(2026, 11, 25))
        )
        number = quote.number
    _sync(a, hub)
    _sync(b, hub)
    for device, subject in ((a, "Fassung A"), (b, "Fassung B")):
        with device.database.write() as session:
            found = quotes.find_by_number(session, number)
            data = quotes.input_from_revision(found.partner_id, found.current)
            quotes.update_draft(
                session, library, found.id, dataclasses.replace(data, subject=subject)
            )
    _sync(a, hub)
    result = _sync(b, hub)
    assert result.conflicts >= 1
    conflicts = team.open_conflicts(b.database)
    assert {c.root_tbl for c in conflicts} == {"quotes"}
    assert len({c.root_gid for c in conflicts}) == 1
    _sync(a, hub)
    _same(hub, a, b)
    with hub.database.read() as session:
        assert quotes.find_by_number(session, number).current.subject == "Fassung A"
    team.resolve(b.database, conflicts[0].id, keep_mine=True)  # the whole quote, as B had it
    assert team.open_conflicts(b.database) == []
    _sync(b, hub)
    _sync(a, hub)
    _same(hub, a, b)
    with hub.database.read() as session:
        found = quotes.find_by_number(session, number)
        assert found.current.subject == "Fassung B"
        assert session.scalar(select(func.count()).select_from(QuoteRevision)) == 1


# --- Kills -----------------------------------------------------------------------------------------
@pytest.mark.parametrize("point", ["pushed", "hub_committed", "pulled", "applied"])
def test_a_sync_killed_anywhere_is_finished_by_the_next(
    hub: Store, pair: tuple[Store, Store], point: str
) -> None:
    a, b = pair
    with a.database.write() as session:
        session.add(Contact(partner_id=_partner(a), name="Bert A"))
    _set_city(a, "Köln")
    _set_city(b, "Bonn")
    _sync(b, hub)
    with pytest.raises(KilledError):
        _sync(a, hub, point)
    again = _sync(a, hub)
    assert again.conflicts == 1
    assert _sync(a, hub) == team.SyncResult(0, 0, 0, _sync_time(a))
    _sync(b, hub)
    _same(hub, a, b)
    with hub.database.read() as session:
        assert sorted(session.scalars(select(Contact.name))) == ["Anna Hub", "Bert A"]
        assert session.scalar(select(func.count()).select_from(SyncConflict)) == 1
    assert len(team.open_conflicts(a.database)) == 1


# --- Membership ------------------------------------------------------------------------------------
def test_a_removed_device_can_no_longer_push(hub: Store, pair: tuple[Store, Store]) -> None:
    a, _ = pair
    team.remove_device(hub.database, "A", "admin")
    _set_city(a, "Köln")
    with pytest.raises(ConflictError, match="entfernt"):
        _sync(a, hub)
    assert _city(hub) == "Teststadt"
    assert _city(a) == "Köln"  # nothing on the laptop is lost


def test_a_device_that_leaves_keeps_a_standalone_file(
    hub: Store, pair: tuple[Store, Store], tmp_path: Path
) -> None:
    a, _ = pair
    _set_city(a, "Köln")
    with pytest.raises(ConflictError, match="Es gibt 1 noch nicht gesendete Änderung\\."):
        team.leave(a.database, hub.database)
    _sync(a, hub)
    assert team.leave(a.database, hub.database) == "A"
    assert team.membership_of(a.database) is None
    _set_city(a, "Ulm")
    with a.database.read() as session:
        assert session.scalar(select(func.count()).select_from(SyncRow)) == 0
    with pytest.raises(ConflictError, match="keiner Team-Datenbank"):
        _sync(a, hub)
    again = device_store(tmp_path, "A2")  # the name is free again for a new file
    team.join(again.database, hub.database, "A", "team")
    assert _city(again) == "Köln"
    again.close()


def test_join_refuses_a_taken_name_a_bad_name_and_a_file_with_data(
    hub: Store, pair: tuple[Store, Store], tmp_path: Path
) -> None:
    other = device_store(tmp_path, "other")
    with pytest.raises(ConflictError, match="schon ein Gerät 'A'"):
        team.join(other.database, hub.database, "A", "team")
    with pytest.raises(ConflictError, match="Großbuchstaben"):
        team.join(other.database, hub.database, "a b", "team")
    with other.database.write() as session:
        factories.partner(session, company="Eigene KG")
    with pytest.raises(ConflictError, match="send-existing"):
        team.join(other.database, hub.database, "C", "team")
    result = team.join(other.database, hub.database, "C", "team", send_existing=True)
    assert (result.pushed, result.pulled) == (1, 2)
    _same(hub, other)
    other.close()


def test_money_dates_and_decimals_survive_the_trip(hub: Store, pair: tuple[Store, Store]) -> None:
    a, b = pair
    with a.database.write() as session:
        session.add(
            PartnerYear(
                partner_id=_partner(a),
                year=2025,
                revenue=Decimal("12345.67"),
                marketing_budget_used=Decimal("0.01"),
            )
        )
        partner = session.get(Partner, _partner(a))
        assert partner is not None
        partner.partner_since = date(2020, 2, 29)
    _sync(a, hub)
    _sync(b, hub)
    with b.database.read() as session:
        year = session.scalars(select(PartnerYear)).one()
        assert (year.revenue, year.marketing_budget_used) == (Decimal("12345.67"), Decimal("0.01"))
        assert session.get(Partner, _partner(b)).partner_since == date(2020, 2, 29)  # type: ignore[union-attr]
    _same(hub, a, b)


# --- Quote numbers ---------------------------------------------------------------------------------
def test_each_device_numbers_its_own_series_gap_free(
    hub: Store, pair: tuple[Store, Store], library: ProgramLibrary, tmp_path: Path
) -> None:
    """Issue #19: "a quote made offline takes its number from the device's own series (for example
    `A-2026-MK-0007`), gap-free per device and year"."""
    a, b = pair

    def make(store: Store) -> str:
        with store.database.write() as session:
            data = factories.quote_input(_partner(store), date(2026, 11, 25))
            return quotes.create_quote(session, library, data).number

    assert [make(a), make(a)] == ["A-2026-A-0001", "A-2026-A-0002"]
    assert make(b) == "A-2026-B-0001"
    assert make(hub) == "A-2026-0001"  # the team database directly: the team's series
    for device in (a, b, a):
        assert _sync(device, hub).conflicts == 0
    assert make(b) == "A-2026-B-0002"
    _sync(b, hub)
    _sync(a, hub)
    _same(hub, a, b)
    with hub.database.read() as session:
        numbers = sorted(session.scalars(select(Quote.number)))
    assert numbers == [
        "A-2026-0001",
        "A-2026-A-0001",
        "A-2026-A-0002",
        "A-2026-B-0001",
        "A-2026-B-0002",
    ]
    # A standalone file again: it goes on in its own series, since the team goes on in its own
    # (A-2026-0002 made here and there would be two quotes with one number).
    team.leave(a.database, hub.database)
    assert make(a) == "A-2026-A-0003"
    assert make(hub) == "A-2026-0002"
    again = device_store(tmp_path, "A9")  # a file that joins again starts a new series
    team.join(again.database, hub.database, "C", "team")
    assert make(again) == "A-2026-C-0001"


def test_after_a_migration_copied_its_tables_a_device_records_changes_again(
    hub: Store, pair: tuple[Store, Store]
) -> None:
    """A SQLite batch migration copies a table and drops its triggers; the opening puts them back
    in the migration's transaction (``team.after_migration``)."""
    from nspdesk.store.sync.triggers import Role, remove

    a, _ = pair
    with a.database.write() as session:
        remove(session.connection(), Role.DEVICE)
    with a.database.write() as session:
        team.after_migration(session.connection())
    _set_city(a, "Köln")
    assert _sync(a, hub).pushed == 1
    assert _city(hub) == "Köln"
