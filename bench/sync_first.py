"""Sync at size: a laptop's first sync from a team database of 10 000 partners and 100 000 quotes,
and an incremental sync of 100 changes, each beside a plain bulk copy of the same rows.

    pg_virtualenv -t env .venv/bin/python bench/sync_first.py [--partners 10000] [--quotes 100000]
                                                               [--changes 100] [--runs 2]

Needs a PostgreSQL server (PGHOST, PGPORT, PGUSER, PGPASSWORD, as ``pg_virtualenv`` sets them). The
team database is made from ``bench/bigdb.py``'s data (copied in with Core INSERTs), prepared once by
a first join (every row mapped, the triggers installed: timed on its own). Then, ``--runs`` times:

- first sync: ``sync join`` of a new laptop file (everything copied down with the global ids and the
  device's triggers), against the baseline: the same tables copied from PostgreSQL into a new SQLite
  file with plain SELECTs and bulk INSERTs (no ids, no triggers);
- incremental: 100 partners changed on the laptop, then ``sync`` (push, pull, acknowledgements),
  against the baseline: the same 100 rows read from the laptop and written to the team database in
  one transaction.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import bigdb  # noqa: E402
import psycopg  # noqa: E402
from sqlalchemy import create_engine, insert, select, text, update  # noqa: E402

from nspdesk.store.location import from_url, sqlite_location  # noqa: E402
from nspdesk.store.models import Partner  # noqa: E402
from nspdesk.store.opening import Store, open_store  # noqa: E402
from nspdesk.store.sync import team  # noqa: E402
from nspdesk.store.sync.tables import travelling  # noqa: E402

CHUNK = 2_000


def server_url(database: str) -> str:
    env = os.environ
    return (
        f"postgresql+psycopg://{env['PGUSER']}:{env['PGPASSWORD']}@{env['PGHOST']}:"
        f"{env['PGPORT']}/{database}"
    )


def admin() -> psycopg.Connection:
    url = server_url(os.environ.get("PGDATABASE", "postgres")).replace("+psycopg", "")
    return psycopg.connect(url, autocommit=True)


def copy_tables(source_url: str, target_url: str) -> int:
    """The travelling tables' rows from one database into another, plain (the baseline)."""
    source, target = create_engine(source_url), create_engine(target_url)
    copied = 0
    with source.connect() as read, target.begin() as write:
        for table in travelling():
            batch = []
            for row in read.execution_options(yield_per=CHUNK).execute(select(table.table)):
                batch.append(dict(row._mapping))
                if len(batch) >= CHUNK:
                    write.execute(insert(table.table), batch)
                    copied += len(batch)
                    batch = []
            if batch:
                write.execute(insert(table.table), batch)
                copied += len(batch)
        if target.dialect.name == "postgresql":
            for table in travelling():
                write.execute(
                    text(
                        f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'), "
                        f"coalesce(max(id), 1)) FROM {table.name}"
                    )
                )
    source.dispose()
    target.dispose()
    return copied


def fresh_sqlite(folder: Path, name: str) -> Store:
    return open_store(sqlite_location(folder / f"{name}.sqlite3"), keep_backups=0)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--partners", type=int, default=10_000)
    parser.add_argument("--quotes", type=int, default=100_000)
    parser.add_argument("--changes", type=int, default=100)
    parser.add_argument("--runs", type=int, default=2)
    args = parser.parse_args()
    if not all(os.environ.get(v) for v in ("PGHOST", "PGPORT", "PGUSER", "PGPASSWORD")):
        raise SystemExit("sync_first: needs a PostgreSQL server (run under pg_virtualenv)")
    name = f"nspdesk_bench_{uuid.uuid4().hex[:10]}"
    with admin() as connection:
        connection.execute(f'CREATE DATABASE "{name}"')
    try:
        with tempfile.TemporaryDirectory() as temp:
            run(Path(temp), server_url(name), args)
    finally:
        with admin() as connection:
            connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def run(folder: Path, hub_url: str, args: argparse.Namespace) -> None:
    source = folder / "big.sqlite3"
    started = time.perf_counter()
    bigdb.generate(source, args.partners, args.quotes)
    hub = open_store(from_url(hub_url), keep_backups=0)
    rows = copy_tables(sqlite_location(source).url, hub_url)
    print(f"team database: {rows} rows made in {time.perf_counter() - started:.1f} s")
    started = time.perf_counter()
    prep = fresh_sqlite(folder, "prep")
    team.join(prep.database, hub.database, "PREP", "bench")
    prep.close()
    print(
        f"the team database's first preparation (map every row, triggers, a first join): "
        f"{time.perf_counter() - started:.2f} s"
    )

    first, plain, incremental, plain_small = [], [], [], []
    for index in range(args.runs):
        baseline = folder / f"plain{index}.sqlite3"
        fresh_sqlite(folder, f"plain{index}").close()
        started = time.perf_counter()
        copy_tables(hub_url, sqlite_location(baseline).url)
        plain.append(time.perf_counter() - started)

        laptop = fresh_sqlite(folder, f"laptop{index}")
        device = f"L{index}"
        started = time.perf_counter()
        result = team.join(laptop.database, hub.database, device, "bench")
        first.append(time.perf_counter() - started)

        with laptop.database.write() as session:
            ids = session.scalars(select(Partner.id).order_by(Partner.id).limit(args.changes)).all()
            for partner_id in ids:
                session.execute(
                    update(Partner).where(Partner.id == partner_id).values(city=f"Run {index}")
                )
        started = time.perf_counter()
        done = team.sync(laptop.database, hub.database)
        incremental.append(time.perf_counter() - started)
        assert done.pushed == len(ids), done

        started = time.perf_counter()
        with laptop.database.read() as read, hub.database.write() as write:
            changed = read.execute(select(Partner.__table__).where(Partner.id.in_(ids))).all()
            for row in changed:
                values = dict(row._mapping)
                write.execute(
                    update(Partner).where(Partner.id == values.pop("id")).values(**values)
                )
        plain_small.append(time.perf_counter() - started)
        laptop.close()
        print(
            f"run {index + 1}: first sync {first[-1]:.2f} s ({result.pulled} rows), "
            f"plain copy {plain[-1]:.2f} s; incremental {incremental[-1] * 1000:.0f} ms, "
            f"plain {plain_small[-1] * 1000:.0f} ms"
        )
    hub.close()
    print()
    print("| figure | sync | plain copy | ratio |")
    print("|---|---|---|---|")
    print(
        f"| first sync ({args.partners} partners, {args.quotes} quotes) | "
        f"{statistics.median(first):.2f} s | {statistics.median(plain):.2f} s | "
        f"{statistics.median(first) / statistics.median(plain):.2f} × |"
    )
    print(
        f"| incremental sync of {args.changes} changes | "
        f"{statistics.median(incremental) * 1000:.0f} ms | "
        f"{statistics.median(plain_small) * 1000:.0f} ms | "
        f"{statistics.median(incremental) / statistics.median(plain_small):.1f} × |"
    )


if __name__ == "__main__":
    main()
