"""The errors a service raises, for the faces to catch: each carries a message for a person.

- ``InputError``: bad input, with ``field`` (a JSON-style path such as ``lines[2].quantity``) and,
  for a quote line, ``line`` (its index) so the editor marks the row without parsing the path;
- ``NotFoundError``: no such record (a wrong id or number);
- ``ConflictError``: the record's state does not allow it (sending a sent quote); its subclass
  ``StaleEditError`` is a save from a copy a colleague changed meanwhile (``who``, ``when``);
- ``StoreError``: the database cannot be used (damaged, newer, locked, unreachable, missing); its
  subclass ``AccessError`` is a refusal that changed nothing and says nothing about the data (rights,
  drive, another program's file: ``UnreadableDatabaseError`` — never "damaged", no restore to
  offer —, ``ReadOnlyDatabaseError`` for a change asked of a database that can only be read,
  ``BackupError``, ``ForeignDatabaseError``).

The faces import them from here, never from the store: ``nspdesk.ui`` and ``nspdesk.commands`` import
nothing below the services (import-linter, ``pyproject.toml``).
"""

from __future__ import annotations

from nspdesk.domain.errors import InputError, ProgramFileError
from nspdesk.store.access import ReadOnlyDatabaseError, UnreadableDatabaseError
from nspdesk.store.backups import BackupError
from nspdesk.store.database import DatabaseUnavailableError
from nspdesk.store.errors import (
    AccessError,
    ConflictError,
    CorruptDatabaseError,
    DatabaseLockedError,
    ForeignDatabaseError,
    MissingDatabaseError,
    NewerSchemaError,
    NotFoundError,
    StaleEditError,
    StoreError,
)

__all__ = [
    "AccessError",
    "BackupError",
    "ConflictError",
    "CorruptDatabaseError",
    "DatabaseLockedError",
    "DatabaseUnavailableError",
    "ForeignDatabaseError",
    "InputError",
    "MissingDatabaseError",
    "NewerSchemaError",
    "NotFoundError",
    "ProgramFileError",
    "ReadOnlyDatabaseError",
    "StaleEditError",
    "StoreError",
    "UnreadableDatabaseError",
]
