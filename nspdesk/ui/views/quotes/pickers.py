"""Small modal questions of the quote editor: a template's name, which template, which partner.

Each is one function so that tests can answer it without a dialog.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from nspdesk.services.quotes import PartnerChoice, TemplateSummary
from nspdesk.ui.formats import day
from nspdesk.ui.views.quotes.partner_picker import PartnerPicker

# QCoreApplication.translate with the context written out: lupdate reads only that (or self.tr).
translate = QCoreApplication.translate


def ask_template_name(parent: QWidget, suggestion: str) -> str | None:
    name, ok = QInputDialog.getText(
        parent,
        translate("QuotePickers", "Als Vorlage speichern"),
        translate("QuotePickers", "Name der Vorlage (Positionen und Texte werden gespeichert):"),
        QLineEdit.EchoMode.Normal,
        suggestion,
    )
    return name if ok else None


def ask_overwrite(parent: QWidget, name: str) -> bool:
    answer = QMessageBox.question(
        parent,
        translate("QuotePickers", "Als Vorlage speichern"),
        translate("QuotePickers", "Es gibt schon eine Vorlage „{name}“. Überschreiben?").format(
            name=name
        ),
    )
    return answer == QMessageBox.StandardButton.Yes


def template_label(template: TemplateSummary) -> str:
    audience = (
        translate("QuotePickers", "an Endkunden")
        if template.audience == "end-customer"
        else translate("QuotePickers", "an Partner")
    )
    return translate(
        "QuotePickers", "{name} · %n Positionen · {audience} · geändert {day}", "", template.lines
    ).format(
        name=template.name,
        audience=audience,
        day=day(template.updated_at.astimezone().date()),
    )


class TemplateDialog(QDialog):
    def __init__(self, templates: Sequence[TemplateSummary], parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Aus Vorlage"))
        self.resize(520, 320)
        self.list = QListWidget()
        for template in templates:
            item = QListWidgetItem(template_label(template))
            item.setData(Qt.ItemDataRole.UserRole, template.id)
            self.list.addItem(item)
        self.list.setCurrentRow(0)
        self.list.itemDoubleClicked.connect(lambda _item: self.accept())
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(self.tr("Die Positionen und Texte der Vorlage ersetzen die des Angebots.")),
        )
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)

    def chosen(self) -> int | None:
        item = self.list.currentItem()
        return int(item.data(Qt.ItemDataRole.UserRole)) if item is not None else None


def ask_template(parent: QWidget, templates: Sequence[TemplateSummary]) -> int | None:
    dialog = TemplateDialog(templates, parent)
    return dialog.chosen() if dialog.exec() == QDialog.DialogCode.Accepted else None


class PartnerDialog(QDialog):
    def __init__(
        self, partners: Sequence[PartnerChoice], current: int | None, parent: QWidget | None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Für anderen Partner kopieren"))
        self.setMinimumWidth(480)  # the picker's placeholder and longer company names fit
        self.picker = PartnerPicker()
        self.picker.set_partners(list(partners))
        if current is not None:
            self.picker.select(current)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        text = QLabel(
            self.tr(
                "Das Angebot wird mit heutigem Datum für den gewählten Partner angelegt und zu "
                "dessen Konditionen neu berechnet; die Unterschiede werden danach gezeigt."
            )
        )
        text.setWordWrap(True)
        layout.addWidget(text)
        layout.addWidget(self.picker)
        layout.addWidget(buttons)

    def chosen(self) -> int | None:
        partner = self.picker.current_partner()
        return partner.id if partner is not None else None


def ask_partner(
    parent: QWidget, partners: Sequence[PartnerChoice], current: int | None
) -> int | None:
    dialog = PartnerDialog(partners, current, parent)
    return dialog.chosen() if dialog.exec() == QDialog.DialogCode.Accepted else None
