"""Concurrent writers get unique, gap-free quote numbers; a killed writer loses nothing committed."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from decimal import Decimal
from pathlib import Path

from sqlalchemy import func, select

from nspdesk.store.location import Location
from nspdesk.store.maintenance import check
from nspdesk.store.models import Quote, QuoteLineRow, QuoteRevision
from nspdesk.store.opening import open_store
from tests.integration import factories

ROOT = Path(__file__).resolve().parents[2]


def prepare(location: Location) -> int:
    store = open_store(location, keep_backups=0)
    with store.database.write() as session:
        partner_id = factories.partner(session).id
    store.close()
    return partner_id


def worker(location: Location, partner_id: int, count: int, lines: int) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [
            sys.executable,
            "-m",
            "tests.integration.store_worker",
            location.url,
            str(partner_id),
            str(count),
            str(lines),
        ],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def test_concurrent_writers_get_gap_free_numbers(location: Location) -> None:
    partner_id = prepare(location)
    workers = [worker(location, partner_id, 15, 3) for _ in range(4)]
    printed = []
    for process in workers:
        out, err = process.communicate(timeout=120)
        assert process.returncode == 0, err
        printed += [line.split()[1] for line in out.splitlines()]
    assert len(printed) == 60
    assert sorted(printed) == [f"A-2026-{n:04d}" for n in range(1, 61)]
    store = open_store(location, keep_backups=0)
    with store.database.read() as session:
        assert sorted(session.scalars(select(Quote.sequence))) == list(range(1, 61))
    store.close()


def test_killed_writer_leaves_committed_quotes_intact(sqlite_only: Location) -> None:
    """SIGKILL at random points while quotes of 40 lines are being written, five times over."""
    partner_id = prepare(sqlite_only)
    committed: list[str] = []
    rng = random.Random(20261125)
    for _ in range(5):
        process = worker(sqlite_only, partner_id, -1, 40)
        assert process.stdout is not None
        first = process.stdout.readline()  # the worker is up and has committed at least once
        assert first.startswith("committed"), process.stderr.read() if process.stderr else ""
        committed.append(first.split()[1])
        time.sleep(rng.uniform(0.0, 0.3))
        os.kill(process.pid, signal.SIGKILL)
        out, _ = process.communicate()
        committed += [line.split()[1] for line in out.splitlines() if line.startswith("committed")]
        assert process.returncode == -signal.SIGKILL
    assert check(sqlite_only).ok
    store = open_store(sqlite_only, keep_backups=0)
    with store.database.read() as session:
        numbers = set(session.scalars(select(Quote.number)))
        assert set(committed) <= numbers  # everything reported as committed is there
        # at most one more: committed, killed before it could print
        assert len(numbers - set(committed)) <= 5
        sequences = sorted(session.scalars(select(Quote.sequence)))
        assert sequences == list(range(1, len(sequences) + 1))  # no gap, nothing half-written
        for revision in session.scalars(select(QuoteRevision)):
            count = session.scalar(
                select(func.count())
                .select_from(QuoteLineRow)
                .where(QuoteLineRow.revision_id == revision.id)
            )
            assert count == 40
            assert revision.net == sum((line.net for line in revision.lines), Decimal(0))
    store.close()
