"""Catalog view: today's prices, search, a new price version, validation, import and export."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QDate
from pytestqt.qtbot import QtBot

from nspdesk.services import catalog
from nspdesk.store.transfer.problems import Problem
from nspdesk.ui.context import AppContext
from nspdesk.ui.views.catalog import CatalogView
from nspdesk.ui.views.catalog.amounts import parse_amount
from nspdesk.ui.views.catalog.problems_dialog import ProblemsDialog

pytestmark = pytest.mark.gui


@pytest.fixture
def view(qtbot: QtBot, context: AppContext) -> CatalogView:
    widget = CatalogView(context)
    qtbot.addWidget(widget)
    return widget


def test_list_search_and_example_prices(view: CatalogView) -> None:
    total = view.model.rowCount()
    assert total > 5
    view.search.setText("eigenbedarf 25")
    assert view.model.rowCount() == 1
    assert view.model.row(0).article_number == "NSP-EB-25"
    view.search.setText("")
    assert view.model.rowCount() == total
    notes = {view.model.data(view.model.index(r, 6)) for r in range(view.model.rowCount())}
    assert notes == {"Beispielpreis", ""}


def test_new_price_version(view: CatalogView, context: AppContext) -> None:
    assert view.select_article("NSP-EB-25")
    assert view.history_model.rowCount() == 1
    view.new_price()
    assert not view.editor.isHidden()
    assert view.editor.number.isReadOnly()
    later = date.today() + timedelta(days=30)
    view.editor.valid_from.setDate(QDate(later.year, later.month, later.day))
    view.editor.price.setText("1.234,56")
    view.editor.modified = True
    assert view.has_unsaved_changes()
    assert view.save()
    assert view.editor.isHidden()
    assert view.history_model.rowCount() == 2
    assert view.history_model.data(view.history_model.index(0, 1)) == "1.234,56\xa0€"
    assert view.history_model.data(view.history_model.index(0, 4)) == "künftig"
    versions = [
        (v.valid_from, v.list_price) for v in catalog.price_history(context.workspace, "NSP-EB-25")
    ]
    assert versions[-1] == (later, Decimal("1234.56"))

    # the same date again is refused in the form, before the store is asked
    view.new_price()
    view.editor.valid_from.setDate(QDate(later.year, later.month, later.day))
    view.editor.price.setText("99")
    view.save()
    assert "gibt es schon einen Preis" in view.editor.error.text()
    view.close_editor()


def test_new_article_validation_and_delete(
    view: CatalogView, context: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    view.new_article()
    view.editor.number.setText("NSP-EB-25")
    view.editor.name.setText("Doppelt")
    view.editor.price.setText("10")
    view.save()
    assert "gibt es schon" in view.editor.error.text()
    view.editor.number.setText("TEST-1")
    view.editor.price.setText("zehn")
    view.save()
    assert "„zehn“ ist keine Zahl (Beispiel: 1.234,56)" in view.editor.error.text()
    view.editor.price.setText("1.500")
    view.editor.category.setCurrentIndex(view.editor.category.findData("other"))
    view.save()
    made = view.selected_article()
    assert made is not None and made.list_price == Decimal(1500)
    assert view.model.data(view.model.index(0, 2)) is not None

    monkeypatch.setattr(view, "_confirm", lambda title, text: "einzige Preis" in text)
    view.delete_version()
    assert catalog.price_history(context.workspace, "TEST-1") == []


def test_the_new_article_form_shows_no_other_articles_price_history(view: CatalogView) -> None:
    """Issue 17: the form for a new article showed the previous article's prices, with its
    buttons active (editing or deleting the other article's price from the new one's form)."""
    assert view.select_article("NSP-EB-25")
    assert view.history_model.rowCount() == 1 and view.edit_button.isEnabled()
    view.new_article()
    assert view.history_model.rowCount() == 0
    assert "neuer Artikel" in view.history_label.text()
    for button in (view.edit_button, view.delete_button, view.price_button):
        assert not button.isEnabled()
    view.close_editor()  # cancelled: the selected article's history again
    assert view.history_model.rowCount() == 1 and view.edit_button.isEnabled()
    assert "NSP-EB-25" in view.history_label.text()


def test_import_rejected_lists_the_problems(
    qtbot: QtBot, view: CatalogView, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    bad = tmp_path / "katalog.csv"
    bad.write_text(
        "Artikelnummer;Bezeichnung;Kategorie;Einheit;Listenpreis;Gültig ab\n"
        "X-1;Gut;other;Stück;10,00;01.01.2026\n"
        "X-2;Schlecht;other;Stück;zehn;01.01.2026\n",
        encoding="utf-8",
    )
    shown: list[list[Problem]] = []
    monkeypatch.setattr(view, "_ask_open_path", lambda: bad)
    monkeypatch.setattr(view, "_show_problems", lambda name, problems: shown.append(problems))
    view.import_file()
    qtbot.waitUntil(lambda: not view.import_running(), timeout=10_000)
    assert len(shown) == 1
    assert str(shown[0][0]).startswith("Zeile 3, Listenpreis")
    view.search.setText("X-1")
    assert view.model.rowCount() == 0  # all or nothing

    good = tmp_path / "gut.csv"
    good.write_text(bad.read_text(encoding="utf-8").replace("zehn", "20,00"), encoding="utf-8")
    monkeypatch.setattr(view, "_ask_open_path", lambda: good)
    view.import_file()
    qtbot.waitUntil(lambda: not view.import_running(), timeout=10_000)
    view.search.setText("X-")
    assert view.model.rowCount() == 2


def test_export(view: CatalogView, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "export.csv"
    monkeypatch.setattr(view, "_ask_save_path", lambda: target)
    view.export_file()
    assert "NSP-EB-25" in target.read_text(encoding="utf-8-sig")


def test_problems_dialog(qtbot: QtBot) -> None:
    dialog = ProblemsDialog(
        "k.csv", [Problem(None, None, "leer"), Problem(7, "Listenpreis", "kein Preis")], None
    )
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 2
    assert dialog.lines() == ["Datei: leer", "Zeile 7, Listenpreis: kein Preis"]


@pytest.mark.parametrize(
    ("text", "amount"),
    [("1.234,56", "1234.56"), ("1234,5", "1234.5"), ("49", "49"), ("12.50 €", "12.50")],
)
def test_german_amounts(text: str, amount: str) -> None:
    assert parse_amount(text) == Decimal(amount)


@pytest.mark.parametrize("text", ["", "-5", "1,2,3", "0,12345"])
def test_bad_amounts(text: str) -> None:
    with pytest.raises(ValueError, match=r"\w"):
        parse_amount(text)


@pytest.mark.parametrize(
    ("text", "amount"),
    [("1,234.56", "1234.56"), ("1234.5", "1234.5"), ("49", "49"), ("€12.50", "12.50")],
)
def test_english_amounts(text: str, amount: str) -> None:
    assert parse_amount(text, "en") == Decimal(amount)


@pytest.mark.parametrize("text", ["1.234,56", "12,5", "1,2,3"])
def test_german_notation_is_no_english_amount(text: str) -> None:
    with pytest.raises(ValueError, match=r"1,234\.56"):  # the message shows the English notation
        parse_amount(text, "en")


def test_built_it_reads_its_first_window_once_and_a_header_click_reads_again(
    qtbot: QtBot, context: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Issue 20: the table's sorting switched on and its first order set each read the first
    window on the GUI thread before the view's own read (three reads at the first opening);
    built, it reads once, and a click on a header still orders the list anew."""
    from PySide6.QtCore import Qt

    reads: list[str] = []
    page = catalog.catalog_page

    def counted(workspace: object, today: date, query: catalog.CatalogQuery, *rest: int) -> object:
        reads.append(query.sort)
        return page(workspace, today, query, *rest)  # type: ignore[arg-type]

    monkeypatch.setattr(catalog, "catalog_page", counted)
    widget = CatalogView(context)
    qtbot.addWidget(widget)
    assert reads == ["number"]
    numbers = [widget.model.row(r).article_number for r in range(widget.model.rowCount())]
    assert numbers == sorted(numbers)
    widget.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    assert reads[1:] == ["number"]
    descending = [widget.model.row(r).article_number for r in range(widget.model.rowCount())]
    assert descending == sorted(numbers, reverse=True)


def test_built_the_first_articles_history_comes_a_turn_later(
    qtbot: QtBot, context: AppContext
) -> None:
    """Issue 20: the first opening's GUI pause is shorter when the first article's price history
    is read in the next turn of the event loop; until then no version can be edited."""
    widget = CatalogView(context)
    qtbot.addWidget(widget)
    first = widget.selected_article()
    assert first is not None
    assert widget.history_model.rowCount() == 0 and not widget.edit_button.isEnabled()
    qtbot.waitUntil(lambda: widget.history_model.rowCount() > 0)
    assert first.article_number in widget.history_label.text()
    assert widget.edit_button.isEnabled()
