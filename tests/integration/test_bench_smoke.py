"""Each benchmark script runs at a tiny size without error and prints its figures.

Not a timing test: the figures are not judged here (see bench/README.md); this only keeps the
scripts working as the code they measure changes.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
BENCH = ROOT / "bench"


def run_bench(script: str, *args: str, tmp_path: Path) -> str:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_DATA_HOME": str(tmp_path / "data"),
    }
    result = subprocess.run(
        [sys.executable, str(BENCH / script), *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        cwd=ROOT,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    return result.stdout


def test_cold_start_prints_the_ratio(tmp_path: Path) -> None:
    out = run_bench("cold_start.py", "--runs", "1", tmp_path=tmp_path)
    for moment in (
        "main window shown",
        "first rows shown (kept, 1/1 runs)",  # the untimed first start kept them
        "live (store open, rows read)",
        "longest GUI pause while importing",
    ):
        assert moment in out, out
    assert out.count("ratio") == 3
    assert "starts with a 1 ms heartbeat" in out


def test_quote_pdf_prints_a_ratio_per_size(tmp_path: Path) -> None:
    out = run_bench("quote_pdf.py", "--runs", "1", "--lines", "3", "12", tmp_path=tmp_path)
    assert "quote with 3 lines" in out
    assert "quote with 12 lines" in out


@pytest.mark.skipif(sys.platform == "win32", reason="the memory figure uses the resource module")
def test_big_data_on_a_small_generated_database(tmp_path: Path) -> None:
    database = tmp_path / "small.sqlite3"
    out = run_bench(
        "big_data.py",
        "--db",
        str(database),
        "--partners",
        "30",
        "--quotes",
        "120",
        "--runs",
        "1",
        tmp_path=tmp_path,
    )
    assert database.exists()
    for figure in (
        "start to the first view with its rows",
        "first rows shown (kept",
        "live (store open, rows read)",
        "quote list: per keystroke",
        "GUI pause: open, scroll the quote list",
        "GUI pause: open, scroll the partner list",
        "evaluate all partners",
        "partner list: per keystroke",
        "open a partner dashboard",
        "peak memory",
        "the peak at once, before preloading",  # the memory child's figure before it waited
        "held at each step",  # the memory child's steps: started, quote list, partner list
        "the other views preloaded",  # ... and once the views' preloading has finished
    ):
        assert figure in out, out
    assert "for 42 partners" in out  # 30 generated and the 12 of the demo data


def test_html_parse_prints_growth_and_the_stdlib_beside_it(tmp_path: Path) -> None:
    out = run_bench(
        "html_parse.py", "--sizes", "4", "16", "--baseline-kib", "2", "--runs", "1",
        tmp_path=tmp_path,
    )  # fmt: skip
    assert "html.parser" in out
    assert "'<a href=\"'" in out
    assert out.count(" x\n") == 11  # a line per shape, each with its ratio


def test_sync_first_at_a_tiny_size(tmp_path: Path) -> None:
    from tests.integration.store_backends import PG_SKIP, postgres_available

    if not postgres_available():
        pytest.skip(PG_SKIP)
    out = run_bench(
        "sync_first.py", "--partners", "20", "--quotes", "60", "--runs", "1", tmp_path=tmp_path
    )
    assert "first sync (20 partners, 60 quotes)" in out, out
    assert "incremental sync of 100 changes" in out, out


def test_expire_many_on_a_small_generated_database(tmp_path: Path) -> None:
    database = tmp_path / "small.sqlite3"
    run_bench("bigdb.py", str(database), "--partners", "10", "--quotes", "80", tmp_path=tmp_path)
    out = run_bench(
        "expire_many.py", "--db", str(database), "--today", "2031-01-01", tmp_path=tmp_path
    )
    # every sent quote of the generated years is past its validity in 2031
    assert out.startswith("sqlite at "), out
    expired = int(out.split(": ", 1)[1].split(" ", 1)[0])
    assert expired > 0, out
    again = run_bench(
        "expire_many.py", "--db", str(database), "--today", "2031-01-01", tmp_path=tmp_path
    )
    assert ": 0 quotes expired" in again, again  # committed: nothing left to expire


# Each script on a database it generates (``--partners``/``--quotes``, 12 demo partners besides)
# and the figures it must print.
SMALL_DATABASE_RUNS = [
    pytest.param(
        "due_list.py",
        20,
        60,
        (
            "partners with stale due facts: 32",  # 20 generated and the 12 of the demo data
            "baseline: the list decided afresh",
            "first open: every partner computed",
            "open again (nothing stale)",
            "a window in the middle",
            "a keystroke in the search",
            "thresholds changed",
            "one partner changed",
        ),
        id="due_list",
    ),
    pytest.param(
        "partner_list.py",
        30,
        120,
        (
            "42 partners",
            "open, every standing stale",
            "open, none stale",
            "open, one partner's facts changed",
            "keystroke (service: window + count)",
            "keystroke in the list widget",
        ),
        id="partner_list",
    ),
    pytest.param(
        "review_list.py",
        20,
        60,
        (
            "review run",
            "review 1: 32 partners",
            "baseline: every partner evaluated (before)",
            "open: the head and the first window",
            "a window in the middle",
            "sorted by decision",
            "a keystroke in the search",
            "view opened",
            "view: a keystroke typed",
            "view: scrolled to the middle",
            "longest GUI step",
        ),
        id="review_list",
    ),
    pytest.param(
        "first_open.py",
        20,
        60,
        (
            "bare table (baseline)",
            # each view's first opening and its longest pause
            *(f"\n{view} " for view in ("quotes", "partners", "due", "onboarding", "review")),
            *(f"\n{view} " for view in ("program", "catalog", "settings")),
            "target: none over 50 ms",
        ),
        id="first_open",
    ),
]


@pytest.mark.parametrize(("script", "partners", "quotes", "figures"), SMALL_DATABASE_RUNS)
def test_on_a_small_generated_database(
    script: str, partners: int, quotes: int, figures: tuple[str, ...], tmp_path: Path
) -> None:
    database = tmp_path / "small.sqlite3"
    out = run_bench(
        script,
        *("--db", str(database), "--partners", str(partners), "--quotes", str(quotes)),
        *("--runs", "1"),
        tmp_path=tmp_path,
    )
    assert database.exists()
    for figure in figures:
        assert figure in out, out
