#!/usr/bin/env python3
"""Build the one-folder bundle ``dist/nspdesk/`` with PyInstaller and run its self-test.

    python3 packaging/build_bundle.py            (Windows: py -3.11 packaging\\build_bundle.py)

Uses ``.venv`` (creates it when missing, as ``bootstrap.py run`` does), installs the pinned PyInstaller into it,
runs ``packaging/nspdesk.spec`` (work files in ``build/pyinstaller``), then starts the built program
with ``--self-test`` offscreen and prints the bundle's size. The test command of ``bootstrap.py`` calls
``build_and_check`` on Linux. Uses only the standard library: it runs outside the venv.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "packaging" / "nspdesk.spec"
DIST = ROOT / "dist"
WORK = ROOT / "build" / "pyinstaller"
BUNDLE = DIST / "nspdesk"
# PyInstaller and its hooks, pinned: a new version changes what lands in the bundle.
PYINSTALLER = ("pyinstaller==6.22.3", "pyinstaller-hooks-contrib==2026.9")
SELF_TEST_TIMEOUT = 300  # seconds; it takes about 2


def log(message: str) -> None:
    print(f"[bundle] {message}", flush=True)


def program(bundle: Path = BUNDLE) -> Path:
    """The bundle's command-line program (on Windows the console one beside the windowed app)."""
    return bundle / ("nspdesk-cli.exe" if os.name == "nt" else "nspdesk")


def ensure_pyinstaller(python: Path) -> None:
    """Install the pinned PyInstaller into the venv of ``python`` unless it is there already."""
    wanted = {requirement.split("==")[0]: requirement.split("==")[1] for requirement in PYINSTALLER}
    probe = (
        "from importlib import metadata\n"
        f"for name in {sorted(wanted)!r}:\n"
        "    try:\n"
        "        print(name, metadata.version(name))\n"
        "    except metadata.PackageNotFoundError:\n"
        "        print(name, '-')\n"
    )
    found = subprocess.run(
        [str(python), "-c", probe], capture_output=True, text=True, check=True
    ).stdout.split()
    installed = dict(zip(found[::2], found[1::2], strict=True))
    if installed == wanted:
        return
    log(f"installing {' '.join(PYINSTALLER)}")
    command = [str(python), "-m", "pip", "install", "--quiet", "--disable-pip-version-check"]
    subprocess.run([*command, *PYINSTALLER], cwd=ROOT, check=True)


def compile_translations(python: Path, env: dict[str, str] | None = None) -> list[Path]:
    """The UI catalogs compiled (i18n/*.ts → .qm, by packaging/i18n.py) for the spec to ship."""
    script = ROOT / "packaging" / "i18n.py"
    if script.exists() and any((ROOT / "i18n").glob("*.ts")):
        subprocess.run([str(python), str(script), "compile"], cwd=ROOT, env=env, check=True)
    return sorted((ROOT / "i18n").glob("*.qm"))


def build(python: Path, env: dict[str, str] | None = None) -> float:
    """Run the spec into ``dist/nspdesk``; returns the seconds it took."""
    started = time.monotonic()
    log(f"PyInstaller {SPEC.relative_to(ROOT)} -> {BUNDLE.relative_to(ROOT)}")
    subprocess.run(
        [
            str(python),
            "-m",
            "PyInstaller",
            "--noconfirm",
            "--log-level=WARN",
            f"--distpath={DIST}",
            f"--workpath={WORK}",
            str(SPEC),
        ],
        cwd=ROOT,
        env=env,
        check=True,
    )
    return time.monotonic() - started


def self_test(bundle: Path = BUNDLE, env: dict[str, str] | None = None) -> str:
    """Run the bundle's ``--self-test`` offscreen; returns its summary line or raises.

    ``PYTHONTZPATH`` points to an empty folder: the bundle must bring its own time zones (tzdata), as
    on a machine without a system zoneinfo (Windows, a slim Linux).
    """
    with tempfile.TemporaryDirectory(prefix="nspdesk-no-zoneinfo-") as no_zones:
        environment = {
            **(env if env is not None else os.environ),
            "QT_QPA_PLATFORM": "offscreen",
            "PYTHONTZPATH": no_zones,
        }
        result = subprocess.run(
            [str(program(bundle)), "--self-test"],
            capture_output=True,
            text=True,
            encoding="utf-8",
            errors="replace",
            env=environment,
            timeout=SELF_TEST_TIMEOUT,
            check=False,
        )
    if result.returncode != 0:
        sys.stderr.write(result.stdout + result.stderr)
        raise RuntimeError(f"the bundle's self-test failed (exit {result.returncode})")
    return result.stdout.strip()


def bundle_size(bundle: Path = BUNDLE) -> tuple[int, int]:
    """Bytes and number of files (symbolic links not followed, not counted)."""
    files = [path for path in bundle.rglob("*") if path.is_file() and not path.is_symlink()]
    return sum(path.stat().st_size for path in files), len(files)


def build_and_check(python: Path, env: dict[str, str] | None = None) -> None:
    """Everything this script does, for a caller that already has the venv (bootstrap's test)."""
    ensure_pyinstaller(python)
    catalogs = compile_translations(python, env)
    log(f"translations: {', '.join(path.name for path in catalogs) or 'none (German only)'}")
    seconds = build(python, env)
    log(f"built in {seconds:.0f} s")
    log(self_test(env=env))
    size, count = bundle_size()
    log(
        f"{BUNDLE.relative_to(ROOT)}: {size / 1e6:.1f} MB in {count} files; start it with {program()}"
    )


def main() -> None:
    if len(sys.argv) > 1:
        sys.exit(__doc__)
    from bootstrap import STAMP, ensure_venv, missing_qt_libraries, venv_python  # beside this file

    # A venv that bootstrap.py set up (with or without the dev tools) is used as it is; only a
    # missing one is created here.
    python = venv_python() if venv_python().exists() and STAMP.exists() else ensure_venv("")
    missing = missing_qt_libraries(python)
    if missing:  # the self-test would fail: say why first (bootstrap.py test installs them)
        log(f"Qt cannot start offscreen, missing system libraries: {', '.join(sorted(missing))}")
    try:
        build_and_check(python)
    except (subprocess.CalledProcessError, RuntimeError, subprocess.TimeoutExpired) as error:
        sys.exit(f"[bundle] failed: {error}")


if __name__ == "__main__":
    main()
