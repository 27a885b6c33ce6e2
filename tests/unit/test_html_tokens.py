"""The linear HTML tokenizer of the backlink check: it reads constructs as a browser does (WHATWG)."""

from __future__ import annotations

import pytest

from nspdesk.web.html_tokens import EndTag, StartTag, Text, Token, text, tokens

TAGS = frozenset({"a", "b", "base", "meta", "script", "textarea", "noscript", "plaintext"})
ATTRIBUTES = frozenset({"href", "rel", "name", "content"})


def read(html: str) -> list[object]:
    """The tokens as plain values: ("a", {...}), ("/a",), or the text."""
    out: list[object] = []
    for token in tokens(html, TAGS, ATTRIBUTES):
        out.append(_plain(html, token))
    return out


def _plain(html: str, token: Token) -> object:
    if isinstance(token, StartTag):
        return (token.name, token.attributes)
    if isinstance(token, EndTag):
        return ("/" + token.name,)
    return html[token.start : token.end]


def test_tags_text_and_attributes() -> None:
    html = '<p>Partner <A HREF="https://x.example/?a=1&amp;b=2" Rel=NoFollow>NSP</a></p>'
    assert read(html) == [
        "Partner ",
        ("a", {"href": "https://x.example/?a=1&b=2", "rel": "NoFollow"}),
        "NSP",
        ("/a",),
    ]  # <p> is not asked for; attribute names lowercased, values decoded, case kept


@pytest.mark.parametrize(
    ("html", "attributes"),
    [
        ("<a href=x rel='nofollow'>", {"href": "x", "rel": "nofollow"}),
        ('<a href = "x" >', {"href": "x"}),
        ('<a href="x"rel="y">', {"href": "x", "rel": "y"}),  # no blank needed after a quote
        ('<a href="first" href="second">', {"href": "first"}),  # the first of duplicates wins
        ("<a href>", {"href": ""}),
        ("<a href=>", {"href": ""}),
        ('<a/href="x"/>', {"href": "x"}),  # "/" separates and closes nothing
        ('<a title="a>b" href=x>', {"href": "x"}),  # ">" inside quotes does not end the tag
        ("<a =x href=y>", {"href": "y"}),  # "=" may start a name
        ("<a href=x\trel=y\r\nname=z>", {"href": "x", "rel": "y", "name": "z"}),
    ],
)
def test_attribute_forms(html: str, attributes: dict[str, str]) -> None:
    assert read(html) == [("a", attributes)]


def test_a_tag_cut_off_by_the_end_of_the_page_is_dropped() -> None:
    assert read("x<a href=y") == ["x"]
    assert read('x<a href="y>z</a>') == ["x"]  # the quote never closes: runs to the end
    assert read("x<a href='y") == ["x"]


@pytest.mark.parametrize(
    "comment",
    [
        "<!-- <a href=x> -->",
        "<!---->",
        "<!-->",
        "<!--->",
        "<!-- x --!>",
        "<!DOCTYPE html>",
        "<![CDATA[ <a href=x ]]>",
        "<?xml version='1.0'?>",
        "</1 <a href=x>",
        "</>",
    ],
)
def test_comments_and_bogus_comments_are_skipped(comment: str) -> None:
    assert read(f"{comment}<b>") == [("b", {})]


def test_a_comment_that_never_ends_hides_the_rest() -> None:
    assert read("x<!-- <a href=y>z</a>") == ["x"]
    assert read("x<!--!><b>") == ["x"]  # the "--" of "<!--" does not close it again
    assert read("x<!----!><b>") == ["x", ("b", {})]
    assert read("x<!doctype <a href=y>z") == ["x", "z"]  # a bogus comment ends at the first ">"


def test_a_lone_less_than_sign_is_text() -> None:
    assert read("1 < 2 <3 <=4 </") == ["1 < 2 <3 <=4 </"]


@pytest.mark.parametrize("name", ["script", "textarea", "noscript"])
def test_raw_text_runs_to_its_own_end_tag(name: str) -> None:
    html = f"<{name}>if (a<b) '<a href=x>' </{name}x></{name.upper()} >after"
    assert read(html) == [
        (name, {}),
        f"if (a<b) '<a href=x>' </{name}x>",
        ("/" + name,),
        "after",
    ]


def test_raw_text_without_an_end_tag_runs_to_the_end() -> None:
    assert read("<script><a href=x>") == [("script", {}), "<a href=x>"]
    assert read("<style><a href=x></styl>") == ["<a href=x></styl>"]  # style: not asked for


def test_plaintext_makes_the_rest_text() -> None:
    assert read("<plaintext><a href=x></plaintext>") == [
        ("plaintext", {}),
        "<a href=x></plaintext>",
    ]


def test_text_is_bounded_and_decoded() -> None:
    html = "   \n  Gr&uuml;&szlig;e" + "x" * 1000
    token = Text(0, len(html))
    # leading blanks become one space, then at most 18 characters of the page, decoded
    assert text(html, token, 18) == " Grüßexx"
    assert text(html, Text(0, 3), 10) == " "
    assert text(html, Text(3, 3), 10) == ""
