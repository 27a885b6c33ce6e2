"""Size and start time of the built bundle against the source venv, measured in the same run.

    python3 packaging/build_bundle.py      # first: builds dist/nspdesk
    .venv/bin/python bench/bundle.py [--runs 5] [--bundle dist/nspdesk]

Builds nothing. Prints the bundle's size and file count, then the wall time of ``nspdesk --version``
and ``nspdesk --self-test`` (offscreen) from the bundle and from ``.venv``, each run ``--runs`` times
after one untimed warm-up, alternating bundle and venv so that both see the same machine load:
median and minimum, and the ratio bundle / venv. See bench/README.md for the figures.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
COMMANDS = (("--version",), ("--self-test",))


def bundle_program(bundle: Path) -> Path:
    return bundle / ("nspdesk-cli.exe" if os.name == "nt" else "nspdesk")


def venv_program() -> list[str]:
    scripts = ROOT / ".venv" / ("Scripts" if os.name == "nt" else "bin")
    script = scripts / ("nspdesk.exe" if os.name == "nt" else "nspdesk")
    return [str(script)] if script.exists() else [sys.executable, "-m", "nspdesk"]


def size(bundle: Path) -> tuple[float, int]:
    """Megabytes (10^6 bytes) and number of files; symbolic links are not counted."""
    files = [path for path in bundle.rglob("*") if path.is_file() and not path.is_symlink()]
    return sum(path.stat().st_size for path in files) / 1e6, len(files)


def timed(command: list[str], env: dict[str, str]) -> float:
    started = time.perf_counter()
    result = subprocess.run(command, capture_output=True, env=env, check=False, timeout=300)
    seconds = time.perf_counter() - started
    if result.returncode != 0:
        raise SystemExit(
            f"bench: {' '.join(command)} failed (exit {result.returncode}):\n"
            + result.stderr.decode(errors="replace")
        )
    return seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--bundle", type=Path, default=ROOT / "dist" / "nspdesk")
    args = parser.parse_args()
    program = bundle_program(args.bundle)
    if not program.exists():
        raise SystemExit(
            f"bench: no bundle at {args.bundle}; build it: python3 packaging/build_bundle.py"
        )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    megabytes, files = size(args.bundle)
    print(f"bundle {args.bundle}: {megabytes:.1f} MB in {files} files")
    print(f"start times over {args.runs} runs (seconds; after one warm-up each):")
    print(
        f"{'command':<14} {'bundle median':>13} {'min':>6} {'venv median':>12} {'min':>6} {'ratio':>6}"
    )
    for arguments in COMMANDS:
        sides = {"bundle": [str(program), *arguments], "venv": [*venv_program(), *arguments]}
        times: dict[str, list[float]] = {side: [] for side in sides}
        for command in sides.values():
            timed(command, env)  # warm-up: page cache, Python's bytecode cache
        for _ in range(args.runs):
            for side, command in sides.items():
                times[side].append(timed(command, env))
        bundle, venv = statistics.median(times["bundle"]), statistics.median(times["venv"])
        print(
            f"{' '.join(arguments):<14} {bundle:>13.3f} {min(times['bundle']):>6.3f} "
            f"{venv:>12.3f} {min(times['venv']):>6.3f} {bundle / venv:>6.2f}"
        )


if __name__ == "__main__":
    main()
