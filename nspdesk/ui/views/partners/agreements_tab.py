"""Agreements (Basis-SV, PV, SV, HSV, the partner agreement) with their dates, and NFR licences."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from nspdesk.domain.formatting import day, number
from nspdesk.services.partner_overview import AgreementRow, NfrRow, PartnerDetail
from nspdesk.store import partner_records as records
from nspdesk.store.figures import AGREEMENT_KINDS
from nspdesk.ui.table_model import Column, RowModel
from nspdesk.ui.views.partners.common import (
    ErrorLine,
    compact,
    date_edit,
    from_qdate,
    plain_table,
)
from nspdesk.ui.views.partners.figures_tab import benefit_tier
from nspdesk.ui.views.partners.host import Host

LABELS = {
    "kind": "Art",
    "signed_on": "Unterzeichnet",
    "valid_until": "Gültig bis",
    "customer": "Endkunde",
    "note": "Notiz",
    "users": "User",
    "issued_on": "Ausgestellt",
    "reference": "Referenz",
}
AGREEMENT_COLUMNS: list[Column[AgreementRow]] = [
    Column("Vereinbarung", lambda a: a.kind_name),
    Column("Unterzeichnet", lambda a: day(a.signed_on), sort=lambda a: a.signed_on),
    Column(
        "Gültig bis",
        lambda a: day(a.valid_until) if a.valid_until else "unbefristet",
        sort=lambda a: a.valid_until or date.max,
    ),
    Column("Endkunde", lambda a: a.customer),
    Column("Notiz", lambda a: a.note),
]
NFR_COLUMNS: list[Column[NfrRow]] = [
    Column("Ausgestellt", lambda n: day(n.issued_on), sort=lambda n: n.issued_on),
    Column("User", lambda n: number(n.users), right=True, sort=lambda n: n.users),
    Column("Referenz", lambda n: n.reference),
]


class AgreementsTab(QWidget):
    def __init__(self, host: Host) -> None:
        super().__init__()
        self.host = host
        self.detail: PartnerDetail | None = None
        layout = QVBoxLayout(self)
        layout.addWidget(self._agreement_box(date.today()), 3)
        layout.addWidget(self._nfr_box(date.today()), 2)

    def _agreement_box(self, today: date) -> QGroupBox:
        self.agreement_model: RowModel[AgreementRow] = RowModel(AGREEMENT_COLUMNS)
        self.agreements = plain_table(QTableView(), "agreementsTable")
        self.agreements.setModel(self.agreement_model)
        self.kind = compact(QComboBox(), 10)
        self.kind.setObjectName("agreementKind")
        for value, text in AGREEMENT_KINDS.items():
            self.kind.addItem(text, value)
        self.signed_on = date_edit(today, "agreementSigned")
        self.limited = QCheckBox("gültig bis")
        self.limited.setObjectName("agreementLimited")
        self.valid_until = date_edit(date(today.year, 12, 31), "agreementValidUntil")
        self.valid_until.setEnabled(False)
        self.limited.toggled.connect(self.valid_until.setEnabled)
        self.customer = QLineEdit()
        self.customer.setObjectName("agreementCustomer")
        self.customer.setPlaceholderText("Endkunde (SV, HSV)")
        self.note = QLineEdit()
        self.note.setObjectName("agreementNote")
        self.note.setPlaceholderText("Notiz")
        add = QPushButton("Vereinbarung erfassen")
        add.setObjectName("addAgreement")
        add.clicked.connect(self.add_agreement)
        remove = QPushButton("Entfernen")
        remove.setObjectName("removeAgreement")
        remove.clicked.connect(self.remove_agreement)
        self.agreement_errors = ErrorLine(
            "agreementErrors",
            {
                "signed_on": self.signed_on,
                "valid_until": self.valid_until,
                "customer": self.customer,
                "note": self.note,
            },
        )
        agreement_box = QGroupBox("Vereinbarungen")
        agreement_layout = QVBoxLayout(agreement_box)
        agreement_layout.addWidget(self.agreements)
        first = QHBoxLayout()
        first.addWidget(self.kind, 1)
        first.addWidget(QLabel("unterzeichnet"))
        first.addWidget(self.signed_on)
        second = QHBoxLayout()
        second.addWidget(self.customer, 1)
        second.addWidget(self.limited)
        second.addWidget(self.valid_until)
        third = QHBoxLayout()
        third.addWidget(self.note, 1)
        third.addWidget(add)
        third.addWidget(remove)
        agreement_layout.addLayout(first)
        agreement_layout.addLayout(second)
        agreement_layout.addLayout(third)
        agreement_layout.addWidget(self.agreement_errors)
        return agreement_box

    def _nfr_box(self, today: date) -> QGroupBox:
        self.nfr_model: RowModel[NfrRow] = RowModel(NFR_COLUMNS)
        self.nfr = plain_table(QTableView(), "nfrTable")
        self.nfr.setModel(self.nfr_model)
        self.entitlement = QLabel()
        self.entitlement.setObjectName("nfrEntitlement")
        self.issued_on = date_edit(today, "nfrIssued")
        self.users = QSpinBox()
        self.users.setObjectName("nfrUsers")
        self.users.setRange(1, 100_000)
        self.users.setSuffix(" User")
        self.reference = QLineEdit()
        self.reference.setObjectName("nfrReference")
        self.reference.setPlaceholderText("Referenz / Lizenznummer")
        issue = QPushButton("NFR-Lizenz erfassen")
        issue.setObjectName("issueNfr")
        issue.clicked.connect(self.issue_nfr)
        remove_nfr = QPushButton("Entfernen")
        remove_nfr.setObjectName("removeNfr")
        remove_nfr.clicked.connect(self.remove_nfr)
        self.nfr_errors = ErrorLine(
            "nfrErrors",
            {"users": self.users, "issued_on": self.issued_on, "reference": self.reference},
        )
        nfr_box = QGroupBox("NFR-Lizenzen")
        nfr_layout = QVBoxLayout(nfr_box)
        nfr_layout.addWidget(self.entitlement)
        nfr_layout.addWidget(self.nfr)
        row = QHBoxLayout()
        row.addWidget(self.issued_on)
        row.addWidget(self.users)
        row.addWidget(self.reference, 1)
        buttons = QHBoxLayout()
        buttons.addStretch()
        buttons.addWidget(issue)
        buttons.addWidget(remove_nfr)
        nfr_layout.addLayout(row)
        nfr_layout.addLayout(buttons)
        nfr_layout.addWidget(self.nfr_errors)
        return nfr_box

    def load(self, detail: PartnerDetail) -> None:
        changed_partner = self.detail is None or self.detail.id != detail.id
        self.detail = detail
        self.agreement_model.set_rows(list(detail.agreements))
        self.nfr_model.set_rows(list(detail.nfr_licences))
        tier = benefit_tier(detail.program, detail.master)
        if detail.nfr_users:
            assert tier is not None
            self.entitlement.setText(
                f"Anspruch: eine kostenlose NFR-Lizenz für {number(detail.nfr_users)} User "
                f"({tier.name})"
            )
        else:
            self.entitlement.setText("Ohne Partnerstufe gibt es keine NFR-Lizenz.")
        if changed_partner:
            self.users.setValue(max(1, detail.nfr_users))
            self.agreement_errors.clear_error()
            self.nfr_errors.clear_error()

    def add_agreement(self) -> bool:
        if self.detail is None:
            return False
        partner_id = self.detail.id
        kind = self.kind.currentData()
        signed_on = from_qdate(self.signed_on.date())
        until = from_qdate(self.valid_until.date()) if self.limited.isChecked() else None
        customer, note = self.customer.text(), self.note.text()

        def change(session: Session) -> None:
            records.add_agreement(session, partner_id, kind, signed_on, until, customer, note)

        done = self.host.write("Vereinbarung erfassen", change, self.agreement_errors, LABELS)
        if done:
            self.customer.clear()
            self.note.clear()
        return done

    def remove_agreement(self) -> bool:
        index = self.agreements.currentIndex()
        if not index.isValid():
            return False
        agreement = self.agreement_model.row(index.row())
        if not self.host.confirm(
            f"{agreement.kind_name} vom {day(agreement.signed_on)} entfernen?"
        ):
            return False
        return self.host.write(
            "Vereinbarung entfernen", lambda s: records.remove_agreement(s, agreement.id)
        )

    def issue_nfr(self) -> bool:
        if self.detail is None:
            return False
        detail = self.detail
        issued_on, users = from_qdate(self.issued_on.date()), self.users.value()
        reference = self.reference.text()

        def change(session: Session) -> None:
            records.issue_nfr(session, detail.program, detail.id, issued_on, users, reference)

        done = self.host.write("NFR-Lizenz erfassen", change, self.nfr_errors, LABELS)
        if done:
            self.reference.clear()
        return done

    def remove_nfr(self) -> bool:
        index = self.nfr.currentIndex()
        if not index.isValid():
            return False
        licence = self.nfr_model.row(index.row())
        if not self.host.confirm(f"NFR-Lizenz vom {day(licence.issued_on)} entfernen?"):
            return False
        return self.host.write("NFR-Lizenz entfernen", lambda s: records.remove_nfr(s, licence.id))
