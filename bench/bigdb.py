"""Generate a big nspdesk database for the benchmarks: partners, quotes and their records in bulk.

    .venv/bin/python bench/bigdb.py /tmp/big.sqlite3 [--partners 10000] [--quotes 100000]
    .venv/bin/python bench/bigdb.py pg --url postgresql+psycopg://user:pw@host/empty_db

The file is made as the app makes one (Alembic migrations, the demo data of a first start), then
filled with Core ``INSERT`` statements of many rows each, in one transaction, through the same
column types the app uses (money as cents, exact decimals as text, UTC times). Deterministic: the
same arguments give the same data. Partners get contacts, hand-entered figures for last year,
trainings (also of the year before), technicians with none, one or two admin courses, agreements
(some expired) and none to three backlink checks (some unreachable) in a realistic mix, so that
their compliance evaluations do real work; every quote has one revision (one in ten two) with
three lines, in all states, over four years.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from collections.abc import Iterator, Sequence
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from sqlalchemy import Table, func, insert, select  # noqa: E402
from sqlalchemy.orm import Session  # noqa: E402

from nspdesk.domain.editions import default_library  # noqa: E402
from nspdesk.store import demo  # noqa: E402
from nspdesk.store.location import from_url, sqlite_location  # noqa: E402
from nspdesk.store.models import (  # noqa: E402
    AdminCourse,
    Agreement,
    BacklinkCheck,
    Contact,
    Partner,
    PartnerYear,
    Quote,
    QuoteLineRow,
    QuoteNumberCounter,
    QuoteRevision,
    Technician,
    TrainingRecord,
)
from nspdesk.store.opening import open_store  # noqa: E402
from nspdesk.store.quotes import format_number  # noqa: E402

CHUNK = 5_000  # rows per INSERT batch
CITIES = ("Münster", "Dortmund", "Köln", "Düsseldorf", "Bielefeld", "Essen", "Bochum", "Aachen")
WORDS = ("Netz", "Daten", "Mail", "Secure", "IT", "System", "Cloud", "Service", "Tech", "Kom")
FORMS = ("GmbH", "AG", "GmbH & Co. KG", "KG", "e. K.", "UG (haftungsbeschränkt)")
SERVER_TIERS = ("authorized", "business", "premium", None)
CLOUD_TIERS = ("authorized-cloud", "business-cloud", "premium-cloud", None)
STATUSES = ("draft", "sent", "accepted", "accepted", "rejected", "expired")
ARTICLES = (
    ("NSP-PROT", "server-license", "NoSpamProxy Protection", Decimal("30.00")),
    ("NSP-ENC", "server-license", "NoSpamProxy Encryption", Decimal("25.00")),
    ("NSP-WART", "server-maintenance", "Softwarewartung NoSpamProxy", Decimal("7.50")),
    ("NSP-CLOUD", "cloud-service", "NoSpamProxy Cloud Protection (monatlich)", Decimal("2.10")),
    ("NSP-INST", "server-service", "Installation und Einrichtung", Decimal("145.00")),
)
DISCOUNTS = {"server-license": 25, "server-maintenance": 20, "cloud-service": 15}
VAT = Decimal("0.19")
CENT = Decimal("0.01")


def chunks(rows: Sequence[dict[str, Any]]) -> Iterator[Sequence[dict[str, Any]]]:
    for start in range(0, len(rows), CHUNK):
        yield rows[start : start + CHUNK]


def bulk(session: Session, table: Any, rows: Sequence[dict[str, Any]]) -> None:
    target: Table = table.__table__
    for part in chunks(rows):
        session.execute(insert(target), part)


def company(rng: random.Random, index: int) -> str:
    return f"{rng.choice(WORDS)}{rng.choice(WORDS).lower()} {index:05d} {rng.choice(FORMS)}"


def partners(rng: random.Random, count: int, first_id: int, today: date) -> dict[str, list[Any]]:
    """The partners and their records, as rows per table."""
    tables: dict[str, list[Any]] = {
        name: []
        for name in (
            "partners",
            "contacts",
            "years",
            "trainings",
            "technicians",
            "courses",
            "agreements",
            "checks",
        )
    }
    last_year = today.year - 1
    now = datetime.now(UTC)
    technician_id = 1_000_000
    for offset in range(count):
        pid = first_id + offset
        track = rng.choices(("server", "cloud", "msp"), weights=(70, 27, 3))[0]
        tier = (
            "msp"
            if track == "msp"
            else rng.choice(SERVER_TIERS if track == "server" else CLOUD_TIERS)
        )
        name = company(rng, offset + 1)
        tables["partners"].append(
            {
                "id": pid,
                "company": name,
                "customer_number": f"K-{pid:06d}",
                "street": f"Hauptstraße {rng.randint(1, 200)}",
                "postal_code": f"{rng.randint(10000, 99999)}",
                "city": rng.choice(CITIES),
                "country": "Deutschland",
                "website": f"https://www.partner{pid}.example",
                "backlink_url": f"https://www.partner{pid}.example/partner",
                "track": track,
                "tier": tier,
                "msp_level": rng.choice(("business", "premium")) if track == "msp" else None,
                "reseller_only": rng.random() < 0.1,
                "partner_since": date(rng.randint(2010, today.year), 1, 1),
                "notes": "",
                "created_at": now,
                "updated_at": now,
            }
        )
        tables["contacts"].append(
            {
                "partner_id": pid,
                "name": f"Kontakt {pid}",
                "email": f"info@partner{pid}.example",
                "primary": True,
            }
        )
        if rng.random() < 0.8:
            tables["years"].append(
                {
                    "partner_id": pid,
                    "year": last_year,
                    "projects": rng.randint(0, 8),
                    "revenue": Decimal(rng.randint(0, 80_000)),
                    "mrr": Decimal(rng.randint(0, 5_000)),
                }
            )
        for kind in ("sales", "technical"):
            for year, chance in ((last_year, 0.7), (last_year - 1, 0.3)):  # an older one too
                if rng.random() < chance:
                    tables["trainings"].append(
                        {
                            "partner_id": pid,
                            "kind": kind,
                            "format": "online" if track != "cloud" else "video",
                            "attended_on": date(year, rng.randint(1, 12), rng.randint(1, 28)),
                            "attendee": f"Mitarbeiter {pid}",
                        }
                    )
        for _ in range(rng.choice((0, 1, 1, 2, 3))):
            technician_id += 1
            tables["technicians"].append(
                {"id": technician_id, "partner_id": pid, "name": f"Technik {technician_id}"}
            )
            # Most have one course, some renewed it, a few none yet.
            for _course in range(rng.choices((0, 1, 2), weights=(5, 75, 20))[0]):
                tables["courses"].append(
                    {
                        "technician_id": technician_id,
                        "completed_on": today - timedelta(days=rng.randint(30, 1400)),
                    }
                )
        if rng.random() < 0.85:
            tables["agreements"].append(
                {
                    "partner_id": pid,
                    "kind": "basis-sv",
                    "signed_on": date(rng.randint(2015, last_year), 1, 1),
                    "valid_until": None if rng.random() < 0.9 else date(last_year, 6, 30),
                    "customer": "",
                }
            )
        if rng.random() < 0.2:
            tables["agreements"].append(
                {
                    "partner_id": pid,
                    "kind": "HSV",
                    "signed_on": date(rng.randint(2015, last_year), 1, 1),
                    "valid_until": None,
                    "customer": f"Endkunde {pid}",
                }
            )
        # Checked now and then over the last year; an unreachable site keeps the last verdict.
        checked = sorted(rng.sample(range(400), rng.choice((0, 0, 1, 1, 2, 3))), reverse=True)
        for days_ago in checked:
            verdict = rng.choice(("follow", "follow", "nofollow", "missing", "unreachable"))
            tables["checks"].append(
                {
                    "partner_id": pid,
                    "url": f"https://www.partner{pid}.example/partner",
                    "verdict": verdict,
                    "checked_at": now - timedelta(days=days_ago),
                    "http_status": None if verdict == "unreachable" else 200,
                    "detail": "Zeitüberschreitung" if verdict == "unreachable" else "",
                }
            )
    return tables


def quotes(
    rng: random.Random,
    count: int,
    partner_ids: Sequence[int],
    today: date,
    taken: dict[int, int] | None = None,
) -> tuple[list[Any], list[Any], list[Any], dict[int, int]]:
    """Quotes, revisions and lines (ids given here, so lines can point at revisions). Each year's
    running numbers continue after ``taken`` (the demo's quotes), numbered as the app numbers
    (``format_number``: the number is the one its year and running number make)."""
    years = [today.year - 3, today.year - 2, today.year - 1, today.year]
    sequence = {year: (taken or {}).get(year, 0) for year in years}
    quote_rows: list[Any] = []
    revision_rows: list[Any] = []
    line_rows: list[Any] = []
    revision_id = 0
    now = datetime.now(UTC)
    for quote_id in range(1, count + 1):
        year = years[min(3, (quote_id - 1) * 4 // count)]
        sequence[year] += 1
        partner_id = rng.choice(partner_ids)
        number = format_number(year, sequence[year])
        quote_rows.append(
            {
                "id": quote_id + 1_000_000,
                "number": number,
                "year": year,
                "sequence": sequence[year],
                "partner_id": partner_id,
                "created_at": now,
                "updated_at": now,
            }
        )
        quote_date = date(year, rng.randint(1, 12), rng.randint(1, 28))
        quote_date = min(quote_date, today)
        for revision in range(1, 3 if rng.random() < 0.1 else 2):
            revision_id += 1
            picked = rng.sample(ARTICLES, 3)
            net_total = Decimal(0)
            for position, (article, category, description, price) in enumerate(picked, 1):
                quantity = Decimal(rng.choice((5, 10, 25, 50, 100, 250)))
                discount = Decimal(DISCOUNTS.get(category, 0))
                net = (quantity * price * (100 - discount) / 100).quantize(CENT)
                net_total += net
                line_rows.append(
                    {
                        "revision_id": revision_id,
                        "position": position,
                        "article_number": article,
                        "category": category,
                        "description": description,
                        "unit": "User",
                        "quantity": quantity,
                        "unit_price": price,
                        "extra_discount": Decimal(0),
                        "discount_percent": discount,
                        "net": net,
                    }
                )
            status = rng.choice(STATUSES) if revision == 1 else "sent"
            vat = (net_total * VAT).quantize(CENT)
            decided = status in {"accepted", "rejected"}
            revision_rows.append(
                {
                    "id": revision_id,
                    "quote_id": quote_id + 1_000_000,
                    "number": revision,
                    "status": status,
                    "quote_date": quote_date,
                    "valid_until": quote_date + timedelta(days=30),
                    "tier": "business",
                    "edition": "2024",
                    "vat_mode": "standard",
                    "subject": f"Angebot NoSpamProxy für Projekt {quote_id}",
                    "net": net_total,
                    "vat": vat,
                    "gross": net_total + vat,
                    "sent_at": now if status != "draft" else None,
                    "decided_at": (
                        datetime(quote_date.year, quote_date.month, quote_date.day, 12, tzinfo=UTC)
                        if decided
                        else None
                    ),
                    "created_at": now,
                    "updated_at": now,
                }
            )
    return quote_rows, revision_rows, line_rows, sequence


def generate(
    path: Path, n_partners: int, n_quotes: int, seed: int = 2024, url: str | None = None
) -> dict[str, int]:
    """Create ``path`` (must not exist) or fill the empty database at ``url`` (PostgreSQL) with the
    demo data plus the generated records."""
    if url is None and path.exists():
        raise SystemExit(f"bigdb: {path} exists; remove it first")
    library = default_library()
    today = date.today()
    rng = random.Random(seed)
    location = from_url(url) if url is not None else sqlite_location(path)
    store = open_store(location, keep_backups=0)
    try:
        with store.database.write() as session:
            demo.seed(session, library, today)
            first = (session.scalar(select(func.max(Partner.id))) or 0) + 1
            records = partners(rng, n_partners, first, today)
            taken = session.execute(
                select(Quote.year, func.max(Quote.sequence)).group_by(Quote.year)
            ).all()
            quote_rows, revision_rows, line_rows, sequence = quotes(
                rng, n_quotes, [row["id"] for row in records["partners"]], today, dict(taken)
            )
            postgresql = session.get_bind().dialect.name == "postgresql"
            if postgresql:  # the search index's triggers, row by row, would take minutes
                session.connection().exec_driver_sql("SET LOCAL session_replication_role = replica")
            bulk(session, Partner, records["partners"])
            bulk(session, Contact, records["contacts"])
            bulk(session, PartnerYear, records["years"])
            bulk(session, TrainingRecord, records["trainings"])
            bulk(session, Technician, records["technicians"])
            bulk(session, AdminCourse, records["courses"])
            bulk(session, Agreement, records["agreements"])
            bulk(session, BacklinkCheck, records["checks"])
            offset = (session.scalar(select(func.max(QuoteRevision.id))) or 0) + 1
            for row in revision_rows:
                row["id"] += offset
            for row in line_rows:
                row["revision_id"] += offset
            bulk(session, Quote, quote_rows)
            bulk(session, QuoteRevision, revision_rows)
            bulk(session, QuoteLineRow, line_rows)
            if postgresql:  # migration 0008's functions fill the index in one statement each
                connection = session.connection()
                connection.exec_driver_sql("SET LOCAL session_replication_role = origin")
                connection.exec_driver_sql(
                    "SELECT search_quotes_refresh(ARRAY(SELECT id FROM quotes))"
                )
                connection.exec_driver_sql(
                    "SELECT search_partners_refresh(ARRAY(SELECT id FROM partners))"
                )
            # New quotes of the app continue after the generated numbers.
            for year, last in sequence.items():
                counter = session.get(QuoteNumberCounter, (year, ""))
                if counter is None:
                    session.add(QuoteNumberCounter(year=year, last=last))
                else:
                    counter.last = last
        with store.database.write() as session:
            session.connection().exec_driver_sql("ANALYZE")
    finally:
        store.close()
    return {
        "partners": n_partners,
        "quotes": n_quotes,
        "revisions": len(revision_rows),
        "lines": len(line_rows),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", type=Path)
    parser.add_argument("--partners", type=int, default=10_000)
    parser.add_argument("--quotes", type=int, default=100_000)
    parser.add_argument("--url", help="fill this empty PostgreSQL database instead (path: a label)")
    args = parser.parse_args()
    started = time.perf_counter()
    counts = generate(args.path, args.partners, args.quotes, url=args.url)
    seconds = time.perf_counter() - started
    size = args.path.stat().st_size / 1e6 if args.url is None else 0.0
    print(
        f"{args.path}: {counts['partners']} partners, {counts['quotes']} quotes "
        f"({counts['revisions']} revisions, {counts['lines']} lines), {size:.0f} MB "
        f"in {seconds:.1f} s"
    )


if __name__ == "__main__":
    main()
