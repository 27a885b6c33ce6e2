"""A PDF preview inside the app (QtPdf), with "Speichern unter …" and "Drucken".

Reusable for any document the app makes: give it the PDF bytes and a suggested file name.
``show_pdf`` opens the preview non-modally; where QtPdf is missing it writes the PDF to a temporary
file and hands it to the system's viewer instead. The file and print dialogs sit in small methods
(``ask_save_path``, ``ask_print``) that tests replace.
"""

from __future__ import annotations

import logging
import tempfile
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRect, QSize, QStandardPaths, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QKeySequence, QPainter
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

log = logging.getLogger(__name__)
PRINT_DPI = 300


def qtpdf_available() -> bool:
    try:
        import PySide6.QtPdf
        import PySide6.QtPdfWidgets  # noqa: F401 - only whether it imports
    except ImportError:
        return False
    return True


PREFERRED = QSize(900, 1000)  # an A4 page at a readable size, where the screen has room


def preview_size(parent: QWidget | None = None) -> QSize:
    """``PREFERRED``, made to fit the screen's available area (without the task bar) less room for
    the window's frame: a 768 px laptop screen shows the whole dialog with its buttons."""
    from PySide6.QtGui import QGuiApplication

    screen = parent.screen() if parent is not None else QGuiApplication.primaryScreen()
    if screen is None:
        return PREFERRED
    room = screen.availableGeometry().size() - QSize(FRAME_ROOM, FRAME_ROOM)
    return PREFERRED.boundedTo(room)


FRAME_ROOM = 60  # px: the title bar and borders of the dialog's window


class PdfPreviewDialog(QDialog):
    """Shows ``data`` page by page; saves it under a name the user picks, or prints it."""

    def __init__(
        self, data: bytes, suggested_name: str, parent: QWidget | None = None, title: str = ""
    ) -> None:
        from PySide6.QtPdf import QPdfDocument
        from PySide6.QtPdfWidgets import QPdfView

        super().__init__(parent)
        self.setObjectName("pdfPreview")
        self.setWindowTitle(title or suggested_name)
        self.resize(preview_size(parent))
        self.data = data
        self.suggested_name = suggested_name
        self.saved_to: Path | None = None

        # The document reads from the buffer for as long as it is shown: both live with the dialog.
        self._bytes = QByteArray(data)
        self._buffer = QBuffer(self)
        self._buffer.setData(self._bytes)
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document = QPdfDocument(self)
        self.document.load(self._buffer)

        self.view = QPdfView(self)
        self.view.setObjectName("pdfView")
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)

        pages = self.document.pageCount()
        self.info = QLabel(self.tr("{name} · %n Seiten", "", pages).format(name=suggested_name))
        self.save_button = QPushButton(self.tr("Speichern unter …"))
        self.save_button.setShortcut(QKeySequence.StandardKey.Save)
        self.save_button.clicked.connect(self.save_as)
        self.print_button = QPushButton(self.tr("Drucken …"))
        self.print_button.setShortcut(QKeySequence.StandardKey.Print)
        self.print_button.clicked.connect(self.print_document)
        self.fit_button = QPushButton(self.tr("Ganze Seite"))
        self.fit_button.setCheckable(True)
        self.fit_button.toggled.connect(self._fit_page)
        close = QPushButton(self.tr("Schließen"))
        close.clicked.connect(self.close)

        bar = QHBoxLayout()
        bar.addWidget(self.info, 1)
        for button in (self.fit_button, self.save_button, self.print_button, close):
            bar.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.view, 1)
        self.save_button.setDefault(True)

    def page_count(self) -> int:
        return self.document.pageCount()

    def _fit_page(self, whole: bool) -> None:
        from PySide6.QtPdfWidgets import QPdfView

        self.view.setZoomMode(
            QPdfView.ZoomMode.FitInView if whole else QPdfView.ZoomMode.FitToWidth
        )

    # --- saving ---------------------------------------------------------------------------------

    def ask_save_path(self) -> str:
        """The file dialog; returns "" when cancelled."""
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        path, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("PDF speichern unter"),
            str(Path(folder) / self.suggested_name),
            self.tr("PDF (*.pdf)"),
        )
        return path

    def save_as(self) -> Path | None:
        chosen = self.ask_save_path()
        if not chosen:
            return None
        path = Path(chosen)
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        try:
            path.write_bytes(self.data)
        except OSError as error:
            QMessageBox.warning(
                self,
                self.tr("PDF speichern"),
                self.tr("{path} konnte nicht geschrieben werden: {error}").format(
                    path=path, error=error
                ),
            )
            return None
        self.saved_to = path
        self.info.setText(self.tr("Gespeichert: {path}").format(path=path))
        return path

    # --- printing -------------------------------------------------------------------------------

    def ask_print(self, printer: object) -> bool:
        """The print dialog for ``printer`` (a QPrinter); True when the user chose to print."""
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        assert isinstance(printer, QPrinter)
        dialog = QPrintDialog(printer, self)
        dialog.setMinMax(1, max(1, self.page_count()))
        return dialog.exec() == QDialog.DialogCode.Accepted

    def print_document(self) -> bool:
        """Renders every page at the printer's resolution; False when cancelled or impossible."""
        try:
            from PySide6.QtPrintSupport import QPrinter
        except ImportError:
            QMessageBox.information(
                self, self.tr("Drucken"), self.tr("Drucken ist hier nicht verfügbar.")
            )
            return False
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.suggested_name)
        if not self.ask_print(printer):
            return False
        painter = QPainter()
        if not painter.begin(printer):
            QMessageBox.warning(
                self, self.tr("Drucken"), self.tr("Der Drucker konnte nicht geöffnet werden.")
            )
            return False
        try:
            first, last = printer.fromPage(), printer.toPage()
            pages = range(self.page_count())
            if first > 0 and last >= first:
                pages = range(first - 1, min(last, self.page_count()))
            for number, page in enumerate(pages):
                if number:
                    printer.newPage()
                area = painter.viewport()
                points = self.document.pagePointSize(page)
                target = points.toSize()
                target.scale(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
                # 300 dpi is plenty for print; the printer's 1200 dpi would need ~0.5 GB per page.
                pixels = QSize(
                    round(points.width() * PRINT_DPI / 72), round(points.height() * PRINT_DPI / 72)
                )
                image = self.document.render(page, pixels)
                painter.drawImage(QRect(area.topLeft(), target), image)
        finally:
            painter.end()
        return True


def open_externally(data: bytes, suggested_name: str) -> Path:
    """Writes the PDF to a temporary folder and opens it with the system's PDF viewer."""
    folder = Path(tempfile.mkdtemp(prefix="nspdesk-"))
    path = folder / suggested_name
    path.write_bytes(data)
    if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
        log.warning("no application opened %s", path)
    return path


def show_pdf(
    parent: QWidget | None, data: bytes, suggested_name: str, title: str = ""
) -> PdfPreviewDialog | None:
    """Opens the preview (non-modal, deleted when closed); without QtPdf the system viewer."""
    if not qtpdf_available():
        open_externally(data, suggested_name)
        return None
    dialog = PdfPreviewDialog(data, suggested_name, parent, title)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog
