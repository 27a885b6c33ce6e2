"""Every partner's newest onboarding checklist in one read, on each backend (the onboarding list
asked once per partner: 10 000 queries on a big database, issue 20)."""

from __future__ import annotations

from datetime import date

from nspdesk.domain.editions import ProgramLibrary
from nspdesk.domain.onboarding import StepId, StepStatus
from nspdesk.store import onboarding
from nspdesk.store.opening import Store
from tests.integration import factories

TODAY = date(2026, 3, 2)


def test_the_newest_checklist_of_each_partner_with_its_steps(
    store: Store, library: ProgramLibrary
) -> None:
    with store.database.write() as session:
        first = factories.partner(session, tier=None, company="Erst GmbH")
        second = factories.partner(session, tier=None, company="Zweit GmbH")
        factories.partner(session, tier=None, company="Ohne GmbH")
        older = onboarding.start(session, library, first.id, "authorized", TODAY).id
        newer = onboarding.start(session, library, first.id, "business", TODAY)
        onboarding.record(
            session, newer.id, StepId.PARTNER_AGREEMENT, StepStatus.DONE, TODAY, "Max", ""
        )
        other = onboarding.start(session, library, second.id, "authorized", TODAY).id
        ids = (first.id, second.id, newer.id)
    with store.database.read() as session:
        latest = onboarding.latest_per_partner(session)
        assert {partner: c.id for partner, c in latest.items()} == {ids[0]: ids[2], ids[1]: other}
        assert older != ids[2]
        assert latest[ids[0]].target_tier == "business"
        steps = {s.step: s.status for s in latest[ids[0]].steps}
        assert steps[StepId.PARTNER_AGREEMENT.value] == StepStatus.DONE.value
        for partner, checklist in latest.items():
            one = onboarding.latest_for(session, partner)
            assert one is not None and one.id == checklist.id
