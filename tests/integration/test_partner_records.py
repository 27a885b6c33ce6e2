"""Writing a partner's records (contacts, figures, trainings, technicians, agreements, NFR licences)
on SQLite and PostgreSQL: what is stored is what the evaluation then sees; bad input is refused with
the field named and nothing written."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from datetime import UTC, date, datetime
from decimal import Decimal

import pytest

from nspdesk.domain.compliance import Backlink
from nspdesk.domain.editions import ProgramLibrary
from nspdesk.domain.errors import InputError
from nspdesk.domain.partner_input import ContactInput, YearInput
from nspdesk.services import partners
from nspdesk.services.errors import StaleEditError
from nspdesk.services.partner_overview import PartnerDetail, partner_detail
from nspdesk.services.workspace import Workspace
from nspdesk.store import partner_records as records
from nspdesk.store.errors import NotFoundError
from nspdesk.store.figures import evaluate_partner, last_backlink
from nspdesk.store.models import BacklinkCheck, Partner
from nspdesk.store.opening import Store
from tests.integration import factories

AS_OF = date(2026, 11, 25)


@pytest.fixture
def partner_id(store: Store) -> int:
    with store.database.write() as session:
        return factories.partner(session, tier="business").id


@contextmanager
def reloaded(store: Store, partner_id: int) -> Iterator[Partner]:
    """The partner as stored, inside a read session (its objects expire when the block ends)."""
    with store.database.read() as session:
        partner = session.get(Partner, partner_id)
        assert partner is not None
        yield partner


def test_contacts_are_replaced_updated_and_removed(store: Store, partner_id: int) -> None:
    with store.database.write() as session:
        made = records.save_contacts(
            session,
            partner_id,
            [
                ContactInput(" Frau Anna Beispiel ", "Vertrieb", "anna@beispiel.example", "", True),
                ContactInput("Herr Bernd Technik", "Technik"),
            ],
        )
        first, second = (c.id for c in made)
    with store.database.write() as session:
        records.save_contacts(
            session,
            partner_id,
            [
                ContactInput("Frau Anna Beispiel-Neu", "Vertrieb", primary=True, id=first),
                ContactInput("Frau Carla Neu", email="carla@beispiel.example"),
            ],
        )
    with reloaded(store, partner_id) as partner:
        assert [(c.id == first, c.name, c.primary) for c in partner.contacts] == [
            (True, "Frau Anna Beispiel-Neu", True),
            (False, "Frau Carla Neu", False),
        ]
        assert second not in {c.id for c in partner.contacts}


@pytest.mark.parametrize(
    ("contacts", "field"),
    [
        ([ContactInput("  ")], "contacts[0].name"),
        ([ContactInput("A"), ContactInput("B", email="kein-at")], "contacts[1].email"),
        ([ContactInput("A", primary=True), ContactInput("B", primary=True)], "contacts"),
        ([ContactInput("A", id=999_999)], "contacts[0]"),
        ([ContactInput("A" * 201)], "contacts[0].name"),
    ],
)
def test_bad_contacts_are_refused(
    store: Store, partner_id: int, contacts: list[ContactInput], field: str
) -> None:
    with pytest.raises(InputError) as error, store.database.write() as session:
        records.save_contacts(session, partner_id, contacts)
    assert error.value.field == field
    with reloaded(store, partner_id) as partner:
        assert partner.contacts == []


def test_year_figures_are_set_and_replaced_and_count_in_the_evaluation(
    store: Store, partner_id: int, library: ProgramLibrary
) -> None:
    with store.database.write() as session:
        records.set_year_figures(
            session, partner_id, 2025, YearInput(2, Decimal("1000.00"), Decimal(0), 1)
        )
    with store.database.write() as session:
        records.set_year_figures(
            session,
            partner_id,
            2025,
            YearInput(4, Decimal("23456.78"), Decimal("10.50"), 3, Decimal("250.00"), 2),
        )
    with reloaded(store, partner_id) as partner:
        assert len(partner.years) == 1
        row = partner.years[0]
        assert (row.projects, row.revenue, row.mrr) == (4, Decimal("23456.78"), Decimal("10.50"))
        assert (row.support_calls_used, row.marketing_budget_used, row.leads_received) == (
            3,
            Decimal("250.00"),
            2,
        )
    with store.database.read() as session:
        result = evaluate_partner(session, library, partner_id, 2025, AS_OF)
    assert result.figures.projects_manual == 4
    # "Umsatzschwelle … EUR p.a.": the hand-entered MRR counts twelve times (issue #15)
    assert result.evaluation.facts.revenue == Decimal("23456.78") + 12 * Decimal("10.50")


@pytest.mark.parametrize(
    ("year", "data", "field"),
    [
        (1999, YearInput(), "year"),
        (2025, YearInput(projects=-1), "projects"),
        (2025, YearInput(revenue=Decimal("-0.01")), "revenue"),
        (2025, YearInput(mrr=Decimal("1.005")), "mrr"),
        (2025, YearInput(revenue=1.5), "revenue"),  # type: ignore[arg-type]
        (2025, YearInput(marketing_budget_used=Decimal("NaN")), "marketing_budget_used"),
        (2025, YearInput(support_calls_used=True), "support_calls_used"),
        (2025, YearInput(leads_received=10_000_000), "leads_received"),
        (2025, YearInput(revenue=Decimal("1e13")), "revenue"),
    ],
)
def test_bad_figures_are_refused(
    store: Store, partner_id: int, year: int, data: YearInput, field: str
) -> None:
    with pytest.raises(InputError) as error, store.database.write() as session:
        records.set_year_figures(session, partner_id, year, data)
    assert error.value.field == field
    with reloaded(store, partner_id) as partner:
        assert partner.years == []


def test_trainings_added_and_removed(
    store: Store, partner_id: int, library: ProgramLibrary
) -> None:
    with store.database.write() as session:
        sales = records.add_training(session, partner_id, "sales", "online", date(2025, 2, 1), "A")
        records.add_training(session, partner_id, "technical", "video", date(2025, 3, 1))
        sales_id = sales.id
    with store.database.read() as session:
        facts = evaluate_partner(session, library, partner_id, 2025, AS_OF).evaluation.facts
    assert facts.sales_training and facts.tech_training
    with store.database.write() as session:
        records.remove_training(session, sales_id)
    with reloaded(store, partner_id) as partner:
        assert [t.kind for t in partner.trainings] == ["technical"]
    with pytest.raises(NotFoundError), store.database.write() as session:
        records.remove_training(session, sales_id)


@pytest.mark.parametrize(
    ("kind", "fmt", "day", "field"),
    [
        ("marketing", "online", date(2025, 1, 1), "kind"),
        ("sales", "präsenz", date(2025, 1, 1), "format"),
        ("sales", "online", date(1900, 1, 1), "attended_on"),
        ("sales", "online", "2025-01-01", "attended_on"),
    ],
)
def test_bad_trainings_are_refused(
    store: Store, partner_id: int, kind: str, fmt: str, day: date, field: str
) -> None:
    with pytest.raises(InputError) as error, store.database.write() as session:
        records.add_training(session, partner_id, kind, fmt, day)
    assert error.value.field == field


def test_technicians_and_courses(store: Store, partner_id: int, library: ProgramLibrary) -> None:
    with store.database.write() as session:
        old = records.add_technician(session, partner_id, "Tina Technik", "tina@x.example")
        new = records.add_technician(session, partner_id, "Tom Technik", "", date(2024, 1, 5))
        old_id, new_id = old.id, new.id
        records.add_course(session, old_id, date(2025, 6, 1))
        records.add_course(session, old_id, date(2023, 6, 1))  # entered late: sorted by date
        with pytest.raises(InputError) as error:
            records.add_course(session, old_id, date(2025, 6, 1))
        assert error.value.field == "completed_on"
    with reloaded(store, partner_id) as partner:
        assert [(t.name, t.last_course) for t in partner.technicians] == [
            ("Tina Technik", date(2025, 6, 1)),
            ("Tom Technik", date(2024, 1, 5)),
        ]
        course_id = partner.technicians[0].courses[-1].id
    with store.database.read() as session:
        evaluation = evaluate_partner(session, library, partner_id, 2025, AS_OF).evaluation
    assert [c.valid for c in evaluation.certifications] == [True, False]  # 2024-01-05 expired
    with store.database.write() as session:
        records.remove_course(session, course_id)
        records.remove_technician(session, new_id)
    with reloaded(store, partner_id) as partner:
        assert [(t.name, t.last_course) for t in partner.technicians] == [
            ("Tina Technik", date(2023, 6, 1))
        ]
    with pytest.raises(NotFoundError), store.database.write() as session:
        records.add_course(session, new_id, date(2025, 1, 1))
    with pytest.raises(NotFoundError), store.database.write() as session:
        records.remove_course(session, course_id)


@pytest.mark.parametrize(
    ("name", "email", "field"),
    [("", "", "name"), ("Tina", "tina@", "email"), ("Tina", "a b@c.example", "email")],
)
def test_bad_technicians_are_refused(
    store: Store, partner_id: int, name: str, email: str, field: str
) -> None:
    with pytest.raises(InputError) as error, store.database.write() as session:
        records.add_technician(session, partner_id, name, email)
    assert error.value.field == field
    with reloaded(store, partner_id) as partner:
        assert partner.technicians == []


def test_agreements(store: Store, partner_id: int, library: ProgramLibrary) -> None:
    with store.database.write() as session:
        basic = records.add_agreement(session, partner_id, "basis-sv", date(2025, 5, 1))
        records.add_agreement(
            session,
            partner_id,
            "HSV",
            date(2026, 1, 1),
            date(2026, 12, 31),
            customer="Endkunde AG",
            note="ein Jahr im Voraus",
        )
        basic_id = basic.id
    with store.database.read() as session:
        facts = evaluate_partner(session, library, partner_id, 2025, AS_OF).evaluation.facts
    assert facts.service_agreement
    with reloaded(store, partner_id) as partner:
        assert [a.kind for a in partner.agreements] == ["basis-sv", "HSV"]
    with store.database.write() as session:
        records.remove_agreement(session, basic_id)
    with reloaded(store, partner_id) as partner:
        assert [a.customer for a in partner.agreements] == ["Endkunde AG"]


@pytest.mark.parametrize(
    ("kind", "until", "customer", "field"),
    [
        ("XYZ", None, "", "kind"),
        ("PV", date(2024, 1, 1), "", "valid_until"),
        ("HSV", None, " ", "customer"),
        ("SV", None, "", "customer"),
    ],
)
def test_bad_agreements_are_refused(
    store: Store, partner_id: int, kind: str, until: date | None, customer: str, field: str
) -> None:
    with pytest.raises(InputError) as error, store.database.write() as session:
        records.add_agreement(session, partner_id, kind, date(2025, 1, 1), until, customer)
    assert error.value.field == field


def test_nfr_licences_up_to_the_tiers_users(store: Store, library: ProgramLibrary) -> None:
    program = library.edition("2024")
    with store.database.write() as session:
        business = factories.partner(session, tier="business").id
        msp = factories.partner(session, tier="msp", track="msp", msp_level="premium").id
        prospect = factories.partner(session, tier=None, company="Interessent GmbH").id
    allowed = program.tier("business").benefits.nfr_users
    with store.database.write() as session:
        licence = records.issue_nfr(session, program, business, date(2026, 4, 1), allowed, " N-1 ")
        licence_id = licence.id
        records.issue_nfr(
            session, program, msp, date(2026, 4, 1), program.tier("premium").benefits.nfr_users
        )
    with reloaded(store, business) as partner:
        assert [(n.users, n.reference) for n in partner.nfr_licences] == [(allowed, "N-1")]
    for who, users, message in [
        (business, allowed + 1, f"höchstens {allowed} User"),
        (business, 0, "nicht kleiner als 1"),
        (prospect, 1, "ohne Partnerstufe"),
    ]:
        with pytest.raises(InputError) as error, store.database.write() as session:
            records.issue_nfr(session, program, who, date(2026, 4, 1), users)
        assert error.value.field == "users"
        assert message in error.value.message
    with store.database.write() as session:
        records.remove_nfr(session, licence_id)
    with reloaded(store, business) as partner:
        assert partner.nfr_licences == []


def test_unknown_partner(store: Store, library: ProgramLibrary) -> None:
    with pytest.raises(NotFoundError), store.database.write() as session:
        records.add_training(session, 424242, "sales", "online", date(2025, 1, 1))
    with pytest.raises(NotFoundError), store.database.write() as session:
        records.set_year_figures(session, 424242, 2025, YearInput())


def test_backlink_checks_stay_untouched(store: Store, partner_id: int) -> None:
    """The records functions never touch the check history the compliance engine reads."""
    with store.database.write() as session:
        partner = session.get(Partner, partner_id)
        assert partner is not None
        partner.backlink_checks.append(
            BacklinkCheck(
                url="http://127.0.0.1/",
                verdict="follow",
                checked_at=datetime(2026, 1, 1, tzinfo=UTC),
            )
        )
    with store.database.write() as session:
        records.save_contacts(session, partner_id, [ContactInput("A")])
        records.set_year_figures(session, partner_id, 2026, YearInput(projects=1))
    with reloaded(store, partner_id) as partner:
        assert last_backlink(partner) is Backlink.FOLLOW


# --- two people on one partner ------------------------------------------------------------------


def test_a_save_from_a_stale_copy_is_refused_and_loses_nothing(
    store: Store, library: ProgramLibrary, partner_id: int
) -> None:
    workspace = Workspace(store, library)
    mine = partner_detail(workspace, partner_id, AS_OF.year - 1, AS_OF)
    theirs = partner_detail(workspace, partner_id, AS_OF.year - 1, AS_OF)
    assert mine.version == theirs.version

    new_version = partners.save_master(
        workspace,
        partner_id,
        replace(theirs.master, city="Bonn"),
        [ContactInput("Frau Erika Kollegin", primary=True)],
        version=theirs.version,
        as_of=AS_OF,
        actor="erika",
    )
    assert new_version == theirs.version + 1
    with pytest.raises(StaleEditError) as refused:
        partners.save_master(
            workspace,
            partner_id,
            replace(mine.master, city="Köln", notes="meins"),
            [],
            version=mine.version,
            as_of=AS_OF,
            actor="max",
        )
    assert refused.value.who == "erika"
    assert refused.value.version == new_version
    assert "erika" in str(refused.value)
    now = partner_detail(workspace, partner_id, AS_OF.year - 1, AS_OF)
    assert (now.master.city, now.master.notes, now.version) == ("Bonn", "", new_version)
    assert [c.name for c in now.contacts] == ["Frau Erika Kollegin"]
    # reloaded, the same change goes through
    partners.save_master(
        workspace,
        partner_id,
        replace(now.master, notes="meins"),
        now.contacts,
        version=now.version,
        as_of=AS_OF,
        actor="max",
    )
    with reloaded(store, partner_id) as partner:
        assert (partner.city, partner.notes, partner.updated_by) == ("Bonn", "meins", "max")


def _race(workspace: Workspace, partner_id: int, copy: PartnerDetail, note: str) -> list[str]:
    """Two threads save ``copy`` at once (notes "anna …", "bernd …"): what each was told."""
    outcomes: list[str] = []
    start = threading.Barrier(2)

    def save(name: str) -> None:
        start.wait()
        try:
            partners.save_master(
                workspace,
                partner_id,
                replace(copy.master, notes=f"{name} {note}"),
                copy.contacts,
                version=copy.version,
                as_of=AS_OF,
                actor=name,
            )
            outcomes.append(f"saved {name}")
        except StaleEditError:
            outcomes.append("stale")

    threads = [threading.Thread(target=save, args=(name,)) for name in ("anna", "bernd")]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return outcomes


def test_racing_saves_of_one_version_one_wins(
    store: Store, library: ProgramLibrary, partner_id: int
) -> None:
    """Two threads save from the same copy, many rounds: exactly one succeeds each round, the
    other is told who changed it; no raw database error."""
    workspace = Workspace(store, library)
    for round_ in range(6):
        copy = partner_detail(workspace, partner_id, AS_OF.year - 1, AS_OF)
        outcomes = _race(workspace, partner_id, copy, str(round_))
        assert sorted(o.split()[0] for o in outcomes) == ["saved", "stale"], outcomes
        winner = next(o.split()[1] for o in outcomes if o.startswith("saved"))
        with reloaded(store, partner_id) as partner:
            assert partner.notes == f"{winner} {round_}"
            assert partner.updated_by == winner
            assert partner.version == copy.version + 1


def test_figures_saved_from_a_stale_copy_are_refused(
    store: Store, library: ProgramLibrary, partner_id: int
) -> None:
    from nspdesk.services.errors import ConflictError

    workspace = Workspace(store, library)
    loaded = partner_detail(workspace, partner_id, 2025, AS_OF).counters
    assert loaded == YearInput()
    partners.set_year_figures(workspace, partner_id, 2025, YearInput(projects=4), expected=loaded)
    with pytest.raises(ConflictError, match=r"Die Zahlen 2025 von .* inzwischen geändert"):
        partners.set_year_figures(
            workspace, partner_id, 2025, YearInput(revenue=Decimal(100)), expected=loaded
        )
    now = partner_detail(workspace, partner_id, 2025, AS_OF).counters
    assert now == YearInput(projects=4)
    partners.set_year_figures(
        workspace, partner_id, 2025, replace(now, revenue=Decimal(100)), expected=now
    )
    assert partner_detail(workspace, partner_id, 2025, AS_OF).counters == YearInput(
        projects=4, revenue=Decimal(100)
    )
