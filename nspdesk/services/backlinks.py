"""Checking partners' websites and keeping every result with its time in the store.

An unreachable site is stored too (with its reason) but never replaces the last verdict about the
page: ``nspdesk.store.figures.last_backlink`` keeps the newest follow/nofollow/missing, so a partner
does not turn red because the network is down.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import select

from nspdesk.domain.messages import QT_TRANSLATE_NOOP
from nspdesk.services.workspace import Workspace
from nspdesk.store.models import BacklinkCheck, Partner

if TYPE_CHECKING:  # the web checker (http.client, ssl, email) is imported when a check runs
    from nspdesk.web.backlink import BacklinkResult
    from nspdesk.web.fetch import FetchLimits

_NO_WEBSITE = QT_TRANSLATE_NOOP("Backlink", "keine Website hinterlegt")


@dataclass(frozen=True)
class PartnerCheck:
    partner_id: int
    company: str
    url: str
    result: BacklinkResult | None  # None: cancelled before it ran
    problem: str = ""  # no usable URL


def partner_url(partner: Partner) -> str:
    """The page to check: the configured partner page, else the website."""
    return (partner.backlink_url or partner.website).strip()


def check_partners(
    workspace: Workspace,
    partner_ids: Sequence[int] | None,
    limits: FetchLimits | None = None,
    *,
    progress: Callable[[int, int, BacklinkResult], None] | None = None,
    cancel: threading.Event | None = None,
) -> list[PartnerCheck]:
    """Check the partners (all when ``partner_ids`` is None) and store each finished result."""
    # here, not at the top: the partner view imports this module, few sessions run a check
    from nspdesk.web.backlink import check_backlinks
    from nspdesk.web.urls import BadUrlError, check_url

    database = workspace.database
    with database.read() as session:
        query = select(Partner).order_by(Partner.company)
        if partner_ids is not None:
            query = query.where(Partner.id.in_(partner_ids))
        partners = [(p.id, p.company, partner_url(p)) for p in session.scalars(query)]
    checks: list[PartnerCheck] = []
    runnable: list[tuple[int, str, str]] = []
    for partner_id, company, url in partners:
        if not url:
            checks.append(PartnerCheck(partner_id, company, url, None, _NO_WEBSITE))
            continue
        try:
            runnable.append((partner_id, company, check_url(url)))
        except BadUrlError as error:
            checks.append(PartnerCheck(partner_id, company, url, None, str(error)))
    results = check_backlinks(
        [url for _, _, url in runnable], limits, progress=progress, cancel=cancel
    )
    with database.write() as session:
        for (partner_id, company, url), result in zip(runnable, results, strict=True):
            if result is not None:
                session.add(as_row(partner_id, result))
            checks.append(PartnerCheck(partner_id, company, url, result))
    return checks


def as_row(partner_id: int, result: BacklinkResult) -> BacklinkCheck:
    return BacklinkCheck(
        partner_id=partner_id,
        url=result.url,
        verdict=result.verdict.value,
        checked_at=result.checked_at,
        http_status=result.status,
        final_url=result.final_url or "",
        detail=result.message,
    )
