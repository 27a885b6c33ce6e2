"""The annual review in the store (SQLite and PostgreSQL): run, decide, confirm, history, letters."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal

import pytest
from alembic import command
from sqlalchemy import create_engine, func, select
from sqlalchemy.orm import Session

from nspdesk.documents.review_letter_pdf import review_letter_pdf
from nspdesk.domain.editions import ProgramLibrary
from nspdesk.domain.errors import InputError
from nspdesk.domain.letterhead import demo_sender
from nspdesk.domain.review import Accept, Decision, Movement, Override
from nspdesk.store import demo, quotes, reviews
from nspdesk.store.errors import ConflictError, NotFoundError
from nspdesk.store.figures import BASIC_SERVICE_AGREEMENT
from nspdesk.store.location import Location
from nspdesk.store.migrate import alembic_config
from nspdesk.store.models import (
    AdminCourse,
    Agreement,
    BacklinkCheck,
    Contact,
    Partner,
    PartnerYear,
    Review,
    Technician,
    TierHistory,
    TrainingRecord,
)
from nspdesk.store.opening import Store, open_store
from tests.integration import factories
from tests.unit.documents.pdfcheck import assert_fonts_embedded, text
from tests.unit.english_catalog import english

YEAR = 2026
AS_OF = date(2027, 1, 12)


def nbsp(value: str) -> str:
    return value.replace("\xa0", " ")


def qualified(
    session: Session,
    company: str,
    tier: str | None,
    projects: int,
    revenue: str,
    technicians: int,
    backlink: str = "follow",
    track: str = "server",
    msp_level: str | None = None,
    contact: bool = True,
) -> Partner:
    """A partner with trainings, service agreement and the given figures for 2026 (and a contact,
    unless ``contact`` is False: a database of an old schema has not all of its columns)."""
    partner = factories.partner(
        session, tier=tier, track=track, company=company, msp_level=msp_level
    )
    partner.customer_number = f"K-{partner.id:05d}"
    if contact:
        partner.contacts.append(Contact(name="Frau Anna Schmidt", primary=True))
    partner.years.append(PartnerYear(year=YEAR, projects=projects, revenue=Decimal(revenue)))
    for kind in ("sales", "technical"):
        partner.trainings.append(
            TrainingRecord(kind=kind, format="online", attended_on=date(YEAR, 3, 1))
        )
    for number in range(technicians):
        technician = Technician(name=f"Technik {number + 1}")
        technician.courses.append(AdminCourse(completed_on=date(YEAR, 2, 1)))
        partner.technicians.append(technician)
    partner.backlink_checks.append(
        BacklinkCheck(
            url="https://example.test/partner",
            verdict=backlink,
            checked_at=datetime(YEAR, 12, 1, tzinfo=UTC),
        )
    )
    partner.agreements.append(Agreement(kind=BASIC_SERVICE_AGREEMENT, signed_on=date(2025, 1, 1)))
    session.flush()
    return partner


def cast(session: Session) -> dict[str, int]:
    return {
        "up": qualified(session, "Aufwärts GmbH", "business", 6, "52000.00", 2).id,
        "down": qualified(session, "Abwärts <GmbH>", "premium", 6, "58000.00", 1).id,
        "same": qualified(session, "Gleich & Co. KG", "business", 3, "20000.00", 1).id,
        "kept": qualified(session, "Kulanz AG", "business", 4, "30000.00", 1, "nofollow").id,
        "msp": qualified(
            session, "MSP GmbH", "msp", 3, "25000.00", 1, track="msp", msp_level="premium"
        ).id,
    }


def test_run_decide_confirm_and_history(store: Store, library: ProgramLibrary) -> None:
    with store.database.write() as session:
        ids = cast(session)
        # One won quote of 2026 adds to the hand-entered figures, and is shown apart.
        quote = quotes.create_quote(session, library, factories.quote_input(ids["up"]))
        quotes.send(session, quote.id, datetime(YEAR, 11, 26, tzinfo=UTC))
        quotes.accept(session, quote.id, datetime(YEAR, 12, 1, tzinfo=UTC))
    with store.database.write() as session:
        review = reviews.run_review(session, library, YEAR, AS_OF)
        review_id = review.id
        by_partner = {i.partner_id: i for i in review.items}
        assert len(by_partner) == 5
        assert by_partner[ids["up"]].kind == Movement.UP.value
        assert (
            by_partner[ids["up"]].projects_won == 1 and by_partner[ids["up"]].projects_manual == 6
        )
        assert by_partner[ids["up"]].revenue_won > 0
        assert by_partner[ids["down"]].kind == Movement.DOWN.value
        assert by_partner[ids["same"]].kind == Movement.UNCHANGED.value
        assert (by_partner[ids["kept"]].kind, by_partner[ids["kept"]].proposed_tier) == (
            Movement.DOWN.value,
            "authorized",
        )
        assert (
            by_partner[ids["msp"]].proposed_tier,
            by_partner[ids["msp"]].proposed_msp_level,
        ) == (
            "msp",
            "business",
        )
        assert "nofollow" in by_partner[ids["kept"]].reasons
    with store.database.read() as session:  # nothing changed on the partners
        assert session.get(Partner, ids["up"]).tier == "business"  # type: ignore[union-attr]
        assert session.scalar(select(func.count()).select_from(TierHistory)) == 0

    with store.database.write() as session:
        with pytest.raises(InputError, match="Begründung"):
            reviews.decide(session, library, review_id, ids["kept"], Override("business", ""))
        with pytest.raises(NotFoundError):
            reviews.decide(session, library, review_id, 99999, Accept())
        reviews.decide(
            session,
            library,
            review_id,
            ids["kept"],
            Override("business", "Kulanz bis 31.03.2027: Link wird korrigiert"),
        )
        reviews.decide(session, library, review_id, ids["up"], Accept())
    with (
        pytest.raises(ConflictError, match="3 Vorschläge sind noch offen"),
        store.database.write() as session,
    ):
        reviews.confirm(session, review_id, "Erika Mustermann")
    with store.database.write() as session:
        assert reviews.accept_open(session, review_id) == 3
        confirmed = reviews.confirm(session, review_id, " Erika Mustermann ")
        assert confirmed.effective_from == date(2027, 1, 1)
        assert confirmed.confirmed_by == "Erika Mustermann"

    with store.database.read() as session:
        tiers = {p.id: (p.tier, p.msp_level) for p in session.scalars(select(Partner))}
        assert tiers[ids["up"]] == ("premium", None)
        assert tiers[ids["down"]] == ("business", None)
        assert tiers[ids["same"]] == ("business", None)
        assert tiers[ids["kept"]] == ("business", None)
        assert tiers[ids["msp"]] == ("msp", "business")
        kept = reviews.history(session, ids["kept"])
        # The first history row of a partner keeps the tier it held before (store.tiers).
        assert [(h.tier, h.effective_from, h.source, h.review_id) for h in kept] == [
            ("business", date(1, 1, 1), "before", None),
            ("business", date(2027, 1, 1), "review", review_id),
        ]
        assert kept[1].reason == "Kulanz bis 31.03.2027: Link wird korrigiert"
        assert reviews.history(session, ids["up"])[-1].reason.startswith("Aufstieg")
        review = reviews.get_review(session, review_id)
        decisions = {i.partner_id: i.decision for i in review.items}
        assert decisions[ids["kept"]] == Decision.OVERRIDDEN.value
        assert decisions[ids["same"]] == Decision.ACCEPTED.value
        # The letters: partner name, new tier, what is missing, read back from the PDF.
        letters = {
            letter.addressee.company: letter
            for letter in reviews.letters_for(session, library, review, date(2027, 1, 15))
        }
    up_pdf = review_letter_pdf([letters["Aufwärts GmbH"]], demo_sender())
    content = nbsp(text(up_pdf))
    assert "Aufwärts GmbH" in content and "Frau Anna Schmidt" in content
    assert "Ab dem 01.01.2027 sind Sie Premium Partner (bisher Business Partner)" in content
    assert "Sehr geehrte Frau Schmidt," in content
    assert "75 Benutzer" in content and "2.000,00 € p. a." in content
    assert "höchste Stufe" in content
    assert_fonts_embedded(up_pdf)
    down = nbsp(text(review_letter_pdf([letters["Abwärts <GmbH>"]], demo_sender())))
    assert "Abwärts <GmbH>" in down
    assert "führen wir Sie als Business Partner (bisher Premium Partner)" in down
    assert "Für Premium Partner fehlen mit den Zahlen 2026" in down
    assert "1 weiterer zertifizierter Techniker" in down
    kept_letter = nbsp(text(review_letter_pdf([letters["Kulanz AG"]], demo_sender())))
    assert "Damit Sie Business Partner bleiben" in kept_letter
    assert "derzeit mit nofollow markiert" in kept_letter
    assert "Für Premium Partner fehlen" in kept_letter and "1 weiteres realisiertes Projekt" in (
        kept_letter
    )

    # Confirmed: no more decisions, no second confirmation; a new run reopens the year.
    with pytest.raises(ConflictError, match="bestätigt"), store.database.write() as session:
        reviews.decide(session, library, review_id, ids["up"], Accept())
    with pytest.raises(ConflictError, match="bestätigt"), store.database.write() as session:
        reviews.confirm(session, review_id, "")
    with store.database.write() as session:
        again = reviews.run_review(session, library, YEAR, AS_OF, [ids["kept"]])
        item = again.items[0]
        assert (item.recorded_tier, item.kind) == ("business", Movement.DOWN.value)
        reviews.accept_open(session, again.id)
        reviews.confirm(session, again.id, "Max", date(2027, 4, 1))
    with store.database.read() as session:
        history = reviews.history(session, ids["kept"])
        assert [(h.tier, h.effective_from) for h in history] == [
            ("business", date(1, 1, 1)),
            ("business", date(2027, 1, 1)),
            ("authorized", date(2027, 4, 1)),
        ]
        assert session.get(Partner, ids["kept"]).tier == "authorized"  # type: ignore[union-attr]
        latest = reviews.latest_review(session, YEAR, confirmed=True)
        assert latest is not None and latest.id == again.id


def test_stale_review_is_refused_and_nothing_written(store: Store, library: ProgramLibrary) -> None:
    with store.database.write() as session:
        ids = cast(session)
        review_id = reviews.run_review(session, library, YEAR, AS_OF).id
        reviews.accept_open(session, review_id)
    with store.database.write() as session:
        session.get(Partner, ids["same"]).tier = "authorized"  # type: ignore[union-attr]
    with (
        pytest.raises(ConflictError, match="seit der Überprüfung geändert"),
        store.database.write() as session,
    ):
        reviews.confirm(session, review_id, "")
    with store.database.read() as session:
        assert session.scalar(select(func.count()).select_from(TierHistory)) == 0
        assert reviews.get_review(session, review_id).confirmed_at is None
        assert session.get(Partner, ids["up"]).tier == "business"  # type: ignore[union-attr]
        with pytest.raises(ConflictError, match="noch nicht bestätigt"):
            reviews.letters_for(session, library, reviews.get_review(session, review_id), AS_OF)


def test_open_proposals_are_counted_in_words(store: Store, library: ProgramLibrary) -> None:
    """ "1 Vorschlag ist noch offen", "2 Vorschläge sind noch offen", in German and English."""
    with store.database.write() as session:
        ids = cast(session)
        review_id = reviews.run_review(session, library, YEAR, AS_OF).id
        for key in ("up", "down", "same"):
            reviews.decide(session, library, review_id, ids[key], Accept())
    said = []
    for deciding in ("kept", "msp"):
        with pytest.raises(ConflictError) as refused, store.database.write() as session:
            reviews.confirm(session, review_id, "Erika Mustermann")
        said.append(refused.value.message)
        with store.database.write() as session:
            reviews.decide(session, library, review_id, ids[deciding], Accept())
    assert said == [
        "2 Vorschläge sind noch offen (Kulanz AG, MSP GmbH); bitte annehmen oder abweichend "
        "entscheiden.",
        "1 Vorschlag ist noch offen (MSP GmbH); bitte annehmen oder abweichend entscheiden.",
    ]
    assert [english(text) for text in said] == [
        "2 proposals are still open (Kulanz AG, MSP GmbH); please accept them or decide otherwise.",
        "1 proposal is still open (MSP GmbH); please accept it or decide otherwise.",
    ]


def test_filters_and_bad_input(store: Store, library: ProgramLibrary) -> None:
    with store.database.write() as session:
        ids = cast(session)
    with store.database.read() as session:
        _, found = reviews.proposals(session, library, YEAR, AS_OF, [ids["msp"], ids["up"]])
        assert {p.partner_id for p in found} == {ids["msp"], ids["up"]}
        with pytest.raises(NotFoundError, match="4711"):
            reviews.proposals(session, library, YEAR, AS_OF, [ids["up"], 4711])
        with pytest.raises(InputError, match="nach dem Stichtag"):
            reviews.proposals(session, library, 2028, AS_OF)
        with pytest.raises(NotFoundError):
            reviews.get_review(session, 12345)
        assert reviews.latest_review(session, YEAR) is None


def test_demo_database_review(store: Store, library: ProgramLibrary) -> None:
    """The demo data of a January: one up (given the figures for it), down, unchanged, override."""
    today = date(2027, 1, 10)
    with store.database.write() as session:
        demo.seed(session, library, today)
        alpenblick = session.scalars(
            select(Partner).where(Partner.company == "Alpenblick Netzwerke GmbH")
        ).one()
        figures = next(y for y in alpenblick.years if y.year == YEAR)
        figures.projects, figures.revenue = 6, Decimal("56000.00")
        technician = Technician(name="Zweiter Techniker")
        technician.courses.append(AdminCourse(completed_on=date(YEAR, 9, 1)))
        alpenblick.technicians.append(technician)
    with store.database.write() as session:
        review = reviews.run_review(session, library, YEAR, today)
        review_id = review.id
        kinds = {i.company: i.kind for i in review.items}
        assert kinds["Alpenblick Netzwerke GmbH"] == Movement.UP.value
        assert kinds["Elbtal EDV KG"] == Movement.DOWN.value
        assert kinds["Ostsee Consulting GmbH"] == Movement.DOWN.value
        assert kinds["Nordlicht IT-Service GmbH"] == Movement.UNCHANGED.value
        ostsee = next(i for i in review.items if i.company == "Ostsee Consulting GmbH")
        assert "350,00 € Umsatz" in nbsp(ostsee.reasons)
        reviews.decide(
            session,
            library,
            review_id,
            ostsee.partner_id,
            Override("business", "Kulanz: 350 € fehlen"),
        )
        reviews.accept_open(session, review_id)
        reviews.confirm(session, review_id, "Test")
    with store.database.read() as session:
        tiers = {p.company: p.tier for p in session.scalars(select(Partner))}
        assert tiers["Alpenblick Netzwerke GmbH"] == "premium"
        assert tiers["Elbtal EDV KG"] == "authorized"
        assert tiers["Ostsee Consulting GmbH"] == "business"
        assert tiers["Nordlicht IT-Service GmbH"] == "premium"
        # 12 partners: each one's tier before the review and the one the review decided.
        assert session.scalar(select(func.count()).select_from(TierHistory)) == 24
        _, summary = reviews.summary_of(library, reviews.get_review(session, review_id))
        assert summary.movements[Movement.UP] == 1
        assert {line.proposal.company for line in summary.changes} >= {
            "Alpenblick Netzwerke GmbH",
            "Elbtal EDV KG",
        }
        assert session.scalar(select(func.count()).select_from(Review)) == 1


def test_a_0001_database_keeps_its_partners(sqlite_only: Location) -> None:
    engine = create_engine(sqlite_only.url)
    with engine.begin() as connection:
        command.upgrade(alembic_config(connection), "0001")
        connection.exec_driver_sql(
            "INSERT INTO partners (company, customer_number, street, postal_code, city, country, "
            "vat_id, website, backlink_url, track, tier, msp_level, reseller_only, notes, "
            "created_at, updated_at) VALUES ('Alt & Bewährt GmbH', 'K-1', '', '', '', "
            "'Deutschland', '', '', '', 'server', 'business', NULL, 0, '', "
            "'2026-01-01 00:00:00', '2026-01-01 00:00:00')"
        )
    engine.dispose()
    opened = open_store(sqlite_only)
    assert opened.migrated_from == "0001"
    with opened.database.write() as session:
        partner = session.scalars(select(Partner)).one()
        assert (partner.company, partner.tier) == ("Alt & Bewährt GmbH", "business")
        session.add(
            TierHistory(
                partner_id=partner.id,
                tier="business",
                effective_from=date(2026, 1, 1),
                source=reviews.SOURCE_MANUAL,
            )
        )
    with opened.database.read() as session:
        assert len(reviews.history(session, partner.id)) == 1
    opened.close()
