"""The backlink check against a real HTTP server on 127.0.0.1 (no outside network).

Only 127.0.0.1, localhost and names under ``.invalid`` (which never reach DNS) are used. Slow cases
run with timeouts of half a second, so the whole module stays within a few seconds.
"""

from __future__ import annotations

import gzip
import json
import shutil
import socket
import ssl
import subprocess
import sys
import threading
import time
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest

from nspdesk import __version__
from nspdesk.domain.compliance import Backlink
from nspdesk.web import html_tokens
from nspdesk.web.backlink import BacklinkResult, Verdict, check_backlink, check_backlinks
from nspdesk.web.errors import Failure
from nspdesk.web.fetch import FetchLimits, fetch_page
from nspdesk.web.urls import BadUrlError

FAST = FetchLimits(connect_timeout=2, read_timeout=2, total_timeout=5)
SHORT = FetchLimits(connect_timeout=0.5, read_timeout=0.5, total_timeout=1.0)
FIFTY_MB = 50 * 1024 * 1024
CHUNK = b"<p>" + b"x" * (64 * 1024 - 7) + b"</p>\n"

LINK = '<a href="https://www.nospamproxy.de/">NoSpamProxy</a>'
UMLAUT_PAGE = '<p>Größter Partner</p><a href="https://www.nospamproxy.de/">Grüße an NoSpamProxy</a>'
MAX_PAGE = 2 * 1024 * 1024  # the default cap of a body
PAGES = {
    "/follow": f"<html><body><p>Partner von {LINK}</p></body></html>",
    "/nofollow": '<a href="https://www.nospamproxy.de/" rel="nofollow">NoSpamProxy</a>',
    "/sponsored": '<a href="http://nospamproxy.de/partner" rel="sponsored noopener">NSP</a>',
    "/mixed": (
        '<a href="https://www.nospamproxy.de/" rel="nofollow">Logo</a>'
        '<a href="//nospamproxy.de/de/">NoSpamProxy</a>'
    ),
    "/lookalike": (
        '<a href="https://nospamproxy.de.evil.example/">a</a>'
        '<a href="https://notnospamproxy.de/">b</a>'
        '<a href="http://www.nospamproxy.de.evil.example/partner">c</a>'
    ),
    "/hidden": (
        f"<!-- {LINK} -->"
        f"<script>var s = '{LINK}'; document.write(s);</script>"
        "<p>Kein sichtbarer Link</p>"
    ),
    "/final": f"<p>Ziel der Weiterleitungen</p>{LINK}",
    "/malformed": (
        "<html><body><div><table><tr><td><p>Partner<b><i></b>"
        "<a href=https://www.nospamproxy.de/partner class=x>NoSpamProxy</i>"
        '<div attr="unclosed><a href="x">'
    ),
    "/robots": (
        '<html><head><meta name="robots" content="noindex, nofollow"></head>'
        f"<body>{LINK}</body></html>"
    ),
    "/base": (
        '<head><base href="https://www.nospamproxy.de/de/"></head>'
        '<a href="partnerprogramm">Partnerprogramm</a>'
    ),
}
# path: (status, Location)
REDIRECTS = {
    "/redirect/start": (302, "step2"),  # relative to /redirect/
    "/redirect/step2": (301, "../chain/three?x=1"),
    "/chain/three": (307, "/final#oben"),
    "/to-ftp": (302, "ftp://files.example.invalid/"),
    "/to-invalid": (302, "http://partner.nspdesk-test.invalid/partner"),
}


@dataclass
class Site:
    """What the test server saw and how to stop its slow handlers."""

    stop: threading.Event = field(default_factory=threading.Event)
    requests: list[tuple[str, dict[str, str]]] = field(default_factory=list)
    sent: dict[str, int] = field(default_factory=dict)
    finished: dict[str, threading.Event] = field(default_factory=dict)
    in_flight: int = 0  # /delay requests being answered
    max_in_flight: int = 0
    lock: threading.Lock = field(default_factory=threading.Lock)

    def done(self, path: str) -> threading.Event:
        with self.lock:
            return self.finished.setdefault(path, threading.Event())


class Handler(BaseHTTPRequestHandler):
    server: Server

    def log_message(self, format: str, *args: Any) -> None:
        pass

    def do_GET(self) -> None:
        site = self.server.site
        path = self.path.split("?", 1)[0]
        with site.lock:
            site.requests.append((self.path, dict(self.headers.items())))
        try:
            self.route(path, site)
        except (BrokenPipeError, ConnectionResetError):
            pass
        finally:
            site.done(path).set()

    def route(self, path: str, site: Site) -> None:
        if path in PAGES:
            self.page(PAGES[path].encode())
            return
        prefix, _, argument = path.rpartition("/")
        if path in REDIRECTS:
            self.redirect(*REDIRECTS[path])
        elif prefix == "/loop":
            self.redirect(301, "b" if argument == "a" else "/loop/a")
        elif prefix == "/hops":  # /hops/N: N redirects to the follow page
            hops = int(argument)
            if hops:
                self.redirect(302, f"/hops/{hops - 1}")
            else:
                self.page(PAGES["/follow"].encode())
        elif prefix == "/status":
            self.send_response(int(argument))
            self.send_header("Content-Type", "text/html")
            self.end_headers()
            self.wfile.write(f"<p>Fehler {argument}</p>{LINK}".encode())
        elif prefix == "/delay":
            with site.lock:
                site.in_flight += 1
                site.max_in_flight = max(site.max_in_flight, site.in_flight)
            site.stop.wait(float(argument))
            with site.lock:  # before answering: the client cannot start another check yet
                site.in_flight -= 1
            self.page(PAGES["/follow"].encode())
        else:
            getattr(self, "get_" + argument.replace("-", "_"), self.not_found)(site)

    def not_found(self, site: Site) -> None:
        self.send_error(404)

    def get_slow(self, site: Site) -> None:
        site.stop.wait(5)  # bounded: the fixture sets stop on teardown
        self.page(PAGES["/follow"].encode())

    def get_drip(self, site: Site) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.end_headers()
        for _ in range(100):
            if site.stop.wait(0.1):
                break
            self.wfile.write(b" ")
            self.wfile.flush()

    def get_huge(self, site: Site) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.end_headers()
        sent = 0
        try:
            while sent < FIFTY_MB and not site.stop.is_set():
                self.wfile.write(CHUNK)  # streamed: 64 KiB at a time, never 50 MB in memory
                sent += len(CHUNK)
        finally:
            site.sent["/huge"] = sent

    def get_huge_declared(self, site: Site) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.send_header("Content-Length", str(FIFTY_MB))
        self.end_headers()
        self.wfile.write(CHUNK)

    def get_json(self, site: Site) -> None:
        self.page(json.dumps({"link": "https://www.nospamproxy.de/"}).encode(), "application/json")

    def get_pdf(self, site: Site) -> None:
        self.page(b"%PDF-1.4", "application/pdf")

    def get_latin1(self, site: Site) -> None:
        body = (
            "<p>Größter Partner für Sicherheit</p>"
            '<a href="https://www.nospamproxy.de/">Partner für E-Mail-Sicherheit</a>'
        ).encode("latin-1")
        self.page(body, "text/html; charset=ISO-8859-1")

    def get_meta_charset(self, site: Site) -> None:
        body = (
            '<html><head><meta charset="windows-1252"></head>'
            '<a href="https://www.nospamproxy.de/">Grüße – NoSpamProxy</a>'
        ).encode("cp1252")
        self.page(body, "text/html")

    def get_gzip(self, site: Site) -> None:
        self.page(gzip.compress(PAGES["/follow"].encode()), "text/html", gzipped=True)

    def get_gzip_bomb(self, site: Site) -> None:  # 20 KB on the wire, 20 MB unpacked
        self.page(gzip.compress(b" " * (20 * 1024 * 1024)), "text/html", gzipped=True)

    def get_deflate(self, site: Site) -> None:
        body = zlib.compress(PAGES["/follow"].encode())
        self.page(body, "text/html", extra={"Content-Encoding": "deflate"})

    def get_deflate_raw(self, site: Site) -> None:  # RFC 1951 without the zlib wrapping
        packer = zlib.compressobj(wbits=-zlib.MAX_WBITS)
        body = packer.compress(PAGES["/follow"].encode()) + packer.flush()
        self.page(body, "text/html", extra={"Content-Encoding": "deflate"})

    def get_deflate_raw_bomb(self, site: Site) -> None:  # 20 KB on the wire, 20 MB unpacked
        packer = zlib.compressobj(wbits=-zlib.MAX_WBITS)
        body = packer.compress(b" " * (20 * 1024 * 1024)) + packer.flush()
        self.page(body, "text/html", extra={"Content-Encoding": "deflate"})

    def get_deflate_one_byte(self, site: Site) -> None:
        self.page(b"x", "text/html", extra={"Content-Encoding": "deflate"})

    def get_utf16_label(self, site: Site) -> None:  # says UTF-16, is UTF-8
        self.page(UMLAUT_PAGE.encode(), "text/html; charset=utf-16")

    def get_utf16_real(self, site: Site) -> None:  # UTF-16 without a byte order mark
        self.page(UMLAUT_PAGE.encode("utf-16-le"), "text/html; charset=utf-16")

    def get_a_repeated(self, site: Site) -> None:  # issue 18: minutes of CPU in html.parser
        self.page(b"<a" * (MAX_PAGE // 2))

    def get_comment_repeated(self, site: Site) -> None:
        self.page(b"<!--" * (MAX_PAGE // 4))

    def get_href_repeated(self, site: Site) -> None:
        self.page(b'<a href="' * (MAX_PAGE // 9))

    def get_many_links(self, site: Site) -> None:
        self.page(LINK.encode() * 100)

    def get_gzip_broken(self, site: Site) -> None:
        self.page(b"\x1f\x8b\x08\x00garbage-not-gzip", "text/html", gzipped=True)

    def get_chunked(self, site: Site) -> None:
        body = PAGES["/follow"].encode()
        self.wfile.write(
            b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nTransfer-Encoding: chunked\r\n"
            b"Connection: close\r\n\r\n"
        )
        for piece in (body[:10], body[10:]):
            self.wfile.write(f"{len(piece):x}\r\n".encode() + piece + b"\r\n")
        self.wfile.write(b"0\r\n\r\n")

    def get_no_type(self, site: Site) -> None:
        self.send_response(200)
        self.end_headers()
        self.wfile.write(PAGES["/follow"].encode())

    def get_x_robots(self, site: Site) -> None:
        self.page(PAGES["/follow"].encode(), extra={"X-Robots-Tag": "noindex, nofollow"})

    def get_cookie(self, site: Site) -> None:
        self.send_response(302)
        self.send_header("Set-Cookie", "session=geheim; Path=/")
        self.send_header("Location", "/follow")
        self.end_headers()

    def get_hangup(self, site: Site) -> None:
        self.close_connection = True  # no response at all

    def page(
        self,
        body: bytes,
        content_type: str = "text/html; charset=utf-8",
        *,
        gzipped: bool = False,
        extra: dict[str, str] | None = None,
    ) -> None:
        self.send_response(200)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        if gzipped:
            self.send_header("Content-Encoding", "gzip")
        for name, value in (extra or {}).items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(body)

    def redirect(self, code: int, location: str) -> None:
        self.send_response(code)
        self.send_header("Location", location)
        self.send_header("Content-Length", "0")
        self.end_headers()


class Server(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, site: Site) -> None:
        super().__init__(("127.0.0.1", 0), Handler)
        self.site = site

    def handle_error(self, request: Any, client_address: Any) -> None:
        pass  # a client that hangs up on purpose is no error here


def serve(site: Site, tls: ssl.SSLContext | None = None) -> Iterator[str]:
    server = Server(site)
    if tls is not None:
        server.socket = tls.wrap_socket(server.socket, server_side=True)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05})
    thread.daemon = True
    thread.start()
    host, port = server.server_address[:2]
    try:
        yield f"{'https' if tls else 'http'}://{host!s}:{port}"
    finally:
        site.stop.set()
        server.shutdown()
        server.server_close()
        thread.join()


@pytest.fixture
def site() -> Site:
    return Site()


@pytest.fixture
def base(site: Site) -> Iterator[str]:
    yield from serve(site)


def check(url: str, limits: FetchLimits = FAST) -> BacklinkResult:
    return check_backlink(url, limits)


# --- verdicts -----------------------------------------------------------------------------------


def test_follow_link(base: str, site: Site) -> None:
    result = check(f"{base}/follow")
    assert result.verdict is Verdict.FOLLOW
    assert result.backlink is Backlink.FOLLOW
    assert result.status == 200
    assert result.final_url == f"{base}/follow"
    assert result.reason is None
    assert [(link.href, link.rel, link.followed) for link in result.links] == [
        ("https://www.nospamproxy.de/", "", True)
    ]
    assert result.checked_at.tzinfo is not None
    assert result.checked_at.utcoffset().total_seconds() == 0  # type: ignore[union-attr]
    assert 0 <= result.elapsed < 2
    assert (
        result.message == "Follow-Link auf www.nospamproxy.de gefunden: https://www.nospamproxy.de/"
    )


@pytest.mark.parametrize(
    ("path", "rel"), [("/nofollow", "nofollow"), ("/sponsored", "sponsored noopener")]
)
def test_rel_not_followed(base: str, path: str, rel: str) -> None:
    result = check(base + path)
    assert result.verdict is Verdict.NOFOLLOW
    assert result.backlink is Backlink.NOFOLLOW
    assert [(link.rel, link.followed) for link in result.links] == [(rel, False)]


def test_a_nofollow_and_a_follow_link_make_follow(base: str) -> None:
    result = check(f"{base}/mixed")
    assert result.verdict is Verdict.FOLLOW
    assert [link.followed for link in result.links] == [False, True]
    assert result.links[1].href == "http://nospamproxy.de/de/"  # protocol-relative, page is http


@pytest.mark.parametrize("path", ["/lookalike", "/hidden"])
def test_look_alikes_comments_and_scripts_are_missing(base: str, path: str) -> None:
    result = check(base + path)
    assert result.verdict is Verdict.MISSING
    assert result.backlink is Backlink.MISSING
    assert result.links == ()


def test_robots_meta_nofollow(base: str) -> None:
    result = check(f"{base}/robots")
    assert result.verdict is Verdict.NOFOLLOW
    assert result.robots_nofollow
    assert "robots" in result.message


def test_x_robots_tag_header(base: str) -> None:
    assert check(f"{base}/x-robots").verdict is Verdict.NOFOLLOW


def test_malformed_html(base: str) -> None:
    result = check(f"{base}/malformed")
    assert result.verdict is Verdict.FOLLOW
    assert result.links[0].href == "https://www.nospamproxy.de/partner"


def test_base_href(base: str) -> None:
    result = check(f"{base}/base")
    assert [link.href for link in result.links] == ["https://www.nospamproxy.de/de/partnerprogramm"]


@pytest.mark.parametrize(
    ("path", "text"),
    [("/latin1", "Partner für E-Mail-Sicherheit"), ("/meta-charset", "Grüße – NoSpamProxy")],
)
def test_non_utf8_charset(base: str, path: str, text: str) -> None:
    result = check(base + path)
    assert result.verdict is Verdict.FOLLOW
    assert result.links[0].text == text


def test_charset_reported_by_the_fetch(base: str) -> None:
    page = fetch_page(f"{base}/latin1", FAST)
    assert page.encoding == "cp1252"
    assert "Größter Partner" in page.text


@pytest.mark.parametrize("path", ["/gzip", "/deflate", "/chunked", "/no-type"])
def test_transfer_variants(base: str, path: str) -> None:
    assert check(base + path).verdict is Verdict.FOLLOW


def test_raw_deflate_is_read_as_browsers_read_it(base: str) -> None:
    result = check(f"{base}/deflate-raw")
    assert result.verdict is Verdict.FOLLOW
    assert result.links[0].text == "NoSpamProxy"


def test_a_raw_deflate_bomb_hits_the_cap_and_a_one_byte_body_is_broken(base: str) -> None:
    bomb = check(f"{base}/deflate-raw-bomb")
    assert (bomb.verdict, bomb.reason) == (Verdict.UNREACHABLE, Failure.TOO_LARGE)
    broken = check(f"{base}/deflate-one-byte")
    assert (broken.verdict, broken.reason) == (Verdict.UNREACHABLE, Failure.CONNECTION)


@pytest.mark.parametrize(
    ("path", "encoding"), [("/utf16-label", "utf-8"), ("/utf16-real", "utf-16-le")]
)
def test_a_page_labelled_utf16_is_read_as_what_it_is(base: str, path: str, encoding: str) -> None:
    """Before, a UTF-8 page with ``charset=utf-16`` decoded to CJK soup and was judged missing."""
    result = check(base + path)
    assert result.verdict is Verdict.FOLLOW
    assert result.links[0].text == "Grüße an NoSpamProxy"
    assert fetch_page(base + path, FAST).encoding == encoding


@pytest.mark.parametrize("path", ["/a-repeated", "/comment-repeated", "/href-repeated"])
def test_adversarial_2_mb_pages_get_their_verdict_in_time(base: str, path: str) -> None:
    """Issue 18: ``<a`` repeated took 16 s of CPU for 128 KiB and minutes for 2 MB."""
    result = check(base + path)
    assert result.verdict is Verdict.MISSING, result.detail  # not "timeout": within FAST's 5 s
    assert result.elapsed < 5


def test_reading_the_page_is_within_the_deadline(
    base: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The deadline covers connect, read and parse: a page read too slowly ends as a timeout."""
    real = html_tokens.tokens

    def slow(*args: Any) -> Iterator[Any]:
        for token in real(*args):
            time.sleep(0.05)  # 100 links: 10 s
            yield token

    monkeypatch.setattr("nspdesk.web.links.tokens", slow)  # as the reader imported it
    monkeypatch.setattr(html_tokens, "_STEPS_PER_LOOK", 1)
    start = time.monotonic()
    result = check(f"{base}/many-links", SHORT)
    assert time.monotonic() - start < 2
    assert (result.verdict, result.reason, result.status) == (
        Verdict.UNREACHABLE, Failure.TIMEOUT, 200
    )  # fmt: skip
    assert result.final_url == f"{base}/many-links"
    assert result.message == (
        "nicht erreichbar: keine Antwort in der vorgegebenen Zeit (Gesamtzeit von 1 s überschritten)"
    )
    cancel = threading.Event()
    timer = threading.Timer(0.3, cancel.set)
    timer.start()
    try:
        assert check_backlinks([f"{base}/many-links"], FAST, cancel=cancel) == [None]
    finally:
        timer.cancel()
    assert time.monotonic() - start < 4


# --- redirects ----------------------------------------------------------------------------------


def test_relative_redirect_chain(base: str, site: Site) -> None:
    page = fetch_page(f"{base}/redirect/start", FAST)
    assert page.redirects == (
        f"{base}/redirect/step2",
        f"{base}/chain/three?x=1",
        f"{base}/final#oben",
    )
    assert page.final_url == f"{base}/final#oben"
    assert [path for path, _ in site.requests] == [
        "/redirect/start", "/redirect/step2", "/chain/three?x=1", "/final"
    ]  # fmt: skip
    result = check(f"{base}/redirect/start")
    assert (result.verdict, result.status, result.final_url) == (
        Verdict.FOLLOW, 200, f"{base}/final#oben"
    )  # fmt: skip


def test_redirect_loop(base: str) -> None:
    result = check(f"{base}/loop/a")
    assert result.verdict is Verdict.UNREACHABLE
    assert result.reason is Failure.REDIRECT_LOOP
    assert result.backlink is Backlink.UNKNOWN
    assert result.message.startswith("nicht erreichbar: Weiterleitungsschleife")


def test_five_redirects_are_followed_six_are_too_many(base: str) -> None:
    result = check(f"{base}/hops/5")
    assert result.verdict is Verdict.FOLLOW
    assert result.final_url == f"{base}/hops/0"
    too_many = check(f"{base}/hops/6")
    assert too_many.verdict is Verdict.UNREACHABLE
    assert too_many.reason is Failure.TOO_MANY_REDIRECTS
    assert too_many.status == 302


def test_redirect_to_another_scheme(base: str) -> None:
    result = check(f"{base}/to-ftp")
    assert (result.verdict, result.reason) == (Verdict.UNREACHABLE, Failure.BAD_REDIRECT)


def test_no_cookies_are_kept_and_the_user_agent_names_nspdesk(base: str, site: Site) -> None:
    assert check(f"{base}/cookie").verdict is Verdict.FOLLOW
    assert [path for path, _ in site.requests] == ["/cookie", "/follow"]
    for _, headers in site.requests:
        assert "Cookie" not in headers
        agent = headers["User-Agent"].encode("latin-1").decode("latin-1")
        assert agent == f"nspdesk/{__version__} (backlink check; +https://www.nospamproxy.de)"


# --- unreachable --------------------------------------------------------------------------------


@pytest.mark.parametrize("code", [404, 500])
def test_http_error_status(base: str, code: int) -> None:
    result = check(f"{base}/status/{code}")
    assert result.verdict is Verdict.UNREACHABLE
    assert result.reason is Failure.HTTP_STATUS
    assert result.status == code
    assert result.links == ()  # the error page's link does not count
    assert str(code) in result.message


def test_slow_server_hits_the_timeout(base: str) -> None:
    start = time.monotonic()
    result = check(f"{base}/slow", SHORT)
    assert (result.verdict, result.reason) == (Verdict.UNREACHABLE, Failure.TIMEOUT)
    assert time.monotonic() - start < 2


def test_a_dripping_server_hits_the_total_deadline(base: str) -> None:
    start = time.monotonic()
    result = check(f"{base}/drip", SHORT)  # a byte every 0.1 s: no read ever times out
    assert (result.verdict, result.reason) == (Verdict.UNREACHABLE, Failure.TIMEOUT)
    assert time.monotonic() - start < 2


def test_a_50_mb_body_hits_the_cap(base: str, site: Site) -> None:
    start = time.monotonic()
    result = check(f"{base}/huge")
    assert (result.verdict, result.reason) == (Verdict.UNREACHABLE, Failure.TOO_LARGE)
    assert result.status == 200
    assert time.monotonic() - start < 3
    assert site.done("/huge").wait(5)
    assert site.sent["/huge"] < FIFTY_MB // 4  # the client stopped reading near 2 MB


def test_a_declared_50_mb_body_is_refused_unread(base: str) -> None:
    result = check(f"{base}/huge-declared")
    assert (result.verdict, result.reason) == (Verdict.UNREACHABLE, Failure.TOO_LARGE)
    assert "Content-Length" in result.detail


def test_a_compressed_body_is_capped_unpacked(base: str) -> None:
    result = check(f"{base}/gzip-bomb")
    assert (result.verdict, result.reason) == (Verdict.UNREACHABLE, Failure.TOO_LARGE)


@pytest.mark.parametrize(
    ("path", "kind"), [("/json", "application/json"), ("/pdf", "application/pdf")]
)
def test_non_html_content_type(base: str, path: str, kind: str) -> None:
    result = check(base + path)
    assert (result.verdict, result.reason) == (Verdict.UNREACHABLE, Failure.NOT_HTML)
    assert result.detail == kind


def test_broken_compression(base: str) -> None:
    result = check(f"{base}/gzip-broken")
    assert (result.verdict, result.reason) == (Verdict.UNREACHABLE, Failure.CONNECTION)


def test_server_hangs_up(base: str) -> None:
    result = check(f"{base}/hangup")
    assert (result.verdict, result.reason) == (Verdict.UNREACHABLE, Failure.CONNECTION)


def test_connection_refused() -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    result = check(f"http://127.0.0.1:{port}/")
    assert (result.verdict, result.reason) == (Verdict.UNREACHABLE, Failure.CONNECTION)
    assert result.message.startswith("nicht erreichbar: Verbindung fehlgeschlagen")


def test_dns_failure_never_asks_dns(base: str, monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[str] = []
    real = socket.getaddrinfo

    def recording(host: str, *args: Any, **kwargs: Any) -> Any:
        asked.append(host)
        return real(host, *args, **kwargs)

    monkeypatch.setattr(socket, "getaddrinfo", recording)
    result = check("https://partner.nspdesk-test.invalid/partner")
    assert (result.verdict, result.reason) == (Verdict.UNREACHABLE, Failure.DNS)
    assert result.backlink is Backlink.UNKNOWN
    assert result.message.startswith("nicht erreichbar: Adresse nicht gefunden (DNS)")
    redirected = check(f"{base}/to-invalid")
    assert redirected.reason is Failure.DNS
    assert redirected.final_url == "http://partner.nspdesk-test.invalid/partner"
    assert not any(host.endswith(".invalid") for host in asked)


def test_localhost_by_name(base: str) -> None:
    port = base.rsplit(":", 1)[1]
    assert check(f"http://localhost:{port}/follow").verdict is Verdict.FOLLOW


def _self_signed(tmp_path: Path) -> tuple[Path, Path]:
    openssl = shutil.which("openssl")
    if openssl is None:
        pytest.skip("openssl fehlt: kein selbstsigniertes Zertifikat für den TLS-Test")
    cert, key = tmp_path / "cert.pem", tmp_path / "key.pem"
    subprocess.run(
        [
            openssl, "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1",
            "-nodes", "-keyout", str(key), "-out", str(cert), "-days", "1",
            "-subj", "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1",
        ],
        check=True,
        capture_output=True,
    )  # fmt: skip
    return cert, key


def test_self_signed_certificate_is_a_tls_failure(tmp_path: Path, site: Site) -> None:
    cert, key = _self_signed(tmp_path)
    server_context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    server_context.load_cert_chain(cert, key)
    for base in serve(site, server_context):
        result = check(f"{base}/follow")
        assert (result.verdict, result.reason) == (Verdict.UNREACHABLE, Failure.TLS)
        assert "self" in result.detail.lower() or "certificate" in result.detail.lower()
        # the same server is fine for a client that trusts the certificate: TLS itself works
        trusting = ssl.create_default_context(cafile=str(cert))
        trusted = check_backlink(f"{base}/follow", FAST, context=trusting)
        assert trusted.verdict is Verdict.FOLLOW


def test_bad_urls_are_refused_before_any_fetch() -> None:
    for text in ("ftp://x", "not a url", "", "file:///etc/passwd"):
        with pytest.raises(BadUrlError):
            check_backlink(text)


# --- batch --------------------------------------------------------------------------------------


def test_batch_keeps_input_order_reports_progress_and_bounds_concurrency(
    base: str, site: Site
) -> None:
    urls = [f"{base}/delay/0.3", f"{base}/follow", f"{base}/status/404", f"{base}/delay/0.2"]
    urls += [f"{base}/delay/0.1"] * 3
    calls: list[tuple[int, int, str]] = []
    results = check_backlinks(
        urls, FAST, workers=2, progress=lambda done, total, r: calls.append((done, total, r.url))
    )
    assert [r.url if r else None for r in results] == urls
    assert [r.verdict if r else None for r in results] == [
        Verdict.FOLLOW, Verdict.FOLLOW, Verdict.UNREACHABLE, *[Verdict.FOLLOW] * 4
    ]  # fmt: skip
    assert [c[0] for c in calls] == list(range(1, len(urls) + 1))
    assert {c[1] for c in calls} == {len(urls)}
    assert sorted(c[2] for c in calls) == sorted(urls)
    assert calls[0][2] != urls[0]  # the slow first address finished later
    assert 1 <= site.max_in_flight <= 2  # the bound holds; concurrency shows in the order above


def test_batch_cancel(base: str) -> None:
    cancel = threading.Event()
    urls = [f"{base}/follow"] + [f"{base}/slow"] * 5
    seen: list[str] = []

    def progress(done: int, total: int, result: BacklinkResult) -> None:
        seen.append(result.url)
        cancel.set()  # cancel as soon as the first check is done

    start = time.monotonic()
    results = check_backlinks(urls, FAST, workers=1, progress=progress, cancel=cancel)
    assert time.monotonic() - start < 2  # the running /slow check was aborted, not waited for
    assert results[0] is not None
    assert results[0].verdict is Verdict.FOLLOW
    assert results[1:] == [None] * 5  # not checked: no verdict, certainly not "unreachable"
    assert seen == [urls[0]]


def test_batch_cancel_from_another_thread(base: str) -> None:
    cancel = threading.Event()
    timer = threading.Timer(0.3, cancel.set)
    timer.start()
    start = time.monotonic()
    try:
        results = check_backlinks([f"{base}/slow"] * 4, FAST, workers=4, cancel=cancel)
    finally:
        timer.cancel()
        timer.join()
    assert results == [None] * 4
    assert time.monotonic() - start < 1.5


def test_batch_refuses_bad_urls_before_fetching(base: str, site: Site) -> None:
    with pytest.raises(BadUrlError, match="ftp"):
        check_backlinks([f"{base}/follow", "ftp://x"])
    assert site.requests == []


# --- the command --------------------------------------------------------------------------------


def nspdesk(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "nspdesk", "backlink", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=30,
        check=False,
    )


def test_cli_json(base: str) -> None:
    done = nspdesk(
        f"{base}/follow", f"{base}/status/404", f"{base}/robots", "--json", "--timeout", "2"
    )
    assert done.returncode == 0, done.stderr
    document = json.loads(done.stdout)
    assert isinstance(document, list)
    assert [item["verdict"] for item in document] == ["follow", "unreachable", "nofollow"]
    first, failed, robots = document
    assert {
        "url", "final_url", "status", "verdict", "reason", "message", "links", "checked_at"
    } <= set(first)  # fmt: skip
    assert first["url"] == f"{base}/follow"
    assert first["final_url"] == f"{base}/follow"
    assert first["status"] == 200
    assert first["reason"] is None
    assert first["links"] == [
        {
            "href": "https://www.nospamproxy.de/",
            "raw_href": "https://www.nospamproxy.de/",
            "rel": "",
            "text": "NoSpamProxy",
            "followed": True,
        }
    ]
    assert first["checked_at"].endswith("+00:00")
    assert (failed["reason"], failed["status"]) == ("http-status", 404)
    assert "nicht erreichbar" in failed["message"]
    assert robots["links"][0]["followed"] is False


def test_cli_readable_lines(base: str) -> None:
    done = nspdesk(f"{base}/follow", f"{base}/lookalike", "--timeout", "2")
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert len(lines) == 2
    assert lines[0].startswith(f"{base}/follow: follow – Follow-Link")
    assert "HTTP 200" in lines[0]
    assert lines[1].startswith(f"{base}/lookalike: missing – kein Link")


@pytest.mark.parametrize(
    ("args", "problem"),
    [
        (["ftp://x"], "nicht ftp://"),
        (["not a url"], "Leer- oder Steuerzeichen"),
        ([""], "leere Adresse"),
        (["http://127.0.0.1:1/", "partner.example"], "keine Adresse"),
        (["http://127.0.0.1:1/", "--timeout", "0"], "--timeout"),
        (["http://127.0.0.1:1/", "--timeout", "abc"], "--timeout"),
        ([], "URL"),
    ],
)
def test_cli_bad_arguments(args: list[str], problem: str) -> None:
    done = nspdesk(*args)
    assert done.returncode == 2
    assert done.stdout == ""
    assert "Traceback" not in done.stderr
    assert problem in done.stderr.strip().splitlines()[-1]
