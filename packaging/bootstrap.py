#!/usr/bin/env python3
"""Set-up in one command: run the app, or run the whole test suite, on a fresh clone.

    python3 packaging/bootstrap.py run [ARGS...]    start nspdesk (creates .venv on first use)
    python3 packaging/bootstrap.py test [PYTEST-ARGS...]
                                                   lint, type-check and test everything

Both create ``.venv`` beside ``pyproject.toml`` and (re)install the project into it whenever
``pyproject.toml`` changed. ``test`` also installs the system packages the tests need (the shared
libraries Qt loads offscreen, fonts) with apt-get when they are missing and it runs as root; otherwise
it names the packages to install. Uses only the standard library: it runs before anything is installed.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VENV = ROOT / ".venv"
STAMP = VENV / ".nspdesk-installed"
MIN_PYTHON = (3, 11)

# Modules that must reach 100 % line and branch coverage (the money and the rules).
PERFECT_FILES = ("nspdesk/domain/pricing.py", "nspdesk/domain/compliance.py")

# Shared libraries PySide6 loads (offscreen included) and the Debian packages that provide them.
QT_LIBRARIES = {
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libOpenGL.so.0": "libopengl0",
    "libGLX.so.0": "libglx0",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libglib-2.0.so.0": "libglib2.0-0",
    "libdbus-1.so.3": "libdbus-1-3",
    "libX11.so.6": "libx11-6",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libxcb.so.1": "libxcb1",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libgssapi_krb5.so.2": "libgssapi-krb5-2",
}
# Command-line tools the tests call, and their Debian packages.
TEST_TOOLS: dict[str, str] = {}
FONT_PACKAGE = "fonts-dejavu-core"  # Qt needs at least one font to render text offscreen


def log(message: str) -> None:
    print(f"[bootstrap] {message}", flush=True)


def venv_python() -> Path:
    return VENV / ("Scripts/python.exe" if os.name == "nt" else "bin/python")


def ensure_venv(extras: str) -> Path:
    """Create ``.venv`` and install the project with ``extras`` unless already up to date."""
    if sys.version_info < MIN_PYTHON:
        sys.exit(
            f"nspdesk needs Python {'.'.join(map(str, MIN_PYTHON))} or newer; "
            f"this is {sys.version.split()[0]} ({sys.executable})."
        )
    wanted = hashlib.sha256((ROOT / "pyproject.toml").read_bytes() + extras.encode()).hexdigest()
    python = venv_python()
    if python.exists() and STAMP.exists() and STAMP.read_text().strip() == wanted:
        return python
    if not python.exists():
        log(f"creating {VENV.relative_to(ROOT)} with Python {sys.version.split()[0]}")
        venv.EnvBuilder(with_pip=True, clear=VENV.exists()).create(VENV)
    target = f".[{extras}]" if extras else "."
    log(f"installing nspdesk{f'[{extras}]' if extras else ''} into {VENV.relative_to(ROOT)}")
    run(
        [
            str(python),
            "-m",
            "pip",
            "install",
            "--quiet",
            "--disable-pip-version-check",
            "--editable",
            target,
        ],
        cwd=ROOT,
    )
    STAMP.write_text(wanted + "\n")
    return python


def run(command: list[str], cwd: Path = ROOT, env: dict[str, str] | None = None) -> None:
    result = subprocess.run(command, cwd=cwd, env=env, check=False)
    if result.returncode != 0:
        log(f"failed (exit {result.returncode}): {' '.join(command)}")
        sys.exit(result.returncode)


def missing_qt_libraries(python: Path) -> set[str]:
    """Debian packages whose libraries the Qt offscreen plugin cannot find (Linux only)."""
    if not sys.platform.startswith("linux") or shutil.which("ldd") is None:
        return set()
    probe = (
        "import PySide6, pathlib; p = pathlib.Path(PySide6.__file__).parent; "
        "print(*[str(f) for f in [*p.glob('Qt/lib/libQt6Widgets.so*'), "
        "*p.glob('Qt/plugins/platforms/libqoffscreen.so')]], sep='\\n')"
    )
    files = subprocess.run([str(python), "-c", probe], capture_output=True, text=True, check=False)
    packages = set()
    for file in files.stdout.split():
        output = subprocess.run(["ldd", file], capture_output=True, text=True, check=False).stdout
        for line in output.splitlines():
            if "not found" in line:
                soname = line.split()[0]
                packages.add(QT_LIBRARIES.get(soname, f"(the package providing {soname})"))
    return packages


def missing_system_packages(python: Path) -> list[str]:
    packages = missing_qt_libraries(python)
    if sys.platform.startswith("linux"):
        packages |= {pkg for tool, pkg in TEST_TOOLS.items() if shutil.which(tool) is None}
        fonts = (
            subprocess.run(["fc-list"], capture_output=True, text=True, check=False)
            if shutil.which("fc-list")
            else None
        )
        if fonts is None or not fonts.stdout.strip():
            packages.add(FONT_PACKAGE)
    return sorted(packages)


def ensure_system_packages(python: Path) -> None:
    packages = missing_system_packages(python)
    if not packages:
        return
    unknown = [p for p in packages if p.startswith("(")]
    can_install = (
        shutil.which("apt-get") is not None
        and hasattr(os, "geteuid")
        and os.geteuid() == 0
        and not unknown
    )
    if not can_install:
        sys.exit(
            "Missing system packages for Qt and the tests: "
            + ", ".join(packages)
            + "\nInstall them (Debian/Ubuntu: sudo apt-get install -y "
            + " ".join(packages)
            + ") and run this command again."
        )
    log(f"installing system packages: {' '.join(packages)}")
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    run(["apt-get", "update", "-qq"], env=env)
    run(["apt-get", "install", "-y", "-qq", "--no-install-recommends", *packages], env=env)


def command_run(args: list[str]) -> None:
    python = ensure_venv("")
    os.execv(str(python), [str(python), "-m", "nspdesk", *args])


def command_test(args: list[str]) -> None:
    python = ensure_venv("dev")
    ensure_system_packages(python)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONDONTWRITEBYTECODE": "1"}
    log("ruff")
    run([str(python), "-m", "ruff", "check", "nspdesk", "tests", "packaging"], env=env)
    log("mypy")
    run([str(python), "-m", "mypy"], env=env)
    log("pytest")
    result = subprocess.run(
        [str(python), "-m", "pytest", "--cov", "--cov-report=", *args],
        cwd=ROOT,
        env=env,
        check=False,
    )
    if result.returncode == 5:
        log("pytest collected no tests: that is a failure, not a pass")
        sys.exit(1)
    if result.returncode != 0:
        sys.exit(result.returncode)
    if not args:  # a partial run (pytest arguments given) cannot judge coverage
        log("coverage of " + ", ".join(PERFECT_FILES) + " must be 100 %")
        run(
            [
                str(python),
                "-m",
                "coverage",
                "report",
                "--show-missing",
                "--fail-under=100",
                "--include=" + ",".join(PERFECT_FILES),
            ],
            env=env,
        )
    log("all checks passed")


def main() -> None:
    if len(sys.argv) < 2 or sys.argv[1] not in {"run", "test"}:
        sys.exit(__doc__)
    command, args = sys.argv[1], sys.argv[2:]
    if command == "run":
        command_run(args)
    else:
        command_test(args)


if __name__ == "__main__":
    main()
