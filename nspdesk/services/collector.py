"""Pausing Python's cyclic garbage collector around a bulk read: a speed device of the edge.

Kept out of the domain and the store: the rules and the queries stay plain, and only the services
that read every partner at once (the partner list, the due list) use it, for the bench targets of
``bench/big_data.py`` (every partner's compliance < 0.5 s with 10 000 partners).
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def collector_paused() -> Iterator[None]:
    """Pause the cyclic collector while reading every partner in bulk.

    The bulk read and the evaluations make some 100 000 objects that live until the list is built;
    each batch of survivors starts a full collection that walks the whole heap, three or four a
    pass (0.3 s of 1 s with 10 000 partners, more with a long quote list in memory). The objects
    made here are freed by reference counting; any cycle (SQLAlchemy's) waits for the next
    collection after the block.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()
