"""The sort keys at the edges of the windows a list has handed out (keyset windows, issue 20).

The list's model asks for a window by its row number (``quote_window(offset, limit)``: the view
scrolls to row 3 000, the scroll bar is dragged to row 50 000). Read by ``OFFSET`` the database
steps over every row before it: on PostgreSQL 60-70 ms for a window deep in a search, and on
SQLite too it grows with the offset. So the services note the sort keys of the first and last
row of each window they return, and a window that starts where a returned one ended (scrolling
down) or ends where one started (scrolling up) is read from that key (``WHERE (key, id) <
(:key, :id) ORDER BY … LIMIT``: as quick at row 50 000 as at the top). A jump into the middle
(the scroll bar dragged) still reads by offset, once; the windows beside it then by key again.

The keys are kept for the last few lists asked for (each list its own ``QuoteQuery``) of each
open database, and forgotten when a list is read anew from its top (``forget``: a keystroke, a
reload after a save). Between those, the model holds windows of one reading of the list; a window
read by key continues the rows of the window beside it even when another user changed the list
meanwhile (by offset it would repeat or skip the rows moved).
"""

from __future__ import annotations

import threading
import weakref
from collections import OrderedDict
from collections.abc import Hashable
from dataclasses import dataclass, field

from nspdesk.store.quote_list import Edge, SortKey


@dataclass
class _Known:
    ends: dict[int, SortKey] = field(default_factory=dict)  # row number after a window → its key
    starts: dict[int, SortKey] = field(default_factory=dict)  # a window's first row → its key


class WindowEdges:
    """Per open database, the edge keys of the windows returned of its last ``LISTS`` lists."""

    LISTS = 2
    EDGES = 5_000  # per list: 100 000 quotes are 1 667 windows of 60

    def __init__(self) -> None:
        self._lock = threading.Lock()  # windows are read on the GUI thread and in worker threads
        self._of: weakref.WeakKeyDictionary[object, OrderedDict[Hashable, _Known]] = (
            weakref.WeakKeyDictionary()
        )

    def edge(self, database: object, list_: Hashable, offset: int, limit: int) -> Edge | None:
        """The key from which the window ``offset`` … ``offset + limit`` is read, if known."""
        with self._lock:
            lists = self._of.get(database)
            known = None if lists is None else lists.get(list_)
            if known is None or offset <= 0:
                return None
            if offset in known.ends:
                return Edge(known.ends[offset], forward=True)
            if offset + limit in known.starts:
                return Edge(known.starts[offset + limit], forward=False)
            return None

    def keep(
        self,
        database: object,
        list_: Hashable,
        offset: int,
        rows: int,
        first: SortKey | None,
        last: SortKey | None,
    ) -> None:
        """Note the keys of a window returned: ``rows`` rows from ``offset``."""
        if first is None or last is None:
            return
        with self._lock:
            lists = self._of.setdefault(database, OrderedDict())
            known = lists.get(list_)
            if known is None:
                known = lists[list_] = _Known()
                while len(lists) > self.LISTS:
                    lists.popitem(last=False)
            lists.move_to_end(list_)
            if len(known.ends) + len(known.starts) >= 2 * self.EDGES:
                known.ends.clear()
                known.starts.clear()
            known.starts[offset] = first
            known.ends[offset + rows] = last

    def forget(self, database: object, list_: Hashable | None = None) -> None:
        """Forget the keys of ``list_`` (every list: None), read anew from its top."""
        with self._lock:
            lists = self._of.get(database)
            if lists is None:
                return
            if list_ is None:
                lists.clear()
            else:
                lists.pop(list_, None)
