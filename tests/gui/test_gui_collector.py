"""Cyclic garbage collected on the GUI thread only (``ui.gui_collector``).

CI's run of the GUI tests ended in a segmentation fault inside a garbage collection that Python
started in the due list's worker thread: Qt objects of earlier tests, left in reference cycles,
were destroyed there. These tests show where a cycle's objects die with and without the
collector, and that it collects what Python would."""

from __future__ import annotations

import gc
import threading
import weakref
from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from nspdesk.ui import gui_collector
from nspdesk.ui.application import make_application
from nspdesk.ui.gui_collector import GuiThreadCollector

pytestmark = pytest.mark.gui


class Cyclic(QObject):
    """A Qt object only the garbage collector can free: it refers to itself."""

    def __init__(self) -> None:
        super().__init__()
        self.itself = self


def cycles(count: int) -> list[object]:
    """``count`` objects (lists) each in a cycle of its own, returned."""
    made: list[object] = []
    for _ in range(count):
        cycle: list[object] = []
        cycle.append(cycle)
        made.append(cycle)
    return made


def make_garbage(count: int) -> None:
    """``count`` cycles nobody refers to: enough of them makes Python collect, where it runs."""
    for _ in range(count):
        cycle: list[object] = []
        cycle.append(cycle)


def in_a_worker(work: Callable[[], None]) -> None:
    worker = threading.Thread(target=work, name="worker")
    worker.start()
    worker.join()


def dropped_cyclic_object() -> list[str]:
    """A ``Cyclic`` made and dropped; the list gets the name of the thread its wrapper dies in."""
    died_in: list[str] = []
    weakref.finalize(Cyclic(), lambda: died_in.append(threading.current_thread().name))
    return died_in


@pytest.fixture
def collections() -> Iterator[list[tuple[int, str]]]:
    """Every collection started meanwhile: its generation and its thread's name."""
    seen: list[tuple[int, str]] = []

    def record(phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            seen.append((info["generation"], threading.current_thread().name))

    gc.callbacks.append(record)
    yield seen
    gc.callbacks.remove(record)


def test_the_app_collects_on_the_gui_thread_only() -> None:
    app = make_application(["nspdesk"])
    collector = gui_collector.installed()
    assert collector is not None and collector.running
    assert collector.parent() is app
    assert not gc.isenabled()
    assert make_application(["nspdesk"]) is app and gui_collector.installed() is collector


def test_a_workers_allocations_start_no_collection(
    qtbot: QtBot, collections: list[tuple[int, str]]
) -> None:
    gc.collect()  # (what earlier tests left, collected here on the GUI thread)
    collections.clear()
    died_in = dropped_cyclic_object()
    in_a_worker(lambda: make_garbage(50_000))
    assert collections == []
    assert died_in == []
    qtbot.waitUntil(lambda: bool(died_in), timeout=5000)  # the timer's next turn
    assert died_in == ["MainThread"]
    assert {thread for _generation, thread in collections} == {"MainThread"}


def test_without_it_a_cycles_qt_object_dies_in_the_worker(
    collections: list[tuple[int, str]],
) -> None:
    """What the collector prevents: Python's own collection, started by a worker's allocations,
    destroys a Qt object in that worker."""
    collector = gui_collector.installed()
    assert collector is not None
    collector.stop()
    gc.collect()  # nothing of earlier tests left for the worker to destroy
    try:
        assert gc.isenabled()
        died_in = dropped_cyclic_object()
        in_a_worker(lambda: make_garbage(50_000))
    finally:
        collector.start()
    assert died_in == ["worker"]
    assert ("worker" in {thread for _generation, thread in collections}) is True


def test_the_youngest_generation_in_batches() -> None:
    """Young objects are looked at in batches of 20 000 (Python's 700 would move survivors up too
    early), not before."""
    collector = GuiThreadCollector()
    gc.collect(0)
    assert collector.collect_due() is None  # nothing made since
    kept = cycles(gc.get_threshold()[0] * 2)
    assert collector.collect_due() is None  # made, but not a batch yet
    kept.extend(cycles(gui_collector.YOUNG_BATCH))
    assert collector.collect_due() == 0
    assert gc.get_count()[0] < gc.get_threshold()[0]
    assert len(kept) > gui_collector.YOUNG_BATCH


def test_the_oldest_only_when_a_quarter_more_has_survived() -> None:
    """As CPython decides: the oldest generation is collected after more than ten middle
    collections and only once the objects that joined it since its last full collection are a
    quarter of those it held then (while objects are being made, half: below); garbage, freed
    while young, never brings its turn."""
    collector = GuiThreadCollector()
    collector.collect_all()
    held = len(gc.get_objects(generation=2))
    collected: list[int | None] = []
    for _ in range(100):  # 2 000 000 objects made and freed
        make_garbage(gui_collector.YOUNG_BATCH)
        collected.append(collector.collect_due())
    assert 0 in collected and 2 not in collected
    kept: list[object] = []
    while 2 not in collected:
        kept.extend(cycles(gui_collector.YOUNG_BATCH // 2))
        collected.append(collector.collect_due())
        assert len(kept) < 2 * max(held, 11 * gui_collector.MIDDLE_BATCH)
    assert len(kept) > held // 2 * 0.9  # the survivors, counted as they moved up: about a half
    assert len(gc.get_objects(generation=2)) >= held + len(kept) * 0.9


def test_a_full_collection_waits_for_a_quiet_look() -> None:
    """Due by Python's rule while objects are being made (a list read in a worker, a person
    typing), the full collection is put off to the first look that finds nothing made since."""
    thresholds = gc.get_threshold()
    gc.set_threshold(thresholds[0], thresholds[1], 1)  # its turn after two middle collections
    try:
        collector = GuiThreadCollector()
    finally:
        gc.set_threshold(*thresholds)
    ballast = cycles(400_000)  # the oldest generation's size: its quarter comes before its half
    collector.collect_all()
    held = len(gc.get_objects(generation=2))
    kept: list[object] = []
    found: list[int | None] = []
    # a quarter and some, and what may still be young or in the middle (not counted yet)
    enough = held // 4 * 1.1 + gui_collector.YOUNG_BATCH + gui_collector.MIDDLE_BATCH
    assert enough < held // 2
    while len(kept) < enough or gc.get_count()[2] <= 1:
        kept.extend(cycles(gui_collector.YOUNG_BATCH // 2))
        found.append(collector.collect_due())
    assert 2 not in found and 1 in found  # due since a while, but every look found objects made
    gc.collect(0)  # (what the loop's own bookkeeping made)
    assert collector.collect_due() == 2
    assert gc.get_count()[2] == 0
    assert ballast


def test_it_looks_often_while_objects_are_made_and_rarely_when_idle() -> None:
    """A worker reading rows makes objects fast: looking every 15 ms keeps each batch small;
    idle, ten looks a second."""
    collector = GuiThreadCollector()
    gc.collect(0)
    collector.collect_due()
    assert collector.interval_ms == gui_collector.IDLE_MS
    kept = cycles(gc.get_threshold()[0] * 2)
    assert collector.collect_due() is None
    assert collector.interval_ms == gui_collector.BUSY_MS < gui_collector.IDLE_MS
    gc.collect(0)
    assert collector.collect_due() is None
    assert collector.interval_ms == gui_collector.IDLE_MS
    assert kept


def test_the_middle_generation_by_the_objects_it_holds() -> None:
    """The middle generation is collected after ten young batches or once it holds 40 000
    objects; a young generation that alone would fill it is collected with it (its survivors
    looked at once, not twice)."""
    collector = GuiThreadCollector()
    gc.collect(1)
    kept = cycles(gui_collector.MIDDLE_BATCH + 1000)  # made at once
    assert collector.collect_due() == 1
    assert len(gc.get_objects(generation=1)) < gc.get_threshold()[0]
    found: list[int | None] = []
    while 1 not in found:
        kept.extend(cycles(gui_collector.YOUNG_BATCH + 1000))
        found.append(collector.collect_due())
        assert len(found) < 5
    assert found == [0, 0, 1]  # two young batches fill it, the next look collects it
    assert len(gc.get_objects(generation=1)) < gc.get_threshold()[0]


def test_stop_gives_collection_back_to_python() -> None:
    collector = gui_collector.installed()
    assert collector is not None
    collector.stop()
    try:
        assert gc.isenabled()
        own = GuiThreadCollector()
        own.start()
        assert not gc.isenabled() and own.running
        own.stop()
        assert gc.isenabled() and not own.running
    finally:
        collector.start()
    assert not gc.isenabled()


def test_a_full_collection_asked_for_from_a_thread_runs_on_the_gui_thread(
    qtbot: QtBot, qapp: QApplication, collections: list[tuple[int, str]]
) -> None:
    in_a_worker(gui_collector.collect_all_soon)
    assert collections == []
    qtbot.waitUntil(lambda: (2, "MainThread") in collections, timeout=5000)
    assert {thread for _generation, thread in collections} == {"MainThread"}


def test_the_running_collector_never_asks_python_for_a_generations_objects(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """``gc.get_objects()`` hands out a tuple another thread is still filling; that thread then
    fails with CPython's SystemError when it resizes it (seen in a worker reading the quote list).
    The collector counts the generations instead: asking is only allowed at its start."""
    collector = GuiThreadCollector()

    def forbidden(*_args: object, **_kwargs: object) -> list[object]:
        raise AssertionError("gc.get_objects() while other threads may be building objects")

    monkeypatch.setattr(gc, "get_objects", forbidden)  # the module the collector calls
    kept = cycles(gui_collector.MIDDLE_BATCH + 1000)
    found = [collector.collect_due()]
    while 0 not in found:
        kept.extend(cycles(gui_collector.YOUNG_BATCH + 1000))
        found.append(collector.collect_due())
        assert len(found) < 5
    collector.collect_all()
    assert found[0] == 1 and kept
