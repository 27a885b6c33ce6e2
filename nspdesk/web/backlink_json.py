"""A :class:`BacklinkResult` as JSON and back: the CLI's ``--json`` output and a form to store.

The keys: ``url``, ``final_url``, ``status``, ``verdict`` (follow|nofollow|missing|unreachable),
``reason`` (the failure, or null), ``message`` (German), ``detail``, ``links`` (each ``href``,
``raw_href``, ``rel``, ``text``, ``followed``), ``robots_nofollow``, ``checked_at`` (ISO 8601, UTC)
and ``elapsed`` (seconds). ``message`` is derived; reading ignores it.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from nspdesk.web.backlink import BacklinkResult, Verdict
from nspdesk.web.errors import Failure
from nspdesk.web.links import Link


def result_to_json(result: BacklinkResult) -> dict[str, Any]:
    return {
        "url": result.url,
        "final_url": result.final_url,
        "status": result.status,
        "verdict": result.verdict.value,
        "reason": result.reason.value if result.reason else None,
        "message": result.message,
        "detail": result.detail,
        "links": [
            {
                "href": link.href,
                "raw_href": link.raw_href,
                "rel": link.rel,
                "text": link.text,
                "followed": link.followed,
            }
            for link in result.links
        ],
        "robots_nofollow": result.robots_nofollow,
        "checked_at": result.checked_at.astimezone(UTC).isoformat(timespec="seconds"),
        "elapsed": round(result.elapsed, 3),
    }


def result_from_json(data: dict[str, Any]) -> BacklinkResult:
    """The result ``result_to_json`` wrote (``KeyError``/``ValueError`` for anything else)."""
    checked_at = datetime.fromisoformat(data["checked_at"])
    if checked_at.tzinfo is None:
        raise ValueError("checked_at ohne Zeitzone")
    return BacklinkResult(
        url=data["url"],
        verdict=Verdict(data["verdict"]),
        checked_at=checked_at.astimezone(UTC),
        elapsed=float(data.get("elapsed", 0.0)),
        final_url=data.get("final_url"),
        status=data.get("status"),
        reason=Failure(data["reason"]) if data.get("reason") else None,
        detail=data.get("detail", ""),
        links=tuple(
            Link(
                href=item["href"],
                raw_href=item.get("raw_href", item["href"]),
                rel=item.get("rel", ""),
                text=item.get("text", ""),
                followed=bool(item["followed"]),
            )
            for item in data.get("links", ())
        ),
        robots_nofollow=bool(data.get("robots_nofollow", False)),
    )
