"""The fields the letters are written from: a contact's salutation and title in the partner form,
"Ihr Name"/"Ihre Funktion" on this device and the letterhead's default signer."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QComboBox, QTableWidgetItem
from pytestqt.qtbot import QtBot

from nspdesk.services import letterhead
from nspdesk.store.partners import get_partner, list_partners
from nspdesk.ui import settings as options
from nspdesk.ui.context import AppContext
from nspdesk.ui.views.partners import PartnersView
from nspdesk.ui.views.partners.master_form import SALUTATION_COLUMN, TITLE_COLUMN
from nspdesk.ui.views.settings_view import SettingsView
from tests.gui.conftest import DEMO_DAY

pytestmark = pytest.mark.gui


def test_a_contacts_salutation_and_title_are_edited_and_saved(
    qtbot: QtBot, context: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(PartnersView, "today", staticmethod(lambda: DEMO_DAY))
    view = PartnersView(context)
    qtbot.addWidget(view)
    with context.workspace.database.read() as session:
        saar = next(p.id for p in list_partners(session) if p.company.startswith("Saar"))
    view.select_partner(saar, "master")
    form = view.detail.master
    header = form.contacts.horizontalHeader()
    # first on screen, as the letter names the person: Anrede, Titel, Name
    assert [header.logicalIndex(i) for i in range(3)] == [SALUTATION_COLUMN, TITLE_COLUMN, 0]
    first = form.contacts.cellWidget(0, SALUTATION_COLUMN)
    assert isinstance(first, QComboBox) and first.currentData() == "Herr"  # from the demo
    form.add_contact_row()
    row = form.contacts.rowCount() - 1
    for column, value in enumerate(["Anna Hansen", "Einkauf", "anna@saar-it.example", ""]):
        item = form.contacts.item(row, column)
        assert item is not None
        item.setText(value)
    salutation = form.contacts.cellWidget(row, SALUTATION_COLUMN)
    assert isinstance(salutation, QComboBox) and salutation.currentData() == ""
    salutation.setCurrentIndex(salutation.findData("Frau"))
    assert form.dirty  # choosing a salutation is an edit
    form.contacts.setItem(row, TITLE_COLUMN, QTableWidgetItem("Dr."))
    assert view.save()
    with context.workspace.database.read() as session:
        added = get_partner(session, saar).contacts[-1]
        assert (added.salutation, added.title, added.addressed) == (
            "Frau",
            "Dr.",
            "Frau Dr. Anna Hansen",
        )
    shown = form.contacts.cellWidget(form.contacts.rowCount() - 1, SALUTATION_COLUMN)
    assert isinstance(shown, QComboBox) and shown.currentText() == "Frau"


def test_who_signs_is_set_on_the_device_and_in_the_letterhead(
    qtbot: QtBot, context: AppContext
) -> None:
    view = SettingsView(context)
    qtbot.addWidget(view)
    qtbot.waitUntil(lambda: not view.loading())
    view.sender_form.edits["iban"].setText("DE89370400440532013000")
    view.sender_form.edits["signer_name"].setText("Lea Leitung")
    view.sender_form.edits["signer_function"].setText("Vertriebsleitung")
    view.contact_person.setText("Max Vertrieb")
    view.signer_function.setText("Partner Account Manager")
    view.save()
    assert context.settings.get_text(options.CONTACT_PERSON) == "Max Vertrieb"
    assert context.settings.get_text(options.SIGNER_FUNCTION) == "Partner Account Manager"
    stored = letterhead.load_letterhead(context.workspace)
    assert (stored.signer_name, stored.signer_function) == ("Lea Leitung", "Vertriebsleitung")
