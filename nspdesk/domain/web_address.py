"""What counts as a partner's web address: http or https with a host (checked on save and import,
so that the backlink check never meets an address it cannot fetch)."""

from __future__ import annotations

from urllib.parse import urlsplit


def is_web_address(url: str) -> bool:
    parts = urlsplit(url.strip())
    return parts.scheme.lower() in {"http", "https"} and bool(parts.netloc)
