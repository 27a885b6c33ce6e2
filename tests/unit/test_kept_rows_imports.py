"""The kept rows are read before the store is imported: their modules must not import SQLAlchemy
(issue 20's start, ``services.kept_rows`` and ``ui.kept_rows``)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize(
    "module", ["nspdesk.services.kept_rows", "nspdesk.ui.kept_rows", "nspdesk.ui.background"]
)
def test_importing_the_kept_rows_loads_no_sqlalchemy_and_no_store_model(module: str) -> None:
    probe = (
        f"import sys, {module}\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] == 'sqlalchemy'"
        " or m.startswith('nspdesk.store.') and m != 'nspdesk.store.location'))"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
        check=True,
    )
    assert result.stdout.strip() == "[]"
