"""Asking before a quote prints characters that no embedded font can draw.

Emoji, Arabic or Hebrew text, Thai … would print as empty boxes (``services.quotes.PrintedQuote
.unprintable``): the user sees which fields hold them and decides whether to show the PDF anyway
or to change the texts first.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from nspdesk.ui.i18n import show

if TYPE_CHECKING:
    from nspdesk.documents.glyphs import Unprintable


def message(found: Sequence[Unprintable]) -> str:
    """The question: each field with its characters, one a line."""
    fields = "\n".join(f"• {show(item.field)}: {_characters(item.characters)}" for item in found)
    return "\n\n".join(
        [
            QCoreApplication.translate(
                "UnprintableDialog", "Diese Zeichen können nicht gedruckt werden:"
            ),
            fields,
            QCoreApplication.translate(
                "UnprintableDialog",
                "Im PDF erscheinen sie als leere Kästchen. Trotzdem drucken? Mit „Nein“ können "
                "Sie die Texte zuerst ändern.",
            ),
        ]
    )


def _characters(characters: str) -> str:
    """Each character with its code point; isolated (FSI … PDI), so that Arabic or Hebrew letters
    do not reorder the list around them."""
    return ", ".join(f"\u2068{char}\u2069 (U+{ord(char):04X})" for char in characters)


def ask_print_anyway(parent: QWidget, found: Sequence[Unprintable]) -> bool:
    """Whether to show the PDF although ``found`` cannot print; True when nothing was found."""
    if not found:
        return True
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("UnprintableDialog", "Nicht druckbare Zeichen"),
        message(found),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes
