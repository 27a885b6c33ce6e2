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

The parser is ``html.parser``, which tolerates malformed HTML; the one construct that makes it raise
(``<![`` that is not CDATA) is read as a browser does, as a comment up to the next ``>``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from html.parser import HTMLParser
from urllib.parse import unquote, urljoin, urlsplit

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


def find_backlinks(html: str, page_url: str, robots_headers: Iterable[str] = ()) -> PageLinks:
    """The links to nospamproxy.de in ``html``, the page found at ``page_url`` (its final URL)."""
    parser = _Parser()
    try:
        parser.feed(html)
        parser.close()
    except AssertionError:  # html.parser's internal checks: keep what was read
        pass
    base = page_url
    if parser.base is not None:
        candidate = _resolve(page_url, parser.base)
        if candidate and urlsplit(candidate).scheme.lower() in SCHEMES:
            base = candidate
    page_nofollow = any(robots_nofollow(c) for c in parser.robots_meta) or any(
        robots_header_nofollow(v) for v in robots_headers
    )
    links = []
    for anchor in parser.anchors:
        href = _resolve(base, anchor.href)
        if href and is_target_url(href):
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
    cleaned = _URL_NOISE.sub("", href).strip().replace("\\", "/")
    try:
        return urljoin(base, cleaned)
    except ValueError:  # e.g. an unclosed IPv6 bracket
        return None


@dataclass
class _Anchor:
    href: str
    rel: str
    text: list[str] = field(default_factory=list)


class _Parser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.anchors: list[_Anchor] = []
        self.base: str | None = None
        self.robots_meta: list[str] = []
        self._hidden = dict.fromkeys(HIDDEN_CONTAINERS, 0)
        self._open: _Anchor | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in HIDDEN_CONTAINERS:
            self._hidden[tag] += 1
            self._open = None
            return
        if any(self._hidden.values()):
            return
        values: dict[str, str] = {}
        for name, value in attrs:
            values.setdefault(name, value or "")  # the first of duplicate attributes wins
        if tag == "a":
            self._open = None
            if "href" in values:
                self._open = _Anchor(values["href"], values.get("rel", ""))
                self.anchors.append(self._open)
        elif tag == "base" and self.base is None and "href" in values:
            self.base = values["href"]
        elif tag == "meta" and values.get("name", "").strip().lower() in ROBOTS_META_NAMES:
            self.robots_meta.append(values.get("content", ""))

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        # As in browsers, "/>" closes nothing on an HTML element: <a href="…"/> opens a link.
        self.handle_starttag(tag, attrs)

    def handle_endtag(self, tag: str) -> None:
        if tag in HIDDEN_CONTAINERS:
            self._hidden[tag] = max(0, self._hidden[tag] - 1)
        elif tag == "a":
            self._open = None

    def handle_data(self, data: str) -> None:
        if self._open is not None and sum(map(len, self._open.text)) < _TEXT_LIMIT:
            self._open.text.append(data)

    def parse_html_declaration(self, i: int) -> int:
        if self.rawdata.startswith("<![", i):  # HTML has no marked sections: a bogus comment
            end = self.rawdata.find(">", i + 3)
            if end < 0:
                return -1
            self.handle_comment(self.rawdata[i + 3 : end])
            return end + 1
        return super().parse_html_declaration(i)
