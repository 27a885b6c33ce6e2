"""Import and export of the catalog and the partners (CSV or XLSX), all or nothing.

An import reads and checks the whole file first (:func:`read_import`, no database needed: a refused
file never opens or creates one), then writes every row in one transaction (:func:`import_rows`).
A refused file raises :class:`ImportRejected` listing every :class:`Problem`; nothing is saved.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from nspdesk.domain.program import Program
from nspdesk.services.workspace import Workspace
from nspdesk.store.transfer.problems import ImportRejected, Problem, TransferError

if TYPE_CHECKING:  # the readers and writers are imported when a file is read or written
    from nspdesk.store.transfer.importing import ImportReport
    from nspdesk.store.transfer.validate import Checked

__all__ = [
    "FORMATS",
    "CheckedFile",
    "Entity",
    "ImportRejected",
    "Problem",
    "TransferError",
    "export",
    "import_file",
    "import_rows",
    "read_import",
]

Entity = Literal["catalog", "partners"]
FORMATS = (".csv", ".xlsx")  # the suffixes an export understands (``exporting.FORMATS``)


@dataclass(frozen=True)
class CheckedFile:
    """A file read and checked row by row, ready to import (its rows are the service's business)."""

    entity: Entity
    name: str
    rows: Checked[Any]


def read_import(entity: Entity, path: Path, program: Program) -> CheckedFile:
    """Read and check ``path``; ``ImportRejected`` lists every problem in it."""
    from nspdesk.store.transfer import importing

    load = importing.load_catalog if entity == "catalog" else importing.load_partners
    return CheckedFile(entity, path.name, load(path, program))


def import_rows(
    workspace: Workspace, checked: CheckedFile, *, update: bool = False, dry_run: bool = False
) -> ImportReport:
    """Write the checked rows in one transaction (or, ``dry_run``, only report what would change).

    Rows that already exist are refused (``ImportRejected``) unless ``update``.
    """
    from nspdesk.store.transfer import importing

    write = importing.import_catalog if checked.entity == "catalog" else importing.import_partners
    return write(workspace.database, checked.rows, update=update, dry_run=dry_run)


def import_file(
    workspace: Workspace,
    entity: Entity,
    path: Path,
    program: Program,
    *,
    update: bool = False,
    dry_run: bool = False,
) -> ImportReport:
    """:func:`read_import` and :func:`import_rows` in one call (the app's import button)."""
    checked = read_import(entity, path, program)
    return import_rows(workspace, checked, update=update, dry_run=dry_run)


def export(workspace: Workspace, entity: Entity, target: Path) -> int:
    """Write every row of ``entity`` to ``target`` (format by suffix); how many were written."""
    from nspdesk.store.transfer import exporting

    write = exporting.export_catalog if entity == "catalog" else exporting.export_partners
    return write(workspace.database, target)
