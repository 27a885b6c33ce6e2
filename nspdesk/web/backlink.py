"""The backlink check of a partner website: one verdict per start URL, alone or as a batch.

A result is a plain frozen dataclass the store can keep (``nspdesk.web.backlink_json`` turns it into
JSON and back). ``unreachable`` is a verdict of the check, not of the partner: the compliance engine
gets :attr:`Backlink.UNKNOWN` for it (:meth:`BacklinkResult.backlink`), and
:func:`effective_backlink` keeps the last verdict that was reached, so a partner never turns red
because the network is down.
"""

from __future__ import annotations

import ssl
import threading
import time
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ThreadPoolExecutor, wait
from dataclasses import dataclass
from datetime import UTC, datetime
from enum import StrEnum

from nspdesk.domain.compliance import Backlink
from nspdesk.domain.limits import shorten
from nspdesk.domain.messages import Text
from nspdesk.web.backlink_texts import (
    _FOLLOW,
    _FOLLOW_AT,
    _MISSING,
    _NOFOLLOW,
    _ROBOTS,
    _UNREACHABLE,
    _UNREACHABLE_DETAIL,
    FAILURE_MESSAGES,
)
from nspdesk.web.deadline import Deadline, DeadlineExceededError
from nspdesk.web.errors import Failure, FetchCancelledError, FetchError
from nspdesk.web.fetch import FetchLimits, fetch_page
from nspdesk.web.links import Link, find_backlinks
from nspdesk.web.urls import check_url


class Verdict(StrEnum):
    """The outcome of one check; the first three are the domain's :class:`Backlink` values."""

    FOLLOW = Backlink.FOLLOW.value
    NOFOLLOW = Backlink.NOFOLLOW.value
    MISSING = Backlink.MISSING.value
    UNREACHABLE = "unreachable"


MAX_ADDRESS_SHOWN = 300  # characters of the found address the sentence repeats


@dataclass(frozen=True)
class BacklinkResult:
    url: str  # the start URL
    verdict: Verdict
    checked_at: datetime  # when the check started, UTC, timezone-aware
    elapsed: float  # seconds
    final_url: str | None = None  # the last address tried, after redirects
    status: int | None = None  # HTTP status of the last response, if any
    reason: Failure | None = None  # set exactly when the verdict is UNREACHABLE
    detail: str = ""  # technical detail of the failure ("HTTP 404 Not Found", the TLS error)
    links: tuple[Link, ...] = ()  # the links to nospamproxy.de found
    robots_nofollow: bool = False  # the page said nofollow for all its links

    def __post_init__(self) -> None:
        if (self.verdict is Verdict.UNREACHABLE) != (self.reason is not None):
            raise ValueError("reason gehört genau zum Ergebnis 'unreachable'")
        if self.checked_at.utcoffset() is None:
            raise ValueError("checked_at braucht eine Zeitzone")

    @property
    def backlink(self) -> Backlink:
        """What the compliance engine sees: UNKNOWN when the site could not be read."""
        if self.verdict is Verdict.UNREACHABLE:
            return Backlink.UNKNOWN
        return Backlink(self.verdict.value)

    @property
    def message(self) -> Text:
        """One sentence for people (German as a ``str``; the UI shows it in its language)."""
        match self.verdict:
            case Verdict.FOLLOW:
                href = next((link.href for link in self.links if link.followed), "")
                href = href.rstrip(": ")  # as the sentence ends: never on a colon or blank
                # A page may hold an address of megabytes; the sentence (stored, shown) stays short.
                href = shorten(href, MAX_ADDRESS_SHOWN)
                return _FOLLOW_AT.format(href=href) if href else _FOLLOW
            case Verdict.NOFOLLOW:
                why = (
                    _ROBOTS
                    if self.robots_nofollow
                    else "rel=" + ", ".join(sorted({link.rel for link in self.links}))
                )
                return _NOFOLLOW.format(why=why)
            case Verdict.MISSING:
                return _MISSING
            case _:
                assert self.reason is not None
                reason = FAILURE_MESSAGES[self.reason]
                if self.detail:
                    return _UNREACHABLE_DETAIL.format(reason=reason, detail=self.detail)
                return _UNREACHABLE.format(reason=reason)


def check_backlink(
    url: str,
    limits: FetchLimits | None = None,
    *,
    context: ssl.SSLContext | None = None,
    cancel: threading.Event | None = None,
) -> BacklinkResult:
    """Fetch ``url`` and judge its links to www.nospamproxy.de, all within ``limits.total_timeout``.

    Raises :class:`nspdesk.web.urls.BadUrlError` for an address that is not http(s) and
    :class:`nspdesk.web.errors.FetchCancelledError` when ``cancel`` is set during the check; every network
    failure is a result with the verdict UNREACHABLE.
    """
    checked_at = datetime.now(UTC)
    start = time.monotonic()
    limits = limits or FetchLimits()
    deadline = Deadline(limits.total_timeout, cancel)  # one for connect, read and parse
    try:
        page = fetch_page(url, limits, context=context, deadline=deadline)
        try:
            found = find_backlinks(
                page.text, page.final_url, page.robots_headers, deadline=deadline
            )
        except DeadlineExceededError as error:
            raise FetchError(
                Failure.TIMEOUT, str(error), final_url=page.final_url, status=page.status
            ) from None
    except FetchError as error:
        return BacklinkResult(
            url=url,
            verdict=Verdict.UNREACHABLE,
            checked_at=checked_at,
            elapsed=time.monotonic() - start,
            final_url=error.final_url,
            status=error.status,
            reason=error.failure,
            detail=error.detail,
        )
    return BacklinkResult(
        url=url,
        verdict=verdict_of(found.links),
        checked_at=checked_at,
        elapsed=time.monotonic() - start,
        final_url=page.final_url,
        status=page.status,
        links=found.links,
        robots_nofollow=found.robots_nofollow,
    )


def verdict_of(links: Iterable[Link]) -> Verdict:
    """FOLLOW when any link is followed, NOFOLLOW when links exist but none is, else MISSING."""
    links = tuple(links)
    if any(link.followed for link in links):
        return Verdict.FOLLOW
    return Verdict.NOFOLLOW if links else Verdict.MISSING


Progress = Callable[[int, int, BacklinkResult], None]


def check_backlinks(
    urls: Sequence[str],
    limits: FetchLimits | None = None,
    *,
    workers: int = 4,
    progress: Progress | None = None,
    cancel: threading.Event | None = None,
    context: ssl.SSLContext | None = None,
) -> list[BacklinkResult | None]:
    """Check ``urls`` with at most ``workers`` at a time; results in input order.

    ``progress(done, total, result)`` is called after each finished check, from the thread that
    called this function (a GUI worker forwards it with a signal). Setting ``cancel`` starts no
    further check and aborts those running: their entries are None (not checked), never
    UNREACHABLE. Validate the addresses first (:func:`nspdesk.web.urls.check_url`): a bad one
    raises :class:`BadUrlError` here before anything is fetched.
    """
    for url in urls:
        check_url(url)
    cancel = cancel or threading.Event()
    context = context or ssl.create_default_context()
    results: list[BacklinkResult | None] = [None] * len(urls)
    done = 0

    def run(url: str) -> BacklinkResult | None:
        if cancel.is_set():
            return None
        try:
            return check_backlink(url, limits, context=context, cancel=cancel)
        except FetchCancelledError:
            return None

    with ThreadPoolExecutor(max_workers=max(1, workers), thread_name_prefix="nspdesk-web") as pool:
        pending: dict[Future[BacklinkResult | None], int] = {
            pool.submit(run, url): index for index, url in enumerate(urls)
        }
        try:
            while pending:
                finished, _ = wait(pending, timeout=0.1, return_when=FIRST_COMPLETED)
                for future in finished:
                    index = pending.pop(future)
                    result = future.result()
                    results[index] = result
                    if result is not None:
                        done += 1
                        if progress is not None:
                            progress(done, len(urls), result)
        except BaseException:  # Ctrl+C or a failing progress callback: stop the others first
            cancel.set()
            raise
    return results


def effective_backlink(history: Iterable[BacklinkResult]) -> Backlink:
    """The verdict the compliance engine should use: that of the newest check that reached one.

    Checks that found the site unreachable are skipped, so the last known verdict is kept; with no
    reached verdict at all the answer is UNKNOWN.
    """
    reached = [r for r in history if r.verdict is not Verdict.UNREACHABLE]
    if not reached:
        return Backlink.UNKNOWN
    return max(reached, key=lambda r: r.checked_at).backlink
