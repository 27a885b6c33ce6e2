"""Every partner read at once (one query per table) gives what reading each partner alone gives:
the same facts and figures, the same standing and backlink state in the partner list, the same due
list. On SQLite and PostgreSQL, for the demo data plus edge cases, and for a generated set from
``bench/bigdb.py`` (SQLite, as the benchmark makes it)."""

from __future__ import annotations

import sys
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from nspdesk.domain.compliance import Backlink, check_recorded
from nspdesk.domain.due import Course, DueFacts, DueThresholds, due_items
from nspdesk.domain.editions import ProgramLibrary
from nspdesk.domain.errors import InputError
from nspdesk.domain.program import Billing, Training
from nspdesk.domain.standing import Standing, StandingResult, standing_of
from nspdesk.domain.year_figures import YearFigures
from nspdesk.services import partner_overview as overview
from nspdesk.services.workspace import Workspace
from nspdesk.store import demo
from nspdesk.store import due as due_store
from nspdesk.store.figures import (
    BASIC_SERVICE_AGREEMENT,
    PartnerRecords,
    all_partner_facts,
    all_records,
    all_year_figures,
    check_record,
    evaluate_partner,
    facts_of,
    has_service_agreement,
    last_backlink,
    partner_facts,
    year_figures,
)
from nspdesk.store.location import sqlite_location
from nspdesk.store.models import (
    AdminCourse,
    Agreement,
    BacklinkCheck,
    Partner,
    PartnerYear,
    Quote,
    QuoteLineRow,
    QuoteRevision,
    Technician,
    TrainingRecord,
)
from nspdesk.store.opening import Store, open_store
from tests.integration import factories

TODAY = date(2026, 11, 25)
BENCH = Path(__file__).resolve().parents[2] / "bench"
# (year, as of): the list's previous year, this year so far, a past reference day, a year after it.
CASES = [(2025, TODAY), (2026, TODAY), (2025, date(2026, 1, 15)), (2027, TODAY)]


def at(day: date, hour: int = 12) -> datetime:
    return datetime(day.year, day.month, day.day, hour, tzinfo=UTC)


def _quote(
    session: Session, partner: Partner, number: int, revisions: list[tuple[str, Any, list[Any]]]
) -> None:
    """A quote with revisions (status, decided at, lines as (category, net))."""
    quote = Quote(number=f"T-2025-{number}", year=2025, sequence=90_000 + number)
    quote.partner_id = partner.id
    for index, (status, decided_at, lines) in enumerate(revisions, start=1):
        revision = QuoteRevision(
            number=index,
            status=status,
            quote_date=date(2025, 3, 1),
            valid_until=date(2025, 3, 31),
            tier="business",
            edition="2024",
            vat_mode="standard",
            decided_at=decided_at,
        )
        for position, (category, net) in enumerate(lines, start=1):
            revision.lines.append(
                QuoteLineRow(
                    position=position,
                    category=category,
                    description=category,
                    quantity=Decimal(1),
                    unit_price=Decimal(net),
                    discount_percent=Decimal(0),
                    net=Decimal(net),
                )
            )
        quote.revisions.append(revision)
    session.add(quote)


def edge_partners(session: Session) -> None:
    """What the demo lacks: checks after an unreachable one, old and future records, won quotes
    without lines or superseded by a revision, a tier of the other track, a vendor's MSP."""
    odd = factories.partner(session, tier="business", company="Kante & Co. KG")
    odd.backlink_checks += [
        BacklinkCheck(url="u", verdict="nofollow", checked_at=at(date(2025, 4, 1))),
        BacklinkCheck(url="u", verdict="follow", checked_at=at(date(2026, 5, 1)), http_status=200),
        BacklinkCheck(
            url="u", verdict="unreachable", checked_at=at(date(2026, 11, 1)), detail="Zeit"
        ),
    ]
    odd.trainings += [
        TrainingRecord(kind="sales", format="online", attended_on=date(2024, 12, 31)),
        TrainingRecord(kind="technical", format="online", attended_on=date(2025, 1, 1)),
        TrainingRecord(kind="sales", format="online", attended_on=date(2025, 12, 31)),
        TrainingRecord(kind="technical", format="online", attended_on=date(2026, 1, 1)),
    ]
    never = Technician(name="Ohne Kurs")
    renewed = Technician(name="Erneuert")
    renewed.courses += [
        AdminCourse(completed_on=date(2022, 5, 1)),
        AdminCourse(completed_on=date(2024, 12, 1)),
    ]
    future = Technician(name="Kurs nach dem Stichtag")
    future.courses.append(AdminCourse(completed_on=date(2026, 12, 1)))
    odd.technicians += [never, renewed, future]
    odd.agreements += [
        Agreement(
            kind=BASIC_SERVICE_AGREEMENT, signed_on=date(2020, 1, 1), valid_until=date(2025, 6, 30)
        ),
        Agreement(kind=BASIC_SERVICE_AGREEMENT, signed_on=date(2026, 2, 1)),
        Agreement(kind="HSV", signed_on=date(2020, 1, 1), customer="Endkunde"),
    ]
    odd.years.append(PartnerYear(year=2025, projects=1, revenue=Decimal("1000.00")))
    session.flush()
    _quote(session, odd, 1, [("accepted", at(date(2025, 6, 1)), [])])  # won, no lines
    _quote(  # accepted, then revised: the current revision is not won
        session,
        odd,
        2,
        [
            ("accepted", at(date(2025, 6, 2)), [("server-license", "5000.00")]),
            ("sent", None, [("server-license", "4000.00")]),
        ],
    )
    _quote(  # won at the year's edges (UTC) and with lines that count differently
        session,
        odd,
        3,
        [
            (
                "accepted",
                datetime(2025, 1, 1, tzinfo=UTC),
                [("cloud-service", "210.00"), ("server-maintenance", "300.00"), ("x", "9.99")],
            )
        ],
    )
    _quote(
        session, odd, 4, [("accepted", datetime(2026, 1, 1, tzinfo=UTC), [("cloud-service", "1")])]
    )
    _quote(session, odd, 5, [("rejected", at(date(2025, 7, 1)), [("server-license", "1")])])

    other_track = factories.partner(session, tier="premium-cloud", company="Falsche Spur GmbH")
    other_track.backlink_checks.append(
        BacklinkCheck(url="u", verdict="unreachable", checked_at=at(date(2026, 10, 1)))
    )
    msp = factories.partner(
        session, tier="msp", track="msp", company="MSP Kante", msp_level="premium"
    )
    factories.partner(session, tier=None, track="cloud", company="Interessent Cloud")
    session.flush()
    # Won, but no line counts (revenue stays a bare 0); won with a counting line of 0,00 € (0.00).
    _quote(session, other_track, 6, [("accepted", at(date(2025, 8, 1)), [("x", "50.00")])])
    _quote(session, msp, 7, [("accepted", at(date(2025, 8, 2)), [("cloud-service", "0")])])
    factories.partner(session, tier="business", company="Kante & Co. KG")  # same name, own id


@pytest.fixture
def seeded(store: Store, library: ProgramLibrary) -> Store:
    with store.database.write() as session:
        demo.seed(session, library, TODAY)
        edge_partners(session)
    return store


def single_standing(
    session: Session, library: ProgramLibrary, partner_id: int, year: int, as_of: date
) -> StandingResult:
    try:
        evaluation = evaluate_partner(session, library, partner_id, year, as_of).evaluation
    except InputError as error:
        return StandingResult(Standing.NONE, (error.message,))
    return standing_of(evaluation)


def exactly(figures: YearFigures) -> list[str]:
    """The figures as text: equal ``Decimal``s may differ in their places (``0`` and ``0.00``)."""
    return [str(value) for value in figures]


def assert_bulk_matches_single(
    store: Store, library: ProgramLibrary, cases: list[tuple[int, date]]
) -> int:
    """Facts, figures, records and list rows of every partner, read in bulk and alone."""
    database, workspace = store.database, Workspace(store, library)
    compared = 0
    for year, as_of in cases:
        program = library.edition_for(as_of)
        rows = {row.id: row for row in overview.partner_overview(workspace, year, as_of)}
        with database.read() as session:
            bulk = all_partner_facts(session, program, year, as_of)
            partners = session.scalars(select(Partner).order_by(Partner.company, Partner.id)).all()
            assert list(rows) == [p.id for p in partners]  # the list's order: company, then id
            assert set(bulk) == set(rows)
            for partner in partners:
                facts, figures, records = bulk[partner.id]
                alone = partner_facts(session, program, partner, year, as_of)
                assert (facts, figures) == alone
                assert exactly(figures) == exactly(alone[1])  # "0" stays "0", "0.00" "0.00"
                checks = partner.backlink_checks
                assert records.backlink == last_backlink(partner)
                assert records.last_check == (check_record(checks[-1]) if checks else None)
                row = rows[partner.id]
                expected = single_standing(session, library, partner.id, year, as_of)
                assert (row.standing, row.reasons) == (expected.standing, expected.reasons)
                assert row.backlink == last_backlink(partner)
                assert row.backlink_verdict == (checks[-1].verdict if checks else None)
                compared += 1
    return compared


def test_demo_and_edge_partners_read_in_bulk_as_alone(
    seeded: Store, library: ProgramLibrary
) -> None:
    compared = assert_bulk_matches_single(seeded, library, CASES)
    assert compared == 4 * 17  # 12 demo partners and 5 edge cases, in every case


def test_edge_cases_read_in_bulk(seeded: Store, library: ProgramLibrary) -> None:
    """Not only equal to the single path: what the edge cases must give."""
    program = library.edition_for(TODAY)
    with seeded.database.read() as session:
        odd = session.scalars(select(Partner).where(Partner.company == "Kante & Co. KG")).first()
        assert odd is not None
        facts, figures, records = all_partner_facts(session, program, 2025, TODAY)[odd.id]
    # Quote 3 (on 1 January 00:00 UTC); not 1 (won, but no line: no realised project), not the
    # revised 2, not 4 (2026), not 5 (rejected).
    assert (figures.projects_manual, figures.projects_won) == (1, 1)
    assert figures.revenue_manual == Decimal("1000.00")
    assert figures.mrr_won == Decimal("210.00")  # the monthly Cloud line
    assert figures.revenue_won > Decimal("510.00")  # Cloud counts twelve months, "x" nothing
    assert (facts.sales_training, facts.tech_training) == (True, True)  # both in 2025
    assert facts.technicians_certified_on == (date(2024, 12, 1),)  # not the one after TODAY
    assert [name for name, _ in records.courses] == ["Erneuert", "Kurs nach dem Stichtag"]
    assert facts.service_agreement  # the second basic agreement; the first has expired
    assert records.backlink is Backlink.FOLLOW  # the unreachable check keeps the follow
    assert records.reached_at == at(date(2026, 5, 1))
    assert records.last_check is not None and records.last_check.verdict == "unreachable"
    assert records.last_check.detail == "Zeit"


def test_won_quotes_summed_in_sql_as_line_by_line_for_other_editions(
    seeded: Store, library: ProgramLibrary
) -> None:
    """The SQL sums follow the edition's categories: none counting, or no monthly Cloud one."""
    program = library.edition_for(TODAY)
    nothing_counts = replace(
        program,
        categories={k: replace(c, revenue=False) for k, c in program.categories.items()},
    )
    yearly = replace(
        program,
        categories={k: replace(c, billing=Billing.YEARLY) for k, c in program.categories.items()},
    )
    with seeded.database.read() as session:
        ids = session.scalars(select(Partner.id)).all()
        for edition in (program, nothing_counts, yearly):
            bulk = all_year_figures(session, edition, 2025)
            for partner_id in ids:
                alone = year_figures(session, edition, partner_id, 2025)
                found = bulk.get(partner_id, YearFigures(2025))
                assert (found, exactly(found)) == (alone, exactly(alone))
            won = sum(f.projects_won for f in bulk.values())
            revenue = sum(f.revenue_won for f in bulk.values())
            mrr = sum(f.mrr_won for f in bulk.values())
            if edition is nothing_counts:  # no line counts: no won quote is a realised project
                assert revenue == mrr == won == 0
            elif edition is yearly:
                assert revenue > 0 and mrr == 0 and won >= 2
            else:
                assert revenue > 0 and mrr > 0 and won >= 2  # edge quotes 3 and 7 (not 1 and 6)


def test_due_list_facts_read_in_bulk_as_from_each_partner(
    seeded: Store, library: ProgramLibrary, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[list[DueFacts]] = []

    def capture(program: Any, facts: list[DueFacts], *rest: Any) -> Any:
        seen.append(facts)
        return due_items(program, facts, *rest)

    monkeypatch.setattr("nspdesk.store.due.due_items", capture)
    with seeded.database.read() as session:
        items = due_store.due_list(session, library, TODAY)
        program = library.edition_for(TODAY)
        for facts in seen[0]:
            partner = session.get(Partner, facts.partner_id)
            assert partner is not None
            tier = partner.tier
            if tier in program.tiers and program.tier(tier).benefits_of:
                tier = partner.msp_level
            trained = {Training(t.kind) for t in partner.trainings if t.attended_on.year == 2026}
            reached = [c for c in partner.backlink_checks if c.verdict != "unreachable"]
            assert facts.tier == tier
            assert facts.courses == tuple(
                Course(t.name, t.last_course) for t in partner.technicians if t.last_course
            )
            assert (facts.sales_training, facts.tech_training) == (
                Training.SALES in trained,
                Training.TECHNICAL in trained,
            )
            assert facts.backlink == last_backlink(partner)
            assert facts.backlink_verified_on == (
                reached[-1].checked_at.date() if reached else None
            )
            assert facts.service_agreement == has_service_agreement(partner, TODAY)
            current = [
                q.current for q in session.scalars(select(Quote)) if q.partner_id == partner.id
            ]
            # the sent ones that can be due: valid no later than the threshold's day (the database
            # leaves out the others, issue 20)
            until = TODAY + timedelta(days=DueThresholds().quote_days)
            assert len(facts.quotes) == sum(
                1 for r in current if r.status == "sent" and r.valid_until <= until
            )
    assert len(seen[0]) == 17
    assert items


def test_records_for_partners_read_by_the_caller(seeded: Store, library: ProgramLibrary) -> None:
    """The partner list hands over the partners it has read; their records are those read alone."""
    program = library.edition_for(TODAY)
    with seeded.database.read() as session:
        partners = [(p.id, p.track, p.tier) for p in session.scalars(select(Partner))]
        given = all_partner_facts(session, program, 2025, TODAY, partners[1:])
        read = all_partner_facts(session, program, 2025, TODAY)
    assert given == {p[0]: read[p[0]] for p in partners[1:]}


def test_records_of_no_partner_in_bulk(store: Store) -> None:
    with store.database.read() as session:
        assert all_records(session, 2025) == {}


def test_generated_set_read_in_bulk_as_alone(tmp_path: Path, library: ProgramLibrary) -> None:
    sys.path.insert(0, str(BENCH))
    try:
        from bigdb import generate  # type: ignore[import-not-found]
    finally:
        sys.path.remove(str(BENCH))
    path = tmp_path / "generated.sqlite3"
    counts = generate(path, 120, 1200)
    assert counts["partners"] == 120
    store = open_store(sqlite_location(path), keep_backups=0)
    try:
        today = date.today()  # the generator's dates follow the real today
        cases = [(today.year - 1, today), (today.year, today)]
        assert assert_bulk_matches_single(store, library, cases) == 2 * (120 + 12)
    finally:
        store.close()


def test_standings_are_worked_out_once_per_facts_and_edition(
    seeded: Store, library: ProgramLibrary, monkeypatch: pytest.MonkeyPatch
) -> None:
    evaluated: list[int] = []

    def counting(program: Any, facts: Any, wording: Any = None) -> Any:
        evaluated.append(1)
        return check_recorded(program, facts, wording)

    monkeypatch.setattr("nspdesk.services.partner_overview.check_recorded", counting)

    first = overview.partner_overview(Workspace(seeded, library), 2025, TODAY)
    assert len(first) == 17
    assert len(evaluated) == 17  # each partner once
    assert overview.partner_overview(Workspace(seeded, library), 2025, TODAY) == first
    assert len(evaluated) == 17  # nothing changed: nothing evaluated again

    with (
        seeded.database.write() as session
    ):  # one partner's figures change: it alone is evaluated again
        row = session.scalars(
            select(PartnerYear).where(
                PartnerYear.partner_id == first[0].id, PartnerYear.year == 2025
            )
        ).one_or_none()
        if row is None:
            session.add(PartnerYear(partner_id=first[0].id, year=2025, projects=9))
        else:
            row.projects += 9
    again = overview.partner_overview(Workspace(seeded, library), 2025, TODAY)
    assert len(evaluated) == 18
    assert again[1:] == first[1:]

    later = date(2026, 11, 26)  # other facts (as of) for everyone
    overview.partner_overview(Workspace(seeded, library), 2025, later)
    assert len(evaluated) == 18 + 17

    copy = replace(library.edition_for(TODAY), edition="2024-b")  # another edition: afresh
    monkeypatch.setattr(library, "edition_for", lambda as_of: copy)
    assert overview.partner_overview(Workspace(seeded, library), 2025, later) != []
    assert len(evaluated) == 18 + 2 * 17
    assert overview.partner_overview(Workspace(seeded, library), 2024, later) != []
    assert len(evaluated) == 18 + 3 * 17  # another year: kept beside the other
    assert overview.partner_overview(Workspace(seeded, library), 2025, later) != []
    assert len(evaluated) == 18 + 3 * 17


@pytest.mark.parametrize(
    ("trainings", "expected"),
    [
        ((("sales", date(2025, 3, 1)), ("technical", date(2024, 12, 31))), (True, False)),
        ((("technical", date(2025, 1, 1)), ("sales", date(2026, 1, 1))), (False, True)),
        ((), (False, False)),
    ],
)
def test_facts_name_each_training_of_the_year(
    library: ProgramLibrary, trainings: tuple[tuple[str, date], ...], expected: tuple[bool, bool]
) -> None:
    program = library.edition_for(TODAY)
    records = PartnerRecords(1, "server", "business", trainings=trainings)
    facts = facts_of(program, records, YearFigures(2025), 2025, TODAY)
    assert (facts.sales_training, facts.tech_training) == expected
    assert facts.trainings == {t for t, done in zip(Training, expected, strict=True) if done}
    with pytest.raises(ValueError, match="webinar"):
        facts_of(
            program,
            records._replace(trainings=(("webinar", date(2025, 5, 5)),)),
            YearFigures(2025),
            2025,
            TODAY,
        )
