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
from nspdesk.store.errors import StoreError

T = TypeVar("T")
log = logging.getLogger(__name__)

USER_ERRORS = (InputError, ProgramFileError, StoreError)


def run(parent: QWidget | None, title: str, action: Callable[[], T]) -> T | None:
    try:
        return action()
    except USER_ERRORS as error:
        QMessageBox.warning(parent, title, str(error))
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
