"""What a person reads in a widget, and the German words left in it (for the English UI's tests).

``german_left(widget, data=...)`` collects every visible text of a widget tree (labels, buttons,
group titles, tab titles, placeholders, tool tips, combo box items, text browsers, and the display
and tool-tip texts of every item view's rows) and returns the ones that still read German. ``data``
lists texts that are the user's data (company names, article descriptions), which stay as entered.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QTabWidget,
    QTextEdit,
    QWidget,
)

# Words and spellings that occur in German UI text and not in English (nor in our data's names).
GERMAN_WORDS = re.compile(
    r"\b(?:und|oder|der|das|dem|den|des|ein|eine|einer|eines|nicht|kein|keine|für|mit|vom|zum|"
    r"zur|noch|nur|ist|sind|wird|werden|fehlt|fehlen|weitere?s?|auf|bei|nach|bitte|erfüllt)\b",
    re.IGNORECASE,
)
GERMAN_NOUNS = re.compile(
    r"[äöüßÄÖÜ]|\b(?:Die|Stufe|Stufen|Projekte?|Umsatz|Zahlen|Techniker|Schulung|Zertifizierung|"
    r"Jahr|Monat|Vertrieb\w*|Partnerstufe|Angebot\w*|Position|Einkaufspreis|Sonstiges|Endkunden?|"
    r"Spur|Seite|Stück|Uhr|Mo|Di|Mi|Do|Fr)\b"
)


def german_in(text: str) -> bool:
    return bool(GERMAN_WORDS.search(text) or GERMAN_NOUNS.search(text))


def _model_texts(model: QAbstractItemModel, limit: int) -> Iterator[str]:
    def rows(parent: QModelIndex, depth: int) -> Iterator[str]:
        for row in range(min(model.rowCount(parent), limit)):
            for column in range(model.columnCount(parent)):
                index = model.index(row, column, parent)
                for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                    value = model.data(index, role)
                    if isinstance(value, str) and value:
                        yield value
            if depth < 3:
                yield from rows(model.index(row, 0, parent), depth + 1)

    for column in range(model.columnCount()):
        header = model.headerData(column, Qt.Orientation.Horizontal)
        if isinstance(header, str):
            yield header
    yield from rows(QModelIndex(), 0)


def visible_texts(widget: QWidget, rows: int = 200) -> list[str]:
    """Every text ``widget`` and its children show (item views: their first ``rows`` rows)."""
    texts: list[str] = []
    for child in [widget, *widget.findChildren(QWidget)]:
        if child.toolTip():
            texts.append(child.toolTip())
        if isinstance(child, QLabel | QAbstractButton):
            texts.append(child.text())
        elif isinstance(child, QGroupBox):
            texts.append(child.title())
        elif isinstance(child, QLineEdit):
            texts.extend([child.placeholderText()])
        elif isinstance(child, QTextEdit | QPlainTextEdit):
            texts.append(child.toPlainText())
        elif isinstance(child, QComboBox):
            texts.extend(child.itemText(i) for i in range(child.count()))
        elif isinstance(child, QTabWidget):
            texts.extend(child.tabText(i) for i in range(child.count()))
        elif isinstance(child, QListWidget):  # its model hides columnCount() from Python
            texts.extend(child.item(i).text() for i in range(min(child.count(), rows)))
        elif isinstance(child, QAbstractItemView) and child.model() is not None:
            texts.extend(_model_texts(child.model(), rows))
    return [text for text in texts if text]


def german_left(widget: QWidget, data: Iterable[str] = (), rows: int = 200) -> list[str]:
    """The visible texts of ``widget`` that read German once the ``data`` texts are taken out."""
    known = sorted({d for d in data if d}, key=len, reverse=True)
    left = []
    for text in visible_texts(widget, rows):
        stripped = text
        for item in known:
            stripped = stripped.replace(item, "")
        if german_in(stripped):
            left.append(text)
    return sorted(set(left))
