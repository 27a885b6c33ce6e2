"""The partner list's traffic lights are kept in the database (issue 20, migration 0011): every
change of a partner's facts, whoever writes it, makes the list show the light the rules give now,
and so does another reference day or edition; the kept light is what a fresh evaluation of the
partner gives. On SQLite and PostgreSQL."""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy import create_engine, delete, select, text, update
from sqlalchemy.orm import Session

from nspdesk.domain.editions import ProgramLibrary
from nspdesk.domain.errors import InputError
from nspdesk.domain.messages import QT_TRANSLATE_NOOP
from nspdesk.domain.standing import Standing, StandingResult, standing_of
from nspdesk.services import partner_overview as overview
from nspdesk.services.partner_overview import PartnerQuery, PartnerRow
from nspdesk.services.workspace import Workspace
from nspdesk.store import quotes, standings
from nspdesk.store.fact_marks import sqlite_trigger_names
from nspdesk.store.figures import evaluate_partner
from nspdesk.store.location import Location
from nspdesk.store.migrate import alembic_config
from nspdesk.store.models import (
    AdminCourse,
    Agreement,
    BacklinkCheck,
    Partner,
    PartnerYear,
    Quote,
    QuoteLineRow,
    QuoteRevision,
    Technician,
    TierHistory,
    TrainingRecord,
)
from nspdesk.store.opening import Store, open_store
from tests.integration import factories

YEAR = 2026
AS_OF = date(2026, 11, 25)
MIGRATION = importlib.import_module(
    "nspdesk.store.migrations.versions.0011_standings_partner_standings"
)


def fresh(
    session: Session, library: ProgramLibrary, partner_id: int, as_of: date
) -> StandingResult:
    """The partner's light as the detail works it out: one partner, every tier evaluated."""
    try:
        evaluation = evaluate_partner(session, library, partner_id, YEAR, as_of).evaluation
    except InputError as error:
        return StandingResult(Standing.NONE, (error.message,))
    return standing_of(evaluation)


def listed(store: Store, library: ProgramLibrary, as_of: date = AS_OF) -> dict[int, PartnerRow]:
    page = overview.partner_page(Workspace(store, library), PartnerQuery(YEAR), as_of, 0, 1000)
    return {row.id: row for row in page.rows}


def assert_fresh(store: Store, library: ProgramLibrary, as_of: date = AS_OF) -> None:
    """Every row of the list shows what a fresh evaluation gives."""
    rows = listed(store, library, as_of)
    with store.database.read() as session:
        ids = set(session.scalars(select(Partner.id)))
        assert set(rows) == ids
        for partner_id, row in rows.items():
            expected = fresh(session, library, partner_id, as_of)
            assert (row.standing, row.reasons) == (expected.standing, expected.reasons)


@pytest.fixture
def partner(store: Store) -> int:
    """A Business Partner with nothing on record: below, every requirement missing. Another
    partner beside it, whose light must stay as it is."""
    with store.database.write() as session:
        made = factories.partner(session, company="Leer GmbH", tier="business")
        factories.partner(session, company="Nachbar AG", tier="authorized")
        return made.id


def _won_quote(session: Session, library: ProgramLibrary, partner_id: int) -> int:
    made = quotes.create_quote(
        session, library, factories.quote_input(partner_id, date(2026, 3, 1))
    )
    quotes.send(session, made.id, datetime(2026, 3, 2, 9, tzinfo=UTC))
    quotes.accept(session, made.id, datetime(2026, 3, 10, 9, tzinfo=UTC))
    return made.id


def _line_of(session: Session, quote_id: int) -> QuoteLineRow:
    return session.scalars(
        select(QuoteLineRow)
        .join(QuoteRevision, QuoteRevision.id == QuoteLineRow.revision_id)
        .where(QuoteRevision.quote_id == quote_id)
    ).first()  # type: ignore[return-value]


def _course(session: Session, partner_id: int) -> None:
    technician = Technician(partner_id=partner_id, name="Tess Technik")
    session.add(technician)
    session.flush()
    session.add(AdminCourse(technician_id=technician.id, completed_on=date(2026, 2, 1)))


# Each kind of fact the rules read, changed the way a person (or a colleague's app) changes it.
Change = Callable[[Session, ProgramLibrary, int], Any]
CHANGES: dict[str, Change] = {
    "partner": lambda s, _l, p: s.execute(
        update(Partner).where(Partner.id == p).values(tier="authorized")
    ),
    "partner year": lambda s, _l, p: s.add(
        PartnerYear(partner_id=p, year=YEAR, projects=3, revenue=Decimal("25000.00"))
    ),
    "training": lambda s, _l, p: s.add(
        TrainingRecord(partner_id=p, kind="sales", format="online", attended_on=date(2026, 4, 1))
    ),
    "technician and course": lambda s, _l, p: _course(s, p),
    "agreement": lambda s, _l, p: s.add(
        Agreement(partner_id=p, kind="basis-sv", signed_on=date(2026, 1, 5))
    ),
    "backlink check": lambda s, _l, p: s.add(
        BacklinkCheck(
            partner_id=p,
            url="https://leer.example/",
            verdict="follow",
            checked_at=datetime(2026, 11, 20, 9, tzinfo=UTC),
        )
    ),
    "tier history": lambda s, _l, p: s.add(
        TierHistory(partner_id=p, tier="premium", effective_from=date(2026, 6, 1), source="manual")
    ),
    "won quote": _won_quote,
}


def shown(row: PartnerRow) -> tuple[object, ...]:
    return (row.standing, row.reasons, row.tier, row.backlink)


@pytest.mark.parametrize("kind", list(CHANGES))
def test_each_kind_of_fact_changes_the_light_shown(
    store: Store, library: ProgramLibrary, partner: int, kind: str
) -> None:
    before = listed(store, library)
    with store.database.write() as session:
        CHANGES[kind](session, library, partner)
    after = listed(store, library)
    assert shown(after[partner]) != shown(before[partner])  # the list shows the change
    others = [p for p in before if p != partner]
    assert [shown(after[p]) for p in others] == [shown(before[p]) for p in others]
    assert_fresh(store, library)


def test_quote_revisions_and_lines_change_the_light(
    store: Store, library: ProgramLibrary, partner: int
) -> None:
    """A won quote's line that stops counting, its revision that is no longer won, its quote moved
    to another partner or deleted: each is seen."""
    with store.database.write() as session:
        quote_id = _won_quote(session, library, partner)
    won = listed(store, library)[partner]

    with store.database.write() as session:  # the line's category no longer counts
        session.execute(
            update(QuoteLineRow)
            .where(QuoteLineRow.id == _line_of(session, quote_id).id)
            .values(category="other")
        )
    assert listed(store, library)[partner].reasons != won.reasons
    assert_fresh(store, library)

    with store.database.write() as session:  # the accepted revision reopened by hand
        session.execute(
            update(QuoteRevision)
            .where(QuoteRevision.quote_id == quote_id)
            .values(status="sent", decided_at=None)
        )
    assert_fresh(store, library)

    with store.database.write() as session:
        other = session.scalars(select(Partner.id).where(Partner.id != partner)).first()
        session.execute(update(Quote).where(Quote.id == quote_id).values(partner_id=other))
    assert_fresh(store, library)

    with store.database.write() as session:
        session.execute(delete(Quote).where(Quote.id == quote_id))
    assert_fresh(store, library)


def test_removed_facts_and_partners(store: Store, library: ProgramLibrary, partner: int) -> None:
    with store.database.write() as session:
        for kind in ("training", "technician and course", "agreement", "backlink check"):
            CHANGES[kind](session, library, partner)
    full = listed(store, library)[partner]
    with store.database.write() as session:
        session.execute(delete(AdminCourse))
    assert listed(store, library)[partner].reasons != full.reasons
    with store.database.write() as session:
        for table in (TrainingRecord, Agreement, BacklinkCheck, Technician):
            session.execute(delete(table))
    assert_fresh(store, library)
    with store.database.write() as session:
        session.execute(delete(Partner).where(Partner.id == partner))
    assert partner not in listed(store, library)
    with store.database.write() as session:  # the next light worked out drops the partner's
        CHANGES["training"](session, library, partner + 1)
    assert partner not in listed(store, library)
    with store.database.read() as session:
        assert standings.kept_of(session, YEAR, [partner]) == {}


def test_a_new_day_and_another_edition_work_the_lights_out_again(
    store: Store, library: ProgramLibrary, partner: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    with store.database.write() as session:
        _course(session, partner)  # certified on 1 February 2026: valid three years
    workspace = Workspace(store, library)
    assert overview.refresh_standings(workspace, YEAR, AS_OF) == 2
    assert overview.refresh_standings(workspace, YEAR, AS_OF) == 0  # nothing changed
    assert overview.refresh_standings(workspace, YEAR, date(2026, 11, 26)) == 2  # a new day
    assert_fresh(store, library, date(2026, 11, 26))

    program = library.edition_for(AS_OF)
    business = program.tiers["business"]
    easier = replace(  # a later edition that asks for less of a Business Partner
        program,
        edition="2027-test",
        tiers={
            **program.tiers,
            "business": replace(
                business,
                requirements=replace(business.requirements, projects=0, revenue=Decimal(0)),
            ),
        },
    )
    before = listed(store, library)[partner]
    monkeypatch.setattr(library, "edition_for", lambda day: easier)
    assert overview.refresh_standings(workspace, YEAR, AS_OF) == 2
    after = listed(store, library)[partner]
    assert after.reasons != before.reasons
    with store.database.read() as session:
        kept = standings.kept_of(session, YEAR, [partner])[partner]
    assert kept.edition.startswith("2027-test:")


def test_a_standing_worked_out_before_a_colleagues_change_is_stale(
    store: Store, library: ProgramLibrary, partner: int
) -> None:
    """The facts change between reading them and keeping the light: the light kept is stale."""
    program = library.edition_for(AS_OF)
    key = overview.edition_key(program)
    with store.database.read() as session:
        stale = standings.stale(session, YEAR, AS_OF, key)
        worked_out = overview._worked_out(session, program, key, YEAR, AS_OF, stale)
    with store.database.write() as session:  # the colleague
        CHANGES["agreement"](session, library, partner)
    with store.database.write() as session:
        standings.keep(session, worked_out)
    with store.database.read() as session:
        assert [p.id for p in standings.stale(session, YEAR, AS_OF, key)] == [partner]
    assert_fresh(store, library)


def test_the_page_searches_filters_sorts_and_counts(
    store: Store, library: ProgramLibrary, partner: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    workspace = Workspace(store, library)
    with store.database.write() as session:
        factories.partner(session, company="Ärzte-IT Köln", tier=None, city="Köln")
        factories.partner(session, company="zebra systems", tier="premium", city="Bonn")

    def ids(query: PartnerQuery) -> list[str]:
        page = overview.partner_page(workspace, query, AS_OF, 0, 100)
        assert page.count == len(page.rows) and page.total == 4
        return [row.company for row in page.rows]

    everyone = ["Leer GmbH", "Nachbar AG", "zebra systems", "Ärzte-IT Köln"]  # by code point
    assert ids(PartnerQuery(YEAR)) == everyone
    assert ids(PartnerQuery(YEAR, descending=True)) == everyone[::-1]
    assert ids(PartnerQuery(YEAR, search="köln")) == ["Ärzte-IT Köln"]
    assert ids(PartnerQuery(YEAR, search="premium")) == ["zebra systems"]  # the tier's name
    assert ids(PartnerQuery(YEAR, search="ze sys")) == ["zebra systems"]  # "ze": too short
    assert ids(PartnerQuery(YEAR, tier="-")) == ["Ärzte-IT Köln"]
    assert ids(PartnerQuery(YEAR, tier="authorized")) == ["Nachbar AG"]
    assert ids(PartnerQuery(YEAR, standing="none")) == ["Ärzte-IT Köln"]
    assert ids(PartnerQuery(YEAR, track="cloud")) == []
    assert ids(PartnerQuery(YEAR, sort="tier")) == [
        "Nachbar AG",
        "Leer GmbH",
        "zebra systems",
        "Ärzte-IT Köln",
    ]
    for sort in standings.SORT_KEYS:
        whole = ids(PartnerQuery(YEAR, sort=sort))
        windows = [
            row.company
            for start in range(0, 4, 3)
            for row in overview.partner_rows(
                workspace, PartnerQuery(YEAR, sort=sort), AS_OF, start, 3
            )
        ]
        assert windows == whole
        for at, company in enumerate(whole):
            with store.database.read() as session:
                found = session.scalar(select(Partner.id).where(Partner.company == company))
            assert found is not None
            query = PartnerQuery(YEAR, sort=sort)
            assert overview.partner_position(workspace, query, AS_OF, found) == at
    assert (
        overview.partner_position(workspace, PartnerQuery(YEAR, tier="-"), AS_OF, partner) is None
    )
    with pytest.raises(ValueError, match="unknown sort key"):
        ids(PartnerQuery(YEAR, sort="nope"))

    # A database opened read-only keeps nothing: the same list, worked out in memory.
    expected = {
        (sort, descending, search): ids(
            PartnerQuery(YEAR, search, sort=sort, descending=descending)
        )
        for sort in standings.SORT_KEYS
        for descending in (False, True)
        for search in ("", "köln", "premium")
    }
    monkeypatch.setattr(store.database, "read_only", QT_TRANSLATE_NOOP("Test", "schreibgeschützt"))
    for (sort, descending, search), companies in expected.items():
        assert ids(PartnerQuery(YEAR, search, sort=sort, descending=descending)) == companies
    assert overview.partner_position(workspace, PartnerQuery(YEAR), AS_OF, partner) == 0
    assert (
        overview.partner_position(workspace, PartnerQuery(YEAR, tier="-"), AS_OF, partner) is None
    )
    assert [
        r.company for r in overview.partner_rows(workspace, PartnerQuery(YEAR), AS_OF, 1, 2)
    ] == [
        "Nachbar AG",
        "zebra systems",
    ]
    assert ids(PartnerQuery(YEAR, tier="-")) == ["Ärzte-IT Köln"]
    assert ids(PartnerQuery(YEAR, tier="authorized", track="server", standing="below")) == [
        "Nachbar AG"
    ]
    with pytest.raises(ValueError, match="unknown sort key"):
        ids(PartnerQuery(YEAR, sort="nope"))


def test_a_full_disk_when_keeping_the_lights_still_lists(
    store: Store, library: ProgramLibrary, partner: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Keeping the lights is a write: when the disk is full (or the drive turned read-only), the
    list works them out in memory and shows them all the same, also when scrolled and searched;
    once the disk has room again they are kept."""
    import sqlite3

    from sqlalchemy.exc import OperationalError

    workspace = Workspace(store, library)
    assert_fresh(store, library)
    with store.database.write() as session:  # every light stale: a change and another day
        CHANGES["won quote"](session, library, partner)
    later = date(2026, 11, 26)
    with store.database.read() as session:
        kept_before = session.execute(text("SELECT * FROM partner_standings")).all()

    def disk_full(*_args: object, **_kwargs: object) -> None:
        raise OperationalError("INSERT", {}, sqlite3.OperationalError("database or disk is full"))

    monkeypatch.setattr(standings, "keep", disk_full)
    page = overview.partner_page(workspace, PartnerQuery(YEAR), later, 0, 10)
    with store.database.read() as session:
        for row in page.rows:
            expected = fresh(session, library, row.id, later)
            assert (row.standing, row.reasons) == (expected.standing, expected.reasons)
        assert session.execute(text("SELECT * FROM partner_standings")).all() == kept_before
    assert page.count == page.total == 2
    # a keystroke (nothing worked out), scrolling, a position: the same lights, from memory
    typed = overview.partner_page(workspace, PartnerQuery(YEAR, "leer"), later, 0, 10, False)
    assert [shown(r) for r in typed.rows] == [shown(r) for r in page.rows if r.id == partner]
    rows = overview.partner_rows(workspace, PartnerQuery(YEAR), later, 0, 10)
    assert [shown(r) for r in rows] == [shown(r) for r in page.rows]
    assert overview.partner_position(workspace, PartnerQuery(YEAR), later, partner) == 0
    assert overview.refresh_standings(workspace, YEAR, later) == 2  # worked out, not kept

    monkeypatch.undo()  # room on the disk again: the next read keeps them
    assert overview.refresh_standings(workspace, YEAR, later) == 2
    assert overview.refresh_standings(workspace, YEAR, later) == 0
    assert_fresh(store, library, later)


def test_the_standings_and_their_triggers_are_in_the_newest_schema(sqlite_only: Location) -> None:
    open_store(sqlite_only).close()
    engine = create_engine(sqlite_only.url)
    with engine.connect() as connection:
        triggers = set(
            connection.scalars(text("SELECT name FROM sqlite_master WHERE type = 'trigger'"))
        )
        tables = set(
            connection.scalars(text("SELECT name FROM sqlite_master WHERE type = 'table'"))
        )
    engine.dispose()
    assert set(MIGRATION.sqlite_triggers()) <= triggers
    assert set(sqlite_trigger_names()) <= triggers  # the generations the standings are kept with
    assert {"partner_standings", "partner_fact_marks"} <= tables


def test_a_database_at_0010_with_data_upgrades(location: Location, library: ProgramLibrary) -> None:
    from alembic import command

    engine = create_engine(location.url)
    with engine.begin() as connection:
        command.upgrade(alembic_config(connection), "0010")
    with Session(engine) as session, session.begin():
        made = factories.partner(session, company="Altbestand GmbH", city="Dortmund")
        session.add(PartnerYear(partner_id=made.id, year=YEAR, projects=4, revenue=Decimal("1.50")))
        quote_id = _won_quote(session, library, made.id)
        partner_id = made.id
    engine.dispose()

    opened = open_store(location)
    try:
        assert opened.migrated_from == "0010"
        with opened.database.read() as session:
            assert session.get(Partner, partner_id).company == "Altbestand GmbH"  # type: ignore[union-attr]
            assert session.get(Quote, quote_id) is not None
            assert session.scalar(select(PartnerYear.revenue)) == Decimal("1.50")
            key = overview.edition_key(library.edition_for(AS_OF))
            # every standing is worked out on the first read
            assert [p.id for p in standings.stale(session, YEAR, AS_OF, key)] == [partner_id]
        assert_fresh(opened, library)
        with opened.database.write() as session:  # the triggers work after the upgrade
            CHANGES["agreement"](session, library, partner_id)
        assert_fresh(opened, library)
    finally:
        opened.close()

    engine = create_engine(location.url)  # and back down to 0010
    with engine.begin() as connection:
        command.downgrade(alembic_config(connection), "0010")
        assert "partner_standings" not in _tables(connection)
    engine.dispose()


def _tables(connection: Any) -> set[str]:
    from sqlalchemy import inspect

    return set(inspect(connection).get_table_names())
