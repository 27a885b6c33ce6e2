"""Trainings and technicians with their last admin course and its expiry; adding and removing.

A certification is valid through the same day ``certification_valid_years`` later; within the
program's ``certification_warn_days`` it shows amber, expired red (``certification_state``).
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from nspdesk.services import partners as records
from nspdesk.services.partner_overview import (
    CertificationState,
    PartnerDetail,
    TechnicianRow,
    TrainingRow,
)
from nspdesk.services.workspace import Workspace
from nspdesk.ui.formats import day
from nspdesk.ui.i18n import QT_TRANSLATE_NOOP
from nspdesk.ui.table_model import Column, RowModel
from nspdesk.ui.views.partners.common import (
    AMBER,
    GREY,
    RED,
    ErrorLine,
    date_edit,
    from_qdate,
    plain_table,
)
from nspdesk.ui.views.partners.host import Host
from nspdesk.ui.views.partners.texts import format_name, training_name

LABELS = {
    "kind": QT_TRANSLATE_NOOP("PeopleTab", "Art"),
    "format": QT_TRANSLATE_NOOP("PeopleTab", "Format"),
    "attended_on": QT_TRANSLATE_NOOP("PeopleTab", "Datum"),
    "attendee": QT_TRANSLATE_NOOP("PeopleTab", "Teilnehmer"),
    "name": QT_TRANSLATE_NOOP("PeopleTab", "Name"),
    "email": QT_TRANSLATE_NOOP("PeopleTab", "E-Mail"),
    "completed_on": QT_TRANSLATE_NOOP("PeopleTab", "Kursdatum"),
}
STATE_COLORS: dict[CertificationState, QColor | None] = {
    CertificationState.VALID: None,
    CertificationState.EXPIRING: AMBER,
    CertificationState.EXPIRED: RED,
    CertificationState.NONE: GREY,
}


def labels() -> dict[str, str]:
    """The fields' names for error messages, in the UI language."""
    return {key: QCoreApplication.translate("PeopleTab", text) for key, text in LABELS.items()}


def certification_text(row: TechnicianRow) -> str:
    match row.state:
        case CertificationState.VALID:
            return QCoreApplication.translate("PeopleTab", "gültig")
        case CertificationState.EXPIRING:
            return QCoreApplication.translate(
                "PeopleTab", "läuft in %n Tagen ab", "", row.days_left or 0
            )
        case CertificationState.EXPIRED:
            return QCoreApplication.translate("PeopleTab", "abgelaufen – Schulung wiederholen")
        case _:
            return QCoreApplication.translate("PeopleTab", "noch kein Kurs")


def training_columns() -> list[Column[TrainingRow]]:
    return [
        Column(
            QCoreApplication.translate("PeopleTab", "Datum"),
            lambda t: day(t.attended_on),
            sort=lambda t: t.attended_on,
        ),
        Column(QCoreApplication.translate("PeopleTab", "Art"), lambda t: training_name(t.kind)),
        Column(QCoreApplication.translate("PeopleTab", "Format"), lambda t: format_name(t.format)),
        Column(QCoreApplication.translate("PeopleTab", "Teilnehmer"), lambda t: t.attendee),
    ]


def technician_columns() -> list[Column[TechnicianRow]]:
    return [
        Column(QCoreApplication.translate("PeopleTab", "Name"), lambda t: t.name),
        Column(QCoreApplication.translate("PeopleTab", "E-Mail"), lambda t: t.email),
        Column(
            QCoreApplication.translate("PeopleTab", "Letzter Kurs"),
            lambda t: day(t.last_course) if t.last_course else "–",
            sort=lambda t: t.last_course or date.min,
        ),
        Column(
            QCoreApplication.translate("PeopleTab", "Gültig bis"),
            lambda t: day(t.valid_through) if t.valid_through else "–",
            sort=lambda t: t.valid_through or date.min,
            color=lambda t: STATE_COLORS[t.state],
        ),
        Column(
            QCoreApplication.translate("PeopleTab", "Zertifizierung"),
            certification_text,
            color=lambda t: STATE_COLORS[t.state],
        ),
    ]


class PeopleTab(QWidget):
    def __init__(self, host: Host) -> None:
        super().__init__()
        self.host = host
        self.detail: PartnerDetail | None = None
        layout = QVBoxLayout(self)
        layout.addWidget(self._training_box(date.today()), 1)
        layout.addWidget(self._technician_box(date.today()), 1)

    def _training_box(self, today: date) -> QGroupBox:
        self.training_model: RowModel[TrainingRow] = RowModel(training_columns())
        self.trainings = plain_table("trainingsTable")
        self.trainings.setModel(self.training_model)
        self.training_kind = QComboBox()
        self.training_kind.setObjectName("trainingKind")
        for value in records.TRAINING_KINDS:
            self.training_kind.addItem(training_name(value), value)
        self.training_format = QComboBox()
        self.training_format.setObjectName("trainingFormat")
        for value in records.TRAINING_FORMATS:
            self.training_format.addItem(format_name(value), value)
        self.training_day = date_edit(today, "trainingDay")
        self.attendee = QLineEdit()
        self.attendee.setObjectName("trainingAttendee")
        self.attendee.setPlaceholderText(self.tr("Teilnehmer"))
        add_training = QPushButton(self.tr("Training erfassen"))
        add_training.setObjectName("addTraining")
        add_training.clicked.connect(self.add_training)
        remove_training = QPushButton(self.tr("Entfernen"))
        remove_training.setObjectName("removeTraining")
        remove_training.clicked.connect(self.remove_training)
        self.training_errors = ErrorLine(
            "trainingErrors",
            {"attended_on": self.training_day, "attendee": self.attendee},
        )
        training_box = QGroupBox(self.tr("Trainings (Vertrieb und Technik, je Jahr)"))
        training_layout = QVBoxLayout(training_box)
        training_layout.addWidget(self.trainings)
        first = QHBoxLayout()
        for widget in (self.training_kind, self.training_format, self.training_day):
            first.addWidget(widget)
        first.addWidget(self.attendee, 1)
        second = QHBoxLayout()
        second.addStretch()
        second.addWidget(add_training)
        second.addWidget(remove_training)
        training_layout.addLayout(first)
        training_layout.addLayout(second)
        training_layout.addWidget(self.training_errors)
        return training_box

    def _technician_box(self, today: date) -> QGroupBox:
        self.technician_model: RowModel[TechnicianRow] = RowModel(technician_columns())
        self.technicians = plain_table("techniciansTable")
        self.technicians.setModel(self.technician_model)
        self.technician_name = QLineEdit()
        self.technician_name.setObjectName("technicianName")
        self.technician_name.setPlaceholderText(self.tr("Name"))
        self.technician_email = QLineEdit()
        self.technician_email.setObjectName("technicianEmail")
        self.technician_email.setPlaceholderText(self.tr("E-Mail"))
        self.with_course = QCheckBox(self.tr("Kurs am"))
        self.with_course.setObjectName("technicianWithCourse")
        self.with_course.setChecked(True)
        self.course_day = date_edit(today, "courseDay")
        add_technician = QPushButton(self.tr("Techniker hinzufügen"))
        add_technician.setObjectName("addTechnician")
        add_technician.clicked.connect(self.add_technician)
        add_course = QPushButton(self.tr("Kurs für Auswahl erfassen"))
        add_course.setObjectName("addCourse")
        add_course.setToolTip(
            self.tr("Eine abgeschlossene Administratorenschulung am gewählten Tag")
        )
        add_course.clicked.connect(self.add_course)
        remove_technician = QPushButton(self.tr("Techniker entfernen"))
        remove_technician.setObjectName("removeTechnician")
        remove_technician.clicked.connect(self.remove_technician)
        self.technician_errors = ErrorLine(
            "technicianErrors",
            {
                "name": self.technician_name,
                "email": self.technician_email,
                "completed_on": self.course_day,
            },
        )
        self.certification_note = QLabel()
        self.certification_note.setWordWrap(True)
        self.certification_note.setStyleSheet(f"color: {GREY.name()};")
        technician_box = QGroupBox(
            self.tr("Zertifizierte Techniker (zweitägige Administratorenschulung)")
        )
        technician_layout = QVBoxLayout(technician_box)
        technician_layout.addWidget(self.technicians)
        first = QHBoxLayout()
        first.addWidget(self.technician_name, 1)
        first.addWidget(self.technician_email, 1)
        first.addWidget(self.with_course)
        first.addWidget(self.course_day)
        second = QHBoxLayout()
        second.addStretch()
        second.addWidget(add_technician)
        second.addWidget(add_course)
        second.addWidget(remove_technician)
        technician_layout.addLayout(first)
        technician_layout.addLayout(second)
        technician_layout.addWidget(self.certification_note)
        technician_layout.addWidget(self.technician_errors)
        return technician_box

    def load(self, detail: PartnerDetail) -> None:
        changed_partner = self.detail is None or self.detail.id != detail.id
        self.detail = detail
        self.training_model.set_rows(list(detail.trainings))
        self.technician_model.set_rows(list(detail.technicians))
        program = detail.program
        self.certification_note.setText(
            self.tr(
                "Gültig {years} Jahre ab dem Kurstag; {days} Tage vorher gelb, danach rot."
            ).format(years=program.certification_valid_years, days=program.certification_warn_days)
        )
        if changed_partner:
            video = program.tracks[detail.master.track].trainings == "video"
            self.training_format.setCurrentIndex(
                self.training_format.findData("video" if video else "online")
            )
            self.training_errors.clear_error()
            self.technician_errors.clear_error()

    def _selected(self, table: QTableView) -> int:
        index = table.currentIndex()
        return index.row() if index.isValid() else -1

    # --- actions --------------------------------------------------------------------------------

    def add_training(self) -> bool:
        if self.detail is None:
            return False
        partner_id = self.detail.id
        kind, fmt = self.training_kind.currentData(), self.training_format.currentData()
        attended_on, attendee = from_qdate(self.training_day.date()), self.attendee.text()

        def change(workspace: Workspace) -> None:
            records.add_training(workspace, partner_id, kind, fmt, attended_on, attendee)

        done = self.host.write(self.tr("Training erfassen"), change, self.training_errors, labels())
        if done:
            self.attendee.clear()
        return done

    def remove_training(self) -> bool:
        row = self._selected(self.trainings)
        if row < 0:
            return False
        training = self.training_model.row(row)
        question = self.tr("Das Training {kind} vom {day} entfernen?").format(
            kind=training_name(training.kind), day=day(training.attended_on)
        )
        if not self.host.confirm(question):
            return False
        return self.host.write(
            self.tr("Training entfernen"), lambda w: records.remove_training(w, training.id)
        )

    def add_technician(self) -> bool:
        if self.detail is None:
            return False
        partner_id = self.detail.id
        name, email = self.technician_name.text(), self.technician_email.text()
        course = from_qdate(self.course_day.date()) if self.with_course.isChecked() else None

        def change(workspace: Workspace) -> None:
            records.add_technician(workspace, partner_id, name, email, course)

        done = self.host.write(
            self.tr("Techniker hinzufügen"), change, self.technician_errors, labels()
        )
        if done:
            self.technician_name.clear()
            self.technician_email.clear()
        return done

    def add_course(self) -> bool:
        row = self._selected(self.technicians)
        if row < 0:
            self.technician_errors.setText(self.tr("Bitte zuerst einen Techniker auswählen."))
            self.technician_errors.show()
            return False
        technician = self.technician_model.row(row)
        completed_on = from_qdate(self.course_day.date())
        return self.host.write(
            self.tr("Kurs erfassen"),
            lambda w: records.add_course(w, technician.id, completed_on),
            self.technician_errors,
            labels(),
        )

    def remove_technician(self) -> bool:
        row = self._selected(self.technicians)
        if row < 0:
            return False
        technician = self.technician_model.row(row)
        question = self.tr("{name} mit allen erfassten Kursen entfernen?").format(
            name=technician.name
        )
        if not self.host.confirm(question):
            return False
        return self.host.write(
            self.tr("Techniker entfernen"), lambda w: records.remove_technician(w, technician.id)
        )
