"""The quote side in English: the domain's and the store's sentences (tier check, quote warnings,
refusals of a line, lifecycle errors, the audit trail) and the rule file's terms (tiers, tracks,
categories) in the quote editor, the quote list and the catalog. Data stays as entered: company
and contact names, article descriptions and units, and the letter texts printed on the quote."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from nspdesk.domain.vat import VatMode
from nspdesk.store import quotes
from nspdesk.store.catalog import current_items
from nspdesk.store.quotes import Status
from nspdesk.ui import i18n
from nspdesk.ui.context import AppContext
from nspdesk.ui.views.catalog import CatalogView
from nspdesk.ui.views.catalog.editor import UNITS
from nspdesk.ui.views.quotes import QuotesView
from nspdesk.ui.views.quotes.lines_model import Col
from tests.gui.conftest import DEMO_DAY, showing_quotes_view
from tests.gui.english import german_left
from tests.gui.test_quotes_editor import pick_partner
from tests.gui.test_quotes_program import add
from tests.gui.test_translations import needs_lrelease

pytestmark = [pytest.mark.gui, needs_lrelease]
SCREENSHOTS = Path("/tmp/nspdesk-english-quotes")


@pytest.fixture
def quotes_view(qtbot: QtBot, context: AppContext, english: None) -> Iterator[QuotesView]:
    """The quotes view in English, larger than conftest's (English texts are wider)."""
    with showing_quotes_view(qtbot, context, 1400, 900) as view:
        yield view


def articles(context: AppContext) -> list[str]:
    """The catalog's article names and units: data (the hidden search column of the quote list
    holds them too)."""
    with context.workspace.database.read() as session:
        return [
            text for item in current_items(session, DEMO_DAY) for text in (item.name, item.unit)
        ]


def data_of(view: QuotesView) -> list[str]:
    """What the view shows that is the user's data: names, the letter texts, the lines'
    descriptions and units (printed on the German quote), the quote list's subjects and the
    catalog's articles (searched in a hidden column of the list)."""
    editor = view.editor
    picker = editor.partner_picker
    texts = [picker.itemText(i) for i in range(picker.count())]
    texts += [editor.contact.itemText(i) for i in range(editor.contact.count())]
    texts += [editor.subject.text(), editor.intro.toPlainText(), editor.closing.toPlainText()]
    texts += [editor.customer.toPlainText()]
    for line in editor.lines_model.lines():
        texts += [line.description, line.unit]
    rows = view.list_page.visible_rows()
    texts += [row.partner for row in rows] + [row.subject for row in rows]
    return texts + articles(view.context)


def snap(widget: QWidget, name: str) -> None:
    """A screenshot to look at (the layout settled first)."""
    QApplication.processEvents()
    SCREENSHOTS.mkdir(exist_ok=True)
    widget.grab().save(str(SCREENSHOTS / f"{name}.png"))


def test_the_tier_check_and_its_decision_in_english(
    quotes_view: QuotesView, warnings: list[tuple[str, str]]
) -> None:
    quotes_view.new_item()
    editor = quotes_view.editor
    panel = editor.tier_panel
    pick_partner(editor, "Elbtal EDV")  # Business, but the backlink is nofollow
    assert panel.isVisible()
    assert (
        panel.status.text() == "Business Partner recorded · the figures support Authorized Partner"
    )
    warning = panel.warning.text()
    assert warning.startswith("The recorded tier Business Partner is no longer covered. Missing: ")
    assert warning.endswith(". The figures support Authorized Partner.")
    assert editor.conditions.text().startswith("Business Partner · Server and Cloud · ")
    add(editor, "NSP-SRV-PROT", "10")
    snap(quotes_view, "tier-check")
    # The missing requirements are the compliance module's sentences (its own tests check them).
    check = panel.check
    assert check is not None
    missing = [i18n.show(item) for item in check.missing]
    assert german_left(quotes_view, data=data_of(quotes_view) + missing) == []

    assert not editor.save()  # no decision yet: said in the banner, in the user's words
    text = editor.error_banner.text()
    assert text.startswith(
        "Tier decision: The recorded tier Business Partner is no longer covered."
    )
    assert text.endswith("The figures support Authorized Partner. Please decide.")
    panel.keep.setChecked(True)
    assert not editor.save()  # keeping needs a reason
    assert editor.error_banner.text() == (
        "Reason for the recorded tier: a reason is needed to quote at Business Partner conditions"
    )


def test_quote_warnings_refusals_and_totals_in_english(quotes_view: QuotesView) -> None:
    quotes_view.new_item()
    editor = quotes_view.editor
    pick_partner(editor, "Müller")  # Authorized, sells Server only with an HSV
    add(editor, "NSP-SRV-PROT", "25")
    assert editor.warnings_banner.text() == (
        "⚠ Line 1 (NoSpamProxy Server – new licences) without a line “NoSpamProxy Server – "
        "software maintenance”: NoSpamProxy Server modules are always sold with a software "
        "maintenance contract (updates and patches).\n"
        "⚠ Authorized Partner without Server know-how of its own (resale only): NoSpamProxy "
        "Server only together with a vendor support contract (HSV) for the end customer. Please "
        "add an HSV line."
    )
    assert editor.maintenance_button.text() == "Add maintenance"
    editor.to_customer.setChecked(True)
    model = editor.lines_model
    assert model.setData(model.index(0, Col.EXTRA_DISCOUNT), "30")  # deeper than the tier's 20 %
    assert "⚠ Line 1 “NoSpamProxy Server Protection, Neulizenz je User” is €" in (
        editor.warnings_banner.text()
    )
    assert "below the purchase price." in editor.warnings_banner.text()
    editor.free_button.click()  # a free line shows its category: the rule file's term
    assert model.data(model.index(1, Col.CATEGORY)) == "Other"
    editor.vat.setCurrentIndex(editor.vat.findData(VatMode.REVERSE_CHARGE.value))
    assert editor.totals.note.text().startswith("Reverse charge: the recipient of the service")
    snap(quotes_view, "warnings")
    assert german_left(quotes_view, data=data_of(quotes_view)) == []


def test_a_cloud_partner_is_told_why_server_articles_are_not_offered(
    quotes_view: QuotesView,
) -> None:
    quotes_view.new_item()
    editor = quotes_view.editor
    pick_partner(editor, "Hanse Cloud")  # Premium Cloud: sells only NoSpamProxy Cloud
    assert editor.conditions.text().startswith("Premium Cloud Partner · Cloud only · ")
    result = editor._search_catalog("NSP-SRV")
    assert result.hidden and not result.offered
    assert result.reason == "Premium Cloud Partners sell only NoSpamProxy Cloud"
    model = editor.lines_model
    editor.free_button.click()
    assert not model.setData(model.index(0, Col.CATEGORY), "server-license")
    assert editor.error_banner.text() == (
        "Line 1 “Freie Position” (NoSpamProxy Server – new licences) cannot be quoted: "
        "Premium Cloud Partners sell only NoSpamProxy Cloud"
    )
    assert german_left(quotes_view, data=data_of(quotes_view)) == []


def test_the_lifecycle_and_the_audit_trail_in_english(
    quotes_view: QuotesView, context: AppContext, warnings: list[tuple[str, str]]
) -> None:
    quotes_view.new_item()
    editor = quotes_view.editor
    pick_partner(editor, "Alpenblick")
    add(editor, "NSP-SRV-PROT", "10")
    assert editor.save() and editor.loaded is not None
    quote_id, number = editor.loaded.quote_id, editor.loaded.number
    assert editor.mark_sent()
    assert editor.new_revision()
    assert editor.loaded.revision == 2
    events = editor.history.rows()
    assert [row[2] for row in events] == ["created", "sent", "new revision"]
    assert events[0][4] == "Business Partner, 1 line, net €225.00"
    assert events[2][4] == "Business Partner, 1 line, net €225.00"

    editor.tabs.setCurrentIndex(1)
    snap(quotes_view, "history")
    assert german_left(quotes_view, data=data_of(quotes_view)) == []

    # The store's refusals: the new revision is a draft, it cannot be accepted yet.
    assert not editor.mark_accepted()
    assert warnings[-1] == ("Accepted", f"Quote {number} (Draft) cannot be accepted.")
    with context.workspace.database.read() as session:
        assert quotes.get_quote(session, quote_id).current.status == Status.DRAFT


def test_expired_and_locked_quotes_are_refused_in_english(
    quotes_view: QuotesView, context: AppContext, warnings: list[tuple[str, str]]
) -> None:
    page = quotes_view.list_page
    accepted = next(r for r in page.visible_rows() if r.status == Status.ACCEPTED)
    assert quotes_view.open_quote(accepted.id)
    editor = quotes_view.editor
    assert not editor.mark_accepted()
    assert warnings[-1][1] == f"Quote {accepted.number} (Accepted) cannot be accepted."
    assert not editor.new_revision()
    assert warnings[-1][1] == f"Quote {accepted.number} is accepted; it is not revised any more."
    assert german_left(quotes_view, data=data_of(quotes_view)) == []

    quotes_view.new_item()
    pick_partner(editor, "Alpenblick")
    add(editor, "NSP-SRV-PROT")
    editor.quote_date.setDate(QDate(2026, 10, 1))
    editor.valid_until.setDate(QDate(2026, 10, 31))
    assert not editor.mark_sent()  # saved first, then refused: expired
    assert editor.loaded is not None
    assert editor.error_banner.text() == (  # beside the form, the field in words, no dialog
        f"Valid until: Quote {editor.loaded.number}: the validity ended on 31 Oct 2026; set a "
        "new “Valid until” date before sending"
    )


def test_the_quote_list_in_english(quotes_view: QuotesView) -> None:
    page = quotes_view.list_page
    assert page.isVisible()
    snap(quotes_view, "list")
    assert german_left(quotes_view, data=data_of(quotes_view)) == []


def test_the_catalog_in_english(qtbot: QtBot, context: AppContext, english: None) -> None:
    catalog = CatalogView(context)
    qtbot.addWidget(catalog)
    catalog.resize(1400, 800)
    with qtbot.waitExposed(catalog):
        catalog.show()
    catalog.activated()
    model = catalog.table.model()
    categories = {model.data(model.index(row, 2)) for row in range(model.rowCount())}
    assert "NoSpamProxy Server – new licences" in categories
    assert "Own-use licence" in categories
    catalog.new_article()
    combo = catalog.editor.category
    assert [combo.itemText(i) for i in range(combo.count())][:2] == [
        "NoSpamProxy Server – new licences",
        "NoSpamProxy Server – software maintenance",
    ]
    snap(catalog, "catalog")
    # The unit presets of the article form are data too: printed on the German quote.
    assert german_left(catalog, data=[*articles(context), *UNITS]) == []
    catalog.close_editor()
