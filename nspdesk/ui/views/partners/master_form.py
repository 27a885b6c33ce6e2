"""Master data and contacts of a partner, editable; saved together in one write (Strg+S).

A refused save shows what is wrong under the form and marks the field; everything typed stays.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from nspdesk.domain.program import Program
from nspdesk.services.partner_overview import PartnerDetail
from nspdesk.store.partner_records import ContactInput, save_contacts
from nspdesk.store.partners import PartnerInput, save_partner
from nspdesk.ui.views.partners.common import ErrorLine, date_edit, from_qdate, to_qdate
from nspdesk.ui.views.partners.host import Host

LABELS = {
    "company": "Firma",
    "customer_number": "Kundennummer",
    "track": "Spur",
    "tier": "Stufe",
    "msp_level": "Umsatzniveau (MSP)",
    "contacts": "Kontakte",
    "name": "Kontakt: Name",
    "email": "Kontakt: E-Mail",
    "role": "Kontakt: Rolle",
    "phone": "Kontakt: Telefon",
}
TEXT_FIELDS = [
    ("company", "Firma"),
    ("customer_number", "Kundennummer"),
    ("street", "Straße"),
    ("postal_code", "PLZ"),
    ("city", "Ort"),
    ("country", "Land"),
    ("vat_id", "USt-IdNr."),
    ("website", "Website"),
    ("backlink_url", "Partnerseite (Backlink)"),
]
CONTACT_COLUMNS = ["Name", "Rolle", "E-Mail", "Telefon", "Hauptkontakt"]
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
        self._detail: PartnerDetail | None = None
        data_box = self._data_box()
        contacts_box = self._contacts_box()
        self.save_button = QPushButton("Speichern")
        self.save_button.setObjectName("saveMaster")
        self.save_button.setToolTip("Stammdaten und Kontakte speichern (Strg+S)")
        self.save_button.clicked.connect(self.save)
        self.revert_button = QPushButton("Verwerfen")
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
        buttons = QHBoxLayout()
        buttons.addWidget(self.errors, 1)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(data_box)
        layout.addWidget(contacts_box, 1)
        layout.addLayout(buttons)

    def _data_box(self) -> QGroupBox:
        self.edits: dict[str, QLineEdit] = {}
        for name, _label in TEXT_FIELDS:
            edit = QLineEdit()
            edit.setObjectName(f"master-{name}")
            edit.textEdited.connect(self._edited)
            self.edits[name] = edit
        self.track = QComboBox()
        self.track.setObjectName("master-track")
        for track in self.program.tracks.values():
            self.track.addItem(track.name, track.id)
        self.tier = QComboBox()
        self.tier.setObjectName("master-tier")
        self.msp_level = QComboBox()
        self.msp_level.setObjectName("master-msp_level")
        self.reseller_only = QCheckBox("verkauft Server nur mit HSV (reiner Wiederverkäufer)")
        self.reseller_only.setObjectName("master-reseller_only")
        self.since_set = QCheckBox("Partner seit")
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
        grid = QGridLayout()
        for index, (name, label) in enumerate(TEXT_FIELDS):
            row, column = divmod(index, 2)
            form = QFormLayout()
            form.addRow(label, self.edits[name])
            grid.addLayout(form, row, column)
        program_form = QFormLayout()
        program_form.addRow("Spur", self.track)
        program_form.addRow("Stufe", self.tier)
        program_form.addRow("Umsatzniveau (MSP)", self.msp_level)
        since_row = QHBoxLayout()
        since_row.addWidget(self.since_set)
        since_row.addWidget(self.since)
        since_row.addStretch()
        program_form.addRow("", self.reseller_only)
        program_form.addRow("", self._wrap(since_row))
        program_form.addRow("Notizen", self.notes)
        data_box = QGroupBox("Stammdaten")
        data_layout = QVBoxLayout(data_box)
        data_layout.addLayout(grid)
        data_layout.addLayout(program_form)
        return data_box

    def _contacts_box(self) -> QGroupBox:
        self.contacts = QTableWidget(0, len(CONTACT_COLUMNS))
        self.contacts.setObjectName("contactsTable")
        self.contacts.setHorizontalHeaderLabels(CONTACT_COLUMNS)
        self.contacts.verticalHeader().setVisible(False)
        header = self.contacts.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.ResizeToContents)
        self.contacts.itemChanged.connect(self._edited)
        add_contact = QPushButton("Kontakt hinzufügen")
        add_contact.setObjectName("addContact")
        add_contact.clicked.connect(self.add_contact_row)
        remove_contact = QPushButton("Kontakt entfernen")
        remove_contact.setObjectName("removeContact")
        remove_contact.clicked.connect(self.remove_contact_row)
        contacts_box = QGroupBox("Kontakte")
        contacts_layout = QVBoxLayout(contacts_box)
        contacts_layout.addWidget(self.contacts)
        contact_buttons = QHBoxLayout()
        contact_buttons.addWidget(add_contact)
        contact_buttons.addWidget(remove_contact)
        contact_buttons.addStretch()
        contacts_layout.addLayout(contact_buttons)
        return contacts_box

    @staticmethod
    def _wrap(layout: QHBoxLayout) -> QWidget:
        widget = QWidget()
        layout.setContentsMargins(0, 0, 0, 0)
        widget.setLayout(layout)
        return widget

    # --- filling --------------------------------------------------------------------------------

    def load(self, detail: PartnerDetail, force: bool = False) -> None:
        """Show ``detail``; keeps unsaved edits of the same partner unless ``force``."""
        same = detail.id == self.partner_id
        self._detail = detail
        if same and self.dirty and not force:
            return
        self.partner_id = detail.id
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

    def revert(self) -> None:
        if self._detail is not None:
            self.load(self._detail, force=True)
            self.changed.emit()

    def _fill_tiers(self, track: str, tier: str | None, msp_level: str | None) -> None:
        loading, self._loading = self._loading, True
        self.tier.clear()
        self.tier.addItem("noch keine Stufe", None)
        for option in self.program.tiers_of_track(track):
            self.tier.addItem(option.name, option.id)
        self.tier.setCurrentIndex(max(0, self.tier.findData(tier)) if tier else 0)
        self.msp_level.clear()
        self.msp_level.addItem("–", None)
        chosen = self.program.tiers.get(tier or "")
        for level in chosen.benefits_of if chosen else ():
            self.msp_level.addItem(self.program.tier(level).name, level)
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
            contacts.append(
                ContactInput(
                    name=values[0],
                    role=values[1],
                    email=values[2],
                    phone=values[3],
                    primary=primary is not None and primary.checkState() == Qt.CheckState.Checked,
                    id=int(contact_id) if contact_id is not None else None,
                )
            )
        return contacts

    def save(self) -> bool:
        if self.partner_id is None:
            return False
        partner_id, data, contacts = self.partner_id, self.partner_input(), self.contact_inputs()
        program = self.program

        def change(session: Session) -> None:
            save_partner(session, program, data, partner_id)
            save_contacts(session, partner_id, contacts)

        self.errors.clear_error()
        was_dirty, self.dirty = self.dirty, False  # the reload after saving may refill the form
        if self.host.write("Stammdaten speichern", change, self.errors, LABELS):
            self.changed.emit()
            return True
        self.dirty = was_dirty
        return False
