"""A safe HTTP GET of one web page, for checks of partner websites.

Safe by design: only http and https; at most ``max_redirects`` redirects, each resolved against the
current address and checked for loops; a connect timeout, a read timeout per network read and a total
deadline over the whole fetch (DNS, redirects and body included); the body is read in chunks and the
fetch aborted as soon as it passes ``max_bytes``; only HTML content types are read at all. No cookies
are sent or kept, nothing is executed. A guard thread enforces the deadline and cancellation by
shutting down the socket in use, so a server that sends one byte every few seconds cannot hold a fetch
open beyond its deadline.
"""

from __future__ import annotations

import http.client
import socket
import ssl
import threading
import zlib
from dataclasses import dataclass
from email.message import Message
from urllib.parse import urljoin, urlsplit

from nspdesk import __version__
from nspdesk.web.charset import decode_html
from nspdesk.web.connect import open_connection
from nspdesk.web.deadline import Deadline
from nspdesk.web.errors import Failure, FetchCancelledError, FetchError
from nspdesk.web.guard import Guard
from nspdesk.web.urls import BadUrlError, ascii_host, check_url, request_target, without_fragment

HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})
_CHUNK = 64 * 1024


def user_agent() -> str:
    return f"nspdesk/{__version__} (backlink check; +https://www.nospamproxy.de)"


@dataclass(frozen=True)
class FetchLimits:
    connect_timeout: float = 10.0  # seconds for DNS, TCP connect and the TLS handshake each
    read_timeout: float = 10.0  # seconds without data on a read
    total_timeout: float = 30.0  # seconds for the whole fetch, redirects included
    max_bytes: int = 2 * 1024 * 1024
    max_redirects: int = 5

    @classmethod
    def with_timeout(cls, seconds: float) -> FetchLimits:
        """Connect and read timeouts of ``seconds``, a total deadline of three times that."""
        return cls(connect_timeout=seconds, read_timeout=seconds, total_timeout=3 * seconds)


@dataclass(frozen=True)
class Page:
    url: str  # the address asked for
    final_url: str  # after redirects
    status: int
    content_type: str  # "" when the server sent none
    encoding: str
    text: str
    robots_headers: tuple[str, ...]  # X-Robots-Tag values
    redirects: tuple[str, ...]  # every address redirected to, in order


@dataclass(frozen=True)
class _Redirect:
    location: str
    status: int


def fetch_page(
    url: str,
    limits: FetchLimits | None = None,
    *,
    context: ssl.SSLContext | None = None,
    cancel: threading.Event | None = None,
    deadline: Deadline | None = None,
) -> Page:
    """GET ``url`` and return its HTML text.

    Raises :class:`FetchError` when the page cannot be read, :class:`FetchCancelledError` when
    ``cancel`` is set meanwhile, :class:`BadUrlError` when ``url`` is not an http(s) address.
    ``context`` defaults to ``ssl.create_default_context()``: certificates and host names are
    verified against the system's trust store. ``deadline`` is the time limit of a larger task the
    fetch is part of (it brings its own cancel flag, ``cancel`` is then not used); without it the
    fetch has ``limits.total_timeout`` and ``cancel``.
    """
    limits = limits or FetchLimits()
    url = check_url(url)
    redirects: list[str] = []
    visited = {without_fragment(url)}
    current = url
    with Guard(deadline or Deadline(limits.total_timeout, cancel)) as guard:
        while True:
            step = _get(current, limits, context, guard)
            if isinstance(step, Page):
                return Page(
                    url=url,
                    final_url=current,
                    status=step.status,
                    content_type=step.content_type,
                    encoding=step.encoding,
                    text=step.text,
                    robots_headers=step.robots_headers,
                    redirects=tuple(redirects),
                )
            target = urljoin(current, step.location)
            try:
                target = check_url(target)
            except BadUrlError as error:
                raise FetchError(
                    Failure.BAD_REDIRECT, str(error), final_url=current, status=step.status
                ) from None
            if without_fragment(target) in visited:
                raise FetchError(
                    Failure.REDIRECT_LOOP, target, final_url=current, status=step.status
                )
            if len(redirects) >= limits.max_redirects:
                raise FetchError(
                    Failure.TOO_MANY_REDIRECTS,
                    f"mehr als {limits.max_redirects}",
                    final_url=current,
                    status=step.status,
                )
            visited.add(without_fragment(target))
            redirects.append(target)
            current = target


def _get(
    url: str, limits: FetchLimits, context: ssl.SSLContext | None, guard: Guard
) -> Page | _Redirect:
    """One request without following redirects."""
    parts = urlsplit(url)
    host = ascii_host(parts.hostname or "")
    https = parts.scheme.lower() == "https"
    port = parts.port or (443 if https else 80)
    try:
        with open_connection(host, port, https, limits.connect_timeout, context, guard) as sock:
            connection = http.client.HTTPConnection(host, port)
            connection.sock = sock  # connected, and TLS-wrapped for https, by us
            try:
                sock.settimeout(guard.timeout(limits.read_timeout))
                connection.putrequest(
                    "GET", request_target(url), skip_host=True, skip_accept_encoding=True
                )
                for name, value in _headers(host, parts.port, https):
                    connection.putheader(name, value)
                connection.endheaders()
                response = connection.getresponse()
                try:
                    return _read_response(url, response, sock, limits, guard)
                finally:
                    response.close()
            finally:
                connection.close()
    except Exception as error:
        raise _as_failure(error, guard, url) from None


def _headers(host: str, explicit_port: int | None, https: bool) -> list[tuple[str, str]]:
    name = f"[{host}]" if ":" in host else host
    default = 443 if https else 80
    authority = name if explicit_port in (None, default) else f"{name}:{explicit_port}"
    return [
        ("Host", authority),
        ("User-Agent", user_agent()),
        ("Accept", "text/html,application/xhtml+xml;q=0.9,*/*;q=0.1"),
        ("Accept-Language", "de,en;q=0.5"),
        ("Accept-Encoding", "gzip, deflate;q=0.5, identity;q=0.1"),
        ("Connection", "close"),
    ]


def _read_response(
    url: str,
    response: http.client.HTTPResponse,
    sock: socket.socket,
    limits: FetchLimits,
    guard: Guard,
) -> Page | _Redirect:
    status = response.status
    location = response.getheader("Location")
    if status in REDIRECT_STATUSES and location:
        # http.client reads header bytes as latin-1; a UTF-8 Location gets its characters back.
        raw = location.strip().encode("latin-1", "replace").decode("utf-8", "replace")
        return _Redirect(raw, status)
    if not 200 <= status < 300:
        detail = f"HTTP {status} {response.reason}".strip()
        raise FetchError(Failure.HTTP_STATUS, detail, final_url=url, status=status)
    headers: Message = response.headers
    content_type = headers.get_content_type() if headers.get("Content-Type") else ""
    if content_type and content_type not in HTML_TYPES:
        raise FetchError(Failure.NOT_HTML, content_type, final_url=url, status=status)
    length = (response.getheader("Content-Length") or "").strip()
    if length.isdigit() and int(length) > limits.max_bytes:
        raise FetchError(
            Failure.TOO_LARGE, f"Content-Length {length}", final_url=url, status=status
        )
    coding = (response.getheader("Content-Encoding") or "identity").strip().lower()
    body = _read_body(response, sock, coding, limits, guard, url)
    guard.check()  # an end of data caused by the guard is no end of the page
    text, encoding = decode_html(body, headers.get_content_charset())
    robots = tuple(headers.get_all("X-Robots-Tag") or ())
    return Page(url, url, status, content_type, encoding, text, robots, ())


def _read_body(
    response: http.client.HTTPResponse,
    sock: socket.socket,
    coding: str,
    limits: FetchLimits,
    guard: Guard,
    url: str,
) -> bytes:
    if coding in ("gzip", "x-gzip", "deflate"):
        unpacker: _Unpacker | None = _Unpacker(coding)
    elif coding == "identity":
        unpacker = None
    else:
        raise FetchError(Failure.CONNECTION, f"Content-Encoding {coding}", final_url=url)
    chunks: list[bytes] = []
    size = 0
    while True:
        sock.settimeout(guard.timeout(limits.read_timeout))
        data = response.read1(_CHUNK)
        if not data:
            if unpacker is not None:
                unpacker.finish()
            break
        if unpacker is not None:
            # at most one byte past the cap: a bomb never unpacks further than that
            data = unpacker.unpack(data, limits.max_bytes - size + 1)
        size += len(data)
        if size > limits.max_bytes:
            raise FetchError(
                Failure.TOO_LARGE,
                f"mehr als {_size(limits.max_bytes)}",
                final_url=url,
                status=response.status,
            )
        chunks.append(data)
    return b"".join(chunks)


class _Unpacker:
    """A compressed body unpacked piece by piece, never more than asked for at a time.

    ``gzip`` and ``deflate`` both arrive as gzip or zlib streams (zlib tells them apart by their
    header). ``deflate`` is meant to be zlib-wrapped (RFC 9110), but some servers send raw deflate
    (RFC 1951) and browsers read it: when the first two bytes are no gzip or zlib header, the body is
    read as raw deflate.
    """

    def __init__(self, coding: str) -> None:
        self._head = b""
        self._inner: zlib._Decompress | None = None
        if coding != "deflate":
            self._inner = zlib.decompressobj(wbits=zlib.MAX_WBITS | 32)  # gzip or zlib

    def unpack(self, data: bytes, max_length: int) -> bytes:
        if self._inner is None:
            self._head += data
            if len(self._head) < 2:
                return b""
            data, self._head = self._head, b""
            wrapped = data[:2] == b"\x1f\x8b" or _zlib_header(data)
            self._inner = zlib.decompressobj(
                wbits=zlib.MAX_WBITS | 32 if wrapped else -zlib.MAX_WBITS
            )
        return self._inner.decompress(data, max_length)

    def finish(self) -> None:
        """The body has ended: a deflate body of one byte is broken."""
        if self._head:
            raise zlib.error("unvollständige deflate-Daten")


def _zlib_header(data: bytes) -> bool:
    """RFC 1950: method 8 (deflate), a window of at most 32 KiB, a check sum of the two bytes."""
    cmf, flg = data[0], data[1]
    return cmf & 0x0F == 8 and cmf >> 4 <= 7 and (cmf << 8 | flg) % 31 == 0


def _size(count: int) -> str:
    megabytes = count / (1024 * 1024)
    return f"{megabytes:g} MB" if megabytes >= 1 else f"{count} Bytes"


def _as_failure(error: Exception, guard: Guard, url: str) -> Exception:
    """The :class:`FetchError` (or :class:`FetchCancelledError`) that stands for ``error``."""
    if guard.fired == "cancel":
        return FetchCancelledError()
    total = f"Gesamtzeit von {guard.deadline.seconds:g} s überschritten"
    if guard.fired == "timeout":
        return FetchError(Failure.TIMEOUT, total, final_url=url)
    if isinstance(error, FetchError | FetchCancelledError):
        return error
    detail = str(error) or type(error).__name__
    if isinstance(error, ssl.SSLCertVerificationError):
        detail = error.verify_message or detail
        return FetchError(Failure.TLS, detail, final_url=url)
    if isinstance(error, ssl.SSLError | ssl.CertificateError):
        return FetchError(Failure.TLS, detail, final_url=url)
    if isinstance(error, socket.gaierror):
        host = urlsplit(url).hostname
        return FetchError(Failure.DNS, f"{host}: {error.strerror or detail}", final_url=url)
    if isinstance(error, TimeoutError):
        if guard.deadline.left() <= 0.05:
            detail = total
        elif detail == "timed out":
            detail = "Zeitlimit für Verbindungsaufbau oder Lesen überschritten"
        return FetchError(Failure.TIMEOUT, detail, final_url=url)
    if isinstance(error, OSError | http.client.HTTPException | zlib.error | UnicodeError):
        return FetchError(Failure.CONNECTION, detail, final_url=url)
    raise error
