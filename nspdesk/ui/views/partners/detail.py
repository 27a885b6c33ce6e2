"""One partner: a header with its standing and the tabs (dashboard, master data, figures, people,
agreements, backlink). Filled from a ``PartnerDetail``; the writes go through the host (the view)."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from nspdesk.domain.program import Program
from nspdesk.domain.standing import Standing
from nspdesk.services.partner_overview import PartnerDetail
from nspdesk.ui.i18n import show
from nspdesk.ui.scrolling import VerticalScroll
from nspdesk.ui.views.partners.agreements_tab import AgreementsTab
from nspdesk.ui.views.partners.backlink_panel import BacklinkPanel
from nspdesk.ui.views.partners.common import STANDING_COLORS, standing_name
from nspdesk.ui.views.partners.dashboard import Dashboard
from nspdesk.ui.views.partners.figures_tab import FiguresTab
from nspdesk.ui.views.partners.host import Host
from nspdesk.ui.views.partners.master_form import MasterForm
from nspdesk.ui.views.partners.people_tab import PeopleTab


def header_html(detail: PartnerDetail) -> str:
    master, program = detail.master, detail.program
    tier = program.tiers.get(master.tier or "")
    track = program.tracks.get(master.track)
    facts = [
        QCoreApplication.translate("PartnerDetail", "Kd.-Nr. {number}").format(
            number=escape(master.customer_number)
        )
        if master.customer_number
        else "",
        escape(master.city),
        escape(show(track.name)) if track else escape(master.track),
        escape(show(tier.name))
        if tier
        else QCoreApplication.translate("PartnerDetail", "noch keine Stufe"),
    ]
    if tier is not None and tier.benefits_of and master.msp_level in program.tiers:
        facts[-1] += " " + QCoreApplication.translate(
            "PartnerDetail", "(Umsatzniveau {tier})"
        ).format(tier=escape(show(program.tier(master.msp_level or "").name)))
    standing = detail.standing
    color = STANDING_COLORS[standing.standing]
    light = (
        f' <span style="color:{color.name()}; font-size: 13pt">● {escape(standing_name(standing.standing))}</span>'
        if color is not None and standing.standing is not Standing.NONE
        else ""
    )
    return (
        f'<span style="font-size: 15pt; font-weight: bold">{escape(master.company)}</span>{light}'
        f"<br>{' · '.join(f for f in facts if f)}"
    )


class PartnerDetailPanel(QWidget):
    def __init__(self, host: Host, program: Program) -> None:
        super().__init__()
        self.detail: PartnerDetail | None = None
        self.header = QLabel()
        self.header.setObjectName("partnerHeader")
        self.header.setTextFormat(Qt.TextFormat.RichText)
        self.header.setWordWrap(True)
        self.dashboard = Dashboard()
        self.master = MasterForm(host, program)
        self.figures = FiguresTab(host, program)
        self.people = PeopleTab(host)
        self.agreements = AgreementsTab(host)
        self.backlink = BacklinkPanel()
        self.tabs = QTabWidget()
        self.tabs.setObjectName("partnerTabs")
        self.tabs.setUsesScrollButtons(True)
        # The names other views pass to ``PartnersView.select_partner(…, tab=…)``.
        self.tab_ids: dict[str, QWidget] = {
            "dashboard": self.dashboard,
            "master": self.master,
            "figures": self.figures,
            "people": self.people,
            "agreements": self.agreements,
            "backlink": self.backlink,
        }
        # The tall pages scroll up and down: the view fits a small laptop's 640 px (less the title
        # and task bars); the dashboard scrolls by itself.
        self.pages: dict[str, QWidget] = {
            name: page if name == "dashboard" else VerticalScroll(page, f"{name}Page")
            for name, page in self.tab_ids.items()
        }
        for name, title in (
            ("dashboard", self.tr("Übersicht")),
            ("master", self.tr("Stammdaten")),
            ("figures", self.tr("Zahlen")),
            ("people", self.tr("Schulungen")),
            ("agreements", self.tr("Verträge/NFR")),
            ("backlink", self.tr("Backlink")),
        ):
            self.tabs.addTab(self.pages[name], title)
        self.tabs.setTabToolTip(0, self.tr("Anforderungen, was fehlt, Was wäre wenn"))
        self.tabs.setTabToolTip(3, self.tr("Trainings und zertifizierte Techniker"))
        self.tabs.setTabToolTip(
            4, self.tr("Vereinbarungen (Basis-SV, PV, SV, HSV) und NFR-Lizenzen")
        )
        self.master.changed.connect(self._mark_tabs)
        self.figures.changed.connect(self._mark_tabs)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.header)
        layout.addWidget(self.tabs, 1)

    @property
    def dirty(self) -> bool:
        return self.master.dirty or self.figures.dirty

    def load(self, detail: PartnerDetail, force: bool = False) -> None:
        """Show ``detail``; unsaved edits of the same partner (and year) stay unless ``force``.
        The detail shown already, unchanged (the view shown again), is not filled again (its
        tabs: 20-30 ms)."""
        if not force and detail == self.detail:
            return
        self.detail = detail
        self.header.setText(header_html(detail))
        self.dashboard.show_evaluation(detail.evaluation, detail.standing)
        self.master.load(detail, force)
        self.figures.load(detail, force)
        self.people.load(detail)
        self.agreements.load(detail)
        self.backlink.load(detail)
        self._mark_tabs()

    def show_tab(self, tab: str) -> None:
        """Open the tab named ``tab`` (a key of ``tab_ids``)."""
        self.tabs.setCurrentWidget(self.pages[tab])

    def current_tab(self) -> str:
        current = self.tabs.currentWidget()
        return next(name for name, widget in self.pages.items() if widget is current)

    def _mark_tabs(self) -> None:
        self.tabs.setTabText(
            1, self.tr("Stammdaten *") if self.master.dirty else self.tr("Stammdaten")
        )
        self.tabs.setTabText(2, self.tr("Zahlen *") if self.figures.dirty else self.tr("Zahlen"))
        if self.detail is not None:
            self.tabs.setTabToolTip(
                2,
                self.tr(
                    "Zahlen {year}: von Hand und aus angenommenen Angeboten; Leistungen"
                ).format(year=self.detail.year),
            )
