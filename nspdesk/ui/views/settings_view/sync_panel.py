"""Team-Datenbank: connect this laptop's file to the team database and sync it (docs/sync.md).

Not in a team: "Mit Team-Datenbank verbinden …" asks for the server, the password (it goes to the
system's credential store) and the device's name, and copies the team database down. In a team: the
device, the team database, the time of the last sync with the unsent changes and open conflicts, and
"Jetzt synchronisieren". The same services as ``nspdesk sync`` do the work.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from nspdesk.services import sync
from nspdesk.ui import formats
from nspdesk.ui.context import AppContext
from nspdesk.ui.operations import run


class JoinDialog(QDialog):
    """The team database's address, the password and this device's name."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Mit Team-Datenbank verbinden"))
        self.url = QLineEdit()
        self.url.setObjectName("syncUrl")
        self.url.setPlaceholderText(
            self.tr("postgresql://benutzer@server/datenbank?sslmode=verify-full")
        )
        self.password = QLineEdit()
        self.password.setObjectName("syncPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.device = QLineEdit()
        self.device.setObjectName("syncDevice")
        self.device.setPlaceholderText(self.tr("z. B. Ihre Initialen: MK"))
        self.device.setMaxLength(10)
        self.send_existing = QCheckBox(
            self.tr("Daten dieser Datei in die Team-Datenbank übernehmen")
        )
        note = QLabel(
            self.tr(
                "Das Passwort wird im Schlüsselbund des Systems gespeichert, nie in einer Datei. "
                "Angebote dieses Geräts erhalten eigene Nummern (A-2026-MK-0001)."
            )
        )
        note.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Team-Datenbank"), self.url)
        form.addRow(self.tr("Passwort"), self.password)
        form.addRow(self.tr("Gerätename"), self.device)
        form.addRow("", self.send_existing)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)


class SyncPanel(QGroupBox):
    """The settings' box for the team database."""

    status = Signal(str)
    synced = Signal()  # the data changed: views should read it again

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Team-Datenbank"))
        self.setObjectName("syncPanel")
        self.context = context
        self.state = QLabel()
        self.state.setObjectName("syncState")
        self.state.setWordWrap(True)
        self.state.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.join_button = QPushButton(self.tr("Mit Team-Datenbank verbinden …"))
        self.join_button.setObjectName("syncJoin")
        self.join_button.clicked.connect(self.join)
        self.sync_button = QPushButton(self.tr("Jetzt synchronisieren"))
        self.sync_button.setObjectName("syncNow")
        self.sync_button.clicked.connect(self.sync_now)
        buttons = QHBoxLayout()
        buttons.addWidget(self.join_button)
        buttons.addWidget(self.sync_button)
        buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.addWidget(self.state)
        layout.addLayout(buttons)
        self.refresh()

    def refresh(self) -> None:
        workspace = self.context.workspace
        if workspace.place.path is None:
            self.state.setText(
                self.tr("Diese Datenbank ist selbst eine Team-Datenbank auf einem Server.")
            )
            self.join_button.hide()
            self.sync_button.hide()
            return
        found = run(self, self.tr("Team-Datenbank"), lambda: sync.status(workspace))
        if found is None:
            self.state.setText(
                self.tr(
                    "Nicht verbunden. Verbunden arbeitet dieses Gerät offline auf seiner Datei "
                    "und gleicht sich mit der Team-Datenbank ab, sobald sie erreichbar ist."
                )
            )
            self.join_button.show()
            self.sync_button.hide()
            return
        last = (
            self.tr("noch nie")
            if found.last_sync_at is None
            else formats.day(found.last_sync_at.astimezone().date())
            + f" {found.last_sync_at.astimezone():%H:%M}"
        )
        self.state.setText(
            self.tr(
                "Gerät {device} · {team}\nLetzter Abgleich: {last} · nicht gesendet: {unsent} · "
                "offene Konflikte: {conflicts}"
            ).format(
                device=found.device,
                team=found.team,
                last=last,
                unsent=found.unsent,
                conflicts=found.open_conflicts,
            )
        )
        self.join_button.hide()
        self.sync_button.show()

    def join(self) -> None:
        dialog = JoinDialog(self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        workspace = self.context.workspace
        done = run(
            self,
            self.tr("Mit Team-Datenbank verbinden"),
            lambda: sync.join(
                workspace,
                dialog.url.text().strip(),
                dialog.device.text().strip().upper(),
                send_existing=dialog.send_existing.isChecked(),
                password=dialog.password.text() or None,
            ),
        )
        if done is not None:
            self.status.emit(
                self.tr("Verbunden; {pulled} Einträge geholt.").format(pulled=done.pulled)
            )
            self.synced.emit()
        self.refresh()

    def sync_now(self) -> None:
        workspace = self.context.workspace
        done = run(self, self.tr("Jetzt synchronisieren"), lambda: sync.sync(workspace))
        if done is not None:
            self.status.emit(
                self.tr(
                    "Abgeglichen: {pushed} gesendet, {pulled} geholt, {conflicts} Konflikte."
                ).format(pushed=done.pushed, pulled=done.pulled, conflicts=done.conflicts)
            )
            self.synced.emit()
        self.refresh()
