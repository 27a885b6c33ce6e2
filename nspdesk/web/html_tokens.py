"""The tags and text of an HTML page, read once from left to right: time linear in the page's length.

``html.parser`` re-scans its buffer from the start of an unfinished construct each time it is fed and
tries again at every following ``<``, so pages of ``<a`` or ``<!--`` repeated take minutes within the
2 MB a check reads (issue 18). This tokenizer follows the WHATWG tokenizer instead, which never looks
back: an unclosed tag, quote or comment runs to the end of the page and is dropped there, as in a
browser. Every construct is matched by one regular expression that cannot backtrack (possessive
quantifiers, Python 3.11) or found with ``str.find``, so each character is looked at a bounded
number of times.

What it reads, as a browser does:

- start and end tags; names and attribute names lowercased (ASCII only); attribute values with
  character references decoded (``html.unescape``); ``/>`` closes nothing; a tag that is not
  closed before the end of the page is dropped;
- comments ``<!-- … -->`` (also ended by ``--!>``; ``<!-->`` and ``<!--->`` are empty), and bogus
  comments up to the next ``>``: ``<!DOCTYPE …>``, ``<![CDATA[…>``, ``<!…>``, ``<?…>``, ``</1…>``;
- the raw text of ``script``, ``style``, ``xmp``, ``iframe``, ``noembed``, ``noframes``,
  ``noscript`` (a browser with scripting on), ``textarea`` and ``title`` up to their end tag, and
  ``plaintext`` to the end of the page: no tags inside them;
- a ``<`` that starts nothing is text.

Simplified: no tree is built; ``<script>`` ends at the first ``</script`` (the spec's "double escaped"
``<!--<script>`` states are not followed); foreign content (SVG, MathML) is read as HTML.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Iterator
from dataclasses import dataclass
from html import unescape

RAW_TEXT = frozenset(
    {"script", "style", "xmp", "iframe", "noembed", "noframes", "noscript", "textarea", "title"}
)

_WS = "\\t\\n\\f\\r "


def _attribute(group: str) -> str:
    """One attribute: a name, then maybe ``=`` and a value; ``group`` "" captures them, "?:" not."""
    value = f"""(?:"({group}[^"]*+)(?:"|\\Z)|'({group}[^']*+)(?:'|\\Z)|({group}[^{_WS}>]*+))"""
    return f"({group}[^{_WS}/>][^{_WS}/>=]*+)(?:[{_WS}]*+=[{_WS}]*+{value})?+"


# The attributes of a tag, after its name, up to (not including) its ">" or the end of the page.
# Every alternative consumes at least one character and none can give any back, so a match costs
# time linear in its length; an unclosed quote runs to the end (\Z), where the tag is dropped.
_ATTRIBUTES = f"(?:[{_WS}/]++|{_attribute('?:')})*+"
# Where markup starts: a tag (its attributes and ">" matched at once), or "<!", "<?", "</" and one
# more character (a comment, or a bogus one); any other "<" is text, so is a "</" at the very end.
_MARKUP = re.compile(
    f"<(?P<slash>/?)(?P<name>[a-zA-Z][^{_WS}/>]*+)(?P<attributes>{_ATTRIBUTES})(?P<close>>?)"
    "|<[!?]|</.",
    re.DOTALL,
)
_ONE_ATTRIBUTE = re.compile(_attribute(""))
_STEPS_PER_LOOK = 1024
_NOT_BLANK = re.compile(r"\S")
_SKIP = re.compile(f"[{_WS}/]*+")
_COMMENT_END = re.compile("--!?>")
_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")
_RAW_END = {
    name: re.compile(f"</{name}(?=[{_WS}/>])", re.IGNORECASE | re.ASCII) for name in RAW_TEXT
}


@dataclass(frozen=True, slots=True)
class StartTag:
    name: str
    attributes: dict[str, str]  # only the wanted names; the first of duplicates wins


@dataclass(frozen=True, slots=True)
class EndTag:
    name: str


@dataclass(frozen=True, slots=True)
class Text:
    """Text between tags as its place in the page: slice only what you need (see :func:`text`)."""

    start: int
    end: int


Token = StartTag | EndTag | Text


def tokens(
    html: str,
    tags: Collection[str],
    attributes: Collection[str],
    look: Callable[[], object] | None = None,
) -> Iterator[Token]:
    """The text of ``html`` and its tags named in ``tags``, in order; comments are skipped.

    Only the attributes named in ``attributes`` are collected: an adversarial tag with a million
    attributes costs no memory, and tags nobody asked for cost no objects. ``look`` is called
    before the first and every 1024th piece of markup (a deadline's check raises to stop).
    """
    length = len(html)
    position = 0
    steps = 0
    while position < length:
        if look is not None and steps % _STEPS_PER_LOOK == 0:
            look()
        steps += 1
        found = _MARKUP.search(html, position)
        start = found.start() if found else length
        if start > position:
            yield Text(position, start)
        if found is None:
            return
        position = found.end()
        slash, name, close = found.group("slash", "name", "close")
        if name is None:  # a comment, or no tag after "</"
            position = _after_comment(html, start)
        elif not close:  # the page ends inside the tag: it is dropped
            return
        elif slash:
            name = _lower(name)
            if name in tags:
                yield EndTag(name)
        else:
            name = _lower(name)
            if name in tags:
                yield StartTag(name, _attributes(html, *found.span("attributes"), attributes))
            stop = _raw_text_end(html, name, position)
            if stop > position:
                yield Text(position, stop)
                position = stop


def _after_comment(html: str, start: int) -> int:
    """Where the comment (or bogus comment, or empty ``</>``) at ``start`` ends."""
    if html.startswith("<!--", start):
        for empty in ("<!-->", "<!--->"):  # abruptly closed empty comments
            if html.startswith(empty, start):
                return start + len(empty)
        end = _COMMENT_END.search(html, start + 4)  # "<!--!>" is no end: its "--" opened it
        return end.end() if end else len(html)
    if html.startswith("</>", start):
        return start + 3
    close = html.find(">", start + 2)  # a bogus comment up to the next ">"
    return close + 1 if close >= 0 else len(html)


def _raw_text_end(html: str, name: str, position: int) -> int:
    """Where the raw text of an element ``name`` that starts at ``position`` ends, if it has any."""
    if name == "plaintext":
        return len(html)
    if name in RAW_TEXT:
        end = _RAW_END[name].search(html, position)
        return end.start() if end else len(html)
    return position


def text(html: str, token: Text, limit: int) -> str:
    """At most ``limit`` characters of a text token, character references decoded.

    Leading blanks (which collapse in a browser) become one space and do not count: a run of a
    million blanks before a link's words costs neither the words nor the time.
    """
    first = _NOT_BLANK.search(html, token.start, token.end)
    if first is None:
        return " " if token.end > token.start else ""
    lead = " " if first.start() > token.start else ""
    return lead + unescape(html[first.start() : min(token.end, first.start() + limit)])


def _lower(name: str) -> str:
    """ASCII letters lowercased, no others (``str.lower`` would make the Kelvin sign a "k")."""
    return name.lower() if name.isascii() else name.translate(_ASCII_LOWER)


def _attributes(html: str, start: int, end: int, wanted: Collection[str]) -> dict[str, str]:
    found: dict[str, str] = {}
    if start == end:
        return found
    position = _SKIP.match(html, start, end).end()  # type: ignore[union-attr]
    while position < end:
        match = _ONE_ATTRIBUTE.match(html, position, end)
        assert match is not None  # _ATTRIBUTES matched this span already
        name = _lower(match.group(1))
        if name in wanted and name not in found:
            raw = match.group(2)
            if raw is None:
                raw = match.group(3)
            if raw is None:
                raw = match.group(4) or ""
            found[name] = unescape(raw)
        position = _SKIP.match(html, match.end(), end).end()  # type: ignore[union-attr]
    return found
