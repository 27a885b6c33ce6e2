"""The PDF preview: pages shown with QtPdf, "Speichern unter …", printing, and the system viewer
where QtPdf is missing."""

from __future__ import annotations

import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QBuffer, QIODevice, QUrl
from PySide6.QtGui import QDesktopServices, QPageSize, QPainter, QPdfWriter
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from nspdesk.ui import pdf_preview
from nspdesk.ui.pdf_preview import PdfPreviewDialog, show_pdf

pytestmark = pytest.mark.gui


def pdf_pages(*texts: str) -> bytes:
    """A small A4 PDF with one text per page, made by Qt itself."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    painter = QPainter(writer)
    for number, text in enumerate(texts):
        if number:
            writer.newPage()
        painter.drawText(400, 400, text)
    painter.end()
    return bytes(buffer.data().data())


@pytest.fixture
def dialog(qtbot: QtBot) -> Iterator[PdfPreviewDialog]:
    made = PdfPreviewDialog(pdf_pages("Seite eins", "Seite zwei"), "Angebot A-2026-0001.pdf")
    qtbot.addWidget(made)
    with qtbot.waitExposed(made):
        made.show()
    yield made
    made.close()


def test_pages_and_zoom(dialog: PdfPreviewDialog) -> None:
    assert pdf_preview.qtpdf_available()
    assert dialog.page_count() == 2
    assert dialog.info.text() == "Angebot A-2026-0001.pdf · 2 Seiten"
    assert dialog.windowTitle() == "Angebot A-2026-0001.pdf"
    assert dialog.view.zoomMode() == QPdfView.ZoomMode.FitToWidth
    dialog.fit_button.setChecked(True)
    assert dialog.view.zoomMode() == QPdfView.ZoomMode.FitInView
    dialog.fit_button.setChecked(False)
    assert dialog.view.zoomMode() == QPdfView.ZoomMode.FitToWidth


def test_save_as_writes_the_bytes_and_adds_the_suffix(
    dialog: PdfPreviewDialog, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(dialog, "ask_save_path", lambda: "")
    assert dialog.save_as() is None  # cancelled
    assert dialog.saved_to is None

    monkeypatch.setattr(dialog, "ask_save_path", lambda: str(tmp_path / "kopie"))
    saved = dialog.save_as()
    assert saved == tmp_path / "kopie.pdf"
    assert saved.read_bytes() == dialog.data
    assert dialog.info.text() == f"Gespeichert: {saved}"
    monkeypatch.setattr(dialog, "ask_save_path", lambda: str(tmp_path / "Angebot.PDF"))
    assert dialog.save_as() == tmp_path / "Angebot.PDF"  # a PDF suffix in any case is kept


def test_save_as_into_a_missing_folder_says_why(
    dialog: PdfPreviewDialog, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: warnings.append(text))
    target = tmp_path / "fehlt" / "angebot.pdf"
    monkeypatch.setattr(dialog, "ask_save_path", lambda: str(target))
    assert dialog.save_as() is None
    assert len(warnings) == 1 and warnings[0].startswith(f"{target} konnte nicht geschrieben")
    assert dialog.saved_to is None


def test_print_renders_every_page(
    dialog: PdfPreviewDialog, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtPrintSupport import QPrinter

    target = tmp_path / "gedruckt.pdf"

    def to_file(printer: object) -> bool:
        assert isinstance(printer, QPrinter)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(target))
        printer.setResolution(72)  # keeps the test light
        return True

    monkeypatch.setattr(dialog, "ask_print", lambda printer: False)
    assert not dialog.print_document()  # cancelled
    assert not target.exists()
    monkeypatch.setattr(dialog, "ask_print", to_file)
    assert dialog.print_document()
    assert len(PdfReader(target).pages) == 2


def test_show_pdf_opens_the_preview(qtbot: QtBot) -> None:
    shown = show_pdf(None, pdf_pages("eins"), "Test.pdf", "Vorschau – Test")
    assert shown is not None
    qtbot.addWidget(shown)
    assert shown.isVisible() and shown.windowTitle() == "Vorschau – Test"
    assert shown.page_count() == 1
    shown.close()


def test_without_qtpdf_the_system_viewer_gets_the_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[QUrl] = []
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))

    def open_url(url: QUrl) -> bool:
        opened.append(url)
        return True

    monkeypatch.setattr(pdf_preview, "qtpdf_available", lambda: False)
    monkeypatch.setattr(QDesktopServices, "openUrl", open_url)
    data = pdf_pages("eins")
    assert show_pdf(None, data, "Angebot A-2026-0001.pdf") is None
    assert len(opened) == 1
    path = Path(opened[0].toLocalFile())
    assert path.name == "Angebot A-2026-0001.pdf"
    assert path.parent.parent == tmp_path  # a folder of its own in the temporary folder
    assert path.read_bytes() == data
