"""Master data and contacts of a partner, editable; saved together in one write (Strg+S).

A refused save shows what is wrong under the form and marks the field; everything typed stays.
The form keeps the version of the partner it loaded: when a colleague saved meanwhile, the save is
refused (who, when) and the view offers to reload; after reloading the form names the fields the
colleague changed.
"""

from __future__ import annotations

import re
from datetime import date

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from nspdesk.domain.errors import InputError
from nspdesk.domain.partner_input import ContactInput, PartnerInput
from nspdesk.domain.program import Program
from nspdesk.services.partner_overview import PartnerDetail
from nspdesk.services.partners import save_master
from nspdesk.services.workspace import Workspace
from nspdesk.ui.i18n import QT_TRANSLATE_NOOP, show
from nspdesk.ui.views.partners.common import ErrorLine, button_row, date_edit, from_qdate, to_qdate
from nspdesk.ui.views.partners.host import Host

LABELS = {
    "company": QT_TRANSLATE_NOOP("MasterForm", "Firma"),
    "customer_number": QT_TRANSLATE_NOOP("MasterForm", "Kundennummer"),
    "street": QT_TRANSLATE_NOOP("MasterForm", "Straße"),
    "postal_code": QT_TRANSLATE_NOOP("MasterForm", "PLZ"),
    "city": QT_TRANSLATE_NOOP("MasterForm", "Ort"),
    "country": QT_TRANSLATE_NOOP("MasterForm", "Land"),
    "vat_id": QT_TRANSLATE_NOOP("MasterForm", "USt-IdNr."),
    "website": QT_TRANSLATE_NOOP("MasterForm", "Website"),
    "backlink_url": QT_TRANSLATE_NOOP("MasterForm", "Partnerseite (Backlink)"),
    "partner_since": QT_TRANSLATE_NOOP("MasterForm", "Partner seit"),
    "notes": QT_TRANSLATE_NOOP("MasterForm", "Notizen"),
    "track": QT_TRANSLATE_NOOP("MasterForm", "Spur"),
    "tier": QT_TRANSLATE_NOOP("MasterForm", "Stufe"),
    "msp_level": QT_TRANSLATE_NOOP("MasterForm", "Umsatzniveau (MSP)"),
    "contacts": QT_TRANSLATE_NOOP("MasterForm", "Kontakte"),
    "name": QT_TRANSLATE_NOOP("MasterForm", "Kontakt: Name"),
    "email": QT_TRANSLATE_NOOP("MasterForm", "Kontakt: E-Mail"),
    "role": QT_TRANSLATE_NOOP("MasterForm", "Kontakt: Rolle"),
    "salutation": QT_TRANSLATE_NOOP("MasterForm", "Kontakt: Anrede"),
    "title": QT_TRANSLATE_NOOP("MasterForm", "Kontakt: Titel"),
    "phone": QT_TRANSLATE_NOOP("MasterForm", "Kontakt: Telefon"),
}
TEXT_FIELDS = [
    "company",
    "customer_number",
    "street",
    "postal_code",
    "city",
    "country",
    "vat_id",
    "website",
    "backlink_url",
]
CONTACT_KEYS = ["name", "role", "email", "phone", "primary", "salutation", "title"]
CONTACT_FIELD = re.compile(r"contacts\[(?P<row>\d+)\](?:\.(?P<key>\w+))?")
CONTACT_COLUMNS = [
    QT_TRANSLATE_NOOP("MasterForm", "Name"),
    QT_TRANSLATE_NOOP("MasterForm", "Rolle"),
    QT_TRANSLATE_NOOP("MasterForm", "E-Mail"),
    QT_TRANSLATE_NOOP("MasterForm", "Telefon"),
    QT_TRANSLATE_NOOP("MasterForm", "Haupt"),
    QT_TRANSLATE_NOOP("MasterForm", "Anrede"),
    QT_TRANSLATE_NOOP("MasterForm", "Titel"),
]
# Salutation and title come last in the model (the columns above keep their numbers) and first on
# screen: "Frau | Dr. | Anna Hansen | …", as the letter names the person.
SALUTATION_COLUMN, TITLE_COLUMN = 5, 6
SALUTATION_CHOICES = [
    (QT_TRANSLATE_NOOP("MasterForm", "–"), ""),
    (QT_TRANSLATE_NOOP("MasterForm", "Frau"), "Frau"),
    (QT_TRANSLATE_NOOP("MasterForm", "Herr"), "Herr"),
]


def labels() -> dict[str, str]:
    """The fields' names for error messages, in the UI language."""
    return {key: QCoreApplication.translate("MasterForm", text) for key, text in LABELS.items()}


ID_ROLE = Qt.ItemDataRole.UserRole


class MasterForm(QWidget):
    changed = Signal()

    def __init__(self, host: Host, program: Program) -> None:
        super().__init__()
        self.host = host
        self.program = program
        self.partner_id: int | None = None
        self.dirty = False
        self._loading = False
        self._detail: PartnerDetail | None = None  # the partner as last read
        self._filled: PartnerDetail | None = None  # the copy the fields were filled from
        data_box = self._data_box()
        contacts_box = self._contacts_box()
        self.save_button = QPushButton(self.tr("Speichern"))
        self.save_button.setObjectName("saveMaster")
        self.save_button.setToolTip(self.tr("Stammdaten und Kontakte speichern (Strg+S)"))
        self.save_button.clicked.connect(self.save)
        self.revert_button = QPushButton(self.tr("Verwerfen"))
        self.revert_button.setObjectName("revertMaster")
        self.revert_button.clicked.connect(self.revert)
        self.errors = ErrorLine(
            "masterErrors",
            {
                **self.edits,
                "track": self.track,
                "tier": self.tier,
                "msp_level": self.msp_level,
                "contacts": self.contacts,
            },
        )
        self.errors.shown.connect(self._point_at_contact)
        buttons = button_row(self.errors, self.revert_button, self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(data_box)
        layout.addWidget(contacts_box, 1)
        layout.addLayout(buttons)

    def _data_box(self) -> QGroupBox:
        self.edits: dict[str, QLineEdit] = {}
        for name in TEXT_FIELDS:
            edit = QLineEdit()
            edit.setObjectName(f"master-{name}")
            edit.textEdited.connect(self._edited)
            self.edits[name] = edit
        self.track = QComboBox()
        self.track.setObjectName("master-track")
        for track in self.program.tracks.values():
            self.track.addItem(show(track.name), track.id)
        self.tier = QComboBox()
        self.tier.setObjectName("master-tier")
        self.msp_level = QComboBox()
        self.msp_level.setObjectName("master-msp_level")
        self.reseller_only = QCheckBox(
            self.tr("verkauft Server nur mit HSV (reiner Wiederverkäufer)")
        )
        self.reseller_only.setObjectName("master-reseller_only")
        self.since_set = QCheckBox(self.tr("Partner seit"))
        self.since = date_edit(date.today(), "master-partner_since")
        self.notes = QPlainTextEdit()
        self.notes.setObjectName("master-notes")
        self.notes.setFixedHeight(60)

        self.track.currentIndexChanged.connect(self._track_changed)
        self.tier.currentIndexChanged.connect(self._tier_changed)
        self.msp_level.currentIndexChanged.connect(self._edited)
        self.reseller_only.toggled.connect(self._edited)
        self.since_set.toggled.connect(self._since_toggled)
        self.since.dateChanged.connect(self._edited)
        self.notes.textChanged.connect(self._edited)
        # One form, one label column: related short fields share a row.
        edits = self.edits
        edits["postal_code"].setMaximumWidth(self.fontMetrics().horizontalAdvance("0" * 9))
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("Firma"), edits["company"])
        form.addRow(
            self.tr("Kundennummer"),
            self._row(edits["customer_number"], QLabel(self.tr("USt-IdNr.")), edits["vat_id"]),
        )
        form.addRow(self.tr("Straße"), edits["street"])
        form.addRow(
            self.tr("PLZ, Ort"),
            self._row(
                edits["postal_code"], edits["city"], QLabel(self.tr("Land")), edits["country"]
            ),
        )
        form.addRow(self.tr("Website"), edits["website"])
        form.addRow(self.tr("Partnerseite"), edits["backlink_url"])
        edits["backlink_url"].setPlaceholderText(
            self.tr("die Seite mit dem Link auf nospamproxy.de (leer: die Website)")
        )
        form.addRow(self.tr("Spur"), self.track)
        form.addRow(
            self.tr("Stufe"), self._row(self.tier, QLabel(self.tr("MSP-Niveau")), self.msp_level)
        )
        self.msp_level.setToolTip(self.tr("Umsatzniveau eines Managed Service Partners"))
        since_row = QHBoxLayout()
        since_row.addWidget(self.since_set)
        since_row.addWidget(self.since)
        since_row.addStretch()
        form.addRow("", self.reseller_only)
        form.addRow("", self._wrap(since_row))
        form.addRow(self.tr("Notizen"), self.notes)
        data_box = QGroupBox(self.tr("Stammdaten"))
        data_box.setLayout(form)
        return data_box

    def _contacts_box(self) -> QGroupBox:
        self.contacts = QTableWidget(0, len(CONTACT_COLUMNS))
        self.contacts.setObjectName("contactsTable")
        self.contacts.setHorizontalHeaderLabels([self.tr(text) for text in CONTACT_COLUMNS])
        self.contacts.verticalHeader().setVisible(False)
        self.contacts.setWordWrap(False)
        header = self.contacts.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.moveSection(SALUTATION_COLUMN, 0)
        header.moveSection(TITLE_COLUMN, 1)
        salutation_header = self.contacts.horizontalHeaderItem(SALUTATION_COLUMN)
        if salutation_header is not None:
            salutation_header.setToolTip(
                self.tr(
                    "Wie Briefe grüßen: „Sehr geehrte Frau …“; leer: „Sehr geehrte Damen und "
                    "Herren“"
                )
            )
        self.contacts.itemChanged.connect(self._edited)
        add_contact = QPushButton(self.tr("Kontakt hinzufügen"))
        add_contact.setObjectName("addContact")
        add_contact.clicked.connect(self.add_contact_row)
        remove_contact = QPushButton(self.tr("Kontakt entfernen"))
        remove_contact.setObjectName("removeContact")
        remove_contact.clicked.connect(self.remove_contact_row)
        contacts_box = QGroupBox(self.tr("Kontakte"))
        contacts_layout = QVBoxLayout(contacts_box)
        contacts_layout.addWidget(self.contacts)
        contact_buttons = QHBoxLayout()
        contact_buttons.addWidget(add_contact)
        contact_buttons.addWidget(remove_contact)
        contact_buttons.addStretch()
        contacts_layout.addLayout(contact_buttons)
        return contacts_box

    @classmethod
    def _row(cls, *widgets: QWidget) -> QWidget:
        """Widgets side by side in one form row; line edits and combo boxes share the width."""
        row = QHBoxLayout()
        for widget in widgets:
            row.addWidget(widget, 0 if isinstance(widget, QLabel) else 1)
        return cls._wrap(row)

    @staticmethod
    def _wrap(layout: QHBoxLayout) -> QWidget:
        widget = QWidget()
        layout.setContentsMargins(0, 0, 0, 0)
        widget.setLayout(layout)
        return widget

    # --- filling --------------------------------------------------------------------------------

    @property
    def loaded(self) -> PartnerDetail | None:
        """The copy the fields were filled from: a save is checked against its version, also when
        the partner was read again meanwhile (the unsaved edits stay, and so does their base)."""
        return self._filled

    def load(self, detail: PartnerDetail, force: bool = False) -> None:
        """Show ``detail``; keeps unsaved edits of the same partner unless ``force``."""
        same = detail.id == self.partner_id
        self._detail = detail
        if same and self.dirty and not force:
            return
        self.partner_id = detail.id
        self._filled = detail
        self._loading = True
        master = detail.master
        for name, edit in self.edits.items():
            edit.setText(str(getattr(master, name)))
        self.track.setCurrentIndex(max(0, self.track.findData(master.track)))
        self._fill_tiers(master.track, master.tier, master.msp_level)
        self.reseller_only.setChecked(master.reseller_only)
        self.since_set.setChecked(master.partner_since is not None)
        self.since.setEnabled(master.partner_since is not None)
        self.since.setDate(to_qdate(master.partner_since or date.today()))
        self.notes.setPlainText(master.notes)
        self.contacts.setRowCount(0)
        for contact in detail.contacts:
            self._append_contact(contact)
        self._loading = False
        self.dirty = False
        self.errors.clear_error()

    def show_changes(self, before: PartnerDetail) -> None:
        """After reloading on a conflict: which fields the colleague changed (or that none did)."""
        if self._detail is None:
            return
        names = labels()
        old, new = before.master, self._detail.master
        changed = [
            names.get(key, key)
            for key in PartnerInput.__dataclass_fields__
            if getattr(old, key) != getattr(new, key)
        ]
        if before.contacts != self._detail.contacts:
            changed.append(names["contacts"])
        text = (
            self.tr("Neu geladen. Geändert wurde: {fields}").format(fields=", ".join(changed))
            if changed
            else self.tr("Neu geladen. Die Stammdaten sind unverändert.")
        )
        self.errors.show_message(text, notice=True)

    def revert(self) -> None:
        if self._detail is not None:
            self.load(self._detail, force=True)
            self.changed.emit()

    def _fill_tiers(self, track: str, tier: str | None, msp_level: str | None) -> None:
        loading, self._loading = self._loading, True
        self.tier.clear()
        self.tier.addItem(self.tr("noch keine Stufe"), None)
        for option in self.program.tiers_of_track(track):
            self.tier.addItem(show(option.name), option.id)
        self.tier.setCurrentIndex(max(0, self.tier.findData(tier)) if tier else 0)
        self.msp_level.clear()
        self.msp_level.addItem("–", None)
        chosen = self.program.tiers.get(tier or "")
        for level in chosen.benefits_of if chosen else ():
            self.msp_level.addItem(show(self.program.tier(level).name), level)
        self.msp_level.setCurrentIndex(
            max(0, self.msp_level.findData(msp_level)) if msp_level else 0
        )
        self.msp_level.setEnabled(self.msp_level.count() > 1)
        self._loading = loading

    def _append_contact(self, contact: ContactInput) -> None:
        row = self.contacts.rowCount()
        self.contacts.insertRow(row)
        for column, value in enumerate((contact.name, contact.role, contact.email, contact.phone)):
            item = QTableWidgetItem(value)
            if column == 0:
                item.setData(ID_ROLE, contact.id)
            self.contacts.setItem(row, column, item)
        primary = QTableWidgetItem()
        primary.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled)
        primary.setCheckState(Qt.CheckState.Checked if contact.primary else Qt.CheckState.Unchecked)
        self.contacts.setItem(row, 4, primary)
        salutation = QComboBox()
        for text, value in SALUTATION_CHOICES:
            salutation.addItem(QCoreApplication.translate("MasterForm", text), value)
        salutation.setCurrentIndex(max(0, salutation.findData(contact.salutation)))
        salutation.currentIndexChanged.connect(self._edited)
        self.contacts.setCellWidget(row, SALUTATION_COLUMN, salutation)
        self.contacts.setItem(row, TITLE_COLUMN, QTableWidgetItem(contact.title))

    # --- editing --------------------------------------------------------------------------------

    def _edited(self) -> None:
        if self._loading:
            return
        self.dirty = True
        self.changed.emit()

    def _track_changed(self) -> None:
        if self._loading:
            return
        self._fill_tiers(self.track.currentData(), None, None)
        self._edited()

    def _tier_changed(self) -> None:
        if self._loading:
            return
        self._fill_tiers(self.track.currentData(), self.tier.currentData(), None)
        self._edited()

    def _since_toggled(self, on: bool) -> None:
        self.since.setEnabled(on)
        self._edited()

    def add_contact_row(self) -> None:
        self._append_contact(ContactInput(name="", primary=self.contacts.rowCount() == 0))
        self.contacts.setCurrentCell(self.contacts.rowCount() - 1, 0)
        item = self.contacts.item(self.contacts.rowCount() - 1, 0)
        if item is not None:
            self.contacts.editItem(item)
        self._edited()

    def remove_contact_row(self) -> None:
        row = self.contacts.currentRow()
        if row >= 0:
            self.contacts.removeRow(row)
            self._edited()

    def _point_at_contact(self, error: InputError) -> None:
        """``contacts[2].email``: select that cell, so the user sees which contact is meant."""
        match = CONTACT_FIELD.fullmatch(error.field)
        if match is None:
            return
        row = int(match["row"])
        column = CONTACT_KEYS.index(match["key"]) if match["key"] in CONTACT_KEYS else 0
        if 0 <= row < self.contacts.rowCount():
            self.contacts.setCurrentCell(row, column)

    # --- reading and saving ---------------------------------------------------------------------

    def partner_input(self) -> PartnerInput:
        text = {name: edit.text() for name, edit in self.edits.items()}
        return PartnerInput(
            track=self.track.currentData(),
            tier=self.tier.currentData(),
            msp_level=self.msp_level.currentData(),
            reseller_only=self.reseller_only.isChecked(),
            partner_since=from_qdate(self.since.date()) if self.since_set.isChecked() else None,
            notes=self.notes.toPlainText(),
            **text,
        )

    def contact_inputs(self) -> list[ContactInput]:
        contacts = []
        for row in range(self.contacts.rowCount()):
            cells = [self.contacts.item(row, c) for c in range(4)]
            values = [cell.text() if cell is not None else "" for cell in cells]
            primary = self.contacts.item(row, 4)
            contact_id = cells[0].data(ID_ROLE) if cells[0] is not None else None
            salutation = self.contacts.cellWidget(row, SALUTATION_COLUMN)
            title = self.contacts.item(row, TITLE_COLUMN)
            contacts.append(
                ContactInput(
                    name=values[0],
                    role=values[1],
                    email=values[2],
                    phone=values[3],
                    primary=primary is not None and primary.checkState() == Qt.CheckState.Checked,
                    id=int(contact_id) if contact_id is not None else None,
                    salutation=(
                        str(salutation.currentData() or "")
                        if isinstance(salutation, QComboBox)
                        else ""
                    ),
                    title=title.text() if title is not None else "",
                )
            )
        return contacts

    def save(self) -> bool:
        if self.partner_id is None:
            return False
        partner_id, data, contacts = self.partner_id, self.partner_input(), self.contact_inputs()
        loaded = self._filled
        version = loaded.version if loaded is not None else None
        as_of = loaded.as_of if loaded is not None else None

        def change(workspace: Workspace) -> None:
            save_master(workspace, partner_id, data, contacts, version=version, as_of=as_of)

        self.errors.clear_error()
        was_dirty, self.dirty = self.dirty, False  # the reload after saving may refill the form
        if self.host.write(self.tr("Stammdaten speichern"), change, self.errors, labels()):
            self.changed.emit()
            return True
        if self._filled is loaded:  # not reloaded with a colleague's version meanwhile
            self.dirty = was_dirty
        return False
