"""The sender's company data for letterheads: every field of ``Sender``, with the mandatory details
of business letters (§ 35a GmbHG) grouped and the managing directors one per line."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from nspdesk.domain.letterhead import Sender
from nspdesk.domain.letterhead_checks import format_iban, missing_company_details

# (field, label, placeholder) in the order of the form
ADDRESS = (
    ("company", "Firma *", "vollständiger Name mit Rechtsform, z. B. Muster IT GmbH"),
    ("street", "Straße", ""),
    ("postal_code", "PLZ", ""),
    ("city", "Ort", ""),
    ("country", "Land", "Deutschland"),
    ("phone", "Telefon", ""),
    ("email", "E-Mail", ""),
    ("web", "Web", "www.…"),
)
COMPANY = (
    ("legal_form", "Rechtsform", "z. B. GmbH"),
    ("seat", "Sitz der Gesellschaft", "leer: wie Ort"),
    ("register_court", "Registergericht", "z. B. Amtsgericht Köln"),
    ("register_number", "Registernummer", "z. B. HRB 12345"),
    ("vat_id", "USt-IdNr.", "z. B. DE123456789"),
)
BANK = (
    ("bank_name", "Bank", ""),
    ("iban", "IBAN", "DE.. .... .... .... .... .."),
    ("bic", "BIC", ""),
)
LABELS = {name: label.rstrip(" *") for name, label, _ in (*ADDRESS, *COMPANY, *BANK)}
LABELS["managing_directors"] = "Geschäftsführung"


class SenderForm(QGroupBox):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("Absender für Briefköpfe (Angebote, Checklisten, Übersichten)", parent)
        self.setObjectName("senderForm")
        self.edits: dict[str, QLineEdit] = {}
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self._rows(form, ADDRESS)
        form.addRow(_section("Pflichtangaben auf Geschäftsbriefen (§ 35a GmbHG)"))
        self._rows(form, COMPANY)
        self.directors = QPlainTextEdit()
        self.directors.setObjectName("sender-managing_directors")
        self.directors.setPlaceholderText("ein Name pro Zeile")
        self.directors.setFixedHeight(64)
        self.directors.textChanged.connect(self.changed.emit)
        form.addRow("Geschäftsführung", self.directors)
        form.addRow(_section("Bankverbindung"))
        self._rows(form, BANK)
        layout.addLayout(form)
        self.advice = QLabel()
        self.advice.setObjectName("senderAdvice")
        self.advice.setWordWrap(True)
        self.advice.setStyleSheet("color: #8a5a00;")
        layout.addWidget(self.advice)
        layout.addStretch()
        self.changed.connect(self._advise)

    def _rows(self, form: QFormLayout, fields: tuple[tuple[str, str, str], ...]) -> None:
        for name, label, placeholder in fields:
            edit = QLineEdit()
            edit.setObjectName(f"sender-{name}")
            edit.setPlaceholderText(placeholder)
            edit.textEdited.connect(self.changed.emit)
            self.edits[name] = edit
            form.addRow(label, edit)

    def set_sender(self, sender: Sender) -> None:
        for name, edit in self.edits.items():
            edit.setText(str(getattr(sender, name)))
        self.directors.setPlainText("\n".join(sender.managing_directors))
        self._advise()

    def to_sender(self) -> Sender:
        """The form's values as a ``Sender`` (not yet checked); the IBAN in groups of four."""
        values = {name: edit.text().strip() for name, edit in self.edits.items()}
        values["iban"] = format_iban(values["iban"])
        directors = tuple(
            line.strip() for line in self.directors.toPlainText().splitlines() if line.strip()
        )
        return Sender(**values, managing_directors=directors)

    def directors_problem(self) -> str | None:
        """The store keeps the directors comma-separated: a comma inside a name would split it."""
        lines = self.directors.toPlainText().splitlines()
        if any("," in line for line in lines):
            return "Geschäftsführung: bitte einen Namen pro Zeile und ohne Komma."
        return None

    def mark(self, fields: set[str]) -> None:
        """Outline the fields with a problem, clear the others."""
        for name, edit in self.edits.items():
            edit.setStyleSheet("border: 1px solid #b00020;" if name in fields else "")
        if fields:
            first = next(n for n in self.edits if n in fields)
            self.edits[first].setFocus()

    def _advise(self) -> None:
        missing = missing_company_details(self.to_sender())
        self.advice.setText(
            "Auf Geschäftsbriefen vorgeschrieben, noch leer: " + ", ".join(missing)
            if missing
            else ""
        )
        self.advice.setVisible(bool(missing))


def _section(text: str) -> QLabel:
    label = QLabel(f"<b>{text}</b>")
    label.setContentsMargins(0, 8, 0, 0)
    return label
