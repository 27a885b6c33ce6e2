"""The bar chart of the Jahresbericht: the partner's figures against the tier thresholds.

reportlab's charts compute with floats; the Decimal amounts are converted only here, for drawing.
The labels on the bars are the exact Decimal amounts formatted by babel, never the floats.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors
from reportlab.lib.units import mm

from nspdesk.documents.fonts import BOLD, register_fonts
from nspdesk.documents.styles import ACCENT, GREY, RULE

ACTUAL_FILL = ACCENT
THRESHOLD_FILL = colors.HexColor("#A9B8C8")


@dataclass(frozen=True)
class Bar:
    label: str  # below the bar, e.g. "Ist 2025" or "Business Partner"
    value: Decimal
    text: str  # above the bar, e.g. "21.000,00 €"
    actual: bool = False


def bar_chart(title: str, bars: Sequence[Bar], width: float, height: float) -> Drawing:
    """One small vertical bar chart in the embedded font; ``width``/``height`` in points."""
    font = register_fonts()
    drawing = Drawing(width, height)
    # The renderer starts every drawing in its own default font (Helvetica) unless told otherwise.
    drawing.initialFontName = font  # type: ignore[attr-defined]
    chart = VerticalBarChart()
    chart.x = round(4 * mm)
    chart.y = round(14 * mm)
    chart.width = round(width - chart.x - 2 * mm)
    chart.height = round(height - chart.y - 12 * mm)
    # Float only for the geometry of the bars; every printed number comes from the Decimal.
    values = [float(bar.value) for bar in bars]
    top = max([*values, 1.0])
    chart.data = [values]
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = top * 1.2
    chart.valueAxis.visible = False
    chart.valueAxis.visibleGrid = False
    chart.categoryAxis.categoryNames = [bar.label for bar in bars]
    chart.categoryAxis.labels.fontName = font
    chart.categoryAxis.labels.fontSize = 7
    chart.categoryAxis.labels.fillColor = GREY
    chart.categoryAxis.labels.boxAnchor = "n"
    chart.categoryAxis.labels.dy = -2
    chart.categoryAxis.strokeColor = RULE
    chart.valueAxis.labels.fontName = font
    chart.barLabels.fontName = font
    chart.barLabels.fontSize = 7
    chart.barLabelFormat = "values"
    chart.barLabelArray = [[bar.text for bar in bars]]
    chart.barLabels.nudge = 6
    chart.barSpacing = 2
    chart.groupSpacing = 10
    chart.bars.strokeColor = None
    for index, bar in enumerate(bars):
        chart.bars[(0, index)].fillColor = ACTUAL_FILL if bar.actual else THRESHOLD_FILL
    drawing.add(chart)
    drawing.add(
        String(chart.x, height - 5 * mm, title, fontName=BOLD, fontSize=8.5, fillColor=ACCENT)
    )
    return drawing
