#!/usr/bin/env python3
"""Set-up in one command: run the app, or run the whole test suite, on a fresh clone.

    python3 packaging/bootstrap.py run [ARGS...]    start nspdesk (creates .venv on first use)
    python3 packaging/bootstrap.py test [PYTEST-ARGS...]
                                                   lint, type-check and test everything

Both create ``.venv`` beside ``pyproject.toml`` and (re)install the project into it whenever
``pyproject.toml`` changed (``run`` the project, ``test`` it with its ``dev`` extras; a stamp per set
of extras, so switching between the two reinstalls nothing: ``dev`` holds everything ``run`` needs).
``test`` also installs the system packages the tests need (the shared libraries Qt loads offscreen,
fonts) with apt-get when they are missing and it runs as root; otherwise it names the packages to
install. Uses only the standard library: it runs before anything is installed.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
import time
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VENV = ROOT / ".venv"
# What is installed: a JSON object {extras: sha256 of pyproject.toml when they were installed}.
STAMP = VENV / ".nspdesk-installed"
MIN_PYTHON = (3, 11)

# Modules that must reach 100 % line and branch coverage: the whole domain (the money and the rules).
PERFECT_FILES = ("nspdesk/domain/*",)

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
    "libgthread-2.0.so.0": "libglib2.0-0",
    "libGLdispatch.so.0": "libglvnd0",
    "libz.so.1": "zlib1g",
    "libzstd.so.1": "libzstd1",
    "libpng16.so.16": "libpng16-16",
    "libpcre2-8.so.0": "libpcre2-8-0",
    "libXau.so.6": "libxau6",
    "libXdmcp.so.6": "libxdmcp6",
}
# Command-line tools the tests call, and their Debian packages: pdftoppm renders PDFs to check their
# geometry; pg_virtualenv runs the suite against a throwaway PostgreSQL cluster (team mode).
TEST_TOOLS: dict[str, str] = {"pdftoppm": "poppler-utils", "pg_virtualenv": "postgresql"}
FONT_PACKAGE = "fonts-dejavu-core"  # Qt needs at least one font to render text offscreen


STARTED = time.monotonic()


def log(message: str) -> None:
    """A step, with the minutes since the start: a CI log that ends early shows where time went."""
    minutes, seconds = divmod(int(time.monotonic() - STARTED), 60)
    print(f"[bootstrap] {message} (+{minutes}:{seconds:02d})", flush=True)


def venv_python() -> Path:
    return VENV / ("Scripts/python.exe" if os.name == "nt" else "bin/python")


def _installed(stamp: str) -> dict[str, str]:
    """The stamp's entries; an unreadable or old-style stamp (one hash line) counts as nothing."""
    try:
        entries = json.loads(stamp)
    except ValueError:
        return {}
    if not isinstance(entries, dict):
        return {}
    return {str(key): str(value) for key, value in entries.items()}


def is_installed(stamp: str, extras: str, digest: str) -> bool:
    """Whether the project with ``extras`` was installed from the ``pyproject.toml`` of ``digest``."""
    return _installed(stamp).get(extras) == digest


def stamped(stamp: str, extras: str, digest: str) -> str:
    """The stamp after installing ``extras`` from the ``pyproject.toml`` of ``digest``.

    Installing with extras installs the plain project too (``run`` needs no reinstall after
    ``test``); entries of an older ``pyproject.toml`` are dropped.
    """
    entries = {key: value for key, value in _installed(stamp).items() if value == digest}
    entries[extras] = digest
    entries[""] = digest
    return json.dumps(entries, sort_keys=True) + "\n"


def ensure_venv(extras: str) -> Path:
    """Create ``.venv`` and install the project with ``extras`` unless already up to date."""
    if sys.version_info < MIN_PYTHON:
        sys.exit(
            f"nspdesk needs Python {'.'.join(map(str, MIN_PYTHON))} or newer; "
            f"this is {sys.version.split()[0]} ({sys.executable})."
        )
    digest = hashlib.sha256((ROOT / "pyproject.toml").read_bytes()).hexdigest()
    python = venv_python()
    stamp = STAMP.read_text() if STAMP.exists() else ""
    if python.exists() and is_installed(stamp, extras, digest):
        return python
    if not python.exists():
        log(f"creating {VENV.relative_to(ROOT)} with Python {sys.version.split()[0]}")
        venv.EnvBuilder(with_pip=True, clear=VENV.exists()).create(VENV)
        stamp = ""
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
    STAMP.write_text(stamped(stamp, extras, digest))
    return python


def run(command: list[str], cwd: Path = ROOT, env: dict[str, str] | None = None) -> None:
    result = subprocess.run(command, cwd=cwd, env=env, check=False)
    if result.returncode != 0:
        log(f"failed (exit {result.returncode}): {' '.join(command)}")
        sys.exit(result.returncode)


def missing_qt_libraries(python: Path) -> set[str]:
    """Shared libraries the Qt widgets and offscreen plugin cannot load (Linux only)."""
    if not sys.platform.startswith("linux") or shutil.which("ldd") is None:
        return set()
    probe = (
        "import PySide6, pathlib; p = pathlib.Path(PySide6.__file__).parent; "
        "print(*[str(f) for f in [*p.glob('Qt/lib/libQt6Widgets.so*'), "
        "*p.glob('Qt/plugins/platforms/libqoffscreen.so')]], sep='\\n')"
    )
    files = subprocess.run([str(python), "-c", probe], capture_output=True, text=True, check=False)
    missing: set[str] = set()
    for file in files.stdout.split():
        output = subprocess.run(["ldd", file], capture_output=True, text=True, check=False).stdout
        missing.update(line.split()[0] for line in output.splitlines() if "not found" in line)
    return missing


def missing_system_packages(python: Path) -> tuple[set[str], list[str]]:
    """Missing shared libraries, and the Debian packages of missing tools and fonts."""
    libraries = missing_qt_libraries(python)
    packages = []
    if sys.platform.startswith("linux"):
        packages = [pkg for tool, pkg in TEST_TOOLS.items() if shutil.which(tool) is None]
        fonts = (
            subprocess.run(["fc-list"], capture_output=True, text=True, check=False)
            if shutil.which("fc-list")
            else None
        )
        if fonts is None or not fonts.stdout.strip():
            packages.append(FONT_PACKAGE)
    return libraries, packages


def ensure_system_packages(python: Path) -> None:
    """Install what Qt offscreen and the tests need, when missing and we may (root with apt-get).

    ldd only names the first missing level of a dependency chain, so once a library is missing the
    whole known set is installed (small packages, present on any desktop), then checked again. Missing
    Qt libraries stop the run; a missing test tool only skips the tests that need it (they say so).
    """
    libraries, packages = missing_system_packages(python)
    if not libraries and not packages:
        return
    wanted = sorted(
        {*QT_LIBRARIES.values(), *packages, "fontconfig"} if libraries else set(packages)
    )
    may_install = (
        shutil.which("apt-get") is not None and hasattr(os, "geteuid") and os.geteuid() == 0
    )
    if may_install:
        log(f"installing system packages: {' '.join(wanted)}")
        env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
        for step in (
            ["apt-get", "update", "-qq"],
            ["apt-get", "install", "-y", "-qq", "--no-install-recommends", *wanted],
        ):
            if subprocess.run(step, env=env, check=False).returncode != 0:
                log(f"failed: {' '.join(step)}")
                break
        libraries, packages = missing_system_packages(python)
    if libraries:
        sys.exit(
            "Qt needs system libraries that are missing: "
            + ", ".join(sorted(libraries))
            + ".\nOn Debian/Ubuntu: sudo apt-get install -y "
            + " ".join(wanted)
            + "\nthen run this command again."
        )
    if packages:
        log(
            "not installed, the tests that need them will be skipped: "
            + ", ".join(packages)
            + " (Debian/Ubuntu: sudo apt-get install -y "
            + " ".join(packages)
            + ")"
        )


def compile_translations(python: Path) -> None:
    """Compile the UI catalogs (i18n/*.ts → .qm) when a catalog is newer than its .qm."""
    catalogs = sorted((ROOT / "i18n").glob("*.ts"))
    stale = [
        ts
        for ts in catalogs
        if not ts.with_suffix(".qm").exists()
        or ts.with_suffix(".qm").stat().st_mtime < ts.stat().st_mtime
    ]
    if stale:
        log("compiling the translations (i18n/*.ts)")
        run([str(python), str(ROOT / "packaging" / "i18n.py"), "compile"])


def command_run(args: list[str]) -> None:
    python = ensure_venv("")
    compile_translations(python)
    os.execv(str(python), [str(python), "-m", "nspdesk", *args])


def command_test(args: list[str]) -> None:
    python = ensure_venv("dev")
    ensure_system_packages(python)
    compile_translations(python)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONDONTWRITEBYTECODE": "1"}
    log("ruff")
    run(
        [str(python), "-m", "ruff", "check", "nspdesk", "tests", "packaging", "docs", "bench"],
        env=env,
    )
    run(
        [
            str(python),
            "-m",
            "ruff",
            "format",
            "--check",
            "nspdesk",
            "tests",
            "packaging",
            "docs",
            "bench",
        ],
        env=env,
    )
    log("mypy")
    run([str(python), "-m", "mypy"], env=env)
    log("import contracts (lint-imports, [tool.importlinter] in pyproject.toml)")
    run([str(python.with_name("lint-imports" + (".exe" if os.name == "nt" else "")))], env=env)
    # each test file's time and the slowest tests: a CI log that ends early shows where time went
    timing = ["-o", "console_output_style=times", "--durations=15"]
    pytest = [str(python), "-m", "pytest", "--cov", "--cov-report=", *timing, *args]
    if shutil.which("pg_virtualenv"):
        log("pytest (with a throwaway PostgreSQL cluster from pg_virtualenv)")
        # -t: the cluster lives in a temporary directory, so a run killed half-way or another
        # run at the same time never blocks this one with "cluster exists".
        pytest = ["pg_virtualenv", "-t", *pytest]
    else:
        log("pytest (no PostgreSQL server binaries: the PostgreSQL tests will be skipped)")
    result = subprocess.run(pytest, cwd=ROOT, env=env, check=False)
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
        check_bundle(python, env)
    log("all checks passed")


# --- The frozen bundle ----------------------------------------------------------------------------
# After the tests: build dist/nspdesk with PyInstaller and run its --self-test offscreen (Linux only;
# Windows bundles are built on Windows, see the README). NSPDESK_SKIP_BUNDLE=1 skips it.
SKIP_BUNDLE = "NSPDESK_SKIP_BUNDLE"


def check_bundle(python: Path, env: dict[str, str]) -> None:
    if not sys.platform.startswith("linux"):
        log("bundle: not built here (Linux only; Windows: packaging/build_bundle.py)")
        return
    if os.environ.get(SKIP_BUNDLE) == "1":
        log(f"bundle: skipped ({SKIP_BUNDLE}=1)")
        return
    import build_bundle  # beside this file

    log("bundle: PyInstaller build and self-test")
    try:
        build_bundle.build_and_check(python, env)
    except (subprocess.CalledProcessError, RuntimeError, subprocess.TimeoutExpired) as error:
        log(f"bundle: failed: {error}")
        sys.exit(1)


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
