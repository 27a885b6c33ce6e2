"""Reading hostile HTML (issue 18): CPU time of the backlink check's reader on pages of one shape
repeated, at two sizes, with the growth (linear: the size ratio; quadratic: its square); beside it
the standard library's ``html.parser`` (what the check used before) on the same shape at a small size.

    .venv/bin/python bench/html_parse.py [--sizes 256 2048] [--baseline-kib 32] [--runs 3]

Each figure is the median CPU time (``time.process_time``) of ``--runs`` reads, the two readers
alternating. Targets: growth at most 1.5 x the size ratio; 2 MB (the body cap) under 5 s.
"""

from __future__ import annotations

import argparse
import math
import statistics
import sys
import time
from collections.abc import Callable
from html.parser import HTMLParser
from pathlib import Path

if __package__ in {None, ""}:
    sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import ROOT

sys.path.insert(0, str(ROOT))

from nspdesk.web.links import find_backlinks

SHAPES = [
    "<a",
    '<a href="',
    "<!--",
    "<a x='",
    "</",
    "<?",
    "<a>",
    "<a href=x>",
    "<a href=//www.nospamproxy.de>x",
    "<p>",
    "<template>",
]
PAGE = "https://partner.example/"
LIMIT_2MB = 5.0


def cpu(read: Callable[[str], object], html: str, runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.process_time()
        read(html)
        times.append(time.process_time() - start)
    return statistics.median(times)


def ours(html: str) -> object:
    return find_backlinks(html, PAGE)


def stdlib(html: str) -> object:
    parser = HTMLParser(convert_charrefs=True)
    parser.feed(html)
    parser.close()
    return parser


def page(shape: str, kib: int) -> str:
    return shape * (kib * 1024 // len(shape))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs=2, default=[256, 2048], metavar="KIB")
    parser.add_argument("--baseline-kib", type=int, default=32)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    small, large = args.sizes
    size_ratio = large / small
    print(
        f"{'shape':<34} {small:>5} KiB {large:>6} KiB  growth (linear {size_ratio:g})  "
        f"| at {args.baseline_kib} KiB: nspdesk  html.parser  html.parser/nspdesk"
    )
    for shape in SHAPES:
        t_small = cpu(ours, page(shape, small), args.runs)
        t_large = cpu(ours, page(shape, large), args.runs)
        growth = t_large / t_small if t_small > 0.002 else float("nan")  # below: clock noise
        linear = math.isnan(growth) or growth <= 1.5 * size_ratio
        fast = large < 2048 or t_large < LIMIT_2MB
        baseline_page = page(shape, args.baseline_kib)
        t_ours = cpu(ours, baseline_page, args.runs)
        t_stdlib = cpu(stdlib, baseline_page, args.runs)
        ratio = t_stdlib / t_ours if t_ours > 0 else float("inf")
        print(
            f"{shape!r:<34} {t_small:8.3f} s {t_large:8.3f} s  {growth:6.1f} "
            f"{'ok' if linear and fast else 'MISSED':<6}                "
            f"| {t_ours:8.4f} s {t_stdlib:9.3f} s  {ratio:7.0f} x"
        )


if __name__ == "__main__":
    main()
