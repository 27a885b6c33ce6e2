"""An install without the bootstrap (a wheel, ``pip install .``) speaks both languages.

The compiled catalogs are not committed: the wheel's build hook (``packaging/hatch_build.py``) makes
them from ``i18n/*.ts``. The test builds a wheel from a copy of the source tree *without* any
``.qm`` file (a fresh clone), installs it with pip into a folder of its own, and runs that install:
the self-test (which fails without the catalog) and the plural forms in German and English.
About 20–40 s (pip fetches the build backend, hatchling, into its isolated build environment).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import textwrap
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
# What a wheel is built from (everything else of a clone is tests, docs and tools).
BUILT_FROM = ("pyproject.toml", "README.md", "nspdesk", "resources", "i18n", "packaging")
IGNORED = shutil.ignore_patterns("*.qm", "__pycache__", ".lock", "*.part")


def _pip(*args: str, cwd: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "pip", "--disable-pip-version-check", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stdout[-2000:] + result.stderr[-2000:]


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    source = tmp_path_factory.mktemp("clone")
    for name in BUILT_FROM:
        if (ROOT / name).is_dir():
            shutil.copytree(ROOT / name, source / name, ignore=IGNORED)
        else:
            shutil.copy2(ROOT / name, source / name)
    assert not list(source.rglob("*.qm"))
    out = tmp_path_factory.mktemp("dist")
    _pip("wheel", "--no-deps", "--quiet", "-w", str(out), str(source), cwd=source)
    assert not list(source.rglob("*.qm")), "a wheel build leaves the source tree alone"
    return next(out.glob("nspdesk-*.whl"))


@pytest.mark.packaging
def test_the_wheel_carries_the_compiled_catalogs_and_not_their_sources(wheel: Path) -> None:
    with zipfile.ZipFile(wheel) as archive:
        names = archive.namelist()
        catalogs = sorted(name for name in names if name.startswith("nspdesk/_i18n/"))
        assert catalogs == ["nspdesk/_i18n/nspdesk_de.qm", "nspdesk/_i18n/nspdesk_en.qm"]
        assert archive.read("nspdesk/_i18n/nspdesk_en.qm").startswith(
            bytes.fromhex("3cb86418caef9c95cd211cbf60a1bddd")  # Qt's .qm magic
        )
    assert not [name for name in names if name.endswith(".ts")]


CHECK = textwrap.dedent(
    """
    from PySide6.QtCore import QCoreApplication
    import nspdesk
    from nspdesk.ui import i18n
    print(nspdesk.__file__)
    app = QCoreApplication([])
    for language in ("de", "en"):
        translators = i18n.install(app, language)
        print(language, [QCoreApplication.translate("QuoteListPage", "%n Angebote", "", n) for n in (1, 2)])
        for translator in translators:
            app.removeTranslator(translator)
    """
)


@pytest.mark.packaging
def test_the_installed_wheel_starts_translated(wheel: Path, tmp_path: Path) -> None:
    site = tmp_path / "site"
    _pip(
        "install",
        "--no-deps",
        "--no-index",
        "--quiet",
        "--target",
        str(site),
        str(wheel),
        cwd=tmp_path,
    )
    # This interpreter's dependencies, the installed nspdesk in front of the source tree's.
    env = {**os.environ, "PYTHONPATH": str(site), "QT_QPA_PLATFORM": "offscreen"}
    checked = subprocess.run(
        [sys.executable, "-c", CHECK],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert checked.returncode == 0, checked.stderr
    assert "translation catalog missing" not in checked.stderr
    assert checked.stdout.splitlines() == [
        str(site / "nspdesk" / "__init__.py"),
        "de ['1 Angebot', '2 Angebote']",
        "en ['1 quote', '2 quotes']",
    ]
    selftest = subprocess.run(
        [sys.executable, "-m", "nspdesk", "--self-test"],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
    )
    assert selftest.returncode == 0, selftest.stderr
    assert "self-test ok" in selftest.stdout
    assert "translation catalog missing" not in selftest.stderr
    assert "propagateSizeHints" not in selftest.stderr
