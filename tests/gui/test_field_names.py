"""Refused input names its field in the user's words, never by its path in the input (issue 17)."""

from __future__ import annotations

import pytest

from nspdesk.domain.errors import InputError
from nspdesk.ui.field_names import described, field_label
from nspdesk.ui.operations import error_text

pytestmark = pytest.mark.gui


@pytest.mark.parametrize(
    ("path", "label"),
    [
        ("partner", "Partner"),
        ("tier_choice", "Entscheidung zur Partnerstufe"),
        ("tier_reason", "Grund für die erfasste Stufe"),
        ("valid_until", "Gültig bis"),
        ("lines[2].quantity", "Position 3, Menge"),
        ("lines[0].extra_discount", "Position 1, Zusatzrabatt"),
        ("contacts[1].email", "Ansprechpartner 2, E-Mail"),
        ("lines", "Positionen"),
        ("Menge", "Menge"),  # a column header the UI names itself stays
        ("some_internal_key", ""),  # unknown: left out rather than shown raw
        ("weird path!", ""),
        ("", ""),
    ],
)
def test_field_paths_become_the_users_words(path: str, label: str) -> None:
    assert field_label(path) == label


def test_the_dialog_text_has_no_field_path() -> None:
    error = InputError("lines[1].quantity", "muss größer als 0 sein", line=1)
    assert error_text(error) == described(error) == "Position 2, Menge: muss größer als 0 sein"
    assert error_text(InputError("internal_flag", "geht nicht")) == "geht nicht"


def test_in_english(english: None) -> None:
    assert field_label("lines[2].unit_price") == "Line 3, List price"
    assert field_label("tier_choice") == "Tier decision"
