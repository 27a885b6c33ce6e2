"""Which rows of a table contain a search word: in one of their cells, case-folded.

A list can hold 100 000 rows; a keystroke must not walk each row's whole text. Most columns repeat
a few values over and over (a partner, a status, a date, the same articles in many quotes), so the
distinct values of such a column are searched once and a row is matched through the number of its
value. Only the columns that are nearly unique per row (a quote number, a subject) are searched
row by row, joined into one short text, and only for a word that their distinct words have. All
per-row work runs in C (``map``, ``itertools.compress``, ``bytes.translate``, big-integer OR of
masks), never in a Python loop over the rows. Typing on, most of what the last keystroke found is
found again; the last row mask of each column and the last words in no row's own text are kept.

A word never contains whitespace (the search splits the typed text at it), and the cells and the
rows are joined at separators that ``str.split`` treats as whitespace, so a word is found in the
joined text exactly where it is in one cell: matching cell by cell is the same as matching the row.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from itertools import chain, compress, repeat
from operator import contains, or_

SEPARATOR = "\x1f"  # between a row's own cells; whitespace to str.split, so never in a word
SHARED_FROM = 4  # a column is searched by its distinct values when each repeats this often
FEW = 4  # candidates under 1/FEW of all rows are looked up one by one, not through masks of all


@dataclass(frozen=True)
class _Shared:
    """A column of few distinct values: the values, and per row the number of its value."""

    values: list[str]  # case-folded
    ids: bytes | list[int]  # per row; bytes when there are at most 256 values
    rows: list[list[int]]  # per value its rows, when there are more (else empty)

    def matches(self, word: str) -> bytes:
        """Per value: 1 when ``word`` is in it."""
        return bytes(map(contains, self.values, repeat(word)))

    def row_mask(self, hits: bytes) -> bytes:
        """Per row (all rows): 1 when its value is one of ``hits``."""
        if isinstance(self.ids, bytes):  # at memory speed
            return self.ids.translate(hits.ljust(256, b"\0"))
        rows = list(compress(self.rows, hits))
        if sum(map(len, rows)) * 3 < len(self.ids):  # a few rows: set them, look none up
            mask = bytearray(len(self.ids))
            deque(map(mask.__setitem__, chain.from_iterable(rows), repeat(1)), maxlen=0)
            return bytes(mask)
        return bytes(map(hits.__getitem__, self.ids))


def _shared(values: list[str], ids: list[int]) -> _Shared:
    if len(values) <= 256:
        return _Shared(values, bytes(ids), [])
    rows: list[list[int]] = [[] for _ in values]
    deque(map(list.append, map(rows.__getitem__, ids), range(len(ids))), maxlen=0)
    return _Shared(values, ids, rows)


class RowSearch:
    """The search texts of a table's rows, made once per set of rows."""

    def __init__(self, cells: Sequence[Sequence[str]]) -> None:
        """``cells``: per row its cell texts (every row has the same columns)."""
        self.size = len(cells)
        self._shared: list[_Shared] = []
        own: list[Sequence[str]] = []
        for column in zip(*cells, strict=True):
            first = dict.fromkeys(column)  # the distinct values, in the order they first appear
            if len(first) * SHARED_FROM > self.size:
                own.append(column)
                continue
            values = list(first)
            number = dict(zip(values, range(len(values)), strict=True))
            ids = list(map(number.__getitem__, column))
            self._add_shared([value.casefold() for value in values], ids)
        # per row: its nearly unique cells, joined and case-folded (None: no such column)
        self._own: list[str] | None = (
            list(map(str.casefold, map(SEPARATOR.join, zip(*own, strict=True)))) if own else None
        )
        # Every distinct word of the own texts, joined: a word is in some row's own text exactly
        # when it is in this (it never spans whitespace), which is much shorter than all of them
        # and which a word in none (most words, a partner's or an article's) scans in C at once.
        self._vocabulary = (
            " ".join(set(chain.from_iterable(map(str.split, self._own)))) if self._own else ""
        )
        self._masks: dict[int, tuple[bytes, bytes]] = {}  # per column: last hits, row mask
        self._not_own: list[str] = []  # the last words in no own text: nor is a word with one

    def _add_shared(self, values: list[str], ids: list[int]) -> None:
        """A column of repeated values; joined to an earlier one that it goes with one to one
        (a partner and its customer number, net and gross): one look-up per row for both."""
        for index, column in enumerate(self._shared):
            if len(column.values) != len(values):
                continue
            if column.ids == (bytes(ids) if isinstance(column.ids, bytes) else ids):
                joined = list(map(SEPARATOR.join, zip(column.values, values, strict=True)))
                self._shared[index] = _Shared(joined, column.ids, column.rows)
                return
        self._shared.append(_shared(values, ids))

    def matching(self, word: str, rows: list[int]) -> list[int]:
        """The rows of ``rows`` (row numbers, in any order, which is kept) with ``word`` in a cell."""
        hit: list[tuple[int, bytes]] = []  # the columns with the word in some value: which
        for index, column in enumerate(self._shared):
            hits = column.matches(word)
            if 0 not in hits:  # every value has the word: so has every row
                return list(rows)
            if 1 in hits:
                hit.append((index, hits))
        own = self._in_own(word)
        if not hit or len(rows) * FEW < self.size:
            return self._each(word, rows, hit, own)
        # most rows, and some values have the word: one mask of all rows, each candidate looked up
        masks = [self._row_mask(index, hits) for index, hits in hit]
        if own and self._own is not None:  # every row's own text, in the model's order
            masks.append(bytes(map(contains, self._own, repeat(word))))
        union = _union(masks, self.size)
        return list(compress(rows, map(union.__getitem__, rows)))

    def _in_own(self, word: str) -> bool:
        """Whether some row's own text has ``word`` (typing on: a longer word than one in none
        is in none either)."""
        if any(known in word for known in self._not_own):
            return False
        if word in self._vocabulary:
            return True
        self._not_own = [word, *self._not_own[:7]]
        return False

    def _row_mask(self, index: int, hits: bytes) -> bytes:
        """The shared column's ``row_mask``; the last one again when the same values have the
        word (typing on within a partner's name: each keystroke finds the same partners)."""
        last = self._masks.get(index)
        if last is not None and last[0] == hits:
            return last[1]
        mask = self._shared[index].row_mask(hits)
        self._masks[index] = (hits, mask)
        return mask

    def _each(
        self, word: str, rows: list[int], hit: list[tuple[int, bytes]], own: bool
    ) -> list[int]:
        """``matching`` candidate by candidate: for a few, or when only the own texts can match."""
        flags: Iterator[object] | None = None
        if own and self._own is not None:
            flags = map(contains, map(self._own.__getitem__, rows), repeat(word))
        for index, hits in hit:
            shared = map(hits.__getitem__, map(self._shared[index].ids.__getitem__, rows))
            flags = shared if flags is None else map(or_, flags, shared)
        return [] if flags is None else list(compress(rows, flags))


def _union(masks: list[bytes], size: int) -> bytes:
    """Rows set in any of ``masks`` (one byte, 0 or 1, per row): OR as big integers, in C."""
    if len(masks) == 1:
        return masks[0]
    union = 0
    for mask in masks:
        union |= int.from_bytes(mask, "little")
    return union.to_bytes(size, "little")
