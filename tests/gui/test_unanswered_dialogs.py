"""The GUI tests' guard against a modal dialog nobody answers (``unanswered_dialogs`` in
conftest.py): offscreen it would wait forever and hold the whole run until CI's limit."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox

from tests.gui import conftest

pytestmark = pytest.mark.gui


def test_a_forgotten_dialog_is_rejected_and_named(
    monkeypatch: pytest.MonkeyPatch, unanswered_dialogs: list[str]
) -> None:
    monkeypatch.setattr(conftest, "MODAL_PATIENCE_S", 0.3)
    box = QMessageBox(QMessageBox.Icon.Question, "Team verlassen", "Wirklich verlassen?")
    box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    answer = box.exec()  # nobody answers: without the guard this waits forever
    assert answer != QMessageBox.StandardButton.Yes  # rejected, as if the user cancelled
    assert unanswered_dialogs == ["QMessageBox 'Team verlassen' 'Wirklich verlassen?'"]
    unanswered_dialogs.clear()  # expected here; elsewhere it fails the test


def test_a_dialog_the_test_answers_is_left_alone(
    monkeypatch: pytest.MonkeyPatch, unanswered_dialogs: list[str]
) -> None:
    from PySide6.QtCore import QTimer

    box = QMessageBox(QMessageBox.Icon.Question, "Frage", "Speichern?")
    box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    QTimer.singleShot(50, lambda: box.button(QMessageBox.StandardButton.Yes).click())
    assert box.exec() == QMessageBox.StandardButton.Yes
    assert unanswered_dialogs == []
