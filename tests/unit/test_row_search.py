"""The list search (``nspdesk.ui.row_search``): a word matches a row exactly when it is in the
row's cells joined and case-folded, whichever way the index reads a column."""

from __future__ import annotations

import random

from hypothesis import given, settings
from hypothesis import strategies as st

from nspdesk.ui.row_search import SEPARATOR, RowSearch


def naive(cells: list[list[str]], word: str, rows: list[int]) -> list[int]:
    return [r for r in rows if word in SEPARATOR.join(cells[r]).casefold()]


LETTERS = "aAbBsSßẞöÖüÜ-0 1€"
value = st.text(alphabet=LETTERS, max_size=6)


@st.composite
def tables(draw: st.DrawFn) -> tuple[list[list[str]], list[int]]:
    columns = draw(st.integers(min_value=1, max_value=4))
    size = draw(st.integers(min_value=0, max_value=40))
    # per column a pool of values: a small pool makes a column of repeated values
    pools = [
        draw(st.lists(value, min_size=1, max_size=draw(st.sampled_from([2, 60]))))
        for _ in range(columns)
    ]
    cells = [[draw(st.sampled_from(pool)) for pool in pools] for _ in range(size)]
    rows = draw(st.permutations(range(size)))
    keep = draw(st.integers(min_value=0, max_value=size))
    return cells, list(rows)[:keep] if draw(st.booleans()) else list(rows)


@settings(max_examples=300, deadline=None)
@given(tables(), st.text(alphabet="abszöü-0€", min_size=1, max_size=3))
def test_matches_what_the_joined_text_contains(
    table: tuple[list[list[str]], list[int]], word: str
) -> None:
    cells, rows = table
    assert RowSearch(cells).matching(word, rows) == naive(cells, word, rows)


def test_a_long_list_in_every_way_a_column_is_read() -> None:
    """2 000 rows: a column of five values (read through bytes.translate), one of 400 (more than
    a byte numbers) with a column that goes with it one to one (a customer number: read together),
    one nearly unique per row; all rows and a few (the two ways of looking rows up); words in half
    the partners (their rows looked up) and in a few (their rows set)."""
    pick = random.Random(8)
    statuses = ["Entwurf", "Versendet", "Angenommen", "Abgelehnt", "Abgelaufen"]
    partners = [f"Partner {n:03d} {pick.choice(['GmbH', 'Straße'])}" for n in range(400)]
    cells = []
    for n in range(2000):
        partner = pick.randrange(400)
        status = pick.choice(statuses)
        cells.append([f"A-2026-{n:04d}", partners[partner], status, f"K-{partner:05d}"])
    search = RowSearch(cells)
    # the partners with their customer numbers and the statuses are read by value
    assert [type(column.ids) for column in search._shared] == [list, bytes]
    assert len(search._shared[0].values) > 256
    assert all(SEPARATOR in value for value in search._shared[0].values)  # with the number
    assert search._own is not None  # the numbers row by row
    everything = list(range(1999, -1, -1))  # in a sort order, not the model's
    few = pick.sample(range(2000), 300)
    words = ["a-2026-01", "strasse", "gmbh", "ge", "n", "k-0001", "7", "partner 01", "xyz"]
    for word in words:
        for rows in (everything, few):
            assert search.matching(word, rows) == naive(cells, word, rows), word
    # typed on, one character at a time: what the last keystrokes found is reused
    for text in ["gmbh", "straße", "a-2026-1", "k-00012", "partner 012", "rtner", "ssex"]:
        for end in range(1, len(text) + 1):
            for rows in (everything, few):
                word = text[:end].casefold()
                assert search.matching(word, rows) == naive(cells, word, rows), word


def test_a_word_every_value_has_keeps_every_row_in_order() -> None:
    cells = [["Entwurf"], ["Versendet"]] * 10
    rows = [5, 3, 1, 19]
    assert RowSearch(cells).matching("e", rows) == rows
    assert RowSearch(cells).matching("entw", rows) == []
    assert RowSearch(cells).matching("entw", [2, 0, 4]) == [2, 0, 4]


def test_no_rows_and_no_columns() -> None:
    assert RowSearch([]).matching("a", []) == []
    assert RowSearch([[], []]).matching("a", [0, 1]) == []
