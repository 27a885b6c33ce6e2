"""Database location, backups and the integrity check, inside the running app.

Restoring needs the database closed (a restore refuses while the app holds its lock), so the app
does what a user expects of a "restore" button: ``services.maintenance.restore_into`` closes the
database, restores (which first keeps a copy of the current database, so nothing is lost), and opens
it again into the same workspace, migrating a backup from an older version. Views ask the services on
every action and see the restored data.
"""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from nspdesk.services import maintenance
from nspdesk.ui import formats
from nspdesk.ui.context import AppContext
from nspdesk.ui.i18n import QT_TRANSLATE_NOOP, show
from nspdesk.ui.operations import error_text, run

MANUAL = maintenance.MANUAL  # part of the file name, not translated
# The reasons in backup file names (see services.maintenance), as the list shows them; German sources.
REASONS = {
    MANUAL: QT_TRANSLATE_NOOP("BackupsPanel", "manuell"),
    "auto": QT_TRANSLATE_NOOP("BackupsPanel", "automatisch"),
    "vor-wiederherstellung": QT_TRANSLATE_NOOP("BackupsPanel", "vor Wiederherstellung"),
}


def describe_reason(reason: str) -> str:
    """``vor-migration-0002`` → ``vor Migration 0002`` (English ``before migration 0002``)."""
    if reason in REASONS:
        return QCoreApplication.translate("BackupsPanel", REASONS[reason])
    if reason.startswith("vor-migration-"):
        return QCoreApplication.translate("BackupsPanel", "vor Migration {revision}").format(
            revision=reason.removeprefix("vor-migration-")
        )
    return reason.replace("-", " ")


def describe_backup(path: Path, database: Path) -> str:
    """``25.11.2026 11:15 · manuell · 1,2 MB`` (local time of the file, in the UI's locale)."""
    stamp = datetime.fromtimestamp(path.stat().st_mtime).astimezone()
    # <database stem>-YYYYmmdd-HHMMSS-<reason>.sqlite3
    parts = path.stem[len(database.stem) + 1 :].split("-", 2)
    reason = parts[2] if len(parts) == 3 else ""
    size = Decimal(path.stat().st_size) / 1024 / 1024
    text = f"{formats.day(stamp.date())} {stamp:%H:%M}"
    if reason:
        text += f" · {describe_reason(reason)}"
    return text + f" · {formats.number(size.quantize(Decimal('0.1')))} MB"


class BackupsPanel(QGroupBox):
    status = Signal(str)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(
            QCoreApplication.translate("BackupsPanel", "Datenbank und Sicherungen"), parent
        )
        self.setObjectName("backupsPanel")
        self.context = context
        place = context.workspace.place
        self.path = place.path
        self.location_label = QLabel(
            self.tr("Datenbank: {database}").format(database=place.description)
        )
        self.location_label.setObjectName("databaseLocation")
        self.location_label.setWordWrap(True)
        self.location_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.list = QListWidget()
        self.list.setObjectName("backupList")
        self.list.setMinimumHeight(110)
        self.list.currentRowChanged.connect(self._update_buttons)
        self.backup_button = QPushButton(self.tr("Jetzt sichern"))
        self.backup_button.setObjectName("backupNow")
        self.backup_button.clicked.connect(self.backup_now)
        self.restore_button = QPushButton(self.tr("Wiederherstellen …"))
        self.restore_button.setObjectName("backupRestore")
        self.restore_button.clicked.connect(self.restore_selected)
        self.check_button = QPushButton(self.tr("Integrität prüfen"))
        self.check_button.setObjectName("integrityCheck")
        self.check_button.clicked.connect(self.check)
        self.report = QPlainTextEdit()
        self.report.setObjectName("integrityReport")
        self.report.setReadOnly(True)
        self.report.setFixedHeight(90)
        self.report.setPlaceholderText(
            self.tr("Der Bericht der Integritätsprüfung erscheint hier.")
        )
        buttons = QHBoxLayout()
        buttons.addWidget(self.backup_button)
        buttons.addWidget(self.restore_button)
        buttons.addStretch()
        buttons.addWidget(self.check_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.location_label)
        if self.path is None:
            note = QLabel(
                self.tr(
                    "Die Datenbank liegt auf einem Server: Sicherungen macht dort die "
                    "Datenbankverwaltung (z. B. mit pg_dump)."
                )
            )
            note.setWordWrap(True)
            layout.addWidget(note)
            self.list.hide()
            self.backup_button.hide()
            self.restore_button.hide()
        else:
            folder = maintenance.backup_folder(self.path)
            where = QLabel(
                self.tr("Sicherungen in {folder}, neueste zuerst:").format(folder=folder)
            )
            where.setWordWrap(True)
            layout.addWidget(where)
        layout.addWidget(self.list)
        layout.addLayout(buttons)
        layout.addWidget(self.report)
        self.refresh()

    def refresh(self) -> None:
        self.list.clear()
        if self.path is None:
            return
        for backup in maintenance.backups_of(self.path):
            item = QListWidgetItem(describe_backup(backup, self.path))
            item.setData(Qt.ItemDataRole.UserRole, str(backup))
            item.setToolTip(str(backup))
            self.list.addItem(item)
        if not self.list.count():  # what to do, rather than an empty white box
            hint = QListWidgetItem(
                self.tr(
                    "Noch keine Sicherung. „Jetzt sichern“ legt eine an; hier stehen dann die "
                    "Sicherungen, neueste zuerst, und „Wiederherstellen …“ holt eine zurück."
                )
            )
            hint.setFlags(Qt.ItemFlag.NoItemFlags)
            self.list.addItem(hint)
        self._update_buttons()

    def selected_backup(self) -> Path | None:
        item = self.list.currentItem()
        path = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        return Path(path) if isinstance(path, str) else None

    def _update_buttons(self, *_args: object) -> None:
        chosen = self.selected_backup() is not None
        self.restore_button.setEnabled(chosen)
        self.restore_button.setToolTip(
            "" if chosen else self.tr("Erst eine Sicherung in der Liste wählen.")
        )

    def backup_now(self) -> Path | None:
        if self.path is None:
            return None
        workspace = self.context.workspace
        made = run(self, self.tr("Sichern"), lambda: maintenance.backup_workspace(workspace))
        if made is not None:
            self.refresh()
            self.list.setCurrentRow(0)
            self.status.emit(self.tr("Sicherung erstellt: {file}").format(file=made.name))
        return made

    def restore_selected(self) -> None:
        backup, database = self.selected_backup(), self.path
        if backup is None or database is None:
            return
        if not self._confirm(
            self.tr("Sicherung wiederherstellen"),
            self.tr(
                "Die Datenbank auf den Stand vom {when} zurücksetzen?\n\nÄnderungen seit dieser "
                "Sicherung sind danach nicht mehr zu sehen. Der jetzige Stand wird vorher als "
                "eigene Sicherung aufbewahrt, so dass sich auch das Wiederherstellen rückgängig "
                "machen lässt.\n\nBitte ungespeicherte Eingaben in anderen Ansichten vorher "
                "speichern."
            ).format(when=describe_backup(backup, database).split(" · ")[0]),
        ):
            return
        safety, problem = self._restore(database, backup)
        self.refresh()
        if problem is not None:
            self._warn(self.tr("Wiederherstellen"), problem)
            return
        assert safety is not None
        self.status.emit(self.tr("Wiederhergestellt aus {file}").format(file=backup.name))
        self._inform(
            self.tr("Wiederhergestellt"),
            self.tr(
                "Die Datenbank ist wieder auf dem Stand von {file}.\n\n"
                "Der vorherige Stand ist gesichert als:\n{safety}"
            ).format(file=backup.name, safety=safety),
        )

    def _restore(self, database: Path, backup: Path) -> tuple[Path | None, str | None]:
        """Close the database, restore, reopen; (the safety copy, None) or (None, what went wrong)."""
        outcome = maintenance.restore_into(self.context.workspace, backup)
        problem: str | None = None
        if outcome.restore_error is not None:
            problem = self.tr("Nicht wiederhergestellt: {error}").format(
                error=error_text(outcome.restore_error)
            )
        if outcome.reopen_error is not None:
            problem = self.tr(
                "{outcome}\n\nDie Datenbank lässt sich danach nicht öffnen: {error}\n"
                "Bitte nspdesk neu starten."
            ).format(
                outcome=problem or self.tr("Wiederhergestellt."),
                error=error_text(outcome.reopen_error),
            )
        return (outcome.safety if problem is None else None), problem

    def check(self) -> None:
        report = run(
            self,
            self.tr("Integrität prüfen"),
            lambda: maintenance.check_workspace(self.context.workspace),
        )
        if report is not None:
            self.report.setPlainText("\n".join(show(line) for line in report.lines))
            self.status.emit(
                self.tr("Integritätsprüfung: in Ordnung")
                if report.ok
                else self.tr("Integritätsprüfung: Probleme")
            )

    # --- dialogs (tests replace these) -----------------------------------------------------------

    def _confirm(self, title: str, text: str) -> bool:
        return QMessageBox.question(self, title, text) == QMessageBox.StandardButton.Yes

    def _warn(self, title: str, text: str) -> None:
        QMessageBox.warning(self, title, text)

    def _inform(self, title: str, text: str) -> None:
        QMessageBox.information(self, title, text)
