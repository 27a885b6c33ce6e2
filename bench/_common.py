"""Helpers shared by the benchmark scripts: isolated environments, timing, one format for results.

Every benchmark compares nspdesk with a baseline measured in the same run (alternating, so both see
the same load on a shared machine) and prints the ratio beside its target.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable


def isolated_env(folder: Path) -> dict[str, str]:
    """Offscreen Qt, settings and data under ``folder``: the user's are never touched."""
    env = dict(os.environ)
    env.update(
        QT_QPA_PLATFORM="offscreen",
        XDG_CONFIG_HOME=str(folder / "config"),
        XDG_DATA_HOME=str(folder / "data"),
        XDG_CACHE_HOME=str(folder / "cache"),
        PYTHONPATH=os.pathsep.join([str(ROOT), env.get("PYTHONPATH", "")]).rstrip(os.pathsep),
    )
    env.pop("NSPDESK_DATABASE_URL", None)
    return env


def temp_folder(prefix: str) -> tempfile.TemporaryDirectory[str]:
    return tempfile.TemporaryDirectory(
        prefix=f"nspdesk-bench-{prefix}-", ignore_cleanup_errors=True
    )


def run_child(command: list[str], env: dict[str, str], timeout: float = 600) -> str:
    """Run a child process; its stdout, or exit with its stderr when it fails."""
    result = subprocess.run(
        command, capture_output=True, text=True, env=env, timeout=timeout, check=False
    )
    if result.returncode != 0:
        raise SystemExit(
            f"bench: {' '.join(command)} failed ({result.returncode}):\n{result.stderr}"
        )
    return result.stdout


def alternate(sides: dict[str, Callable[[], float]], runs: int) -> dict[str, list[float]]:
    """Each side once untimed (warm-up), then ``runs`` times, alternating."""
    for measure in sides.values():
        measure()
    times: dict[str, list[float]] = {name: [] for name in sides}
    for _ in range(runs):
        for name, measure in sides.items():
            times[name].append(measure())
    return times


def report(
    title: str, ours: list[float], base: list[float], target: float | None, unit: str = "s"
) -> float:
    """Print medians and the ratio ours/baseline against its target (None: a figure for
    information, without a target); returns the ratio."""
    mine, theirs = statistics.median(ours), statistics.median(base)
    ratio = mine / theirs if theirs else float("inf")
    if target is None:
        judged = "(no target)"
    else:
        judged = f"(target <= {target:.2f}) {'ok' if ratio <= target else 'MISSED'}"
    print(
        f"{title:<38} nspdesk {mine:8.3f} {unit}  baseline {theirs:8.3f} {unit}  "
        f"ratio {ratio:5.2f} {judged}"
    )
    return ratio


def absolute(title: str, values: list[float], target: float, unit: str = "ms") -> None:
    """Print median and worst of a series against an absolute target."""
    median, worst = statistics.median(values), max(values)
    verdict = "ok" if median < target else "MISSED"
    print(
        f"{title:<38} median {median:8.1f} {unit}  max {worst:8.1f} {unit}  (target < {target:g} {unit}) {verdict}"
    )


def timed(action: Callable[[], object], runs: int) -> tuple[list[float], object]:
    """``action`` run ``runs`` times in this process: each run's seconds, and its last result."""
    times, result = [], None
    for _ in range(runs):
        started = time.perf_counter()
        result = action()
        times.append(time.perf_counter() - started)
    return times, result


def show(label: str, times: list[float]) -> None:
    """One line: median, 95th percentile and maximum of ``times`` (seconds) in milliseconds."""
    ms = sorted(t * 1000 for t in times)
    p95 = ms[min(len(ms) - 1, round(0.95 * (len(ms) - 1)))]
    print(
        f"{label:<46} median {statistics.median(ms):8.1f} ms   p95 {p95:8.1f} ms   "
        f"max {ms[-1]:8.1f} ms   (n={len(ms)})"
    )
