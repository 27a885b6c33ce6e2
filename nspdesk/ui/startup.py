"""Opening the database when the desktop app starts: first-start demo data, and what to do when the
database cannot be used (in use, damaged, newer) — said in a dialog, never as a traceback.

Only a damaged or newer file is offered a restore. A file that cannot be reached (rights, a full or
failing disk) is told as it is: restoring a backup over a healthy file would not help and could lose
work. A database opened with a warning (only readable, no backup today) is shown after the warning.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from nspdesk.domain.editions import ProgramLibrary
from nspdesk.services import kept_rows, maintenance
from nspdesk.services.errors import (
    CorruptDatabaseError,
    DatabaseLockedError,
    NewerSchemaError,
    StoreError,
)
from nspdesk.services.workspace import Workspace, locate, open_workspace
from nspdesk.ui.i18n import show
from nspdesk.ui.operations import error_text


def open_for_app(
    db: str | None, library: ProgramLibrary, parent: QWidget | None = None
) -> Workspace | None:
    """The open database ``db`` names (see ``services.workspace``), or None when the user was told
    why it cannot be opened. A new file is made and filled with the demo data."""
    try:
        workspace = open_workspace(db, library, create=True, take_lock=True)
    except DatabaseLockedError as error:
        QMessageBox.information(
            parent,
            QCoreApplication.translate("Startup", "nspdesk läuft bereits"),
            error_text(error),
        )
        return None
    except (CorruptDatabaseError, NewerSchemaError) as error:
        path = locate(db).path
        if not error.backups or path is None:
            QMessageBox.critical(parent, "nspdesk", error_text(error))  # nothing to offer
            return None
        if not _offer_restore(parent, error):
            return None
        try:
            maintenance.restore_file(path, error.backups[0])
            kept_rows.forget(path)  # the rows kept from the file replaced
            workspace = open_workspace(db, library, create=True, take_lock=True)
        except StoreError as second:
            QMessageBox.critical(
                parent,
                "nspdesk",
                QCoreApplication.translate(
                    "Startup", "Wiederherstellen fehlgeschlagen:\n{error}"
                ).format(error=error_text(second)),
            )
            return None
    except StoreError as error:
        QMessageBox.critical(parent, "nspdesk", error_text(error))
        return None
    if workspace.created:
        try:
            maintenance.fill_demo(workspace)
        except BaseException:
            workspace.close()
            raise
    if workspace.warnings:
        QMessageBox.warning(
            parent,
            QCoreApplication.translate("Startup", "nspdesk: Hinweis zur Datenbank"),
            "\n\n".join(show(warning) for warning in workspace.warnings),
        )
    return workspace


def _offer_restore(parent: QWidget | None, error: CorruptDatabaseError | NewerSchemaError) -> bool:
    latest = error.backups[0]
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        QCoreApplication.translate("Startup", "Datenbank nicht verwendbar"),
        QCoreApplication.translate(
            "Startup",
            "{error}\n\nSoll die letzte Sicherung {backup} wiederhergestellt werden? "
            "Die jetzige Datei bleibt als Kopie erhalten.",
        ).format(error=error_text(error), backup=latest.name),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        parent,
    )
    box.button(QMessageBox.StandardButton.Yes).setText(
        QCoreApplication.translate("Startup", "Sicherung wiederherstellen")
    )
    box.button(QMessageBox.StandardButton.No).setText(
        QCoreApplication.translate("Startup", "Beenden")
    )
    return box.exec() == QMessageBox.StandardButton.Yes
