"""Running a user action: one call into a service, errors reported the same way every time.

``run`` shows a clear dialog for the errors a user can cause (bad input, a conflict, a missing record,
a store problem) and returns None; anything else is a bug and is reported as such, with the
traceback in the log. Nothing the user typed is discarded: callers keep their editors open on failure.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from nspdesk.domain.errors import InputError, ProgramFileError
from nspdesk.services.errors import StoreError
from nspdesk.ui.field_names import described
from nspdesk.ui.i18n import show

T = TypeVar("T")
log = logging.getLogger(__name__)

USER_ERRORS = (InputError, ProgramFileError, StoreError)


def error_text(error: Exception) -> str:
    """A user error's message as the UI shows it: in its language where the domain or the store
    made it a ``Text``; a refused input names its field in the user's words ("Position 2, Menge"),
    never by its path in the input (``field_names``)."""
    if isinstance(error, InputError):
        return described(error)
    if isinstance(error, StoreError):
        return show(error.message)
    return str(error)


def run(parent: QWidget | None, title: str, action: Callable[[], T]) -> T | None:
    try:
        return action()
    except USER_ERRORS as error:
        QMessageBox.warning(parent, title, error_text(error))
    except Exception as error:
        log.exception("%s failed", title)
        QMessageBox.critical(
            parent,
            title,
            QCoreApplication.translate(
                "Operations",
                "Unerwarteter Fehler: {error}\n\nBitte melden; Ihre Eingaben bleiben erhalten.",
            ).format(error=error),
        )
    return None
