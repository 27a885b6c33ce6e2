"""The end of a DIN 5008 letter: its last sentences, one blank line, the greeting ("Mit freundlichen
Grüßen") and the company, three blank lines of room to sign, then the signer's name and function.

The whole block stays together, and with what stands before it (``keep_with``): the greeting is
never alone at the top of a page.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, KeepTogether, Spacer

from nspdesk.documents.plain import PlainParagraph
from nspdesk.documents.styles import styles
from nspdesk.domain.letterhead import Signer

DEFAULT_GREETING = "Mit freundlichen Grüßen"
SIGNATURE_LINES = 3  # blank lines of room for the handwritten signature
# A line that is a greeting: "Mit freundlichen Grüßen", "Viele Grüße", "Freundliche Grüße aus Köln",
# "Hochachtungsvoll". Short: a sentence that mentions greetings is no greeting.
_GREETING = re.compile(r"(gr(ü|ue)(ß|ss)|hochachtungsvoll)", re.IGNORECASE)
_GREETING_MAX = 60


def split_greeting(closing: str) -> tuple[list[str], str]:
    """The closing text's sentences and its greeting (its last line when that is one, else the
    default greeting): a closing typed without a greeting still ends as a letter ends."""
    lines = [line.rstrip() for line in closing.strip().splitlines()]
    while lines and not lines[-1].strip():
        lines.pop()
    if lines and len(lines[-1]) <= _GREETING_MAX and _GREETING.search(lines[-1]):
        body = lines[:-1]
        while body and not body[-1].strip():
            body.pop()
        return body, lines[-1].strip()
    return lines, DEFAULT_GREETING


def _tight() -> ParagraphStyle:
    body = styles().body
    return ParagraphStyle("closing", parent=body, spaceAfter=0, keepWithNext=0)


def closing_block(
    closing: str, company: str, signer: Signer, keep_with: Sequence[Flowable] = ()
) -> Flowable:
    """``keep_with`` (the letter's last paragraph), the closing text, a blank line, the greeting,
    the company, room to sign and the signer, as one block that moves to the next page whole."""
    style = _tight()
    blank = style.leading
    body, greeting = split_greeting(closing)
    parts: list[Flowable] = list(keep_with)
    if body:
        parts += [PlainParagraph(body, style), Spacer(1, blank)]
    parts.append(PlainParagraph([greeting], style))
    if company:
        parts.append(PlainParagraph([company], style))
    parts.append(Spacer(1, SIGNATURE_LINES * blank))
    person = [text for text in (signer.name, signer.function) if text]
    if person:
        parts.append(PlainParagraph(person, style))
    return KeepTogether(parts)
