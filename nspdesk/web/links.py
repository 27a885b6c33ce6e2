"""Links to www.nospamproxy.de in an HTML page, and whether search engines follow them.

What counts:

- an ``<a href>`` whose address, resolved against the page's final URL or its first ``<base href>``,
  is http or https with the host ``nospamproxy.de`` or ``www.nospamproxy.de`` exactly (lowercased,
  IDNA, percent-decoded, trailing dot stripped; any port, path, query); protocol-relative
  ``//www.nospamproxy.de`` counts. Look-alikes (``nospamproxy.de.evil.example``,
  ``notnospamproxy.de``, ``www.nospamproxy.de@evil.example``) never count.
- A link is not followed when its ``rel`` contains ``nofollow``, ``ugc`` or ``sponsored``, or when the
  page as a whole says nofollow: ``<meta name="robots">`` (or ``name="googlebot"``) with ``nofollow``
  or ``none``, or the same in an ``X-Robots-Tag`` response header.
- Not counted, because no visitor sees them as links: anything in comments, ``<script>`` and
  ``<style>``, and in ``<template>``, ``<noscript>``, ``<textarea>``, ``<title>``, ``<iframe>``,
  ``<noembed>``, ``<noframes>`` and ``<xmp>``. ``<noscript>`` is a decision: its content shows only
  with JavaScript switched off, so a link there is hidden from practically every visitor.
- Links hidden with CSS (``display:none``) or created by JavaScript are not recognised: no CSS is
  applied, no script runs.

The page is read by :mod:`nspdesk.web.html_tokens`, in time linear in its length, as a browser reads
malformed HTML; ``<![`` (CDATA, "downlevel-revealed" conditional comments) is a comment up to the
next ``>``. A :class:`~nspdesk.web.deadline.Deadline` is looked at while reading.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from urllib.parse import unquote, urljoin, urlsplit

from nspdesk.web.deadline import Deadline
from nspdesk.web.html_tokens import EndTag, StartTag, Text, text, tokens
from nspdesk.web.urls import SCHEMES, ascii_host

TARGET_HOSTS = frozenset({"nospamproxy.de", "www.nospamproxy.de"})
NOT_FOLLOWED_REL = frozenset({"nofollow", "ugc", "sponsored"})
HIDDEN_CONTAINERS = frozenset(
    {"template", "noscript", "textarea", "title", "iframe", "noembed", "noframes", "xmp"}
)
ROBOTS_META_NAMES = frozenset({"robots", "googlebot"})
_TEXT_LIMIT = 200
# X-Robots-Tag directives that carry a colon themselves (not "crawler: directives").
_COLON_DIRECTIVES = frozenset(
    {"unavailable_after", "max-snippet", "max-image-preview", "max-video-preview"}
)
_URL_NOISE = re.compile(r"[\t\n\r]")


@dataclass(frozen=True)
class Link:
    href: str  # absolute, resolved against the base
    raw_href: str  # as written in the page
    rel: str  # the rel attribute as written, "" when none
    text: str  # the visible link text, whitespace collapsed, at most 200 characters
    followed: bool  # False for rel nofollow/ugc/sponsored or a page-wide nofollow


@dataclass(frozen=True)
class PageLinks:
    links: tuple[Link, ...]  # the links to nospamproxy.de, in page order
    robots_nofollow: bool  # the page says nofollow for all its links
    total_links: int  # all <a href> that count, to any host


def is_target_url(url: str) -> bool:
    """True for an http(s) address on nospamproxy.de or www.nospamproxy.de exactly."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return False
    if parts.scheme.lower() not in SCHEMES:
        return False
    return ascii_host(unquote(parts.hostname or "")) in TARGET_HOSTS


def rel_not_followed(rel: str) -> bool:
    return not NOT_FOLLOWED_REL.isdisjoint(rel.lower().split())


def robots_nofollow(content: str) -> bool:
    """True for robots directives that include ``nofollow`` or ``none``."""
    tokens = set(re.split(r"[\s,]+", content.lower()))
    return "nofollow" in tokens or "none" in tokens


def robots_header_nofollow(value: str) -> bool:
    """An ``X-Robots-Tag`` value, plain or for one crawler (``googlebot: nofollow``)."""
    match = re.match(r"\s*([a-z0-9_-]+)\s*:(.*)", value.lower(), re.DOTALL)
    if match and match.group(1) not in _COLON_DIRECTIVES:
        if match.group(1) not in ROBOTS_META_NAMES:
            return False  # meant for another crawler
        value = match.group(2)
    return robots_nofollow(value)


def find_backlinks(
    html: str,
    page_url: str,
    robots_headers: Iterable[str] = (),
    *,
    deadline: Deadline | None = None,
) -> PageLinks:
    """The links to nospamproxy.de in ``html``, the page found at ``page_url`` (its final URL).

    Raises as :meth:`Deadline.check` does when ``deadline`` passes (or its check is cancelled)
    while the page is read.
    """
    parser = _Reader()
    parser.read(html, deadline)
    base = page_url
    if parser.base is not None:
        candidate = _resolve(page_url, parser.base)
        if candidate and urlsplit(candidate).scheme.lower() in SCHEMES:
            base = candidate
    page_nofollow = parser.robots_nofollow or any(robots_header_nofollow(v) for v in robots_headers)
    links = []
    on_target = is_target_url(base)
    targets: dict[str, str | None] = {}  # each address resolved once, however often it is linked
    for index, anchor in enumerate(parser.anchors):
        if deadline is not None and index % 1024 == 0:
            deadline.check()  # 2 MB can hold 200 000 different addresses to resolve
        if anchor.href not in targets:
            relative = not on_target and _is_relative(anchor.href)  # then on the base's host
            href = None if relative else _resolve(base, anchor.href)
            targets[anchor.href] = href if href and is_target_url(href) else None
        href = targets[anchor.href]
        if href:
            links.append(
                Link(
                    href=href,
                    raw_href=anchor.href,
                    rel=anchor.rel,
                    text=" ".join("".join(anchor.text).split())[:_TEXT_LIMIT],
                    followed=not page_nofollow and not rel_not_followed(anchor.rel),
                )
            )
    return PageLinks(tuple(links), page_nofollow, len(parser.anchors))


def _resolve(base: str, href: str) -> str | None:
    """``href`` resolved as a browser would: no tabs or newlines, backslash as slash."""
    try:
        return urljoin(base, _clean(href))
    except ValueError:  # e.g. an unclosed IPv6 bracket
        return None


def _is_relative(href: str) -> bool:
    """True when ``href`` names neither a scheme nor a host: it stays on the base's host."""
    try:
        parts = urlsplit(_clean(href))
    except ValueError:
        return False
    return not parts.scheme and not parts.netloc


def _clean(href: str) -> str:
    return _URL_NOISE.sub("", href).strip().replace("\\", "/")


@dataclass(slots=True)
class _Anchor:
    href: str
    rel: str
    text: list[str] = field(default_factory=list)


_WANTED_TAGS = HIDDEN_CONTAINERS | {"a", "base", "meta"}
_WANTED_ATTRIBUTES = frozenset({"href", "rel", "name", "content"})


class _Reader:
    """What the verdict needs from the tokens: the anchors, the first ``<base href>``, robots."""

    def __init__(self) -> None:
        self.anchors: list[_Anchor] = []
        self.base: str | None = None
        self.robots_nofollow = False  # a robots <meta> says nofollow
        self._hidden = dict.fromkeys(HIDDEN_CONTAINERS, 0)  # open elements of each kind
        self._hidden_total = 0  # their sum: > 0 inside any of them
        self._open: _Anchor | None = None
        self._text_length = 0  # characters of link text kept for the open anchor

    def read(self, html: str, deadline: Deadline | None) -> None:
        look = deadline.check if deadline is not None else None
        for token in tokens(html, _WANTED_TAGS, _WANTED_ATTRIBUTES, look):
            if isinstance(token, Text):
                if self._open is not None and self._text_length < _TEXT_LIMIT:
                    # raw text beyond the limit can only be blanks that collapse: a bounded slice
                    piece = text(html, token, 8 * _TEXT_LIMIT)
                    self._open.text.append(piece)
                    self._text_length += len(piece)
            elif isinstance(token, StartTag):
                self._start(token.name, token.attributes)
            elif isinstance(token, EndTag):
                self._end(token.name)
        if deadline is not None:
            deadline.check()

    def _start(self, tag: str, values: dict[str, str]) -> None:
        # As in browsers, "/>" closes nothing on an HTML element: <a href="…"/> opens a link.
        if tag in HIDDEN_CONTAINERS:
            self._hidden[tag] += 1
            self._hidden_total += 1
            self._open = None
            return
        if self._hidden_total:
            return
        if tag == "a":
            self._open = None
            if "href" in values:
                self._open = _Anchor(values["href"], values.get("rel", ""))
                self._text_length = 0
                self.anchors.append(self._open)
        elif tag == "base" and self.base is None and "href" in values:
            self.base = values["href"]
        elif tag == "meta" and values.get("name", "").strip().lower() in ROBOTS_META_NAMES:
            self.robots_nofollow = self.robots_nofollow or robots_nofollow(
                values.get("content", "")
            )

    def _end(self, tag: str) -> None:
        if tag in HIDDEN_CONTAINERS:
            if self._hidden[tag]:  # an end tag without a start closes nothing
                self._hidden[tag] -= 1
                self._hidden_total -= 1
        elif tag == "a":
            self._open = None
