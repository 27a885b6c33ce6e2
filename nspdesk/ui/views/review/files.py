"""The review's files: the status letters (a batch in a worker, with progress and cancel), the
summary PDF and the CSV/XLSX table. File dialogs start in the last folder used
(``settings.LAST_FOLDER``) and remember the one chosen."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from nspdesk.domain.errors import InputError
from nspdesk.services import annual_review
from nspdesk.services.annual_review import ReviewHead
from nspdesk.ui import settings as options
from nspdesk.ui.context import AppContext
from nspdesk.ui.operations import run
from nspdesk.ui.views.review.letters import LetterBatch


class ReviewFiles(QObject):
    status = Signal(str)  # a message for the status bar
    busy_changed = Signal()  # a letter batch started or ended

    def __init__(self, context: AppContext, widget: QWidget, clock: Callable[[], date]) -> None:
        super().__init__(widget)
        self.context = context
        self.widget = widget  # the parent of the dialogs
        self.clock = clock
        self.letters: LetterBatch | None = None  # the batch running
        self.last_letters: tuple[list[Path], bool] | None = None  # files, cancelled

    def _folder(self) -> str:
        return self.context.settings.get_text(options.LAST_FOLDER) or str(Path.home())

    def _remember(self, folder: Path) -> None:
        self.context.settings.set(options.LAST_FOLDER, str(folder))

    def _save_path(self, title: str, name: str, filters: str) -> Path | None:
        chosen, _filter = QFileDialog.getSaveFileName(
            self.widget, title, str(Path(self._folder()) / name), filters
        )
        if not chosen:
            return None
        path = Path(chosen)
        self._remember(path.parent)
        return path

    def export_letters(self, state: ReviewHead, combined: bool) -> bool:
        """Ask for a folder, then write the letters in a worker with progress and cancel."""
        if not state.confirmed or self.letters is not None:
            return False
        folder = QFileDialog.getExistingDirectory(
            self.widget, self.tr("Ordner für die Statusbriefe"), self._folder()
        )
        if not folder:
            return False
        directory = Path(folder)
        self._remember(directory)
        review_id, today = state.review_id, self.clock()
        settings = self.context.settings
        signer = settings.get_text(options.CONTACT_PERSON).strip() or None  # "Ihr Name"
        function = settings.get_text(options.SIGNER_FUNCTION).strip() if signer else None
        made = run(
            self.widget,
            self.tr("Statusbriefe"),
            lambda: annual_review.letters(
                self.context.workspace, review_id, today, signer, function
            ),
        )
        if made is None:
            return False
        letter_list, sender = made
        batch = LetterBatch(letter_list, sender, directory, combined, self.widget)
        batch.done.connect(self._letters_done)
        batch.failed.connect(self._letters_failed)
        self.letters = batch
        self.busy_changed.emit()
        batch.start()
        return True

    def _letters_finished(self) -> None:
        if self.letters is not None:
            self.letters.deleteLater()
        self.letters = None
        self.busy_changed.emit()

    def _letters_done(self, files: list[Path], cancelled: bool) -> None:
        total = self.letters.total if self.letters is not None else len(files)
        self._letters_finished()
        self.last_letters = (files, cancelled)
        folder = files[0].parent if files else ""
        if cancelled:
            self.status.emit(
                self.tr("Abgebrochen: {done} von %n Briefen geschrieben", "", total).format(
                    done=len(files)
                )
            )
        else:
            self.status.emit(
                self.tr("%n PDF geschrieben nach {folder}", "", len(files)).format(folder=folder)
            )

    def _letters_failed(self, message: str) -> None:
        self._letters_finished()
        QMessageBox.warning(self.widget, self.tr("Statusbriefe"), message)

    def export_summary(self, state: ReviewHead) -> bool:
        target = self._save_path(
            self.tr("Zusammenfassung speichern"),
            f"Jahresueberpruefung-{state.year}.pdf",
            self.tr("PDF (*.pdf)"),
        )
        if target is not None:
            if not target.suffix:
                target = target.with_suffix(".pdf")
            return self._write_summary(state, target)
        return False

    def export_table(self, state: ReviewHead) -> bool:
        target = self._save_path(
            self.tr("Überprüfung exportieren"),
            f"Jahresueberpruefung-{state.year}.xlsx",
            self.tr("Excel-Arbeitsmappe (*.xlsx);;CSV für Excel (*.csv)"),
        )
        if target is None:
            return False
        if not target.suffix:
            target = target.with_suffix(".xlsx")
        return self._write_summary(state, target)

    def _write_summary(self, state: ReviewHead, target: Path) -> bool:
        review_id = state.review_id
        workspace = self.context.workspace
        problem = self.tr("{path} kann nicht geschrieben werden: {reason}")

        def write() -> Path:
            try:
                return annual_review.write_summary(workspace, review_id, target)
            except OSError as error:  # the user's words, not a bug report
                reason = error.strerror or str(error)
                raise InputError("", problem.format(path=target, reason=reason)) from error

        written = run(self.widget, self.tr("Überprüfung exportieren"), write)
        if written is None:
            return False
        self.status.emit(self.tr("{name} geschrieben").format(name=written.name))
        return True
