"""The quote editor's program-aware part (issue 9): the tier check and the decision on it, partner and
end-customer quotes with margins, subtotals per billing period, own-use and NFR lines, templates, a
copy for another partner, the revision diff, the audit trail, locking and expiry. Amounts are the
exact German text the user reads; decisions are checked in the store."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from decimal import Decimal
from io import BytesIO
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QDate, Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from nspdesk.services import catalog
from nspdesk.services import quotes as services_quotes
from nspdesk.store import quote_tools, quotes
from nspdesk.store.models import Quote
from nspdesk.ui import settings as options
from nspdesk.ui.context import AppContext
from nspdesk.ui.views.quotes import QuotesView, pickers
from nspdesk.ui.views.quotes.editor import QuoteEditor
from nspdesk.ui.views.quotes.editor_form import from_qdate
from nspdesk.ui.views.quotes.export import quote_pdf_bytes
from nspdesk.ui.views.quotes.lines_model import Col
from nspdesk.ui.views.quotes.reprice import RepriceDialog
from tests.gui.conftest import DEMO_DAY
from tests.gui.test_quotes_editor import cells, find_quote, pick_partner, plain, totals, type_cell

pytestmark = pytest.mark.gui
BERLIN = ZoneInfo("Europe/Berlin")


def add(editor: QuoteEditor, number: str, quantity: str = "1") -> None:
    search = editor._search_catalog(number)
    assert editor.add_article(next(a for a in search.offered if a.article_number == number))
    model = editor.lines_model
    assert model.setData(model.index(model.rowCount() - 1, Col.QUANTITY), quantity)


def set_cell(editor: QuoteEditor, row: int, column: Col, text: str) -> None:
    model = editor.lines_model
    assert model.setData(model.index(row, column), text)


def pdf_text(context: AppContext, quote_id: int) -> str:
    data, _name = quote_pdf_bytes(context, quote_id)
    return " ".join(
        plain(" ".join(p.extract_text() for p in PdfReader(BytesIO(data)).pages)).split()
    )


# --- the tier check ---------------------------------------------------------------------------------


def test_tier_warning_and_the_decision_is_stored_never_printed(
    qtbot: QtBot, quotes_view: QuotesView, context: AppContext, warnings: list[tuple[str, str]]
) -> None:
    quotes_view.new_item()
    editor = quotes_view.editor
    panel = editor.tier_panel
    pick_partner(editor, "Alpenblick")  # Business, and the figures support it
    assert not panel.isVisible()
    assert panel.status.text() == "Business Partner – von den aktuellen Zahlen gedeckt"

    pick_partner(editor, "Elbtal EDV")  # Business, but the backlink is nofollow
    assert panel.isVisible()
    assert panel.status.text() == "Business Partner erfasst · die Zahlen tragen Authorized Partner"
    assert panel.warning.text().startswith(
        "Die erfasste Stufe Business Partner ist nicht mehr gedeckt. Es fehlt: Follow-Link"
    )
    assert panel.warning.text().endswith("Die Zahlen tragen Authorized Partner.")
    assert panel.keep.text() == "Erfasste Stufe Business Partner beibehalten – Grund:"
    assert panel.use_supported.text() == "Zu Konditionen Authorized Partner anbieten"
    add(editor, "NSP-SRV-PROT", "10")
    assert cells(editor, 0)[Col.NET] == "225,00 €"  # undecided: the recorded tier, 25 %
    # In the quote's list of warnings, shown by the panel with its decision (not twice).
    assert [w.code for w in editor.warnings] == ["tier-not-covered", "maintenance-missing"]
    assert editor.warnings[0].message == panel.warning.text()
    assert "nicht mehr gedeckt" not in editor.warnings_banner.text()

    assert not editor.save()  # no decision yet: the service insists, beside the decision
    banner = editor.error_banner
    assert warnings == [] and banner.isVisible()
    assert banner.text().startswith(
        "Entscheidung zur Partnerstufe: Die erfasste Stufe Business Partner"
    )
    assert banner.text().endswith("Bitte entscheiden.")
    assert editor.focusWidget() is panel.keep
    panel.keep.setChecked(True)
    assert "tier-not-covered" in [w.code for w in editor.warnings]  # no reason yet: undecided
    assert not editor.save()  # keeping needs a reason: the store's message
    assert banner.text() == (
        "Grund für die erfasste Stufe: ein Grund ist nötig, um zu Business Partner-Konditionen "
        "anzubieten"
    )
    assert editor.focusWidget() is panel.reason
    assert editor.loaded is None and editor.is_dirty()

    panel.use_supported.setChecked(True)  # priced at Authorized at once
    assert cells(editor, 0)[Col.NET] == "240,00 €"  # 10 × 30,00 − 20 %
    assert [w.code for w in editor.warnings] == ["maintenance-missing"]  # decided
    assert plain(editor.conditions.text()).startswith("Authorized Partner · Server und Cloud")
    assert editor.save()
    assert editor.loaded is not None
    quote_id = editor.loaded.quote_id
    with context.workspace.database.read() as session:
        revision = quotes.get_quote(session, quote_id).current
        assert (revision.tier, revision.recorded_tier) == ("authorized", "business")
        assert (revision.tier_choice, revision.tier_reason) == ("supported", "")
    assert panel.use_supported.isChecked()  # the reopened draft shows the decision

    panel.reason.clear()
    QTest.keyClicks(panel.reason, "Backlink wird diese Woche korrigiert")  # typing: keeps the tier
    assert panel.keep.isChecked()
    assert cells(editor, 0)[Col.NET] == "225,00 €"
    assert editor.save()
    with context.workspace.database.read() as session:
        revision = quotes.get_quote(session, quote_id).current
        assert (revision.tier, revision.tier_choice, revision.tier_reason) == (
            "business",
            "recorded",
            "Backlink wird diese Woche korrigiert",
        )
    text = pdf_text(context, quote_id)
    assert "225,00 €" in text
    for internal in ("Backlink", "beibehalten", "gedeckt", "Authorized"):
        assert internal not in text, internal

    # the quote date decides which figures count: checked again when it changes
    checked = editor._pricer_key
    editor.quote_date.setDate(QDate(2026, 11, 27))
    assert editor._pricer_key != checked and panel.isVisible()


# --- end-customer quotes ----------------------------------------------------------------------------


def test_end_customer_quote_shows_margins_and_its_pdf_does_not(
    quotes_view: QuotesView, context: AppContext
) -> None:
    quotes_view.new_item()
    editor = quotes_view.editor
    model = editor.lines_model
    pick_partner(editor, "Alpenblick")  # Business: 25 % on Server licences
    assert editor.table.isColumnHidden(Col.PURCHASE) and editor.table.isColumnHidden(Col.MARGIN)
    add(editor, "NSP-SRV-PROT", "10")
    assert cells(editor, 0)[Col.NET] == "225,00 €"  # a partner quote: the purchase price

    editor.to_customer.setChecked(True)
    assert not editor.table.isColumnHidden(Col.PURCHASE)
    assert not editor.table.isColumnHidden(Col.MARGIN)
    header = [model.headerData(c, Qt.Orientation.Horizontal) for c in (Col.EXTRA_DISCOUNT, Col.NET)]
    assert header == ["Kundenrabatt", "Verkauf"]
    set_cell(editor, 0, Col.EXTRA_DISCOUNT, "10")  # beyond the program's 10 % cap is fine
    row = cells(editor, 0)
    assert (row[Col.UNIT_PRICE], row[Col.EXTRA_DISCOUNT]) == ("30,00 €", "10 %")
    assert (row[Col.NET], row[Col.PURCHASE], row[Col.MARGIN]) == ("270,00 €", "225,00 €", "45,00 €")
    box = editor.totals
    assert totals(editor) == ("270,00 €", "51,30 €", "321,30 €")
    assert plain(box.purchase.text()) == "225,00 €" and plain(box.margin.text()) == "45,00 €"
    assert plain(box.margin_percent.text()) == "16,67 %"
    assert "Einkaufspreis" not in editor.warnings_banner.text()  # only the missing maintenance

    set_cell(editor, 0, Col.EXTRA_DISCOUNT, "30")  # deeper than the tier's 25 %
    assert plain(cells(editor, 0)[Col.MARGIN]) == "-15,00 €"
    assert editor.warnings_banner.isVisible()
    assert "Position 1 „NoSpamProxy Server Protection, Neulizenz je User“ liegt 15,00 € unter " in (
        plain(editor.warnings_banner.text())
    )
    set_cell(editor, 0, Col.EXTRA_DISCOUNT, "12,5")
    assert editor.save()
    assert editor.loaded is not None
    with context.workspace.database.read() as session:
        revision = quotes.get_quote(session, editor.loaded.quote_id).current
        assert revision.audience == "end-customer"
        assert (revision.net, revision.lines[0].purchase_net) == (
            Decimal("262.50"),
            Decimal("225.00"),
        )
    assert editor.to_customer.isChecked()  # reopened as an end-customer quote
    assert plain(editor.totals.margin.text()) == "37,50 €"

    text = pdf_text(context, editor.loaded.quote_id)
    assert "262,50 €" in text and "12,5 %" in text  # the customer's price and discount
    for internal in ("225,00", "37,50", "Marge", "Einkauf", "25 %", "Business Partner"):
        assert internal not in text, internal


def test_end_customer_quote_goes_to_the_customers_address_on_the_partners_letterhead(
    quotes_view: QuotesView, context: AppContext
) -> None:
    quotes_view.new_item()
    editor = quotes_view.editor
    pick_partner(editor, "Alpenblick")
    assert not editor.offer_form.isRowVisible(editor.customer)  # a partner quote: no such field
    add(editor, "NSP-SRV-PROT", "10")
    editor.to_customer.setChecked(True)
    assert editor.offer_form.isRowVisible(editor.customer)
    editor.customer.setPlainText("Huber Logistik AG\nFrau Sophie Huber\nKaiweg 4\n20457 Hamburg")
    assert editor.save() and editor.loaded is not None
    with context.workspace.database.read() as session:
        revision = quotes.get_quote(session, editor.loaded.quote_id).current
        assert revision.customer.splitlines()[0] == "Huber Logistik AG"
    text = pdf_text(context, editor.loaded.quote_id)
    assert "Huber Logistik AG" in text and "20457 Hamburg" in text
    assert "Alpenblick Netzwerke GmbH" in text  # the partner's letterhead
    assert "Vertrieb & Söhne" not in text and "Beispiel IT-Systemhaus" not in text
    editor.to_partner.setChecked(True)
    assert not editor.offer_form.isRowVisible(editor.customer)
    assert editor.form_input().customer == ""  # a partner quote keeps no customer address


def test_reseller_only_partner_is_warned_about_the_hsv(quotes_view: QuotesView) -> None:
    quotes_view.new_item()
    editor = quotes_view.editor
    pick_partner(editor, "Müller")  # Authorized, sells Server only with an HSV
    add(editor, "NSP-SRV-PROT", "25")
    assert editor.warnings_banner.isVisible()
    assert "Hersteller-Supportvertrag (HSV)" in editor.warnings_banner.text()
    add(editor, "NSP-SRV-HSV")
    assert "Hersteller-Supportvertrag (HSV)" not in editor.warnings_banner.text()
    add(editor, "NSP-SRV-WPROT", "25")  # server modules always come with maintenance
    assert not editor.warnings_banner.isVisible()


# --- periods, own-use and NFR lines -----------------------------------------------------------------


def test_totals_per_billing_period_and_the_first_year(quotes_view: QuotesView) -> None:
    quotes_view.new_item()
    editor = quotes_view.editor
    box = editor.totals
    pick_partner(editor, "Alpenblick")
    add(editor, "NSP-SRV-PROT", "10")  # once: 225,00
    assert box.total_label.text() == "Gesamt"
    assert not any(cell.isVisible() for row in box.period_rows.values() for cell in row)
    add(editor, "NSP-SRV-WPROT", "10")  # yearly: 75,00 − 20 % = 60,00
    add(editor, "NSP-CLD-PROT", "10")  # monthly: 29,00 − 15 % = 24,65
    shown = {
        row[0].text(): [plain(cell.text()) for cell in row[1:4]]
        for row in box.period_rows.values()
        if row[0].isVisible()
    }
    assert shown == {
        "einmalig": ["225,00 €", "42,75 €", "267,75 €"],
        "jährlich": ["60,00 €", "11,40 €", "71,40 €"],
        "monatlich": ["24,65 €", "4,68 €", "29,33 €"],
    }
    # 225,00 + 60,00 + 12 × 24,65 = 580,80; VAT 42,75 + 11,40 + 12 × 4,68 = 110,31
    assert box.total_label.text() == "Gesamt im ersten Jahr"
    assert totals(editor) == ("580,80 €", "110,31 €", "691,11 €")
    assert not box.margin_label.isVisible()  # a partner quote has no margin column

    editor.to_customer.setChecked(True)  # per period margins
    assert box.margin_label.isVisible()
    margins = [plain(row[4].text()) for row in box.period_rows.values() if row[4].isVisible()]
    assert margins == ["75,00 €", "15,00 €", "4,35 €"]
    assert plain(box.margin_total.text()) == "142,20 €"  # 75 + 15 + 12 × 4,35
    # the rate of each period on its own sale, and of the first year: never one across periods
    rates = dict(
        zip(
            box.margin_caption.text().splitlines(),
            plain(box.margin_percent.text()).splitlines(),
            strict=True,
        )
    )
    assert rates == {
        "Marge einmalig": "25 %",  # 75,00 of 300,00
        "Marge jährlich": "20 %",  # 15,00 of 75,00
        "Marge monatlich": "15 %",  # 4,35 of 29,00
        "Marge im ersten Jahr": "19,67 %",  # 142,20 of 300 + 75 + 12 × 29 = 723,00
    }

    editor.lines_model.remove_rows([0, 1])  # monthly only
    assert box.total_label.text() == "Gesamt monatlich"


def test_own_use_and_nfr_lines(quotes_view: QuotesView, context: AppContext) -> None:
    quotes_view.new_item()
    editor = quotes_view.editor
    assert not editor.nfr_button.isEnabled()
    assert editor.nfr_button.toolTip() == "Erst einen Partner mit Partnerstufe wählen."
    pick_partner(editor, "Alpenblick")
    sizes = [plain(a.text()) for a in editor.own_use_menu.actions()]
    assert sizes == [
        "10 Benutzer – 99,00 € jährlich",
        "25 Benutzer – 249,00 € jährlich",
        "50 Benutzer – 479,00 € jährlich",
        "100 Benutzer – 949,00 € jährlich",
    ]
    editor.own_use_menu.actions()[1].trigger()
    row = cells(editor, 0)
    assert row[Col.DESCRIPTION] == "NoSpamProxy Eigenbedarfs-Lizenz für 25 Benutzer (jährlich)"
    assert (row[Col.UNIT], row[Col.TIER_DISCOUNT], row[Col.NET]) == ("Jahr", "0 %", "249,00 €")

    assert editor.nfr_button.isEnabled()
    assert editor.nfr_button.text() == "NFR-Lizenz (50 Benutzer, kostenfrei)"
    editor.nfr_button.click()
    row = cells(editor, 1)
    assert row[Col.DESCRIPTION].startswith("NFR-Lizenz (nicht zum Weiterverkauf) für 50 Benutzer")
    assert row[Col.NET] == "0,00 €"
    assert totals(editor)[0] == "249,00 €"

    # "eine Eigenbedarfs-Lizenz (25 User) für 249,- EUR p.a": the program sets price and discount,
    # the NFR licence's quantity too ("eine kostenlose NFR-Lizenz über 50 User").
    model = editor.lines_model
    for line, column in ((0, Col.UNIT_PRICE), (0, Col.EXTRA_DISCOUNT), (1, Col.QUANTITY)):
        assert not model.flags(model.index(line, column)) & Qt.ItemFlag.ItemIsEditable
        assert not model.setData(model.index(line, column), "5")
    assert model.data(model.index(0, Col.UNIT_PRICE), Qt.ItemDataRole.ToolTipRole) == (
        "Vom Partnerprogramm festgelegt, nicht änderbar"
    )
    assert model.flags(model.index(0, Col.QUANTITY)) & Qt.ItemFlag.ItemIsEditable
    assert [line.category for line in model.lines()] == ["own-use-license", "nfr-license"]

    pick_partner(editor, "Nordlicht")  # Premium: 75 seats
    assert editor.nfr_button.text() == "NFR-Lizenz (75 Benutzer, kostenfrei)"
    pick_partner(editor, "Bodensee")  # MSP at Premium level: the seats of its level
    assert editor.nfr_button.text() == "NFR-Lizenz (75 Benutzer, kostenfrei)"


def test_a_stored_draft_with_an_own_use_line_opens_and_prices_as_stored(
    quotes_view: QuotesView, context: AppContext
) -> None:
    """Own-use lines the app stored before keep only their price (249,00 € names 25 users)."""
    revised = next(r for r in quotes_view.list_page.model.rows() if r.revision == 2)
    editor = quotes_view.editor
    assert editor.load(revised.id) and editor.loaded is not None
    assert not editor.error_banner.isVisible()
    own_use = next(
        i for i, line in enumerate(editor.lines_model.lines()) if "Eigenbedarf" in line.description
    )
    assert cells(editor, own_use)[Col.NET] == "249,00 €"
    assert editor.priced is not None
    assert editor.priced.totals.net == editor.loaded.snapshot.totals.net


def test_server_licence_without_maintenance_is_warned_and_one_action_adds_it(
    quotes_view: QuotesView, context: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    """ "NoSpamProxy-Server-Module müssen immer mit einem Software-Wartungsvertrag erworben
    werden": the warning names the line, "Wartung hinzufügen" takes the catalog's article."""
    quotes_view.new_item()
    editor = quotes_view.editor
    pick_partner(editor, "Alpenblick")
    add(editor, "NSP-SRV-PROT", "40")
    assert editor.warnings_banner.isVisible() and editor.maintenance_button.isVisible()
    assert plain(editor.warnings_banner.text()).startswith(
        "⚠ Position 1 (NoSpamProxy Server – Neulizenzen) ohne Position „NoSpamProxy Server – "
        "Softwarewartung“: NoSpamProxy-Server-Module werden immer mit einem "
        "Software-Wartungsvertrag verkauft"
    )
    assert [w.code for w in editor.warnings] == ["maintenance-missing"]
    # Two maintenance articles in the catalog: the action offers them.
    assert not editor.add_maintenance()
    menu = editor.maintenance_menu
    assert menu is not None
    assert [plain(a.text()) for a in menu.actions()] == [
        "Softwarewartung Encryption, je User und Jahr – 7,00 €",
        "Softwarewartung Protection, je User und Jahr – 7,50 €",
    ]
    menu.actions()[1].trigger()
    menu.close()
    row = cells(editor, 1)
    assert (row[Col.ARTICLE], row[Col.QUANTITY]) == ("NSP-SRV-WPROT", "40")
    assert not editor.warnings_banner.isVisible() and editor.warnings == ()
    assert not editor.add_maintenance()  # nothing missing: nothing to add

    # One article: the action adds it at once; none: a maintenance line to fill in.
    editor.lines_model.remove_rows([1])
    only = [
        a
        for a in catalog.current_articles(context.workspace, DEMO_DAY)
        if a.article_number == "NSP-SRV-WENC"
    ]
    monkeypatch.setattr(catalog, "current_articles_in", lambda *_args: only)
    assert editor.add_maintenance()
    assert cells(editor, 1)[Col.ARTICLE] == "NSP-SRV-WENC"
    editor.lines_model.remove_rows([1])
    monkeypatch.setattr(catalog, "current_articles_in", lambda *_args: [])
    assert editor.add_maintenance()
    line = editor.lines_model.lines()[1]
    assert (line.category, line.description, line.quantity) == (
        "server-maintenance",
        "NoSpamProxy Server – Softwarewartung",
        Decimal(40),
    )


def test_sending_a_quote_with_warnings_asks_once(
    quotes_view: QuotesView, context: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    quotes_view.new_item()
    editor = quotes_view.editor
    pick_partner(editor, "Müller")  # reseller only: the HSV is missing too
    add(editor, "NSP-SRV-PROT", "25")
    asked: list[list[str]] = []
    answers = [False, True]

    def ask(warnings: list[str]) -> bool:
        asked.append(warnings)
        return answers.pop(0)

    monkeypatch.setattr(editor, "ask_send_anyway", ask)
    assert not editor.mark_sent()
    assert editor.loaded is None  # not even saved
    assert editor.mark_sent()
    assert editor.loaded is not None and editor.loaded.status == "sent"
    assert len(asked) == 2 and len(asked[0]) == 2  # one question for both warnings, each time
    assert "Softwarewartung" in asked[0][0] and "HSV" in asked[0][1]
    # A sent quote still shows its warnings, without the action.
    assert editor.warnings_banner.isVisible() and not editor.maintenance_button.isVisible()


# --- templates and copies ---------------------------------------------------------------------------


def test_save_a_template_and_start_a_quote_from_it(
    quotes_view: QuotesView, context: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    names = ["Protection 10 User", "Protection 10 User"]
    overwrite: list[str] = []
    monkeypatch.setattr(pickers, "ask_template_name", lambda _parent, _suggestion: names.pop(0))

    def ask_overwrite(_parent: object, name: str) -> bool:
        overwrite.append(name)
        return True

    monkeypatch.setattr(pickers, "ask_overwrite", ask_overwrite)
    quotes_view.new_item()
    editor = quotes_view.editor
    pick_partner(editor, "Alpenblick")
    add(editor, "NSP-SRV-PROT", "10")
    editor.to_customer.setChecked(True)
    editor.subject.setText("Protection für Ihr Team")
    assert editor.tools.save_as_template()
    add(editor, "NSP-SRV-WPROT", "10")
    assert editor.tools.save_as_template()  # the same name: asks, then overwrites
    assert overwrite == ["Protection 10 User"]
    with context.workspace.database.write() as session:
        (template,) = quote_tools.list_templates(session)
        assert (template.name, template.lines, template.audience) == (
            "Protection 10 User",
            2,
            "end-customer",
        )
        gone = quotes.QuoteInput(
            0,
            DEMO_DAY,
            DEMO_DAY,
            (quotes.LineInput("other", "x", Decimal(1), Decimal(9), article_number="NSP-GONE"),),
        )
        quote_tools.save_template(session, "Alt", gone)

    editor._dirty = False
    quotes_view.new_item()
    pick_partner(editor, "Nordlicht")
    chosen = {"Protection 10 User": template.id}
    monkeypatch.setattr(pickers, "ask_template", lambda _parent, _templates: chosen.popitem()[1])
    assert editor.tools.apply_template()
    assert [line.article_number for line in editor.lines_model.lines()] == [
        "NSP-SRV-PROT",
        "NSP-SRV-WPROT",
    ]
    assert editor.to_customer.isChecked() and editor.subject.text() == "Protection für Ihr Team"
    assert editor.partner_picker.current_partner().company.startswith("Nordlicht")  # type: ignore[union-attr]
    assert editor.is_dirty() and not editor.search_hint.isVisible()

    with context.workspace.database.read() as session:
        old = next(t.id for t in quote_tools.list_templates(session) if t.name == "Alt")
    monkeypatch.setattr(pickers, "ask_template", lambda _parent, _templates: old)
    assert editor.tools.apply_template()
    assert editor.search_hint.isVisible()
    assert "NSP-GONE ist nicht mehr im Katalog" in editor.search_hint.text()


def test_copy_for_another_partner_opens_the_copy_and_lists_the_differences(
    qtbot: QtBot, quotes_view: QuotesView, context: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    editor = quotes_view.editor
    assert quotes_view.open_quote(
        find_quote(quotes_view, "A-2026-0003")
    )  # Alpenblick, Business, a draft
    partners = {p.company.split()[0]: p.id for p in editor.partner_picker.partners()}
    monkeypatch.setattr(
        pickers, "ask_partner", lambda _p, _partners, _current: partners["Nordlicht"]
    )
    assert editor.tools.duplicate()
    assert editor.loaded is not None and editor.loaded.number == "A-2026-0008"
    assert editor.partner_picker.current_partner().company.startswith("Nordlicht")  # type: ignore[union-attr]
    assert quotes_view.list_page.select(editor.loaded.quote_id)  # the list knows the copy

    dialog = editor.tools.diff_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.windowTitle() == "Unterschiede zu A-2026-0003"
    assert "Stufe: Business Partner → Premium Partner." in dialog.intro.text()
    rows = [[plain(cell) for cell in row] for row in dialog.view.rows()]
    # licences 25 % → 30 %: 80 × 30,00 = 2.400,00 → 1.800,00 / 1.680,00; maintenance 20 % both
    assert rows == [
        [
            "geändert",
            "NSP-SRV-PROT",
            "NoSpamProxy Server Protection, Neulizenz je User",
            "Rabatt, Gesamt",
            "1.800,00 €",
            "1.680,00 €",
            "-120,00 €",
        ]
    ]
    assert plain(dialog.view.totals.text()).endswith("Differenz -120,00 €")
    dialog.close()


# --- revisions, audit trail -------------------------------------------------------------------------


def test_audit_trail_and_revision_diff(
    qtbot: QtBot, quotes_view: QuotesView, context: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    editor = quotes_view.editor
    assert quotes_view.open_quote(find_quote(quotes_view, "A-2026-0004"))  # Spreewald, sent
    assert not editor.compare_action.isEnabled()
    assert editor.tabs.tabText(1) == "Verlauf (2)"
    assert [row[2] for row in editor.history.rows()] == ["angelegt", "versendet"]
    assert editor.revise_button.isEnabled()
    assert not editor.reprice_action.isEnabled()  # a sent revision
    editor.revise_button.click()
    type_cell(qtbot, editor, 0, Col.QUANTITY, "150")
    assert not editor.tier_panel.isVisible()  # revision 2 keeps revision 1's tier
    assert editor.save()
    # Priced at today's conditions on request: MRR below Business Cloud asks for a decision.
    assert editor.reprice_action.isEnabled()
    seen: list[list[list[str]]] = []

    def answer(dialog: RepriceDialog) -> bool:
        assert dialog.tier_panel.needed() and not dialog.apply_button.isEnabled()
        assert "Bitte oben entscheiden" in dialog.problem.text()
        dialog.tier_panel.use_supported.setChecked(True)
        assert dialog.apply_button.isEnabled() and not dialog.problem.text()
        assert "Stufe Business Cloud Partner → Authorized Cloud Partner, Edition 2024 bleibt" in (
            dialog.intro.text()
        )
        seen.append(dialog.view.rows())
        return True

    monkeypatch.setattr(editor.repricer, "ask", answer)
    editor.reprice_action.trigger()
    assert [row[1] for row in seen[0]] == ["NSP-CLD-PROT", "NSP-CLD-ENC"]
    rows = editor.history.rows()
    assert [(row[2], row[3]) for row in rows] == [
        ("angelegt", "1"),
        ("versendet", "1"),
        ("neue Revision", "2"),
        ("geändert", "2"),
        ("neu berechnet", "2"),
        ("Stufe entschieden", "2"),
    ]
    assert rows[-1][4] == (
        "zu Konditionen authorized-cloud statt business-cloud (von den Zahlen getragen)"
    )
    with context.workspace.database.read() as session:
        events = quote_tools.audit_trail(session, editor.loaded.quote_id)  # type: ignore[union-attr]
    local = events[1].at.astimezone()
    assert rows[1][0] == f"{local:%d.%m.%Y %H:%M}"  # local time

    assert editor.compare_action.isEnabled()
    editor.history.compare_button.click()
    dialog = editor.tools.compare_dialog
    assert dialog is not None and dialog.isVisible()
    assert (dialog.old.currentData(), dialog.new.currentData()) == (1, 2)
    assert dialog.old.currentText() == "Revision 1 (Versendet)"
    changes = {row[1]: (row[0], row[3]) for row in dialog.view.rows()}
    assert changes["NSP-CLD-PROT"] == ("geändert", "Menge, Rabatt, Gesamt")
    assert changes["NSP-CLD-ENC"] == ("geändert", "Rabatt, Gesamt")
    dialog.new.setCurrentIndex(0)  # a revision against itself: says what to do
    assert dialog.view.rows() == [] and dialog.view.totals.text() == ""
    assert dialog.error.text() == (
        "Dieselbe Revision auf beiden Seiten: bitte zwei verschiedene wählen."
    )
    dialog.close()


def test_a_comparison_without_differences_says_what_was_compared(
    quotes_view: QuotesView, context: AppContext
) -> None:
    """Issue 17: "Keine Unterschiede." under an empty table gave no guidance."""
    from nspdesk.ui.views.quotes.diff_view import DiffView

    editor = quotes_view.editor
    assert quotes_view.open_quote(
        find_quote(quotes_view, "A-2026-0004")
    )  # sent: revise to a 2nd revision
    assert editor.new_revision() and editor.loaded is not None
    diff = services_quotes.revision_diff(context.workspace, editor.loaded.quote_id, 1, 2)
    assert diff.unchanged
    shown = DiffView()
    shown.show_diff(diff)
    assert shown.table.isHidden()  # no empty table to read
    assert plain(shown.totals.text()) == (
        "Keine Unterschiede: Positionen, Mengen, Preise und Rabatte sind gleich (Netto 380,80 €). "
        "Verglichen werden die Positionen, nicht Betreff und Texte."
    )


# --- locking and expiry -----------------------------------------------------------------------------


def test_an_accepted_quote_is_locked(quotes_view: QuotesView, context: AppContext) -> None:
    editor = quotes_view.editor
    assert quotes_view.open_quote(find_quote(quotes_view, "A-2026-0004"))
    editor.accept_button.click()
    assert editor.badge.text() == "Angenommen"
    banner = editor.frozen_banner
    assert banner.isVisible()
    assert "angenommen – gesperrt; für Änderungen ein neues Angebot anlegen" in banner.text()
    assert editor.read_only
    assert not any(
        w.isEnabled()
        for w in (
            editor.article_search,
            editor.free_button,
            editor.own_use_button,
            editor.nfr_button,
            editor.to_customer,
            editor.valid_until,
        )
    )
    assert not editor.save_button.isVisible() and not editor.revise_button.isVisible()
    assert not editor.apply_template_action.isEnabled()
    assert editor.duplicate_action.isEnabled()  # the way to a new quote
    assert not editor.lines_model.setData(editor.lines_model.index(0, Col.QUANTITY), "1")
    assert not editor.save() and not editor.add_own_use(10)
    with context.workspace.database.read() as session:
        quote = session.get(Quote, editor.loaded.quote_id)  # type: ignore[union-attr]
        assert quote is not None and len(quote.revisions) == 1


def test_an_expired_draft_is_refused_and_the_validity_date_gets_the_focus(
    qtbot: QtBot, quotes_view: QuotesView, warnings: list[tuple[str, str]]
) -> None:
    editor = quotes_view.editor
    assert quotes_view.open_quote(
        find_quote(quotes_view, "A-2026-0003")
    )  # a draft of 20.11., valid 30 days
    valid_until = from_qdate(editor.valid_until.date())
    assert valid_until == date(2026, 12, 20)
    editor.now = lambda: datetime.combine(valid_until + timedelta(days=1), time.min, tzinfo=BERLIN)
    quotes_view.window().activateWindow()
    assert not editor.mark_sent()
    assert warnings == []  # said beside the field, in words, no dialog
    assert editor.error_banner.isVisible()
    assert editor.error_banner.text() == (
        "Gültig bis: Angebot A-2026-0003: die Gültigkeit endete am 20.12.2026; vor dem "
        "Versand ein neues „Gültig bis“-Datum setzen"
    )
    assert editor.focusWidget() is editor.valid_until
    assert "b91c1c" in editor.valid_until.styleSheet()
    assert editor.badge.text() == "Entwurf"
    editor.now = lambda: datetime.combine(valid_until, time(23, 59), tzinfo=BERLIN)
    assert editor.mark_sent()  # the last minute of the validity day still counts
    assert editor.badge.text() == "Versendet"


def test_a_sent_revision_prints_as_it_was_sent(
    quotes_view: QuotesView, context: AppContext
) -> None:
    """The sender's contact of the day of sending is frozen with the revision."""
    editor = quotes_view.editor
    context.settings.set(options.CONTACT_PERSON, "Anna Vertrieb")
    assert quotes_view.open_quote(find_quote(quotes_view, "A-2026-0003"))
    assert editor.mark_sent() and editor.loaded is not None
    context.settings.set(options.CONTACT_PERSON, "Bernd Neu")
    text = pdf_text(context, editor.loaded.quote_id)
    assert "Anna Vertrieb" in text and "Bernd Neu" not in text


def test_the_app_and_the_command_line_print_the_same_bytes(
    quotes_view: QuotesView, context: AppContext, tmp_path: Path
) -> None:
    """One print service: the app's PDF of a stored quote is the CLI's, byte for byte, for a
    partner quote, an end-customer quote and a sent (frozen) one; and after a contact person is
    set in the settings, for the CLI given the same contact."""
    from nspdesk.cli import main
    from nspdesk.services import quotes as quote_services
    from nspdesk.ui import settings as options

    quotes_view.new_item()
    editor = quotes_view.editor
    pick_partner(editor, "Nordlicht")
    editor.to_customer.setChecked(True)
    editor.customer.setPlainText("Kanzlei Berg\nAm Markt 1\n48143 Münster")
    add(editor, "NSP-SRV-PROT")
    assert editor.save()
    assert editor.loaded is not None
    end_customer = editor.loaded.quote_id
    database = context.workspace.place.path
    assert database is not None
    rows = quote_services.list_quotes(context.workspace)
    sent = next(r.id for r in rows if r.status == "sent")
    partner_draft = next(r.id for r in rows if r.status == "draft" and r.id != end_customer)
    for contact in ("", "Petra Vertrieb"):
        context.settings.set(options.CONTACT_PERSON, contact)
        for quote_id in (partner_draft, end_customer, sent):
            target = tmp_path / f"{quote_id}.pdf"
            argv = ["pdf", "quote", "--id", str(quote_id), "-o", str(target), "--db", str(database)]
            assert main([*argv, *(["--contact", contact] if contact else [])]) == 0
            assert quote_pdf_bytes(context, quote_id)[0] == target.read_bytes(), quote_id
