"""Fällig: the demo's due items in urgency order, the kind filter, the jump to the place to act,
and the thresholds from the settings."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from nspdesk.domain.due import DueItem, DueKind, Urgency
from nspdesk.ui import settings as options
from nspdesk.ui.context import AppContext
from nspdesk.ui.main_window import MainWindow
from nspdesk.ui.views.due import DueView
from nspdesk.ui.views.due.kinds import URGENCY_COLORS
from nspdesk.ui.views.due.view import thresholds_from
from nspdesk.ui.views.partners import PartnersView
from nspdesk.ui.views.quotes import QuotesView
from nspdesk.ui.views.settings_view import SettingsView
from tests.gui.conftest import DEMO_DAY

pytestmark = pytest.mark.gui


@pytest.fixture
def view(qtbot: QtBot, context: AppContext) -> DueView:
    widget = DueView(context, clock=lambda: DEMO_DAY)
    qtbot.addWidget(widget)
    qtbot.waitUntil(lambda: not widget.loading())  # the first window is read in a worker
    return widget


def row_of(view: DueView, company: str, kind: DueKind) -> int:
    return next(
        row
        for row, item in enumerate(view.items())
        if item.company == company and item.kind is kind
    )


def test_demo_items_in_urgency_order_with_colour_and_filter(view: DueView) -> None:
    items = view.items()
    assert len(items) == 17
    urgencies = [item.urgency for item in items]
    assert urgencies == sorted(urgencies)  # the most urgent first
    assert [(i.company, i.kind) for i in items[:2]] == [
        ("Elbtal EDV KG", DueKind.BACKLINK_NOFOLLOW),
        ("Saar-IT Partner GmbH & Co. KG", DueKind.SERVICE_AGREEMENT_MISSING),
    ]
    assert items[-1].urgency is Urgency.INFO
    last = view.model.rowCount() - 1
    header = view.model.headerData(5, Qt.Orientation.Horizontal)
    assert view.model.data(view.model.index(last, 0)) == "zur Info"  # not the column's title
    assert header == "Hinweis"
    # Within one urgency, the earlier date first: the certification (25.12.) before the budgets.
    soon = [i for i in items if i.urgency is Urgency.SOON]
    assert soon[0].kind is DueKind.CERTIFICATION_EXPIRING
    assert soon[0].company == "Rheinwerk Systemhaus GmbH"

    model = view.model
    row = row_of(view, "Rheinwerk Systemhaus GmbH", DueKind.CERTIFICATION_EXPIRING)
    cells = [model.data(model.index(row, c)) for c in range(model.columnCount())]
    assert cells[:5] == [
        "bald",
        "Rheinwerk Systemhaus GmbH",
        "Zertifizierung läuft ab",
        "25.12.2026",
        "in 30 Tagen",
    ]
    assert "Techniker 2 (Rheinwerk)" in cells[5]
    brush = model.data(model.index(0, 0), Qt.ItemDataRole.ForegroundRole)
    assert brush.color() == URGENCY_COLORS[Urgency.NOW]
    assert "2 jetzt" not in view.summary.text() and "jetzt 2" in view.summary.text()

    # Sorting by another column and back keeps every row; the filter narrows by kind.
    view.table.sortByColumn(1, Qt.SortOrder.AscendingOrder)
    assert view.items()[0].company == "Alpenblick Netzwerke GmbH"
    view.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    assert view.items() == items
    view.kind_filter.setCurrentIndex(view.kind_filter.findText("Trainings"))
    assert {i.kind for i in view.items()} == {
        DueKind.SALES_TRAINING_MISSING,
        DueKind.TECH_TRAINING_MISSING,
    }
    assert len(view.items()) == 4 and "4 von 17" in view.summary.text()
    view.kind_filter.setCurrentIndex(0)
    view.search.setText("rheinwerk")
    assert {i.company for i in view.items()} == {"Rheinwerk Systemhaus GmbH"}


def test_thresholds_from_the_settings_change_the_list(
    view: DueView, context: AppContext, qtbot: QtBot
) -> None:
    def kinds() -> set[tuple[str, DueKind]]:
        return {(i.company, i.kind) for i in view.items()}

    assert ("Rheinwerk Systemhaus GmbH", DueKind.CERTIFICATION_EXPIRING) in kinds()
    assert not any(kind is DueKind.QUOTE_EXPIRING for _, kind in kinds())

    # Set through the settings view, as a user does.
    settings_view = SettingsView(context)
    qtbot.addWidget(settings_view)
    qtbot.waitUntil(lambda: not settings_view.loading())
    settings_view.due_days[options.DUE_CERTIFICATION_DAYS].setValue(29)
    settings_view.due_days[options.DUE_QUOTE_DAYS].setValue(30)
    assert settings_view.save()
    assert context.settings.get_int(options.DUE_CERTIFICATION_DAYS) == 29
    limits = thresholds_from(context.settings)
    assert (limits.certification_days, limits.quote_days) == (29, 30)
    assert limits.backlink_verification_days == 180 and limits.onboarding_stalled_days == 30

    view.activated()
    assert ("Rheinwerk Systemhaus GmbH", DueKind.CERTIFICATION_EXPIRING) not in kinds()
    quotes = [i for i in view.items() if i.kind is DueKind.QUOTE_EXPIRING]
    assert quotes and all(i.ref is not None and 0 <= i.days <= 30 for i in quotes)
    assert "Zertifizierungen, die binnen 29 Tagen" in view.limits_note.text()
    assert "Angebote, die binnen 30 Tagen" in view.limits_note.text()


def select(view: DueView, item: DueItem) -> None:
    view.table.selectRow(view.items().index(item))
    assert view.selected_item() == item


def test_the_action_jumps_to_the_right_place(qtbot: QtBot, context: AppContext) -> None:
    context.settings.set(options.DUE_QUOTE_DAYS, 30)
    window = MainWindow(context)
    qtbot.addWidget(window)
    with qtbot.waitExposed(window):
        window.show()
    due = window.show_view("due")
    assert isinstance(due, DueView)
    due.clock = lambda: DEMO_DAY
    due.refresh()

    nofollow = next(i for i in due.items() if i.kind is DueKind.BACKLINK_NOFOLLOW)
    select(due, nofollow)
    assert due.act_button.text() == "Erledigen: Backlink des Partners öffnen …"
    due.act_button.click()
    partners = window.current_view()
    assert isinstance(partners, PartnersView)
    assert partners.selected_id == nofollow.partner_id
    assert partners.detail.current_tab() == "backlink"

    window.show_view("due")
    training = next(i for i in due.items() if i.kind is DueKind.TECH_TRAINING_MISSING)
    row = due.items().index(training)
    due.table.scrollTo(due.model.index(row, 1))
    rect = due.table.visualRect(due.model.index(row, 1))
    # Qt's item views take a double click only after the press that selects the row.
    viewport, left = due.table.viewport(), Qt.MouseButton.LeftButton
    qtbot.mouseClick(viewport, left, pos=rect.center())  # type: ignore[no-untyped-call]
    qtbot.mouseDClick(viewport, left, pos=rect.center())  # type: ignore[no-untyped-call]
    assert window.current_view() is partners
    assert partners.selected_id == training.partner_id
    assert partners.detail.current_tab() == "people"

    window.show_view("due")
    quote = next(i for i in due.items() if i.kind is DueKind.QUOTE_EXPIRING)
    select(due, quote)
    assert due.act_on_selected()
    quotes = window.current_view()
    assert isinstance(quotes, QuotesView)
    assert quotes.editing()
    assert quotes.editor.loaded is not None and quotes.editor.loaded.quote_id == quote.ref


def test_many_stale_partners_are_computed_apart_with_progress(
    qtbot: QtBot, context: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    """After the migration every partner's due facts are stale: the first opening's worker finds
    how many (not the GUI thread), they are computed in a worker task of their own, the progress
    in the summary line over an empty list, and the list is read when it is done."""
    monkeypatch.setattr(DueView, "COMPUTE_APART", 0)
    monkeypatch.setattr(DueView, "ORDER_APART", 0)
    shown: list[tuple[str, int]] = []
    progressed = DueView._computing_progressed

    def watched(view: DueView, done: int, total: int, text: str) -> None:
        progressed(view, done, total, text)
        shown.append((view.summary.text(), view.model.rowCount()))

    monkeypatch.setattr(DueView, "_computing_progressed", watched)
    widget = DueView(context, clock=lambda: DEMO_DAY)
    qtbot.addWidget(widget)
    assert widget.loading() and widget.computing is None and not shown
    qtbot.waitUntil(lambda: widget.computing is not None or bool(shown), timeout=20000)
    qtbot.waitUntil(lambda: widget.computing is None and not widget.loading(), timeout=20000)
    assert shown and "wird berechnet" in shown[0][0] and shown[0][1] == 0
    assert len(widget.items()) == 17
    assert widget.table.currentIndex().row() == 0
    widget.refresh()  # nothing stale now: read at once
    assert widget.computing is None and len(widget.items()) == 17
    # the next day nothing is stale, but the day's order (one UPDATE of every item) is kept in
    # the worker too, not on the GUI thread
    widget.clock = lambda: DEMO_DAY + timedelta(days=1)
    widget.refresh()
    assert widget.computing is not None
    assert "wird geordnet" in widget.summary.text()
    qtbot.waitUntil(lambda: widget.computing is None, timeout=20000)
    assert widget.items()
    widget.refresh()
    assert widget.computing is None


def test_opening_reads_only_the_first_window(
    qtbot: QtBot, context: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Built and activated (as the window does before it shows a view), the list reads its first
    window and no other: Qt's column sizing to contents asked up to 1 000 rows of the table not yet
    shown, every window of them read on the GUI thread (6 s at a first opening on a big database,
    issue 20). Shown, it reads what it paints."""
    from nspdesk.services import due as services_due
    from nspdesk.ui.views.due import view as due_view

    windows: list[int] = []
    window = services_due.due_window

    def counted(*args: Any, **kwargs: Any) -> Any:
        windows.append(args[4])
        return window(*args, **kwargs)

    monkeypatch.setattr(due_view, "DUE_BLOCK", 3)  # 17 items: six windows
    monkeypatch.setattr(due_view, "due_window", counted)
    widget = DueView(context, clock=lambda: DEMO_DAY)
    qtbot.addWidget(widget)
    widget.activated()
    qtbot.waitUntil(lambda: not widget.loading())
    assert widget.model.rowCount() == 17
    assert windows == []  # the first window came with the first read
    widget.resize(1024, 640)
    with qtbot.waitExposed(widget):
        widget.show()
    assert widget.model.data(widget.model.index(16, 0)) == "zur Info"


def test_the_frame_first_then_the_rows_and_a_search_typed_meanwhile_is_kept(
    qtbot: QtBot, context: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Opened, the list is empty and its first window is read in a worker thread (issue 20); a
    search typed meanwhile is what is shown when it arrives, nothing is selectable before."""
    import threading

    from nspdesk.services import due as services_due
    from nspdesk.ui.views.due import view as due_view

    release = threading.Event()
    page = services_due.due_page

    def slow(*args: Any, **kwargs: Any) -> Any:
        release.wait(10)
        return page(*args, **kwargs)

    monkeypatch.setattr(due_view, "due_page", slow)
    widget = DueView(context, clock=lambda: DEMO_DAY)
    qtbot.addWidget(widget)
    assert widget.loading() and widget.model.rowCount() == 0
    assert not widget.act_button.isEnabled()
    monkeypatch.setattr(due_view, "due_page", page)
    widget.search.setText("Elbtal")
    release.set()
    qtbot.waitUntil(lambda: not widget.loading())
    assert widget.search.text() == "Elbtal"
    items = widget.items()
    assert items and {i.company for i in items} == {"Elbtal EDV KG"}
    assert widget.table.currentIndex().row() == 0 and widget.act_button.isEnabled()
