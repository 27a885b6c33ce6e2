"""The program overview as a PDF on the team's letterhead (the program view's "PDF" button)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from nspdesk.documents.program_overview_pdf import program_overview_pdf
from nspdesk.domain.program import Program
from nspdesk.services.letterhead import load_letterhead
from nspdesk.services.workspace import Workspace


def overview_pdf(
    workspace: Workspace, program: Program, parts: Sequence[str], on: date | None = None
) -> bytes:
    """The overview of ``parts`` (``server``, ``cloud``, ``support``) of ``program``, dated ``on``."""
    return program_overview_pdf(program, parts, load_letterhead(workspace), on or date.today())
