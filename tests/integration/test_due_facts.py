"""The due list from stored due facts (issue 20) gives the list decided afresh: on the demo over
many days and thresholds, after each kind of change (the triggers make the partner stale), after
the migration from 0009; the thresholds changing changes the list without a recomputation."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy import create_engine, delete, func, inspect, select, text, update
from sqlalchemy.orm import Session

from nspdesk.domain.due import Action, DueItem, DueKind, DueThresholds, Urgency
from nspdesk.domain.editions import ProgramLibrary
from nspdesk.domain.messages import Text
from nspdesk.domain.onboarding import StepId, StepStatus
from nspdesk.services.due import DueQuery, due_list, due_page, due_stale, refresh_due
from nspdesk.services.workspace import Workspace
from nspdesk.store import demo, onboarding, quotes
from nspdesk.store import due_facts as stored_facts
from nspdesk.store.due import due_list as fresh_due_list
from nspdesk.store.due import due_selection
from nspdesk.store.due_facts import EVERYTHING, KINDS, Rule, rule_of
from nspdesk.store.fact_marks import SOURCES, sqlite_trigger_names
from nspdesk.store.figures import BASIC_SERVICE_AGREEMENT
from nspdesk.store.list_search import is_derived
from nspdesk.store.location import Location
from nspdesk.store.migrate import alembic_config
from nspdesk.store.models import (
    AdminCourse,
    Agreement,
    BacklinkCheck,
    Partner,
    PartnerYear,
    Technician,
    TierHistory,
    TrainingRecord,
)
from nspdesk.store.opening import Store, open_store
from tests.integration import factories

TODAY = date(2026, 11, 25)
THRESHOLDS = (
    DueThresholds(),
    DueThresholds(
        certification_days=400,
        backlink_verification_days=10,
        quote_days=60,
        onboarding_stalled_days=1,
        budget_from_quarter=1,
        training_warn_days=400,
    ),
    DueThresholds(
        certification_days=0,
        backlink_verification_days=2000,
        quote_days=0,
        onboarding_stalled_days=400,
        budget_from_quarter=5,
        training_warn_days=0,
    ),
)


def _fresh(store: Store, library: ProgramLibrary, day: date, limits: DueThresholds) -> list[Any]:
    with store.database.read() as session:
        return fresh_due_list(session, library, day, limits)


def _same(store: Store, library: ProgramLibrary, day: date = TODAY) -> list[DueItem]:
    workspace = Workspace(store, library)
    stored = due_list(workspace, day)
    assert stored == _fresh(store, library, day, DueThresholds())
    return stored


def test_stored_and_fresh_agree_on_every_day_and_threshold(
    store: Store, library: ProgramLibrary
) -> None:
    with store.database.write() as session:
        demo.seed(session, library, TODAY)
    workspace = Workspace(store, library)
    assert due_stale(workspace, TODAY) > 0  # after the migration: everything, computed on read
    assert due_list(workspace, TODAY) == _fresh(store, library, TODAY, DueThresholds())
    assert due_stale(workspace, TODAY) == 0
    for shift in (-400, -60, -1, 0, 1, 3, 8, 29, 31, 36, 90, 200):
        day = TODAY + timedelta(days=shift)
        for limits in THRESHOLDS:
            assert due_list(workspace, day, limits) == _fresh(store, library, day, limits), (
                day,
                limits,
            )
    # the thresholds are a query: nothing is computed again for them
    refresh_due(workspace, TODAY)
    with store.database.read() as session:
        before = session.execute(text("SELECT partner_id, facts FROM due_partners")).all()
    for limits in THRESHOLDS:
        page = due_page(workspace, TODAY, limits, DueQuery(), 0, 500)
        assert list(page.rows) == _fresh(store, library, TODAY, limits)
        assert page.count == len(page.rows)
    with store.database.read() as session:
        after = session.execute(text("SELECT partner_id, facts FROM due_partners")).all()
    assert sorted(after) == sorted(before)


def test_the_stored_order_is_the_fresh_order_on_every_day_and_threshold(
    store: Store, library: ProgramLibrary
) -> None:
    """The day's order kept as columns (one UPDATE for a day and thresholds) gives each sort,
    filter and search as the list decided afresh, the counts too; a read-only database that
    cannot store it computes it in the query, with the same result."""
    with store.database.write() as session:
        demo.seed(session, library, TODAY)
    workspace = Workspace(store, library)
    queries = [
        DueQuery(sort=sort, descending=descending)
        for sort in ("urgency", "partner", "kind", "due", "days")
        for descending in (False, True)
    ]
    queries += [
        DueQuery(kinds=(DueKind.QUOTE_EXPIRING, DueKind.CERTIFICATION_EXPIRED)),
        DueQuery(search="gmbh", sort="due"),
    ]
    for shift in (-60, 0, 1, 8, 36, 200):
        day = TODAY + timedelta(days=shift)
        for limits in THRESHOLDS:
            for query in queries:
                page = due_page(workspace, day, limits, query, 0, 10_000)
                with store.database.read() as session:
                    assert stored_facts.arranged(session, day, limits)
                    fresh = due_selection(session, library, day, limits, query)
                assert list(page.rows) == fresh.items, (day, limits, query)
                assert (page.count, page.total) == (len(fresh.items), fresh.total)
                assert [n for _u, n in page.urgencies] == [n for n in fresh.urgencies if n]
    # arranged for the last day and thresholds; another day read-only: computed in the query
    store.database.read_only = Text("Test", "Nur lesen")
    try:
        for query in queries:
            page = due_page(workspace, TODAY, None, query, 0, 10_000)
            with store.database.read() as session:
                assert not stored_facts.arranged(session, TODAY, DueThresholds())
                fresh = due_selection(session, library, TODAY, None, query)
            assert list(page.rows) == fresh.items, query
    finally:
        store.database.read_only = None


def test_every_kind_of_change_shows_in_the_list(store: Store, library: ProgramLibrary) -> None:
    workspace = Workspace(store, library)
    with store.database.write() as session:
        partner = factories.partner(session, tier="business", company="Fällig GmbH")
        newcomer = factories.partner(session, tier=None, company="Neu GmbH")
        ids = partner.id, newcomer.id
    partner_id, newcomer_id = ids
    _same(store, library)

    def change(action: object) -> None:
        assert due_stale(workspace, TODAY) == 0
        with store.database.write() as session:
            action(session)  # type: ignore[operator]
        assert due_stale(workspace, TODAY) > 0, action  # a trigger marked the partner stale
        _same(store, library)
        assert due_stale(workspace, TODAY) == 0

    def course(session: Session) -> None:
        technician = Technician(name="Techniker", partner_id=partner_id)
        technician.courses.append(AdminCourse(completed_on=TODAY - timedelta(days=700)))
        session.add(technician)

    def later_course(session: Session) -> None:
        technician = session.scalars(select(Technician)).one()
        session.add(AdminCourse(technician_id=technician.id, completed_on=TODAY))

    def training(session: Session) -> None:
        session.add(
            TrainingRecord(partner_id=partner_id, kind="sales", format="online", attended_on=TODAY)
        )

    def backlink(session: Session) -> None:
        session.add(
            BacklinkCheck(
                partner_id=partner_id,
                url="u",
                verdict="follow",
                checked_at=datetime(2026, 3, 1, tzinfo=UTC),
            )
        )

    def agreement(session: Session) -> None:
        session.add(Agreement(partner_id=partner_id, kind=BASIC_SERVICE_AGREEMENT, signed_on=TODAY))

    def year(session: Session) -> None:
        session.add(
            PartnerYear(
                partner_id=partner_id,
                year=TODAY.year,
                support_calls_used=9,
                marketing_budget_used=Decimal("10"),
            )
        )

    sent: list[int] = []

    def quote(session: Session) -> None:
        made = quotes.create_quote(
            session, library, factories.quote_input(partner_id, TODAY - timedelta(days=25))
        )
        quotes.send(session, made.id, datetime(2026, 11, 1, tzinfo=UTC))
        sent.append(made.id)

    def accepted(session: Session) -> None:
        quotes.accept(session, sent[0], datetime(2026, 11, 20, tzinfo=UTC))

    checklist_ids: list[int] = []

    def checklist(session: Session) -> None:
        made = onboarding.start(session, library, newcomer_id, "authorized", TODAY)
        made.created_at = made.updated_at = datetime(2026, 9, 1, tzinfo=UTC)
        checklist_ids.append(made.id)

    def step(session: Session) -> None:
        onboarding.record(
            session, checklist_ids[0], StepId.PARTNER_AGREEMENT, StepStatus.DONE, TODAY
        )

    def tier(session: Session) -> None:
        session.add(
            TierHistory(
                partner_id=newcomer_id,
                tier="business",
                effective_from=TODAY - timedelta(days=1),
                source="manual",
            )
        )
        session.execute(update(Partner).where(Partner.id == newcomer_id).values(tier="business"))

    def rename(session: Session) -> None:
        session.execute(update(Partner).where(Partner.id == partner_id).values(company="Anders AG"))

    for action in (
        course,
        later_course,
        training,
        backlink,
        agreement,
        year,
        quote,
        accepted,
        checklist,
        step,
        tier,
        rename,
    ):
        change(action)

    with store.database.write() as session:
        session.execute(delete(Partner).where(Partner.id == newcomer_id))
    assert all(i.partner_id != newcomer_id for i in _same(store, library))


def test_a_day_past_what_the_facts_hold_for_computes_them_again(
    store: Store, library: ProgramLibrary
) -> None:
    """Trainings count per year, an agreement from its day on: the next year, or the day a
    coming agreement starts, makes the partner stale without any write."""
    with store.database.write() as session:
        partner = factories.partner(session, tier="business", company="Jahr GmbH")
        session.add(
            Agreement(
                partner_id=partner.id,
                kind=BASIC_SERVICE_AGREEMENT,
                signed_on=TODAY + timedelta(days=3),
            )
        )
    workspace = Workspace(store, library)
    _same(store, library)
    assert due_stale(workspace, TODAY + timedelta(days=2)) == 0
    assert due_stale(workspace, TODAY + timedelta(days=3)) == 1
    kinds = {i.kind for i in _same(store, library, TODAY + timedelta(days=3))}
    assert DueKind.SERVICE_AGREEMENT_MISSING not in kinds
    assert due_stale(workspace, date(TODAY.year + 1, 1, 1)) == 1
    _same(store, library, date(TODAY.year + 1, 1, 1))


def test_every_kind_has_its_rule() -> None:
    """Each kind the domain lists is stored with a rule (a new kind needs one)."""
    assert len(KINDS) == len(DueKind)
    today = TODAY
    never = DueItem(DueKind.BACKLINK_UNVERIFIED, 1, "x", today, 0, Urgency.NOW, "", Action.BACKLINK)
    assert rule_of(never) == (Rule.TODAY, 0)
    old = DueItem(DueKind.BACKLINK_UNVERIFIED, 1, "x", today, 0, Urgency.SOON, "", Action.BACKLINK)
    day = today.toordinal() - EVERYTHING.backlink_verification_days
    assert rule_of(old) == (Rule.BACKLINK, day)


def test_the_stored_facts_and_their_triggers_are_in_the_newest_schema(
    sqlite_only: Location,
) -> None:
    """A later migration that recreates a source table (SQLite's copy-and-move) drops them."""
    opened = open_store(sqlite_only)
    opened.close()
    engine = create_engine(sqlite_only.url)
    with engine.connect() as connection:
        triggers = set(
            connection.scalars(text("SELECT name FROM sqlite_master WHERE type = 'trigger'"))
        )
    engine.dispose()
    assert {"due_partners_forget_items", "due_partners_gone"} <= triggers
    assert set(sqlite_trigger_names()) <= triggers
    assert len(SOURCES) == 13
    assert is_derived("due_partners") and is_derived("due_facts")
    assert is_derived("partner_fact_marks")


def test_a_change_after_the_facts_were_read_leaves_the_partner_stale(
    store: Store, library: ProgramLibrary, monkeypatch: Any
) -> None:
    """The state row keeps the generation read before the facts: a colleague's change that
    lands while they are computed (here: in the same transaction, after the facts were read)
    counts the generation past it, so the partner is computed again on the next read."""
    with store.database.write() as session:
        partner_id = factories.partner(session, tier="business", company="Eilig GmbH").id
    workspace = Workspace(store, library)
    holds = stored_facts._valid_until

    def meanwhile(session: Session, *args: Any) -> dict[int, int]:
        session.execute(update(Partner).where(Partner.id == partner_id).values(company="Später AG"))
        return holds(session, *args)

    monkeypatch.setattr(stored_facts, "_valid_until", meanwhile)
    assert refresh_due(workspace, TODAY)
    monkeypatch.setattr(stored_facts, "_valid_until", holds)
    assert due_stale(workspace, TODAY) == 1  # the stored facts still say "Eilig GmbH"
    items = _same(store, library)
    assert {i.company for i in items} == {"Später AG"}
    assert due_stale(workspace, TODAY) == 0


def test_a_database_at_0009_with_data_upgrades_and_keeps_everything(
    location: Location, library: ProgramLibrary
) -> None:
    from alembic import command

    engine = create_engine(location.url)
    with engine.begin() as connection:
        command.upgrade(alembic_config(connection), "0009")
    with Session(engine) as session, session.begin():
        demo.seed(session, library, TODAY)
        partners = session.scalar(select(func.count()).select_from(Partner))
    engine.dispose()

    opened = open_store(location)
    assert opened.migrated_from == "0009"
    try:
        workspace = Workspace(opened, library)
        assert due_stale(workspace, TODAY) == partners
        items = _same(opened, library)
        assert len(items) > 10
        with opened.database.read() as session:
            assert session.scalar(select(func.count()).select_from(Partner)) == partners
    finally:
        opened.close()

    engine = create_engine(location.url)  # and back down to 0009: the derived tables go, the
    with engine.begin() as connection:  # records and their writes stay
        command.downgrade(alembic_config(connection), "0009")
        tables = set(inspect(connection).get_table_names())
        assert not {"due_partners", "due_facts", "partner_fact_marks"} & tables
        connection.execute(update(Partner).values(company="Nach dem Zurück GmbH"))
        assert connection.scalar(select(func.count()).select_from(Partner)) == partners
    engine.dispose()


def test_a_state_row_dropped_takes_its_items(store: Store, library: ProgramLibrary) -> None:
    """Items are stored only beside their partner's state row: a trigger drops them with it."""
    with store.database.write() as session:
        demo.seed(session, library, TODAY)
    _same(store, library)
    with store.database.write() as session:
        partner_id = session.execute(text("SELECT MIN(partner_id) FROM due_facts")).scalar_one()
        session.execute(text("DELETE FROM due_partners WHERE partner_id = :p"), {"p": partner_id})
        left = session.execute(
            text("SELECT COUNT(*) FROM due_facts WHERE partner_id = :p"), {"p": partner_id}
        ).scalar_one()
    assert left == 0


def test_a_read_only_database_with_stale_facts_decides_afresh(
    store: Store, library: ProgramLibrary
) -> None:
    """Nothing can be stored: the list is decided from the records as before, and a later
    window is found through the first one's places."""
    from nspdesk.services.due import due_window

    with store.database.write() as session:
        demo.seed(session, library, TODAY)
    workspace = Workspace(store, library)
    store.database.read_only = Text("Test", "Nur lesen")
    try:
        fresh = _fresh(store, library, TODAY, DueThresholds())
        assert due_list(workspace, TODAY) == fresh
        page = due_page(workspace, TODAY, None, DueQuery(), 0, 5)
        assert list(page.rows) == fresh[:5] and page.count == len(fresh)
        assert due_window(workspace, TODAY, None, page.places, 5, 5) == fresh[5:10]
        assert not refresh_due(workspace, TODAY)
    finally:
        store.database.read_only = None
    assert due_stale(workspace, TODAY) > 0  # nothing was stored


def test_refreshing_many_partners_on_postgresql_gives_the_planner_statistics(
    store: Store, library: ProgramLibrary, monkeypatch: Any
) -> None:
    """A first refresh fills the tables at once; PostgreSQL's planner knows nothing of them until
    autovacuum comes by (``reltuples`` -1: never analysed), so the refresh analyses them."""
    if store.database.location.is_sqlite:
        pytest.skip("SQLite keeps no planner statistics of its own here")
    with store.database.write() as session:
        for number in range(3):
            factories.partner(session, tier="business", company=f"Partner {number} GmbH")

    def reltuples() -> dict[str, float]:
        with store.database.read() as session:
            found = session.execute(
                text(
                    "SELECT relname, reltuples FROM pg_class "
                    "WHERE relname IN ('due_partners', 'due_facts')"
                )
            ).all()
        return {str(name): float(value) for name, value in found}

    assert reltuples() == {"due_partners": -1, "due_facts": -1}
    monkeypatch.setattr(stored_facts, "MANY", 3)
    assert refresh_due(Workspace(store, library), TODAY)
    analysed = reltuples()
    assert analysed["due_partners"] == 3
    assert analysed["due_facts"] > 0
