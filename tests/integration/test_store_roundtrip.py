"""Every entity goes in and comes back the same, on SQLite and PostgreSQL; money stays exact."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone
from decimal import Decimal

import pytest
from sqlalchemy import select, text

from nspdesk.domain.decimals import CENT
from nspdesk.domain.letterhead import Sender
from nspdesk.store.models import (
    AdminCourse,
    Agreement,
    BacklinkCheck,
    CatalogItem,
    Contact,
    NfrLicence,
    OnboardingChecklist,
    OnboardingStep,
    Partner,
    PartnerYear,
    Technician,
    TrainingRecord,
)
from nspdesk.store.opening import Store
from nspdesk.store.sender import load_sender, save_sender
from tests.integration import factories


def test_partner_with_everything(store: Store) -> None:
    checked = datetime(2026, 11, 20, 15, 30, tzinfo=timezone(timedelta(hours=1)))
    with store.database.write() as session:
        partner = factories.partner(
            session,
            website="https://example.test",
            vat_id="DE123456789",
            partner_since=date(2021, 4, 1),
            msp_level=None,
            notes="Ümlaut ß €",
        )
        partner.contacts.append(
            Contact(name="Frau Ada Müller", email="ada@example.test", primary=True)
        )
        partner.years.append(
            PartnerYear(
                year=2025,
                projects=4,
                revenue=Decimal("21000.10"),
                mrr=Decimal("0.01"),
                support_calls_used=5,
                marketing_budget_used=Decimal("999.99"),
                leads_received=3,
            )
        )
        partner.trainings.append(
            TrainingRecord(kind="sales", format="online", attended_on=date(2025, 2, 3))
        )
        technician = Technician(name="Tom Technik")
        technician.courses.append(AdminCourse(completed_on=date(2024, 3, 1)))
        technician.courses.append(AdminCourse(completed_on=date(2026, 2, 1)))
        partner.technicians.append(technician)
        partner.backlink_checks.append(
            BacklinkCheck(
                url="https://example.test/partner",
                verdict="follow",
                checked_at=checked,
                http_status=200,
                detail="ok",
            )
        )
        partner.agreements.append(Agreement(kind="basis-sv", signed_on=date(2024, 1, 2)))
        partner.nfr_licences.append(
            NfrLicence(issued_on=date(2025, 1, 5), users=50, reference="NFR-1")
        )
        partner_id = partner.id
    with store.database.read() as session:
        loaded = session.get(Partner, partner_id)
        assert loaded is not None
        assert loaded.company == "Test & Partner <GmbH>"
        assert loaded.notes == "Ümlaut ß €"
        assert loaded.partner_since == date(2021, 4, 1)
        assert [c.name for c in loaded.contacts] == ["Frau Ada Müller"]
        year = loaded.years[0]
        assert (year.revenue, year.mrr, year.marketing_budget_used) == (
            Decimal("21000.10"),
            Decimal("0.01"),
            Decimal("999.99"),
        )
        assert isinstance(year.revenue, Decimal)
        assert loaded.technicians[0].last_course == date(2026, 2, 1)
        check = loaded.backlink_checks[0]
        assert check.checked_at == checked
        assert check.checked_at.tzinfo is UTC
        assert loaded.agreements[0].kind == "basis-sv"
        assert loaded.nfr_licences[0].users == 50
        assert loaded.created_at.tzinfo is UTC


def test_money_is_stored_as_integer_cents(store: Store) -> None:
    with store.database.write() as session:
        partner = factories.partner(session)
        partner.years.append(PartnerYear(year=2025, revenue=Decimal("1234.56")))
    with store.database.read() as session:
        raw = session.execute(text("SELECT revenue FROM partner_years")).scalar_one()
        assert raw == 123456
        assert isinstance(raw, int)


def test_fractions_of_a_cent_are_refused(store: Store) -> None:
    with pytest.raises(Exception, match="whole number of cents"), store.database.write() as session:
        partner = factories.partner(session)
        partner.years.append(PartnerYear(year=2025, revenue=Decimal("0.001")))
    with store.database.read() as session:
        assert session.scalars(select(Partner)).all() == []  # nothing half-written


def test_amounts_beyond_the_money_column_are_refused(store: Store) -> None:
    """A signed 64-bit integer of cents: the largest amount is stored, one cent more is refused
    before the database could wrap or reject it (the ranges of domain/limits.py stay far below)."""
    largest = Decimal(2**63 - 1) / 100
    with store.database.write() as session:
        partner = factories.partner(session)
        partner.years.append(PartnerYear(year=2025, revenue=largest))
    with store.database.read() as session:
        assert session.scalars(select(PartnerYear.revenue)).one() == largest
    with pytest.raises(Exception, match="beyond the Money column"), store.database.write() as s:
        other = factories.partner(s)
        other.years.append(PartnerYear(year=2024, revenue=largest + CENT))


def test_naive_datetimes_are_refused(store: Store) -> None:
    with pytest.raises(Exception, match="naive datetime"), store.database.write() as session:
        partner = factories.partner(session)
        naive = datetime(2026, 1, 1)  # noqa: DTZ001 - the point of the test
        partner.backlink_checks.append(BacklinkCheck(url="u", verdict="follow", checked_at=naive))


def test_catalog_keeps_exact_prices_and_history(store: Store) -> None:
    with store.database.write() as session:
        session.add_all(
            [
                CatalogItem(
                    article_number="A-1",
                    name="Cloud",
                    category="cloud-service",
                    unit="User/Monat",
                    list_price=Decimal("2.3456"),
                    valid_from=date(2026, 1, 1),
                ),
                CatalogItem(
                    article_number="A-1",
                    name="Cloud",
                    category="cloud-service",
                    unit="User/Monat",
                    list_price=Decimal("2.50"),
                    valid_from=date(2027, 1, 1),
                ),
            ]
        )
    with store.database.read() as session:
        prices = session.scalars(
            select(CatalogItem.list_price).order_by(CatalogItem.valid_from)
        ).all()
        assert prices == [Decimal("2.3456"), Decimal("2.50")]


def test_onboarding_checklist(store: Store) -> None:
    with store.database.write() as session:
        partner = factories.partner(session)
        checklist = OnboardingChecklist(
            partner_id=partner.id, target_tier="business", edition="2024"
        )
        checklist.steps.append(
            OnboardingStep(
                position=1,
                step="partner-agreement",
                status="done",
                done_on=date(2026, 11, 2),
                done_by="Frau Vertrieb",
            )
        )
        checklist.steps.append(OnboardingStep(position=2, step="backlink"))
        session.add(checklist)
    with store.database.read() as session:
        loaded = session.scalars(select(OnboardingChecklist)).one()
        assert [(s.step, s.status) for s in loaded.steps] == [
            ("partner-agreement", "done"),
            ("backlink", "open"),
        ]


def test_sender_round_trip(store: Store) -> None:
    with store.database.read() as session:
        assert (
            load_sender(session).company == "Beispiel IT-Systemhaus GmbH"
        )  # demo until configured
    sender = Sender(
        company="Muster & Co. <Vertrieb> GmbH",
        legal_form="GmbH",
        street="Weg 1",
        postal_code="33100",
        city="Paderborn",
        register_court="Amtsgericht Paderborn",
        register_number="HRB 1",
        managing_directors=("A. Eins", "B. Zwei"),
        vat_id="DE1",
        iban="DE00 1234",
        bic="X",
        bank_name="Bank",
        seat="Paderborn",
    )
    with store.database.write() as session:
        save_sender(session, sender)
    with store.database.read() as session:
        assert load_sender(session) == sender
    with store.database.write() as session:
        save_sender(session, sender)  # updating keeps one row
    with store.database.read() as session:
        assert session.execute(text("SELECT count(*) FROM sender")).scalar_one() == 1


def test_foreign_keys_are_enforced(store: Store) -> None:
    with pytest.raises(Exception, match=r"(?i)foreign key"), store.database.write() as session:
        session.add(Contact(partner_id=4711, name="Niemand"))
