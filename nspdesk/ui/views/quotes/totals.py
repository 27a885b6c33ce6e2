"""The totals box of the quote editor: Netto, Umsatzsteuer (or the reverse-charge note), Brutto.

A quote that charges in more than one billing period shows one row per period (einmalig, jährlich,
monatlich) with its own VAT and a row "Gesamt im ersten Jahr" (``nspdesk.domain.billing``). An
end-customer quote adds the partner's purchase price and margin: in euros and percent of the sale,
per period when the periods are mixed. The box shows the domain's figures as they are; it adds
nothing up itself.
"""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QWidget

from nspdesk.domain.billing import PERIOD_ORDER, PeriodSummary, PeriodTotal, period_summary
from nspdesk.domain.pricing import Audience, PricedQuote
from nspdesk.domain.program import Billing
from nspdesk.ui.formats import money, percent
from nspdesk.ui.i18n import show

RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
MUTED = "color: #4b5563;"
NEGATIVE = "color: #b91c1c;"
WIDEST_AMOUNT = Decimal("999999.99")  # the box is as wide as these amounts need, for every quote
# Grid columns
LABEL, NET, VAT, GROSS, MARGIN = range(5)
HEADER_ROW = 0
PERIOD_ROWS = {period: row for row, period in enumerate(PERIOD_ORDER, start=1)}
TOTAL_ROW = len(PERIOD_ORDER) + 1
RULE_ROW, PURCHASE_ROW, MARGIN_ROW, NOTE_ROW = range(TOTAL_ROW + 1, TOTAL_ROW + 5)


def _value() -> QLabel:
    label = QLabel("–")
    label.setAlignment(RIGHT)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class TotalsBox(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("totalsBox")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.summary: PeriodSummary | None = None
        layout = QGridLayout(self)
        layout.setHorizontalSpacing(12)
        layout.setVerticalSpacing(3)
        layout.setColumnStretch(LABEL, 1)
        self.net_label = QLabel(self.tr("Netto"))
        self.vat_label = QLabel(self.tr("USt"))
        self.gross_label = QLabel(self.tr("Brutto"))
        self.margin_label = QLabel(self.tr("Marge"))
        self._build_periods(layout)
        self._build_total(layout)
        self._build_margin(layout)
        layout.setRowStretch(NOTE_ROW + 1, 1)
        self._widths = {margin: self._width_for(margin) for margin in (False, True)}
        self._show_periods(None, end_customer=False)
        self._show_margin(None)

    def _build_periods(self, layout: QGridLayout) -> None:
        for column, header in enumerate(
            (self.net_label, self.vat_label, self.gross_label, self.margin_label), start=NET
        ):
            header.setAlignment(RIGHT)
            header.setStyleSheet(MUTED)
            layout.addWidget(header, HEADER_ROW, column)
        self.period_rows: dict[Billing, tuple[QLabel, QLabel, QLabel, QLabel, QLabel]] = {}
        names = {
            Billing.ONCE: self.tr("einmalig"),
            Billing.YEARLY: self.tr("jährlich"),
            Billing.MONTHLY: self.tr("monatlich"),
        }
        self.period_names = names
        for period, row in PERIOD_ROWS.items():
            cells = (QLabel(names[period]), _value(), _value(), _value(), _value())
            for column, cell in enumerate(cells):
                layout.addWidget(cell, row, column)
            self.period_rows[period] = cells

    def _build_total(self, layout: QGridLayout) -> None:
        self.total_label = QLabel(self.tr("Gesamt"))
        self.net, self.vat, self.gross, self.margin_total = _value(), _value(), _value(), _value()
        bold = self.gross.font()
        bold.setBold(True)
        for cell in (self.total_label, self.net, self.vat, self.gross, self.margin_total):
            cell.setFont(bold)
        bigger = self.gross.font()
        bigger.setPointSizeF(bigger.pointSizeF() * 1.15)
        self.gross.setFont(bigger)
        for column, cell in enumerate(
            (self.total_label, self.net, self.vat, self.gross, self.margin_total)
        ):
            layout.addWidget(cell, TOTAL_ROW, column)
        rule = QFrame()
        rule.setFrameShape(QFrame.Shape.HLine)
        layout.addWidget(rule, RULE_ROW, 0, 1, 5)

    def _build_margin(self, layout: QGridLayout) -> None:
        self.purchase_label = QLabel(self.tr("Einkauf des Partners"))
        self.purchase = _value()
        self.margin_caption = QLabel(self.tr("Marge des Partners"))
        self.margin = _value()
        self.margin_percent = _value()
        self.purchase.setObjectName("purchaseTotal")
        self.margin.setObjectName("marginTotal")
        self.margin_percent.setObjectName("marginPercent")
        layout.addWidget(self.purchase_label, PURCHASE_ROW, LABEL)
        layout.addWidget(self.purchase, PURCHASE_ROW, NET)
        layout.addWidget(self.margin_caption, MARGIN_ROW, LABEL)
        layout.addWidget(self.margin, MARGIN_ROW, NET)
        layout.addWidget(self.margin_percent, MARGIN_ROW, VAT)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setObjectName("vatNote")
        self.note.setStyleSheet(MUTED)
        layout.addWidget(self.note, NOTE_ROW, 0, 1, 5)

    # --- showing --------------------------------------------------------------------------------

    def show_priced(self, priced: PricedQuote | None, lines: int) -> None:
        if priced is None:
            self.summary = None
            for value in (self.net, self.vat, self.gross):
                value.setText("–")
            self.vat_label.setText(self.tr("USt"))
            self.total_label.setText(self.tr("Gesamt"))
            self.note.setText(self.tr("Keine Summen: die Eingaben sind noch nicht vollständig."))
            self._show_periods(None, end_customer=False)
            self._show_margin(None)
            return
        summary = period_summary(priced)
        self.summary = summary
        end_customer = priced.request.audience is Audience.END_CUSTOMER
        self._show_periods(summary, end_customer)
        if summary.mixed:
            total = summary.first_year
            self.total_label.setText(self.tr("Gesamt im ersten Jahr"))
            self.net.setText(money(total.net))
            self.vat.setText(money(total.vat))
            self.gross.setText(money(total.gross))
        else:
            totals = priced.totals
            self.total_label.setText(self._single_period_label(summary))
            self.net.setText(money(totals.net))
            self.vat.setText(money(totals.vat))
            self.gross.setText(money(totals.gross))
        self._show_margin(priced if end_customer else None)
        if priced.vat_note is not None:
            self.vat_label.setText(self.tr("USt (RC)"))
            self.vat_label.setToolTip(self.tr("Reverse Charge"))
            self.note.setText(show(priced.vat_note))
        else:
            self.vat_label.setText(
                self.tr("USt {rate}").format(rate=percent(priced.totals.vat_rate))
            )
            self.vat_label.setToolTip("")
            positions = self.tr("%n Positionen", "", lines)
            self.note.setText(
                self.tr("{positions} · Konditionen {tier} · {program}").format(
                    positions=positions,
                    tier=show(priced.priced_as.name),
                    program=show(priced.program.title),
                )
            )

    def _single_period_label(self, summary: PeriodSummary) -> str:
        """ "Gesamt", or "Gesamt monatlich" for a quote of monthly lines only."""
        if len(summary.periods) == 1 and summary.periods[0].period is not Billing.ONCE:
            name = self.period_names[summary.periods[0].period]
            return self.tr("Gesamt {period}").format(period=name)
        return self.tr("Gesamt")

    def _width_for(self, margin_column: bool) -> int:
        """A fixed width: the widest label and amounts this box can show, so that it keeps its
        width from quote to quote (and the texts beside it theirs)."""
        layout = self.layout()
        assert isinstance(layout, QGridLayout)
        plain, bold = self.fontMetrics(), QFontMetrics(self.total_label.font())
        labels = [plain.horizontalAdvance(self.purchase_label.text())]
        labels += [plain.horizontalAdvance(self.margin_caption.text())]
        labels += [plain.horizontalAdvance(self.tr("Marge in % des Verkaufs"))]
        labels += [bold.horizontalAdvance(self.tr("Gesamt im ersten Jahr"))]
        labels += [
            bold.horizontalAdvance(self.tr("Gesamt {period}").format(period=name))
            for name in self.period_names.values()
        ]
        amount = money(WIDEST_AMOUNT)
        columns = [
            bold.horizontalAdvance(amount),
            bold.horizontalAdvance(amount),
            QFontMetrics(self.gross.font()).horizontalAdvance(amount),
        ]
        if margin_column:
            columns.append(bold.horizontalAdvance(amount))
        margins = layout.contentsMargins()
        return (
            max(labels)
            + sum(columns)
            + layout.horizontalSpacing() * len(columns)
            + margins.left()
            + margins.right()
            + 2 * self.frameWidth()
            + 4  # rounding
        )

    def _show_periods(self, summary: PeriodSummary | None, end_customer: bool) -> None:
        mixed = summary is not None and summary.mixed
        margin_column = mixed and end_customer
        self.setFixedWidth(self._widths[margin_column])
        by_period: dict[Billing, PeriodTotal] = (
            {p.period: p for p in summary.periods} if summary is not None else {}
        )
        for period, cells in self.period_rows.items():
            total = by_period.get(period)
            shown = mixed and total is not None
            label, net, vat, gross, margin = cells
            for cell in (label, net, vat, gross):
                cell.setVisible(shown)
            margin.setVisible(shown and margin_column)
            if shown and total is not None:
                net.setText(money(total.net))
                vat.setText(money(total.vat))
                gross.setText(money(total.gross))
                margin.setText(money(total.margin))
                margin.setStyleSheet(NEGATIVE if total.margin < 0 else "")
        self.margin_label.setVisible(margin_column)
        self.margin_total.setVisible(margin_column)
        if margin_column and summary is not None:
            self.margin_total.setText(money(summary.first_year.margin))
            self.margin_total.setStyleSheet(NEGATIVE if summary.first_year.margin < 0 else "")

    def _show_margin(self, priced: PricedQuote | None) -> None:
        """Purchase and margin of an end-customer quote (hidden on a partner quote). With mixed
        periods the amounts are in the margin column, one per period; the rate stays here."""
        mixed = self.summary is not None and self.summary.mixed
        for widget in (self.purchase_label, self.purchase, self.margin):
            widget.setVisible(priced is not None and not mixed)
        for widget in (self.margin_caption, self.margin_percent):
            widget.setVisible(priced is not None)
        if priced is None:
            return
        self.purchase.setText(money(priced.purchase))
        self.margin.setText(money(priced.margin))
        self.margin.setStyleSheet(NEGATIVE if priced.margin < 0 else "")
        if mixed and self.summary is not None:
            self._show_period_rates(self.summary)
            return
        rate = priced.margin_percent
        self.margin_percent.setText(percent(rate) if rate is not None else "–")
        self.margin_percent.setStyleSheet(NEGATIVE if priced.margin < 0 else "")
        self.margin_caption.setText(self.tr("Marge des Partners"))
        self.margin_percent.setToolTip(
            self.tr("Marge aller Positionen im Verhältnis zum Verkaufspreis (netto)")
        )

    def _show_period_rates(self, summary: PeriodSummary) -> None:
        """The margin rate of each period on its own sale and of the first year, one labelled
        line each (a rate across one-time and monthly amounts would mean nothing)."""
        captions: list[str] = []
        rates: list[str] = []
        for total in summary.periods:
            captions.append(
                self.tr("Marge {period}").format(period=self.period_names[total.period])
            )
            rates.append(_rate(total))
        captions.append(self.tr("Marge im ersten Jahr"))
        rates.append(_rate(summary.first_year))
        self.margin_caption.setText("\n".join(captions))
        self.margin_percent.setText("\n".join(rates))
        self.margin_percent.setStyleSheet(NEGATIVE if summary.first_year.margin < 0 else "")
        self.margin_percent.setToolTip(
            self.tr(
                "Marge in % des Verkaufspreises (netto), je Abrechnungszeitraum und für das erste "
                "Jahr (einmalig + 1 × jährlich + 12 × monatlich)"
            )
        )


def _rate(total: PeriodTotal) -> str:
    rate = total.margin_percent
    return percent(rate) if rate is not None else "–"
