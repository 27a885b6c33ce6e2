"""Which addresses nspdesk fetches: http and https only, with a host, as ASCII on the wire."""

from __future__ import annotations

import re
from urllib.parse import quote, urlsplit, urlunsplit

SCHEMES = ("http", "https")

# RFC 6761 § 6.4: names under .invalid never resolve; resolvers should answer "no" at once.
_SPECIAL_NO_DNS = ("invalid",)
_CONTROL = re.compile(r"[\x00-\x20\x7f]")
# Characters left as they are in a request target; everything else is percent-encoded as UTF-8.
_SAFE_TARGET = "/?#[]@!$&'()*+,;=:-._~%"


class BadUrlError(ValueError):
    """An address nspdesk refuses to fetch, with a German sentence naming what is wrong."""


def check_url(text: str) -> str:
    """``text`` as an http(s) address to fetch, or :class:`BadUrlError` saying what is wrong."""
    url = text.strip()
    if not url:
        raise BadUrlError("leere Adresse")
    if _CONTROL.search(url):
        raise BadUrlError(f"{text!r}: Adresse enthält Leer- oder Steuerzeichen")
    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    if not scheme or "://" not in url:
        raise BadUrlError(f"{text!r}: keine Adresse (erwartet http://… oder https://…)")
    if scheme not in SCHEMES:
        raise BadUrlError(f"{text!r}: nur http:// und https:// werden geprüft, nicht {scheme}://")
    try:
        port = parts.port
    except ValueError:
        raise BadUrlError(f"{text!r}: ungültiger Port") from None
    host = ascii_host(parts.hostname or "")
    if not host:
        raise BadUrlError(f"{text!r}: kein Rechnername in der Adresse")
    if port == 0:
        raise BadUrlError(f"{text!r}: ungültiger Port")
    return url


def ascii_host(host: str) -> str:
    """The host name lowercased, without a trailing dot, IDNA-encoded; '' when it is not a name."""
    host = host.strip().lower().rstrip(".")
    if not host:
        return ""
    if host.startswith("[") or ":" in host:  # an IPv6 literal as urlsplit leaves it
        return host.strip("[]")
    try:
        return host.encode("idna").decode("ascii")
    except UnicodeError:
        return ""


def never_resolves(host: str) -> bool:
    """True for special-use names that must be answered "not found" without asking DNS."""
    return host.rsplit(".", 1)[-1] in _SPECIAL_NO_DNS


def request_target(url: str) -> str:
    """Path and query of ``url`` as sent in the request line: ASCII, no fragment."""
    parts = urlsplit(url)
    path = quote(parts.path or "/", safe=_SAFE_TARGET)
    query = quote(parts.query, safe=_SAFE_TARGET)
    return f"{path}?{query}" if query else path


def without_fragment(url: str) -> str:
    """``url`` without its ``#fragment``: two addresses differing only there are one page."""
    parts = urlsplit(url)
    return urlunsplit(
        (parts.scheme.lower(), parts.netloc.lower(), parts.path or "/", parts.query, "")
    )
