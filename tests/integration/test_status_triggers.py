"""A revision's status changed alone (migration 0013): the list rows and the partners' generations
follow through the cheap triggers, the searched text is left as it is, and it all equals what the
general triggers made before (the rows worked out afresh from the records)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from typing import Any

from sqlalchemy import Connection, create_engine, func, select, text, update
from sqlalchemy.orm import Session

from nspdesk.domain.editions import ProgramLibrary
from nspdesk.services.due import due_list, due_stale
from nspdesk.services.workspace import Workspace
from nspdesk.store import demo, quotes
from nspdesk.store.due import due_list as fresh_due_list
from nspdesk.store.fact_marks import generations
from nspdesk.store.list_search import QUOTES, matching
from nspdesk.store.location import Location
from nspdesk.store.migrate import alembic_config
from nspdesk.store.models import Partner, QuoteRevision
from nspdesk.store.opening import Store, open_store
from tests.integration import factories

TODAY = date(2026, 11, 25)

# the list rows as migration 0008's triggers make them: the current revision of each quote
_FRESH_ROWS = """
SELECT q.id, q.partner_id, r.status, r.number, r.quote_date, r.valid_until, r.net, r.gross
FROM quotes q JOIN quote_revisions r ON r.quote_id = q.id
WHERE r.number = (SELECT max(number) FROM quote_revisions WHERE quote_id = q.id)
ORDER BY q.id
"""
_STORED_ROWS = """
SELECT quote_id, partner_id, status, revision, quote_date, valid_until, net, gross
FROM search_quote_rows ORDER BY quote_id
"""


def _rows(session: Session | Connection, query: str) -> list[tuple[Any, ...]]:
    return [tuple(row) for row in session.execute(text(query))]


def _index(store: Store) -> tuple[list[tuple[Any, ...]], list[tuple[Any, ...]]]:
    """The list rows stored and made afresh, and the searched text (the quotes' FTS/trigram)."""
    with store.database.read() as session:
        stored = _rows(session, _STORED_ROWS)
        assert stored == _rows(session, _FRESH_ROWS)
        sqlite = session.get_bind().dialect.name == "sqlite"
        body = _rows(
            session,
            "SELECT rowid, body FROM search_quotes ORDER BY rowid"
            if sqlite
            else "SELECT search_key, body FROM search_quotes ORDER BY search_key",
        )
    return stored, body


def _sent(store: Store, library: ProgramLibrary, partner_id: int, day: date) -> int:
    with store.database.write() as session:
        made = quotes.create_quote(session, library, factories.quote_input(partner_id, day))
        quotes.send(session, made.id, datetime.combine(day, datetime.min.time(), tzinfo=UTC))
        return made.id


def test_expiring_changes_the_list_rows_and_the_facts_not_the_text(
    store: Store, library: ProgramLibrary
) -> None:
    with store.database.write() as session:
        demo.seed(session, library, TODAY)
        mine = factories.partner(session, company="Ablauf GmbH").id
        other = factories.partner(session, company="Unberührt AG").id
    old = _sent(store, library, mine, TODAY - timedelta(days=90))
    young = _sent(store, library, other, TODAY - timedelta(days=2))
    workspace = Workspace(store, library)
    with store.database.read() as session:
        assert due_list(workspace, TODAY) == fresh_due_list(session, library, TODAY)
    assert due_stale(workspace, TODAY) == 0
    rows_before, body_before = _index(store)
    with store.database.read() as session:
        marks_before = generations(session, [mine, other])

    with store.database.write() as session:
        expired = quotes.expire_due(session, TODAY)
    assert expired  # the demo's and ours
    rows_after, body_after = _index(store)  # the rows equal the ones made afresh
    assert body_after == body_before  # the searched text holds no status: untouched
    changed = {row[0]: row[2] for row in rows_after if row not in rows_before}
    assert changed[old] == "expired" and young not in changed
    assert set(changed.values()) == {"expired"}

    with store.database.read() as session:
        marks_after = generations(session, [mine, other])
        assert marks_after[mine] > marks_before[mine]  # the partner's due facts are stale
        assert marks_after[other] == marks_before[other]
        assert due_stale(workspace, TODAY) > 0
        assert due_list(workspace, TODAY) == fresh_due_list(session, library, TODAY)
    with store.database.read() as session:
        found = matching(session, QUOTES, "ablauf")
        assert found is not None and len(session.scalars(found).all()) == 1


def test_every_kind_of_revision_update_keeps_the_rows(
    store: Store, library: ProgramLibrary
) -> None:
    """Status with other columns, an older revision's status, a status set to itself, the
    searched columns alone: the stored rows always equal the fresh ones."""
    with store.database.write() as session:
        partner = factories.partner(session, company="Revision KG").id
    first = _sent(store, library, partner, TODAY - timedelta(days=10))
    with store.database.write() as session:
        quotes.revise(
            session, library, first, factories.quote_input(partner, TODAY - timedelta(days=5))
        )
    _index(store)
    older = QuoteRevision.quote_id == first
    for values in (
        {"status": "rejected"},  # the older revision only: the list row stays
        {"status": "sent", "subject": "Neuer Betreff"},
        {"status": "sent"},  # unchanged
    ):
        with store.database.write() as session:
            session.execute(
                update(QuoteRevision).where(older, QuoteRevision.number == 1).values(**values)
            )
        _index(store)
    with store.database.write() as session:  # the current one: status and amounts at once
        session.execute(
            update(QuoteRevision)
            .where(older, QuoteRevision.number == 2)
            .values(status="accepted", gross=Decimal("123.45"))
        )
    rows, _body = _index(store)
    assert [(r[2], r[3], r[7]) for r in rows if r[0] == first] == [("accepted", 2, 12345)]
    with store.database.write() as session:  # the subject alone: the text follows
        session.execute(
            update(QuoteRevision)
            .where(older, QuoteRevision.number == 2)
            .values(subject="Zweiter Betreff Quittengelee")
        )
    _index(store)
    with store.database.read() as session:
        found = matching(session, QUOTES, "quittengelee")
        assert found is not None and len(session.scalars(found).all()) == 1


def test_a_database_at_0012_with_data_upgrades_and_back(
    location: Location, library: ProgramLibrary
) -> None:
    from alembic import command

    engine = create_engine(location.url)
    with engine.begin() as connection:
        command.upgrade(alembic_config(connection), "0012")
    with Session(engine) as session, session.begin():
        demo.seed(session, library, TODAY)
        partners = session.scalar(select(func.count()).select_from(Partner))
        revisions = session.scalar(select(func.count()).select_from(QuoteRevision))
    engine.dispose()

    opened = open_store(location)
    assert opened.migrated_from == "0012"
    try:
        rows_before, body_before = _index(opened)
        with opened.database.write() as session:
            assert quotes.expire_due(session, TODAY + timedelta(days=400))
        rows_after, body_after = _index(opened)
        assert rows_after != rows_before and body_after == body_before
        with opened.database.read() as session:
            assert session.scalar(select(func.count()).select_from(Partner)) == partners
            assert session.scalar(select(func.count()).select_from(QuoteRevision)) == revisions
    finally:
        opened.close()

    engine = create_engine(location.url)  # back to 0012: the general triggers as they were
    with engine.begin() as connection:
        command.downgrade(alembic_config(connection), "0012")
        connection.execute(update(QuoteRevision).values(status="sent"))
        assert _rows(connection, _STORED_ROWS) == _rows(connection, _FRESH_ROWS)
        command.upgrade(alembic_config(connection), "head")
        connection.execute(update(QuoteRevision).values(status="rejected"))
        assert _rows(connection, _STORED_ROWS) == _rows(connection, _FRESH_ROWS)
    engine.dispose()
