"""A sent quote a sync fetches after its validity has passed is expired at once (issue 20): the
day's check (``services.quotes.expire_due``) runs after every sync that fetched rows, so the list
does not show it "sent" until the next day."""

from __future__ import annotations

from contextlib import nullcontext
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from nspdesk.domain.editions import ProgramLibrary
from nspdesk.services import sync
from nspdesk.services.quotes import QuoteQuery, quote_page
from nspdesk.services.workspace import Workspace
from nspdesk.store import quotes
from nspdesk.store.models import Partner
from nspdesk.store.opening import Store
from nspdesk.store.sync import credentials, team
from tests.integration import factories
from tests.integration.sync_setup import device_store, hub_store, joined

TODAY = date.today()


def _sent_long_ago(store: Store, library: ProgramLibrary, partner_id: int, days: int) -> str:
    day = TODAY - timedelta(days=days)
    with store.database.write() as session:
        made = quotes.create_quote(session, library, factories.quote_input(partner_id, day))
        quotes.send(session, made.id, datetime.combine(day, time(9), tzinfo=UTC))
        return made.number


def _status(store: Store, number: str) -> tuple[str, list[str]]:
    with store.database.read() as session:
        found = quotes.find_by_number(session, number)
        return found.current.status, [event.action for event in found.events]


@pytest.mark.parametrize("kind", ["sqlite", "postgresql"])
def test_a_quote_fetched_past_its_validity_is_expired_at_once(
    kind: str, tmp_path: Path, library: ProgramLibrary, monkeypatch: pytest.MonkeyPatch
) -> None:
    with hub_store(kind, tmp_path) as hub:
        # the team database as the service opens it from the device's URL (and its password)
        monkeypatch.setattr(credentials, "remember", lambda url, _password: url)
        monkeypatch.setattr(sync, "_hub", lambda _url: nullcontext(hub))
        with hub.database.write() as session:
            hub_partner = factories.partner(session, company="Abgelaufen GmbH").id
        laptop = joined(hub, tmp_path, "A")
        with laptop.database.read() as session:
            partner_id = session.scalars(select(Partner.id)).one()
        # sent on the laptop while still valid (valid 30 days), synced only now, 40 days on
        late = _sent_long_ago(laptop, library, partner_id, 40)
        young = _sent_long_ago(laptop, library, partner_id, 2)
        team.sync(laptop.database, hub.database)
        other = joined(hub, tmp_path, "C")  # fetched as before: still "sent" there
        assert _status(other, late) == ("sent", ["created", "sent"])

        # a device that joins fetches it past its validity: expired at once
        device = device_store(tmp_path, "B")
        workspace = Workspace(device, library)
        counts = sync.join(workspace, "team", "B")
        assert counts.pulled > 0
        assert _status(device, late) == ("expired", ["created", "sent", "expired"])
        assert _status(device, young)[0] == "sent"
        page = quote_page(workspace, QuoteQuery(search=late), 0, 10)
        assert [row.status for row in page.rows] == ["expired"]

        # one that syncs likewise; its expiry is its own change, sent with that sync
        third = _sent_long_ago(hub, library, hub_partner, 50)  # written on the team database
        counts = sync.sync(workspace)
        assert counts.pulled > 0
        assert _status(device, third)[0] == "expired"
        assert sync.sync(workspace).pulled == 0  # nothing fetched: the day's check is the app's
        team.sync(other.database, hub.database)  # the expiry reached the team, logged once
        assert _status(other, late) == ("expired", ["created", "sent", "expired"])
        for opened in (laptop, other, device):
            opened.close()
