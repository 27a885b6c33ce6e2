"""Which quote numbers contain a typed word, as ranges of the quote list's key (PostgreSQL's search).

A quote's number is made from its year, series and running number (``store.quotes.format_number``:
``A-2025-0042``, ``A-2026-MK-0007``), and its key in the search tables is the same three as one
integer, ``(year * 10 000 000 + sequence) * 10 000 + series`` (migration 0008). So the numbers that
contain a word such as ``a-2025-01`` or ``0042`` can be worked out without reading them: every
running number of 2025 that starts with ``01``; every running number with ``0042`` in it. As key
ranges, the database reads them from the key's index in the list's own order — where a text index
cannot help, because every number has the trigrams of ``2025`` and ``01`` (issue 20, "number
words", bench/README.md). ``list_search`` asks for these ranges and finds the rest of a word's
matches (in the other text, or in a number not made this way) by the text index.

Pure functions: no database here.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import NamedTuple

PREFIX = "a"  # store.quotes.NUMBER_PREFIX as the search tables hold it (lower case)
SEQUENCE_FACTOR = 10_000  # a key's running number: key // SEQUENCE_FACTOR % 10_000_000
YEAR_FACTOR = 10_000_000 * SEQUENCE_FACTOR  # a key's year: key // YEAR_FACTOR
SERIES_LIMIT = 10_000  # a key's series: key % SERIES_LIMIT
NARROW_WIDTH = 4  # running numbers are written with four digits at least (format_number)
MOST_RANGES = 64  # more ranges than this for a word: it is not searched by its numbers


class KeyRange(NamedTuple):
    """Keys ``low`` … ``high`` (both included); ``series``: only keys of that series (``key %
    10 000``), or None for every series in between."""

    low: int
    high: int
    series: int | None

    @property
    def size(self) -> int:
        """How many running numbers the range spans (per series)."""
        return (self.high - self.low) // SEQUENCE_FACTOR + 1


def key_of(year: int, sequence: int, series: int = 0) -> int:
    """The key of the number of ``year``, ``sequence`` and ``series`` (migration 0008)."""
    return (year * 10_000_000 + sequence) * SEQUENCE_FACTOR + series


def key_sequence(key: int) -> int:
    """The running number a key holds."""
    return key // SEQUENCE_FACTOR % 10_000_000


def number_prefix(year: int, series: str) -> str:
    """What precedes the running number in a number of ``year`` and ``series``, in lower case."""
    return f"{PREFIX}-{year}-{series.lower()}-" if series else f"{PREFIX}-{year}-"


def running_text(sequence: int) -> str:
    """A running number as the quote's number writes it (at least four digits)."""
    return f"{sequence:0{NARROW_WIDTH}d}"


def _widths(most: int) -> range:
    return range(NARROW_WIDTH, max(NARROW_WIDTH, len(str(most))) + 1)


def _bounds(width: int, most: int) -> tuple[int, int]:
    """The running numbers written with ``width`` digits, up to ``most``."""
    low = 1 if width == NARROW_WIDTH else 10 ** (width - 1)
    return low, min(10**width - 1, most)


def _containing(digits: str, most: int, budget: int) -> list[tuple[int, int]] | None:
    """Runs of running numbers (1 … ``most``) whose text has ``digits`` in it (anywhere); None
    when more than ``budget`` runs would be needed."""
    runs: list[tuple[int, int]] = []
    length, value = len(digits), int(digits)
    for width in _widths(most):
        low, high = _bounds(width, most)
        for at in range(width - length + 1):  # the digits' place in the running number's text
            tail = width - at - length  # digits after them
            if at == 0:
                heads: range = range(0, 1)  # nothing before them
                if width > NARROW_WIDTH and digits[0] == "0":
                    continue  # a wide running number has no leading zero
            else:
                heads = range(0, 10**at) if width == NARROW_WIDTH else range(10 ** (at - 1), 10**at)
            for head in heads:
                first = (head * 10**length + value) * 10**tail
                if first > high:
                    break
                last = first + 10**tail - 1
                if last < low:
                    continue
                runs.append((max(first, low), min(last, high)))
                if len(runs) > budget:
                    return None
    return runs


def _starting(digits: str, most: int) -> list[tuple[int, int]]:
    """Runs of running numbers whose text starts with ``digits``."""
    runs: list[tuple[int, int]] = []
    length, value = len(digits), int(digits)
    for width in _widths(most):
        if length > width or (width > NARROW_WIDTH and digits[0] == "0"):
            continue
        low, high = _bounds(width, most)
        first = value * 10 ** (width - length)
        last = first + 10 ** (width - length) - 1
        if first <= high and last >= low:
            runs.append((max(first, low), min(last, high)))
    return runs


def sequence_runs(
    word: str, prefix: str, most: int, budget: int = MOST_RANGES
) -> list[tuple[int, int]] | None:
    """The running numbers ``s`` (1 … ``most``) for which ``word`` occurs in ``prefix +
    running_text(s)``, as sorted, disjoint runs ``(first, last)``; None when more than ``budget``
    runs would be needed (a short string of digits is in too many numbers to list)."""
    if most < 1:
        return []
    if word in prefix:
        return [(1, most)]
    runs: list[tuple[int, int]] = []
    for start in range(len(prefix)):  # the word begins in the prefix and runs into the digits
        head = prefix[start:]
        rest = word[len(head) :]
        if word.startswith(head) and rest.isascii() and rest.isdigit():
            runs.extend(_starting(rest, most))
    if word.isascii() and word.isdigit():  # the word lies in the running number
        inside = _containing(word, most, budget)
        if inside is None:
            return None
        runs.extend(inside)
    return _merged(runs, budget)


def _merged(runs: list[tuple[int, int]], budget: int) -> list[tuple[int, int]] | None:
    merged: list[tuple[int, int]] = []
    for first, last in sorted(runs):
        if merged and first <= merged[-1][1] + 1:
            merged[-1] = (merged[-1][0], max(merged[-1][1], last))
        else:
            merged.append((first, last))
    return None if len(merged) > budget else merged


def key_ranges(
    word: str,
    last_sequences: Mapping[int, int],
    series: Mapping[int, str],
    budget: int = MOST_RANGES,
) -> list[KeyRange] | None:
    """The keys of the numbers that contain ``word`` (lower case), for the years and the highest
    running number in each (``last_sequences``) and the series (key part → name) a database holds;
    None when more than ``budget`` ranges would be needed. Ranges of all series alike are one
    range without a series."""
    ranges: list[KeyRange] = []
    for year in sorted(last_sequences):
        by_runs: dict[tuple[tuple[int, int], ...], list[int]] = {}
        for part, name in sorted(series.items()):
            runs = sequence_runs(word, number_prefix(year, name), last_sequences[year], budget)
            if runs is None:
                return None
            if runs:
                by_runs.setdefault(tuple(runs), []).append(part)
        for runs_of, parts in by_runs.items():
            every = len(parts) == len(series)
            for first, last in runs_of:
                if every:
                    ranges.append(
                        KeyRange(key_of(year, first), key_of(year, last, SERIES_LIMIT - 1), None)
                    )
                else:
                    ranges.extend(
                        KeyRange(key_of(year, first, part), key_of(year, last, part), part)
                        for part in parts
                    )
            if len(ranges) > budget:
                return None
    return sorted(ranges)


def covers_everything(ranges: Sequence[KeyRange], last_sequences: Mapping[int, int]) -> bool:
    """Whether ``ranges`` hold every number of every year (the word is in every prefix, such as
    ``a-20``): then they narrow nothing."""

    def whole_year(year: int) -> bool:
        first, last = key_of(year, 1), key_of(year, last_sequences[year])
        return any(r.series is None and r.low <= first and r.high >= last for r in ranges)

    return all(whole_year(year) for year in last_sequences)
