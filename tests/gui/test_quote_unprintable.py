"""The print action asks before a quote prints characters that no font can draw (issue #16, 3):
"Diese Zeichen können nicht gedruckt werden: … Trotzdem drucken?"."""

from __future__ import annotations

from collections.abc import Sequence

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from nspdesk.documents.glyphs import Unprintable
from nspdesk.domain import print_fields
from nspdesk.ui.views.quotes import QuotesView
from nspdesk.ui.views.quotes import view as view_module
from nspdesk.ui.views.quotes.lines_model import Col
from nspdesk.ui.views.quotes.unprintable import ask_print_anyway, message
from tests.gui.test_quotes_editor import find_quote

pytestmark = pytest.mark.gui


@pytest.fixture
def shown(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    names: list[str] = []

    def show_pdf(_parent: object, _data: bytes, name: str, _title: str) -> None:
        names.append(name)

    monkeypatch.setattr(view_module, "show_pdf", show_pdf)
    return names


def draft_with(view: QuotesView, description: str) -> int:
    editor = view.editor
    assert view.open_quote(find_quote(view, "A-2026-0003"))
    model = editor.lines_model
    assert model.setData(model.index(0, Col.DESCRIPTION), description)
    assert editor.save() and editor.loaded is not None
    return editor.loaded.quote_id


@pytest.mark.parametrize("answer", [False, True])
def test_the_print_action_asks_before_printing_boxes(
    quotes_view: QuotesView, shown: list[str], monkeypatch: pytest.MonkeyPatch, answer: bool
) -> None:
    asked: list[Sequence[Unprintable]] = []

    def confirm(found: Sequence[Unprintable]) -> bool:
        asked.append(found)
        return answer

    monkeypatch.setattr(quotes_view, "confirm_unprintable", confirm)
    quote_id = draft_with(quotes_view, "Lizenz 🦄 mit Haken ✓")
    quotes_view.show_quote_pdf(quote_id)
    assert [[(str(i.field), i.characters) for i in found] for found in asked] == [
        [("Position 1 (Beschreibung)", "🦄")]
    ]
    assert len(shown) == int(answer)


def test_printable_text_prints_without_asking(
    quotes_view: QuotesView, shown: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(quotes_view, "confirm_unprintable", lambda found: pytest.fail("asked"))
    quotes_view.show_quote_pdf(draft_with(quotes_view, "Lizenz mit Haken ✓ und 你好\u200b"))
    assert len(shown) == 1


def test_the_question_names_fields_and_characters(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    found = [
        Unprintable(print_fields.SUBJECT, "🦄"),
        Unprintable(print_fields.LINE_UNIT.format(position=2), "한"),
    ]
    text = message(found)
    assert text.startswith("Diese Zeichen können nicht gedruckt werden:")
    # Each character isolated (FSI … PDI): right-to-left letters do not reorder the list.
    assert (
        "• Betreff: \u2068🦄\u2069 (U+1F984)\n• Position 2 (Einheit): \u2068한\u2069 (U+D55C)"
        in text
    )
    assert "Trotzdem drucken?" in text
    answers = iter([QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes])
    monkeypatch.setattr(QMessageBox, "question", lambda *args: next(answers))
    assert not ask_print_anyway(None, found)  # type: ignore[arg-type]
    assert ask_print_anyway(None, found)  # type: ignore[arg-type]
    assert ask_print_anyway(None, [])  # type: ignore[arg-type]  # nothing to ask
