"""The due list's notes in English (the committed catalog): every kind, with en_GB amounts and
dates and day counts in the singular and plural; German stays the domain's wording."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal as D

from nspdesk.domain.compliance import Backlink
from nspdesk.domain.due import Course, DueFacts, DueKind, OpenChecklist, OpenQuote, due_items
from nspdesk.domain.messages import Text
from nspdesk.domain.program import Program
from tests.unit.english_catalog import ENGLISH
from tests.unit.test_due import TODAY, course_expiring_in, good


def notes(program: Program, facts: DueFacts, today: date = TODAY) -> dict[DueKind, list[str]]:
    found: dict[DueKind, list[str]] = {}
    for item in due_items(program, [facts], today):
        assert isinstance(item.text, Text)
        found.setdefault(item.kind, []).append(item.text.render(ENGLISH))
    return found


def test_certifications(program: Program) -> None:
    courses = (course_expiring_in(1), Course("Techniker Zwei", date(2024, 5, 10)))
    shown = notes(program, good(courses=courses))
    assert shown[DueKind.CERTIFICATION_EXPIRING] == [
        "Certification of Techniker Eins expires tomorrow (16 Jun 2026)."
    ]
    assert shown[DueKind.CERTIFICATION_EXPIRED] == [
        "Certification of Techniker Zwei expired on 10 May 2026; the administrator course must "
        "be repeated."
    ]
    today = notes(program, good(courses=(course_expiring_in(0), course_expiring_in(30))))
    assert today[DueKind.CERTIFICATION_EXPIRING] == [
        "Certification of Techniker Eins expires today (15 Jun 2026).",
        "Certification of Techniker Eins expires on 15 Jul 2026 (in 30 days).",
    ]


def test_trainings_agreement_support_and_budget(program: Program) -> None:
    late = date(2026, 11, 25)  # fourth quarter: the unused budget is listed
    facts = good(
        sales_training=False,
        tech_training=False,
        service_agreement=False,
        support_calls_used=5,
        marketing_budget_used=D("250.5"),
    )
    shown = notes(program, facts, late)
    assert shown[DueKind.SALES_TRAINING_MISSING] == [
        "Sales training 2026 still missing (required for Business Partner)."
    ]
    assert shown[DueKind.TECH_TRAINING_MISSING] == [
        "Technical training 2026 still missing (required for Business Partner)."
    ]
    assert shown[DueKind.SERVICE_AGREEMENT_MISSING] == [
        "Basic service agreement missing (required for Business Partner)."
    ]
    assert shown[DueKind.SUPPORT_CALLS_USED_UP] == [
        "Free support calls 2026 used up (5 of 5); further calls are charged by effort unless "
        "there is a product defect."
    ]
    assert shown[DueKind.MARKETING_BUDGET_UNUSED] == [
        "Marketing budget 2026: €749.50 of €1,000.00 not used yet."
    ]


def test_backlinks(program: Program) -> None:
    def backlink(**changes: object) -> list[str]:
        shown = notes(program, good("business", **changes))
        return [text for kind, texts in shown.items() if "BACKLINK" in kind.name for text in texts]

    assert backlink(backlink=Backlink.MISSING) == [
        "No link to www.nospamproxy.de found; Business Partner requires a follow link."
    ]
    assert backlink(backlink=Backlink.NOFOLLOW) == [
        "The link to www.nospamproxy.de is marked nofollow; Business Partner requires a follow link."
    ]
    assert backlink(backlink_verified_on=None) == [
        "The link to www.nospamproxy.de has never been checked successfully."
    ]
    assert backlink(backlink_verified_on=TODAY - timedelta(days=1200)) == [
        "The link to www.nospamproxy.de was last checked on 3 Mar 2023 (1,200 days ago); please "
        "check it again."
    ]


def test_quotes_and_onboarding(program: Program) -> None:
    quotes = (
        OpenQuote(1, "A-2026-0001", TODAY - timedelta(days=1)),
        OpenQuote(2, "A-2026-0002/2", TODAY),
        OpenQuote(3, "A-2026-0003", TODAY + timedelta(days=2)),
    )
    stalled = (
        OpenChecklist(9, "business", 1, TODAY - timedelta(days=40)),
        OpenChecklist(10, "premium", 3, TODAY - timedelta(days=31)),
    )
    shown = notes(program, good(tier=None, quotes=quotes, checklists=stalled))
    assert sorted(shown[DueKind.QUOTE_EXPIRING]) == [
        "Quote A-2026-0001 expired on 14 Jun 2026.",
        "Quote A-2026-0002/2 is valid until 15 Jun 2026 (today).",
        "Quote A-2026-0003 is valid until 17 Jun 2026 (in 2 days).",
    ]
    assert sorted(shown[DueKind.ONBOARDING_STALLED]) == [
        "Onboarding to Business Partner stalled: 1 step open, no change for 40 days "
        "(last on 6 May 2026).",
        "Onboarding to Premium Partner stalled: 3 steps open, no change for 31 days "
        "(last on 15 May 2026).",
    ]


def test_german_counts_keep_their_grouping(program: Program) -> None:
    [item] = due_items(program, [good(backlink_verified_on=TODAY - timedelta(days=1200))], TODAY)
    assert "(vor 1.200 Tagen)" in item.text
