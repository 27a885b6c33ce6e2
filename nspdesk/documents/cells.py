"""A light grid table for long lists of plain text: the line table of the Angebot.

It looks like a reportlab ``Table`` with ``styles.grid_table_style`` (tinted header row with an accent
rule, thin rules below the rows, zebra stripes, text aligned to the top of the row) and places every
text where that table places it, but it is built for hundreds of rows (bench/quote_pdf.py):

- Nothing is parsed: a cell is either a plain string (one line per ``"\\n"``, in the table's font,
  placed as reportlab places string cells) or a tuple of ``TextPart`` (placed as paragraphs).
  ``<``, ``&`` and any Unicode print as typed, without escaping; invisible characters are
  stripped and characters Liberation Sans lacks drawn in a fallback (``glyphs``).
- Nothing leaves its cell: every line is wrapped to its column (between words as ``simpleSplit``
  does, a word wider than the column between its characters). With ``GridFormat.fill`` the other
  columns take the width their content needs, the ``fill`` column the rest
  (``fit_widths``).
- No row stands alone on a page: the last row takes the one before along, a first row alone
  waits for the next page.
- A row taller than the space left on a page is split between its lines (never leaving a single
  line of it on either side): the numbers stay at the top of the position, its text continues
  on the next page below the repeated header, with the first column (the position number)
  repeated in grey.
- Row heights are measured once. Splitting at a page break hands out views of the same rows
  (``start``/``stop``), so a table of n rows splits in O(n) over all its pages; a reportlab
  ``Table`` builds and measures the whole remainder again at every page (O(n²)). The header row
  is repeated at the top of every page, and only there.
- Each part draws its text in one PDF text object instead of one per cell.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from typing import NamedTuple

from reportlab.lib.colors import Color, black
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable

from nspdesk.documents.glyphs import clean, primary_only, runs
from nspdesk.documents.styles import ACCENT, GREY, HEADER_FILL, RULE, ZEBRA_FILL


class TextPart(NamedTuple):  # a tuple: a long table makes two a line
    text: str
    font: str
    size: float
    leading: float
    color: Color = black


Cell = str | tuple[TextPart, ...]

# The paddings and rules of ``styles.grid_table_style``.
LEFT_PADDING, RIGHT_PADDING, TOP_PADDING, BOTTOM_PADDING = 3.0, 3.0, 2.5, 3.0
HEADER_RULE, ROW_RULE = (0.8, ACCENT), (0.25, RULE)
# A row is split at a page break only with at least this many lines on either side.
MIN_LINES = 2


@dataclass(frozen=True)
class GridFormat:
    """Columns and fonts of a ``GridTable``: widths in points, right-aligned column numbers, and the
    font of string cells (``bold`` in the header row).

    ``fill``: the column that takes the width the others leave when they are as wide as their
    content needs (its width in ``widths`` is its least; ``None``: the widths as given).
    ``repeat_first``: a row continued on the next page repeats its first column there, in grey.
    """

    widths: tuple[float, ...]
    right_aligned: frozenset[int]
    regular: str
    bold: str
    size: float
    leading: float
    fill: int | None = None
    repeat_first: bool = False


class _Text(NamedTuple):
    """A placed line (or a piece of one in one font)."""

    x: float  # left end
    below: float  # baseline, below the row's top
    font: str
    size: float
    color: Color
    text: str
    top: float  # the line's slot, below the row's top: where a row may be cut
    bottom: float
    column: int


class _Piece(NamedTuple):
    """A row, or what of it goes on one page when it is split."""

    row: int  # the row it belongs to (its zebra stripe)
    texts: list[_Text]
    height: float


@dataclass
class _Rows:
    """The measured rows shared by a table and the parts it splits into."""

    format: GridFormat
    header: list[_Text]
    header_height: float
    texts: list[list[_Text]] = field(default_factory=list)
    heights: list[float] = field(default_factory=list)
    tops: list[float] = field(default_factory=list)  # tops[i]: sum of the heights before row i


class GridTable(Flowable):
    """The header row and ``rows`` of cells; splits between rows (and inside a row too tall for
    the space left), the header on every part.

    Rows are measured when the table is made: register the fonts first (``styles()`` does).
    """

    def __init__(
        self, format: GridFormat, header: Sequence[str], rows: Sequence[Sequence[Cell]]
    ) -> None:
        super().__init__()
        self.hAlign = "CENTER"  # as a reportlab Table
        widths = _Widths()
        header = [clean(text) for text in header]
        rows = [[_clean(cell) for cell in row] for row in rows]
        if format.fill is not None:
            format = replace(format, widths=fit_widths(format, header, rows, widths))
        header_texts, header_height = _measure(format, header, format.bold, widths)
        measured = _Rows(format, header_texts, header_height)
        top = 0.0
        for row in rows:
            texts, height = _measure(format, row, format.regular, widths)
            measured.texts.append(texts)
            measured.heights.append(height)
            measured.tops.append(top)
            top += height
        measured.tops.append(top)
        self._rows = measured
        self._start, self._stop = 0, len(rows)
        self._head: _Piece | None = None  # the rest of the row before ``start``
        self._tail: _Piece | None = None  # the beginning of row ``stop``

    @property
    def widths(self) -> tuple[float, ...]:
        """The column widths as laid out (after ``fill``)."""
        return self._rows.format.widths

    @classmethod
    def _part(
        cls, rows: _Rows, head: _Piece | None, start: int, stop: int, tail: _Piece | None = None
    ) -> GridTable:
        part = cls.__new__(cls)
        Flowable.__init__(part)
        part.hAlign = "CENTER"
        part._rows, part._start, part._stop = rows, start, stop
        part._head, part._tail = head, tail
        return part

    def _height(self, stop: int) -> float:
        """Header, the continued row and rows ``start`` to ``stop`` (without the tail)."""
        tops = self._rows.tops
        head = self._head.height if self._head is not None else 0.0
        return self._rows.header_height + head + (tops[stop] - tops[self._start])

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = sum(self._rows.format.widths)
        self.height = self._height(self._stop)
        if self._tail is not None:
            self.height += self._tail.height
        return self.width, self.height

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        """The rows that fit below the header, and the rest; a row that does not fit is cut
        between its lines when enough of them fit (``MIN_LINES``). Nothing when not even that
        fits (the table then starts on the next page)."""
        rows, head = self._rows, self._head
        room = available_height - rows.header_height
        # At the top of a frame nothing is gained by waiting for the next one (a frame of the
        # same height): there the rules against lone lines and rows give way, so that the table
        # never ends in a LayoutError.
        frame = getattr(self, "_frame", None)  # set by reportlab's Frame while it asks
        at_top = bool(getattr(frame, "_atTop", False))
        least = 1 if at_top else MIN_LINES
        if head is not None and head.height > room:
            cut = _cut(rows.format, head, room, least)
            if cut is None:
                return []
            return [
                self._part(rows, cut[0], self._start, self._start),
                self._part(rows, cut[1], self._start, self._stop, self._tail),
            ]
        stop = self._start
        while stop < self._stop and self._height(stop + 1) <= available_height:
            stop += 1
        if stop == self._stop:
            return [self]
        left = available_height - self._height(stop)
        row = _Piece(stop, rows.texts[stop], rows.heights[stop])
        cut = _cut(rows.format, row, left, least)
        if cut is not None:
            return [
                self._part(rows, head, self._start, stop, cut[0]),
                self._part(rows, cut[1], stop + 1, self._stop),
            ]
        if not at_top:
            stop = self._keeping_pairs(stop)
        if stop == self._start and head is None:
            return []
        return [self._part(rows, head, self._start, stop), self._part(rows, None, stop, self._stop)]

    def _keeping_pairs(self, stop: int) -> int:
        """Where to split between rows instead of before ``stop`` so that no row stands alone on
        a page: the last row takes the one before it along when that leaves two on this page (a
        table of three rows waits for the next page as a whole); a single first row of the table
        waits for the next page with the others."""
        before, after = stop - self._start, self._stop - stop
        continued = self._head is not None
        if after == 1:
            if before + continued >= 3:
                return stop - 1
            if not continued:
                return self._start
        if before == 1 and not continued:
            return self._start
        return stop

    def _pieces(self) -> list[_Piece]:
        rows = self._rows
        pieces = [self._head] if self._head is not None else []
        pieces += [
            _Piece(i, rows.texts[i], rows.heights[i]) for i in range(self._start, self._stop)
        ]
        if self._tail is not None:
            pieces.append(self._tail)
        return pieces

    def draw(self) -> None:
        rows, canvas = self._rows, self.canv
        width = sum(rows.format.widths)
        top = self.height
        body_top = top - rows.header_height
        pieces = self._pieces()
        spans: list[tuple[float, float]] = []  # each piece's top and height, in this part
        row_top = body_top
        for piece in pieces:
            spans.append((row_top, piece.height))
            row_top -= piece.height
        canvas.setFillColor(HEADER_FILL)
        canvas.rect(0, body_top, width, rows.header_height, stroke=0, fill=1)
        canvas.setFillColor(ZEBRA_FILL)
        for piece, (row_top, height) in zip(pieces, spans, strict=True):
            if piece.row % 2:  # every second line, counted over the whole table
                canvas.rect(0, row_top - height, width, height, stroke=0, fill=1)
        text = canvas.beginText()
        state: tuple[str, float, Color] | None = None
        placed = [(top, rows.header)] + [
            (row_top, piece.texts) for piece, (row_top, _) in zip(pieces, spans, strict=True)
        ]
        for row_top, texts in placed:
            for x, below, font, size, color, line, *_ in texts:
                if state != (font, size, color):
                    if state is None or state[:2] != (font, size):
                        text.setFont(font, size)
                    if state is None or state[2] != color:
                        text.setFillColor(color)
                    state = (font, size, color)
                text.setTextOrigin(x, row_top - below)
                text.textLine(line)  # unlike textOut, does not measure the text again
        canvas.drawText(text)
        canvas.setLineCap(1)
        canvas.setLineJoin(1)
        canvas.setStrokeColor(HEADER_RULE[1])
        canvas.setLineWidth(HEADER_RULE[0])
        canvas.line(0, body_top, width, body_top)
        canvas.setStrokeColor(ROW_RULE[1])
        canvas.setLineWidth(ROW_RULE[0])
        for row_top, height in spans:
            canvas.line(0, row_top - height, width, row_top - height)


def _cut(
    format: GridFormat, piece: _Piece, room: float, least: int = MIN_LINES
) -> tuple[_Piece, _Piece] | None:
    """``piece`` cut between two lines of its longest column so that the first part is at most
    ``room`` high, with ``least`` lines or more on either side; ``None`` when it cannot be.

    Lines of the other columns go with the part their slot ends in; the second part starts with
    its first line at the top padding.
    """
    slots: dict[int, set[tuple[float, float]]] = {}
    for text in piece.texts:
        slots.setdefault(text.column, set()).add((text.top, text.bottom))
    if not slots:
        return None
    bottoms = sorted(bottom for _, bottom in max(slots.values(), key=len))
    keep = sum(1 for bottom in bottoms if bottom + BOTTOM_PADDING <= room)
    keep = min(keep, len(bottoms) - least)
    if keep < least:
        return None
    cut = bottoms[keep - 1]
    first = [text for text in piece.texts if text.bottom <= cut]
    rest = [text for text in piece.texts if text.bottom > cut]
    shift = min(text.top for text in rest) - TOP_PADDING
    moved = [
        text._replace(below=text.below - shift, top=text.top - shift, bottom=text.bottom - shift)
        for text in rest
    ]
    if format.repeat_first and not any(text.column == 0 for text in moved):
        moved = [text._replace(color=GREY) for text in piece.texts if text.column == 0] + moved
    height = max(text.bottom for text in moved) + BOTTOM_PADDING
    return _Piece(piece.row, first, cut + BOTTOM_PADDING), _Piece(piece.row, moved, height)


def _clean(cell: Cell) -> Cell:
    if isinstance(cell, str):
        return clean(cell)
    cleaned = [clean(part.text) for part in cell]
    if all(text is part.text for text, part in zip(cleaned, cell, strict=True)):
        return cell
    return tuple(part._replace(text=text) for text, part in zip(cleaned, cell, strict=True))


def fit_widths(
    format: GridFormat,
    header: Sequence[str],
    rows: Sequence[Sequence[Cell]],
    widths: _Widths | None = None,
) -> tuple[float, ...]:
    """Column widths for ``format.fill``: every other column as wide as its widest line (header
    included) needs; when they need more than the fill column's least width leaves, the widest of
    them are narrowed to one common width (their text then wraps). The fill column takes the
    rest."""
    fill = format.fill
    assert fill is not None
    measure = widths or _Widths()
    total = sum(format.widths)
    needs: list[float] = []
    for column in range(len(format.widths)):
        if column == fill:
            continue
        need = _natural(header[column], format.bold, format.size, measure)
        for row in rows:
            need = max(need, _natural(row[column], format.regular, format.size, measure))
        needs.append(need + LEFT_PADDING + RIGHT_PADDING)
    shared = iter(_share(needs, total - format.widths[fill]))
    fitted = [0.0 if column == fill else next(shared) for column in range(len(format.widths))]
    fitted[fill] = total - sum(fitted)
    return tuple(fitted)


def _natural(cell: Cell, font: str, size: float, widths: _Widths) -> float:
    """The width of the widest line of ``cell``, unwrapped."""
    if isinstance(cell, str):
        if "\n" not in cell:
            return widths(cell, font, size)
        return max(widths(line, font, size) for line in cell.split("\n"))
    return max(
        (widths(line, part.font, part.size) for part in cell for line in part.text.splitlines()),
        default=0.0,
    )


def _share(needs: Sequence[float], budget: float) -> list[float]:
    """``needs`` when they fit ``budget``, else each capped at the one level that fills it."""
    if sum(needs) <= budget:
        return list(needs)
    remaining, count = budget, len(needs)
    for index, need in enumerate(sorted(needs)):
        level = remaining / (count - index)
        if need > level:
            return [min(n, level) for n in needs]
        remaining -= need
    return list(needs)  # not reached: the needs exceed the budget


class _Widths:
    """Text widths remembered while a table is measured: its rows repeat words, units, prices.

    A text with characters its font lacks is measured piece by piece in the faces that draw them.
    """

    def __init__(self) -> None:
        self._known: dict[tuple[str, str, float], float] = {}

    def __call__(self, text: str, font: str, size: float) -> float:
        key = (text, font, size)
        width = self._known.get(key)
        if width is None:
            if text.isascii():
                width = stringWidth(text, font, size)
            else:
                width = sum(stringWidth(piece, face, size) for piece, face in runs(text, font))
            self._known[key] = width
        return width


def _measure(
    format: GridFormat, cells: Sequence[Cell], font: str, widths: _Widths
) -> tuple[list[_Text], float]:
    """The row's lines of text placed in their cells, and the row's height."""
    texts: list[_Text] = []
    height = 0.0
    x = 0.0
    for column, (cell, width) in enumerate(zip(cells, format.widths, strict=True)):
        right = x + width - RIGHT_PADDING if column in format.right_aligned else None
        inner = width - LEFT_PADDING - RIGHT_PADDING
        left = x + LEFT_PADDING
        content = 0.0
        if isinstance(cell, str):
            # reportlab's string cell: first baseline one font size below the padding.
            size, leading = format.size, format.leading
            for paragraph in cell.split("\n"):
                for line in _split(paragraph, font, size, inner, widths, keep_spaces=True):
                    if line:
                        slot = (TOP_PADDING + content, TOP_PADDING + content + leading)
                        below = TOP_PADDING + content + size
                        _place(
                            texts,
                            widths,
                            line,
                            (left, right),
                            below,
                            font,
                            size,
                            black,
                            slot,
                            column,
                        )
                    content += leading
        else:  # parts are wrapped to the column and start at its left padding
            for part in cell:
                if not part.text.strip():
                    continue
                for paragraph in part.text.splitlines() or [""]:
                    for line in _split(paragraph, part.font, part.size, inner, widths):
                        slot = (TOP_PADDING + content, TOP_PADDING + content + part.leading)
                        content += part.leading
                        # The baseline a fifth of the font size above the middle of the leading's
                        # slack, as in a Paragraph of the same size and leading.
                        baseline = content - (part.leading - part.size) / 2 - part.size * 0.2
                        below = TOP_PADDING + baseline
                        if line:
                            _place(
                                texts,
                                widths,
                                line,
                                (left, None),
                                below,
                                part.font,
                                part.size,
                                part.color,
                                slot,
                                column,
                            )
        height = max(height, content + TOP_PADDING + BOTTOM_PADDING)
        x += width
    return texts, height


def _place(
    texts: list[_Text],
    widths: _Widths,
    line: str,
    edges: tuple[float, float | None],  # the left padding's x, the right padding's when aligned
    below: float,
    font: str,
    size: float,
    color: Color,
    slot: tuple[float, float],
    column: int,
) -> None:
    """Add ``line`` to ``texts``: one text, or one per face when fallbacks draw some of it."""
    left, right = edges
    if right is not None:
        left = right - widths(line, font, size)
    if line.isascii() or primary_only(line, font):
        texts.append(_Text(left, below, font, size, color, line, *slot, column))
        return
    for piece, face in runs(line, font):
        texts.append(_Text(left, below, face, size, color, piece, *slot, column))
        left += widths(piece, face, size)


def _split(
    text: str, font: str, size: float, width: float, widths: _Widths, keep_spaces: bool = False
) -> list[str]:
    """``text`` broken into lines of ``width`` as ``simpleSplit`` breaks it (at least one line),
    with the widths remembered: a long quote breaks thousands of texts of the same words. A word
    wider than ``width`` is broken between its characters (``simpleSplit`` would let it run out
    of its cell). ``keep_spaces``: a text that fits stays as it is (a string cell's line)."""
    if keep_spaces and widths(text, font, size) <= width:
        return [text]
    words = text.split()
    if text == " ".join(words) and widths(text, font, size) <= width:
        return [text]
    # reportlab.lib.utils._simpleSplit, step by step: the same sums, the same breaks.
    space = widths(" ", font, size)
    lines: list[str] = []
    line: list[str] = []
    used = -space
    for word in words:
        length = widths(word, font, size)
        if length > width:
            pieces = _break_word(word, font, size, width, widths)
            if line:
                lines.append(" ".join(line))
            lines.extend(pieces[:-1])
            line, used = [pieces[-1]], widths(pieces[-1], font, size)
        elif used + space + length <= width or not line:
            line.append(word)
            used = used + space + length
        else:
            lines.append(" ".join(line))
            line, used = [word], length
    if line:
        lines.append(" ".join(line))
    return lines or [""]


def _break_word(word: str, font: str, size: float, width: float, widths: _Widths) -> list[str]:
    """``word`` in pieces no wider than ``width`` (a character each at the least)."""
    pieces: list[str] = []
    start, used = 0, 0.0
    for index, char in enumerate(word):
        length = widths(char, font, size)
        if index > start and used + length > width:
            pieces.append(word[start:index])
            start, used = index, 0.0
        used += length
    pieces.append(word[start:])
    return pieces
