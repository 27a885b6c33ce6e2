"""Agreements (Basis-SV, PV, SV, HSV, the partner agreement) with their dates, and NFR licences."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from nspdesk.services import partners as records
from nspdesk.services.partner_overview import AgreementRow, NfrRow, PartnerDetail
from nspdesk.services.partners import AGREEMENT_KINDS
from nspdesk.services.workspace import Workspace
from nspdesk.ui.counted_unit import follow_count
from nspdesk.ui.formats import day, number
from nspdesk.ui.i18n import QT_TRANSLATE_NOOP, show
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
    "kind": QT_TRANSLATE_NOOP("AgreementsTab", "Art"),
    "signed_on": QT_TRANSLATE_NOOP("AgreementsTab", "Unterzeichnet"),
    "valid_until": QT_TRANSLATE_NOOP("AgreementsTab", "Gültig bis"),
    "customer": QT_TRANSLATE_NOOP("AgreementsTab", "Endkunde"),
    "note": QT_TRANSLATE_NOOP("AgreementsTab", "Notiz"),
    "users": QT_TRANSLATE_NOOP("AgreementsTab", "User"),
    "issued_on": QT_TRANSLATE_NOOP("AgreementsTab", "Ausgestellt"),
    "reference": QT_TRANSLATE_NOOP("AgreementsTab", "Referenz"),
}


# The store's agreement kinds (``AGREEMENT_KINDS``) in the UI language; another kind shows the
# store's name.
AGREEMENT_NAMES = {
    "partnervertrag": QT_TRANSLATE_NOOP("AgreementsTab", "Partnervereinbarung (Programm)"),
    "basis-sv": QT_TRANSLATE_NOOP("AgreementsTab", "Basis-Servicevereinbarung"),
    "PV": QT_TRANSLATE_NOOP("AgreementsTab", "Partnervereinbarung (PV, Support)"),
    "SV": QT_TRANSLATE_NOOP("AgreementsTab", "Servicevereinbarung (SV)"),
    "HSV": QT_TRANSLATE_NOOP("AgreementsTab", "Hersteller-Supportvertrag (HSV)"),
}


def agreement_name(kind: str) -> str:
    if kind in AGREEMENT_NAMES:
        return QCoreApplication.translate("AgreementsTab", AGREEMENT_NAMES[kind])
    return AGREEMENT_KINDS.get(kind, kind)


def labels() -> dict[str, str]:
    """The fields' names for error messages, in the UI language."""
    return {key: QCoreApplication.translate("AgreementsTab", text) for key, text in LABELS.items()}


def _valid_until(row: AgreementRow) -> str:
    if row.valid_until is None:
        return QCoreApplication.translate("AgreementsTab", "unbefristet")
    return day(row.valid_until)


def agreement_columns() -> list[Column[AgreementRow]]:
    return [
        Column(
            QCoreApplication.translate("AgreementsTab", "Vereinbarung"),
            lambda a: agreement_name(a.kind),
        ),
        Column(
            QCoreApplication.translate("AgreementsTab", "Unterzeichnet"),
            lambda a: day(a.signed_on),
            sort=lambda a: a.signed_on,
        ),
        Column(
            QCoreApplication.translate("AgreementsTab", "Gültig bis"),
            _valid_until,
            sort=lambda a: a.valid_until or date.max,
        ),
        Column(QCoreApplication.translate("AgreementsTab", "Endkunde"), lambda a: a.customer),
        Column(QCoreApplication.translate("AgreementsTab", "Notiz"), lambda a: a.note),
    ]


def nfr_columns() -> list[Column[NfrRow]]:
    return [
        Column(
            QCoreApplication.translate("AgreementsTab", "Ausgestellt"),
            lambda n: day(n.issued_on),
            sort=lambda n: n.issued_on,
        ),
        Column(
            QCoreApplication.translate("AgreementsTab", "User"),
            lambda n: number(n.users),
            right=True,
            sort=lambda n: n.users,
        ),
        Column(QCoreApplication.translate("AgreementsTab", "Referenz"), lambda n: n.reference),
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
        self.agreement_model: RowModel[AgreementRow] = RowModel(agreement_columns())
        self.agreements = plain_table("agreementsTable")
        self.agreements.setModel(self.agreement_model)
        self.kind = compact(QComboBox(), 10)
        self.kind.setObjectName("agreementKind")
        for value in AGREEMENT_KINDS:
            self.kind.addItem(agreement_name(value), value)
        self.signed_on = date_edit(today, "agreementSigned")
        self.limited = QCheckBox(self.tr("gültig bis"))
        self.limited.setObjectName("agreementLimited")
        self.valid_until = date_edit(date(today.year, 12, 31), "agreementValidUntil")
        self.valid_until.setEnabled(False)
        self.limited.toggled.connect(self.valid_until.setEnabled)
        self.customer = QLineEdit()
        self.customer.setObjectName("agreementCustomer")
        self.customer.setPlaceholderText(self.tr("Endkunde (SV, HSV)"))
        self.note = QLineEdit()
        self.note.setObjectName("agreementNote")
        self.note.setPlaceholderText(self.tr("Notiz"))
        add = QPushButton(self.tr("Vereinbarung erfassen"))
        add.setObjectName("addAgreement")
        add.clicked.connect(self.add_agreement)
        remove = QPushButton(self.tr("Entfernen"))
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
        agreement_box = QGroupBox(self.tr("Vereinbarungen"))
        agreement_layout = QVBoxLayout(agreement_box)
        agreement_layout.addWidget(self.agreements)
        first = QHBoxLayout()
        first.addWidget(self.kind, 1)
        first.addWidget(QLabel(self.tr("unterzeichnet")))
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
        self.nfr_model: RowModel[NfrRow] = RowModel(nfr_columns())
        self.nfr = plain_table("nfrTable")
        self.nfr.setModel(self.nfr_model)
        self.entitlement = QLabel()
        self.entitlement.setObjectName("nfrEntitlement")
        self.issued_on = date_edit(today, "nfrIssued")
        self.users = QSpinBox()
        self.users.setObjectName("nfrUsers")
        self.users.setRange(1, 100_000)
        follow_count(self.users, lambda n: self.tr(" User", "", n))
        self.reference = QLineEdit()
        self.reference.setObjectName("nfrReference")
        self.reference.setPlaceholderText(self.tr("Referenz / Lizenznummer"))
        issue = QPushButton(self.tr("NFR-Lizenz erfassen"))
        issue.setObjectName("issueNfr")
        issue.clicked.connect(self.issue_nfr)
        remove_nfr = QPushButton(self.tr("Entfernen"))
        remove_nfr.setObjectName("removeNfr")
        remove_nfr.clicked.connect(self.remove_nfr)
        self.nfr_errors = ErrorLine(
            "nfrErrors",
            {"users": self.users, "issued_on": self.issued_on, "reference": self.reference},
        )
        nfr_box = QGroupBox(self.tr("NFR-Lizenzen"))
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
                self.tr("Anspruch: eine kostenlose NFR-Lizenz für {users} User ({tier})").format(
                    users=number(detail.nfr_users), tier=show(tier.name)
                )
            )
        else:
            self.entitlement.setText(self.tr("Ohne Partnerstufe gibt es keine NFR-Lizenz."))
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

        def change(workspace: Workspace) -> None:
            records.add_agreement(workspace, partner_id, kind, signed_on, until, customer, note)

        done = self.host.write(
            self.tr("Vereinbarung erfassen"), change, self.agreement_errors, labels()
        )
        if done:
            self.customer.clear()
            self.note.clear()
        return done

    def remove_agreement(self) -> bool:
        index = self.agreements.currentIndex()
        if not index.isValid():
            return False
        agreement = self.agreement_model.row(index.row())
        question = self.tr("{agreement} vom {day} entfernen?").format(
            agreement=agreement_name(agreement.kind), day=day(agreement.signed_on)
        )
        if not self.host.confirm(question):
            return False
        return self.host.write(
            self.tr("Vereinbarung entfernen"), lambda w: records.remove_agreement(w, agreement.id)
        )

    def issue_nfr(self) -> bool:
        if self.detail is None:
            return False
        detail = self.detail
        issued_on, users = from_qdate(self.issued_on.date()), self.users.value()
        reference = self.reference.text()

        def change(workspace: Workspace) -> None:
            records.issue_nfr(workspace, detail.id, issued_on, users, reference, as_of=detail.as_of)

        done = self.host.write(self.tr("NFR-Lizenz erfassen"), change, self.nfr_errors, labels())
        if done:
            self.reference.clear()
        return done

    def remove_nfr(self) -> bool:
        index = self.nfr.currentIndex()
        if not index.isValid():
            return False
        licence = self.nfr_model.row(index.row())
        question = self.tr("NFR-Lizenz vom {day} entfernen?").format(day=day(licence.issued_on))
        if not self.host.confirm(question):
            return False
        return self.host.write(
            self.tr("NFR-Lizenz entfernen"), lambda w: records.remove_nfr(w, licence.id)
        )
