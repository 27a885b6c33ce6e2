"""The layers keep their dependency direction (docs/architecture.md).

Checked on the source with ``ast`` so that a lazy import inside a function counts too.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[2] / "nspdesk"

# Top-level packages each layer must never import.
FORBIDDEN = {
    "domain": {
        "PySide6",
        "sqlalchemy",
        "alembic",
        "reportlab",
        "httpx",
        "requests",
        "urllib3",
        "nspdesk.store",
        "nspdesk.documents",
        "nspdesk.web",
        "nspdesk.ui",
        "nspdesk.cli",
    },
    "store": {
        "PySide6",
        "nspdesk.ui",
        "nspdesk.documents",
        "nspdesk.web",
        "nspdesk.services",
        "nspdesk.cli",
    },
    "documents": {"PySide6", "nspdesk.ui", "nspdesk.web", "nspdesk.cli"},
    "web": {"PySide6", "nspdesk.ui", "nspdesk.documents", "nspdesk.store", "nspdesk.cli"},
    "services": {"PySide6", "nspdesk.ui", "nspdesk.cli", "nspdesk.commands"},
}


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def violates(module: str, forbidden: set[str]) -> bool:
    return any(module == f or module.startswith(f + ".") for f in forbidden)


@pytest.mark.parametrize("layer", sorted(FORBIDDEN))
def test_layer_imports_stay_below(layer: str) -> None:
    offenders = []
    for path in sorted((PACKAGE / layer).rglob("*.py")):
        for module in imported_modules(path):
            if violates(module, FORBIDDEN[layer]):
                offenders.append(f"{path.relative_to(PACKAGE.parent)} imports {module}")
    assert offenders == []


def test_the_check_sees_a_violation(tmp_path: Path) -> None:
    bad = tmp_path / "bad.py"
    bad.write_text(
        "def f():\n    from PySide6.QtWidgets import QWidget\n    import sqlalchemy.orm\n"
    )
    found = imported_modules(bad)
    assert violates("PySide6.QtWidgets", FORBIDDEN["domain"])
    assert {"PySide6.QtWidgets", "sqlalchemy.orm"} <= found


def test_qt_only_below_ui() -> None:
    outside = []
    for path in sorted(PACKAGE.rglob("*.py")):
        if "ui" in path.relative_to(PACKAGE).parts:
            continue
        if any(violates(m, {"PySide6"}) for m in imported_modules(path)):
            outside.append(str(path.relative_to(PACKAGE.parent)))
    assert outside == []
