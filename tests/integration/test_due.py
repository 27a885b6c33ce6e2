"""The due list gathered from the store (SQLite and PostgreSQL), boundary days included."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from typing import Any

from nspdesk.domain.due import Action, DueItem, DueKind, DueThresholds, Urgency
from nspdesk.domain.editions import ProgramLibrary
from nspdesk.domain.onboarding import StepId, StepStatus
from nspdesk.store import onboarding, quotes
from nspdesk.store.due import due_list
from nspdesk.store.figures import BASIC_SERVICE_AGREEMENT
from nspdesk.store.models import (
    AdminCourse,
    Agreement,
    BacklinkCheck,
    PartnerYear,
    Technician,
    TrainingRecord,
)
from nspdesk.store.opening import Store
from tests.integration import factories

TODAY = date(2026, 11, 25)


def test_due_list_from_the_store(store: Store, library: ProgramLibrary) -> None:
    with store.database.write() as session:
        partner = factories.partner(session, tier="business", company="Fällig & Co. <KG>")
        for days in (89, 90, 91):  # certifications expiring that many days after TODAY
            technician = Technician(name=f"Techniker {days}")
            through = TODAY + timedelta(days=days)
            technician.courses.append(AdminCourse(completed_on=date(2020, 1, 1)))
            technician.courses.append(
                AdminCourse(completed_on=through.replace(year=through.year - 2))
            )
            partner.technicians.append(technician)
        partner.trainings.append(
            TrainingRecord(kind="sales", format="online", attended_on=date(2026, 2, 1))
        )
        partner.backlink_checks += [
            BacklinkCheck(
                url="u", verdict="follow", checked_at=datetime(2026, 5, 1, 8, tzinfo=UTC)
            ),
            BacklinkCheck(  # unreachable: verifies nothing, keeps the follow verdict
                url="u", verdict="unreachable", checked_at=datetime(2026, 11, 1, tzinfo=UTC)
            ),
        ]
        partner.agreements.append(
            Agreement(kind=BASIC_SERVICE_AGREEMENT, signed_on=date(2024, 1, 1))
        )
        partner.years.append(
            PartnerYear(year=2026, support_calls_used=5, marketing_budget_used=Decimal("250.00"))
        )
        quote = quotes.create_quote(
            session, library, factories.quote_input(partner.id, TODAY - timedelta(days=25))
        )
        quotes.send(session, quote.id, datetime(2026, 11, 1, tzinfo=UTC))
        newcomer = factories.partner(session, tier=None, company="Neu GmbH")
        checklist = onboarding.start(session, library, newcomer.id, "authorized", TODAY)
        checklist.created_at = checklist.updated_at = datetime(2026, 9, 1, tzinfo=UTC)
        onboarding.record(
            session, checklist.id, StepId.PARTNER_AGREEMENT, StepStatus.DONE, date(2026, 10, 26)
        )
        ids = (partner.id, newcomer.id, quote.id, checklist.id)
    with store.database.read() as session:
        items = due_list(session, library, TODAY)
    partner_id, newcomer_id, quote_id, checklist_id = ids
    found = {(i.kind, i.partner_id): i for i in items}
    expiring = [i for i in items if i.kind is DueKind.CERTIFICATION_EXPIRING]
    assert sorted(i.days for i in expiring) == [89, 90]  # 91 days: not yet
    assert [i.text.split(" läuft")[0] for i in expiring] == [
        "Zertifizierung von Techniker 89",
        "Zertifizierung von Techniker 90",
    ]
    assert found[(DueKind.TECH_TRAINING_MISSING, partner_id)].action is Action.TRAININGS
    assert (DueKind.SALES_TRAINING_MISSING, partner_id) not in found
    backlink = found[(DueKind.BACKLINK_UNVERIFIED, partner_id)]
    assert "zuletzt am 01.05.2026" in backlink.text and backlink.days == 180 - 208
    assert found[(DueKind.SUPPORT_CALLS_USED_UP, partner_id)].urgency is Urgency.INFO
    budget = found[(DueKind.MARKETING_BUDGET_UNUSED, partner_id)]
    assert "750,00" in budget.text
    offer = found[(DueKind.QUOTE_EXPIRING, partner_id)]
    assert (offer.ref, offer.days) == (quote_id, 5)
    stalled = found[(DueKind.ONBOARDING_STALLED, newcomer_id)]
    assert (stalled.ref, stalled.days) == (checklist_id, 0)  # 30 days since the last step
    assert (DueKind.SERVICE_AGREEMENT_MISSING, newcomer_id) not in found  # no tier yet
    assert items == sorted(items, key=lambda i: (i.urgency, i.due, i.company, i.partner_id, i.kind))

    with store.database.read() as session:
        strict = due_list(
            session, library, TODAY, DueThresholds(certification_days=91, quote_days=4)
        )
    assert sorted(i.days for i in strict if i.kind is DueKind.CERTIFICATION_EXPIRING) == [
        89,
        90,
        91,
    ]
    assert not any(i.kind is DueKind.QUOTE_EXPIRING for i in strict)
    with store.database.read() as session:
        later = due_list(session, library, TODAY + timedelta(days=1))
    assert not any(i.kind is DueKind.ONBOARDING_STALLED and i.days != -1 for i in later)


def test_the_list_a_window_at_a_time(store: Store, library: ProgramLibrary) -> None:
    """The app's due list (issue 20): a search narrows it to partners found in the text index, the
    kind filter and every order are the services', and each window is a slice of the whole."""
    from nspdesk.services.due import DueQuery, due_page, due_window
    from nspdesk.services.workspace import Workspace
    from nspdesk.store import demo
    from nspdesk.store.due import SORT_KEYS, due_selection

    with store.database.write() as session:
        demo.seed(session, library, TODAY)
    workspace = Workspace(store, library)
    with store.database.read() as session:
        every = due_list(session, library, TODAY)
        assert len(every) > 10
        whole = due_selection(session, library, TODAY, None, DueQuery())
        assert whole.items == every and whole.total == len(every)
        assert sum(whole.urgencies) == len(every)
        company = every[0].company
        word = company.split()[0]
        searched = due_selection(session, library, TODAY, None, DueQuery(search=word))
        expected = [i for i in every if word.lower() in i.company.lower()]
        assert searched.items == expected and searched.total == len(expected) > 0
        assert due_selection(session, library, TODAY, None, DueQuery(search="zzzz")).items == []
        kinds = (DueKind.SALES_TRAINING_MISSING, DueKind.TECH_TRAINING_MISSING)
        trainings = due_selection(session, library, TODAY, None, DueQuery(kinds=kinds))
        assert trainings.items == [i for i in every if i.kind in kinds]
        assert trainings.total == len(every)
        values: dict[str, Callable[[DueItem], Any]] = {
            "urgency": lambda i: i.urgency,
            "partner": lambda i: i.company.casefold(),
            "kind": lambda i: i.kind.value,
            "due": lambda i: i.due,
            "days": lambda i: i.days,
            "text": lambda i: str(i.text).casefold(),
        }
        for sort in SORT_KEYS:
            for descending in (False, True):
                query = DueQuery(sort=sort, descending=descending)
                ordered = due_selection(session, library, TODAY, None, query).items
                keys = [values[sort](i) for i in ordered]
                assert keys == sorted(keys, reverse=descending), (sort, descending)
                assert sorted(map(repr, ordered)) == sorted(map(repr, every))
                # a later window is decided again for its own partners, in the same places
                places = due_page(workspace, TODAY, None, query, 0, 4).places
                windows = [
                    item
                    for start in range(0, len(every), 4)
                    for item in due_window(workspace, TODAY, None, places, start, 4)
                ]
                assert windows == ordered, (sort, descending)
    searched_page = due_page(workspace, TODAY, None, DueQuery(search=word, sort="kind"), 0, 1)
    assert (
        due_window(workspace, TODAY, None, searched_page.places, 1, 50)
        == sorted(expected, key=lambda i: i.kind.value)[1:]
    )
    assert due_window(workspace, TODAY, None, searched_page.places, 50, 5) == []
    page = due_page(workspace, TODAY, None, DueQuery(kinds=kinds), 0, 3)
    assert (page.count, page.total, page.offset) == (len(trainings.items), len(every), 0)
    assert page.rows == tuple(trainings.items[:3])
    assert sum(n for _u, n in page.urgencies) == page.count
    assert [u for u, _n in page.urgencies] == sorted({i.urgency for i in trainings.items})


def test_a_later_window_leaves_out_what_is_no_longer_due(
    store: Store, library: ProgramLibrary
) -> None:
    """A window read after a colleague's change: the item that is done is not shown, the others
    stay in their places (the list's count is read again with the next first window)."""
    from nspdesk.services.due import DueQuery, due_page, due_window
    from nspdesk.services.workspace import Workspace
    from nspdesk.store import demo
    from nspdesk.store.models import Agreement as AgreementRow

    with store.database.write() as session:
        demo.seed(session, library, TODAY)
    workspace = Workspace(store, library)
    query = DueQuery(kinds=(DueKind.SERVICE_AGREEMENT_MISSING,))
    page = due_page(workspace, TODAY, None, query, 0, 10)
    assert page.count >= 1
    missing = page.rows[0]
    with store.database.write() as session:
        session.add(
            AgreementRow(
                partner_id=missing.partner_id,
                kind=BASIC_SERVICE_AGREEMENT,
                signed_on=TODAY - timedelta(days=1),
            )
        )
    later = due_window(workspace, TODAY, None, page.places, 0, 10)
    assert later == [i for i in page.rows if i.partner_id != missing.partner_id]
