"""Settings view: the sender persists, an invalid IBAN saves nothing, options, backups, restore."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from nspdesk.domain.letterhead import Sender, demo_sender
from nspdesk.services import letterhead
from nspdesk.services.errors import InputError
from nspdesk.services.maintenance import backups_of as list_backups
from nspdesk.services.workspace import Workspace
from nspdesk.ui import settings as options
from nspdesk.ui.context import AppContext
from nspdesk.ui.views.settings_view import SettingsView

pytestmark = pytest.mark.gui
VALID_IBAN = "DE89370400440532013000"


@pytest.fixture
def view(qtbot: QtBot, context: AppContext) -> SettingsView:
    widget = SettingsView(context)
    qtbot.addWidget(widget)
    qtbot.waitUntil(lambda: not widget.loading())  # what is stored shown a turn later
    return widget


def stored_sender(context: AppContext) -> Sender:
    return letterhead.load_letterhead(context.workspace)


def fill(view: SettingsView, **values: str) -> None:
    for name, value in values.items():
        view.sender_form.edits[name].setText(value)
    view.sender_form.changed.emit()


def test_saving_the_sender_persists(view: SettingsView, context: AppContext) -> None:
    assert view.sender_form.edits["company"].text() == demo_sender().company
    fill(
        view,
        company="Rheinblick IT GmbH",
        legal_form="GmbH",
        street="Am Hafen 3",
        postal_code="50667",
        city="Köln",
        register_court="Amtsgericht Köln",
        register_number="HRB 4711",
        vat_id="DE123456789",
        bank_name="Sparkasse KölnBonn",
        iban=VALID_IBAN.lower(),
        bic="COLSDE33XXX",
        seat="Köln",
    )
    view.sender_form.directors.setPlainText("Anna Schmidt\n\nBernd Meier\n")
    assert view.has_unsaved_changes()
    assert view.save()
    assert not view.has_unsaved_changes()
    assert view.message.text().startswith("Gespeichert")
    sender = stored_sender(context)
    assert sender.company == "Rheinblick IT GmbH"
    assert sender.iban == "DE89 3704 0044 0532 0130 00"
    assert sender.managing_directors == ("Anna Schmidt", "Bernd Meier")
    assert (sender.register_court, sender.register_number, sender.seat) == (
        "Amtsgericht Köln",
        "HRB 4711",
        "Köln",
    )
    again = SettingsView(context)  # a fresh view shows what is stored
    again.load()  # (a turn after it is built)
    assert again.sender_form.edits["bic"].text() == "COLSDE33XXX"
    assert again.sender_form.directors.toPlainText() == "Anna Schmidt\nBernd Meier"
    again.deleteLater()


def test_invalid_iban_saves_nothing(view: SettingsView, context: AppContext) -> None:
    before = stored_sender(context)
    fill(view, company="Geändert GmbH", iban="DE89 3704 0044 0532 0130 01")
    view.validity_days.setValue(60)
    view.save()
    assert view.message.isVisibleTo(view)
    assert "IBAN" in view.message.text() and "Prüfziffern" in view.message.text()
    assert "border" in view.sender_form.edits["iban"].styleSheet()
    assert stored_sender(context) == before
    assert context.settings.get_int(options.VALIDITY_DAYS) == 30  # nothing at all saved


def test_company_required_and_directors_without_commas(view: SettingsView) -> None:
    fill(view, company="  ", iban=VALID_IBAN)
    view.sender_form.directors.setPlainText("Schmidt, Anna")
    view.save()
    assert "Firmenname fehlt" in view.message.text()
    assert "ohne Komma" in view.message.text()


def test_options_are_saved(view: SettingsView, context: AppContext) -> None:
    fill(view, iban=VALID_IBAN)  # the demo sender's placeholder IBAN would be refused
    view.validity_days.setValue(45)
    view.max_discount.setValue(7.5)
    view.max_discount.setValue(99)  # the spin box stops at the program's cap
    assert view.max_extra_discount() == context.program().max_extra_discount
    view.max_discount.setValue(7.5)
    view.contact_person.setText("Erika Vertrieb")
    view.language.setCurrentIndex(view.language.findData("en"))
    view.save()
    assert "Neustart" in view.message.text()
    settings = context.settings
    assert settings.get_int(options.VALIDITY_DAYS) == 45
    assert letterhead.max_extra_discount(context.workspace) == Decimal("7.5")  # the team's
    assert settings.get_text(options.CONTACT_PERSON) == "Erika Vertrieb"
    assert settings.get_text(options.LANGUAGE) == "en"


def test_backup_now_restore_and_check(
    view: SettingsView, context: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    database = context.workspace.place.path
    assert database is not None
    assert str(database) in view.backups.location_label.text()
    count = len(list_backups(database))
    made = view.backups.backup_now()
    assert made is not None and made.is_file()
    assert len(list_backups(database)) == count + 1
    assert view.backups.list.count() == count + 1
    assert "manuell" in view.backups.list.item(0).text()

    letterhead.save_letterhead(
        context.workspace, replace(demo_sender(), company="Nach der Sicherung GmbH")
    )
    monkeypatch.setattr(view.backups, "_confirm", lambda title, text: True)
    informed: list[str] = []
    monkeypatch.setattr(view.backups, "_inform", lambda title, text: informed.append(text))
    view.backups.list.setCurrentRow(0)
    view.backups.restore_selected()
    assert informed and "vorherige Stand" in informed[0]
    assert stored_sender(context).company == demo_sender().company  # the backup's state
    safety = [p for p in list_backups(database) if "vor-wiederherstellung" in p.name]
    assert len(safety) == 1  # the state before the restore is kept

    view.backups.check()
    assert "in Ordnung" in view.backups.report.toPlainText()


def test_an_empty_backup_list_says_what_to_do(view: SettingsView, context: AppContext) -> None:
    database = context.workspace.place.path
    assert database is not None
    for backup in list_backups(database):
        backup.unlink()
    view.backups.refresh()
    backups = view.backups
    assert backups.list.count() == 1  # the hint, not an empty white box
    hint = backups.list.item(0)
    assert hint.text().startswith("Noch keine Sicherung. „Jetzt sichern“ legt eine an")
    assert hint.flags() == Qt.ItemFlag.NoItemFlags  # nothing to choose or restore
    backups.list.setCurrentRow(0)
    assert backups.selected_backup() is None and not backups.restore_button.isEnabled()
    assert backups.restore_button.toolTip() == "Erst eine Sicherung in der Liste wählen."
    assert backups.backup_now() is not None
    assert backups.list.count() == 1 and "manuell" in backups.list.item(0).text()


def test_restore_refused_keeps_the_database_open(
    view: SettingsView, context: AppContext, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    database = context.workspace.place.path
    assert database is not None
    broken = database.parent / "backups" / f"{database.stem}-20260101-000000-kaputt.sqlite3"
    broken.parent.mkdir(exist_ok=True)
    broken.write_bytes(b"\0kein sqlite" * 100)
    view.backups.refresh()
    warned: list[str] = []
    monkeypatch.setattr(view.backups, "_confirm", lambda title, text: True)
    monkeypatch.setattr(view.backups, "_warn", lambda title, text: warned.append(text))
    view.backups.list.setCurrentRow(view.backups.list.count() - 1)
    view.backups.restore_selected()
    assert warned and "Nicht wiederhergestellt" in warned[0]
    assert stored_sender(context).company == demo_sender().company  # still usable


def test_the_cap_is_the_teams_in_the_database(view: SettingsView, context: AppContext) -> None:
    workspace, cap = context.workspace, context.program().max_extra_discount
    assert letterhead.max_extra_discount(workspace) is None  # the program's cap
    assert view.max_extra_discount() == cap
    letterhead.set_max_extra_discount(workspace, Decimal("4.5"))  # a colleague sets it
    view.load()
    assert view.max_extra_discount() == Decimal("4.5")
    with pytest.raises(InputError) as refused:
        letterhead.set_max_extra_discount(workspace, cap + 1)
    assert refused.value.field == "max_extra_discount"
    assert letterhead.max_extra_discount(workspace) == Decimal("4.5")  # refused: nothing changed
    fill(view, iban=VALID_IBAN)
    view.max_discount.setValue(float(cap))  # as far as the program allows
    assert view.save()
    assert letterhead.max_extra_discount(workspace) is None


def test_the_devices_cap_moves_into_the_database_once(context: AppContext) -> None:
    from nspdesk.ui.app import move_device_cap

    workspace, settings = context.workspace, context.settings
    move_device_cap(workspace, settings)  # the device never set one: nothing to move
    assert letterhead.max_extra_discount(workspace) is None
    settings.set(options.MAX_EXTRA_DISCOUNT, Decimal("6"))
    move_device_cap(workspace, settings)
    assert letterhead.max_extra_discount(workspace) == Decimal("6")
    letterhead.set_max_extra_discount(workspace, None)  # the team goes back to the program's
    move_device_cap(workspace, settings)  # a later start: never copied again
    assert letterhead.max_extra_discount(workspace) is None


def test_a_device_cap_is_not_copied_over_the_teams(context: AppContext) -> None:
    workspace = context.workspace
    letterhead.set_max_extra_discount(workspace, Decimal("3"))
    assert not letterhead.adopt_device_cap(workspace, Decimal("6"))
    assert not letterhead.adopt_device_cap(workspace, context.program().max_extra_discount)
    assert letterhead.max_extra_discount(workspace) == Decimal("3")


def test_built_and_shown_it_reads_once_and_again_when_shown_later(
    qtbot: QtBot, context: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Issue 20: the main window builds a view and activates it in one turn; the settings were
    read twice then (the sender, the team's cap and the backups' folder). Now the backups' folder
    once, the sender a turn later, once. A later activation reads again."""
    from nspdesk.services import maintenance

    reads: list[str] = []
    load, backups = letterhead.load_letterhead, maintenance.backups_of

    def sender(workspace: Workspace) -> Sender:
        reads.append("sender")
        return load(workspace)

    def backup_files(path: Path) -> list[Path]:
        reads.append("backups")
        return backups(path)

    monkeypatch.setattr(letterhead, "load_letterhead", sender)
    monkeypatch.setattr(maintenance, "backups_of", backup_files)
    widget = SettingsView(context)
    qtbot.addWidget(widget)
    widget.activated()  # as the main window does, in the same turn
    assert reads == ["backups"] and widget.loading()  # the stored sender a turn later
    qtbot.waitUntil(lambda: not widget.loading())
    assert sorted(reads) == ["backups", "sender"]
    assert widget.sender_form.to_sender() == letterhead.load_letterhead(context.workspace)
    reads.clear()
    widget.activated()  # a later turn: the CLI or a restore may have changed them
    assert sorted(reads) == ["backups", "sender"]


def test_saved_before_what_is_stored_is_shown_it_saves_what_is_stored(
    qtbot: QtBot, context: AppContext
) -> None:
    """The stored sender is shown a turn after the view is built: a save asked before (no person
    is that quick, but a menu's Ctrl+S could be queued) saves what is stored, never the empty
    form."""
    stored = stored_sender(context)
    widget = SettingsView(context)
    qtbot.addWidget(widget)
    assert widget.loading() and widget.sender_form.edits["company"].text() == ""
    assert widget.save()
    assert not widget.loading()
    assert stored_sender(context) == stored
