"""What can go wrong when opening or changing the store, each with a message a sales rep understands."""

from __future__ import annotations

from pathlib import Path


class StoreError(Exception):
    """Base class; ``str()`` is the message to show."""


class CorruptDatabaseError(StoreError):
    def __init__(self, path: Path, detail: str, backups: list[Path]) -> None:
        self.path = path
        self.backups = backups
        hint = (
            f" Letzte Sicherung: {backups[0]} (wiederherstellen mit: nspdesk db restore {backups[0]})."
            if backups
            else " Es gibt keine Sicherung."
        )
        super().__init__(f"Die Datenbank {path} ist beschädigt ({detail}).{hint}")


class NewerSchemaError(StoreError):
    def __init__(self, where: str, revision: str, backups: list[Path]) -> None:
        self.revision = revision
        self.backups = backups
        super().__init__(
            f"Die Datenbank {where} wurde von einer neueren nspdesk-Version angelegt (Schema "
            f"{revision}). Bitte nspdesk aktualisieren oder eine ältere Sicherung wiederherstellen; "
            "die Datenbank wurde nicht verändert."
        )


class ForeignDatabaseError(StoreError):
    def __init__(self, where: str) -> None:
        super().__init__(
            f"{where} enthält Tabellen, ist aber keine nspdesk-Datenbank; sie wird nicht verändert."
        )


class DatabaseLockedError(StoreError):
    def __init__(self, path: Path, holder: str) -> None:
        self.path = path
        super().__init__(
            f"nspdesk läuft bereits mit dieser Datenbank ({holder}). Bitte das andere Fenster "
            f"verwenden oder dort beenden. Datenbank: {path}"
        )


class NotFoundError(StoreError):
    """A record that does not exist (a wrong id on the command line)."""


class ConflictError(StoreError):
    """An action that the record's state does not allow (e.g. changing a sent revision)."""
