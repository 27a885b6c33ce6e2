"""The editable table of quote lines: a Qt adapter over ``LineInput`` objects and their prices.

The model holds what the user typed (``LineInput``, the store's input type) and the ``PricedLine``s
the editor got back from the domain's pricing engine; it computes no price itself. Typed numbers
are read in the UI language's notation (``numbers``); a value that is not a number, or that the
domain refuses for this line (``check``), is rejected with a message (``rejected``) and the cell
keeps its old value.

On an end-customer quote the extra discount is the customer's discount, the net the sale price, and
two more columns show the partner's purchase price and margin per line (as the domain priced them).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from decimal import Decimal
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from nspdesk.documents.text import unit_price
from nspdesk.domain.errors import InputError
from nspdesk.domain.pricing import Audience, PricedLine
from nspdesk.domain.program import Category, FixedPrice
from nspdesk.domain.quote_input import LineInput
from nspdesk.ui.formats import money, number, percent
from nspdesk.ui.i18n import QT_TRANSLATE_NOOP, babel_locale, show
from nspdesk.ui.typed_numbers import example, read_decimal

Index = QModelIndex | QPersistentModelIndex
MUTED = QColor("#6b7280")
NEGATIVE = QColor("#b91c1c")  # a line sold below the partner's purchase price


class Col(IntEnum):
    POSITION = 0
    ARTICLE = 1
    DESCRIPTION = 2
    CATEGORY = 3
    QUANTITY = 4
    UNIT = 5
    UNIT_PRICE = 6
    TIER_DISCOUNT = 7
    EXTRA_DISCOUNT = 8
    NET = 9
    PURCHASE = 10  # end-customer quotes only
    MARGIN = 11  # end-customer quotes only


HEADERS = {
    Col.POSITION: QT_TRANSLATE_NOOP("LinesModel", "Pos."),
    Col.ARTICLE: QT_TRANSLATE_NOOP("LinesModel", "Artikel"),
    Col.DESCRIPTION: QT_TRANSLATE_NOOP("LinesModel", "Beschreibung"),
    Col.CATEGORY: QT_TRANSLATE_NOOP("LinesModel", "Kategorie"),
    Col.QUANTITY: QT_TRANSLATE_NOOP("LinesModel", "Menge"),
    Col.UNIT: QT_TRANSLATE_NOOP("LinesModel", "Einheit"),
    Col.UNIT_PRICE: QT_TRANSLATE_NOOP("LinesModel", "Listenpreis"),
    Col.TIER_DISCOUNT: QT_TRANSLATE_NOOP("LinesModel", "Stufenrabatt"),
    Col.EXTRA_DISCOUNT: QT_TRANSLATE_NOOP("LinesModel", "Zusatzrabatt"),
    Col.NET: QT_TRANSLATE_NOOP("LinesModel", "Netto"),
    Col.PURCHASE: QT_TRANSLATE_NOOP("LinesModel", "Einkauf"),
    Col.MARGIN: QT_TRANSLATE_NOOP("LinesModel", "Marge"),
}
END_CUSTOMER_ONLY = (Col.PURCHASE, Col.MARGIN)
RIGHT = {
    Col.POSITION,
    Col.QUANTITY,
    Col.UNIT_PRICE,
    Col.TIER_DISCOUNT,
    Col.EXTRA_DISCOUNT,
    Col.NET,
    Col.PURCHASE,
    Col.MARGIN,
}
NUMERIC = {Col.QUANTITY, Col.UNIT_PRICE, Col.EXTRA_DISCOUNT}
# Catalog lines keep the catalog's category and unit; free lines (no article number) choose them.
FREE_ONLY = {Col.CATEGORY, Col.UNIT}

# Called with a row and the line as it would become; returns the domain's refusal, or None.
LineCheck = Callable[[int, LineInput], str | None]


class LinesModel(QAbstractTableModel):
    rejected = Signal(str)  # a refused edit, with the reason
    lines_changed = Signal()  # what the user typed changed: the editor re-prices

    def __init__(self, categories: dict[str, Category], parent: Any = None) -> None:
        super().__init__(parent)
        self.categories = categories
        self._lines: list[LineInput] = []
        self._priced: list[PricedLine] | None = None
        self.read_only = False
        self.check: LineCheck | None = None
        self.audience = Audience.PARTNER
        self._refusal = ""  # the reason of the last refused edit, until one is accepted

    def set_audience(self, audience: Audience) -> None:
        """Partner or end customer: the headers of the discount and price columns follow."""
        if audience is not self.audience:
            self.audience = audience
            self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(Col) - 1)

    # --- content --------------------------------------------------------------------------------

    def lines(self) -> tuple[LineInput, ...]:
        return tuple(self._lines)

    def set_lines(self, lines: Sequence[LineInput]) -> None:
        self.beginResetModel()
        self._lines = list(lines)
        self._priced = None
        self.endResetModel()

    def set_priced(self, priced: Sequence[PricedLine] | None) -> None:
        """The domain's prices for the current lines, or None while they cannot be priced."""
        self._priced = list(priced) if priced is not None else None
        if self._lines:
            self.dataChanged.emit(
                self.index(0, Col.TIER_DISCOUNT), self.index(len(self._lines) - 1, len(Col) - 1)
            )

    def add_line(self, line: LineInput) -> bool:
        """Append ``line`` unless the domain refuses it (then ``rejected`` says why)."""
        if not self._accepted(len(self._lines), line):
            return False
        row = len(self._lines)
        self.beginInsertRows(QModelIndex(), row, row)
        self._lines.append(line)
        if self._priced is not None:
            self._priced = None
        self.endInsertRows()
        self.lines_changed.emit()
        return True

    def remove_rows(self, rows: Sequence[int]) -> None:
        for row in sorted(set(rows), reverse=True):
            if 0 <= row < len(self._lines):
                self.beginRemoveRows(QModelIndex(), row, row)
                del self._lines[row]
                self.endRemoveRows()
        self._priced = None
        self.lines_changed.emit()

    def move_row(self, row: int, offset: int) -> bool:
        target = row + offset
        if not (0 <= row < len(self._lines) and 0 <= target < len(self._lines)):
            return False
        self.beginResetModel()
        self._lines[row], self._lines[target] = self._lines[target], self._lines[row]
        self._priced = None
        self.endResetModel()
        self.lines_changed.emit()
        return True

    # --- Qt model -------------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._lines)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Col)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._header(Col(section))
        if role == Qt.ItemDataRole.ToolTipRole and self.audience is Audience.END_CUSTOMER:
            return self._header_tip(Col(section))
        if role == Qt.ItemDataRole.TextAlignmentRole and section in RIGHT:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _header(self, column: Col) -> str:
        if self.audience is Audience.END_CUSTOMER:
            if column == Col.EXTRA_DISCOUNT:
                return self.tr("Kundenrabatt")
            if column == Col.NET:
                return self.tr("Verkauf")
        return QCoreApplication.translate("LinesModel", HEADERS[column])

    def _header_tip(self, column: Col) -> str | None:
        tips = {
            Col.TIER_DISCOUNT: self.tr("Rabatt des Partners laut Stufe: seine Marge"),
            Col.EXTRA_DISCOUNT: self.tr("Rabatt, den der Partner seinem Kunden gibt"),
            Col.NET: self.tr("Verkaufspreis an den Endkunden (netto)"),
            Col.PURCHASE: self.tr("Einkaufspreis des Partners (netto), nicht im PDF"),
            Col.MARGIN: self.tr("Marge des Partners (netto), nicht im PDF"),
        }
        return tips.get(column)

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if not index.isValid() or self.read_only:
            return base
        column = Col(index.column())
        line = self._lines[index.row()]
        editable = column in NUMERIC or column == Col.DESCRIPTION
        editable = editable or (column in FREE_ONLY and not line.article_number)
        editable = editable and not self.program_sets(line, column)
        return base | Qt.ItemFlag.ItemIsEditable if editable else base

    def program_sets(self, line: LineInput, column: Col) -> bool:
        """Whether the program, not the user, sets this cell: the price of an own-use or NFR
        licence (no extra discount either: a discount stored before stays editable to clear it),
        the NFR licence's quantity (one), and such a line's category."""
        category = self.categories.get(line.category)
        kind = category.fixed_price if category is not None else None
        if kind is None:
            return False
        if column == Col.EXTRA_DISCOUNT:
            return not line.extra_discount
        if column == Col.QUANTITY:
            return kind is FixedPrice.NFR
        return column in {Col.UNIT_PRICE, Col.CATEGORY}

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        column = Col(index.column())
        line = self._lines[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(index.row(), column, line)
        if role == Qt.ItemDataRole.EditRole:
            return self._edit_text(column, line)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in RIGHT:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and self.program_sets(line, column):
            return self.tr("Vom Partnerprogramm festgelegt, nicht änderbar")
        if role == Qt.ItemDataRole.ForegroundRole and self.program_sets(line, column):
            return MUTED
        if role == Qt.ItemDataRole.ToolTipRole:
            category = self.categories.get(line.category)
            return f"{line.description}\n{show(category.name) if category else line.category}"
        if role == Qt.ItemDataRole.ForegroundRole and column in {Col.POSITION, Col.ARTICLE}:
            return MUTED
        if role == Qt.ItemDataRole.ForegroundRole and column == Col.MARGIN and self._priced:
            return NEGATIVE if self._priced[index.row()].margin < 0 else None
        return None

    def _display(self, row: int, column: Col, line: LineInput) -> str:
        priced = self._priced[row] if self._priced is not None else None
        match column:
            case Col.POSITION:
                return str(row + 1)
            case Col.ARTICLE:
                return line.article_number or self.tr("frei")
            case Col.DESCRIPTION:
                return line.description
            case Col.CATEGORY:  # "Server – Neulizenzen": the full name is in the tooltip
                category = self.categories.get(line.category)
                return (
                    show(category.name).removeprefix("NoSpamProxy ") if category else line.category
                )
            case Col.QUANTITY:
                return number(line.quantity)
            case Col.UNIT:
                return line.unit
            case Col.UNIT_PRICE:
                return unit_price(line.unit_price, locale=babel_locale())
            case Col.TIER_DISCOUNT:
                return percent(priced.discount_percent) if priced else "–"
            case Col.EXTRA_DISCOUNT:
                return percent(line.extra_discount) if line.extra_discount else "–"
            case Col.NET:
                return money(priced.net) if priced else "–"
            case Col.PURCHASE:
                return money(priced.purchase) if priced else "–"
            case Col.MARGIN:
                return money(priced.margin) if priced else "–"

    def _edit_text(self, column: Col, line: LineInput) -> str:
        match column:
            case Col.QUANTITY:
                return number(line.quantity)
            case Col.UNIT_PRICE:
                return number(line.unit_price)
            case Col.EXTRA_DISCOUNT:
                return number(line.extra_discount)
            case Col.CATEGORY:
                return line.category
            case _:
                return self._display(0, column, line)

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or role != Qt.ItemDataRole.EditRole or self.read_only:
            return False
        row, column = index.row(), Col(index.column())
        if not self.flags(index) & Qt.ItemFlag.ItemIsEditable:
            return False
        line = self._lines[row]
        try:
            changed = self._changed(line, column, str(value if value is not None else ""))
        except InputError as error:
            self._reject(
                self.tr("Position {position}, {field}: {message}").format(
                    position=row + 1, field=error.field, message=error.message
                )
            )
            return False
        if changed == line:
            return True
        if not self._accepted(row, changed):
            return False
        self._lines[row] = changed
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(Col) - 1))
        self.lines_changed.emit()
        return True

    def line(self, row: int) -> LineInput:
        return self._lines[row]

    def restore(self, row: int, line: LineInput, *, say_why: bool = True) -> None:
        """Put back ``line`` as it was before an edit the model refused (it was accepted then).

        The refusal is said again afterwards: re-pricing the restored line must not take the
        reason off the screen (issue 17: the editor's banner flashed and stayed hidden)."""
        if 0 <= row < len(self._lines) and self._lines[row] != line:
            self._lines[row] = line
            self.dataChanged.emit(self.index(row, 0), self.index(row, len(Col) - 1))
            self.lines_changed.emit()
            if self._refusal and say_why:
                self.rejected.emit(self._refusal)

    def reads(self, index: Index, text: str) -> bool:
        """Whether ``text`` is a complete value for the cell (a number where one is wanted)."""
        if not index.isValid() or not 0 <= index.row() < len(self._lines):
            return False
        try:
            self._changed(self._lines[index.row()], Col(index.column()), text)
        except InputError:
            return False
        return True

    def _changed(self, line: LineInput, column: Col, text: str) -> LineInput:
        match column:
            case Col.QUANTITY:
                quantity = read_decimal(text, self._header(column), allow_zero=False)
                return replace(line, quantity=quantity)
            case Col.UNIT_PRICE:
                return replace(line, unit_price=read_decimal(text, self._header(column)))
            case Col.EXTRA_DISCOUNT:
                value = read_decimal(text, self._header(column), maximum=Decimal(100))
                return replace(line, extra_discount=value)
            case Col.DESCRIPTION:
                if not text.strip():
                    raise InputError(self._header(column), self.tr("darf nicht leer sein"))
                return replace(line, description=text.strip())
            case Col.UNIT:  # the unit is printed on the (German) quote: "Stück" by default
                return replace(line, unit=text.strip() or "Stück")
            case Col.CATEGORY:
                if text not in self.categories:
                    raise InputError(
                        self._header(column),
                        self.tr("unbekannte Kategorie „{category}“").format(category=text),
                    )
                return replace(line, category=text)
            case _:
                return line

    def _accepted(self, row: int, line: LineInput) -> bool:
        reason = self.check(row, line) if self.check is not None else None
        if reason is not None:
            self._reject(reason)
            return False
        self._refusal = ""
        return True

    def _reject(self, reason: str) -> None:
        self._refusal = reason
        self.rejected.emit(reason)


class LinesDelegate(QStyledItemDelegate):
    """Line edits for text and numbers (right-aligned), a combo box for the category.

    A number is handed to the model while it is typed, as soon as it reads as one, so that the
    net of the line and the totals follow each keystroke; half-typed text ("1.") waits for Enter,
    which then says what is wrong with it. Enter, Tab and leaving the cell keep what was typed;
    Escape puts the line back as it was before the cell was opened (issue 17).
    """

    opened = Signal()  # a number cell's editor opened (the editor remembers what was unsaved)
    reverted = Signal()  # Escape put its line back as it was when the cell opened

    def __init__(self, categories: dict[str, Category], parent: Any = None) -> None:
        super().__init__(parent)
        self.categories = categories
        # per open number editor (the widget itself, not its id(), which a new one may reuse):
        # the line as it was when the editor opened; dropped in destroyEditor
        self._before: dict[QWidget, tuple[int, LineInput]] = {}

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        if index.column() == Col.CATEGORY:
            combo = QComboBox(parent)
            for category in self.categories.values():
                if category.fixed_price is None:  # own-use and NFR lines have their own buttons
                    combo.addItem(show(category.name), category.id)
            return combo
        editor = QLineEdit(parent)
        editor.setFrame(False)
        if index.column() in RIGHT:
            editor.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if index.column() in NUMERIC:
            editor.setPlaceholderText(self.tr("z. B. {example}").format(example=example()))
            cell = QPersistentModelIndex(index)
            editor.textEdited.connect(lambda text: self._commit_live(editor, cell, text))
            model = index.model()
            if isinstance(model, LinesModel):
                self._before[editor] = (index.row(), model.line(index.row()))
                self.opened.emit()
        return editor

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            isinstance(watched, QLineEdit)
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Escape
        ):
            before = self._before.get(watched) if isinstance(watched, QWidget) else None
            view = self.parent()
            model = view.model() if isinstance(view, QAbstractItemView) else None
            if before is not None and isinstance(model, LinesModel):
                model.restore(*before, say_why=False)  # the live commits of this cell undone
                self.reverted.emit()
        return super().eventFilter(watched, event)

    def destroyEditor(self, editor: QWidget, index: Index) -> None:
        self._before.pop(editor, None)
        super().destroyEditor(editor, index)

    def _commit_live(self, editor: QLineEdit, index: QPersistentModelIndex, text: str) -> None:
        model = index.model()
        if isinstance(model, LinesModel) and model.reads(index, text):
            self.commitData.emit(editor)

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        value = str(index.data(Qt.ItemDataRole.EditRole) or "")
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(0, editor.findData(value)))
        elif isinstance(editor, QLineEdit):
            if editor.isModified():
                return  # being typed into: a live commit must not overwrite what is typed
            editor.setText(value)
            editor.selectAll()

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData())
        elif isinstance(editor, QLineEdit):
            accepted = model.setData(index, editor.text())
            before = self._before.get(editor)
            if not accepted and before is not None and isinstance(model, LinesModel):
                model.restore(*before)  # a refused number leaves no half-typed value behind
