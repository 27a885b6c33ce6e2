"""Onboarding view: start a checklist, tick a step, progress stored, checklist PDF."""

from __future__ import annotations

import io
from datetime import date
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from nspdesk.domain.onboarding import StepId, StepStatus, checklist_for
from nspdesk.services import onboarding
from nspdesk.store import onboarding as stored_onboarding
from nspdesk.ui import settings as options
from nspdesk.ui.context import AppContext
from nspdesk.ui.views.onboarding import OnboardingView

pytestmark = pytest.mark.gui


def partner_id(context: AppContext, company_start: str) -> int:
    from nspdesk.store.partners import list_partners

    with context.workspace.database.read() as session:
        return next(p.id for p in list_partners(session) if p.company.startswith(company_start))


@pytest.fixture
def view(qtbot: QtBot, context: AppContext) -> OnboardingView:
    context.settings.set(options.CONTACT_PERSON, "Erika Vertrieb")
    widget = OnboardingView(context)
    qtbot.addWidget(widget)
    qtbot.waitUntil(lambda: not widget.loading())  # the list is read in a worker thread
    return widget


def test_start_tick_progress_and_print(
    view: OnboardingView, context: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    elbtal = partner_id(context, "Elbtal")
    assert view.select_partner(elbtal)
    assert view.loaded is None
    assert view.target.currentData() == "business"  # the partner's own tier
    assert view.step_model.rowCount() == 10  # a preview of the steps
    assert not view.step_box.isEnabled()

    view.start_checklist()
    assert view.loaded is not None
    assert view.selected_partner() is not None and view.selected_partner().id == elbtal
    assert view.partner_proxy.row_object(0).id == elbtal  # partners with a checklist first
    # What Elbtal's records prove shows done at once: its signed partner agreement (and the
    # rest its data hold); such a step is not reopened here, the partner's data decide it.
    proven = [s for s in view.loaded.checklist.steps if s.from_records]
    assert StepId.PARTNER_AGREEMENT in {s.id for s in proven}
    assert view.progress_text() == f"{len(proven)} von 10 erledigt"
    view.select_step(0)
    assert view.step_model.data(view.step_model.index(0, 2)) == "erledigt"
    assert not view.reopen_button.isEnabled()
    assert "Erledigt laut den Daten des Partners." in view.step_label.text()

    listing = [s.id for s in view.step_model.rows()].index(StepId.LISTING)
    view.select_step(listing)
    assert view.done_by.text() == "Erika Vertrieb"  # from the settings
    assert view.done_on.date().toPython() == date.today()
    view.done_by.setText("Max Muster")
    view.record_selected(StepStatus.DONE)
    assert view.progress_text() == f"{len(proven) + 1} von 10 erledigt"
    assert view.step_model.data(view.step_model.index(listing, 2)) == "erledigt"

    with context.workspace.database.read() as session:
        stored = stored_onboarding.latest_for(session, elbtal)
        assert stored is not None
        checklist = stored_onboarding.as_checklist(context.library, stored)
    step = checklist.step(StepId.LISTING)
    assert (step.status, step.done_on, step.done_by) == (
        StepStatus.DONE,
        date.today(),
        "Max Muster",
    )

    view.record_selected(StepStatus.OPEN)
    assert view.progress_text() == f"{len(proven)} von 10 erledigt"
    view.record_selected(StepStatus.DONE)

    printed: list[tuple[bytes, str]] = []
    monkeypatch.setattr(view, "_show_pdf", lambda data, name: printed.append((data, name)))
    assert view.export_pdf()
    data, name = printed[0]
    assert name == "Onboarding-Checkliste-Elbtal-EDV-KG.pdf"
    # the one printing function the command line uses too: the same bytes
    assert data == onboarding.checklist_pdf(context.workspace, elbtal, date.today())
    text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)
    assert "Elbtal EDV KG" in text
    assert "erledigt" in text
    assert "Max Muster" in text


def test_entry_tier_and_optional_steps(
    view: OnboardingView, context: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    saar = partner_id(context, "Saar-IT")
    view.select_partner(saar)
    assert view.target.currentData() == "authorized"
    view.start_checklist()
    assert view.progress_text() == "0 von 9 erledigt"  # no certification for Authorized
    backlink = [s.id for s in view.step_model.rows()].index(StepId.BACKLINK)
    view.select_step(backlink)
    assert view.skip_button.isEnabled()  # only a recommendation at this tier
    view.record_selected(StepStatus.NOT_APPLICABLE)
    assert view.progress_text() == "0 von 8 erledigt"
    view.select_step(0)
    assert not view.skip_button.isEnabled()  # the partner agreement is required

    # a second checklist asks first and is refused here
    asked: list[str] = []

    def refuse(title: str, text: str) -> bool:
        asked.append(text)
        return False

    monkeypatch.setattr(view, "_confirm", refuse)
    view.target.setCurrentIndex(view.target.findData("business"))
    view.start_checklist()
    assert asked and "Authorized Partner" in asked[0]
    assert view.loaded is not None and view.loaded.checklist.tier.id == "authorized"


def test_search_and_nothing_to_print(view: OnboardingView) -> None:
    view.search.setText("spreewald")
    assert view.partner_proxy.rowCount() == 1
    view.select_partner(view.partner_proxy.row_object(0).id)
    assert view.export_pdf() is False  # no checklist yet: the window says so
    assert view.focus_search()


def test_opened_by_the_window_reads_its_list_once(
    qtbot: QtBot, context: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The window activates a view right after building it: the list its constructor read is not
    read again in the same turn (issue 20: half of the first opening's pause); shown again later,
    it is read again."""
    from nspdesk.ui.main_window import MainWindow

    reads: list[int] = []
    entries = onboarding.partner_entries

    def counted(*args: Any, **kwargs: Any) -> Any:
        reads.append(1)
        return entries(*args, **kwargs)

    monkeypatch.setattr(onboarding, "partner_entries", counted)
    window = MainWindow(settings=context.settings)
    qtbot.addWidget(window)
    window.attach(context, lazy=True)
    view = window.show_view("onboarding")
    assert isinstance(view, OnboardingView)
    qtbot.waitUntil(lambda: not view.loading())
    assert len(reads) == 1
    assert view.partner_proxy.rowCount() > 0
    qtbot.wait(1)
    window.show_view("quotes")
    window.show_view("onboarding")
    qtbot.waitUntil(lambda: not view.loading())
    assert len(reads) == 2


def test_a_view_built_and_activated_in_one_turn_reads_once(
    qtbot: QtBot, context: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    reads: list[int] = []
    entries = onboarding.partner_entries

    def counted(*args: Any, **kwargs: Any) -> Any:
        reads.append(1)
        return entries(*args, **kwargs)

    monkeypatch.setattr(onboarding, "partner_entries", counted)
    widget = OnboardingView(context)
    qtbot.addWidget(widget)
    widget.activated()  # what the window does right after building it
    qtbot.waitUntil(lambda: not widget.loading())
    assert len(reads) == 1
    assert widget.partner_proxy.rowCount() > 0
    qtbot.wait(1)  # a later turn of the event loop: the data may have changed
    widget.activated()
    qtbot.waitUntil(lambda: not widget.loading())
    assert len(reads) == 2


def test_the_frame_first_then_the_rows_and_nothing_typed_or_chosen_is_lost(
    qtbot: QtBot, context: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Opened, the view shows its frame with an empty list at once and its partners when the
    worker thread has read them (issue 20); a search typed meanwhile filters them, a partner
    asked for meanwhile (a jump from Fällig) is selected."""
    import threading

    release = threading.Event()
    entries = onboarding.partner_entries

    def slow(*args: Any, **kwargs: Any) -> Any:
        release.wait(10)
        return entries(*args, **kwargs)

    monkeypatch.setattr(onboarding, "partner_entries", slow)
    elbtal = partner_id(context, "Elbtal")
    widget = OnboardingView(context)
    qtbot.addWidget(widget)
    assert widget.loading() and widget.partner_proxy.rowCount() == 0
    assert not widget.start_button.isEnabled()  # nothing to act on yet
    QTest.keyClicks(widget.search, "Elbt")
    assert widget.select_partner(elbtal)  # remembered
    release.set()
    qtbot.waitUntil(lambda: not widget.loading())
    assert widget.search.text() == "Elbt"
    assert widget.partner_proxy.rowCount() == 1
    chosen = widget.selected_partner()
    assert chosen is not None and chosen.id == elbtal
    assert widget.start_button.isEnabled()


def test_a_save_during_a_background_read_is_not_overwritten_by_it(
    qtbot: QtBot, context: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    import threading

    widget = OnboardingView(context)
    qtbot.addWidget(widget)
    qtbot.waitUntil(lambda: not widget.loading())
    release = threading.Event()
    entries = onboarding.partner_entries

    def slow(*args: Any, **kwargs: Any) -> Any:
        release.wait(10)
        return entries(*args, **kwargs)

    monkeypatch.setattr(onboarding, "partner_entries", slow)
    widget.refresh(background=True)  # an old read under way
    monkeypatch.setattr(onboarding, "partner_entries", entries)
    elbtal = partner_id(context, "Elbtal")
    assert widget.select_partner(elbtal)
    widget.start_checklist()  # saved and read again at once
    assert widget.loaded is not None
    release.set()
    qtbot.wait(200)
    chosen = widget.selected_partner()
    assert chosen is not None and chosen.checklist_id is not None  # not the old read's row


def test_every_partners_newest_checklist_in_one_read(context: AppContext) -> None:
    """``latest_per_partner`` answers what ``latest_for`` answers for each partner."""
    from nspdesk.store.partners import list_partners

    workspace = context.workspace
    with workspace.database.read() as session:
        ids = [p.id for p in list_partners(session)]
    first, second = ids[0], ids[1]
    older = onboarding.start(workspace, first, "business", date.today())
    newer = onboarding.start(workspace, first, "business", date.today())
    other = onboarding.start(workspace, second, "business", date.today())
    with workspace.database.read() as session:
        latest = stored_onboarding.latest_per_partner(session)
        assert {k: v.id for k, v in latest.items()} == {first: newer, second: other}
        assert older != newer
        for partner in ids:
            one = stored_onboarding.latest_for(session, partner)
            assert (one.id if one else None) == (latest[partner].id if partner in latest else None)
        newest = stored_onboarding.latest_for(session, first)
        assert newest is not None
        assert [s.step for s in latest[first].steps] == [s.step for s in newest.steps]


def test_the_rows_texts_are_made_in_the_worker_thread_that_read_them(
    qtbot: QtBot, context: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Issue 20: turning 10 000 partners into the table's texts on the GUI thread paused it
    80-90 ms; the worker thread that reads them makes them (plain strings), and the table shows
    the same texts it made itself before (a partner's tier, "noch keine Stufe", the checklist)."""
    import threading

    from nspdesk.ui.table_model import cell_texts
    from nspdesk.ui.views.onboarding import view as view_module

    threads: list[threading.Thread] = []

    def recorded(columns: Any, rows: Any) -> Any:
        threads.append(threading.current_thread())
        return cell_texts(columns, rows)

    monkeypatch.setattr(view_module, "cell_texts", recorded)
    widget = OnboardingView(context)
    qtbot.addWidget(widget)
    qtbot.waitUntil(lambda: not widget.loading())
    assert threads and all(t is not threading.main_thread() for t in threads)
    model = widget.partner_model
    rows = model.rows()
    assert rows
    shown = [[model.data(model.index(r, c)) for c in range(3)] for r in range(len(rows))]
    assert shown == cell_texts(model.columns, rows)
    tiers = {entry.tier: shown[r][1] for r, entry in enumerate(rows)}
    if None in tiers:
        assert tiers[None] == "noch keine Stufe"
    names = {t.id: t.name for t in context.program().tiers.values()}
    assert all(text == names[tier] for tier, text in tiers.items() if tier is not None)


def test_a_partner_chosen_shows_its_preview_once_and_another_target_shows_that_ones(
    view: OnboardingView, context: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Issue 20: refilling the target tiers showed the preview's steps once per item added and
    once more for the choice, and a partner chosen from the code was shown twice (20 ms of the
    first opening's pause); now once. Choosing another target still shows that tier's steps."""
    shown: list[int] = []
    set_rows = view.step_model.set_rows

    def counted(rows: Any) -> None:
        shown.append(len(rows))
        set_rows(rows)

    monkeypatch.setattr(view.step_model, "set_rows", counted)
    program = context.program()
    assert view.select_partner(partner_id(context, "Saar-IT"))
    assert view.target.currentData() == "authorized"
    assert shown == [len(checklist_for(program, program.tier("authorized")).steps)]
    view.target.setCurrentIndex(view.target.findData("business"))
    assert shown[1:] == [len(checklist_for(program, program.tier("business")).steps)]
    assert view.select_partner(partner_id(context, "Saar-IT"))  # chosen again: shown again
    assert len(shown) == 3
