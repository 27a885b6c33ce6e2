"""The quote services, the one door of the app and ``nspdesk quotes``: on SQLite and PostgreSQL.

Two people on one quote: a stale save is refused naming who changed it, and every race of two
actions on the same quote ends with exactly one of them done, the other refused with a message, and
an audit trail that agrees with the final state (``test_races_*``, many rounds, two threads).
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal
from functools import partial

import pytest
from pypdf import PdfReader

from nspdesk.domain.editions import ProgramLibrary
from nspdesk.domain.pricing import Audience
from nspdesk.domain.quote_input import LineInput, QuoteInput
from nspdesk.domain.tier_check import TierChoice
from nspdesk.services import quotes
from nspdesk.services.errors import ConflictError, InputError, StaleEditError
from nspdesk.services.workspace import Workspace
from nspdesk.store.location import Location
from nspdesk.store.models import SenderRow
from nspdesk.store.opening import open_store
from tests.integration import factories

TODAY = date(2026, 11, 25)
ROUNDS = 10


def _workspace(location: Location, library: ProgramLibrary) -> Workspace:
    return Workspace(open_store(location, keep_backups=0), library)


@pytest.fixture
def workspace(location: Location, library: ProgramLibrary) -> Iterator[Workspace]:
    opened = _workspace(location, library)
    yield opened
    opened.close()


def _partner(workspace: Workspace, company: str = "Test & Partner <GmbH>") -> int:
    with workspace.database.write() as session:
        return factories.partner(session, tier="business", company=company).id


def _draft(partner_id: int, *lines: LineInput) -> QuoteInput:
    # Business without figures on record: keeping it needs a decision, as the editor asks for.
    return replace(
        factories.quote_input(partner_id, TODAY, *lines),
        tier_choice=TierChoice.RECORDED,
        tier_reason="Zertifizierung ist gebucht",
    )


def _actions(workspace: Workspace, quote_id: int) -> list[str]:
    return [event.action for event in quotes.detail(workspace, quote_id).events]


def test_life_of_a_quote(workspace: Workspace) -> None:
    partner_id = _partner(workspace)
    made = quotes.create(workspace, _draft(partner_id), actor="mk")
    assert (made.number, made.revision, made.status, made.version) == (
        "A-2026-0001",
        1,
        quotes.Status.DRAFT,
        1,
    )
    assert quotes.find(workspace, "a-2026-0001") == made.id == quotes.find(workspace, made.id)
    changed = replace(_draft(partner_id), subject="Neuer Betreff")
    saved = quotes.save_draft(workspace, made.id, changed, expected_version=1, actor="mk")
    assert saved.version == 2
    sent = quotes.send(workspace, made.id, expected_version=2, actor="mk")
    assert sent.status is quotes.Status.SENT
    accepted = quotes.accept(workspace, made.id, actor="mk")
    assert (accepted.status, accepted.version) == (quotes.Status.ACCEPTED, 4)
    shown = quotes.detail(workspace, made.id)
    assert shown.data.subject == "Neuer Betreff"
    assert shown.priced.totals.net == Decimal("1425.00")
    assert _actions(workspace, made.id) == [
        "created",
        "priced",
        "saved",
        "priced",
        "sent",
        "accepted",
    ]
    rows = quotes.list_quotes(workspace, status=quotes.Status.ACCEPTED)
    assert [(row.number, row.status) for row in rows] == [("A-2026-0001", "accepted")]
    assert quotes.list_quotes(workspace, status=quotes.Status.DRAFT) == []
    assert quotes.list_quotes(workspace, partner_id=partner_id + 1) == []
    assert [row.id for row in quotes.list_quotes(workspace, year=2026)] == [made.id]


def test_a_missing_tier_decision_saves_nothing(workspace: Workspace) -> None:
    """Business without the figures: the quote needs a decision; refused after pricing, the
    transaction rolls back with the number it drew, so the next quote is still the first."""
    partner_id = _partner(workspace)
    undecided = replace(_draft(partner_id), tier_choice=None, tier_reason="")
    with pytest.raises(InputError) as refused:
        quotes.create(workspace, undecided)
    assert refused.value.field == "tier_choice"
    assert quotes.list_quotes(workspace) == []
    cannot_offer = LineInput("no-such-category", "X", Decimal(1), Decimal(1))
    with pytest.raises(InputError) as first:  # what cannot be offered is said first
        quotes.create(workspace, replace(undecided, lines=(cannot_offer,)))
    assert first.value.line == 0
    assert quotes.create(workspace, _draft(partner_id)).number == "A-2026-0001"


def test_refused_transitions_say_why(workspace: Workspace) -> None:
    made = quotes.create(workspace, _draft(_partner(workspace)))
    with pytest.raises(ConflictError, match="ist Entwurf und kann nicht angenommen werden"):
        quotes.accept(workspace, made.id)
    quotes.send(workspace, made.id)
    with pytest.raises(ConflictError, match="ist Versendet und kann nicht versendet werden"):
        quotes.send(workspace, made.id)
    quotes.reject(workspace, made.id)
    with pytest.raises(ConflictError, match="ist Abgelehnt und kann nicht angenommen werden"):
        quotes.accept(workspace, made.id)
    assert _actions(workspace, made.id).count("sent") == 1


def test_a_stale_save_names_who_changed_it(workspace: Workspace) -> None:
    partner_id = _partner(workspace)
    made = quotes.create(workspace, _draft(partner_id), actor="mk")
    mine = quotes.detail(workspace, made.id)  # the editor of "mk" loaded version 1
    theirs = replace(_draft(partner_id), subject="Von Anna")
    quotes.save_draft(workspace, made.id, theirs, expected_version=1, actor="anna")
    stale = replace(mine.data, subject="Von mk")
    with pytest.raises(StaleEditError, match="von anna geändert") as refused:
        quotes.save_draft(
            workspace, made.id, stale, expected_version=mine.state.version, actor="mk"
        )
    assert (refused.value.who, refused.value.version) == ("anna", 2)
    assert quotes.detail(workspace, made.id).data.subject == "Von Anna"  # nothing lost


def test_the_teams_cap_on_extra_discounts_holds_for_every_face(workspace: Workspace) -> None:
    partner_id = _partner(workspace)
    generous = LineInput("server-license", "Protection", Decimal(1), Decimal(1000), Decimal(8))
    quotes.create(workspace, _draft(partner_id, generous))  # the program allows 10 %
    with workspace.database.write() as session:
        session.add(SenderRow(company="Team GmbH", max_extra_discount=Decimal(5)))
    with pytest.raises(InputError) as refused:
        quotes.create(workspace, _draft(partner_id, generous))
    assert refused.value.field == "lines[0].extra_discount"
    assert refused.value.line == 0  # keyed by line for the editor
    assert len(quotes.list_quotes(workspace)) == 1  # the refused one saved nothing
    allowed = replace(generous, extra_discount=Decimal(5))
    editing = quotes.pricer(workspace, partner_id, TODAY)  # what the editor prices with
    assert editing.cap == Decimal(5)
    refused_while_typing = editing.price(_draft(partner_id, generous))
    assert refused_while_typing.priced is None and sorted(refused_while_typing.line_errors) == [0]
    priced = editing.price(_draft(partner_id, allowed)).priced
    assert priced is not None
    assert priced.lines[0].net == Decimal("712.50")  # 25 % Business, then 5 % extra
    made = quotes.create(workspace, _draft(partner_id, allowed))
    assert quotes.detail(workspace, made.id).priced.totals.net == priced.totals.net


def test_printing_reads_the_frozen_letter_of_a_sent_quote(workspace: Workspace) -> None:
    partner_id = _partner(workspace, company="Kunde & Partner GmbH")
    end_customer = replace(
        _draft(partner_id),
        audience=Audience.END_CUSTOMER,
        customer="Endkunde AG\nHauptstraße 5\n10115 Berlin",
    )
    made = quotes.create(workspace, end_customer)
    draft = quotes.print_quote(workspace, made.id, contact="Max Muster")
    text = "".join(page.extract_text() for page in PdfReader(_stream(draft.data)).pages)
    assert "Endkunde AG" in text and "Kunde & Partner GmbH" in text  # on the partner's letterhead
    assert draft.file_name == "Angebot A-2026-0001.pdf" and not draft.frozen
    assert draft.mark == "ENTWURF" and "ENTWURF – nicht versendet" in text  # nobody sends it
    quotes.send(workspace, made.id, contact="Max Muster")
    as_sent = quotes.print_quote(workspace, made.id, contact="Someone Else")
    with workspace.database.write() as session:  # the partner moves after the quote was sent
        from nspdesk.store.models import Partner

        moved = session.get(Partner, partner_id)
        assert moved is not None
        moved.street = "Neue Straße 99"
    sent = quotes.print_quote(workspace, made.id, contact="Someone Else")
    assert sent.frozen and sent.mark == ""
    assert sent.data == as_sent.data  # as the customer received it, byte for byte
    sent_text = "".join(page.extract_text() for page in PdfReader(_stream(sent.data)).pages)
    assert "ENTWURF" not in sent_text and "Endkunde AG" in sent_text
    # the draft and the sent copy differ only by the mark: the same letter otherwise
    assert sent_text in text.replace(
        "ENTWURF\nENTWURF – nicht versendet, nicht zur Weitergabe\n", ""
    )


def _stream(data: bytes):  # type: ignore[no-untyped-def]
    import io

    return io.BytesIO(data)


# --- Races: two people, two connections, the same quote, at the same moment -----------------------------
def _race(
    location: Location,
    library: ProgramLibrary,
    first: Callable[[Workspace], object],
    second: Callable[[Workspace], object],
) -> list[object]:
    """Run both actions at once from two threads with their own database connections; each result
    is what the action returned or the exception it raised."""
    workspaces = [_workspace(location, library), _workspace(location, library)]
    start = threading.Barrier(2)
    results: list[object] = [None, None]

    def run(index: int, action: Callable[[Workspace], object]) -> None:
        start.wait()
        try:
            results[index] = action(workspaces[index])
        except Exception as error:
            results[index] = error

    threads = [
        threading.Thread(target=run, args=(i, action)) for i, action in enumerate((first, second))
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    for opened in workspaces:
        opened.close()
    return results


def _one_won(results: list[object], refused: type[Exception]) -> int:
    """The index of the side that succeeded; the other was refused with a message, not a crash."""
    done = [i for i, r in enumerate(results) if isinstance(r, quotes.QuoteState)]
    failed = [r for r in results if isinstance(r, Exception)]
    assert len(done) == 1, results
    assert len(failed) == 1 and isinstance(failed[0], refused), results
    assert str(failed[0]).startswith("Angebot A-2026-"), failed[0]
    return done[0]


def test_races_two_saves_of_one_draft(
    workspace: Workspace, location: Location, library: ProgramLibrary
) -> None:
    partner_id = _partner(workspace)
    for _ in range(ROUNDS):
        made = quotes.create(workspace, _draft(partner_id))
        versions = [replace(_draft(partner_id), subject=f"Fassung {side}") for side in "AB"]
        results = _race(
            location,
            library,
            partial(
                quotes.save_draft,
                quote_id=made.id,
                data=versions[0],
                expected_version=1,
                actor="A",
            ),
            partial(
                quotes.save_draft,
                quote_id=made.id,
                data=versions[1],
                expected_version=1,
                actor="B",
            ),
        )
        winner = _one_won(results, StaleEditError)
        shown = quotes.detail(workspace, made.id)
        assert shown.data.subject == f"Fassung {'AB'[winner]}"  # the winner's, whole
        assert shown.state.version == 2
        assert _actions(workspace, made.id).count("saved") == 1


def test_races_two_sends(workspace: Workspace, location: Location, library: ProgramLibrary) -> None:
    partner_id = _partner(workspace)
    for _ in range(ROUNDS):
        made = quotes.create(workspace, _draft(partner_id))
        results = _race(
            location,
            library,
            partial(quotes.send, quote_id=made.id, contact="Anna A", actor="A"),
            partial(quotes.send, quote_id=made.id, contact="Bernd B", actor="B"),
        )
        winner = _one_won(results, ConflictError)
        assert _actions(workspace, made.id).count("sent") == 1
        events = quotes.detail(workspace, made.id).events
        assert [e.actor for e in events if e.action == "sent"] == ["AB"[winner]]
        printed = quotes.print_quote(workspace, made.id)
        text = PdfReader(_stream(printed.data)).pages[0].extract_text()
        assert ["Anna A", "Bernd B"][winner] in text  # the snapshot was written once, by the winner
        assert ["Anna A", "Bernd B"][1 - winner] not in text


def test_races_accept_against_reject(
    workspace: Workspace, location: Location, library: ProgramLibrary
) -> None:
    partner_id = _partner(workspace)
    for _ in range(ROUNDS):
        made = quotes.create(workspace, _draft(partner_id))
        quotes.send(workspace, made.id)
        results = _race(
            location,
            library,
            partial(quotes.accept, quote_id=made.id, actor="A"),
            partial(quotes.reject, quote_id=made.id, actor="B"),
        )
        winner = _one_won(results, ConflictError)
        final = quotes.detail(workspace, made.id)
        expected = [quotes.Status.ACCEPTED, quotes.Status.REJECTED][winner]
        assert final.state.status is expected
        decisions = [e.action for e in final.events if e.action in {"accepted", "rejected"}]
        assert decisions == [expected.value]  # the trail agrees with the state


def test_races_a_stale_editor_against_a_fresh_one(
    workspace: Workspace, location: Location, library: ProgramLibrary
) -> None:
    """One editor loaded the quote before a colleague saved; both save again at once."""
    partner_id = _partner(workspace)
    for _ in range(ROUNDS):
        made = quotes.create(workspace, _draft(partner_id))
        quotes.save_draft(
            workspace, made.id, replace(_draft(partner_id), subject="Kollege"), expected_version=1
        )
        results = _race(
            location,
            library,
            partial(
                quotes.save_draft,
                quote_id=made.id,
                data=replace(_draft(partner_id), subject="Alt"),
                expected_version=1,
            ),
            partial(
                quotes.save_draft,
                quote_id=made.id,
                data=replace(_draft(partner_id), subject="Neu"),
                expected_version=2,
            ),
        )
        assert isinstance(results[0], StaleEditError), results
        assert isinstance(results[1], quotes.QuoteState), results
        assert quotes.detail(workspace, made.id).data.subject == "Neu"


def test_expiry_is_checked_once_a_day_per_opened_database(
    workspace: Workspace,
    location: Location,
    library: ProgramLibrary,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The quote list asks at every activation; the check reads every sent revision, so it runs at
    the day's first activation, and again for a database opened in its place (a restore)."""
    made = quotes.create(workspace, _draft(_partner(workspace)), actor="mk")
    quotes.send(workspace, made.id, expected_version=made.version, actor="mk")
    after = TODAY + timedelta(days=31)  # valid for 30 days
    checked: list[date] = []
    real = quotes.expire_due

    def counting(opened: Workspace, today: date) -> list[str]:
        checked.append(today)
        return real(opened, today)

    monkeypatch.setattr(quotes, "expire_due", counting)
    assert quotes.expire_due_daily(workspace, after) == [made.number]
    assert quotes.expire_due_daily(workspace, after) == []
    assert checked == [after]
    assert quotes.detail(workspace, made.id).state.status is quotes.Status.EXPIRED
    assert quotes.expire_due_daily(workspace, after + timedelta(days=1)) == []
    assert checked == [after, after + timedelta(days=1)]
    old = workspace.store
    old.close()
    workspace.replace_store(open_store(location, keep_backups=0))
    quotes.expire_due_daily(workspace, after + timedelta(days=1))
    assert checked == [after, after + timedelta(days=1), after + timedelta(days=1)]
