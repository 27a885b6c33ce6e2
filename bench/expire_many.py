"""Expiring many quotes at once (``store.quotes.expire_due``, one transaction) on a big database.

    .venv/bin/python bench/expire_many.py --db /tmp/copy.sqlite3 [--today 2026-12-05] [--rollback]
    .venv/bin/python bench/expire_many.py --db postgresql+psycopg://… --rollback

The database is used as it is (no migration: copy a database at the revision to measure, e.g. one
at 0012 against one at 0013). ``--rollback`` leaves it unchanged, so that a PostgreSQL database
made once serves every run; a SQLite copy is used once without it. Prints the quotes expired, the
seconds of ``expire_due`` and of the commit (or rollback), and the schema revision.
"""

from __future__ import annotations

import argparse
import sys
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from sqlalchemy import create_engine, text  # noqa: E402
from sqlalchemy.orm import Session  # noqa: E402

from nspdesk.store import quotes  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--db", required=True, help="a SQLite file or an SQLAlchemy URL")
    parser.add_argument("--today", type=date.fromisoformat, default=date.today())
    parser.add_argument("--rollback", action="store_true", help="leave the database unchanged")
    args = parser.parse_args()
    url = args.db if "://" in args.db else f"sqlite:///{Path(args.db).resolve()}"
    engine = create_engine(url)
    with Session(engine) as session:
        revision = session.execute(text("SELECT version_num FROM alembic_version")).scalar()
        started = time.perf_counter()
        numbers = quotes.expire_due(session, args.today)
        expired = time.perf_counter()
        if args.rollback:
            session.rollback()
        else:
            session.commit()
        ended = time.perf_counter()
    engine.dispose()
    print(
        f"{engine.dialect.name} at {revision}: {len(numbers)} quotes expired in "
        f"{expired - started:.2f} s, {'rollback' if args.rollback else 'commit'} "
        f"{ended - expired:.2f} s"
    )


if __name__ == "__main__":
    main()
