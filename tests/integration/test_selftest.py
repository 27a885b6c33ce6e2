"""``nspdesk --self-test`` from the source tree, and what the bundle's spec ships.

The bundle itself is built and self-tested by ``packaging/bootstrap.py test`` on Linux (see
``packaging/build_bundle.py``); these tests keep the self-test and the spec honest without
PyInstaller.
"""

from __future__ import annotations

import ast
import os
import re
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "packaging" / "nspdesk.spec"
SUMMARY = re.compile(
    r"nspdesk \S+ self-test ok: rules \d{4}, zones tzdata \d{4}[a-z], db, quote A-\d{4}-\d{4} [\d.]+,\d\d €, "
    r"PDF [1-9]\d* page\(s\), window \d+ views on offscreen \(\d+\.\d s\)"
)


def run_self_test(**extra_env: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", **extra_env}
    return subprocess.run(
        [sys.executable, "-m", "nspdesk", "--self-test"],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        cwd=ROOT,
        timeout=120,
        check=False,
    )


def test_self_test_passes_with_a_one_line_summary() -> None:
    result = run_self_test()
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert len(lines) == 1, result.stdout
    assert SUMMARY.fullmatch(lines[0]), lines[0]


def test_self_test_names_the_failed_step(tmp_path: Path) -> None:
    result = run_self_test(NSPDESK_RESOURCES=str(tmp_path))
    assert result.returncode == 1
    assert result.stdout == ""
    last = result.stderr.strip().splitlines()[-1]
    assert last.startswith("nspdesk self-test FAILED: rules: ProgramFileError: "), last
    assert "programs" in last


def test_without_a_system_zoneinfo_the_zones_come_from_tzdata(tmp_path: Path) -> None:
    """A machine without /usr/share/zoneinfo (Windows, a slim image, the bundle): the self-test and
    ``nspdesk due`` ended in ``ZoneInfoNotFoundError: Europe/Berlin``. ``PYTHONTZPATH`` pointing to an
    empty folder hides the system's zones; only the ``tzdata`` package is left."""
    empty = tmp_path / "no-zoneinfo"
    empty.mkdir()
    probe = subprocess.run(
        [
            sys.executable,
            "-c",
            "import zoneinfo; print(zoneinfo.TZPATH); zoneinfo.ZoneInfo('Europe/Berlin')",
        ],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONTZPATH": str(empty)},
        check=False,
    )
    assert probe.returncode == 0, probe.stderr
    assert probe.stdout.strip() == repr((str(empty),))
    result = run_self_test(PYTHONTZPATH=str(empty))
    assert result.returncode == 0, result.stderr
    assert SUMMARY.fullmatch(result.stdout.strip()), result.stdout
    db = tmp_path / "demo.sqlite3"
    made = subprocess.run(
        [sys.executable, "-m", "nspdesk", "demo", "--db", str(db)],
        cwd=ROOT,
        capture_output=True,
        check=False,
    )
    assert made.returncode == 0, made.stderr
    due = subprocess.run(
        [sys.executable, "-m", "nspdesk", "due", "--db", str(db)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env={**os.environ, "PYTHONTZPATH": str(empty)},
        cwd=ROOT,
        timeout=120,
        check=False,
    )
    assert due.returncode == 0, due.stderr
    assert "Traceback" not in due.stderr


def test_tzdata_is_a_dependency_on_every_platform_and_in_the_bundle() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    [tzdata] = [d for d in project["dependencies"] if d.startswith("tzdata")]
    assert ";" not in tzdata, "no platform marker: every machine gets the zones"
    spec = SPEC.read_text(encoding="utf-8")
    assert 'collect_data_files("tzdata")' in spec and 'collect_submodules("tzdata")' in spec


def spec_datas() -> list[tuple[str, str]]:
    """The spec's ``DATAS`` list, read with ast (the spec only runs inside PyInstaller)."""
    tree = ast.parse(SPEC.read_text(encoding="utf-8"), filename=str(SPEC))
    for node in tree.body:
        if isinstance(node, ast.Assign) and [getattr(t, "id", None) for t in node.targets] == [
            "DATAS"
        ]:
            value = ast.literal_eval(node.value)
            assert isinstance(value, list)
            return [(str(source), str(target)) for source, target in value]
    raise AssertionError(f"no DATAS list in {SPEC}")


def shipped_as(datas: list[tuple[str, str]], path: str) -> str | None:
    """Where ``path`` (relative to the repository) lands in the bundle, or None."""
    for source, target in datas:
        if path == source or path.startswith(source + "/"):
            return target + path.removeprefix(source)
    return None


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        ("resources/programs", "resources/programs"),
        ("resources/fonts", "resources/fonts"),
        ("resources/icons/nspdesk.png", "resources/icons/nspdesk.png"),
        ("resources/linux/nspdesk.desktop", "resources/linux/nspdesk.desktop"),
        ("nspdesk/store/migrations", "nspdesk/store/migrations"),
        ("nspdesk/store/migrations/versions", "nspdesk/store/migrations/versions"),
    ],
)
def test_spec_ships_resources_and_migrations_where_the_code_looks(path: str, expected: str) -> None:
    datas = spec_datas()
    assert all((ROOT / source).is_dir() for source, _target in datas)
    assert (ROOT / path).exists()
    assert shipped_as(datas, path) == expected


def test_windows_version_numbers_follow_pyproject() -> None:
    version = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"][
        "version"
    ]
    numbers = [int(part) for part in re.findall(r"\d+", version)[:3]]
    four = ", ".join(map(str, [*numbers, *[0] * (4 - len(numbers))]))
    info = (ROOT / "packaging" / "windows" / "version_info.txt").read_text(encoding="utf-8")
    assert f"filevers=({four})" in info
    assert f"prodvers=({four})" in info
    assert f"StringStruct('FileVersion', '{version}')" in info
    assert f"StringStruct('ProductVersion', '{version}')" in info
    setup = (ROOT / "packaging" / "windows" / "nspdesk.iss").read_text(encoding="utf-8")
    assert f'#define AppVersion "{version}"' in setup
