"""Numbers a person types are held to the program's ranges (``domain/limits.py``), refused with the
field, and a message echoes at most the start of what was typed."""

from __future__ import annotations

from decimal import Decimal

import pytest
from pytestqt.qtbot import QtBot

from nspdesk.domain.errors import InputError
from nspdesk.ui.typed_numbers import read_decimal
from nspdesk.ui.views.quotes import QuotesView
from nspdesk.ui.views.quotes.lines_model import Col
from tests.gui.test_quotes_editor import add_by_search, pick_partner, type_cell


def test_a_long_number_is_refused_with_a_short_echo() -> None:
    with pytest.raises(InputError) as caught:
        read_decimal("9" * 100_000, "Menge", language="de")
    assert caught.value.field == "Menge"
    assert caught.value.message == "zu groß: „" + "9" * 60 + "…“"
    with pytest.raises(InputError) as caught:
        read_decimal("1\x00" + "2" * 100, "Menge", language="de")
    assert caught.value.message.startswith("„1\\x0022222") and len(caught.value.message) < 120
    assert read_decimal("1.000.000,5", "Menge", language="de") == Decimal("1000000.5")


def test_the_editor_refuses_a_quantity_beyond_the_range_with_the_line(
    qtbot: QtBot, quotes_view: QuotesView
) -> None:
    quotes_view.new_item()
    editor = quotes_view.editor
    pick_partner(editor, "Elbtal EDV")
    add_by_search(qtbot, editor, "NSP-SRV-PROT")
    type_cell(qtbot, editor, 0, Col.QUANTITY, "1000001")
    assert editor.error_banner.text() == "Position 1, Menge: zu groß, höchstens 1.000.000"
    type_cell(qtbot, editor, 0, Col.QUANTITY, "1000000")
    assert not editor.error_banner.isVisible()
