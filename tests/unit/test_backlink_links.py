"""Finding links to www.nospamproxy.de in HTML, without a network: hosts, rel, robots, hiding places."""

from __future__ import annotations

import ast
import threading
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from nspdesk.domain.compliance import Backlink
from nspdesk.web.backlink import BacklinkResult, Verdict, effective_backlink, verdict_of
from nspdesk.web.backlink_json import result_from_json, result_to_json
from nspdesk.web.charset import decode_html
from nspdesk.web.deadline import Deadline, DeadlineExceededError
from nspdesk.web.errors import Failure, FetchCancelledError
from nspdesk.web.links import (
    Link,
    find_backlinks,
    is_target_url,
    robots_header_nofollow,
    robots_nofollow,
)
from nspdesk.web.urls import BadUrlError, check_url, request_target

NETWORK_MODULES = {
    "http.client",
    "http.server",
    "http.cookiejar",
    "urllib.request",
    "socket",
    "ssl",
    "html.parser",
    "nspdesk.web",
}

PAGE = "https://partner.example/ueber-uns/partner.html"
LINK = '<a href="https://www.nospamproxy.de/">NoSpamProxy</a>'
PACKAGE = Path(__file__).resolve().parents[2] / "nspdesk"


def imported_modules(path: Path) -> set[str]:
    """Every module ``path`` imports, inside functions too (the contracts in pyproject.toml cannot
    forbid ``http.client`` while allowing ``urllib.parse``: they see the standard library whole)."""
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def violates(module: str, forbidden: set[str]) -> bool:
    return any(module == f or module.startswith(f + ".") for f in forbidden)


def test_the_domain_imports_no_network_or_html_code() -> None:
    """The backlink verdict reaches the domain as data; HTTP and HTML stay in nspdesk.web."""
    offenders = [
        f"{path.relative_to(PACKAGE.parent)} imports {module}"
        for path in sorted((PACKAGE / "domain").rglob("*.py"))
        for module in imported_modules(path)
        if violates(module, NETWORK_MODULES)
    ]
    assert offenders == []


def verdict(html: str, url: str = PAGE, headers: tuple[str, ...] = ()) -> Verdict:
    return verdict_of(find_backlinks(html, url, headers).links)


@pytest.mark.parametrize(
    "url",
    [
        "https://www.nospamproxy.de/",
        "http://www.nospamproxy.de",
        "https://nospamproxy.de/de/partner?x=1#top",
        "HTTPS://WWW.NoSpamProxy.DE/",
        "https://www.nospamproxy.de./",
        "https://www.nospamproxy.de:443/produkte",
        "https://www%2Enospamproxy.de/",
    ],
)
def test_target_hosts(url: str) -> None:
    assert is_target_url(url)


@pytest.mark.parametrize(
    "url",
    [
        "https://nospamproxy.de.evil.example/",
        "https://www.nospamproxy.de.evil.example/",
        "https://notnospamproxy.de/",
        "https://www.notnospamproxy.de/",
        "https://www.nospamproxy.de@evil.example/",
        "https://evil.example/?u=https://www.nospamproxy.de/",
        "https://evil.example/www.nospamproxy.de",
        "https://shop.nospamproxy.de/",
        "https://www.nospamproxy.com/",
        "ftp://www.nospamproxy.de/",
        "javascript:location='https://www.nospamproxy.de/'",
        "mailto:info@nospamproxy.de",
        "https://[::1/",
    ],
)
def test_look_alikes_and_other_schemes_never_count(url: str) -> None:
    assert not is_target_url(url)


def test_follow_link_with_text_and_rel() -> None:
    found = find_backlinks(
        '<p>Wir sind <a href="https://www.nospamproxy.de/" rel="noopener">'
        "NoSpamProxy\n  Partner</a></p>",
        PAGE,
    )
    assert found.links == (
        Link(
            href="https://www.nospamproxy.de/",
            raw_href="https://www.nospamproxy.de/",
            rel="noopener",
            text="NoSpamProxy Partner",
            followed=True,
        ),
    )
    assert verdict_of(found.links) is Verdict.FOLLOW
    assert found.total_links == 1


@pytest.mark.parametrize(
    "rel", ["nofollow", "sponsored noopener", "UGC", "noopener  nofollow\tnoreferrer"]
)
def test_rel_that_stops_following(rel: str) -> None:
    assert verdict(f'<a href="https://www.nospamproxy.de/" rel="{rel}">x</a>') is Verdict.NOFOLLOW


def test_rel_that_does_not_stop_following() -> None:
    html = '<a href="https://www.nospamproxy.de/" rel="noopener noreferrer external">x</a>'
    assert verdict(html) is Verdict.FOLLOW


def test_one_followed_link_is_enough() -> None:
    html = (
        '<a href="https://www.nospamproxy.de/" rel="nofollow">a</a>'
        '<a href="https://nospamproxy.de/partner">b</a>'
    )
    found = find_backlinks(html, PAGE)
    assert [link.followed for link in found.links] == [False, True]
    assert verdict_of(found.links) is Verdict.FOLLOW


def test_no_link_is_missing() -> None:
    assert verdict("<p>NoSpamProxy ist super: www.nospamproxy.de</p>") is Verdict.MISSING
    assert verdict("") is Verdict.MISSING


def test_relative_links_resolve_against_the_page_url() -> None:
    assert verdict('<a href="/x">x</a>', "https://www.nospamproxy.de/a/b") is Verdict.FOLLOW
    assert verdict('<a href="//www.nospamproxy.de/partner">x</a>') is Verdict.FOLLOW
    assert verdict('<a href="/nospamproxy.de">x</a>') is Verdict.MISSING


def test_base_href_decides_relative_links_first_base_wins() -> None:
    html = (
        '<head><base href="https://www.nospamproxy.de/de/"><base href="https://evil.example/">'
        '</head><a href="partner">Partner</a>'
    )
    found = find_backlinks(html, PAGE)
    assert [link.href for link in found.links] == ["https://www.nospamproxy.de/de/partner"]


def test_base_href_with_another_scheme_is_ignored() -> None:
    html = '<base href="javascript:alert(1)//"><a href="//www.nospamproxy.de/">x</a>'
    assert verdict(html) is Verdict.FOLLOW


def test_browser_clean_up_of_hrefs() -> None:
    assert verdict('<a href="  https://www.nospam\nproxy.de/  ">x</a>') is Verdict.FOLLOW
    assert verdict('<a href="https:\\\\www.nospamproxy.de\\partner">x</a>') is Verdict.FOLLOW
    assert verdict('<a href="https://www.nospamproxy.de\\@evil.example/">x</a>') is Verdict.FOLLOW
    assert verdict('<a href="https://www&#46;nospamproxy&#46;de/">x</a>') is Verdict.FOLLOW


def test_look_alike_links_in_a_page_are_missing() -> None:
    html = (
        '<a href="https://nospamproxy.de.evil.example/">a</a>'
        '<a href="https://notnospamproxy.de/">b</a>'
        '<a href="https://www.nospamproxy.de@evil.example/">c</a>'
    )
    found = find_backlinks(html, PAGE)
    assert found.links == ()
    assert found.total_links == 3


@pytest.mark.parametrize(
    "html",
    [
        '<!-- <a href="https://www.nospamproxy.de/">x</a> -->',
        "<script>document.write('<a href=\"https://www.nospamproxy.de/\">x</a>')</script>",
        '<style>a[href="https://www.nospamproxy.de/"]{}</style>',
        '<template><a href="https://www.nospamproxy.de/">x</a></template>',
        '<noscript><a href="https://www.nospamproxy.de/">x</a></noscript>',
        '<textarea><a href="https://www.nospamproxy.de/">x</a></textarea>',
        '<iframe><a href="https://www.nospamproxy.de/">x</a></iframe>',
        '<!--[if IE]><a href="https://www.nospamproxy.de/">x</a><![endif]-->',
        '<a name="https://www.nospamproxy.de/">no href</a>',
        '<link rel="canonical" href="https://www.nospamproxy.de/">',
    ],
)
def test_links_nobody_sees_do_not_count(html: str) -> None:
    assert verdict(html) is Verdict.MISSING, html


def test_a_link_after_a_hidden_block_counts() -> None:
    html = (
        '<template><a href="https://evil.example/">x</a></template>'
        "<noscript>Bitte JavaScript</noscript><!-- <a href='x'> -->"
        '<a href="https://www.nospamproxy.de/">echt</a>'
    )
    assert verdict(html) is Verdict.FOLLOW


@pytest.mark.parametrize(
    "meta",
    [
        '<meta name="robots" content="noindex, nofollow">',
        '<meta name="ROBOTS" content="NOFOLLOW">',
        '<meta name="robots" content="none">',
        '<meta name="googlebot" content="index,nofollow">',
    ],
)
def test_robots_meta_makes_every_link_not_followed(meta: str) -> None:
    found = find_backlinks(
        f'<html><head>{meta}</head><body><a href="https://www.nospamproxy.de/">x</a>', PAGE
    )
    assert found.robots_nofollow
    assert verdict_of(found.links) is Verdict.NOFOLLOW


def test_robots_meta_without_nofollow_keeps_links_followed() -> None:
    html = (
        '<meta name="robots" content="noindex, follow"><meta name="description" content="none">'
        '<a href="https://www.nospamproxy.de/">x</a>'
    )
    assert verdict(html) is Verdict.FOLLOW


def test_x_robots_tag_header() -> None:
    html = '<a href="https://www.nospamproxy.de/">x</a>'
    assert verdict(html, headers=("noindex, nofollow",)) is Verdict.NOFOLLOW
    assert verdict(html, headers=("googlebot: nofollow",)) is Verdict.NOFOLLOW
    assert verdict(html, headers=("otherbot: nofollow",)) is Verdict.FOLLOW
    assert verdict(html, headers=("max-snippet:-1",)) is Verdict.FOLLOW


@pytest.mark.parametrize(
    ("content", "expected"),
    [("nofollow", True), ("noindex,none", True), ("follow", False), ("nofollowing", False)],
)
def test_robots_directives(content: str, expected: bool) -> None:
    assert robots_nofollow(content) is expected
    assert robots_header_nofollow(content) is expected


def test_malformed_html_is_tolerated() -> None:
    html = (
        "<html><body><div><p>Partner<table><tr><td>"
        "<a href=https://www.nospamproxy.de/partner class=x>NoSpamProxy<b>fett</a></i></div>"
        '<a href="https://nospamproxy.de/" rel=nofollow<p>kaputt'
    )
    found = find_backlinks(html, PAGE)
    assert found.links[0].href == "https://www.nospamproxy.de/partner"
    assert verdict_of(found.links) is Verdict.FOLLOW


def test_marked_sections_do_not_break_the_parser() -> None:
    html = '<![bogus <p>x</p> <a href="https://www.nospamproxy.de/">ja</a>'
    assert verdict(html) is Verdict.FOLLOW  # the bogus comment ends at the first ">"
    # a "downlevel-revealed" conditional comment: every browser but old IE shows the link
    assert verdict('<![if !IE]><a href="https://www.nospamproxy.de/">x</a><![endif]>') is (
        Verdict.FOLLOW
    )
    # in HTML, CDATA is a bogus comment up to the first ">" too
    assert verdict('<![CDATA[ x ]]><a href="https://www.nospamproxy.de/">x</a>') is Verdict.FOLLOW


def test_self_closing_a_still_opens_a_link() -> None:
    assert verdict('<a href="https://www.nospamproxy.de/"/>NoSpamProxy') is Verdict.FOLLOW


def test_duplicate_attributes_first_wins() -> None:
    html = (
        '<a href="https://www.nospamproxy.de/" href="https://evil.example/" rel="x" rel="nofollow">'
    )
    assert verdict(html) is Verdict.FOLLOW


def test_malformed_constructs_read_as_a_browser_reads_them() -> None:
    link = '<a href="https://www.nospamproxy.de/">x</a>'
    assert verdict(f"<!-- nie geschlossen {link}") is Verdict.MISSING  # a comment to the end
    assert verdict(f'<div title="nie geschlossen>{link}') is Verdict.MISSING  # a quote to the end
    assert verdict(f"<plaintext>{link}") is Verdict.MISSING  # the rest of the page is text
    assert verdict(f"<noscript>{link}") is Verdict.MISSING
    assert verdict(f"<script>if (a <b) {{}}</script >{link}") is Verdict.FOLLOW
    assert verdict(f"<title>Partner</TITLE>{link}") is Verdict.FOLLOW
    assert verdict(f"1 < 2 <= 3 {link}") is Verdict.FOLLOW
    # in a browser every "<…" before the "href" here is an attribute name of the <a>
    assert verdict("<a <!--<base href=//www.nospamproxy.de>x</a>") is Verdict.FOLLOW


def test_a_robots_meta_in_noscript_does_not_count() -> None:
    html = '<noscript><meta name="robots" content="nofollow"></noscript>' + LINK
    assert verdict(html) is Verdict.FOLLOW


def test_a_link_text_after_a_million_blanks_is_kept() -> None:
    found = find_backlinks(f'<a href="https://www.nospamproxy.de/">{" " * 10**6}Partner</a>', PAGE)
    assert found.links[0].text == "Partner"


def test_each_address_is_resolved_once_and_relative_ones_need_a_target_base() -> None:
    html = '<a href="partner">a</a><a href="partner">b</a><a href="/de/">c</a>'
    assert verdict(html) is Verdict.MISSING
    found = find_backlinks(html, "https://www.nospamproxy.de/x/")
    assert [(link.href, link.text) for link in found.links] == [
        ("https://www.nospamproxy.de/x/partner", "a"),
        ("https://www.nospamproxy.de/x/partner", "b"),
        ("https://www.nospamproxy.de/de/", "c"),
    ]
    late_base = html + '<base href="https://nospamproxy.de/">'  # the first base counts anywhere
    assert [link.href for link in find_backlinks(late_base, PAGE).links] == [
        "https://nospamproxy.de/partner", "https://nospamproxy.de/partner", "https://nospamproxy.de/de/"
    ]  # fmt: skip
    assert verdict('<a href="https:partner">x</a>', "https://nospamproxy.de/") is Verdict.FOLLOW


def test_reading_stops_at_the_deadline() -> None:
    html = LINK * 5000
    with pytest.raises(DeadlineExceededError, match="Gesamtzeit von 0 s"):
        find_backlinks(html, PAGE, deadline=Deadline(0))
    cancel = threading.Event()
    cancel.set()
    with pytest.raises(FetchCancelledError):
        find_backlinks(html, PAGE, deadline=Deadline(30, cancel))
    assert len(find_backlinks(html, PAGE, deadline=Deadline(30)).links) == 5000


def test_the_deadline_is_looked_at_while_reading(monkeypatch: pytest.MonkeyPatch) -> None:
    looks: list[float] = []
    deadline = Deadline(30)
    monkeypatch.setattr(deadline, "check", lambda: looks.append(deadline.left()))
    find_backlinks("<b>" * 10_000, PAGE, deadline=deadline)
    assert len(looks) >= 10  # every 1024 pieces of markup and at the end, not only once
    looks.clear()
    find_backlinks("".join(f'<a href="/{n}">' for n in range(5000)), PAGE, deadline=deadline)
    assert len(looks) >= 10  # and while resolving the addresses


PIECES = [*"<>!-[]/ =\"'", "<a ", "href=", "//www.nospamproxy.de", "<![", "<!--", "-->", "rel="]


@given(st.lists(st.sampled_from(PIECES)).map("".join))
def test_any_tag_soup_parses_without_an_exception(text: str) -> None:
    find_backlinks(text, PAGE)


@given(st.text())
def test_any_unicode_parses_without_an_exception(text: str) -> None:
    find_backlinks(text, PAGE)


def test_charset_order_bom_header_meta_fallback() -> None:
    latin = "<p>Größe</p>".encode("latin-1")
    assert decode_html(latin, "iso-8859-1") == ("<p>Größe</p>", "cp1252")
    assert decode_html(b'<meta charset="windows-1252">' + latin, None)[0].endswith("Größe</p>")
    meta = b'<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-15">'
    assert decode_html(meta + "€".encode("iso-8859-15"), None)[0].endswith("€")
    assert decode_html(b"\xef\xbb\xbf" + "Grüße".encode(), "iso-8859-1") == ("Grüße", "utf-8")
    assert decode_html("Grüße".encode(), None) == ("Grüße", "utf-8")
    assert decode_html(latin, None) == ("<p>Größe</p>", "windows-1252")
    assert decode_html(latin, "no-such-charset")[1] == "windows-1252"
    assert decode_html(b"abc", "base64") == ("abc", "utf-8")  # not a text encoding


@pytest.mark.parametrize("label", ["utf-16", "UTF-16LE", "utf-16be", "utf-32", "cp037"])
def test_a_declared_charset_under_which_the_page_has_no_markup_is_passed_over(label: str) -> None:
    """A server saying utf-16 for a UTF-8 page: a browser still shows the page; so do we."""
    page = '<p>Grüße</p><a href="https://www.nospamproxy.de/">Partner für Sicherheit</a>'
    text, encoding = decode_html(page.encode(), label)
    assert (text, encoding) == (page, "utf-8")
    assert verdict(text) is Verdict.FOLLOW


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_real_utf16_is_read_in_the_byte_order_its_nul_bytes_show(codec: str) -> None:
    page = '<p>Grüße</p><a href="https://www.nospamproxy.de/">Partner</a>'
    for label in ("utf-16", "utf-16le", "utf-16be"):
        assert decode_html(page.encode(codec), label) == (page, codec)


def test_a_meta_naming_utf16_means_utf8_and_odd_codecs_never_raise() -> None:
    page = '<meta charset="utf-16"><p>Grüße</p>'
    assert decode_html(page.encode(), None) == (page, "utf-8")
    for label in ("undefined", "idna", "rot13", "x-no-such"):  # Python codecs that cannot decode
        assert decode_html("<p>Grüße</p>".encode(), label) == ("<p>Grüße</p>", "utf-8")


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("", "leere Adresse"),
        ("   ", "leere Adresse"),
        ("not a url", "Leer- oder Steuerzeichen"),
        ("partner.example", "keine Adresse"),
        ("ftp://x", "nicht ftp://"),
        ("file:///etc/passwd", "nicht file://"),
        ("javascript:alert(1)", "keine Adresse"),
        ("https://", "kein Rechnername"),
        ("http://x:99999/", "ungültiger Port"),
        ("http://x:abc/", "ungültiger Port"),
    ],
)
def test_bad_urls_name_the_problem(text: str, problem: str) -> None:
    with pytest.raises(BadUrlError, match=problem):
        check_url(text)


def test_good_urls_pass_and_go_out_as_ascii() -> None:
    assert check_url(" https://Partner.example/Über-uns ") == "https://Partner.example/Über-uns"
    assert check_url("http://müller-it.de/") == "http://müller-it.de/"
    assert request_target("https://x.example/Über uns?a=ä#frag") == "/%C3%9Cber%20uns?a=%C3%A4"
    assert request_target("https://x.example") == "/"


def _result(verdict: Verdict, day: int, reason: Failure | None = None) -> BacklinkResult:
    return BacklinkResult(
        url="https://partner.example/",
        verdict=verdict,
        checked_at=datetime(2026, 5, day, 10, 0, tzinfo=UTC),
        elapsed=0.25,
        reason=reason,
    )


def test_unreachable_feeds_unknown_and_the_last_reached_verdict_is_kept() -> None:
    down = _result(Verdict.UNREACHABLE, 3, Failure.DNS)
    assert down.backlink is Backlink.UNKNOWN
    assert effective_backlink([]) is Backlink.UNKNOWN
    assert effective_backlink([down]) is Backlink.UNKNOWN
    history = [_result(Verdict.MISSING, 1), _result(Verdict.FOLLOW, 2), down]
    assert effective_backlink(history) is Backlink.FOLLOW
    assert effective_backlink(reversed(history)) is Backlink.FOLLOW
    for value in (Verdict.FOLLOW, Verdict.NOFOLLOW, Verdict.MISSING):
        assert _result(value, 1).backlink.value == value.value


def test_result_json_round_trip() -> None:
    link = Link("https://www.nospamproxy.de/", "/", "sponsored", "NoSpamProxy", False)
    result = BacklinkResult(
        url="https://partner.example/",
        verdict=Verdict.NOFOLLOW,
        checked_at=datetime(2026, 5, 2, 10, 0, 5, tzinfo=UTC),
        elapsed=0.5,
        final_url="https://www.partner.example/",
        status=200,
        links=(link,),
    )
    data = result_to_json(result)
    assert data["checked_at"] == "2026-05-02T10:00:05+00:00"
    assert data["message"] == (
        "Link auf www.nospamproxy.de gefunden, aber nicht gefolgt (rel=sponsored)"
    )
    assert result_from_json(data) == result
    local = data | {"checked_at": "2026-05-02T12:00:05+02:00"}
    assert result_from_json(local).checked_at == result.checked_at
    assert result_from_json(local).checked_at.utcoffset() == timedelta(0)
    with pytest.raises(ValueError, match="Zeitzone"):
        result_from_json(data | {"checked_at": "2026-05-02T10:00:05"})


def test_result_invariants() -> None:
    when = datetime(2026, 5, 2, tzinfo=UTC)
    with pytest.raises(ValueError, match="reason"):
        BacklinkResult("https://p.example/", Verdict.UNREACHABLE, when, 0.1)
    with pytest.raises(ValueError, match="reason"):
        BacklinkResult("https://p.example/", Verdict.MISSING, when, 0.1, reason=Failure.DNS)
    with pytest.raises(ValueError, match="Zeitzone"):
        BacklinkResult("https://p.example/", Verdict.MISSING, datetime(2026, 5, 2), 0.1)  # noqa: DTZ001


def test_a_huge_followed_address_gives_a_short_sentence() -> None:
    """A page may link nospamproxy.de with an address of megabytes; the stored sentence stays short."""
    href = "https://www.nospamproxy.de/" + "x" * 2_000_000
    link = Link(href=href, raw_href=href, rel="", text="NoSpamProxy", followed=True)
    result = BacklinkResult(
        "https://p.example/", Verdict.FOLLOW, datetime(2026, 12, 5, tzinfo=UTC), 0.1, links=(link,)
    )
    assert result.message.startswith("Follow-Link auf www.nospamproxy.de gefunden: https://www.")
    assert result.message.endswith("…")
    assert len(result.message) < 400
