"""Where the shipped resources (program rules, fonts, translations) are found.

The repository keeps them in the top-level ``resources/`` folder; a wheel carries them as
``nspdesk/_resources`` and a PyInstaller bundle unpacks them beside the package. This module is the one
place that knows the difference, so every caller reads resources the same way in all three.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

_ENV_OVERRIDE = "NSPDESK_RESOURCES"
# The package's folder (what ``importlib.resources.files("nspdesk")`` gives for an installed or
# source package, without importing ``importlib.resources`` at start: 4 ms of the window's frame).
_PACKAGE = Path(__file__).resolve().parent


def resources_root() -> Path:
    """The folder that holds ``programs/``, ``fonts/`` and the other shipped resources."""
    override = os.environ.get(_ENV_OVERRIDE)
    if override:
        return Path(override)
    packaged = _PACKAGE / "_resources"
    if packaged.is_dir():
        return packaged
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle is not None and (Path(bundle) / "resources").is_dir():
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parent.parent / "resources"


def translations_dir() -> Path:
    """The folder of the compiled UI catalogs (``nspdesk_en.qm``): ``i18n/`` of the repository,
    ``nspdesk/_i18n`` in a wheel, ``i18n/`` in a bundle."""
    packaged = _PACKAGE / "_i18n"
    if packaged.is_dir():
        return packaged
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle is not None and (Path(bundle) / "i18n").is_dir():
        return Path(bundle) / "i18n"
    return Path(__file__).resolve().parent.parent / "i18n"


def resource_path(*parts: str) -> Path:
    """Path of one shipped resource, e.g. ``resource_path("programs", "2024.toml")``."""
    return resources_root().joinpath(*parts)
