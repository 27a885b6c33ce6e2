"""A randomized simulation of sync, the way replication is tested (issue #19).

"Three devices and the team database (real PostgreSQL, as the test command provides), random changes
on each device offline, syncs in random order, kills in the middle — then a final round: every device
and the team database hold the same content (compare a content digest), every acknowledged change is
there, every concurrent change is either merged or a recorded conflict."

Each seed runs ``STEPS`` random steps (a change on one device through the store's own write paths, a
sync, a sync killed at a random point, a conflict resolved) and a final round. Size: the environment's
``NSPDESK_SYNC_SEEDS`` seeds (default 6, from ``NSPDESK_SYNC_FIRST_SEED``, default 0) of
``NSPDESK_SYNC_STEPS`` steps (default 40) — the README states what CI runs. A failure names its
seed; rerun it with ``-k "seed-N"``.

A change is *acknowledged* once a sync of its device succeeded after it. Every acknowledged change of
a field must be, in the end, the field's value, or have been followed by a later change of the same
row (by anyone), or be kept in a conflict record; every acknowledged delete must hold, or the row be
kept by a recorded conflict.
"""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import ColumnElement, select

from nspdesk.domain.editions import ProgramLibrary
from nspdesk.domain.partner_input import YearInput
from nspdesk.store import partner_records, quotes
from nspdesk.store.errors import StoreError
from nspdesk.store.location import Location
from nspdesk.store.models import (
    Contact,
    Partner,
    Quote,
    SyncConflict,
    SyncRow,
)
from nspdesk.store.opening import Store, open_store
from nspdesk.store.sync import team
from tests.integration import factories
from tests.integration.store_backends import PG_SKIP, postgres_available, postgres_database
from tests.integration.sync_setup import content_of, device_store, digest_of

SEEDS = int(os.environ.get("NSPDESK_SYNC_SEEDS", "6"))
STEPS = int(os.environ.get("NSPDESK_SYNC_STEPS", "40"))
FIRST_SEED = int(os.environ.get("NSPDESK_SYNC_FIRST_SEED", "0"))
KILL_POINTS = ("pushed", "hub_committed", "pulled", "applied")
DEVICES = ("A", "B", "C")


class KilledError(Exception):
    pass


@dataclass(frozen=True)
class Write:
    step: int
    device: str
    tbl: str
    gid: str
    column: str | None  # None: the row was deleted
    value: object = None
    parent: str | None = None  # the partner a contact or year belongs to


@dataclass
class World:
    hub: Store
    devices: dict[str, Store]
    library: ProgramLibrary
    rng: random.Random
    writes: list[Write] = field(default_factory=list)
    acknowledged: set[int] = field(default_factory=set)  # indexes into writes
    pending: dict[str, list[int]] = field(default_factory=dict)
    kills: int = 0
    syncs: int = 0


@pytest.fixture
def team_location() -> Iterator[Location]:
    if not postgres_available():
        pytest.skip(PG_SKIP)
    with postgres_database() as location:
        yield location


def _gid(store: Store, tbl: str, local_id: int) -> str:
    with store.database.read() as session:
        return session.scalars(
            select(SyncRow.gid).where(SyncRow.tbl == tbl, SyncRow.local_id == local_id)
        ).one()


def _record(
    world: World,
    name: str,
    step: int,
    tbl: str,
    gid: str,
    column: str | None,
    value: object = None,
    parent: str | None = None,
) -> None:
    world.writes.append(Write(step, name, tbl, gid, column, value, parent))
    world.pending.setdefault(name, []).append(len(world.writes) - 1)


# --- Random changes, through the store's write paths ---------------------------------------------
def _pick(
    world: World, store: Store, model: type, where: ColumnElement[bool] | None = None
) -> int | None:
    with store.database.read() as session:
        query = select(model.id)  # type: ignore[attr-defined]
        if where is not None:
            query = query.where(where)
        ids = sorted(session.scalars(query))
    return world.rng.choice(ids) if ids else None


def _partner(world: World, name: str, step: int) -> None:
    store = world.devices[name]
    with store.database.write() as session:
        made = factories.partner(session, company=f"{name}-{step} GmbH")
        made_id = made.id
    _record(
        world,
        name,
        step,
        "partners",
        _gid(store, "partners", made_id),
        "company",
        f"{name}-{step} GmbH",
    )


def _city(world: World, name: str, step: int) -> None:
    store = world.devices[name]
    partner_id = _pick(world, store, Partner)
    if partner_id is None:
        return
    city = f"Stadt {name}{step}"
    with store.database.write() as session:
        partner = session.get(Partner, partner_id)
        assert partner is not None
        partner.city = city
    _record(world, name, step, "partners", _gid(store, "partners", partner_id), "city", city)


def _contact(world: World, name: str, step: int) -> None:
    store = world.devices[name]
    partner_id = _pick(world, store, Partner)
    if partner_id is None:
        return
    with store.database.write() as session:
        added = Contact(partner_id=partner_id, name=f"Kontakt {name}{step}")
        session.add(added)
        session.flush()
        added_id = added.id
    _record(
        world,
        name,
        step,
        "contacts",
        _gid(store, "contacts", added_id),
        "name",
        f"Kontakt {name}{step}",
        _gid(store, "partners", partner_id),
    )


def _phone(world: World, name: str, step: int) -> None:
    store = world.devices[name]
    contact_id = _pick(world, store, Contact)
    if contact_id is None:
        return
    phone = f"0221 {step}{name}"
    with store.database.write() as session:
        contact = session.get(Contact, contact_id)
        assert contact is not None
        contact.phone = phone
        partner_id = contact.partner_id
    _record(
        world,
        name,
        step,
        "contacts",
        _gid(store, "contacts", contact_id),
        "phone",
        phone,
        _gid(store, "partners", partner_id),
    )


def _drop_contact(world: World, name: str, step: int) -> None:
    store = world.devices[name]
    dropped = _pick(world, store, Contact)
    if dropped is None:
        return
    gid = _gid(store, "contacts", dropped)
    with store.database.write() as session:
        session.delete(session.get(Contact, dropped))
    _record(world, name, step, "contacts", gid, None)


def _drop_partner(world: World, name: str, step: int) -> None:
    store, rng = world.devices[name], world.rng
    with store.database.read() as session:
        candidates = sorted(
            session.scalars(select(Partner.id).where(~Partner.id.in_(select(Quote.partner_id))))
        )
    if not candidates:
        return
    partner_id = rng.choice(candidates)
    gid = _gid(store, "partners", partner_id)
    with store.database.write() as session:
        session.delete(session.get(Partner, partner_id))
    _record(world, name, step, "partners", gid, None)


def _year(world: World, name: str, step: int) -> None:
    store, rng = world.devices[name], world.rng
    partner_id = _pick(world, store, Partner)
    if partner_id is None:
        return
    projects = rng.randint(1, 50)
    with store.database.write() as session:
        row = partner_records.set_year_figures(
            session,
            partner_id,
            2026,
            YearInput(projects=projects, revenue=Decimal(projects * 1000)),
        )
        session.flush()
        row_id = row.id
    _record(
        world,
        name,
        step,
        "partner_years",
        _gid(store, "partner_years", row_id),
        "projects",
        projects,
        _gid(store, "partners", partner_id),
    )


def _quote(world: World, name: str, step: int) -> None:
    store = world.devices[name]
    partner_id = _pick(world, store, Partner)
    if partner_id is None:
        return
    with store.database.write() as session:
        quote_made = quotes.create_quote(
            session, world.library, factories.quote_input(partner_id, date(2026, 11, 25))
        )
        quote_id = quote_made.id
    _record(
        world,
        name,
        step,
        "quotes",
        _gid(store, "quotes", quote_id),
        "partner_id",
        _gid(store, "partners", partner_id),
    )


CHANGES = {
    "partner": _partner,
    "city": _city,
    "contact": _contact,
    "phone": _phone,
    "drop_contact": _drop_contact,
    "drop_partner": _drop_partner,
    "year": _year,
    "quote": _quote,
}


def change(world: World, name: str, step: int) -> None:
    rng = world.rng
    kind = rng.choice(
        [
            "partner",
            "city",
            "city",
            "contact",
            "phone",
            "drop_contact",
            "drop_partner",
            "year",
            "quote",
            "send",
            "decide",
            "draft",
        ]
    )
    if kind in ("send", "decide", "draft"):
        _quote_action(world, name, step, kind)
    else:
        CHANGES[kind](world, name, step)


def _quote_action(world: World, name: str, step: int, kind: str) -> None:
    store = world.devices[name]
    quote_id = _pick(world, store, Quote)
    if quote_id is None:
        return
    at = datetime(2026, 11, 26, 9, tzinfo=UTC) + timedelta(minutes=step)
    try:
        with store.database.write() as session:
            quote = quotes.get_quote(session, quote_id)
            if kind == "send":
                quotes.send(session, quote_id, at)
            elif kind == "decide":
                decide = quotes.accept if world.rng.random() < 0.5 else quotes.reject
                decide(session, quote_id, at)
            else:
                data = quotes.input_from_revision(quote.partner_id, quote.current)
                quotes.update_draft(
                    session,
                    world.library,
                    quote_id,
                    type(data)(**{**data.__dict__, "subject": f"Fassung {name}{step}"}),
                )
    except StoreError:  # the quote's state does not allow it (sent, decided …): no change
        return
    _record(world, name, step, "quotes", _gid(store, "quotes", quote_id), "version", None)


# --- Syncs -----------------------------------------------------------------------------------------
def sync(world: World, name: str, kill_at: str | None = None) -> bool:
    """A sync of ``name``; True when it went through (its changes are then acknowledged)."""

    def hook(point: str) -> None:
        if point == kill_at:
            raise KilledError(point)

    world.syncs += 1
    try:
        team.sync(world.devices[name].database, world.hub.database, hook=hook)
    except KilledError:
        world.kills += 1
        return False
    world.acknowledged.update(world.pending.pop(name, []))
    return True


def resolve_one(world: World, name: str) -> None:
    found = team.open_conflicts(world.devices[name].database)
    if found:
        conflict = world.rng.choice(found)
        try:
            team.resolve(world.devices[name].database, conflict.id, world.rng.random() < 0.5)
        except StoreError:  # mine cannot come back (its parent is gone): theirs stays
            team.resolve(world.devices[name].database, conflict.id, False)


def run_world(world: World) -> None:
    rng = world.rng
    for step in range(STEPS):
        name = rng.choice(DEVICES)
        roll = rng.random()
        if roll < 0.55:
            change(world, name, step)
        elif roll < 0.8:
            sync(world, name)
        elif roll < 0.92:
            sync(world, name, rng.choice(KILL_POINTS))
        else:
            resolve_one(world, name)
    for _ in range(2):  # the final round: everyone syncs, twice, no kills
        for name in DEVICES:
            assert sync(world, name)


# --- Checks ----------------------------------------------------------------------------------------
def check_world(world: World) -> None:
    digests = {name: digest_of(store) for name, store in world.devices.items()}
    digests["hub"] = digest_of(world.hub)
    assert len(set(digests.values())) == 1, {
        name: content_of(store) for name, store in [("hub", world.hub), *world.devices.items()]
    }
    final = content_of(world.hub)
    with world.hub.database.read() as session:
        conflicts = session.execute(
            select(SyncConflict.tbl, SyncConflict.gid, SyncConflict.mine)
        ).all()
    in_conflict: dict[tuple[str, str], list[dict[str, object]]] = {}
    for tbl, gid, mine in conflicts:
        in_conflict.setdefault((tbl, gid), []).append(json.loads(mine) if mine else {})
    for index in sorted(world.acknowledged):
        write = world.writes[index]
        key = (write.tbl, write.gid)
        later = any(w.step > write.step and (w.tbl, w.gid) == key for w in world.writes)
        row = final[write.tbl].get(write.gid)
        if write.column is None:  # a delete
            assert row is None or key in in_conflict or later, write
            continue
        if row is not None and (
            write.column == "version" or json.loads(row).get(write.column) == write.value
        ):
            continue
        if later or key in in_conflict:
            continue
        if row is None and _deleted(world, write.parent):
            continue
        raise AssertionError(f"acknowledged change lost: {write}")


def _deleted(world: World, gid: str | None) -> bool:
    """Someone deleted the row's partner (its contacts and years went with it)."""
    return gid is not None and any(w.gid == gid and w.column is None for w in world.writes)


# --- The tests -------------------------------------------------------------------------------------
def _world(team_location: Location, tmp_path: Path, library: ProgramLibrary, seed: int) -> World:
    hub = open_store(team_location, keep_backups=0)
    with hub.database.write() as session:
        for i in range(3):
            partner = factories.partner(session, company=f"Team {i} GmbH")
            session.add(Contact(partner_id=partner.id, name=f"Anna {i}"))
    devices = {}
    for name in DEVICES:
        devices[name] = device_store(tmp_path, name)
        team.join(devices[name].database, hub.database, name, "team")
    return World(hub, devices, library, random.Random(seed))


def _close(world: World) -> None:
    for store in world.devices.values():
        store.close()
    world.hub.close()


@pytest.mark.parametrize(
    "seed", [pytest.param(s, id=f"seed-{s}") for s in range(FIRST_SEED, FIRST_SEED + SEEDS)]
)
def test_random_changes_syncs_and_kills_converge_without_loss(
    team_location: Location, tmp_path: Path, library: ProgramLibrary, seed: int
) -> None:
    world = _world(team_location, tmp_path, library, seed)
    try:
        run_world(world)
        check_world(world)
    finally:
        _close(world)


def test_a_sync_killed_by_sigkill_is_finished_by_the_next(
    team_location: Location, tmp_path: Path, library: ProgramLibrary
) -> None:
    """A real SIGKILL of a process in the middle of its sync (after the team database committed,
    before the laptop did), then a sync in this process."""
    world = _world(team_location, tmp_path, library, 1)
    try:
        a = world.devices["A"]
        with a.database.write() as session:
            partner = session.scalars(select(Partner).order_by(Partner.id)).first()
            assert partner is not None
            partner.city = "Gekillt"
            session.add(Contact(partner_id=partner.id, name="Nach dem Kill"))
        marker = tmp_path / "hub_committed"
        worker = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "tests.integration.sync_worker",
                str(a.location.path),
                team_location.url,
                str(marker),
            ],
            cwd=Path(__file__).resolve().parents[2],
        )
        deadline = time.monotonic() + 60
        while not marker.exists():
            assert worker.poll() is None, "the worker ended before the point to kill"
            assert time.monotonic() < deadline
            time.sleep(0.05)
        os.kill(worker.pid, signal.SIGKILL)
        worker.wait()
        a.close()
        world.devices["A"] = open_store(a.location, keep_backups=0)
        with world.devices["A"].database.read() as session:  # the laptop did not commit
            assert team.unsent(session.connection()) == 2
        assert sync(world, "A") and sync(world, "B") and sync(world, "C")
        check_world(world)
        with world.hub.database.read() as session:
            assert session.scalars(
                select(Contact.name).where(Contact.name == "Nach dem Kill")
            ).all() == ["Nach dem Kill"]
    finally:
        _close(world)
