"""The layers' import contracts (``[tool.importlinter]`` in pyproject.toml) hold, and they bite.

The test command runs ``lint-imports`` on the real tree; here the same contracts judge a copy of the
package with one planted violation per contract, so a contract that silently stopped checking (a
typo in a module name, a layer dropped) fails this test instead of waving everything through.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
LINT_IMPORTS = Path(sys.executable).with_name("lint-imports")


def lint(tree: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(tree)}
    return subprocess.run(
        [str(LINT_IMPORTS), "--no-cache"],
        cwd=tree,
        env=env,
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
    )


@pytest.fixture(scope="module")
def tree(tmp_path_factory: pytest.TempPathFactory) -> Path:
    copy = tmp_path_factory.mktemp("tree")
    shutil.copy(ROOT / "pyproject.toml", copy / "pyproject.toml")
    shutil.copytree(
        ROOT / "nspdesk", copy / "nspdesk", ignore=shutil.ignore_patterns("__pycache__")
    )
    return copy


PLANTED = [
    (
        "nspdesk/ui/views/quotes/view.py",
        "from nspdesk.store import quotes as _stored",
        "The faces reach the database only through the services BROKEN",
    ),
    (
        "nspdesk/commands/quotes.py",
        "import sqlalchemy as _sql",
        "The faces reach the database only through the services BROKEN",
    ),
    (
        "nspdesk/documents/quote_pdf.py",
        "from nspdesk.store import printing as _printing",
        "Layers: the faces, the one door, the store, documents and web, the domain BROKEN",
    ),
    (
        "nspdesk/domain/pricing.py",
        "from nspdesk.services import quotes as _services",
        "Layers: the faces, the one door, the store, documents and web, the domain BROKEN",
    ),
    (
        "nspdesk/domain/formatting.py",
        "import reportlab as _reportlab",
        "The domain is pure Python: no Qt, no SQL, no PDF, no HTTP BROKEN",
    ),
    (
        "nspdesk/services/quotes.py",
        "from PySide6 import QtCore as _qt",
        "Qt lives in the desktop app only BROKEN",
    ),
]


def test_the_tree_keeps_every_contract(tree: Path) -> None:
    result = lint(tree)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "4 kept, 0 broken" in result.stdout


@pytest.mark.parametrize(("module", "line", "verdict"), PLANTED)
def test_a_planted_violation_breaks_its_contract(
    tree: Path, module: str, line: str, verdict: str
) -> None:
    path = tree / module
    original = path.read_text(encoding="utf-8")
    try:
        # Inside a function, as a lazy import: it counts like one at the top.
        path.write_text(original + f"\n\ndef _planted() -> None:\n    {line}\n", encoding="utf-8")
        result = lint(tree)
    finally:
        path.write_text(original, encoding="utf-8")
    assert result.returncode == 1, result.stdout
    assert verdict in result.stdout
