"""The documents from the database: ``pdf quote --id``, ``pdf checklist --partner``,
``pdf review --partner --year``, with the stored sender; and onboarding progress in the store."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from nspdesk.cli import main
from nspdesk.domain.billing import period_summary
from nspdesk.domain.editions import ProgramLibrary, default_library
from nspdesk.domain.formatting import money
from nspdesk.domain.letterhead import demo_sender
from nspdesk.domain.onboarding import StepId, StepStatus
from nspdesk.store import demo, onboarding
from nspdesk.store.errors import NotFoundError
from nspdesk.store.location import Location, sqlite_location
from nspdesk.store.models import Partner, Quote
from nspdesk.store.opening import Store, open_store
from nspdesk.store.printing import priced_snapshot
from nspdesk.store.sender import save_sender
from tests.integration import factories
from tests.unit.documents.pdfcheck import assert_fonts_embedded, text


@pytest.fixture
def demo_db(tmp_path: Path) -> Location:
    location = sqlite_location(tmp_path / "demo.sqlite3")
    store = open_store(location)
    with store.database.write() as session:
        demo.seed(session, default_library(), date(2026, 11, 25))
        save_sender(
            session,
            demo_sender().__class__(
                **{**demo_sender().__dict__, "company": "Vertrieb & Söhne <Test> GmbH"}
            ),
        )
    store.close()
    return location


def pdf(argv: list[str], out: Path, capsys: pytest.CaptureFixture[str]) -> str:
    code = main([*argv, "-o", str(out)])
    _, err = capsys.readouterr()
    assert code == 0, err
    data = out.read_bytes()
    assert_fonts_embedded(data)
    return text(data)


def test_quote_from_the_database(
    demo_db: Location, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    store = open_store(demo_db, keep_backups=0)
    with store.database.read() as session:
        quote = session.scalars(select(Quote).where(Quote.number == "A-2026-0007")).one()
        revision = quote.current
        summary = period_summary(priced_snapshot(default_library(), revision))
        # The stored totals sum every line; the letter shows them per billing period.
        amounts = [summary.first_year.gross, *(p.gross for p in summary.periods)]
        amounts.append(revision.lines[0].net)
        quote_id = quote.id
    store.close()
    content = pdf(
        ["pdf", "quote", "--id", str(quote_id), "--db", str(demo_db.path)],
        tmp_path / "a.pdf",
        capsys,
    )
    assert "A-2026-0007/2" in content  # the current revision
    assert "Nordlicht IT-Service GmbH" in content
    assert "Sehr geehrte Frau Petersen" in content
    for amount in amounts:
        assert money(amount).replace("\xa0", " ") in content
    assert "Vertrieb & Söhne <Test> GmbH" in content  # the stored sender, escaped


def test_checklist_and_review_from_the_database(
    demo_db: Location, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    store = open_store(demo_db, keep_backups=0)
    with store.database.write() as session:
        saar = session.scalars(select(Partner).where(Partner.company.startswith("Saar"))).one()
        rhein = session.scalars(
            select(Partner).where(Partner.company.startswith("Rheinwerk"))
        ).one()
        checklist = onboarding.start(
            session, default_library(), saar.id, "authorized", date(2026, 11, 1)
        )
        onboarding.record(
            session,
            checklist.id,
            StepId.PARTNER_AGREEMENT,
            StepStatus.DONE,
            date(2026, 11, 3),
            "Frau Vertrieb",
        )
        ids = (saar.id, rhein.id)
    store.close()
    content = pdf(
        ["pdf", "checklist", "--partner", str(ids[0]), "--db", str(demo_db.path)],
        tmp_path / "c.pdf",
        capsys,
    )
    assert "Saar-IT Partner GmbH & Co. KG" in content
    assert "03.11.2026" in content and "Frau Vertrieb" in content
    content = pdf(
        [
            "pdf",
            "review",
            "--partner",
            str(ids[1]),
            "--year",
            "2025",
            "--as-of",
            "2026-01-10",
            "--db",
            str(demo_db.path),
        ],
        tmp_path / "r.pdf",
        capsys,
    )
    assert "Rheinwerk Systemhaus GmbH" in content
    assert "Premium Partner" in content
    assert "51.800,00 €" in content  # last year's hand-entered revenue


def test_database_variants_refuse_bad_arguments(
    demo_db: Location, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "x.pdf"
    for argv, words in [
        (["pdf", "quote"], "entweder FILE.json oder --id"),
        (["pdf", "quote", "--id", "999"], "kein Angebot"),
        (["pdf", "review", "--partner", "999"], "keinen Partner"),
        (["pdf", "review"], "entweder FILE.json oder --partner"),
        (["pdf", "checklist"], "--tier STUFE oder --partner ID"),
        (["pdf", "checklist", "--partner", "999"], "keinen Partner"),
    ]:
        code = main([*argv, "--db", str(demo_db.path), "-o", str(out)])
        _, err = capsys.readouterr()
        assert code in (1, 2), argv
        assert words in err, (argv, err)
        assert not out.exists()


def test_onboarding_progress(store: Store, library: ProgramLibrary) -> None:
    with store.database.write() as session:
        partner = factories.partner(session, tier=None, track="cloud")
        stored = onboarding.start(session, library, partner.id, "business-cloud", date(2026, 11, 1))
        onboarding.record(
            session, stored.id, StepId.SALES_TRAINING, StepStatus.DONE, date(2026, 11, 5), "A"
        )
        with pytest.raises(NotFoundError):
            onboarding.record(
                session, stored.id + 1, StepId.SALES_TRAINING, StepStatus.DONE, date(2026, 1, 1)
            )
        checklist_id = stored.id
        partner_id = partner.id
    with store.database.read() as session:
        stored_again = onboarding.latest_for(session, partner_id)
        assert stored_again is not None and stored_again.id == checklist_id
        checklist = onboarding.as_checklist(library, stored_again)
        assert checklist.tier.id == "business-cloud"
        assert checklist.step(StepId.SALES_TRAINING).status is StepStatus.DONE
        assert checklist.step(StepId.SALES_TRAINING).done_by == "A"
        assert checklist.step(StepId.CERTIFICATION).status is StepStatus.NOT_APPLICABLE  # cloud
        assert checklist.step(StepId.BACKLINK).status is StepStatus.OPEN


def test_a_checklist_from_the_database_shows_what_is_recorded(
    demo_db: Location, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """An established Premium partner's records prove its steps: the partner agreement and the
    basic service agreement ("Mit der Bestätigung des Status Premium Partner erklären Sie sich mit
    dem Abschluss einer Basis-Servicevereinbarung … einverstanden"), this year's trainings
    ("Premium Partner müssen mindestens je ein Vertriebs- und ein Techniktraining … besuchen"), two
    technicians with valid courses ("Mindestens zwei Techniker müssen die zweitägige
    Administratorenschulung absolviert haben"), the follow link ("einen Follow-Link auf
    www.nospamproxy.de zu setzen") and its NFR licence; none of them reads "offen"."""
    store = open_store(demo_db, keep_backups=0)
    with store.database.read() as session:
        ids = {p.company.split()[0]: p.id for p in session.scalars(select(Partner)).all()}
    store.close()
    db = ["--db", str(demo_db.path), "--date", "2026-11-25"]
    content = pdf(
        ["pdf", "checklist", "--partner", str(ids["Nordlicht"]), *db], tmp_path / "n.pdf", capsys
    )
    for done in (
        "Partnervertrag Partnervertrag mit der Net at Work GmbH für die Stufe Premium Partner "
        "abschließen und gegengezeichnet ablegen. erledigt 01.05.2024",
        "Basis-Servicevereinbarung mit der Net at Work GmbH abschließen. erledigt 01.05.2024",
        "Ein Vertriebstraining online absolvieren. erledigt 15.02.2026 Frau Jana Petersen",
        "Ein technisches Training online absolvieren. erledigt 15.03.2026 Frau Jana Petersen",
        "ist danach zu erneuern. erledigt",
        "Kostenlose NFR-Lizenz für 75 Benutzer anfordern und einrichten. erledigt 01.04.2025",
        "(Pflicht für diese Stufe). erledigt 26.10.2026",
    ):
        assert done in content
    assert "7 von 10 erforderlichen Schritten erledigt." in content

    # Managed Service Partner: "Umsatzabhängig stehen Ihnen die gleichen Leistungen wie unseren
    # Business Partnern und Premium Partnern zu." Bodensee is recorded at Premium level: the NFR
    # licence over 75 users and the listing apply, neither "entfällt".
    content = pdf(
        ["pdf", "checklist", "--partner", str(ids["Bodensee"]), *db], tmp_path / "m.pdf", capsys
    )
    assert "Kostenlose NFR-Lizenz für 75 Benutzer anfordern und einrichten. erledigt" in content
    assert (
        "Listung mit Logo und Link im Partnerportal: Angaben und Logo an die Net at Work GmbH "
        "senden. offen" in content
    )


def test_a_stored_msp_checklist_shows_its_benefits_open(
    store: Store, library: ProgramLibrary
) -> None:
    """A checklist stored while an MSP's NFR licence and listing read "entfällt" shows them open:
    required steps never lapse."""
    from nspdesk.services import onboarding as service
    from nspdesk.services.workspace import Workspace

    with store.database.write() as session:
        partner = factories.partner(session, tier="msp", track="msp")
        stored = onboarding.start(session, library, partner.id, "msp", date(2026, 11, 1))
        for row in stored.steps:
            if row.step in (StepId.NFR_LICENSE.value, StepId.LISTING.value):
                row.status = StepStatus.NOT_APPLICABLE.value
        partner_id = partner.id
    loaded = service.load_checklist(Workspace(store, library), partner_id, date(2026, 11, 2))
    assert loaded is not None
    for step in (StepId.NFR_LICENSE, StepId.LISTING):
        assert loaded.checklist.step(step).status is StepStatus.OPEN
