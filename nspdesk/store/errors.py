"""What can go wrong when opening or changing the store, each with a message a sales rep understands.

The messages are :class:`~nspdesk.domain.messages.Text`\\ s: German as a ``str`` (the command line
prints ``str(error)``), and rendered in the UI's language from ``error.message``.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from nspdesk.domain.messages import QT_TRANSLATE_NOOP

CORRUPT = QT_TRANSLATE_NOOP("StoreErrors", "Die Datenbank {path} ist beschädigt ({detail}).{hint}")
CORRUPT_LAST_BACKUP = QT_TRANSLATE_NOOP(
    "StoreErrors",
    " Letzte Sicherung: {backup} (wiederherstellen mit: nspdesk db restore {backup}).",
)
CORRUPT_NO_BACKUP = QT_TRANSLATE_NOOP("StoreErrors", " Es gibt keine Sicherung.")
NEWER_SCHEMA = QT_TRANSLATE_NOOP(
    "StoreErrors",
    "Die Datenbank {where} wurde von einer neueren nspdesk-Version angelegt (Schema {revision}). "
    "Bitte nspdesk aktualisieren oder eine ältere Sicherung wiederherstellen; die Datenbank wurde "
    "nicht verändert.",
)
FOREIGN = QT_TRANSLATE_NOOP(
    "StoreErrors",
    "{where} enthält Tabellen, ist aber keine nspdesk-Datenbank; sie wird nicht verändert.",
)
LOCKED = QT_TRANSLATE_NOOP(
    "StoreErrors",
    "nspdesk läuft bereits mit dieser Datenbank ({holder}). Bitte das andere Fenster verwenden "
    "oder dort beenden. Datenbank: {path}",
)


class StoreError(Exception):
    """Base class; ``str()`` is the message to show (German), ``message`` the same as given (a
    ``Text`` that the UI shows in its language)."""

    @property
    def message(self) -> str:
        first = self.args[0] if len(self.args) == 1 else None
        return first if isinstance(first, str) else str(self)


class AccessError(StoreError):
    """The file cannot be used as asked — rights, a read-only or full drive, a folder, another
    program's file, a bad address — and nothing was changed: a refusal, not a verdict on the data
    (the command line's exit code 2, as for bad input)."""


class CorruptDatabaseError(StoreError):
    def __init__(self, path: Path, detail: str, backups: list[Path]) -> None:
        self.path = path
        self.backups = backups
        hint = CORRUPT_LAST_BACKUP.format(backup=str(backups[0])) if backups else CORRUPT_NO_BACKUP
        super().__init__(CORRUPT.format(path=str(path), detail=detail, hint=hint))


class NewerSchemaError(StoreError):
    def __init__(self, where: str, revision: str, backups: list[Path]) -> None:
        self.revision = revision
        self.backups = backups
        super().__init__(NEWER_SCHEMA.format(where=where, revision=revision))


class ForeignDatabaseError(AccessError):
    def __init__(self, where: str) -> None:
        super().__init__(FOREIGN.format(where=where))


class DatabaseLockedError(StoreError):
    def __init__(self, path: Path, holder: str) -> None:
        self.path = path
        super().__init__(LOCKED.format(holder=holder, path=str(path)))


class NotFoundError(StoreError):
    """A record that does not exist (a wrong id on the command line)."""


class ConflictError(StoreError):
    """An action that the record's state does not allow (e.g. changing a sent revision)."""


class StaleEditError(ConflictError):
    """A save from a copy that a colleague changed meanwhile (who, when, and the version now)."""

    def __init__(self, message: str, *, who: str, when: datetime, version: int) -> None:
        self.who = who
        self.when = when
        self.version = version
        super().__init__(message)


class MissingDatabaseError(StoreError):
    """A command that reads was pointed at a database file that does not exist."""
