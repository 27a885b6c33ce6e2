"""The quote editor: a quote end to end, refusals with their reasons, the life cycle and the guard
against losing typed input. Amounts are checked as the exact German text the user reads."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import select

from nspdesk.store import quotes
from nspdesk.store.errors import StoreError
from nspdesk.store.models import Partner, Quote
from nspdesk.store.quote_list import PartnerChoice
from nspdesk.ui.context import AppContext
from nspdesk.ui.main_window import MainWindow
from nspdesk.ui.views.quotes import QuotesView
from nspdesk.ui.views.quotes.editor import QuoteEditor
from nspdesk.ui.views.quotes.lines_model import Col

pytestmark = pytest.mark.gui
CTRL = Qt.KeyboardModifier.ControlModifier


def plain(text: str) -> str:
    """babel writes a no-break space between number and unit."""
    return text.replace("\xa0", " ")


def pick_partner(editor: QuoteEditor, name: str) -> PartnerChoice:
    picker = editor.partner_picker
    row = next(i for i in range(picker.count()) if picker.itemText(i).startswith(name))
    picker.setCurrentIndex(row)
    partner = picker.current_partner()
    assert partner is not None
    return partner


def keep_tier(editor: QuoteEditor, reason: str = "Backlink wird korrigiert") -> None:
    """Decide on a recorded tier the figures do not support: keep it, with a reason."""
    assert editor.tier_panel.isVisible()
    editor.tier_panel.keep.setChecked(True)
    editor.tier_panel.reason.setText(reason)


def search(qtbot: QtBot, editor: QuoteEditor, text: str) -> None:
    """Type into the article search as a user does (the field has the focus); the quantity of an
    article added before, where the cursor went, is confirmed with Enter first."""
    field = editor.article_search
    open_now = cell_editor(editor)
    if open_now is not None:
        press_enter(qtbot, editor, open_now)
    field.window().activateWindow()
    field.setFocus()
    qtbot.waitUntil(field.hasFocus)
    field.clear()
    QTest.keyClicks(field, text)


def add_by_search(qtbot: QtBot, editor: QuoteEditor, text: str, downs: int = 0) -> None:
    """Type ``text``, move ``downs`` rows down in the popup and press Enter there."""
    before = editor.lines_model.rowCount()
    search(qtbot, editor, text)
    popup = editor.article_search.completer_.popup()
    assert popup is not None
    target = popup if popup.isVisible() else editor.article_search
    for _ in range(downs):
        QTest.keyClick(target, Qt.Key.Key_Down)
    QTest.keyClick(target, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: editor.lines_model.rowCount() == before + 1)
    qtbot.waitUntil(lambda: editor.article_search.text() == "")


def cell_editor(editor: QuoteEditor) -> QLineEdit | None:
    return editor.table.viewport().findChild(QLineEdit)


def press_enter(qtbot: QtBot, editor: QuoteEditor, cell: QLineEdit) -> None:
    """Enter commits the cell and closes its editor (deleted later: wait for that)."""
    QTest.keyClick(cell, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: cell_editor(editor) is None)


def open_cell(qtbot: QtBot, editor: QuoteEditor, row: int, column: Col) -> QLineEdit:
    open_now = cell_editor(editor)
    if open_now is not None:  # e.g. the quantity of an article just added: close it unchanged
        QTest.keyClick(open_now, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: cell_editor(editor) is None)
    index = editor.lines_model.index(row, column)
    editor.table.setCurrentIndex(index)
    editor.table.edit(index)
    cell = editor.table.viewport().findChild(QLineEdit)
    assert cell is not None
    return cell


def type_cell(
    qtbot: QtBot, editor: QuoteEditor, row: int, column: Col, text: str, *, enter: bool = True
) -> QLineEdit:
    cell = open_cell(qtbot, editor, row, column)
    cell.selectAll()
    QTest.keyClicks(cell, text)
    if enter:
        press_enter(qtbot, editor, cell)
    return cell


def cells(editor: QuoteEditor, row: int) -> dict[Col, str]:
    model = editor.lines_model
    return {column: plain(model.data(model.index(row, column))) for column in Col}


def totals(editor: QuoteEditor) -> tuple[str, str, str]:
    box = editor.totals
    return plain(box.net.text()), plain(box.vat.text()), plain(box.gross.text())


def find_quote(view: QuotesView, number: str) -> int:
    return next(r.id for r in view.list_page.model.rows() if r.number == number)


# --- end to end -------------------------------------------------------------------------------------


def test_create_save_send_and_export_a_quote(
    qtbot: QtBot,
    quotes_window: MainWindow,
    context: AppContext,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    view = quotes_window.views["quotes"]
    assert isinstance(view, QuotesView)
    quotes_window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is quotes_window)
    QTest.keyClick(quotes_window, Qt.Key.Key_N, CTRL)
    assert quotes_window.current_view() is view and view.editing()
    editor = view.editor
    assert editor.title.text() == "Neues Angebot"
    assert (editor.quote_date.date().toString("dd.MM.yyyy")) == "25.11.2026"
    assert editor.valid_until.date().toString("dd.MM.yyyy") == "25.12.2026"  # 30 days, settings

    partner = pick_partner(editor, "Elbtal EDV")
    assert plain(editor.conditions.text()) == (
        "Business Partner · Server und Cloud · Neulizenzen 25 %, Softwarewartung 20 %, "
        "Cloud Services 15 %"
    )
    assert editor.contact.currentText() == "Herr Paul Richter"
    assert editor.intro.toPlainText().startswith("Sehr geehrter Herr Richter,")
    keep_tier(editor)  # Elbtal's backlink is nofollow: Business is kept, with a reason

    # catalog lines, searched as you type: "protection" offers Cloud and Server Protection
    search(qtbot, editor, "protection")
    offered = [
        editor.article_search.matches.item(r).text()
        for r in range(editor.article_search.matches.rowCount())
    ]
    assert [plain(t) for t in offered] == [
        "NSP-CLD-PROT – NoSpamProxy Cloud Protection, je User und Monat · 2,90 € je User/Monat",
        "NSP-SRV-PROT – NoSpamProxy Server Protection, Neulizenz je User · 30,00 € je User",
        "NSP-SRV-WPROT – Softwarewartung Protection, je User und Jahr · 7,50 € je User",
    ]
    add_by_search(qtbot, editor, "protection", downs=2)  # the second match
    add_by_search(qtbot, editor, "NSP-SRV-WPROT")  # an exact number and Enter
    add_by_search(qtbot, editor, "installation")  # the only match and Enter
    assert [line.article_number for line in editor.lines_model.lines()] == [
        "NSP-SRV-PROT",
        "NSP-SRV-WPROT",
        "NSP-SRV-INST",
    ]
    assert cells(editor, 0)[Col.UNIT_PRICE] == "30,00 €"
    assert cells(editor, 0)[Col.TIER_DISCOUNT] == "25 %"
    assert cells(editor, 0)[Col.NET] == "22,50 €"  # 1 × 30,00 − 25 %

    # quantities typed inline; the totals follow each keystroke, before Enter
    cell = type_cell(qtbot, editor, 0, Col.QUANTITY, "50", enter=False)
    assert cells(editor, 0)[Col.NET] == "1.125,00 €"
    assert totals(editor)[0] == "1.276,00 €"  # 1.125,00 + 6,00 + 145,00
    press_enter(qtbot, editor, cell)
    type_cell(qtbot, editor, 1, Col.QUANTITY, "50")
    type_cell(qtbot, editor, 2, Col.QUANTITY, "4")
    type_cell(qtbot, editor, 2, Col.EXTRA_DISCOUNT, "5")
    assert cells(editor, 1)[Col.NET] == "300,00 €"  # 50 × 7,50 − 20 %
    assert cells(editor, 2)[Col.TIER_DISCOUNT] == "0 %"
    assert cells(editor, 2)[Col.EXTRA_DISCOUNT] == "5 %"
    assert cells(editor, 2)[Col.NET] == "551,00 €"  # 4 × 145,00 − 0 % − 5 %

    # a free line: description first, then its price (German input)
    assert editor.table.isColumnHidden(Col.CATEGORY)
    assert editor.add_free_line()
    assert not editor.table.isColumnHidden(Col.CATEGORY)  # free lines choose their category
    description = cell_editor(editor)  # the new line's description is open for typing
    assert description is not None
    description.selectAll()
    QTest.keyClicks(description, "Vor-Ort-Workshop (1 Tag)")
    press_enter(qtbot, editor, description)
    type_cell(qtbot, editor, 3, Col.UNIT_PRICE, "1.234,56")
    assert cells(editor, 3)[Col.ARTICLE] == "frei"
    assert cells(editor, 3)[Col.CATEGORY] == "Sonstiges"
    assert cells(editor, 3)[Col.NET] == "1.234,56 €"

    # net 1.125,00 + 300,00 + 551,00 + 1.234,56 = 3.210,56; VAT 19 % = 610,0064 → 610,01
    assert totals(editor) == ("3.210,56 €", "610,01 €", "3.820,57 €")
    assert plain(editor.totals.vat_label.text()) == "USt 19 %"
    assert editor.is_dirty() and view.has_unsaved_changes()

    QTest.keyClick(quotes_window, Qt.Key.Key_S, CTRL)
    assert editor.loaded is not None
    number = editor.loaded.number
    assert number == "A-2026-0008"
    assert editor.title.text() == "Angebot A-2026-0008 · Revision 1"
    assert editor.badge.text() == "Entwurf"
    assert not editor.is_dirty()
    assert totals(editor) == ("3.210,56 €", "610,01 €", "3.820,57 €")
    with context.workspace.database.read() as session:
        quote = quotes.find_by_number(session, number)
        revision = quote.current
        assert quote.partner_id == partner.id
        assert (revision.net, revision.vat, revision.gross) == (
            Decimal("3210.56"),
            Decimal("610.01"),
            Decimal("3820.57"),
        )
        assert [(line.description, line.quantity, line.net) for line in revision.lines] == [
            ("NoSpamProxy Server Protection, Neulizenz je User", Decimal(50), Decimal("1125.00")),
            ("Softwarewartung Protection, je User und Jahr", Decimal(50), Decimal("300.00")),
            ("Installation und Einrichtung NoSpamProxy Server", Decimal(4), Decimal("551.00")),
            ("Vor-Ort-Workshop (1 Tag)", Decimal(1), Decimal("1234.56")),
        ]
    assert view.list_page.select(editor.loaded.quote_id)  # the list knows it already

    editor.send_button.click()
    assert editor.badge.text() == "Versendet"
    assert editor.read_only and editor.frozen_banner.isVisible()

    QTest.keyClick(quotes_window, Qt.Key.Key_P, CTRL)
    preview = view.preview
    assert preview is not None and preview.isVisible()
    assert preview.page_count() >= 1
    monkeypatch.setattr(preview, "ask_save_path", lambda: str(tmp_path / "angebot"))
    saved = preview.save_as()
    assert saved == tmp_path / "angebot.pdf"
    # the PDF's text with its line breaks (table cells wrap) read as spaces
    text = " ".join(plain(" ".join(p.extract_text() for p in PdfReader(saved).pages)).split())
    for expected in (
        "Angebotsnummer A-2026-0008",
        "Elbtal EDV KG Herr Paul Richter",
        "Kundennummer K-10004",
        "1 50 User NoSpamProxy Server Protection, Neulizenz je User",
        "30,00 € 25 % 1.125,00 €",
        "2 50 User Softwarewartung Protection, je User und Jahr",
        "7,50 € 20 % 300,00 €",
        "3 4 Stunde Installation und Einrichtung NoSpamProxy Server",
        "145,00 € 5 % 551,00 €",
        "4 1 Stück Vor-Ort-Workshop (1 Tag) Sonstiges 1.234,56 € – 1.234,56 €",
        "Gesamt im ersten Jahr 3.210,56 € 610,01 € 3.820,57 €",
        "Dieses Angebot ist gültig bis zum 25.12.2026.",
    ):
        assert expected in text, expected
    preview.close()
    qtbot.waitUntil(lambda: view.preview is None)


# --- refusals ---------------------------------------------------------------------------------------


def test_cloud_only_partner_cannot_add_server_articles(
    qtbot: QtBot, quotes_view: QuotesView
) -> None:
    quotes_view.new_item()
    editor = quotes_view.editor
    pick_partner(editor, "Spreewald")
    conditions = plain(editor.conditions.text())
    assert conditions.startswith("Business Cloud Partner · Cloud-only · ")
    assert "Cloud Services 15 %" in conditions and "Neulizenzen" not in conditions

    search(qtbot, editor, "protection")  # only the Cloud article is offered
    assert editor.article_search.matches.rowCount() == 1
    assert plain(editor.search_hint.text()) == (
        "2 Artikel passen, werden aber nicht angeboten: "
        "Business Cloud Partner vertreiben ausschließlich NoSpamProxy Cloud"
    )
    search(qtbot, editor, "NSP-SRV")
    assert editor.article_search.matches.rowCount() == 0
    assert editor.search_hint.isVisible()
    assert editor.search_hint.text().startswith("8 Artikel passen, werden aber nicht angeboten")

    # Enter on the exact number of a Server article: refused, and the editor says why
    search(qtbot, editor, "NSP-SRV-PROT")
    # (the German singular "1 Artikel passt, …" comes from the catalog: test_translations.py)
    assert editor.search_hint.text().startswith("1 Artikel ")
    assert "nicht angeboten: Business Cloud Partner" in editor.search_hint.text()
    QTest.keyClick(editor.article_search, Qt.Key.Key_Return)
    assert editor.lines_model.rowCount() == 0
    assert editor.error_banner.isVisible()
    assert editor.error_banner.text() == (
        "Position 1 „NoSpamProxy Server Protection, Neulizenz je User“ (NoSpamProxy Server – "
        "Neulizenzen) kann nicht angeboten werden: Business Cloud Partner vertreiben "
        "ausschließlich NoSpamProxy Cloud"
    )

    # a free line cannot be turned into a Server licence either
    assert editor.add_free_line()
    index = editor.lines_model.index(0, Col.CATEGORY)
    assert not editor.lines_model.setData(index, "server-license")
    assert editor.lines_model.lines()[0].category == "other"
    assert "kann nicht angeboten werden" in editor.error_banner.text()
    add_by_search(qtbot, editor, "NSP-CLD-PROT")
    assert not editor.error_banner.isVisible()


def test_switching_to_a_cloud_partner_blocks_the_server_lines(
    qtbot: QtBot, quotes_view: QuotesView, monkeypatch: pytest.MonkeyPatch
) -> None:
    quotes_view.new_item()
    editor = quotes_view.editor
    pick_partner(editor, "Elbtal EDV")
    add_by_search(qtbot, editor, "NSP-SRV-PROT")
    assert totals(editor)[0] == "22,50 €"
    pick_partner(editor, "Spreewald")
    assert "kann nicht angeboten werden" in editor.error_banner.text()
    assert totals(editor) == ("–", "–", "–")
    assert cells(editor, 0)[Col.NET] == "–"

    warnings: list[tuple[str, str]] = []
    monkeypatch.setattr(
        QMessageBox, "warning", lambda _parent, title, text: warnings.append((title, text))
    )
    assert not editor.save()  # refused beside the line, in words, no dialog; the input stays
    assert warnings == []
    banner = editor.error_banner.text()
    assert "Business Cloud Partner vertreiben ausschließlich NoSpamProxy Cloud" in banner
    assert not banner.startswith("lines[")
    assert editor.table.currentIndex().row() == 0  # the line it concerns
    assert editor.loaded is None and editor.is_dirty()
    assert editor.lines_model.rowCount() == 1


def set_team_cap(context: AppContext, cap: Decimal | None) -> None:
    """The team's cap on extra discounts, as the settings view stores it (in the database)."""
    from nspdesk.store.models import SenderRow

    with context.workspace.database.write() as session:
        row = session.get(SenderRow, 1)
        if row is None:
            row = SenderRow(id=1, company="Team")
            session.add(row)
        row.max_extra_discount = cap


def test_extra_discount_is_capped_by_the_settings(
    qtbot: QtBot, quotes_view: QuotesView, context: AppContext
) -> None:
    set_team_cap(context, Decimal(5))
    quotes_view.new_item()
    editor = quotes_view.editor
    pick_partner(editor, "Elbtal EDV")
    add_by_search(qtbot, editor, "installation")
    type_cell(qtbot, editor, 0, Col.EXTRA_DISCOUNT, "7,5")
    assert plain(editor.error_banner.text()) == (
        "7,5 % übersteigt den zulässigen Zusatzrabatt von 5 % (Position 1). "
        "Den Höchstwert legen Sie unter Einstellungen › Angebote fest."
    )
    assert editor.lines_model.lines()[0].extra_discount == 0  # the old value, nothing half-typed
    assert cells(editor, 0)[Col.EXTRA_DISCOUNT] == "–"
    type_cell(qtbot, editor, 0, Col.EXTRA_DISCOUNT, "5")
    assert not editor.error_banner.isVisible()
    assert cells(editor, 0)[Col.NET] == "137,75 €"  # 145,00 − 5 %

    set_team_cap(context, Decimal(50))  # the program's 10 % still rules
    editor.refresh_terms()  # as when the view is shown again after the settings
    type_cell(qtbot, editor, 0, Col.EXTRA_DISCOUNT, "12")
    assert plain(editor.error_banner.text()).endswith(
        "von 10 % (Position 1). Das ist der Höchstwert des Partnerprogramms 2024."
    )
    assert editor.lines_model.lines()[0].extra_discount == 5


def test_typing_errors_are_named_and_the_cell_keeps_its_value(
    qtbot: QtBot, quotes_view: QuotesView
) -> None:
    quotes_view.new_item()
    editor = quotes_view.editor
    pick_partner(editor, "Elbtal EDV")
    add_by_search(qtbot, editor, "NSP-SRV-PROT")
    type_cell(qtbot, editor, 0, Col.QUANTITY, "zehn")
    assert editor.error_banner.text() == (
        "Position 1, Menge: „zehn“ ist keine Zahl (Beispiel: 1.234,56)"
    )
    assert editor.lines_model.lines()[0].quantity == 1
    type_cell(qtbot, editor, 0, Col.QUANTITY, "0")
    assert "muss größer als 0 sein" in editor.error_banner.text()
    type_cell(qtbot, editor, 0, Col.QUANTITY, "2.5")  # pasted with a decimal point
    assert editor.lines_model.lines()[0].quantity == Decimal("2.5")
    assert not editor.error_banner.isVisible()


def test_reverse_charge_and_the_suggestion_for_eu_businesses(
    qtbot: QtBot, quotes_view: QuotesView, context: AppContext
) -> None:
    with context.workspace.database.write() as session:
        partner = session.scalars(select(Partner).where(Partner.company.like("Saar-IT%"))).one()
        partner.country = "Luxemburg"
    quotes_view.new_item()
    editor = quotes_view.editor
    pick_partner(editor, "Saar-IT")
    assert editor.vat.currentData() == "reverse-charge"
    add_by_search(qtbot, editor, "NSP-SRV-PROT")
    assert totals(editor) == ("24,00 €", "0,00 €", "24,00 €")  # Authorized: 30,00 − 20 %
    assert editor.totals.vat_label.text() == "USt (RC)"  # a narrow column header …
    assert editor.totals.vat_label.toolTip() == "Reverse Charge"  # … explained
    assert "Steuerschuldnerschaft" in editor.totals.note.text()
    editor.vat.setCurrentIndex(editor.vat.findData("standard"))
    assert totals(editor) == ("24,00 €", "4,56 €", "28,56 €")


# --- life cycle -------------------------------------------------------------------------------------


def test_a_sent_revision_is_read_only_and_revise_makes_revision_2(
    qtbot: QtBot, quotes_view: QuotesView, context: AppContext
) -> None:
    quote_id = find_quote(quotes_view, "A-2026-0004")  # Spreewald, sent
    assert quotes_view.open_quote(quote_id)
    editor = quotes_view.editor
    assert editor.title.text() == "Angebot A-2026-0004 · Revision 1"
    assert editor.badge.text() == "Versendet"
    assert editor.read_only
    assert "versendet und ist eingefroren" in editor.frozen_banner.text()
    assert not editor.save_button.isVisible() and not editor.send_button.isVisible()
    assert editor.accept_button.isVisible() and editor.revise_button.isVisible()
    assert not editor.article_search.isEnabled() and not editor.free_button.isEnabled()
    assert editor.subject.isReadOnly() and editor.intro.isReadOnly()
    index = editor.lines_model.index(0, Col.QUANTITY)
    assert not editor.lines_model.flags(index) & Qt.ItemFlag.ItemIsEditable
    assert not editor.lines_model.setData(index, "999")
    assert not editor.add_free_line() and editor.lines_model.rowCount() == 2
    assert not editor.save()
    before = totals(editor)
    assert before == ("380,80 €", "72,35 €", "453,15 €")

    editor.revise_button.click()
    assert editor.loaded is not None and editor.loaded.revision == 2
    assert editor.title.text() == "Angebot A-2026-0004 · Revision 2"
    assert editor.badge.text() == "Entwurf"
    assert not editor.read_only and not editor.frozen_banner.isVisible()
    assert editor.lines_model.flags(index) & Qt.ItemFlag.ItemIsEditable
    assert totals(editor) == before
    type_cell(qtbot, editor, 0, Col.QUANTITY, "150")
    # Spreewald's MRR is below Business Cloud, but a revision keeps the conditions of the one it
    # comes from: nothing to decide until it is priced at today's (``test_quotes_program``).
    assert not editor.tier_panel.isVisible()
    assert editor.save()
    row = next(r for r in quotes_view.list_page.model.rows() if r.id == quote_id)
    assert (row.revision, row.status, row.label) == (2, "draft", "A-2026-0004/2")
    with context.workspace.database.read() as session:
        quote = session.get(Quote, quote_id)
        assert quote is not None
        assert [(r.number, r.status) for r in quote.revisions] == [(1, "sent"), (2, "draft")]
        assert quote.revisions[0].lines[0].quantity == 120  # the sent revision is untouched
        assert quote.revisions[1].lines[0].quantity == 150
        assert quote.revisions[1].tier == quote.revisions[0].tier
        assert quote.revisions[1].tier_choice is None


def test_accept_and_reject(quotes_view: QuotesView) -> None:
    editor = quotes_view.editor
    assert quotes_view.open_quote(find_quote(quotes_view, "A-2026-0004"))
    editor.accept_button.click()
    assert editor.badge.text() == "Angenommen"
    assert "angenommen – gesperrt; für Änderungen ein neues Angebot" in (
        editor.frozen_banner.text()
    )
    assert not editor.revise_button.isVisible() and not editor.accept_button.isVisible()
    assert quotes_view.open_quote(find_quote(quotes_view, "A-2026-0003"))  # Alpenblick, a draft
    assert editor.mark_sent()
    editor.reject_button.click()
    assert editor.badge.text() == "Abgelehnt"
    assert editor.revise_button.isVisible()
    statuses = {r.number: r.status for r in quotes_view.list_page.model.rows()}
    assert (statuses["A-2026-0004"], statuses["A-2026-0003"]) == ("accepted", "rejected")


def test_an_expired_quote_is_shown_as_such(quotes_view: QuotesView) -> None:
    assert quotes_view.open_quote(find_quote(quotes_view, "A-2026-0006"))
    editor = quotes_view.editor
    assert editor.badge.text() == "Abgelaufen"
    assert "ist abgelaufen (gültig bis 10.11.2026)" in editor.frozen_banner.text()
    assert editor.read_only and editor.revise_button.isVisible()


# --- nothing typed is lost --------------------------------------------------------------------------


def test_leaving_with_unsaved_changes_asks(
    qtbot: QtBot, quotes_view: QuotesView, monkeypatch: pytest.MonkeyPatch
) -> None:
    answers: list[str] = []
    monkeypatch.setattr(QuoteEditor, "ask_unsaved", lambda _self: answers.pop(0))
    editor = quotes_view.editor
    count = quotes_view.list_page.model.rowCount()
    quotes_view.new_item()
    pick_partner(editor, "Elbtal EDV")
    add_by_search(qtbot, editor, "NSP-SRV-PROT")
    assert editor.is_dirty()

    answers.append("cancel")
    assert not quotes_view.show_list()
    assert quotes_view.editing() and editor.lines_model.rowCount() == 1
    answers.append("cancel")
    assert not quotes_view.open_quote(find_quote(quotes_view, "A-2026-0003"))
    assert editor.loaded is None and editor.lines_model.rowCount() == 1
    answers.append("cancel")
    assert quotes_view.new_item()  # handled: stays with the typed quote
    assert editor.lines_model.rowCount() == 1

    answers.append("discard")
    assert quotes_view.show_list()
    assert not quotes_view.editing() and not editor.is_dirty()
    assert quotes_view.list_page.model.rowCount() == count

    quotes_view.new_item()
    pick_partner(editor, "Elbtal EDV")
    keep_tier(editor)
    add_by_search(qtbot, editor, "NSP-SRV-PROT")
    answers.append("save")
    assert quotes_view.show_list()
    assert quotes_view.list_page.model.rowCount() == count + 1
    assert not answers

    # a draft that is saved and then changed asks again; a quote not changed does not
    assert quotes_view.open_quote(find_quote(quotes_view, "A-2026-0003"))
    assert quotes_view.show_list()
    assert quotes_view.open_quote(find_quote(quotes_view, "A-2026-0003"))
    editor.subject.setFocus()
    QTest.keyClicks(editor.subject, " (80 User)")  # keyClicks: ASCII only
    answers.append("cancel")
    assert not quotes_view.show_list()


def test_a_failed_save_keeps_the_input_and_says_why(
    qtbot: QtBot, quotes_view: QuotesView, monkeypatch: pytest.MonkeyPatch
) -> None:
    editor = quotes_view.editor
    quotes_view.new_item()
    warnings: list[tuple[str, str]] = []
    monkeypatch.setattr(
        QMessageBox, "warning", lambda _parent, title, text: warnings.append((title, text))
    )
    assert not editor.save()  # no partner yet: said beside the picker, in words, no dialog
    assert warnings == []
    assert editor.error_banner.isVisible()
    assert editor.error_banner.text() == "Partner: Bitte einen Partner wählen."
    assert editor.focusWidget() is editor.partner_picker
    assert "b91c1c" in editor.partner_picker.styleSheet()  # marked

    pick_partner(editor, "Elbtal EDV")
    assert not editor.error_banner.isVisible()  # the next change takes the refusal away
    assert editor.partner_picker.styleSheet() == ""
    keep_tier(editor)
    add_by_search(qtbot, editor, "NSP-SRV-PROT")
    editor.subject.setText("Angebot Protection für 50 User")

    def full_disk(*_args: object, **_kwargs: object) -> None:
        raise StoreError("Der Datenträger ist voll: das Angebot wurde nicht gespeichert.")

    monkeypatch.setattr(quotes, "create_quote", full_disk)
    assert not editor.save()
    assert warnings[-1] == (
        "Angebot speichern",
        "Der Datenträger ist voll: das Angebot wurde nicht gespeichert.",
    )
    assert editor.loaded is None and editor.is_dirty()
    assert editor.subject.text() == "Angebot Protection für 50 User"
    assert [line.article_number for line in editor.lines_model.lines()] == ["NSP-SRV-PROT"]
    monkeypatch.undo()
    assert editor.save()
    assert editor.loaded is not None and editor.subject.text() == "Angebot Protection für 50 User"


def test_closing_the_window_with_an_unsaved_quote_asks(
    quotes_window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Issue 17: Speichern / Verwerfen / Abbrechen, not only "Trotzdem beenden? Ja/Nein"."""
    view = quotes_window.views["quotes"]
    assert isinstance(view, QuotesView)
    quotes_window.new_quote()
    pick_partner(view.editor, "Elbtal EDV")
    asked: list[list[str]] = []
    answers: list[str] = []

    def ask(_window: MainWindow, views: list[str]) -> str:
        asked.append(views)
        return answers.pop(0)

    monkeypatch.setattr(MainWindow, "ask_unsaved", ask)
    answers.append("cancel")
    quotes_window.close()
    assert quotes_window.isVisible()
    assert asked == [["Angebote"]]

    answers.append("save")  # no lines, a tier to decide: the save is refused, the window stays
    quotes_window.close()
    assert quotes_window.isVisible() and view.editor.is_dirty()
    assert view.editor.error_banner.isVisible()  # says what stops the save
    keep_tier(view.editor)
    answers.append("save")
    quotes_window.close()
    assert not quotes_window.isVisible()
    assert view.editor.loaded is not None and not view.editor.is_dirty()  # saved
    QApplication.processEvents()


@pytest.mark.real_questions
def test_closing_with_changes_can_discard_them_and_the_dialog_names_its_buttons(
    quotes_window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    view = quotes_window.views["quotes"]
    assert isinstance(view, QuotesView)
    quotes_window.new_quote()
    pick_partner(view.editor, "Elbtal EDV")
    seen: list[list[str]] = []

    def exec_(box: QMessageBox) -> int:
        seen.append([button.text() for button in box.buttons()])
        return QMessageBox.StandardButton.Discard.value

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    quotes_window.close()
    assert seen and sorted(seen[0]) == ["Abbrechen", "Speichern", "Verwerfen"]
    assert not quotes_window.isVisible()
    assert view.editor.loaded is None  # discarded: nothing saved
    view.editor._dirty = False
    QApplication.processEvents()


def test_a_colleagues_save_is_named_shown_and_never_overwritten(
    qtbot: QtBot, quotes_view: QuotesView, context: AppContext
) -> None:
    """Two people on one draft: the second save is refused, names who changed it, shows what
    changed, and "Neu laden" brings the colleague's version; nothing of theirs is lost."""
    from dataclasses import replace

    from nspdesk.services import quotes as quote_services

    quote_id = find_quote(quotes_view, "A-2026-0003")
    assert quotes_view.open_quote(quote_id)
    editor = quotes_view.editor
    stored = quote_services.detail(context.workspace, quote_id)
    quote_services.save_draft(  # the colleague, on another laptop of the team
        context.workspace,
        quote_id,
        replace(stored.data, subject="Vom Kollegen"),
        expected_version=stored.state.version,
        actor="anna",
    )
    editor.subject.setText("Meine Fassung")
    editor.subject.textEdited.emit("Meine Fassung")
    assert not editor.save()
    assert "von anna geändert" in plain(editor.error_banner.text())
    dialog = editor.stale_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.windowTitle() == "Von anna geändert"
    assert "Betreff: „Meine Fassung“ → „Vom Kollegen“" in dialog.intro.text()
    assert editor.subject.text() == "Meine Fassung" and editor.is_dirty()  # nothing typed is lost
    assert quote_services.detail(context.workspace, quote_id).data.subject == "Vom Kollegen"
    reload = next(b for b in dialog.buttons.buttons() if b.text() == "Neu laden")
    reload.click()
    assert editor.subject.text() == "Vom Kollegen" and not editor.is_dirty()
    assert editor.loaded is not None and editor.loaded.version == stored.state.version + 1
    editor.subject.setText("Gemeinsame Fassung")
    editor.subject.textEdited.emit("Gemeinsame Fassung")
    assert editor.save()  # from the current version it saves
