"""Migration 0007 (sync): a database of schema 0006 with data upgrades, keeps everything, and every
row that travels gets a global id (issue #19, docs/sync.md)."""

from __future__ import annotations

from datetime import UTC, date, datetime

from alembic import command
from sqlalchemy import create_engine, func, select
from sqlalchemy.orm import Session

from nspdesk.domain.editions import ProgramLibrary
from nspdesk.store import quotes
from nspdesk.store.location import Location
from nspdesk.store.maintenance import check
from nspdesk.store.migrate import alembic_config
from nspdesk.store.models import Contact, QuoteLineRow, SenderRow, SyncCounter, SyncRow
from nspdesk.store.opening import open_store
from nspdesk.store.sync.tables import travelling
from tests.integration import factories


def test_a_0006_database_upgrades_keeps_everything_and_maps_every_row(
    location: Location, library: ProgramLibrary
) -> None:
    """The data is made with today's store code and the schema then taken back to 0006 (0007's
    downgrade), since today's code writes columns 0006 does not have."""
    engine = create_engine(location.url)
    with engine.begin() as connection:
        command.upgrade(alembic_config(connection), "head")
    with Session(engine) as session, session.begin():
        partner = factories.partner(session, company="Alt GmbH")
        partner_id = partner.id
        session.add(Contact(partner_id=partner_id, name="Anna"))
        session.add(SenderRow(id=1, company="Team GmbH"))
        quote = quotes.create_quote(
            session, library, factories.quote_input(partner.id, date(2026, 11, 20))
        )
        quotes.send(session, quote.id, datetime(2026, 11, 20, 9, tzinfo=UTC))
        number, gross = quote.number, quote.current.gross
    with engine.begin() as connection:
        command.downgrade(alembic_config(connection), "0006")
    engine.dispose()

    opened = open_store(location)
    assert opened.migrated_from == "0006"
    with opened.database.read() as session:
        kept = quotes.find_by_number(session, number)
        assert (kept.current.status, kept.current.gross, kept.partner_id) == (
            "sent",
            gross,
            partner_id,
        )
        assert session.scalars(select(Contact.name)).all() == ["Anna"]
        for table in travelling():
            ids = set(session.scalars(select(table.table.c.id)))
            mapped = session.execute(
                select(SyncRow.local_id, SyncRow.gid, SyncRow.seq, SyncRow.dirty).where(
                    SyncRow.tbl == table.name
                )
            ).all()
            assert {m.local_id for m in mapped} == ids, table.name
            assert all(m.seq == 0 and not m.dirty for m in mapped)
        gids = session.scalars(select(SyncRow.gid)).all()
        assert len(set(gids)) == len(gids)
        assert session.scalar(select(func.count()).select_from(QuoteLineRow)) == 2
        assert session.scalars(select(SyncRow.gid).where(SyncRow.tbl == "sender")).all() == [
            "sender"
        ]
        assert session.scalars(select(SyncCounter.last)).all() == [0]
    opened.close()
    if location.is_sqlite:
        assert check(location).ok
