"""Einstellungen: the sender's letterhead data, quote defaults, the interface language, and the
database with its backups. Ctrl+S (or "Speichern") checks everything first and saves nothing while
a problem is shown."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from nspdesk.domain.letterhead import Sender
from nspdesk.domain.letterhead_checks import sender_problems
from nspdesk.services import letterhead
from nspdesk.ui import formats, i18n
from nspdesk.ui import settings as options
from nspdesk.ui.context import AppContext
from nspdesk.ui.counted_unit import follow_count
from nspdesk.ui.i18n import show
from nspdesk.ui.operations import run
from nspdesk.ui.turns import turn_timer
from nspdesk.ui.views.base import WorkspaceView
from nspdesk.ui.views.settings_view.backups_panel import BackupsPanel
from nspdesk.ui.views.settings_view.sender_form import SenderForm
from nspdesk.ui.views.settings_view.sender_form import label as field_label
from nspdesk.ui.views.settings_view.sync_panel import SyncPanel


class SettingsView(WorkspaceView):
    view_id = "settings"
    title = "Einstellungen"

    def __init__(self, context: AppContext) -> None:
        super().__init__(context)
        self.title = self.tr("Einstellungen")
        self.program = context.program()
        self._dirty = False
        self.sender_form = SenderForm()
        self.sender_form.changed.connect(self._changed)
        self.backups = BackupsPanel(context)
        self.backups.status.connect(self.status.emit)

        bottom = self._bottom_bar()

        right = QVBoxLayout()
        right.addWidget(self._quote_box())
        right.addWidget(self._language_box())
        right.addWidget(self._due_box())
        right.addWidget(self.backups)
        right.addStretch()
        columns = QHBoxLayout()
        columns.addWidget(self.sender_form, 1)
        columns.addLayout(right, 1)
        self.team = SyncPanel(context)  # the team database: below both columns, the full width
        self.team.status.connect(self.status.emit)
        rows = QVBoxLayout()
        rows.addLayout(columns)
        rows.addWidget(self.team)
        page = QWidget()
        page.setLayout(rows)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(page)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addLayout(bottom)
        # What is stored is read and shown in a later turn (``ui.turns``): the form's build and
        # first paint (20-40 ms) and the read
        # (two queries, compiled the first time: 8-11 ms) in one turn paused the GUI thread over
        # 50 ms (issue 20). The backups' list is read by ``BackupsPanel`` when built.
        self._load_timer = turn_timer(self, self.load)
        self._load_timer.start()
        self.read_when_built()

    def _bottom_bar(self) -> QHBoxLayout:
        """The message line, "Verwerfen" and "Speichern"."""
        self.message = QLabel()
        self.message.setObjectName("settingsMessage")
        self.message.setWordWrap(True)
        self.message.hide()
        self.save_button = QPushButton(self.tr("Speichern"))
        self.save_button.setObjectName("settingsSave")
        self.save_button.setToolTip(self.tr("Absender und Einstellungen speichern (Strg+S)"))
        self.save_button.clicked.connect(self.save)
        self.revert_button = QPushButton(self.tr("Verwerfen"))
        self.revert_button.clicked.connect(self.load)
        bottom = QHBoxLayout()
        bottom.addWidget(self.message, 1)
        bottom.addStretch()
        bottom.addWidget(self.revert_button)
        bottom.addWidget(self.save_button)
        return bottom

    def _quote_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Angebote"))
        self.validity_days = QSpinBox()
        self.validity_days.setObjectName("validityDays")
        self.validity_days.setRange(1, 365)
        follow_count(self.validity_days, lambda n: self.tr(" Tage", "", n))
        cap = self.program.max_extra_discount
        self.max_discount = QDoubleSpinBox()
        self.max_discount.setObjectName("maxExtraDiscount")
        self.max_discount.setLocale(QLocale(i18n.babel_locale()))  # the decimal sign of the UI
        self.max_discount.setDecimals(1)
        self.max_discount.setRange(0, float(cap))
        self.max_discount.setSingleStep(0.5)
        self.max_discount.setSuffix(self.tr(" %"))  # German "10,0 %", English "10.0%"
        self.max_discount.setToolTip(
            self.tr(
                "Höchstens {percent}: mehr erlaubt das Partnerprogramm (Edition {edition}) nicht."
            ).format(percent=formats.percent(cap), edition=self.program.edition)
        )
        self.contact_person = QLineEdit()
        self.contact_person.setObjectName("contactPerson")
        self.contact_person.setPlaceholderText(self.tr("Name auf Angeboten und Checklisten"))
        self.contact_person.setToolTip(
            self.tr(
                "Ansprechpartner und Unterschrift Ihrer Angebote; leer: der Unterzeichner aus "
                "dem Briefkopf"
            )
        )
        self.signer_function = QLineEdit()
        self.signer_function.setObjectName("signerFunction")
        self.signer_function.setPlaceholderText(self.tr("z. B. Partner Account Manager"))
        self.signer_function.setToolTip(self.tr("Steht unter Ihrem Namen in der Unterschrift"))
        form = QFormLayout(box)
        form.addRow(self.tr("Gültigkeit neuer Angebote:"), self.validity_days)
        form.addRow(self.tr("Höchster Zusatzrabatt:"), self.max_discount)
        allowed = self.tr("(das Programm erlaubt höchstens {percent})")
        form.addRow("", _wrapping(allowed.format(percent=formats.percent(cap))))
        form.addRow(self.tr("Ihr Name:"), self.contact_person)
        form.addRow(self.tr("Ihre Funktion:"), self.signer_function)
        for signal in (
            self.validity_days.valueChanged,
            self.max_discount.valueChanged,
            self.contact_person.textEdited,
            self.signer_function.textEdited,
        ):
            signal.connect(self._changed)
        return box

    def _language_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Oberfläche"))
        self.language = QComboBox()
        self.language.setObjectName("language")
        for code, name in options.LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.currentIndexChanged.connect(self._changed)
        form = QFormLayout(box)
        form.addRow(self.tr("Sprache:"), self.language)
        form.addRow("", _wrapping(self.tr("(wirkt nach Neustart)")))
        return box

    def _due_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Fällig-Liste"))
        self.due_days: dict[options.Option[int], QSpinBox] = {}
        form = QFormLayout(box)
        for option, name, label in (
            (
                options.DUE_CERTIFICATION_DAYS,
                "dueCertificationDays",
                self.tr("Zertifizierung läuft ab in:"),
            ),
            (options.DUE_BACKLINK_DAYS, "dueBacklinkDays", self.tr("Backlink nicht geprüft seit:")),
            (options.DUE_QUOTE_DAYS, "dueQuoteDays", self.tr("Angebot läuft ab in:")),
            (
                options.DUE_ONBOARDING_DAYS,
                "dueOnboardingDays",
                self.tr("Onboarding ohne Änderung seit:"),
            ),
        ):
            spin = QSpinBox()
            spin.setObjectName(name)
            spin.setRange(0, 730)
            follow_count(spin, lambda n: self.tr(" Tage", "", n))
            spin.setToolTip(QCoreApplication.translate("Settings", option.label))
            spin.valueChanged.connect(self._changed)
            self.due_days[option] = spin
            form.addRow(label, spin)
        return box

    # --- loading and saving ----------------------------------------------------------------------

    def loading(self) -> bool:
        """True until what is stored is shown (the turn after the view is built)."""
        return self._load_timer.isActive()

    def activated(self) -> None:
        if self.just_built():
            return  # read in the next turn (``__init__``): nothing can have changed since
        if not self._dirty:
            self.load()
        self.backups.refresh()

    def load(self) -> None:
        self._load_timer.stop()
        settings = self.context.settings

        workspace = self.context.workspace

        def read() -> tuple[Sender, Decimal | None]:
            return letterhead.load_letterhead(workspace), letterhead.max_extra_discount(workspace)

        stored = run(self, self.tr("Einstellungen"), read)
        if stored is not None:
            sender, team_cap = stored
            self.sender_form.set_sender(sender)
            # the team's cap in the database (None: as far as the program allows)
            cap = self.program.max_extra_discount
            self.max_discount.setValue(float(cap if team_cap is None else min(team_cap, cap)))
        self.validity_days.setValue(settings.get_int(options.VALIDITY_DAYS))
        self.contact_person.setText(settings.get_text(options.CONTACT_PERSON))
        self.signer_function.setText(settings.get_text(options.SIGNER_FUNCTION))
        for option, spin in self.due_days.items():
            spin.setValue(settings.get_int(option))
        language = self.language.findData(settings.get_text(options.LANGUAGE))
        self.language.setCurrentIndex(max(0, language))
        self.sender_form.mark(set())
        self._show_message("")
        self._dirty = False

    def _changed(self, *_args: object) -> None:
        self._dirty = True

    def has_unsaved_changes(self) -> bool:
        return self._dirty

    def max_extra_discount(self) -> Decimal:
        """The spin box's value exactly as shown (one decimal), never a float's digits."""
        return Decimal(f"{self.max_discount.value():.1f}")

    def problems(self, sender: Sender) -> list[tuple[str, str]]:
        found = sender_problems(sender)
        directors = self.sender_form.directors_problem()
        if directors:
            found.append(("managing_directors", directors))
        if self.max_extra_discount() > self.program.max_extra_discount:
            found.append(
                (
                    "max_extra_discount",
                    self.tr("Der höchste Zusatzrabatt darf {percent} nicht übersteigen.").format(
                        percent=formats.percent(self.program.max_extra_discount)
                    ),
                )
            )
        return found

    def save(self) -> bool:
        if self.loading():  # asked before what is stored is shown: never save empty fields
            self.load()
        sender = self.sender_form.to_sender()
        problems = self.problems(sender)
        self.sender_form.mark({field for field, _ in problems})
        if problems:
            extra = self.tr("Zusatzrabatt")
            found = " ".join(
                f"{extra if f == 'max_extra_discount' else field_label(f)}: {show(m)}"
                for f, m in problems
            )
            self._show_message(
                self.tr("Nicht gespeichert: {problems}").format(problems=found), error=True
            )
            return True

        workspace, cap = self.context.workspace, self.max_extra_discount()

        def write() -> bool:
            letterhead.save_team_settings(workspace, sender, cap)
            return True

        if not run(self, self.tr("Einstellungen speichern"), write):
            return True
        settings = self.context.settings
        settings.set(options.VALIDITY_DAYS, self.validity_days.value())
        settings.set(options.CONTACT_PERSON, self.contact_person.text().strip())
        settings.set(options.SIGNER_FUNCTION, self.signer_function.text().strip())
        for option, spin in self.due_days.items():
            settings.set(option, spin.value())
        language = str(self.language.currentData())
        restart = language != settings.get_text(options.LANGUAGE)
        settings.set(options.LANGUAGE, language)
        settings.sync()
        self.sender_form.set_sender(sender)
        self._dirty = False
        message = self.tr("Gespeichert.")
        if restart:
            message += " " + self.tr("Die Sprache wirkt nach einem Neustart.")
        self._show_message(message)
        self.status.emit(self.tr("Einstellungen gespeichert"))
        return True

    def _show_message(self, text: str, error: bool = False) -> None:
        self.message.setText(text)
        self.message.setStyleSheet("color: #b00020;" if error else "color: #1b5e20;")
        self.message.setVisible(bool(text))


def _wrapping(text: str) -> QLabel:
    """A note that wraps rather than widen its column (both columns fit at 1024 pixels)."""
    label = QLabel(text)
    label.setWordWrap(True)
    return label
