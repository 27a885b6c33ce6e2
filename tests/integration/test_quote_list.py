"""The queries behind the quote list and the editor's partner picker, on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal

from nspdesk.domain.editions import ProgramLibrary
from nspdesk.store import quotes
from nspdesk.store.models import Contact
from nspdesk.store.opening import Store
from nspdesk.store.quote_list import list_quotes, partner_choices
from tests.integration import factories

SENT = datetime(2026, 3, 2, 9, tzinfo=UTC)  # within the validity of the quotes sent


def _line(number: str, description: str) -> quotes.LineInput:
    return quotes.LineInput(
        "server-license", description, Decimal(10), Decimal("30.00"), article_number=number
    )


def test_rows_show_the_current_revision_newest_first(store: Store, library: ProgramLibrary) -> None:
    with store.database.write() as session:
        alpha = factories.partner(session, company="Alpha GmbH", customer_number="K-1")
        beta = factories.partner(session, company="Beta AG", customer_number="K-2")
        first = quotes.create_quote(
            session,
            library,
            factories.quote_input(alpha.id, date(2026, 3, 1), _line("NSP-SRV-PROT", "Protection")),
        )
        quotes.send(session, first.id, SENT)
        quotes.revise(session, library, first.id)  # revision 2, a draft again
        second = quotes.create_quote(
            session,
            library,
            factories.quote_input(beta.id, date(2026, 5, 1), _line("NSP-SRV-ENC", "Encryption")),
        )
        older = quotes.create_quote(
            session, library, factories.quote_input(beta.id, date(2025, 12, 1))
        )
        ids = (first.id, second.id, older.id)
        alpha_id, beta_id = alpha.id, beta.id

    with store.database.read() as session:
        rows = list_quotes(session)
    assert [r.number for r in rows] == ["A-2026-0002", "A-2026-0001", "A-2025-0001"]
    by_id = {r.id: r for r in rows}
    first_row = by_id[ids[0]]
    assert (first_row.revision, first_row.status, first_row.label) == (2, "draft", "A-2026-0001/2")
    assert (first_row.partner, first_row.customer_number, first_row.partner_id) == (
        "Alpha GmbH",
        "K-1",
        alpha_id,
    )
    # 10 × 30,00 − 25 % (Business, Neulizenzen) = 225,00; + 19 % = 267,75
    assert (first_row.net, first_row.gross) == (Decimal("225.00"), Decimal("267.75"))
    assert (first_row.quote_date, first_row.valid_until) == (date(2026, 3, 1), date(2026, 3, 31))
    assert first_row.year == 2026
    # the searchable text: subject, article numbers and descriptions of the current revision
    assert "Angebot" in first_row.text
    assert "NSP-SRV-PROT Protection" in first_row.text
    assert "Encryption" not in first_row.text
    assert by_id[ids[1]].label == "A-2026-0002"
    older_text = by_id[ids[2]].text
    assert "Protection" in older_text and "Wartung" in older_text  # both lines of that quote

    with store.database.read() as session:
        assert [r.id for r in list_quotes(session, year=2025)] == [ids[2]]
        assert [r.id for r in list_quotes(session, partner_id=beta_id)] == [ids[1], ids[2]]
        assert list_quotes(session, year=2026, partner_id=beta_id)[0].id == ids[1]
        assert list_quotes(session, year=2024) == []


def test_a_quote_without_lines_is_listed(store: Store, library: ProgramLibrary) -> None:
    with store.database.write() as session:
        partner = factories.partner(session)
        data = factories.quote_input(partner.id)
        quotes.create_quote(session, library, quotes.QuoteInput(**{**vars(data), "lines": ()}))
    with store.database.read() as session:
        (row,) = list_quotes(session)
    assert (row.net, row.gross, row.text) == (Decimal("0.00"), Decimal("0.00"), "Angebot")


def test_partner_choices_by_name_with_the_primary_contact_first(store: Store) -> None:
    with store.database.write() as session:
        cloud = factories.partner(
            session,
            tier="business-cloud",
            track="cloud",
            company="Zeta Cloud GmbH",
            country="Österreich",
            vat_id="ATU12345678",
        )
        cloud.contacts.extend(
            [Contact(name="Herr Erster"), Contact(name="Frau Haupt", primary=True)]
        )
        factories.partner(session, tier=None, company="Anfang KG")
        msp = factories.partner(session, tier="msp", track="msp", company="Mitte MSP GmbH")
        msp.msp_level = "premium"
    with store.database.read() as session:
        choices = partner_choices(session)
    assert [c.company for c in choices] == ["Anfang KG", "Mitte MSP GmbH", "Zeta Cloud GmbH"]
    anfang, mitte, zeta = choices
    assert (anfang.tier, anfang.contacts) == (None, ())
    assert (mitte.track, mitte.tier, mitte.msp_level) == ("msp", "msp", "premium")
    assert (zeta.track, zeta.tier, zeta.country, zeta.vat_id) == (
        "cloud",
        "business-cloud",
        "Österreich",
        "ATU12345678",
    )
    assert zeta.contacts == ("Frau Haupt", "Herr Erster")
