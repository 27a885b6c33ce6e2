"""The program, onboarding and settings views in English: the rule file's terms, the onboarding
steps, the support schedule and holidays, letterhead checks, store errors and the integrity report
come in English too (the domain's and the store's Texts through ``show()``)."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel, QMessageBox, QTableWidget
from pytestqt.qtbot import QtBot

from nspdesk.domain.letterhead import demo_sender
from nspdesk.domain.onboarding import StepStatus
from nspdesk.domain.support_hours import BERLIN
from nspdesk.store import onboarding as stored_onboarding
from nspdesk.store.partners import list_partners
from nspdesk.ui import operations
from nspdesk.ui.context import AppContext
from nspdesk.ui.views.onboarding import OnboardingView
from nspdesk.ui.views.program import ProgramView
from nspdesk.ui.views.settings_view import SettingsView
from tests.gui.english import german_left
from tests.gui.test_translations import needs_lrelease

pytestmark = [pytest.mark.gui, needs_lrelease]

# The brochure's title (the program's source) is a German document's name.
PROGRAM_DATA = ["Über das NoSpamProxy-Partnerprogramm"]


def partner_names(context: AppContext) -> list[str]:
    """The partners' data that stay as entered: companies, and the technicians a checklist names
    as who completed the certification."""
    with context.workspace.database.read() as session:
        partners = list_partners(session)
        technicians = [", ".join(t.name for t in p.technicians) for p in partners if p.technicians]
        return [p.company for p in partners] + technicians


def partner_id(context: AppContext, company_start: str) -> int:
    with context.workspace.database.read() as session:
        return next(p.id for p in list_partners(session) if p.company.startswith(company_start))


def cells(table: QTableWidget) -> list[str]:
    return [
        item.text()
        for r in range(table.rowCount())
        for c in range(table.columnCount())
        if (item := table.item(r, c)) is not None
    ]


def test_program_view_in_english(qtbot: QtBot, context: AppContext, english: None) -> None:
    view = ProgramView(context)
    qtbot.addWidget(view)
    qtbot.waitUntil(lambda: not view.loading())  # hours read in a worker, tabs built later
    assert german_left(view, data=PROGRAM_DATA) == []

    server = view.comparison_tables["server"]
    rows = [server.verticalHeaderItem(r).text() for r in range(server.rowCount())]
    assert "NoSpamProxy Server – new licences" in rows
    assert "Listing with logo and link in the partner portal" in cells(server)
    support = view.findChild(QTableWidget, "supportContracts")
    assert support is not None
    assert "Vendor support contract" in cells(support)
    assert "By effort, after the problem occurs" in cells(support)
    text = view.findChild(QLabel, "supportText")
    assert text is not None
    assert "Mon–Fri 09:00–17:00, except on public holidays in North Rhine-Westphalia" in (
        text.text()
    )
    benefits = view.findChild(QLabel, "commonBenefits")
    assert benefits is not None and "Monthly partner newsletter" in benefits.text()

    view.now = lambda: datetime(2026, 6, 4, 11, 0, tzinfo=BERLIN)  # Corpus Christi in NRW
    view.refresh_availability()
    assert "Corpus Christi" in view.availability_label.text()
    assert german_left(view.availability_label) == []


def test_onboarding_view_in_english(
    qtbot: QtBot, context: AppContext, english: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    view = OnboardingView(context)
    qtbot.addWidget(view)
    qtbot.waitUntil(lambda: not view.loading())  # the list is read in a worker thread
    data = partner_names(context)

    # A preview of the vendor's tier: steps that do not apply explain why, in English.
    msp = next(
        e
        for e in (view.partner_proxy.row_object(r) for r in range(view.partner_proxy.rowCount()))
        if e.track == "msp"
    )
    assert view.select_partner(msp.id)
    assert german_left(view, data=data) == []
    explanations = [
        view.step_model.data(view.step_model.index(r, 1)) for r in range(view.step_model.rowCount())
    ]
    assert any("Agreed individually with Net at Work GmbH" in e for e in explanations)

    # A stored checklist with a step ticked off.
    elbtal = partner_id(context, "Elbtal")
    assert view.select_partner(elbtal)
    view.start_checklist()
    assert view.loaded is not None
    view.select_step(4)
    view.record_selected(StepStatus.DONE)
    view.select_step(4)
    assert view.step_label.text().startswith("<b>Certification</b>: Register 1 technician")
    assert view.target.currentText() == "Business Partner"
    assert german_left(view, data=data) == []

    # A store refusal, as the operation reports it.
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: warned.append(text))
    loaded = view.loaded

    def record_without_a_date() -> None:
        with context.workspace.database.write() as session:
            stored_onboarding.record(
                session, loaded.checklist_id, loaded.checklist.steps[0].id, StepStatus.DONE
            )

    operations.run(view, "Onboarding", record_without_a_date)
    assert warned == ["Done on: a completed step needs a date"]  # the field in words


def test_settings_view_in_english(
    qtbot: QtBot, context: AppContext, english: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    view = SettingsView(context)
    qtbot.addWidget(view)
    qtbot.waitUntil(lambda: not view.loading())
    data = ["Amtsgericht Köln", *(v for v in vars(demo_sender()).values() if isinstance(v, str))]
    view.sender_form.edits["company"].setText("")
    view.sender_form.edits["iban"].setText("DE89 3704 0044 0532 0130")
    view.save()
    message = view.message.text()
    assert "The company name is missing; it appears in every letterhead." in message
    assert "An IBAN from DE has 22 characters, this one has 20." in message
    assert german_left(view, data=data) == []

    view.backups.check()
    report = view.backups.report.toPlainText()
    assert report.startswith(f"Database {context.workspace.store.location.path}: OK")
    assert "no backups" in report  # the test database has none: "no backups", not "0 backup(s)"

    missing = Path(str(context.workspace.store.location.path) + "-gibtsnicht.sqlite3")
    warned: list[str] = []
    monkeypatch.setattr(view.backups, "_warn", lambda title, text: warned.append(text))
    monkeypatch.setattr(view.backups, "selected_backup", lambda: missing)
    monkeypatch.setattr(view.backups, "_confirm", lambda title, text: True)
    monkeypatch.setattr(
        "nspdesk.ui.views.settings_view.backups_panel.describe_backup",
        lambda path, database: "1 Jan 2026 · manual",
    )
    view.backups.restore_selected()
    assert warned == [f"Not restored: The backup {missing} does not exist."]
    assert german_left(view, data=[*data, str(missing)]) == []
