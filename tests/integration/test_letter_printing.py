"""Stored quotes printed as letters: the contact greeted and addressed with salutation and title, the
signer below the closing (the person printing, the letterhead's signer, a managing director), the
mark of a draft, rejected or expired revision, and the customer's VAT ID a reverse-charge quote needs
(§ 13b UStG). Migration 0006 keeps every contact and the letterhead."""

from __future__ import annotations

import io
from collections.abc import Iterator
from dataclasses import replace
from datetime import date

import pytest
from pypdf import PdfReader
from sqlalchemy import create_engine, text

from nspdesk.domain.editions import ProgramLibrary
from nspdesk.domain.letterhead import demo_sender
from nspdesk.domain.pricing import Audience
from nspdesk.domain.quote_input import QuoteInput
from nspdesk.domain.tier_check import TierChoice
from nspdesk.domain.vat import VatMode
from nspdesk.services import quotes
from nspdesk.services.errors import InputError
from nspdesk.services.workspace import Workspace
from nspdesk.store.location import Location
from nspdesk.store.models import Contact, Partner, SenderRow
from nspdesk.store.opening import open_store
from nspdesk.store.sender import save_sender
from tests.integration import factories

TODAY = date(2026, 11, 25)


@pytest.fixture
def workspace(location: Location, library: ProgramLibrary) -> Iterator[Workspace]:
    opened = Workspace(open_store(location, keep_backups=0), library)
    yield opened
    opened.close()


def _content(data: bytes) -> str:
    pages = PdfReader(io.BytesIO(data)).pages
    return " ".join(" ".join(page.extract_text().split()) for page in pages).replace("\xa0", " ")


def _partner(workspace: Workspace, vat_id: str = "DE123456789") -> int:
    with workspace.database.write() as session:
        partner = factories.partner(session, company="Hansen IT GmbH", vat_id=vat_id)
        partner.contacts.append(
            Contact(
                name="Anna Hansen", salutation="Frau", title="Dr.", role="Einkauf", primary=True
            )
        )
        partner.contacts.append(Contact(name="Kim Lee", role="Technik"))
        return partner.id


def _draft(partner_id: int, **changes: object) -> QuoteInput:
    draft = replace(
        factories.quote_input(partner_id, TODAY),
        tier_choice=TierChoice.RECORDED,
        tier_reason="Zertifizierung ist gebucht",
    )
    return replace(draft, **changes)  # type: ignore[arg-type]


def test_the_letter_greets_addresses_and_is_signed(workspace: Workspace) -> None:
    partner_id = _partner(workspace)
    choice = next(p for p in quotes.partner_choices(workspace) if p.id == partner_id)
    assert choice.contacts == ("Frau Dr. Anna Hansen", "Kim Lee")  # as the editor offers them
    made = quotes.create(workspace, _draft(partner_id, contact_person="Anna Hansen"))

    mine = quotes.print_quote(
        workspace, made.id, contact="Max Vertrieb", function="Partner Account Manager"
    )
    content = _content(mine.data)
    assert "Hansen IT GmbH Frau Dr. Anna Hansen Teststraße 1" in content  # the address field
    assert "Mit freundlichen Grüßen Beispiel IT-Systemhaus GmbH Max Vertrieb Partner" in content
    assert "Ansprechpartner Max Vertrieb" in content
    # nobody in the settings: the first managing director signs
    default = _content(quotes.print_quote(workspace, made.id).data)
    assert "Beispiel IT-Systemhaus GmbH Erika Mustermann Geschäftsführung" in default
    with workspace.database.write() as session:  # the letterhead names who signs
        save_sender(
            session,
            replace(demo_sender(), signer_name="Lea Leitung", signer_function="Vertriebsleitung"),
        )
    own = _content(quotes.print_quote(workspace, made.id).data)
    assert "Lea Leitung Vertriebsleitung" in own and "Ansprechpartner Lea Leitung" in own


def test_drafts_rejected_and_expired_quotes_print_marked_sent_and_accepted_clean(
    workspace: Workspace,
) -> None:
    partner_id = _partner(workspace)
    made = quotes.create(workspace, _draft(partner_id))
    draft = quotes.print_quote(workspace, made.id, contact="Max")
    assert draft.mark == "ENTWURF" and _content(draft.data).count("ENTWURF – nicht versendet") == 1
    quotes.send(workspace, made.id, contact="Max", function="Vertrieb")
    sent = quotes.print_quote(workspace, made.id)
    assert sent.mark == "" and "ENTWURF" not in _content(sent.data)
    assert "Max Vertrieb" in _content(sent.data)  # as it was sent, whoever prints it now
    quotes.accept(workspace, made.id)
    accepted = quotes.print_quote(workspace, made.id, contact="Someone Else")
    assert accepted.data == sent.data  # byte for byte as the customer received it

    rejected = quotes.create(workspace, _draft(partner_id))
    quotes.send(workspace, rejected.id)
    quotes.reject(workspace, rejected.id)
    printed = quotes.print_quote(workspace, rejected.id)
    assert printed.mark == "ABGELEHNT" and "ABGELEHNT – vom Kunden abgelehnt" in _content(
        printed.data
    )

    expired = quotes.create(workspace, _draft(partner_id))
    quotes.send(workspace, expired.id)
    assert quotes.expire_due(workspace, date(2027, 2, 1))
    printed = quotes.print_quote(workspace, expired.id)
    assert printed.mark == "ABGELAUFEN" and "ABGELAUFEN – Gültigkeit abgelaufen" in _content(
        printed.data
    )


def test_reverse_charge_needs_the_customers_vat_id(workspace: Workspace) -> None:
    """§ 13b UStG: the recipient owes the VAT, so the quote names its VAT ID."""
    without = _partner(workspace, vat_id="")
    made = quotes.create(workspace, _draft(without, vat=VatMode.REVERSE_CHARGE))
    for refused in (
        lambda: quotes.print_quote(workspace, made.id),
        lambda: quotes.send(workspace, made.id),
    ):
        with pytest.raises(InputError) as error:
            refused()
        assert error.value.field == "vat_id"
        assert "Reverse Charge" in error.value.message and "Hansen IT GmbH" in error.value.message
        assert "„USt-IdNr.“ leer" in error.value.message
    assert quotes.detail(workspace, made.id).state.status == quotes.Status.DRAFT  # not sent

    with_id = _partner(workspace, vat_id="ATU12345678")
    made = quotes.create(workspace, _draft(with_id, vat=VatMode.REVERSE_CHARGE))
    content = _content(quotes.print_quote(workspace, made.id).data)
    assert "Teststadt USt-IdNr. ATU12345678 Angebot" in content  # below the address

    customer = "Alpen Endkunde AG\nRing 1\n1010 Wien\nÖsterreich"
    end = _draft(
        with_id, vat=VatMode.REVERSE_CHARGE, audience=Audience.END_CUSTOMER, customer=customer
    )
    made = quotes.create(workspace, end)
    with pytest.raises(InputError) as error:
        quotes.print_quote(workspace, made.id)
    assert "Endkunde" in error.value.message  # the field to fill in
    quotes.save_draft(
        workspace,
        made.id,
        replace(end, customer=customer + "\nUSt-IdNr. ATU99999999"),
        expected_version=None,
    )
    content = _content(quotes.print_quote(workspace, made.id).data)
    assert "1010 Wien ÖSTERREICH USt-IdNr. ATU99999999 Angebot" in content
    # the partner's contact signs (with its title), its role below
    assert "Mit freundlichen Grüßen Hansen IT GmbH Dr. Anna Hansen Einkauf" in content


def test_a_0005_database_upgrades_and_keeps_contacts_and_letterhead(
    sqlite_only: Location, library: ProgramLibrary
) -> None:
    from alembic import command

    from nspdesk.store.migrate import alembic_config

    engine = create_engine(sqlite_only.url)
    with engine.begin() as connection:
        command.upgrade(alembic_config(connection), "0005")
        connection.execute(
            text(
                "INSERT INTO partners (id, company, customer_number, street, postal_code, city,"
                " country, vat_id, website, backlink_url, track, reseller_only, notes, created_at,"
                " updated_at, version, updated_by) VALUES (1, 'Alt GmbH', 'K-1', 'Weg 1', '12345',"
                " 'Köln', 'Deutschland', '', '', '', 'server', 0, '', '2026-01-01 00:00:00',"
                " '2026-01-01 00:00:00', 1, '')"
            )
        )
        connection.execute(
            text(
                'INSERT INTO contacts (id, partner_id, name, role, email, phone, "primary")'
                " VALUES (1, 1, 'Frau Jana Petersen', 'Vertrieb', 'jp@alt.example', '1', 1)"
            )
        )
        connection.execute(
            text(
                "INSERT INTO sender (id, company, legal_form, street, postal_code, city, country,"
                " phone, email, web, register_court, register_number, managing_directors, vat_id,"
                " bank_name, iban, bic, seat, created_at, updated_at) VALUES (1, 'Wir GmbH',"
                " 'GmbH', 'Allee 2', '50667', 'Köln', 'Deutschland', '', '', '', 'AG Köln',"
                " 'HRB 1', 'Erika', '', '', '', '', '', '2026-01-01 00:00:00',"
                " '2026-01-01 00:00:00')"
            )
        )
    engine.dispose()

    opened = open_store(sqlite_only, keep_backups=0)
    assert opened.migrated_from == "0005"
    with opened.database.read() as session:
        partner = session.get(Partner, 1)
        assert partner is not None
        contact = partner.contacts[0]
        assert (contact.name, contact.role, contact.email, contact.primary) == (
            "Frau Jana Petersen",
            "Vertrieb",
            "jp@alt.example",
            True,
        )
        assert (contact.salutation, contact.title, contact.addressed) == (
            "",
            "",
            "Frau Jana Petersen",  # greets as before: "Sehr geehrte Frau Petersen,"
        )
        sender = session.get(SenderRow, 1)
        assert sender is not None
        assert (sender.company, sender.register_court, sender.managing_directors) == (
            "Wir GmbH",
            "AG Köln",
            "Erika",
        )
        assert (sender.signer_name, sender.signer_function) == ("", "")
    opened.close()


def test_a_contacts_salutation_is_frau_herr_or_none(workspace: Workspace) -> None:
    from nspdesk.domain.partner_input import ContactInput
    from nspdesk.store.partner_records import save_contacts

    partner_id = _partner(workspace)
    with workspace.database.write() as session, pytest.raises(InputError) as error:
        save_contacts(session, partner_id, [ContactInput(name="Eva Klein", salutation="Fr.")])
    assert error.value.field == "contacts[0].salutation"
    with workspace.database.write() as session:
        saved = save_contacts(
            session,
            partner_id,
            [ContactInput(name=" Eva Klein ", salutation=" Frau ", title=" Prof. Dr. ")],
        )
        assert [(c.salutation, c.title, c.addressed) for c in saved] == [
            ("Frau", "Prof. Dr.", "Frau Prof. Dr. Eva Klein")
        ]
