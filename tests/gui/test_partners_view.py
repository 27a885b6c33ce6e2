"""Partner view: list with search and filters, the obligations dashboard against the engine, what-if
without writing, master data round trip and refused input, jumping to a partner's tab, the annual
review PDF. The backlink checks are in ``test_partners_backlink.py``."""

from __future__ import annotations

import io
from decimal import Decimal
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableWidgetItem
from pytestqt.qtbot import QtBot

from nspdesk.domain.compliance import Evaluation, RequirementId, evaluate
from nspdesk.domain.formatting import money
from nspdesk.domain.standing import Standing, standing_of
from nspdesk.services.partner_overview import partner_detail, partner_overview, review_pdf
from nspdesk.store.figures import partner_facts
from nspdesk.store.partners import get_partner, list_partners
from nspdesk.ui.context import AppContext
from nspdesk.ui.views.partners import PartnersView
from nspdesk.ui.views.partners.master_form import MasterForm
from tests.gui.conftest import DEMO_DAY

pytestmark = pytest.mark.gui

YEAR = DEMO_DAY.year - 1  # the figures the tier is confirmed on (the tests choose it)


def partner_id(context: AppContext, company_start: str) -> int:
    with context.workspace.database.read() as session:
        return next(p.id for p in list_partners(session) if p.company.startswith(company_start))


@pytest.fixture
def view(qtbot: QtBot, context: AppContext, monkeypatch: pytest.MonkeyPatch) -> PartnersView:
    monkeypatch.setattr(PartnersView, "today", staticmethod(lambda: DEMO_DAY))
    widget = PartnersView(context)
    qtbot.addWidget(widget)
    widget.year.setValue(YEAR)
    return widget


def test_the_view_opens_on_the_current_year_where_a_quote_accepted_today_counts(
    qtbot: QtBot, context: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Issue 17: a quote accepted today counts in the current year; opening on last year made it
    seem not to count."""
    monkeypatch.setattr(PartnersView, "today", staticmethod(lambda: DEMO_DAY))
    widget = PartnersView(context)
    qtbot.addWidget(widget)
    assert widget.year.value() == DEMO_DAY.year
    assert "laufendes Jahr" in widget.year_note.text()
    assert widget.select_partner(partner_id(context, "Rheinwerk"), "figures")
    assert widget.detail.detail is not None and widget.detail.detail.year == DEMO_DAY.year
    assert widget.detail.detail.counted  # its quote won this year is listed


def cell(form: MasterForm, row: int, column: int) -> QTableWidgetItem:
    item = form.contacts.item(row, column)
    assert item is not None
    return item


def shown_ids(view: PartnersView) -> set[int]:
    return {row.id for row in view.list.visible_rows()}


def choose(combo: object, value: str) -> None:
    from PySide6.QtWidgets import QComboBox

    assert isinstance(combo, QComboBox)
    index = combo.findData(value)
    assert index >= 0, value
    combo.setCurrentIndex(index)


def engine_verdict(context: AppContext, partner: int, year: int = YEAR) -> Evaluation:
    """``compliance.evaluate`` called directly on the partner's stored facts."""
    program = context.library.edition_for(DEMO_DAY)
    with context.workspace.database.read() as session:
        facts, _ = partner_facts(session, program, get_partner(session, partner), year, DEMO_DAY)
    return evaluate(program, facts)


# --- the dashboard ------------------------------------------------------------------------------


@pytest.mark.parametrize("company", ["Alpenblick", "Rheinwerk", "Elbtal", "Weserbergland"])
def test_dashboard_shows_the_engines_verdict(
    view: PartnersView, context: AppContext, company: str
) -> None:
    partner = partner_id(context, company)
    assert view.select_partner(partner)
    evaluation = engine_verdict(context, partner)
    standing = standing_of(evaluation)
    dashboard = view.detail.dashboard

    # every requirement of the recorded (or reached) tier and of the next tier, ✓ exactly when met
    tiers = [t for t in (evaluation.tier or evaluation.eligible_tier, evaluation.next_tier) if t]
    expected = {
        (tier.id, result.id): result.met
        for tier in tiers
        for result in evaluation.results_for(tier.id)
    }
    assert dashboard.shown_results() == expected
    assert dashboard.shown_missing() == (list(evaluation.missing) if evaluation.next_tier else [])
    if evaluation.tier is not None and evaluation.tier is not evaluation.next_tier:
        assert dashboard.shown_tier_missing() == list(evaluation.tier_missing)
    # the traffic light in the header, the summary and the list row
    assert standing.label in view.detail.header.text()
    assert view.list.visible_rows()[0].standing in Standing
    row = next(r for r in view.list.model.rows() if r.id == partner)
    assert row.standing is standing.standing
    # progress bars for projects and revenue (or MRR) against the thresholds
    for tier in tiers:
        for result in evaluation.results_for(tier.id):
            if result.id in (RequirementId.PROJECTS, RequirementId.REVENUE, RequirementId.MRR):
                bar = dashboard.progress_bars[(tier.id, result.id)]
                assert isinstance(result.required, int | Decimal)
                shown = bar.format()
                required = (
                    str(result.required)
                    if result.id is RequirementId.PROJECTS
                    else money(Decimal(result.required))
                )
                assert shown.endswith(f"von {required}".replace("%", "%%"))
                assert (bar.value() == bar.maximum()) == result.met


def test_dashboard_of_a_below_partner_names_what_is_missing(
    view: PartnersView, context: AppContext
) -> None:
    elbtal = partner_id(context, "Elbtal")
    view.select_partner(elbtal)
    evaluation = engine_verdict(context, elbtal)
    assert not evaluation.tier_met
    assert "● unterschritten" in view.detail.header.text()
    # its own tier is also the next one: the "missing" list of that tier says what is missing
    assert evaluation.next_tier is evaluation.tier
    assert view.detail.dashboard.shown_missing() == list(evaluation.tier_missing)
    assert (
        "Um die erfasste Stufe Business Partner zu halten, fehlt:"
        in view.detail.dashboard.missing_title.text()
    )
    assert any("Follow-Link" in text for text in evaluation.tier_missing)  # nofollow in the demo


# --- list, search and filters -------------------------------------------------------------------


def test_search_and_each_filter(view: PartnersView, context: AppContext) -> None:
    rows = partner_overview(context.workspace, YEAR, DEMO_DAY)
    every = {r.id for r in rows}
    assert shown_ids(view) == every
    assert view.list.count.text() == f"{len(rows)} Partner"

    view.list.search.setText("rheinwerk")
    assert shown_ids(view) == {r.id for r in rows if "Rheinwerk" in r.company}
    view.list.search.setText("K-10004")  # customer number, a hidden column
    assert shown_ids(view) == {r.id for r in rows if r.customer_number == "K-10004"}
    view.list.search.setText("Köln Premium")  # all words, any column
    assert shown_ids(view) == {r.id for r in rows if r.city == "Köln" and "Premium" in r.tier_name}
    view.list.search.setText("kein solcher Partner")
    assert shown_ids(view) == set()
    assert view.list.count.text() == f"0 von {len(rows)} Partnern"
    view.list.search.clear()

    choose(view.list.tier_filter, "premium")
    assert shown_ids(view) == {r.id for r in rows if r.tier == "premium"} != set()
    choose(view.list.tier_filter, "-")
    assert shown_ids(view) == {r.id for r in rows if r.tier is None}
    view.list.tier_filter.setCurrentIndex(0)

    choose(view.list.track_filter, "cloud")
    cloud = {r.id for r in rows if r.track == "cloud"}
    assert shown_ids(view) == cloud and cloud and cloud != every
    view.list.track_filter.setCurrentIndex(0)

    for standing in (Standing.MEETS, Standing.AT_RISK, Standing.BELOW):
        choose(view.list.standing_filter, standing.value)
        expected = {r.id for r in rows if r.standing is standing}
        assert expected, standing
        assert shown_ids(view) == expected
        for row in view.list.visible_rows():
            assert view.list.model.data(view.list.model.index(0, 5)).endswith(standing.label)
            assert row.standing is standing

    # filters combine
    choose(view.list.standing_filter, Standing.BELOW.value)
    choose(view.list.track_filter, "server")
    assert shown_ids(view) == {
        r.id for r in rows if r.standing is Standing.BELOW and r.track == "server"
    }
    view.list.clear_filters()
    assert shown_ids(view) == every


def test_traffic_light_comes_from_the_domain(view: PartnersView, context: AppContext) -> None:
    program = context.library.edition_for(DEMO_DAY)
    with context.workspace.database.read() as session:
        partners = list_partners(session)
        expected = {}
        for partner in partners:
            facts, _ = partner_facts(session, program, partner, YEAR, DEMO_DAY)
            expected[partner.id] = standing_of(evaluate(program, facts)).standing
    proxy = view.list.model
    for row in range(proxy.rowCount()):
        shown = proxy.row(row)
        text = proxy.data(proxy.index(row, 5))
        assert shown.standing is expected[shown.id]
        if expected[shown.id] is not Standing.NONE:
            assert text == f"● {expected[shown.id].label}"
    assert {Standing.MEETS, Standing.AT_RISK, Standing.BELOW} <= set(expected.values())


def test_a_managed_service_partner_shows_its_revenue_level(
    view: PartnersView, context: AppContext
) -> None:
    """The vendor grants the MSP status, so the list shows the level whose benefits apply."""

    def status_of(company_start: str) -> str:
        proxy = view.list.model
        for row in range(proxy.rowCount()):
            if proxy.row(row).company.startswith(company_start):
                return str(proxy.data(proxy.index(row, 5)))
        raise AssertionError(company_start)

    def tooltip_of(company_start: str) -> str:
        proxy = view.list.model
        for row in range(proxy.rowCount()):
            if proxy.row(row).company.startswith(company_start):
                return str(proxy.data(proxy.index(row, 5), Qt.ItemDataRole.ToolTipRole))
        raise AssertionError(company_start)

    # Issue 17: "Niveau Premium" read as if the MSP were a Premium Partner.
    assert status_of("Bodensee") == "MSP · Premium"  # the full words in the tooltip
    assert tooltip_of("Bodensee") == (
        "Managed Service Partner: den Status vergibt der Hersteller, es gibt keine Ampel. Die "
        "Konditionen richten sich nach dem Umsatzniveau: Premium Partner."
    )
    assert status_of("Rheinwerk").startswith("● ")  # not an MSP: its traffic light
    with context.workspace.database.write() as session:
        msp = next(p for p in list_partners(session) if p.company.startswith("Bodensee"))
        msp.msp_level = None
    view.refresh()
    assert status_of("Bodensee") == "MSP · Niveau offen"
    assert tooltip_of("Bodensee").endswith("Umsatzniveau: noch nicht erfasst.")


def test_company_column_is_not_cut_off(qtbot: QtBot, view: PartnersView) -> None:
    view.resize(1090, 780)  # the view inside a 1280 x 800 main window
    with qtbot.waitExposed(view):
        view.show()
    table = view.list.table
    width = table.columnWidth(1)
    for row in range(view.list.model.rowCount()):
        text = view.list.model.data(view.list.model.index(row, 1))
        assert table.fontMetrics().horizontalAdvance(text) < width, text
    view.hide()


# --- what if ------------------------------------------------------------------------------------


def test_what_if_changes_the_verdict_without_writing(
    view: PartnersView, context: AppContext
) -> None:
    alpenblick = partner_id(context, "Alpenblick")  # Business, next Premium
    view.select_partner(alpenblick)
    before = partner_detail(context.workspace, alpenblick, YEAR, DEMO_DAY)
    whatif = view.detail.dashboard.whatif
    assert whatif.result is not None
    assert whatif.result.eligible_tier is not None
    assert whatif.result.eligible_tier.id == "business"

    whatif.projects.setValue(5)
    whatif.amount.setText("50.000,00")
    whatif.technicians.setValue(2)
    assert whatif.result.eligible_tier.id == "premium"
    assert "Premium Partner" in whatif.verdict.text()
    assert "bisher Business Partner" in whatif.verdict.text()
    # the same as the engine on the changed facts
    expected = evaluate(before.program, whatif.facts())
    assert whatif.result.eligible_tier == expected.eligible_tier
    assert whatif.result.missing == expected.missing

    whatif.amount.setText("12.000,00")  # below Business: the recorded tier turns red
    assert whatif.standing is not None and whatif.standing.standing is Standing.BELOW
    assert "unterschritten" in whatif.verdict.text()

    whatif.amount.setText("zwölf")
    assert whatif.result is None
    assert "„zwölf“ ist keine Zahl (Beispiel: 1.234,56)" in whatif.verdict.text()

    # nothing stored, nothing else in the view changed
    after = partner_detail(context.workspace, alpenblick, YEAR, DEMO_DAY)
    assert after.counters == before.counters
    assert after.figures == before.figures
    assert after.technicians == before.technicians
    assert not view.has_unsaved_changes()
    row = next(r for r in view.list.model.rows() if r.id == alpenblick)
    assert row.standing is Standing.MEETS
    assert view.detail.dashboard.shown_results()[("business", RequirementId.REVENUE)] is True

    whatif.reset()
    assert before.evaluation is not None
    assert whatif.projects.value() == before.evaluation.facts.projects
    assert (
        whatif.result is not None and whatif.result.eligible_tier == before.evaluation.eligible_tier
    )


# --- master data --------------------------------------------------------------------------------


def test_master_data_round_trip(view: PartnersView, context: AppContext) -> None:
    saar = partner_id(context, "Saar")
    view.select_partner(saar, "master")
    form = view.detail.master
    assert view.detail.current_tab() == "master"
    form.edits["city"].setText("Saarlouis")
    form.edits["city"].textEdited.emit("Saarlouis")
    form.edits["website"].setText("https://www.saar-it.example")
    form.edits["website"].textEdited.emit("https://www.saar-it.example")
    form.add_contact_row()
    new_row = form.contacts.rowCount() - 1
    for column, text in enumerate(
        ["Frau Nina Technik", "Technik", "nina@saar-it.example", "0681 1"]
    ):
        cell(form, new_row, column).setText(text)
    assert view.has_unsaved_changes()
    assert view.detail.tabs.tabText(1).endswith("*")

    assert view.save()  # what Ctrl+S calls
    assert not view.has_unsaved_changes()
    assert not form.errors.isVisible()
    with context.workspace.database.read() as session:
        partner = get_partner(session, saar)
        assert partner.city == "Saarlouis"
        assert partner.website == "https://www.saar-it.example"
        assert [c.email for c in partner.contacts][-1] == "nina@saar-it.example"
    # the list and the form show what was stored
    assert next(r for r in view.list.model.rows() if r.id == saar).city == "Saarlouis"
    assert form.edits["city"].text() == "Saarlouis"
    assert cell(form, form.contacts.rowCount() - 1, 0).text() == "Frau Nina Technik"


def test_a_colleagues_save_meanwhile_is_named_and_the_form_reloads(
    view: PartnersView, context: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    from dataclasses import replace

    from nspdesk.services.partners import save_master

    saar = partner_id(context, "Saar")
    view.select_partner(saar, "master")
    form = view.detail.master
    loaded = partner_detail(context.workspace, saar, YEAR, DEMO_DAY)
    # a colleague saves the same partner from another device
    save_master(
        context.workspace,
        saar,
        replace(loaded.master, company="Saar-IT Neu GmbH"),
        loaded.contacts,
        version=loaded.version,
        actor="Erika Kollegin",
    )
    form.edits["city"].setText("Saarlouis")
    form.edits["city"].textEdited.emit("Saarlouis")
    questions: list[str] = []
    answers = iter([False, True])

    def answer(question: str) -> bool:
        questions.append(question)
        return next(answers)

    monkeypatch.setattr(view, "confirm", answer)

    assert not view.detail.master.save()  # not reloaded: the typing stays
    assert "Erika Kollegin" in form.errors.text()
    assert "Erika Kollegin" in questions[0] and "neu laden" in questions[0]
    assert form.dirty and form.edits["city"].text() == "Saarlouis"
    with context.workspace.database.read() as session:
        assert get_partner(session, saar).city != "Saarlouis"

    assert not view.detail.master.save()  # reloaded: the colleague's version, their change named
    assert form.edits["company"].text() == "Saar-IT Neu GmbH"
    assert not form.dirty
    assert form.errors.text() == "Neu geladen. Geändert wurde: Firma"
    form.edits["city"].setText("Saarlouis")
    form.edits["city"].textEdited.emit("Saarlouis")
    assert view.detail.master.save()
    with context.workspace.database.read() as session:
        stored = get_partner(session, saar)
        assert (stored.company, stored.city) == ("Saar-IT Neu GmbH", "Saarlouis")


def test_ctrl_s_in_the_main_window_saves_the_partner(qtbot: QtBot, context: AppContext) -> None:
    from PySide6.QtGui import QKeySequence

    from nspdesk.ui.main_window import MainWindow

    window = MainWindow(context)
    qtbot.addWidget(window)
    view = window.show_view("partners")
    assert isinstance(view, PartnersView)
    saar = partner_id(context, "Saar")
    view.select_partner(saar, "master")
    edit = view.detail.master.edits["street"]
    edit.setText("Bahnhofstraße 1")
    edit.textEdited.emit("Bahnhofstraße 1")
    assert window.save_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Save)
    window.save_action.trigger()
    with context.workspace.database.read() as session:
        assert get_partner(session, saar).street == "Bahnhofstraße 1"
    assert not view.has_unsaved_changes()


def test_invalid_master_data_says_which_field_and_keeps_the_typing(
    view: PartnersView, context: AppContext
) -> None:
    saar = partner_id(context, "Saar")
    view.select_partner(saar)
    form = view.detail.master
    with context.workspace.database.read() as session:
        company = get_partner(session, saar).company
    form.edits["company"].setText("")
    form.edits["company"].textEdited.emit("")
    form.edits["city"].setText("Neunkirchen")
    form.edits["city"].textEdited.emit("Neunkirchen")

    assert view.save()  # the view handled it …
    assert form.errors.text() == "Firma: der Firmenname fehlt"  # … by saying what is wrong
    assert not form.errors.isHidden()
    assert form.edits["company"].styleSheet()  # the field is marked
    assert form.edits["city"].text() == "Neunkirchen"  # nothing typed is lost
    assert view.has_unsaved_changes()
    with context.workspace.database.read() as session:
        stored = get_partner(session, saar)
        assert (stored.company, stored.city) == (company, "Saarbrücken")

    # a bad contact e-mail names the contact field
    form.edits["company"].setText(company)
    row = form.contacts.rowCount()
    form.add_contact_row()
    cell(form, row, 0).setText("Herr Kai Falsch")
    cell(form, row, 2).setText("kein-at-zeichen")
    assert not form.save()
    assert form.errors.text().startswith("Kontakt: E-Mail:")
    assert "kein-at-zeichen" in form.errors.text()
    assert cell(form, row, 2).text() == "kein-at-zeichen"
    assert form.contacts.currentRow() == row  # the bad contact is selected

    cell(form, row, 2).setText("kai@saar-it.example")
    assert form.save()
    assert not form.errors.isVisible()
    with context.workspace.database.read() as session:
        stored = get_partner(session, saar)
        assert stored.city == "Neunkirchen"
        assert "kai@saar-it.example" in [c.email for c in stored.contacts]


def test_saving_unchanged_figures_and_bad_amount(view: PartnersView, context: AppContext) -> None:
    alpenblick = partner_id(context, "Alpenblick")
    view.select_partner(alpenblick, "figures")
    figures = view.detail.figures
    figures.revenue.setText("30.000,5x")
    figures.revenue.textEdited.emit("30.000,5x")
    assert not figures.save()
    assert figures.errors.text().startswith("Umsatz:")
    assert figures.revenue.text() == "30.000,5x"
    figures.revenue.setText("30.000,50")
    assert figures.save()
    detail = partner_detail(context.workspace, alpenblick, YEAR, DEMO_DAY)
    assert detail.counters.revenue == Decimal("30000.50")
    assert "5 kostenlosen" in figures.calls_text.text()


def test_figures_a_colleague_saved_meanwhile_are_kept(
    view: PartnersView, context: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    from dataclasses import replace

    from nspdesk.services.partners import set_year_figures

    alpenblick = partner_id(context, "Alpenblick")
    view.select_partner(alpenblick, "figures")
    figures = view.detail.figures
    theirs = partner_detail(context.workspace, alpenblick, YEAR, DEMO_DAY).counters
    set_year_figures(  # a colleague, from another device
        context.workspace, alpenblick, YEAR, replace(theirs, projects=9), expected=theirs
    )
    figures.revenue.setText("30.000,50")
    figures.revenue.textEdited.emit("30.000,50")
    questions: list[str] = []

    def reload(question: str) -> bool:
        questions.append(question)
        return True

    monkeypatch.setattr(view, "confirm", reload)

    assert not figures.save()
    assert "inzwischen geändert" in questions[0] and "neu laden" in questions[0]
    assert not figures.dirty and figures.projects.value() == 9  # the colleague's figures, reloaded
    assert partner_detail(context.workspace, alpenblick, YEAR, DEMO_DAY).counters.projects == 9


# --- jumping to a partner -----------------------------------------------------------------------


def test_select_partner_with_a_tab(view: PartnersView, context: AppContext) -> None:
    rheinwerk = partner_id(context, "Rheinwerk")
    hanse = partner_id(context, "Hanse")
    choose(view.list.track_filter, "cloud")  # hides Rheinwerk
    assert rheinwerk not in shown_ids(view)

    assert view.select_partner(rheinwerk, tab="backlink")
    assert view.selected_id == rheinwerk
    assert view.detail.current_tab() == "backlink"
    assert view.list.track_filter.currentIndex() == 0  # the filter was cleared to show it
    assert view.list.current_id() == rheinwerk
    for tab in ("figures", "people", "agreements"):
        assert view.select_partner(hanse, tab)
        assert view.detail.current_tab() == tab
        assert view.selected_id == hanse
    assert view.select_partner(rheinwerk)  # the old signature still works
    assert view.detail.current_tab() == "agreements"  # without a tab: the tab stays
    assert not view.select_partner(rheinwerk, "kein-tab")
    assert not view.select_partner(99999)
    assert view.selected_id == rheinwerk


def test_select_partner_keeps_unsaved_edits_when_the_user_says_no(
    view: PartnersView, context: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    saar, hanse = partner_id(context, "Saar"), partner_id(context, "Hanse")
    view.select_partner(saar)
    form = view.detail.master
    form.edits["city"].setText("Völklingen")
    form.edits["city"].textEdited.emit("Völklingen")
    monkeypatch.setattr(view, "confirm", lambda question: False)
    assert not view.select_partner(hanse, "figures")
    assert view.selected_id == saar
    assert form.edits["city"].text() == "Völklingen"
    assert view.list.current_id() == saar


# --- the annual review --------------------------------------------------------------------------


def test_annual_review_pdf(
    view: PartnersView, context: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[tuple[bytes, str]] = []
    monkeypatch.setattr(view, "show_pdf", lambda data, name: shown.append((data, name)))
    rheinwerk = partner_id(context, "Rheinwerk")
    assert not view.print_button.isEnabled() or view.selected_id is not None
    view.select_partner(rheinwerk)
    assert view.print_button.isEnabled()
    view.print_button.click()
    [(data, name)] = shown
    assert name == f"Jahresbericht-{YEAR}-Rheinwerk-Systemhaus-GmbH.pdf"
    reader = PdfReader(io.BytesIO(data))
    text = " ".join(page.extract_text() for page in reader.pages)
    assert "Rheinwerk Systemhaus GmbH" in text
    assert str(YEAR) in text
    assert "Premium Partner" in text
    # the one printing function ``nspdesk pdf review --partner`` is to use: the same bytes
    assert (data, name) == review_pdf(context.workspace, rheinwerk, YEAR, DEMO_DAY)

    view.year.setValue(YEAR - 1)  # another year: another report
    shown.clear()
    assert view.export_pdf()
    assert shown[0][1] == f"Jahresbericht-{YEAR - 1}-Rheinwerk-Systemhaus-GmbH.pdf"


def test_certification_expiry_highlighted(view: PartnersView, context: AppContext) -> None:
    rheinwerk = partner_id(context, "Rheinwerk")  # one certification expires in 30 days
    view.select_partner(rheinwerk, "people")
    model = view.detail.people.technician_model
    texts = [model.data(model.index(r, 4)) for r in range(model.rowCount())]
    expiring = [r for r, t in enumerate(texts) if t.startswith("läuft in")]
    assert expiring
    color = model.data(model.index(expiring[0], 3), Qt.ItemDataRole.ForegroundRole)
    assert color is not None and color.color().name() == "#b26a00"
    valid = [r for r, t in enumerate(texts) if t == "gültig"]
    assert valid and model.data(model.index(valid[0], 3), Qt.ItemDataRole.ForegroundRole) is None


def test_year_changes_the_evaluated_figures(view: PartnersView, context: AppContext) -> None:
    alpenblick = partner_id(context, "Alpenblick")
    view.select_partner(alpenblick)
    view.year.setValue(DEMO_DAY.year)
    assert view.detail.detail is not None and view.detail.detail.year == DEMO_DAY.year
    evaluation = engine_verdict(context, alpenblick, DEMO_DAY.year)
    assert view.detail.dashboard.whatif.evaluation is not None
    assert view.detail.dashboard.whatif.evaluation.facts == evaluation.facts
    assert "laufendes Jahr" in view.year_note.text()


def test_dashboard_grid_keeps_no_empty_column_of_the_partner_before(
    view: PartnersView, context: AppContext
) -> None:
    view.select_partner(partner_id(context, "Alpenblick"))  # its tier and the next: 4 columns
    grid = view.detail.dashboard.grid
    assert [grid.columnStretch(c) for c in range(4)] == [1, 1, 1, 1]
    view.select_partner(partner_id(context, "Rheinwerk"))  # the highest tier: 3 columns
    assert [grid.columnStretch(c) for c in range(grid.columnCount())][:4] == [1, 1, 1, 0]


def test_figures_list_the_won_quotes_that_counted(view: PartnersView, context: AppContext) -> None:
    """Issue #15: the projects and amounts that counted, by quote number, so a person can check
    the figure; a hand-entered MRR counts twelve times ("2.000,- EUR p.a."), and says so."""
    rheinwerk = partner_id(context, "Rheinwerk")
    view.year.setValue(DEMO_DAY.year)
    assert view.select_partner(rheinwerk, "figures")
    detail = view.detail.detail
    assert detail is not None and len(detail.counted) == detail.figures.projects_won == 1
    [quote] = detail.counted
    figures = view.detail.figures
    shown = figures.counted.text().replace("\xa0", " ")
    assert quote.number in shown and money(quote.revenue).replace("\xa0", " ") in shown
    assert figures.mrr_note.isHidden()  # no hand-entered MRR
    view.year.setValue(DEMO_DAY.year - 1)  # no won quote in that year
    assert "Keine realisierten Projekte" in view.detail.figures.counted.text()
    hanse = partner_id(context, "Hanse")  # a Cloud partner with a hand-entered MRR
    assert view.select_partner(hanse, "figures")
    sources = view.detail.detail.figures.revenue_sources if view.detail.detail else None
    assert sources is not None and sources.monthly > 0
    note = view.detail.figures.mrr_note
    assert not note.isHidden()
    assert money(sources.from_monthly).replace("\xa0", " ") in note.text().replace("\xa0", " ")


def test_built_the_view_is_painted_first_and_read_once_in_the_next_turn(
    qtbot: QtBot, context: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Building the view and reading its list are two turns of the event loop (no single pause
    holds both, issue 20); the main window's activation in the building turn adds no read; a
    later activation (the user comes back) reads the list again."""
    from nspdesk.ui.views.partners import view as view_module

    monkeypatch.setattr(PartnersView, "today", staticmethod(lambda: DEMO_DAY))
    reads: list[int] = []
    real = view_module.WorkspacePartners.page

    def counted(self, query, offset, limit):
        reads.append(offset)
        return real(self, query, offset, limit)

    monkeypatch.setattr(view_module.WorkspacePartners, "page", counted)
    widget = PartnersView(context)
    qtbot.addWidget(widget)
    widget.activated()  # as MainWindow.view() then _show_row do, in the same turn
    assert reads == [] and widget.list.model.rowCount() == 0
    qtbot.waitUntil(lambda: widget.list.model.rowCount() > 0)
    assert reads == [0]
    qtbot.wait(1)
    widget.activated()
    qtbot.waitUntil(lambda: len(reads) == 2)


def test_a_partner_asked_for_in_the_building_turn_is_shown(
    qtbot: QtBot, context: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Another view jumping to a partner builds this view and selects the partner in the same
    turn: the list's put-off read is done at once for it, and not again in the next turn."""
    monkeypatch.setattr(PartnersView, "today", staticmethod(lambda: DEMO_DAY))
    widget = PartnersView(context)
    qtbot.addWidget(widget)
    widget.read_now()
    ids = [widget.list.model.row(i).id for i in range(widget.list.model.rowCount())]
    assert len(ids) >= 2
    fresh = PartnersView(context)
    qtbot.addWidget(fresh)
    assert fresh.select_partner(ids[-1], tab="backlink")
    assert fresh.selected_id == ids[-1]
    qtbot.wait(5)
    assert fresh.selected_id == ids[-1]  # the put-off read did not choose the first again


def test_shown_again_the_detail_is_read_after_the_list(
    qtbot: QtBot, context: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Coming back to the view reads the list in one turn of the event loop and the shown
    partner's detail in the next (no single pause holds both); a partner chosen before then is
    read at once and the put-off read is dropped."""
    from nspdesk.ui.views.partners import view as view_module

    monkeypatch.setattr(PartnersView, "today", staticmethod(lambda: DEMO_DAY))
    widget = PartnersView(context)
    qtbot.addWidget(widget)
    qtbot.waitUntil(lambda: widget.detail.detail is not None and not widget._detail_tasks)
    shown = widget.selected_id
    assert shown is not None
    reads: list[int] = []
    real = view_module.partner_detail  # type: ignore[attr-defined]

    def counted(workspace: Any, partner_id: int, year: int, as_of: Any) -> Any:
        reads.append(partner_id)
        return real(workspace, partner_id, year, as_of)

    monkeypatch.setattr(view_module, "partner_detail", counted)
    widget.activated()
    assert reads == []  # the list now, the detail in the next turn
    qtbot.waitUntil(lambda: reads == [shown] and not widget._detail_tasks)
    assert widget.detail.detail is not None and widget.detail.detail.id == shown

    widget.activated()
    other = widget.list.model.row(1).id
    assert widget.list.select(other)  # the user picks another partner first
    qtbot.wait(20)
    assert reads[1:] == [other]
    assert widget.selected_id == other


def test_at_the_first_opening_the_detail_is_read_in_a_worker_and_is_the_listed_partners(
    qtbot: QtBot, context: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Issue 20 item 6: the first partner's detail is read off the GUI thread (the GUI paused
    56-70 ms for it) and, when it arrives, it is the partner selected in the list."""
    import threading

    from nspdesk.ui.views.partners import view as view_module

    real = view_module.partner_detail  # type: ignore[attr-defined]
    threads: list[bool] = []

    def counted(workspace: Any, partner_id: int, year: int, as_of: Any) -> Any:
        threads.append(threading.current_thread() is threading.main_thread())
        return real(workspace, partner_id, year, as_of)

    monkeypatch.setattr(view_module, "partner_detail", counted)
    monkeypatch.setattr(PartnersView, "today", staticmethod(lambda: DEMO_DAY))
    widget = PartnersView(context)
    qtbot.addWidget(widget)
    assert widget.right.currentWidget() is widget.placeholder  # nothing read on this turn
    assert threads == []
    qtbot.waitUntil(lambda: widget.right.currentWidget() is widget.detail)
    assert threads == [False]  # read once, in a worker thread
    first = widget.list.first_id()
    assert widget.selected_id == first == widget.list.current_id()
    assert widget.detail.detail is not None and widget.detail.detail.id == first


def test_the_first_opening_builds_the_detail_panel_and_reads_the_list_in_later_turns(
    qtbot: QtBot, context: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Issue 20 item 6: the view's frame, the detail panel (six tabs), the search for stale traffic
    lights and the list's window each in a turn of its own (on 10 000 partners together over
    50 ms); whoever asks for the list in the building turn gets it at once (``read_now``)."""
    from nspdesk.ui.views.partners import view as view_module
    from nspdesk.ui.views.partners.detail import PartnerDetailPanel

    steps: list[str] = []
    panel, prepare, page = (
        PartnerDetailPanel,
        view_module.WorkspacePartners.prepare,
        view_module.WorkspacePartners.page,
    )

    def built(*args: Any) -> Any:
        steps.append("panel")
        made = panel(*args)
        steps.append("panel done")
        return made

    def prepared(source: Any, year: int) -> None:
        steps.append("prepare")
        prepare(source, year)
        steps.append("prepare done")

    def paged(source: Any, *args: Any) -> Any:
        steps.append("page")
        return page(source, *args)

    monkeypatch.setattr(view_module, "PartnerDetailPanel", built)
    monkeypatch.setattr(view_module.WorkspacePartners, "prepare", prepared)
    monkeypatch.setattr(view_module.WorkspacePartners, "page", paged)
    monkeypatch.setattr(PartnersView, "today", staticmethod(lambda: DEMO_DAY))
    widget = PartnersView(context)
    qtbot.addWidget(widget)
    assert steps == [] and widget.list.model.rowCount() == 0  # the frame only in this turn
    qtbot.waitUntil(lambda: "page" in steps)
    # each step called when the one before had returned: each from a timer of its own
    assert steps[:5] == ["panel", "panel done", "prepare", "prepare done", "page"]
    assert widget.list.model.rowCount() > 0

    steps.clear()
    other = PartnersView(context)
    qtbot.addWidget(other)
    other.read_now()  # asked for a partner in the building turn: everything now
    assert steps[:5] == ["panel", "panel done", "prepare", "prepare done", "page"]
    assert other.list.model.rowCount() > 0
    qtbot.wait(20)
    assert steps.count("page") == 1  # and not again in a later turn

    steps.clear()
    unseen = PartnersView(context)  # asked at once whether anything is unsaved (a quick close)
    qtbot.addWidget(unseen)
    assert not unseen.has_unsaved_changes() and steps == []  # no panel built for the question


def test_a_partner_chosen_while_the_worker_reads_wins_over_its_result(
    qtbot: QtBot, context: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The worker's detail of the first partner, arriving after the user chose another, is
    dropped: the chosen partner's detail stays shown."""
    import threading

    from nspdesk.ui.views.partners import view as view_module

    real = view_module.partner_detail  # type: ignore[attr-defined]
    gate = threading.Event()

    def slow(workspace: Any, partner_id: int, year: int, as_of: Any) -> Any:
        if threading.current_thread() is not threading.main_thread():
            gate.wait(10)
        return real(workspace, partner_id, year, as_of)

    monkeypatch.setattr(view_module, "partner_detail", slow)
    monkeypatch.setattr(PartnersView, "today", staticmethod(lambda: DEMO_DAY))
    widget = PartnersView(context)
    qtbot.addWidget(widget)
    qtbot.waitUntil(lambda: bool(widget._detail_tasks))  # the worker reads the first partner
    first = widget.selected_id
    other = widget.list.model.row(1).id
    assert other != first
    assert widget.list.select(other)
    assert widget.detail.detail is not None and widget.detail.detail.id == other
    gate.set()
    qtbot.waitUntil(lambda: not widget._detail_tasks)
    qtbot.wait(10)
    assert widget.selected_id == other == widget.list.current_id()
    assert widget.right.currentWidget() is widget.detail
    assert widget.detail.detail is not None and widget.detail.detail.id == other


def test_a_failed_read_in_the_worker_is_said_in_the_frame_without_a_dialog(
    qtbot: QtBot, context: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The worker's read is not one the user asked for (the window may be closing): its error is
    said where the detail would be, no dialog; choosing the partner reads it again."""
    import threading

    from nspdesk.services.errors import NotFoundError
    from nspdesk.ui.views.partners import view as view_module

    real = view_module.partner_detail  # type: ignore[attr-defined]

    def failing(workspace: Any, partner_id: int, year: int, as_of: Any) -> Any:
        if threading.current_thread() is not threading.main_thread():
            raise NotFoundError("Partner weg")
        return real(workspace, partner_id, year, as_of)

    monkeypatch.setattr(view_module, "partner_detail", failing)
    monkeypatch.setattr(PartnersView, "today", staticmethod(lambda: DEMO_DAY))
    widget = PartnersView(context)
    qtbot.addWidget(widget)
    qtbot.waitUntil(lambda: "Partner weg" in widget.placeholder.text())
    assert widget.right.currentWidget() is widget.placeholder
    other = widget.list.model.row(1).id
    assert widget.list.select(other)
    assert widget.right.currentWidget() is widget.detail
    assert widget.detail.detail is not None and widget.detail.detail.id == other
    assert "Partner weg" not in widget.placeholder.text()


def test_the_list_gets_the_width_its_first_rows_want(
    qtbot: QtBot, context: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The view is laid out before its list is read (in the next turn): once the rows are there,
    the list is given their width (the company names in full), as when it was read at once."""
    monkeypatch.setattr(PartnersView, "today", staticmethod(lambda: DEMO_DAY))
    widget = PartnersView(context)
    qtbot.addWidget(widget)
    widget.resize(1366, 768)
    widget.show()
    empty = widget.list.sizeHint().width()
    qtbot.waitUntil(lambda: widget.list.model.rowCount() > 0)
    wanted = widget.list.sizeHint().width()
    assert wanted > empty  # (the names are wider than the empty list's headers)
    assert widget.splitter.sizes()[0] == wanted
