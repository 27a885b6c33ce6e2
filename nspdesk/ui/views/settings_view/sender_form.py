"""The sender's company data for letterheads: every field of ``Sender``, with the mandatory details
of business letters (§ 35a GmbHG) grouped and the managing directors one per line.

Labels and placeholders are German sources (``QT_TRANSLATE_NOOP``), translated when the form is built;
``label()`` gives a field's label in the UI language for messages."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Signal
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
from nspdesk.ui.i18n import QT_TRANSLATE_NOOP

CONTEXT = "SenderForm"
# (field, label, placeholder) in the order of the form; German sources
ADDRESS = (
    (
        "company",
        QT_TRANSLATE_NOOP("SenderForm", "Firma"),
        QT_TRANSLATE_NOOP("SenderForm", "vollständiger Name mit Rechtsform, z. B. Muster IT GmbH"),
    ),
    ("street", QT_TRANSLATE_NOOP("SenderForm", "Straße"), ""),
    ("postal_code", QT_TRANSLATE_NOOP("SenderForm", "PLZ"), ""),
    ("city", QT_TRANSLATE_NOOP("SenderForm", "Ort"), ""),
    (
        "country",
        QT_TRANSLATE_NOOP("SenderForm", "Land"),
        QT_TRANSLATE_NOOP("SenderForm", "Deutschland"),
    ),
    ("phone", QT_TRANSLATE_NOOP("SenderForm", "Telefon"), ""),
    ("email", QT_TRANSLATE_NOOP("SenderForm", "E-Mail"), ""),
    ("web", QT_TRANSLATE_NOOP("SenderForm", "Web"), "www.…"),
)
COMPANY = (
    (
        "legal_form",
        QT_TRANSLATE_NOOP("SenderForm", "Rechtsform"),
        QT_TRANSLATE_NOOP("SenderForm", "z. B. GmbH"),
    ),
    (
        "seat",
        QT_TRANSLATE_NOOP("SenderForm", "Sitz der Gesellschaft"),
        QT_TRANSLATE_NOOP("SenderForm", "leer: wie Ort"),
    ),
    (
        "register_court",
        QT_TRANSLATE_NOOP("SenderForm", "Registergericht"),
        QT_TRANSLATE_NOOP("SenderForm", "z. B. Amtsgericht Köln"),
    ),
    (
        "register_number",
        QT_TRANSLATE_NOOP("SenderForm", "Registernummer"),
        QT_TRANSLATE_NOOP("SenderForm", "z. B. HRB 12345"),
    ),
    (
        "vat_id",
        QT_TRANSLATE_NOOP("SenderForm", "USt-IdNr."),
        QT_TRANSLATE_NOOP("SenderForm", "z. B. DE123456789"),
    ),
)
SIGNER = (
    (
        "signer_name",
        QT_TRANSLATE_NOOP("SenderForm", "Unterzeichner"),
        QT_TRANSLATE_NOOP(
            "SenderForm", "wenn „Ihr Name“ leer ist; leer: der erste Geschäftsführer"
        ),
    ),
    (
        "signer_function",
        QT_TRANSLATE_NOOP("SenderForm", "Funktion"),
        QT_TRANSLATE_NOOP("SenderForm", "z. B. Vertriebsleitung"),
    ),
)
BANK = (
    ("bank_name", QT_TRANSLATE_NOOP("SenderForm", "Bank"), ""),
    ("iban", QT_TRANSLATE_NOOP("SenderForm", "IBAN"), "DE.. .... .... .... .... .."),
    ("bic", QT_TRANSLATE_NOOP("SenderForm", "BIC"), ""),
)
REQUIRED = {"company"}  # marked with * in the form
LABELS = {name: label for name, label, _ in (*ADDRESS, *COMPANY, *BANK, *SIGNER)}
LABELS["managing_directors"] = QT_TRANSLATE_NOOP("SenderForm", "Geschäftsführung")


def translated(text: str) -> str:
    """A label or placeholder of this form (or one of the same words from the domain) translated."""
    return QCoreApplication.translate(CONTEXT, text) if text else ""


def label(field: str) -> str:
    """The label of ``field`` in the UI language (the field name itself when it has none)."""
    return translated(LABELS[field]) if field in LABELS else field


class SenderForm(QGroupBox):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Absender für Briefköpfe (Angebote, Checklisten, Übersichten)"))
        self.setObjectName("senderForm")
        self.edits: dict[str, QLineEdit] = {}
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self._rows(form, ADDRESS)
        form.addRow(_section(self.tr("Pflichtangaben auf Geschäftsbriefen (§ 35a GmbHG)")))
        self._rows(form, COMPANY)
        self.directors = QPlainTextEdit()
        self.directors.setObjectName("sender-managing_directors")
        self.directors.setPlaceholderText(self.tr("ein Name pro Zeile"))
        self.directors.setFixedHeight(64)
        self.directors.textChanged.connect(self.changed.emit)
        form.addRow(label("managing_directors"), self.directors)
        form.addRow(_section(self.tr("Bankverbindung")))
        self._rows(form, BANK)
        form.addRow(_section(self.tr("Unterschrift auf Briefen")))
        self._rows(form, SIGNER)
        layout.addLayout(form)
        self.advice = QLabel()
        self.advice.setObjectName("senderAdvice")
        self.advice.setWordWrap(True)
        self.advice.setStyleSheet("color: #8a5a00;")
        layout.addWidget(self.advice)
        layout.addStretch()
        self.changed.connect(self._advise)

    def _rows(self, form: QFormLayout, fields: tuple[tuple[str, str, str], ...]) -> None:
        for name, _label, placeholder in fields:
            edit = QLineEdit()
            edit.setObjectName(f"sender-{name}")
            edit.setPlaceholderText(translated(placeholder))
            edit.textEdited.connect(self.changed.emit)
            self.edits[name] = edit
            form.addRow(label(name) + (" *" if name in REQUIRED else ""), edit)

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
            return self.tr("Geschäftsführung: bitte einen Namen pro Zeile und ohne Komma.")
        return None

    def mark(self, fields: set[str]) -> None:
        """Outline the fields with a problem, clear the others."""
        for name, edit in self.edits.items():
            edit.setStyleSheet("border: 1px solid #b00020;" if name in fields else "")
        if fields:
            first = next(n for n in self.edits if n in fields)
            self.edits[first].setFocus()

    def _advise(self) -> None:
        # The domain names the missing details by their German labels, the same as this form's.
        missing = [translated(name) for name in missing_company_details(self.to_sender())]
        self.advice.setText(
            self.tr("Auf Geschäftsbriefen vorgeschrieben, noch leer: {fields}").format(
                fields=", ".join(missing)
            )
            if missing
            else ""
        )
        self.advice.setVisible(bool(missing))


def _section(text: str) -> QLabel:
    label = QLabel(f"<b>{text}</b>")
    label.setContentsMargins(0, 8, 0, 0)
    return label
