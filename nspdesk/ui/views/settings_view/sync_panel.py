"""Team-Datenbank: connect this laptop's file to the team database and sync it (docs/sync.md).

Not in a team: "Mit Team-Datenbank verbinden …" asks for the server, the password (it goes to the
system's credential store), the device's name and the team's CA certificate (TLS), and copies the
team database down. In a team: the device, the team database, the unsent changes and open
conflicts, and "Jetzt synchronisieren" with the time of the last sync. While the app runs, a device
also syncs in the background (``ui.team_sync``: soon after the start, every few minutes, and soon
after the network comes back where the system can tell; off the GUI thread); the panel shows how,
and notes a failure (an unreachable team database), which is tried again next time. The same
services as ``nspdesk sync`` do the work.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from nspdesk.services import sync
from nspdesk.ui import formats
from nspdesk.ui.context import AppContext
from nspdesk.ui.i18n import show
from nspdesk.ui.operations import run
from nspdesk.ui.team_sync import BACKGROUND_MINUTES


class JoinDialog(QDialog):
    """The team database's address, the password and this device's name."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Mit Team-Datenbank verbinden"))
        self.url = QLineEdit()
        self.url.setObjectName("syncUrl")
        self.url.setPlaceholderText(self.tr("postgresql://benutzer@server/datenbank"))
        self.password = QLineEdit()
        self.password.setObjectName("syncPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.device = QLineEdit()
        self.device.setObjectName("syncDevice")
        self.device.setPlaceholderText(self.tr("z. B. Ihre Initialen: MK"))
        self.device.setMaxLength(10)
        self.ca_file = QLineEdit()
        self.ca_file.setObjectName("syncCaFile")
        self.ca_file.setPlaceholderText(self.tr("leer: ohne Prüfung des Server-Zertifikats"))
        self.ca_file.setToolTip(
            self.tr(
                "Mit dem CA-Zertifikat des Teams verbindet sich das Gerät nur verschlüsselt und nur "
                "mit einem Server, dessen Zertifikat diese CA für seinen Namen ausgestellt hat "
                "(sslmode=verify-full)."
            )
        )
        choose = QPushButton(self.tr("Auswählen …"))
        choose.setObjectName("syncChooseCa")
        choose.clicked.connect(self.choose_ca)
        ca_row = QHBoxLayout()
        ca_row.addWidget(self.ca_file, 1)
        ca_row.addWidget(choose)
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
        form.addRow(self.tr("CA-Zertifikat (TLS)"), ca_row)
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
        self.setMinimumWidth(520)

    def choose_ca(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("CA-Zertifikat des Teams"),
            "",
            self.tr("Zertifikate (*.pem *.crt *.cer);;Alle Dateien (*)"),
        )
        if path:
            self.ca_file.setText(path)


class SyncPanel(QGroupBox):
    """The settings' box for the team database."""

    status = Signal(str)
    synced = Signal()  # the data changed: views should read it again
    background_done = Signal()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Team-Datenbank"))
        self.setObjectName("syncPanel")
        self.context = context
        self._unsent = 0
        # the device's background syncs: the app's, running whether or not this panel was built
        self.background = context.team_sync()
        self.background.succeeded.connect(self._background_succeeded)
        self.background.failed.connect(self._background_failed)
        self.background.finished.connect(self._background_finished)
        self.note = QLabel()
        self.note.setObjectName("syncNote")
        self.note.setWordWrap(True)
        self.note.hide()
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
        self.leave_button = QPushButton(self.tr("Team verlassen …"))
        self.leave_button.setObjectName("syncLeave")
        self.leave_button.clicked.connect(self.leave)
        buttons.addWidget(self.join_button)
        buttons.addWidget(self.sync_button)
        buttons.addStretch()
        buttons.addWidget(self.leave_button)
        self.conflict_box = self._conflict_box()
        layout = QVBoxLayout(self)
        layout.addWidget(self.state)
        layout.addWidget(self.note)
        layout.addLayout(buttons)
        layout.addWidget(self.conflict_box)
        self.refresh()
        if self.background.in_team and self.background.last_failure is not None:
            self._background_failed(self.background.last_failure)  # before the panel was built

    def _conflict_box(self) -> QWidget:
        """The open conflicts and the two ways to close one."""
        self.conflicts = QTreeWidget()
        self.conflicts.setObjectName("syncConflicts")
        self.conflicts.setHeaderHidden(True)
        self.conflicts.setColumnCount(1)
        self.conflicts.setWordWrap(True)
        self.conflicts.setUniformRowHeights(False)
        self.conflicts.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.conflicts.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.conflicts.setMinimumHeight(120)
        self.conflicts.setMaximumHeight(260)
        self.conflicts.currentItemChanged.connect(self._update_buttons)
        self.keep_mine = QPushButton(self.tr("Eigene Fassung behalten"))
        self.keep_mine.setObjectName("syncKeepMine")
        self.keep_mine.clicked.connect(lambda: self.resolve(True))
        self.keep_theirs = QPushButton(self.tr("Fassung des Teams behalten"))
        self.keep_theirs.setObjectName("syncKeepTheirs")
        self.keep_theirs.clicked.connect(lambda: self.resolve(False))
        choice = QHBoxLayout()
        choice.addWidget(self.keep_mine)
        choice.addWidget(self.keep_theirs)
        choice.addStretch()
        box = QWidget()
        conflict_layout = QVBoxLayout(box)
        conflict_layout.setContentsMargins(0, 0, 0, 0)
        conflict_layout.addWidget(
            _wrapping(
                self.tr(
                    "Konflikte: hier und im Team gleichzeitig geändert. In der Datenbank steht die "
                    "Fassung des Teams; die eigene ist aufbewahrt. Eine Entscheidung gilt für alles, "
                    "was darunter steht."
                )
            )
        )
        conflict_layout.addWidget(self.conflicts)
        conflict_layout.addLayout(choice)
        return box

    def refresh(self) -> None:
        workspace = self.context.workspace
        if workspace.place.path is None:
            self.state.setText(
                self.tr("Diese Datenbank ist selbst eine Team-Datenbank auf einem Server.")
            )
            self.join_button.hide()
            self.sync_button.hide()
            self.leave_button.hide()
            self.conflict_box.hide()
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
            self.leave_button.hide()
            self.conflict_box.hide()
            self.background.joined(False)
            self.note.hide()
            return
        last = (
            self.tr("noch nie")
            if found.last_sync_at is None
            else formats.moment(found.last_sync_at)
        )
        self.background.joined(True)  # the timers run, the network is watched where it can be
        self.state.setText(
            self.tr(
                "Gerät {device} · Team-Datenbank {team}\nNicht gesendet: {unsent} · "
                "offene Konflikte: {conflicts}"
            ).format(
                device=found.device,
                team=show(found.server) or found.team,
                unsent=found.unsent,
                conflicts=found.open_conflicts,
            )
            + "\n"
            + self._background_words()
        )
        self.state.setToolTip(found.team)  # the whole address (without password)
        self.sync_button.setText(
            self.tr("Jetzt synchronisieren · letzter Abgleich: {last}").format(last=last)
        )
        self.join_button.hide()
        self.sync_button.show()
        self.leave_button.show()
        self._unsent = found.unsent
        self._show_conflicts()

    def _background_words(self) -> str:
        """How this device syncs on its own: the network promised only where the system tells."""
        if self.background.watches_network:
            return self.tr(
                "Abgleich im Hintergrund alle {minutes} Minuten und sobald das Netzwerk wieder "
                "erreichbar ist."
            ).format(minutes=BACKGROUND_MINUTES)
        return self.tr("Abgleich im Hintergrund alle {minutes} Minuten.").format(
            minutes=BACKGROUND_MINUTES
        )

    def background_sync(self) -> bool:
        """A sync off the GUI thread now (``TeamSync``); False: one is running already."""
        return self.background.background_sync()

    def _background_succeeded(self, done: sync.SyncCounts) -> None:
        self.note.hide()
        if done.pulled or done.conflicts:
            self.synced.emit()

    def _background_failed(self, reason: str) -> None:
        if self.background.watches_network:
            text = self.tr(
                "Abgleich im Hintergrund nicht möglich ({reason}); nächster Versuch in "
                "{minutes} Minuten oder sobald das Netzwerk wieder erreichbar ist."
            )
        else:
            text = self.tr(
                "Abgleich im Hintergrund nicht möglich ({reason}); nächster Versuch in "
                "{minutes} Minuten."
            )
        self.note.setText(text.format(reason=reason, minutes=BACKGROUND_MINUTES))
        self.note.show()

    def _background_finished(self) -> None:
        self.refresh()
        self.background_done.emit()

    def _show_conflicts(self) -> None:
        """One entry per thing (a partner, a quote …), its conflicting parts below it, and under
        each part the fields that differ: here and in the team."""
        workspace = self.context.workspace
        found = run(self, self.tr("Team-Datenbank"), lambda: sync.conflicts(workspace)) or []
        self.conflicts.clear()
        things: dict[str, QTreeWidgetItem] = {}
        rows: list[tuple[QTreeWidgetItem, bool]] = []
        for conflict in found:
            top = things.get(conflict.root)
            if top is None:
                top = QTreeWidgetItem([show(conflict.thing)])
                font = top.font(0)
                font.setBold(True)
                top.setFont(0, font)
                top.setData(0, Qt.ItemDataRole.UserRole, conflict.id)
                things[conflict.root] = top
                self.conflicts.addTopLevelItem(top)
            whole_row = conflict.mine_deleted or conflict.theirs_deleted
            rows.append((self._add_conflict(top, conflict), whole_row))
        for top in things.values():
            top.setExpanded(True)
        for row, whole_row in rows:
            row.setExpanded(not whole_row)  # a deleted side's whole content: on request
        self.conflict_box.setVisible(bool(found))
        self._update_buttons()

    def _add_conflict(self, top: QTreeWidgetItem, conflict: sync.ConflictEntry) -> QTreeWidgetItem:
        what = show(conflict.part) if conflict.part else self.tr("Stammdaten")
        row = QTreeWidgetItem([f"{what}: {show(conflict.why)}"])
        row.setData(0, Qt.ItemDataRole.UserRole, conflict.id)
        row.setData(
            0, Qt.ItemDataRole.UserRole + 1, conflict.mine_deleted or conflict.theirs_deleted
        )
        top.addChild(row)
        details = []
        if conflict.mine_deleted:
            details.append(self.tr("hier gelöscht"))
        elif conflict.theirs_deleted:
            details.append(self.tr("im Team gelöscht; hier:"))
        for f in conflict.fields:
            if conflict.theirs_deleted:
                details.append(
                    self.tr("{field}: „{mine}“").format(
                        field=show(f.label), mine=show(f.mine_shown)
                    )
                )
                continue
            details.append(
                self.tr("{field}: hier „{mine}“, im Team „{theirs}“").format(
                    field=show(f.label), mine=show(f.mine_shown), theirs=show(f.theirs_shown)
                )
            )
        for detail in details:
            item = QTreeWidgetItem([detail])
            item.setData(0, Qt.ItemDataRole.UserRole, conflict.id)
            row.addChild(item)
        return row

    def _update_buttons(self, *_args: object) -> None:
        chosen = self.conflicts.currentItem() is not None
        self.keep_mine.setEnabled(chosen)
        self.keep_theirs.setEnabled(chosen)

    def resolve(self, keep_mine: bool) -> None:
        item = self.conflicts.currentItem()
        if item is None:
            return
        conflict_id = int(item.data(0, Qt.ItemDataRole.UserRole))
        workspace = self.context.workspace

        def action() -> bool:
            sync.resolve(workspace, conflict_id, keep_mine)
            return True

        if run(self, self.tr("Konflikt lösen"), action):
            self.synced.emit()
        self.refresh()

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
                ca_file=dialog.ca_file.text().strip() or None,
            ),
        )
        if done is not None:
            self.status.emit(self.tr("Verbunden; %n Einträge geholt.", "", done.pulled))
            self.synced.emit()
        self.refresh()

    def leave(self) -> None:
        """Leave the team; the file stays a standalone database (``nspdesk sync leave``)."""
        question = self.tr(
            "Dieses Gerät verlässt das Team. Die Datei bleibt mit allen Daten als eigenständige "
            "Datenbank erhalten; neue Angebote erhalten weiter die Nummern dieses Geräts. Es wird "
            "nicht mehr abgeglichen."
        )
        if self._unsent:
            question += "\n\n" + self.tr(
                "Noch nicht gesendete Änderungen: {count}. Das Team erhält sie dann nicht."
            ).format(count=self._unsent)
        if not self.ask_leave(question):
            return
        workspace = self.context.workspace
        force = bool(self._unsent)
        name = run(self, self.tr("Team verlassen"), lambda: sync.leave(workspace, force=force))
        if name is not None:
            self.status.emit(self.tr("Gerät {name} hat das Team verlassen.").format(name=name))
        self.refresh()

    def ask_leave(self, question: str) -> bool:
        """Whether to leave (a dialog; tests replace it)."""
        answer = QMessageBox.question(self, self.tr("Team verlassen"), question)
        return answer == QMessageBox.StandardButton.Yes

    def sync_now(self) -> None:
        if self.background.running:  # never two syncs at once; its result is shown when done
            self.status.emit(self.tr("Ein Abgleich läuft bereits im Hintergrund."))
            return
        workspace = self.context.workspace
        done = run(self, self.tr("Jetzt synchronisieren"), lambda: sync.sync(workspace))
        if done is not None:
            self.status.emit(
                self.tr(
                    "Abgeglichen: {pushed} gesendet, {pulled} geholt, %n Konflikte.",
                    "",
                    done.conflicts,
                ).format(pushed=done.pushed, pulled=done.pulled)
            )
            self.synced.emit()
        self.refresh()


def _wrapping(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    return label
