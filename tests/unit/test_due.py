"""The due list from plain facts: each kind, its thresholds' boundary days, the order."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal as D

import pytest

from nspdesk.domain.certification import valid_through
from nspdesk.domain.compliance import Backlink
from nspdesk.domain.due import (
    Action,
    Course,
    DueFacts,
    DueKind,
    DueThresholds,
    OpenChecklist,
    OpenQuote,
    Urgency,
    due_items,
)
from nspdesk.domain.program import Program

TODAY = date(2026, 6, 15)


def nbsp(text: str) -> str:
    return text.replace("\xa0", " ")


def good(tier: str | None = "business", **changes: object) -> DueFacts:
    """A partner with nothing due in June."""
    values: dict[str, object] = {
        "partner_id": 1,
        "company": "Müller & Söhne <GmbH>",
        "tier": tier,
        "sales_training": True,
        "tech_training": True,
        "backlink": Backlink.FOLLOW,
        "backlink_verified_on": TODAY - timedelta(days=10),
        "service_agreement": True,
    }
    values.update(changes)
    return DueFacts(**values)  # type: ignore[arg-type]


def kinds(program: Program, facts: DueFacts, today: date = TODAY, **limits: int) -> list[DueKind]:
    return [i.kind for i in due_items(program, [facts], today, DueThresholds(**limits))]


def course_expiring_in(days: int) -> Course:
    """A course whose certification runs out ``days`` after ``TODAY``."""
    through = TODAY + timedelta(days=days)
    return Course("Techniker Eins", through.replace(year=through.year - 2))


def test_nothing_due(program: Program) -> None:
    assert due_items(program, [good()], TODAY) == []


@pytest.mark.parametrize(("days", "listed"), [(89, True), (90, True), (91, False)])
def test_certification_expiry_boundary(program: Program, days: int, listed: bool) -> None:
    course = course_expiring_in(days)
    assert valid_through(course.completed_on, 2) == TODAY + timedelta(days=days)
    items = due_items(program, [good(courses=(course,))], TODAY)
    assert [i.kind for i in items] == ([DueKind.CERTIFICATION_EXPIRING] if listed else [])
    if listed:
        item = items[0]
        assert item.days == days and item.urgency is Urgency.SOON
        assert item.action is Action.TECHNICIANS
        assert f"(in {days} Tagen)" in item.text and "Techniker Eins" in item.text


def test_certification_today_and_expired(program: Program) -> None:
    today = due_items(program, [good(courses=(course_expiring_in(0),))], TODAY)[0]
    # valid through today: valid today, "läuft heute ab" (never "in 0 Tagen")
    assert today.text == "Zertifizierung von Techniker Eins läuft heute (15.06.2026) ab."
    assert today.days == 0
    expired = due_items(program, [good(courses=(course_expiring_in(-1),))], TODAY)[0]
    assert expired.kind is DueKind.CERTIFICATION_EXPIRED
    assert expired.urgency is Urgency.OVERDUE and expired.days == -1
    assert expired.text.startswith(
        "Zertifizierung von Techniker Eins ist am 14.06.2026 abgelaufen;"
    )
    assert kinds(program, good(courses=(course_expiring_in(120),)), certification_days=120) == [
        DueKind.CERTIFICATION_EXPIRING
    ]
    one = due_items(program, [good(courses=(course_expiring_in(1),))], TODAY)[0]
    assert one.text == "Zertifizierung von Techniker Eins läuft morgen (16.06.2026) ab."


def test_trainings_missing_for_the_year(program: Program) -> None:
    facts = good(sales_training=False, tech_training=False, marketing_budget_used=D("1000"))
    items = due_items(program, [facts], TODAY)
    assert [i.kind for i in items] == [
        DueKind.SALES_TRAINING_MISSING,
        DueKind.TECH_TRAINING_MISSING,
    ]
    assert items[0].due == date(2026, 12, 31) and items[0].urgency is Urgency.INFO
    assert items[0].text == "Vertriebstraining 2026 fehlt noch (für Business Partner erforderlich)."
    autumn = due_items(program, [facts], date(2026, 10, 2))
    assert autumn[0].urgency is Urgency.SOON  # 90 days before the year ends
    assert due_items(program, [facts], date(2026, 10, 1))[0].urgency is Urgency.INFO


def test_backlink(program: Program) -> None:
    missing = due_items(program, [good(backlink=Backlink.MISSING)], TODAY)[0]
    assert (missing.kind, missing.urgency, missing.action) == (
        DueKind.BACKLINK_MISSING,
        Urgency.NOW,
        Action.BACKLINK,
    )
    assert kinds(program, good(backlink=Backlink.NOFOLLOW)) == [DueKind.BACKLINK_NOFOLLOW]
    never = due_items(program, [good(backlink=Backlink.UNKNOWN, backlink_verified_on=None)], TODAY)
    assert never[0].kind is DueKind.BACKLINK_UNVERIFIED and never[0].urgency is Urgency.NOW
    assert "noch nie" in never[0].text
    # Authorized: the backlink is only desirable, never due.
    assert kinds(program, good("authorized", backlink=Backlink.MISSING)) == []


@pytest.mark.parametrize(("age", "listed"), [(179, False), (180, True), (181, True)])
def test_backlink_verification_boundary(program: Program, age: int, listed: bool) -> None:
    facts = good(backlink_verified_on=TODAY - timedelta(days=age))
    items = due_items(program, [facts], TODAY)
    assert [i.kind for i in items] == ([DueKind.BACKLINK_UNVERIFIED] if listed else [])
    if listed:
        assert items[0].days == 180 - age
        assert f"(vor {age} Tagen)" in items[0].text


def test_agreement_support_calls_and_budget(program: Program) -> None:
    assert kinds(program, good(service_agreement=False)) == [DueKind.SERVICE_AGREEMENT_MISSING]
    calls = due_items(program, [good(support_calls_used=5)], TODAY)[0]
    assert calls.kind is DueKind.SUPPORT_CALLS_USED_UP and calls.urgency is Urgency.INFO
    assert "(5 von 5)" in calls.text
    assert kinds(program, good(support_calls_used=4)) == []
    # The marketing budget: flagged from the fourth quarter on, only while some is left.
    assert kinds(program, good(), date(2026, 9, 30)) == []
    october = due_items(program, [good(marketing_budget_used=D("400"))], date(2026, 10, 1))
    assert [i.kind for i in october] == [DueKind.MARKETING_BUDGET_UNUSED]
    assert nbsp(october[0].text) == (
        "Marketingbudget 2026: 600,00 € von 1.000,00 € noch nicht genutzt."
    )
    spent = good(marketing_budget_used=D("1000"))
    assert kinds(program, spent, date(2026, 11, 1)) == []
    assert kinds(program, good("authorized"), date(2026, 11, 1)) == []  # no budget
    assert kinds(program, good(), date(2026, 8, 1), budget_from_quarter=3) == [
        DueKind.MARKETING_BUDGET_UNUSED
    ]


@pytest.mark.parametrize(
    ("days", "listed", "urgency"),
    [
        (8, False, None),
        (7, True, Urgency.SOON),
        (0, True, Urgency.SOON),
        (-2, True, Urgency.OVERDUE),
    ],
)
def test_quote_expiry(program: Program, days: int, listed: bool, urgency: Urgency | None) -> None:
    quote = OpenQuote(42, "A-2026-0042", TODAY + timedelta(days=days))
    items = due_items(program, [good(quotes=(quote,))], TODAY)
    assert len(items) == int(listed)
    if listed:
        assert items[0].ref == 42 and items[0].action is Action.QUOTE
        assert items[0].urgency is urgency
        assert "A-2026-0042" in items[0].text
        assert ("abgelaufen" in items[0].text) is (days < 0)
        assert ("(heute)" in items[0].text) is (days == 0)


@pytest.mark.parametrize(("idle", "listed"), [(29, False), (30, True), (31, True)])
def test_onboarding_stalled(program: Program, idle: int, listed: bool) -> None:
    checklist = OpenChecklist(5, "business", 3, TODAY - timedelta(days=idle))
    items = due_items(program, [good(None, checklists=(checklist,))], TODAY)
    assert len(items) == int(listed)
    if listed:
        assert items[0].kind is DueKind.ONBOARDING_STALLED and items[0].ref == 5
        assert items[0].text.startswith("Onboarding zu Business Partner stockt: 3 Schritte offen")
        assert items[0].days == 30 - idle


def test_onboarding_finished_or_unknown_target(program: Program) -> None:
    done = OpenChecklist(5, "business", 0, TODAY - timedelta(days=100))
    assert due_items(program, [good(None, checklists=(done,))], TODAY) == []
    odd = OpenChecklist(6, "gold", 1, TODAY - timedelta(days=100))
    item = due_items(program, [good(None, checklists=(odd,))], TODAY)[0]
    assert "zu gold stockt: 1 Schritt offen" in item.text


def test_partner_without_tier_only_gets_dates(program: Program) -> None:
    facts = good(None, service_agreement=False, sales_training=False, backlink=Backlink.MISSING)
    assert due_items(program, [facts], TODAY) == []
    assert kinds(program, good("gold", service_agreement=False)) == []  # unknown tier: no duties


def test_sorted_by_urgency_then_date_then_partner(program: Program) -> None:
    a = good(
        partner_id=1,
        company="Alpha",
        courses=(course_expiring_in(-5), course_expiring_in(30)),
        support_calls_used=6,
    )
    b = good(
        partner_id=2, company="Beta", service_agreement=False, courses=(course_expiring_in(10),)
    )
    items = due_items(program, [a, b], TODAY)
    assert [(i.company, i.kind) for i in items] == [
        ("Alpha", DueKind.CERTIFICATION_EXPIRED),
        ("Beta", DueKind.SERVICE_AGREEMENT_MISSING),
        ("Beta", DueKind.CERTIFICATION_EXPIRING),
        ("Alpha", DueKind.CERTIFICATION_EXPIRING),
        ("Alpha", DueKind.SUPPORT_CALLS_USED_UP),
    ]
