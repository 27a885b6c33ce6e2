"""Backlink checks of stored partners: every result kept with its time; an unreachable site keeps
the last verdict, so compliance does not turn red while the network is down."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from nspdesk.cli import main
from nspdesk.domain.compliance import Backlink
from nspdesk.domain.editions import default_library
from nspdesk.services.backlinks import check_partners
from nspdesk.services.workspace import Workspace
from nspdesk.store.figures import last_backlink
from nspdesk.store.location import Location
from nspdesk.store.models import Partner
from nspdesk.store.opening import Store, open_store
from nspdesk.web.fetch import FetchLimits
from tests.integration import factories
from tests.integration.test_backlink_http import Site, serve

FAST = FetchLimits.with_timeout(1.0)


@pytest.fixture
def base() -> Iterator[str]:
    yield from serve(Site())


def add(store: Store, company: str, url: str) -> int:
    with store.database.write() as session:
        return factories.partner(session, company=company, backlink_url=url).id


def test_results_are_stored_and_unreachable_keeps_the_verdict(store: Store, base: str) -> None:
    good = add(store, "Folgt GmbH", f"{base}/follow")
    bad = add(store, "Nofollow GmbH", f"{base}/nofollow")
    none = add(store, "Ohne Website GmbH", "")
    checks = check_partners(Workspace(store, default_library()), None, FAST)
    by_id = {c.partner_id: c for c in checks}
    good_result, bad_result = by_id[good].result, by_id[bad].result
    assert good_result is not None
    assert good_result.verdict.value == "follow"
    assert bad_result is not None
    assert bad_result.verdict.value == "nofollow"
    assert by_id[none].problem == "keine Website hinterlegt"
    with store.database.write() as session:  # the site goes away
        partner = session.get(Partner, good)
        assert partner is not None
        partner.backlink_url = f"{base}/status/500"
    check_partners(Workspace(store, default_library()), [good], FAST)
    with store.database.read() as session:
        partner = session.get(Partner, good)
        assert partner is not None
        assert [c.verdict for c in partner.backlink_checks] == ["follow", "unreachable"]
        assert all(c.checked_at.tzinfo is not None for c in partner.backlink_checks)
        assert partner.backlink_checks[-1].http_status == 500
        assert last_backlink(partner) is Backlink.FOLLOW  # not turned red by an outage


def test_cli_checks_partners(tmp_path: Path, base: str, capsys: pytest.CaptureFixture[str]) -> None:
    location = tmp_path / "b.sqlite3"
    store = open_store(Location(f"sqlite:///{location}", location), keep_backups=0)
    partner_id = add(store, "Müller & Söhne <IT> GmbH", f"{base}/follow")
    store.close()
    code = main(
        [
            "backlink",
            "--partner",
            str(partner_id),
            "--db",
            str(location),
            "--json",
            "--timeout",
            "2",
        ]
    )
    out, err = capsys.readouterr()
    assert code == 0, err
    [entry] = json.loads(out)
    assert entry["company"] == "Müller & Söhne <IT> GmbH"
    assert entry["verdict"] == "follow"
    code = main(["backlink", "--partner", "999", "--db", str(location)])
    assert code == 2
    assert "999" in capsys.readouterr().err
    code = main(["backlink", "--db", str(location)])
    assert code == 2
    store = open_store(Location(f"sqlite:///{location}", location), keep_backups=0)
    with store.database.read() as session:
        assert len(session.scalars(select(Partner)).one().backlink_checks) == 1
    store.close()
