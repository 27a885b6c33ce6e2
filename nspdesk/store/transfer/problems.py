"""What can be wrong with a file to import or a file to export, in words a sales rep understands."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from nspdesk.domain.limits import shorten
from nspdesk.domain.messages import QT_TRANSLATE_NOOP, Text
from nspdesk.store.errors import StoreError

QUOTED = QT_TRANSLATE_NOOP("Import", "„{value}“")


@dataclass(frozen=True, order=True)
class Problem:
    """One reason a file is refused.

    ``line`` counts as a spreadsheet shows the rows: the header is line 1, the first data row line 2
    (a CSV record with a line break inside quotes still counts as one line). ``None``: the file as a
    whole. ``column`` is the column's header as the file should have it, ``None`` for the whole row.
    """

    line: int | None
    column: str | None  # the file's header: a file format contract, never translated
    message: str  # a Text, shown in the UI's language

    def __str__(self) -> str:
        where = "Datei" if self.line is None else f"Zeile {self.line}"
        if self.column is not None:
            where += f", {self.column}"
        return f"{where}: {self.message}"


class TransferError(StoreError):
    """An import or export that cannot be done; ``str()`` is the message to show."""


class ImportRejected(TransferError):  # noqa: N818 - the name the issue and the UI use
    """The file was refused as a whole: nothing was imported. ``problems`` holds every reason found."""

    def __init__(self, problems: Iterable[Problem]) -> None:
        self.problems = tuple(sorted(problems, key=lambda p: (p.line is not None, p.line or 0)))
        super().__init__("\n".join(str(p) for p in self.problems))


def quoted(value: object) -> Text:
    """A value from the file inside quotation marks, for messages: „12,3,4“ (English “12,3,4”);
    a long one shortened to its start with „…“, control characters escaped (``\\x00``)."""
    return QUOTED.format(value=shorten(str(value)))
