"""Errors the domain raises for bad input; each names the field or file key that is wrong."""

from __future__ import annotations


class InputError(ValueError):
    """Input that cannot be processed. ``field`` is a JSON-style path such as ``lines[2].quantity``;
    ``line`` the index of the quote line it concerns (None: not a line), so an editor marks the row
    without reading the path."""

    def __init__(self, field: str, message: str, line: int | None = None) -> None:
        self.field = field
        self.message = message
        self.line = line
        super().__init__(f"{field}: {message}" if field else message)


class ProgramFileError(ValueError):
    """A program rule file that is missing, unreadable or invalid, with file and key."""

    def __init__(self, file: str, key: str, message: str) -> None:
        self.file = file
        self.key = key
        self.message = message
        where = f"{file}: {key}" if key else file
        super().__init__(f"{where}: {message}")
