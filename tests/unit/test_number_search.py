"""The quote numbers that contain a word, worked out as key ranges (``store.number_search``),
against the numbers themselves: every number the ranges hold contains the word, and every number
that contains it is in a range."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from nspdesk.store.number_search import (
    MOST_RANGES,
    SEQUENCE_FACTOR,
    KeyRange,
    covers_everything,
    key_ranges,
    number_prefix,
    running_text,
    sequence_runs,
)
from nspdesk.store.quotes import format_number

LAST = {2024: 12_345, 2025: 987, 2026: 40}
SERIES = {0: "", 1: "MK", 2: "K2"}


def _key(year: int, sequence: int, series: int) -> int:
    return (year * 10_000_000 + sequence) * SEQUENCE_FACTOR + series


def _inside(key: int, ranges: list[KeyRange]) -> bool:
    return any(
        r.low <= key <= r.high and (r.series is None or key % SEQUENCE_FACTOR == r.series)
        for r in ranges
    )


def _check(word: str, last: dict[int, int], series: dict[int, str]) -> list[KeyRange] | None:
    ranges = key_ranges(word, last, series)
    if ranges is None:
        return None
    for year, most in last.items():
        for part, name in series.items():
            for sequence in range(1, most + 1):
                number = format_number(year, sequence, name).lower()
                held = _inside(_key(year, sequence, part), ranges)
                assert held == (word in number), (word, number, held)
    return ranges


def test_the_text_of_a_number_is_the_stores() -> None:
    assert number_prefix(2026, "MK") + running_text(7) == format_number(2026, 7, "MK").lower()
    assert number_prefix(2025, "") + running_text(12_345) == format_number(2025, 12_345).lower()


@pytest.mark.parametrize(
    "word",
    [
        "a-2025-01",
        "a-2025",
        "2025-0",
        "0042",
        "4-0",
        "-mk-",
        "k-00",
        "2-0",
        "123",
        "12345",
        "a-2026-0040",
        "a-2026-0041",
        "25-9",
        "cloud",
        "-20",
        "2024-1234",
    ],
)
def test_ranges_hold_exactly_the_numbers_with_the_word(word: str) -> None:
    assert _check(word, LAST, SERIES) is not None


def test_a_typed_number_is_a_few_ranges_in_its_year() -> None:
    ranges = key_ranges("a-2025-01", {2024: 25_000, 2025: 25_000, 2026: 3_000}, {0: ""})
    assert ranges is not None
    assert [
        (r.low // SEQUENCE_FACTOR % 10_000_000, r.high // SEQUENCE_FACTOR % 10_000_000)
        for r in ranges
    ] == [(100, 199)]  # fmt: skip (a wide number has no leading zero)
    assert {r.low // (10_000_000 * SEQUENCE_FACTOR) for r in ranges} == {2025}
    assert all(r.series is None for r in ranges)  # one series: no filter


def test_series_of_their_own_are_told_apart() -> None:
    ranges = _check("mk-00", {2026: 120}, {0: "", 1: "MK"})
    assert ranges is not None and {r.series for r in ranges} == {1}


def test_a_word_in_every_prefix_covers_everything() -> None:
    last = {2025: 300, 2026: 20}
    for word in ("a-20", "a-2", "-20"):
        ranges = key_ranges(word, last, {0: ""})
        assert ranges is not None and covers_everything(ranges, last)
    narrow = key_ranges("a-2025", last, {0: ""})
    assert narrow is not None and not covers_everything(narrow, last)
    assert key_ranges("cloud", last, {0: ""}) == []


def test_too_many_ranges_are_refused() -> None:
    assert key_ranges("12", {2025: 99_999}, {0: ""}) is None  # in 1 000s of running numbers
    assert sequence_runs("1", "a-2025-", 9_999_999, budget=MOST_RANGES) is None
    assert sequence_runs("x", "a-2025-", 0) == []


@settings(max_examples=150, deadline=None)
@given(
    word=st.text(alphabet="a-0123456789mk", min_size=1, max_size=7),
    last=st.dictionaries(st.integers(2023, 2026), st.integers(0, 12_000), min_size=1, max_size=2),
)
def test_any_word_any_numbers(word: str, last: dict[int, int]) -> None:
    _check(word, last, {0: "", 1: "MK"})
