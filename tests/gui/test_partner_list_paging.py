"""The partner list over more partners than its model holds (it keeps a few windows of rows): the
count, the rows shown and selecting a partner far down mean every match."""

from __future__ import annotations

from nspdesk.domain.editions import default_library
from nspdesk.domain.standing import Standing
from nspdesk.services.partner_overview import PartnerRow
from nspdesk.ui.views.partners.list_panel import PartnerList
from nspdesk.ui.window_model import WindowModel

COUNT = WindowModel.BLOCK * WindowModel.KEEP * 3 + 17


def rows() -> list[PartnerRow]:
    return [
        PartnerRow(
            id=index,
            company=f"Partner {index:05d} GmbH",
            customer_number=f"K-{index:05d}",
            city="Köln" if index % 2 else "Münster",
            track="server",
            track_name="Server",
            tier="business",
            tier_name="Business Partner",
            standing=Standing.MEETS,
            reasons=(),
        )
        for index in range(1, COUNT + 1)
    ]


def test_count_rows_and_selection_mean_every_match(qtbot: object) -> None:
    panel = PartnerList(default_library().editions[-1])
    qtbot.addWidget(panel)  # type: ignore[attr-defined]
    panel.set_rows(rows(), keep=None)
    assert len(panel.model.loaded_rows()) < COUNT  # the model holds windows, not every row
    assert panel.count.text() == f"{COUNT} Partner"
    assert len(panel.visible_rows()) == COUNT

    panel.search.setText("münster")  # every second partner
    assert panel.model.row(0).city == "Münster"  # the first rows at once, the count follows
    assert panel.count.text() == "Partner werden gezählt …"  # not the old list's count
    qtbot.waitUntil(  # type: ignore[attr-defined]
        lambda: panel.count.text() == f"{COUNT // 2} von {COUNT} Partnern"
    )
    assert panel.model.rowCount() == COUNT // 2
    assert len(panel.visible_rows()) == COUNT // 2

    panel.search.clear()
    assert panel.select(COUNT)  # the last partner, beyond the windows held
    assert panel.current_id() == COUNT
    assert panel.model.held_blocks() <= WindowModel.KEEP
    assert not panel.select(COUNT + 1)


def test_a_keystroke_keeps_the_selected_partner_in_place(qtbot: object) -> None:
    """The rows of a keystroke replace those shown without a reset: the selected partner stays
    selected where it now stands (no selection signal for it), a partner filtered out is let go;
    the list read again keeps its scroll position, another list shows its top."""
    panel = PartnerList(default_library().editions[-1])
    qtbot.addWidget(panel)  # type: ignore[attr-defined]
    panel.resize(700, 400)
    panel.show()
    panel.set_rows(rows(), keep=None)
    signalled: list[int] = []
    assert panel.select(4)
    panel.selected.connect(signalled.append)
    panel.search.setText("münster")  # the even partners: 4 is now the second row
    assert panel.current_id() == 4 and panel.table.currentIndex().row() == 1
    assert signalled == []
    panel.search.setText("köln")  # the odd ones: 4 is gone, let go
    assert panel.current_id() is None
    qtbot.wait(1)  # type: ignore[attr-defined]  # the table laid out for the new list
    bar = panel.table.verticalScrollBar()
    bar.setValue(10)
    assert bar.value() == 10
    panel._apply()  # read again, the same list
    assert bar.value() == 10
    panel.search.setText("partner 0001")  # another list: its top
    assert bar.value() == 0
