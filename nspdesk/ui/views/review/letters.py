"""The batch export of the status letters in a worker task, with a progress dialog and cancel.

The letters are read before (one short session); the worker only renders and writes the PDFs
(``nspdesk.services.annual_review.write_letters``), each file through a temporary file and a rename,
so a cancelled batch leaves the letters done so far and no partial file.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from nspdesk.domain.letterhead import Sender
from nspdesk.domain.review import StatusLetter
from nspdesk.services import annual_review
from nspdesk.ui.worker import Progress, Task


class LetterBatch(QObject):
    """One run of the export; ``done(files, cancelled)`` or ``failed(message)`` at the end."""

    done = Signal(list, bool)
    failed = Signal(str)

    def __init__(
        self,
        letters: Sequence[StatusLetter],
        sender: Sender,
        directory: Path,
        combined: bool,
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self.total = len(letters)
        self.combined = combined

        def work(progress: Progress, cancel: threading.Event) -> tuple[list[Path], bool]:
            return annual_review.write_letters(
                letters, sender, directory, combined, progress=progress, cancel=cancel
            )

        self.task: Task | None = Task(work)
        self.dialog = QProgressDialog(
            self.tr("Briefe werden geschrieben …"), self.tr("Abbrechen"), 0, self.total, parent
        )
        self.dialog.setObjectName("letterProgress")
        self.dialog.setWindowTitle(self.tr("Statusbriefe"))
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(0)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        self.dialog.setMinimumWidth(420)
        self.dialog.canceled.connect(self.cancel)
        self.task.progressed.connect(self._progressed)
        self.task.succeeded.connect(self._succeeded)
        self.task.failed.connect(self._failed)

    def start(self) -> None:
        assert self.task is not None
        self.dialog.setValue(0)
        self.dialog.show()
        self.task.start()

    @property
    def running(self) -> bool:
        return self.task is not None

    def cancel(self) -> None:
        if self.task is not None:
            self.task.cancel()
            self.dialog.setLabelText(self.tr("Wird abgebrochen …"))

    def _progressed(self, done: int, total: int, company: str) -> None:
        self.dialog.setValue(done)
        if self.combined and done == total:
            self.dialog.setLabelText(self.tr("Die gemeinsame PDF wird geschrieben …"))
        else:
            self.dialog.setLabelText(
                self.tr("{done} von {total}: {company}").format(
                    done=done, total=total, company=company
                )
            )

    def _close(self) -> None:
        self.task = None
        self.dialog.canceled.disconnect(self.cancel)
        self.dialog.close()
        self.dialog.deleteLater()

    def _succeeded(self, result: object) -> None:
        assert isinstance(result, tuple)
        files, cancelled = result
        self._close()
        self.done.emit(files, cancelled)

    def _failed(self, message: str) -> None:
        self._close()
        self.failed.emit(message)
