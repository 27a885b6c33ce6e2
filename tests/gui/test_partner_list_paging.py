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
    assert panel.count.text() == f"{COUNT // 2} von {COUNT} Partnern"
    assert len(panel.visible_rows()) == COUNT // 2

    panel.search.clear()
    assert panel.select(COUNT)  # the last partner, beyond the windows held
    assert panel.current_id() == COUNT
    assert panel.model.held_blocks() <= WindowModel.KEEP
    assert not panel.select(COUNT + 1)
