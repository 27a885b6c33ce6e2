"""The wheel's build hook: compile the UI catalogs (``i18n/*.ts``) into every install.

The compiled catalogs (``.qm``) are not committed, so a wheel or a ``pip install .`` from a fresh
clone had none: the app said "translation catalog missing", showed German source text in English
and counted "1 Angebote" in German (the plural forms live in the catalog). This hook compiles them
at build time with the pure-Python compiler beside it (``qm.py``; the build environment has no
PySide6) and puts them where ``nspdesk.resources.translations_dir`` looks:

- a wheel (``pip install .``, ``pip wheel .``, ``python -m build``): ``nspdesk/_i18n/*.qm``;
- an editable install (``pip install -e .``, what the bootstrap makes): ``i18n/*.qm`` of the source
  tree, which the package imported from there reads.

Configured in ``pyproject.toml`` under ``[tool.hatch.build.targets.wheel.hooks.custom]``.
"""

from __future__ import annotations

import shutil
import sys
import tempfile
from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface

HERE = Path(__file__).resolve().parent
if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))

from qm import compile_catalog  # noqa: E402  (beside this file, found through the line above)

PACKAGED = "nspdesk/_i18n"  # the catalogs' folder inside an installed package


class CatalogBuildHook(BuildHookInterface):  # type: ignore[misc, unused-ignore]  # untyped here
    """Compiles ``i18n/*.ts`` and adds the ``.qm`` files to the wheel (or the editable tree)."""

    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        catalogs = sorted((Path(self.root) / "i18n").glob("*.ts"))
        if not catalogs:
            raise RuntimeError("no UI catalogs (i18n/*.ts) to compile into the package")
        if version == "editable":
            for ts in catalogs:
                compile_catalog(ts, ts.with_suffix(".qm"))
            return
        self._folder = Path(tempfile.mkdtemp(prefix="nspdesk-qm-"))
        for ts in catalogs:
            qm = compile_catalog(ts, self._folder / ts.with_suffix(".qm").name)
            build_data["force_include"][str(qm)] = f"{PACKAGED}/{qm.name}"

    def finalize(self, version: str, build_data: dict[str, Any], artifact_path: str) -> None:
        folder = getattr(self, "_folder", None)
        if folder is not None:
            shutil.rmtree(folder, ignore_errors=True)
