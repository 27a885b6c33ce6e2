"""Quotes that know the program, in the store: the tier decision, end-customer prices, the audit
trail, locking and expiry, and sent revisions reprinted byte for byte."""

from __future__ import annotations

import io
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from nspdesk.documents.quote_pdf import quote_pdf
from nspdesk.domain.editions import ProgramLibrary
from nspdesk.domain.errors import InputError
from nspdesk.domain.letterhead import demo_sender
from nspdesk.domain.pricing import Audience
from nspdesk.domain.tier_check import TierChoice
from nspdesk.store import demo, printing, quotes
from nspdesk.store.errors import ConflictError
from nspdesk.store.models import Partner, Quote, QuoteEvent
from nspdesk.store.opening import Store
from nspdesk.store.sender import save_sender
from tests.integration import factories

BERLIN = ZoneInfo("Europe/Berlin")
DAY = date(2026, 11, 25)


def events(store: Store, quote_id: int) -> list[tuple[int, str, str]]:
    with store.database.read() as session:
        rows = session.scalars(
            select(QuoteEvent).where(QuoteEvent.quote_id == quote_id).order_by(QuoteEvent.id)
        )
        return [(e.revision, e.action, e.actor) for e in rows]


def test_every_step_is_in_the_audit_trail_with_who_and_when(
    store: Store, library: ProgramLibrary
) -> None:
    with store.database.write() as session:
        partner = factories.partner(session)
        quote = quotes.create_quote(
            session, library, factories.quote_input(partner.id, DAY), actor="anna"
        )
        quote_id = quote.id
        quotes.update_draft(
            session, library, quote_id, factories.quote_input(partner.id, DAY), actor="anna"
        )
        quotes.send(session, quote_id, datetime(2026, 11, 25, 10, tzinfo=UTC), actor="anna")
        quotes.revise(session, library, quote_id, actor="ben")
        quotes.send(session, quote_id, datetime(2026, 11, 26, 10, tzinfo=UTC), actor="ben")
        quotes.accept(session, quote_id, datetime(2026, 11, 27, 10, tzinfo=UTC), actor="carla")
    assert events(store, quote_id) == [
        (1, "created", "anna"),
        (1, "saved", "anna"),
        (1, "sent", "anna"),
        (2, "revised", "ben"),
        (2, "sent", "ben"),
        (2, "accepted", "carla"),
    ]
    with store.database.read() as session:
        trail = session.get(Quote, quote_id).events  # type: ignore[union-attr]
        assert "Business Partner, 2 Positionen, netto" in trail[0].detail
        assert trail[2].at == datetime(2026, 11, 25, 10, tzinfo=UTC)
        assert set(quotes.ACTIONS) >= {e.action for e in trail}


def test_an_accepted_quote_is_locked(store: Store, library: ProgramLibrary) -> None:
    with store.database.write() as session:
        partner = factories.partner(session)
        quote = quotes.create_quote(session, library, factories.quote_input(partner.id, DAY))
        quotes.send(session, quote.id, datetime(2026, 11, 25, 10, tzinfo=UTC))
        quotes.accept(session, quote.id)
        data = factories.quote_input(partner.id, DAY)
        with pytest.raises(ConflictError, match="gesperrt"):
            quotes.update_draft(session, library, quote.id, data)
        with pytest.raises(ConflictError, match="angenommen"):
            quotes.revise(session, library, quote.id)
        with pytest.raises(ConflictError):
            quotes.send(session, quote.id)


@pytest.mark.parametrize(
    ("now", "allowed"),
    [
        (datetime(2026, 12, 25, 23, 59, tzinfo=BERLIN), True),
        (datetime(2026, 12, 26, 0, 0, tzinfo=BERLIN), False),
    ],
)
def test_a_draft_past_its_validity_day_cannot_be_sent(
    store: Store, library: ProgramLibrary, now: datetime, allowed: bool
) -> None:
    with store.database.write() as session:
        partner = factories.partner(session)
        data = factories.quote_input(partner.id, DAY)  # valid until 25.12.2026
        quote = quotes.create_quote(session, library, data)
        if allowed:
            assert quotes.send(session, quote.id, now).current.status == quotes.Status.SENT
            return
        with pytest.raises(InputError) as error:
            quotes.send(session, quote.id, now)
        assert error.value.field == "valid_until" and "25.12.2026" in error.value.message
        later = replace(data, valid_until=date(2027, 1, 15))
        quotes.update_draft(session, library, quote.id, later)
        assert quotes.send(session, quote.id, now).current.status == quotes.Status.SENT


def test_end_customer_quote_stores_purchase_prices_and_reprints_without_them(
    store: Store, library: ProgramLibrary
) -> None:
    with store.database.write() as session:
        partner = factories.partner(session, tier="premium")
        data = replace(factories.quote_input(partner.id, DAY), audience=Audience.END_CUSTOMER)
        quote = quotes.create_quote(session, library, data)
        revision = quote.current
        assert revision.audience == "end-customer"
        # 50 × 30,00 at list price; Premium buys it 30 % cheaper
        assert (revision.lines[0].net, revision.lines[0].purchase_net) == (
            Decimal("1500.00"),
            Decimal("1050.00"),
        )
        job = printing.print_job(session, library, quote.id, "Erika Mustermann")
        assert job.priced.margin == Decimal("450.00") + Decimal("75.00")  # licences + maintenance
        assert quotes.input_from_revision(partner.id, revision).audience is Audience.END_CUSTOMER


def test_a_sent_revision_reprints_byte_for_byte_after_partner_and_sender_changed(
    store: Store, library: ProgramLibrary
) -> None:
    with store.database.write() as session:
        save_sender(session, demo_sender())
        partner = factories.partner(session)
        quote = quotes.create_quote(session, library, factories.quote_input(partner.id, DAY))
        quote_id, partner_id = quote.id, partner.id
        draft = printing.print_job(session, library, quote_id, "Erika Mustermann")
        assert not draft.frozen
        quotes.send(session, quote_id, datetime(2026, 11, 25, 10, tzinfo=UTC), contact="Erika M.")
        sent = printing.print_job(session, library, quote_id, "jemand anderes")
        assert sent.frozen and sent.document.contact == "Erika M."
        first = quote_pdf(sent.priced, sent.document, sent.sender)

    with store.database.write() as session:
        moved = session.get(Partner, partner_id)
        assert moved is not None
        moved.street, moved.city = "Neue Allee 9", "Anderswo"
        save_sender(session, replace(demo_sender(), iban="DE02 1203 0000 0000 2020 51"))

    with store.database.read() as session:
        again = printing.print_job(session, library, quote_id, "wieder jemand")
        assert quote_pdf(again.priced, again.document, again.sender) == first
        assert again.document.recipient.city == "Teststadt"


def test_recorded_tier_decision_is_validated_stored_and_logged(
    store: Store, library: ProgramLibrary
) -> None:
    today = date.today()
    with store.database.write() as session:
        demo.seed(session, library, today)
        checks = {
            p.id: quotes.tier_check_for(session, library, p.id, today)
            for p in session.scalars(select(Partner))
        }
        failing = [pid for pid, c in checks.items() if c is not None and not c.holds]
        lowered = [pid for pid in failing if checks[pid].supported is not None]  # type: ignore[union-attr]
        assert failing, "the demo has partners below their recorded tier"
        partner_id = failing[0]
        check = checks[partner_id]
        assert check is not None
        base = factories.quote_input(partner_id, today)

        no_reason = replace(base, tier_choice=TierChoice.RECORDED)
        with pytest.raises(InputError) as error:
            quotes.create_quote(session, library, no_reason)
        assert error.value.field == "tier_reason"

        kept = quotes.create_quote(
            session,
            library,
            replace(base, tier_choice=TierChoice.RECORDED, tier_reason="Kurs ist gebucht"),
            actor="anna",
        )
        revision = kept.current
        assert (revision.tier, revision.recorded_tier) == (check.recorded.id, check.recorded.id)
        assert (revision.tier_choice, revision.tier_reason) == ("recorded", "Kurs ist gebucht")
        assert [e.action for e in kept.events] == ["created", "priced"]
        assert "Kurs ist gebucht" in kept.events[1].detail

        if lowered:
            pid = lowered[0]
            supported = checks[pid].supported  # type: ignore[union-attr]
            assert supported is not None
            data = replace(factories.quote_input(pid, today), tier_choice=TierChoice.SUPPORTED)
            cheaper = quotes.create_quote(session, library, data)
            assert cheaper.current.tier == supported.id
            assert cheaper.current.recorded_tier == checks[pid].recorded.id  # type: ignore[union-attr]
            revised_input = quotes.input_from_revision(pid, cheaper.current)
            assert revised_input.tier_choice is TierChoice.SUPPORTED


def test_a_partner_whose_tier_holds_needs_no_decision(
    store: Store, library: ProgramLibrary
) -> None:
    with store.database.write() as session:
        partner = factories.partner(session, tier=None)
        assert quotes.tier_check_for(session, library, partner.id, DAY) is None
        msp = factories.partner(session, tier="msp", track="msp", msp_level="business")
        assert quotes.tier_check_for(session, library, msp.id, DAY) is None


def test_expired_quotes_are_logged(store: Store, library: ProgramLibrary) -> None:
    with store.database.write() as session:
        partner = factories.partner(session)
        quote = quotes.create_quote(session, library, factories.quote_input(partner.id, DAY))
        quotes.send(session, quote.id, datetime(2026, 11, 25, 10, tzinfo=UTC))
        assert quotes.expire_due(session, DAY + timedelta(days=30)) == []  # its last day
        assert quotes.expire_due(session, DAY + timedelta(days=31)) == [quote.number]
        assert quote.events[-1].action == "expired"


def test_demo_quotes_have_a_chronological_audit_trail(
    store: Store, library: ProgramLibrary
) -> None:
    with store.database.write() as session:
        demo.seed(session, library, DAY)
        for quote in session.scalars(select(Quote)):
            times = [event.at for event in quote.events]
            assert times == sorted(times), quote.number
            for event in quote.events:  # expiry is the app's doing, not a person's
                assert event.actor == ("" if event.action == "expired" else demo.DEMO_ACTOR)
            assert quote.events[0].action == "created"


def test_end_customer_quote_goes_to_the_customer_on_the_partners_letterhead(
    store: Store, library: ProgramLibrary
) -> None:
    with store.database.write() as session:
        save_sender(session, demo_sender())
        partner = factories.partner(
            session,
            company="Systemhaus Nord GmbH",
            vat_id="DE123456789",
            website="www.nord.example",
        )
        customer = "Huber Logistik AG\nFrau Sophie Huber\nHafenstraße 3\n1010 Wien\nÖsterreich"
        data = replace(
            factories.quote_input(partner.id, DAY),
            audience=Audience.END_CUSTOMER,
            customer=customer + "\n",
        )
        quote = quotes.create_quote(session, library, data)
        assert quote.current.customer == customer
        assert quotes.input_from_revision(partner.id, quote.current).customer == customer
        job = printing.print_job(session, library, quote.id, "Paul Vertrieb")
        recipient = job.document.recipient
        assert (recipient.company, recipient.contact, recipient.street) == (
            "Huber Logistik AG",
            "Frau Sophie Huber",
            "Hafenstraße 3",
        )
        assert (recipient.postal_code, recipient.city, recipient.country) == (
            "1010",
            "Wien",
            "Österreich",
        )
        assert job.document.customer_number == "" and job.document.recipient_vat_id == ""
        assert (job.sender.company, job.sender.legal_form) == ("Systemhaus Nord GmbH", "GmbH")
        assert (job.sender.vat_id, job.sender.web) == ("DE123456789", "www.nord.example")
        text = " ".join(
            page.extract_text()
            for page in PdfReader(io.BytesIO(quote_pdf(job.priced, job.document, job.sender))).pages
        )
        assert "Huber Logistik AG" in text and "Systemhaus Nord GmbH" in text
        assert demo_sender().company not in text  # not Net at Work's (here: the demo) letterhead

        partner_quote = quotes.create_quote(
            session, library, factories.quote_input(partner.id, DAY)
        )
        assert partner_quote.current.customer == ""
        assert printing.print_job(session, library, partner_quote.id, "").sender == demo_sender()


@pytest.mark.parametrize(
    ("block", "expected"),
    [
        ("Firma\nWeg 1\n12345 Ort", ("Firma", "", "Weg 1", "12345", "Ort", "")),
        ("Firma\nOrt", ("Firma", "", "", "", "Ort", "")),
        ("Firma", ("Firma", "", "", "", "", "")),
        ("", ("", "", "", "", "", "")),
        (
            "A\nHerr B\nz. Hd. C\nWeg 2\n50667 Köln",
            ("A", "Herr B z. Hd. C", "Weg 2", "50667", "Köln", ""),
        ),
    ],
)
def test_end_customer_address_lines(block: str, expected: tuple[str, ...]) -> None:
    got = printing.end_customer_addressee(block)
    assert (
        got.company,
        got.contact,
        got.street,
        got.postal_code,
        got.city,
        got.country,
    ) == expected


def test_migrations_match_the_models(sqlite_only: object) -> None:
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext
    from sqlalchemy import create_engine

    from nspdesk.store.list_search import is_derived
    from nspdesk.store.migrate import upgrade
    from nspdesk.store.models import Base

    engine = create_engine(sqlite_only.url)  # type: ignore[attr-defined]
    with engine.begin() as connection:
        upgrade(connection, "head")
    with engine.connect() as connection:
        context = MigrationContext.configure(
            connection,
            opts={
                "compare_type": True,
                # the search index (migration 0006) is derived from the tables, not a model
                "include_name": lambda name, kind, _parent: kind != "table" or not is_derived(name),
            },
        )
        assert compare_metadata(context, Base.metadata) == []
    engine.dispose()
