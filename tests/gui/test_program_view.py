"""Program view: every tier with the numbers of the rules, the support model, availability, PDFs."""

from __future__ import annotations

import io
from datetime import datetime

import pytest
from pypdf import PdfReader
from PySide6.QtWidgets import QLabel, QScrollArea, QTableView, QTableWidget, QTableWidgetItem
from pytestqt.qtbot import QtBot

from nspdesk.domain import formatting
from nspdesk.domain.program import Program
from nspdesk.domain.support_hours import BERLIN
from nspdesk.ui.context import AppContext
from nspdesk.ui.views.program import ProgramView

pytestmark = pytest.mark.gui


@pytest.fixture
def view(qtbot: QtBot, context: AppContext) -> ProgramView:
    widget = ProgramView(context)
    qtbot.addWidget(widget)
    qtbot.waitUntil(lambda: not widget.loading())  # hours read in a worker, tabs built later
    return widget


def item_text(item: QTableWidgetItem | None) -> str:
    assert item is not None
    return item.text()


def cells(table: QTableWidget) -> dict[str, list[str]]:
    """Row label → the texts of the tier columns."""
    rows = {}
    for r in range(table.rowCount()):
        label = item_text(table.verticalHeaderItem(r))
        if label:
            rows[label] = [item_text(table.item(r, c)) for c in range(table.columnCount())]
    return rows


@pytest.mark.parametrize("track", ["server", "cloud"])
def test_tracks_side_by_side_with_the_numbers_of_the_rules(
    view: ProgramView, program: Program, track: str
) -> None:
    table = view.findChild(QTableWidget, f"comparison-{track}")
    assert table is not None
    tiers = program.tiers_of_track(track)
    headers = [item_text(table.horizontalHeaderItem(c)) for c in range(table.columnCount())]
    assert headers == [t.name for t in tiers]
    rows = cells(table)
    assert rows["Realisierte Projekte"] == [f"mind. {t.requirements.projects}" for t in tiers]
    threshold = "Umsatz p. a." if track == "server" else "Monatlicher Umsatz (MRR)"
    amounts = [t.requirements.revenue if track == "server" else t.requirements.mrr for t in tiers]
    assert rows[threshold] == [formatting.money(a) for a in amounts if a is not None]
    for category_id, category in program.categories.items():
        if any(category_id in t.discounts for t in tiers):
            assert rows[category.name] == [
                formatting.percent(t.discounts[category_id]) for t in tiers
            ]
    # Cloud-only partners may not sell Server: no Server discounts in their comparison
    assert ("NoSpamProxy Server – Neulizenzen" in rows) is (track == "server")
    assert rows["NFR-Lizenz"] == [f"{t.benefits.nfr_users} User" for t in tiers]
    budgets = rows["Marketingbudget p. a."]
    for tier, text in zip(tiers, budgets, strict=True):
        if tier.benefits.marketing_budget:
            assert text.startswith(formatting.money(tier.benefits.marketing_budget))
        else:
            assert text == "–"
    assert rows["Leads aus dem Marketing"] == ["ja" if t.benefits.leads else "–" for t in tiers]
    assert rows["Listung"] == [t.benefits.listing for t in tiers]


def test_all_tiers_and_support_model(view: ProgramView, program: Program) -> None:
    table = view.findChild(QTableView, "tierTable")
    assert table is not None and table.model().rowCount() == len(program.tiers)
    support = view.findChild(QLabel, "supportText")
    assert support is not None
    text = support.text()
    assert "First Level" in text and "Second Level" in text
    assert "Mo–Fr 09:00–17:00 Uhr, außer an Feiertagen in Nordrhein-Westfalen" in text
    assert f"{program.common_benefits.free_support_calls_per_year} pro Partner und Jahr" in text
    contracts = view.findChild(QTableWidget, "supportContracts")
    assert contracts is not None
    assert [item_text(contracts.item(r, 0)) for r in range(contracts.rowCount())] == [
        "HSV",
        "SV",
        "PV",
    ]
    common = view.findChild(QLabel, "commonBenefits")
    assert common is not None and "Managed Service Partner" in common.text()


def test_availability_now_and_after_hours(view: ProgramView) -> None:
    assert view.availability_label.text().startswith("Second-Level-Support")
    view.now = lambda: datetime(2026, 11, 27, 17, 0, tzinfo=BERLIN)  # Friday evening
    view.refresh_availability()
    assert view.availability_label.text() == (
        "Second-Level-Support nicht erreichbar – wieder ab Mo 09:00"
    )
    view.now = lambda: datetime(2026, 11, 30, 9, 0, tzinfo=BERLIN)
    view.refresh_availability()
    assert view.availability_label.text() == "Second-Level-Support jetzt erreichbar (bis 17:00 Uhr)"


def test_overview_pdfs(view: ProgramView, monkeypatch: pytest.MonkeyPatch) -> None:
    printed: list[tuple[bytes, str]] = []
    monkeypatch.setattr(view, "_show_pdf", lambda data, name: printed.append((data, name)))
    view.pdf_buttons["cloud"].click()
    view.tabs.setCurrentIndex(3)
    assert view.export_pdf()
    assert [name for _, name in printed] == [
        "Programmuebersicht-Cloud-only.pdf",
        "Programmuebersicht-Supportmodell.pdf",
    ]
    cloud = "".join(p.extract_text() for p in PdfReader(io.BytesIO(printed[0][0])).pages)
    assert "Business Cloud Partner" in cloud
    assert "Beispiel IT-Systemhaus GmbH" in cloud  # the stored sender's letterhead
    support = "".join(p.extract_text() for p in PdfReader(io.BytesIO(printed[1][0])).pages)
    assert "Hersteller-Supportvertrag" in support


@pytest.mark.parametrize("track", ["server", "cloud"])
def test_the_view_says_what_the_overview_pdf_says(
    view: ProgramView, program: Program, track: str
) -> None:
    """Below each comparison, the same sentences as the PDF's part (what counts towards the
    threshold, ordering and qualification, CSM or the end-customer support); the MSP's under
    "Alle Stufen"; the knowledge base and what operations support means on the support tab."""
    from html import escape

    from nspdesk.domain.program_texts import revenue_counts, track_sections, vendor_granted_sections

    notes = view.findChild(QLabel, f"notes-{track}")
    assert notes is not None
    sections = [revenue_counts(program, track), *track_sections(program, track)]
    for section in sections:
        assert section.heading in notes.text()
        for text in section.texts:
            assert escape(text) in notes.text()
    common = view.findChild(QLabel, "commonBenefits")
    assert common is not None
    for text in vendor_granted_sections(program)[0].texts:
        assert escape(text) in common.text()
    support = view.findChild(QLabel, "supportText")
    assert support is not None
    for text in (program.support.knowledge_base, program.support.operations_support):
        assert escape(text) in support.text()


def test_the_hours_are_read_apart_the_first_time(
    qtbot: QtBot, context: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    """For a region whose holidays need the holidays library (not yet imported), the view is
    built at once (issue 20: its import held the first opening 0.3-0.6 s) and shows the verdict
    and the schedule when they are read; until then the label is empty, never "see the support
    model"."""
    import threading

    from nspdesk.ui.views.program import view as program_view

    monkeypatch.setattr(program_view, "hours_at_once", lambda _program: False)
    release = threading.Event()
    hours = program_view.support_hours

    def slow(program: object) -> object:
        release.wait(10)
        return hours(program)  # type: ignore[arg-type]

    monkeypatch.setattr(program_view, "support_hours", slow)
    widget = ProgramView(context)
    qtbot.addWidget(widget)
    assert widget.hours_pending()
    widget.refresh_availability()
    assert widget.availability_label.text() == ""
    qtbot.waitUntil(lambda: widget.findChild(QLabel, "supportText") is not None)  # next turn
    assert widget.hours_pending()
    text = widget.findChild(QLabel, "supportText")
    assert text is not None and "09:00–17:00" in text.text()
    release.set()
    qtbot.waitUntil(lambda: not widget.hours_pending())
    assert widget.availability_label.text().startswith("Second-Level-Support")
    assert "außer an Feiertagen in Nordrhein-Westfalen" in text.text()


def test_a_german_states_hours_are_read_at_once(qtbot: QtBot, context: AppContext) -> None:
    """The rule file's region, DE-NW, is nspdesk's own holiday table: no worker, no wait."""
    widget = ProgramView(context)
    qtbot.addWidget(widget)
    assert context.program().support.holidays == "DE-NW"
    assert not widget.hours_pending()
    assert widget.availability_label.text().startswith("Second-Level-Support")


def test_the_first_tabs_comparison_is_built_at_once_and_the_rest_in_later_turns(
    qtbot: QtBot, context: AppContext
) -> None:
    """Issue 20 item 6: no GUI pause over 50 ms at a first opening. The comparison of the tab
    shown first is there at once, its notes' place kept below it; the notes and the cloud,
    all-tiers and support tabs, not seen at first, in later turns, with the same contents and in
    the same order."""
    widget = ProgramView(context)
    qtbot.addWidget(widget)
    assert widget.loading()
    server = widget.findChild(QTableWidget, "comparison-server")
    assert server is not None
    page = server.parentWidget()
    assert page is not None
    notes_place = page.findChild(QScrollArea)
    assert notes_place is not None and notes_place.widget() is None
    for later in ("notes-server", "notes-cloud", "supportText", "commonBenefits"):
        assert widget.findChild(QLabel, later) is None
    assert widget.findChild(QTableWidget, "comparison-cloud") is None
    assert widget.tabs.count() == 4 and widget.tabs.currentIndex() == 0
    qtbot.waitUntil(lambda: not widget.loading())
    notes = widget.findChild(QLabel, "notes-server")
    assert notes is not None and notes_place.widget() is notes
    cloud = widget.findChild(QTableWidget, "comparison-cloud")
    assert cloud is not None and cloud is widget.comparison_tables["cloud"]
    cloud_page, support_page = widget.tabs.widget(1), widget.tabs.widget(3)
    assert cloud_page is not None and support_page is not None
    assert cloud_page.isAncestorOf(cloud)
    support = widget.findChild(QLabel, "supportText")
    assert support is not None and support_page.isAncestorOf(support)
    assert "09:00" in support.text()
