"""The partner side in English: the partner view (every demo partner, every tab, what-if, a refused
save), the annual review (run, decided, opened again) and the due list show no German but the data.

The sentences come from the domain and the store (requirement gaps, notes, traffic-light reasons,
review reasons, due notes, refusals) and the names from the rule file; the data (companies, cities,
contacts, technicians, the demo's notes and check details) stays as entered.
"""

from __future__ import annotations

import re
import shutil
import sys
from html import escape
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import String, Text, select

from nspdesk.domain.errors import InputError
from nspdesk.domain.review import Override
from nspdesk.store import reviews
from nspdesk.store.models import Partner
from nspdesk.store.models.base import Base
from nspdesk.ui import i18n
from nspdesk.ui.context import AppContext
from nspdesk.ui.views.due import DueView
from nspdesk.ui.views.partners import PartnersView
from nspdesk.ui.views.partners.backlink_panel import outcome_html
from nspdesk.ui.views.review import ReviewView
from nspdesk.web.backlink_texts import stored_message
from tests.gui.conftest import DEMO_DAY
from tests.gui.english import german_left

pytestmark = pytest.mark.gui

LRELEASE = Path(sys.executable).parent / "pyside6-lrelease"
needs_lrelease = pytest.mark.skipif(
    not LRELEASE.exists() and shutil.which("pyside6-lrelease") is None,
    reason="pyside6-lrelease is not installed",
)
PARTNER_TABLES = (
    "partners",
    "contacts",
    "trainings",
    "technicians",
    "backlink_checks",
    "agreements",
    "nfr_licences",
)
ENGLISH_MONEY = re.compile(r"€\d{1,3}(?:,\d{3})*\.\d{2}")


def partner_data(context: AppContext) -> list[str]:
    """Every text the user (here: the demo) entered about partners, also HTML-escaped."""
    texts: list[str] = []
    with context.workspace.database.read() as session:
        for name in PARTNER_TABLES:
            table = Base.metadata.tables[name]
            columns = [c for c in table.columns if isinstance(c.type, String | Text)]
            for row in session.execute(select(*columns)):
                texts += [value for value in row if isinstance(value, str) and value]
    return texts + [escape(text) for text in texts]  # as rich text shows them


@needs_lrelease
@pytest.mark.usefixtures("english")
def test_partner_view(qtbot: QtBot, context: AppContext, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(PartnersView, "today", staticmethod(lambda: DEMO_DAY))
    data = partner_data(context)
    view = PartnersView(context)
    qtbot.addWidget(view)
    view.year.setValue(DEMO_DAY.year - 1)  # the year the tier is confirmed on
    view.resize(1400, 900)
    assert german_left(view, data) == []
    for row in view.list.model.rows():
        assert view.select_partner(row.id)
        for tab in range(view.detail.tabs.count()):
            view.detail.tabs.setCurrentIndex(tab)
            assert german_left(view, data) == [], (row.company, view.detail.tabs.tabText(tab))

    # The partner at risk: its reasons, in English, with English money.
    rheinwerk = next(r for r in view.list.model.rows() if r.company.startswith("Rheinwerk"))
    assert view.select_partner(rheinwerk.id)
    summary = view.detail.dashboard.summary.text()
    assert "less than 10% above the threshold of" in summary
    assert ENGLISH_MONEY.search(summary)

    # What if: fewer projects, and a value the what-if refuses.
    whatif = view.detail.dashboard.whatif
    whatif.projects.setValue(0)
    assert "Missing for" in whatif.verdict.text() or "more completed project" in (
        whatif.verdict.text()
    )
    assert german_left(view, data) == []

    # A refused save says what is wrong in English.
    master = view.detail.master
    master.edits["website"].setText("ftp://example.org")
    assert not master.save()
    assert master.errors.text().endswith("is not a web address with http:// or https://")


@needs_lrelease
@pytest.mark.usefixtures("english")
def test_backlink_outcome_in_english() -> None:
    stored = "Link auf www.nospamproxy.de gefunden, aber nicht gefolgt (robots-Angabe der Seite: nofollow)"
    shown = outcome_html("nofollow", stored_message(stored))
    assert shown.endswith(
        ": Link to www.nospamproxy.de found, but not followed (the page&#x27;s robots setting: nofollow)"
    )


@needs_lrelease
@pytest.mark.usefixtures("english")
def test_review_view(qtbot: QtBot, context: AppContext, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QMessageBox, "question", lambda *_: QMessageBox.StandardButton.Yes)
    data = partner_data(context)
    view = ReviewView(context, clock=lambda: DEMO_DAY)
    qtbot.addWidget(view)
    view.resize(1400, 900)
    with qtbot.waitSignal(view.loaded, timeout=20_000):
        assert view.run_review()
    assert view.state is not None
    for row in range(view.model.rowCount()):
        view.table.selectRow(row)
        assert german_left(view, data) == []
        assert german_left(view.detail, data) == []
    # The review's table and detail speak English; the stored proposals keep their German.
    heads = [line.proposal.reasons[0] for line in view.model.rows()]
    assert any(head.startswith("Unverändert") for head in heads)
    view.table.selectRow(0)
    assert "Met for " in view.detail.toPlainText() or "Missing for " in view.detail.toPlainText()

    # A decision keeps the English sentences; so does opening the stored review again.
    elbtal = next(
        line.proposal.partner_id
        for line in view.model.rows()
        if line.proposal.company == "Elbtal EDV KG"
    )
    view._select([elbtal])
    assert view.accept_selected()
    assert german_left(view, data) == []
    again = ReviewView(context, clock=lambda: DEMO_DAY)
    qtbot.addWidget(again)
    again.load_year()
    assert again.state is not None and again.state.review_id == view.state.review_id
    assert german_left(again, data) == []
    shown = " ".join(
        str(again.model.data(again.model.index(row, 5))) for row in range(again.model.rowCount())
    )
    assert "Missing for " in shown and "Met for " in shown


@needs_lrelease
@pytest.mark.usefixtures("english")
def test_review_refusal_in_english(context: AppContext) -> None:
    with context.workspace.database.write() as session:
        review = reviews.run_review(session, context.library, DEMO_DAY.year - 1, DEMO_DAY)
        review_id = review.id
        partner_id = session.scalars(select(Partner.id)).first()
        assert partner_id is not None
    with context.workspace.database.write() as session, pytest.raises(InputError) as caught:
        reviews.decide(session, context.library, review_id, partner_id, Override("business", " "))
    assert i18n.show(caught.value.message) == "a different decision needs a reason"


@needs_lrelease
@pytest.mark.usefixtures("english")
def test_due_view(qtbot: QtBot, context: AppContext) -> None:
    data = partner_data(context)
    view = DueView(context, clock=lambda: DEMO_DAY)
    qtbot.addWidget(view)
    qtbot.waitUntil(lambda: not view.loading())  # the first window is read in a worker
    assert view.model.rowCount() > 0
    assert german_left(view, data) == []
    notes = [str(view.model.data(view.model.index(r, 5))) for r in range(view.model.rowCount())]
    budgets = [n for n in notes if n.startswith("Marketing budget")]
    assert budgets and all(ENGLISH_MONEY.search(n) for n in budgets)
    assert any(re.search(r"\d{1,2} [A-Z][a-z]{2} \d{4}", n) for n in notes)
