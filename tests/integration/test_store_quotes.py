"""Quote life cycle, numbering and won business, on SQLite and PostgreSQL."""

from __future__ import annotations

import threading
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import select

from nspdesk.domain.editions import ProgramLibrary
from nspdesk.domain.errors import InputError
from nspdesk.store import quotes
from nspdesk.store.errors import ConflictError, NotFoundError
from nspdesk.store.figures import partner_facts, year_figures
from nspdesk.store.models import Agreement, Quote, QuoteEvent, QuoteRevision
from nspdesk.store.opening import Store
from tests.integration import factories

WON = datetime(2026, 6, 1, 12, tzinfo=UTC)


def test_create_prices_and_numbers(store: Store, library: ProgramLibrary) -> None:
    with store.database.write() as session:
        partner = factories.partner(session, tier="business")
        first = quotes.create_quote(session, library, factories.quote_input(partner.id))
        second = quotes.create_quote(session, library, factories.quote_input(partner.id))
        next_year = quotes.create_quote(
            session, library, factories.quote_input(partner.id, date(2027, 1, 2))
        )
        numbers = [first.number, second.number, next_year.number]
    assert numbers == ["A-2026-0001", "A-2026-0002", "A-2027-0001"]
    with store.database.read() as session:
        quote = quotes.find_by_number(session, "A-2026-0001")
        revision = quote.current
        assert (revision.number, revision.status, revision.tier, revision.edition) == (
            1,
            "draft",
            "business",
            "2024",
        )
        # 50 × 30,00 − 25 % = 1.125,00; 50 × 7,50 − 20 % = 300,00
        assert [line.net for line in revision.lines] == [Decimal("1125.00"), Decimal("300.00")]
        assert (revision.net, revision.vat, revision.gross) == (
            Decimal("1425.00"),
            Decimal("270.75"),
            Decimal("1695.75"),
        )
        assert revision.lines[0].discount_percent == 25
        assert revision.recipient.splitlines() == [
            "Test & Partner <GmbH>",
            "Frau Test",
            "Teststraße 1",
            "12345 Teststadt",
        ]


def test_sent_revision_is_immutable_and_revise_makes_a_new_one(
    store: Store, library: ProgramLibrary
) -> None:
    with store.database.write() as session:
        partner = factories.partner(session, tier="premium")
        quote = quotes.create_quote(session, library, factories.quote_input(partner.id))
        changed = factories.quote_input(partner.id)
        changed = quotes.QuoteInput(
            **{**changed.__dict__, "subject": "Geändert", "lines": changed.lines[:1]}
        )
        quotes.update_draft(session, library, quote.id, changed)
        assert quote.current.subject == "Geändert"
        assert len(quote.current.lines) == 1
        quotes.send(session, quote.id, WON)
        with pytest.raises(ConflictError, match="Versendet"):
            quotes.update_draft(session, library, quote.id, changed)
        with pytest.raises(ConflictError, match="nicht versendet werden"):
            quotes.send(session, quote.id)
        quotes.revise(session, library, quote.id)
        assert [(r.number, r.status) for r in quote.revisions] == [(1, "sent"), (2, "draft")]
        assert quote.revisions[0].sent_at == WON
        assert quote.number == "A-2026-0001"  # the number stays
        quotes.send(session, quote.id, WON)
        quotes.accept(session, quote.id, WON)
        with pytest.raises(ConflictError, match="angenommen"):
            quotes.revise(session, library, quote.id)
        with pytest.raises(ConflictError):
            quotes.reject(session, quote.id)


def test_reject_and_expire(store: Store, library: ProgramLibrary) -> None:
    with store.database.write() as session:
        partner = factories.partner(session)
        draft = quotes.create_quote(session, library, factories.quote_input(partner.id))
        with pytest.raises(ConflictError, match="Entwurf"):
            quotes.accept(session, draft.id)
        with pytest.raises(ConflictError, match="Entwurf"):
            quotes.revise(session, library, draft.id)
        sent = quotes.create_quote(session, library, factories.quote_input(partner.id))
        quotes.send(session, sent.id, WON)
        rejected = quotes.create_quote(session, library, factories.quote_input(partner.id))
        quotes.send(session, rejected.id, WON)
        quotes.reject(session, rejected.id, WON)
        assert quotes.expire_due(session, date(2026, 12, 25)) == []  # valid through 25.12.
        assert quotes.expire_due(session, date(2026, 12, 26)) == [sent.number]
        assert sent.current.status == "expired"
        assert rejected.current.status == "rejected"
        assert draft.current.status == "draft"
        quotes.revise(session, library, sent.id)  # an expired quote can be renewed
        assert sent.current.status == "draft"


def test_expiry_in_bulk_marks_current_revisions_and_logs_each(
    store: Store, library: ProgramLibrary
) -> None:
    """Many quotes expire at once (after a holiday, an import): each current sent revision once,
    with its event; a quote revised since keeps its draft; objects in the session follow."""
    with store.database.write() as session:
        partner = factories.partner(session)
        sent = []
        for _ in range(1203):  # more than two of the bulk statement's chunks
            quote = quotes.create_quote(session, library, factories.quote_input(partner.id))
            sent.append(quote)
        for quote in sent:
            quotes.send(session, quote.id, WON)
        revised = sent[7]
        quotes.revise(session, library, revised.id)  # revision 2 is a draft: nothing expires
        held = sent[1202]
        assert [e.action for e in held.events][-1] == "sent"  # the trail is loaded in the session
        numbers = quotes.expire_due(session, date(2026, 12, 26))
        assert numbers == [q.number for q in sent if q is not revised]
        assert held.current.status == "expired"
        assert [e.action for e in held.events][-1] == "expired"
        assert held.events[-1].detail == "gültig bis 2026-12-25"  # as the trail always wrote it
        assert revised.current.status == "draft"
        assert quotes.expire_due(session, date(2026, 12, 27)) == []  # once only
    with store.database.read() as session:
        statuses = session.scalars(select(QuoteRevision.status)).all()
        assert statuses.count("expired") == 1202
        expired_events = [
            e
            for q in session.scalars(select(Quote)).all()
            for e in q.events
            if e.action == "expired"
        ]
        assert len(expired_events) == 1202
        assert {e.revision for e in expired_events} == {1}


def test_expiry_in_bulk_gives_what_expiring_each_quote_gave(
    store: Store, library: ProgramLibrary
) -> None:
    """A few hundred quotes of different validity, states and revisions expire at once: each due
    quote as the per-quote expiry did it (its current revision expired, one event with no actor,
    "expired", "gültig bis <day>", the revision's number, one time for all), versions and updated
    columns untouched, the others exactly as they were."""
    with store.database.write() as session:
        partner = factories.partner(session)
        made = []
        for index in range(360):
            day = date(2026, 9, 1) + timedelta(days=index % 120)  # valid through 1.10.–29.1.
            made.append(
                quotes.create_quote(session, library, factories.quote_input(partner.id, day))
            )
        sent = [quote for index, quote in enumerate(made) if index % 9 != 0]  # others: drafts
        for quote in sent:
            quotes.send(session, quote.id, WON)
        for quote in sent[1::10]:
            quotes.revise(session, library, quote.id)  # a draft revision 2: nothing expires
        for quote in sent[2::10]:
            quotes.revise(session, library, quote.id)
            quotes.send(session, quote.id, WON)  # revision 2 sent: it is the one that expires
        for quote in sent[3::10]:
            quotes.accept(session, quote.id, WON)
        ids = [quote.id for quote in made]
    today = date(2026, 12, 1)
    with store.database.read() as session:
        before = {quote.id: _snapshot(quote) for quote in session.scalars(select(Quote)).all()}
    due = {
        quote_id
        for quote_id, (_, _, _, revisions, _) in before.items()
        if revisions[-1][1] == "sent" and revisions[-1][2] < today
    }
    assert 100 < len(due) < len(ids) - 100  # many expire, many do not
    started = datetime.now(UTC)
    with store.database.write() as session:
        numbers = quotes.expire_due(session, today)
    with store.database.read() as session:
        after = {quote.id: _snapshot(quote) for quote in session.scalars(select(Quote)).all()}
        at = {
            event.at
            for quote in session.scalars(select(Quote)).all()
            for event in quote.events
            if event.action == "expired"
        }
    assert numbers == [before[quote_id][0] for quote_id in sorted(due)]
    assert len(at) == 1 and started <= at.pop() <= datetime.now(UTC)  # one moment, aware UTC
    for quote_id, (number, version, updated, revisions, events) in before.items():
        if quote_id not in due:
            assert after[quote_id] == before[quote_id], number
            continue
        revision, _, valid_until = revisions[-1]
        assert after[quote_id] == (
            number,
            version,
            updated,
            [*revisions[:-1], (revision, "expired", valid_until)],
            [*events, (revision, "", "expired", f"gültig bis {valid_until.isoformat()}")],
        ), number


def _snapshot(
    quote: Quote,
) -> tuple[str, int, datetime, list[tuple[int, str, date]], list[tuple[int, str, str, str]]]:
    """What expiring may change of a quote: its revisions' states and its trail (times aside)."""
    return (
        quote.number,
        quote.version,
        quote.updated_at,
        [(r.number, r.status, r.valid_until) for r in quote.revisions],
        [(e.revision, e.actor, e.action, e.detail) for e in quote.events],
    )


def test_two_expiring_at_once_log_each_quote_once(store: Store, library: ProgramLibrary) -> None:
    """Two apps open the quote list at once: the second waits for the first (SQLite's write lock,
    PostgreSQL's row locks after it read the same candidates) and then expires nothing — each
    quote is expired and logged once."""
    with store.database.write() as session:
        partner = factories.partner(session)
        for _ in range(30):
            quote = quotes.create_quote(session, library, factories.quote_input(partner.id))
            quotes.send(session, quote.id, WON)
    today = date(2026, 12, 26)
    second: list[object] = []

    def expire_too() -> None:
        try:
            with store.database.write() as other:
                second.append(quotes.expire_due(other, today))
        except Exception as error:  # reported below, not lost in the thread
            second.append(error)

    with store.database.write() as session:
        first = quotes.expire_due(session, today)
        thread = threading.Thread(target=expire_too)
        thread.start()
        thread.join(timeout=1.0)  # it waits for this transaction
        assert thread.is_alive()
    thread.join(timeout=60)
    assert len(first) == 30
    assert second == [[]]
    with store.database.read() as session:
        events = session.scalars(select(QuoteEvent).where(QuoteEvent.action == "expired")).all()
        assert sorted(e.quote_id for e in events) == sorted(session.scalars(select(Quote.id)).all())


def test_bad_input_changes_nothing(store: Store, library: ProgramLibrary) -> None:
    with store.database.write() as session:
        cloud = factories.partner(session, tier="business-cloud", track="cloud")
        partner_id = cloud.id
    with (
        pytest.raises(InputError, match="ausschließlich NoSpamProxy Cloud"),
        store.database.write() as session,
    ):
        quotes.create_quote(session, library, factories.quote_input(partner_id))
    with store.database.read() as session:
        assert session.scalars(select(Quote)).all() == []
    with store.database.write() as session:  # the failed attempt used no number
        line = quotes.LineInput("cloud-service", "Cloud", Decimal(10), Decimal("2.90"))
        assert (
            quotes.create_quote(
                session, library, factories.quote_input(partner_id, date(2026, 11, 25), line)
            ).number
            == "A-2026-0001"
        )
    with pytest.raises(InputError, match="valid_until"), store.database.write() as session:
        data = factories.quote_input(partner_id, date(2026, 11, 25), line)
        quotes.create_quote(
            session,
            library,
            quotes.QuoteInput(**{**data.__dict__, "valid_until": date(2026, 11, 1)}),
        )
    with pytest.raises(NotFoundError), store.database.read() as session:
        quotes.get_quote(session, 999)
    with pytest.raises(NotFoundError), store.database.write() as session:
        quotes.create_quote(session, library, factories.quote_input(999))


def test_won_quotes_count_towards_the_year(store: Store, library: ProgramLibrary) -> None:
    program = library.edition("2024")
    with store.database.write() as session:
        partner = factories.partner(session, tier="business")
        partner.agreements.append(Agreement(kind="basis-sv", signed_on=date(2024, 1, 1)))
        cloud_line = quotes.LineInput("cloud-service", "Cloud", Decimal(100), Decimal("2.90"))
        own_use = quotes.LineInput("own-use-license", "Eigenbedarf", Decimal(1), Decimal("249.00"))
        data = factories.quote_input(
            partner.id,
            date(2026, 5, 1),
            *factories.quote_input(partner.id).lines,
            cloud_line,
            own_use,
        )
        won = quotes.create_quote(session, library, data)
        quotes.send(session, won.id, WON - timedelta(days=30))  # within its validity
        quotes.accept(session, won.id, WON)
        lost = quotes.create_quote(session, library, factories.quote_input(partner.id))
        quotes.send(session, lost.id, WON)
        quotes.reject(session, lost.id, WON)
        session.flush()
        figures = year_figures(session, program, partner.id, 2026)
        assert figures.projects_won == 1
        # 1.125,00 + 300,00 + 12 × (100 × 2,90 − 15 % = 246,50); own use does not count
        assert figures.revenue_won == Decimal("1125.00") + Decimal("300.00") + 12 * Decimal(
            "246.50"
        )
        assert figures.mrr_won == Decimal("246.50")
        assert year_figures(session, program, partner.id, 2025).projects_won == 0
        facts, _ = partner_facts(session, program, partner, 2026, date(2026, 12, 31))
        assert facts.projects == 1
        assert facts.revenue == figures.revenue
        assert facts.service_agreement is True
        assert facts.tier == "business"
        revision_count = session.scalar(
            select(QuoteRevision.id).where(QuoteRevision.status == "accepted")
        )
        assert revision_count is not None
