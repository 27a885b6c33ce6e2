"""The form for an article or one price version of it, with validation before anything is saved.

Three modes: a new article (everything editable), a new price of an article (number fixed, the
date must be new) and changing one version (number and date fixed). ``article()`` returns the
checked input or raises ``FormError`` naming the field; the form shows the message beside itself.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from enum import Enum

from PySide6.QtCore import QCoreApplication, QDate, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from nspdesk.domain.program import Program
from nspdesk.services.catalog import ArticleInput
from nspdesk.ui import formats
from nspdesk.ui.i18n import QT_TRANSLATE_NOOP, show
from nspdesk.ui.views.catalog.amounts import EXAMPLE, format_amount, parse_amount

# Units are data: they are stored with the article and printed on German quotes, so they stay German.
UNITS = ("Stück", "User", "Jahr", "Monat", "Stunde", "Tag", "Pauschal")


class Mode(Enum):
    """The form's modes; the values are German sources (``title()`` translates)."""

    NEW_ARTICLE = QT_TRANSLATE_NOOP("ArticleEditor", "Neuer Artikel")
    NEW_PRICE = QT_TRANSLATE_NOOP("ArticleEditor", "Neuer Preis")
    EDIT = QT_TRANSLATE_NOOP("ArticleEditor", "Version bearbeiten")

    def title(self) -> str:
        return QCoreApplication.translate("ArticleEditor", self.value)


class FormError(ValueError):
    def __init__(self, field: QWidget, message: str) -> None:
        super().__init__(message)
        self.field = field


class ArticleEditor(QGroupBox):
    saved = Signal()
    cancelled = Signal()

    def __init__(self, program: Program, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Artikel"))
        self.setObjectName("articleEditor")
        self.mode = Mode.NEW_ARTICLE
        self.modified = False
        self.known_numbers: set[str] = set()
        self.known_dates: set[date] = set()
        form = self._build_fields(program)
        self.save_button = QPushButton(self.tr("Speichern"))
        self.save_button.setObjectName("articleSave")
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.saved.emit)
        cancel = QPushButton(self.tr("Verwerfen"))
        cancel.clicked.connect(self.cancelled.emit)
        buttons = QHBoxLayout()
        buttons.addStretch()
        buttons.addWidget(cancel)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addLayout(buttons)

        for edit in (self.number, self.name, self.price):
            edit.textEdited.connect(self._touched)
        self.category.currentIndexChanged.connect(self._touched)
        self.unit.editTextChanged.connect(self._touched)
        self.valid_from.dateChanged.connect(self._touched)

    def _build_fields(self, program: Program) -> QFormLayout:
        self.number = QLineEdit()
        self.number.setObjectName("articleNumber")
        self.number.setMaxLength(50)
        self.name = QLineEdit()
        self.name.setObjectName("articleName")
        self.name.setMaxLength(300)
        self.category = QComboBox()
        self.category.setObjectName("articleCategory")
        for category in program.categories.values():
            self.category.addItem(show(category.name), category.id)
        self.unit = QComboBox()
        self.unit.setObjectName("articleUnit")
        self.unit.setEditable(True)
        self.unit.addItems(UNITS)
        self.price = QLineEdit()
        self.price.setObjectName("articlePrice")
        self.price.setPlaceholderText(
            self.tr("z. B. {example}").format(example=format_amount(EXAMPLE))
        )
        self.valid_from = QDateEdit()
        self.valid_from.setObjectName("articleValidFrom")
        self.valid_from.setCalendarPopup(True)
        self.valid_from.setDisplayFormat(self.tr("dd.MM.yyyy"))
        self.error = QLabel()
        self.error.setObjectName("articleError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020;")
        self.error.hide()

        form = QFormLayout()
        form.addRow(self.tr("Artikelnummer:"), self.number)
        form.addRow(self.tr("Bezeichnung:"), self.name)
        form.addRow(self.tr("Kategorie:"), self.category)
        form.addRow(self.tr("Einheit:"), self.unit)
        form.addRow(self.tr("Listenpreis (€ netto):"), self.price)
        form.addRow(self.tr("Gültig ab:"), self.valid_from)
        return form

    def _touched(self, *_args: object) -> None:
        self.modified = True
        self.error.hide()

    def open(
        self,
        mode: Mode,
        item: ArticleInput | None = None,
        known_numbers: set[str] | None = None,
        known_dates: set[date] | None = None,
    ) -> None:
        """Fill the form for ``mode``; ``item`` gives the values to start from."""
        self.mode = mode
        self.known_numbers = known_numbers or set()
        self.known_dates = known_dates or set()
        self.setTitle(mode.title() + (f" – {item.article_number}" if item else ""))
        start = item or ArticleInput(
            "", "", str(self.category.itemData(0)), "Stück", Decimal(0), date.today()
        )
        self.number.setText(start.article_number)
        self.name.setText(start.name)
        self.category.setCurrentIndex(max(0, self.category.findData(start.category)))
        self.unit.setCurrentText(start.unit)
        self.price.setText(format_amount(start.list_price) if item else "")
        day = date.today() if mode is Mode.NEW_PRICE else start.valid_from
        self.valid_from.setDate(QDate(day.year, day.month, day.day))
        self.number.setReadOnly(mode is not Mode.NEW_ARTICLE)
        self.valid_from.setEnabled(mode is not Mode.EDIT)
        self.error.hide()
        self.modified = False
        self.show()
        (self.number if mode is Mode.NEW_ARTICLE else self.price).setFocus()

    def article(self) -> ArticleInput:
        """The checked input; raises ``FormError`` for the first problem."""
        number = self.number.text().strip()
        if not number:
            raise FormError(self.number, self.tr("Die Artikelnummer fehlt."))
        if self.mode is Mode.NEW_ARTICLE and number in self.known_numbers:
            raise FormError(
                self.number,
                self.tr(
                    "Die Artikelnummer {number} gibt es schon. Für einen neuen Preis den Artikel "
                    "in der Liste wählen und „Neuer Preis“ nehmen."
                ).format(number=number),
            )
        name = self.name.text().strip()
        if not name:
            raise FormError(self.name, self.tr("Die Bezeichnung fehlt."))
        try:
            price = parse_amount(self.price.text())
        except ValueError as error:
            raise FormError(self.price, str(error)) from None
        valid_from: date = self.valid_from.date().toPython()  # type: ignore[assignment]
        if self.mode is Mode.NEW_PRICE and valid_from in self.known_dates:
            raise FormError(
                self.valid_from,
                self.tr(
                    "Für den {day} gibt es schon einen Preis; „Version bearbeiten“ ändert ihn."
                ).format(day=formats.day(valid_from)),
            )
        return ArticleInput(
            article_number=number,
            name=name,
            category=str(self.category.currentData()),
            unit=self.unit.currentText().strip() or "Stück",
            list_price=price,
            valid_from=valid_from,
        )

    def show_error(self, error: FormError) -> None:
        self.error.setText(str(error))
        self.error.show()
        error.field.setFocus()
