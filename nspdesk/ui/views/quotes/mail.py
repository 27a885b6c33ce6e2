"""„Per E-Mail senden“ in the quote editor's "Weitere" menu: the quote handed over as an e-mail
draft in the system's mail program.

The draft (``.eml``, ``X-Unsent: 1``, from ``services.quotes.mail_draft``) is written to the
outbox folder below and opened with the program the system has for ``.eml`` files; the person reads
it, adds an address if none is known and sends it (offline it waits in the mail program's outbox).

A quote is mailed as the customer gets it, frozen: a draft is marked as sent first, after the
editor asked ("Als versendet markieren und E-Mail erstellen?") and with the questions of "Als
versendet markieren" (warnings, an expired date). That is the order a sales rep works in: the quote
goes out, and the store says so; when the mail is not sent after all, "Neue Revision" reopens it.
"""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QCoreApplication, QObject, QUrl
from PySide6.QtGui import QAction, QDesktopServices
from PySide6.QtWidgets import QMenu, QMessageBox, QWidget

from nspdesk import files
from nspdesk.services import quotes
from nspdesk.services.quotes import MailDraft, Status
from nspdesk.ui import operations
from nspdesk.ui.context import AppContext
from nspdesk.ui.i18n import show
from nspdesk.ui.views.quotes.editor_form import Loaded
from nspdesk.ui.views.quotes.export import sender_contact
from nspdesk.ui.views.quotes.unprintable import ask_print_anyway

translate = QCoreApplication.translate  # lupdate reads these calls with their context


class MailHost(Protocol):
    """What mailing needs of the quote editor."""

    context: AppContext
    loaded: Loaded | None

    def mark_sent(self) -> bool: ...
    def say(self, text: str) -> None: ...


def outbox() -> Path:
    """Where the drafts are written: a folder of the user's temporary files (the mail program
    copies the message when it opens it)."""
    return Path(tempfile.gettempdir()) / "nspdesk-outbox"


def open_file(path: Path) -> bool:
    """Open ``path`` with the system's program for it (tests replace this)."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def ask_mark_sent(parent: QWidget, label: str) -> bool:
    """Whether to mark the draft ``label`` as sent before it is mailed (tests replace this)."""
    answer = QMessageBox.question(
        parent,
        translate("QuoteMail", "Per E-Mail senden"),
        translate(
            "QuoteMail",
            "Angebot {label} ist noch ein Entwurf. Per E-Mail geht es so hinaus, wie es jetzt "
            "gedruckt wird: es wird als versendet markiert (eingefroren) und der E-Mail-Entwurf "
            "öffnet sich in Ihrem E-Mail-Programm.\n\nAls versendet markieren und E-Mail "
            "erstellen?",
        ).format(label=label),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


class QuoteMailer(QObject):
    """The "Per E-Mail senden …" action, placed at the top of the editor's "Weitere" menu."""

    def __init__(self, editor: MailHost, parent: QWidget, menu: QMenu) -> None:
        super().__init__(parent)
        self.editor = editor
        self.parent_widget = parent
        self.action = QAction(translate("QuoteMail", "Per E-Mail senden …"), parent)
        self.action.setObjectName("mailQuote")
        existing = menu.actions()
        if existing:  # first in the menu, apart from the tools below it
            menu.insertAction(existing[0], self.action)
            menu.insertSeparator(existing[0])
        else:
            menu.addAction(self.action)
        self.action.triggered.connect(lambda _checked=False: self.mail())
        self.last_path: Path | None = None

    def mail(self) -> Path | None:
        """Write and open the draft of the quote in the editor; the file's path, None when
        nothing was opened (declined, refused, or the mail program did not start)."""
        editor = self.editor
        parent = self.parent_widget
        loaded = editor.loaded
        if loaded is None or loaded.status == Status.DRAFT:
            label = loaded.label if loaded is not None else translate("QuoteMail", "(neu)")
            if not ask_mark_sent(parent, label) or not editor.mark_sent():
                return None
            loaded = editor.loaded
            if loaded is None:
                return None
        title = translate("QuoteMail", "Per E-Mail senden")
        workspace = self.editor.context.workspace
        contact = sender_contact(self.editor.context)
        quote_id, revision = loaded.quote_id, loaded.revision
        draft = operations.run(
            parent,
            title,
            lambda: quotes.mail_draft(workspace, quote_id, revision=revision, contact=contact),
        )
        if draft is None or not ask_print_anyway(parent, draft.unprintable):
            return None
        path = self._write(draft, title)
        if path is None:
            return None
        self.last_path = path
        if not open_file(path):
            QMessageBox.warning(
                parent,
                title,
                translate(
                    "QuoteMail",
                    "Kein E-Mail-Programm hat den Entwurf geöffnet. Er liegt unter:\n{path}",
                ).format(path=path),
            )
            return None
        if draft.note:
            QMessageBox.information(parent, title, show(draft.note))
        editor.say(
            translate("QuoteMail", "Angebot {label}: E-Mail-Entwurf geöffnet ({path})").format(
                label=loaded.label, path=path
            )
        )
        return path

    def _write(self, draft: MailDraft, title: str) -> Path | None:
        path = outbox() / draft.file_name
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            files.write_atomically(path, draft.data)
        except OSError as error:
            QMessageBox.warning(
                self.parent_widget,
                title,
                translate("QuoteMail", "{path} kann nicht geschrieben werden ({reason}).").format(
                    path=path, reason=error.strerror or error
                ),
            )
            return None
        return path
