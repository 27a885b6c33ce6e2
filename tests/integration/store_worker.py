"""A separate process that writes quotes, for the concurrency and crash tests.

    python -m tests.integration.store_worker URL PARTNER_ID COUNT LINES

Prints each quote number after its transaction committed ("committed A-2026-0001"), so the test knows
exactly what must survive a kill.
"""

from __future__ import annotations

import sys
from datetime import date, timedelta
from decimal import Decimal

from nspdesk.domain.editions import default_library
from nspdesk.store import quotes
from nspdesk.store.location import from_url
from nspdesk.store.opening import open_store


def main() -> int:
    url, partner_id, count, lines = (
        sys.argv[1],
        int(sys.argv[2]),
        int(sys.argv[3]),
        int(sys.argv[4]),
    )
    library = default_library()
    store = open_store(from_url(url), keep_backups=0)
    day = date(2026, 11, 25)
    data = quotes.QuoteInput(
        partner_id=partner_id,
        quote_date=day,
        valid_until=day + timedelta(days=30),
        lines=tuple(
            quotes.LineInput("server-license", f"Position {i}", Decimal(i + 1), Decimal("10.00"))
            for i in range(lines)
        ),
    )
    made = 0
    while count < 0 or made < count:
        with store.database.write() as session:
            number = quotes.create_quote(session, library, data).number
        print(f"committed {number}", flush=True)
        made += 1
    store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
