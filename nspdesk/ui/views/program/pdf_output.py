"""Handing a finished PDF to the user: the app's preview (``nspdesk.ui.pdf_preview``), from which
it can be saved or printed.

Shared by the views that print (Programm, Onboarding). Views call it from one small method of their
own (``_show_pdf``), which tests replace, so no test ever opens a real window.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget


def show_pdf(parent: QWidget, data: bytes, file_name: str, title: str = "") -> str:
    """Open the preview of ``data``; the message for the status bar."""
    from nspdesk.ui.pdf_preview import show_pdf as preview

    preview(parent, data, file_name, title)
    return QCoreApplication.translate("PdfOutput", "{file} erzeugt ({size} KB)").format(
        file=file_name, size=len(data) // 1024 + 1
    )
