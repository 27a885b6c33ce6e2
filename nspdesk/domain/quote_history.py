"""The details of a quote's audit trail: written into the store in German, read back as Texts.

The store keeps an event's detail as its German wording ("Business Partner, 2 Positionen, netto
380,80 €"): the trail is part of the quote's record and reads the same on the command line years
later. The UI shows it in its own language: ``read_detail`` recognises the sentences made here in a
stored detail and returns them as :class:`~nspdesk.domain.messages.Text` again. A detail it does
not recognise (typed by hand, or from an older version) is returned as it is.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from datetime import date
from decimal import Decimal, InvalidOperation
from string import Formatter

from nspdesk.domain.messages import QT_TRANSLATE_NOOP, Money, Text, plural

PRICED = QT_TRANSLATE_NOOP("QuoteHistory", "{tier}, {positions}, netto {net}")
PRICED_END_CUSTOMER = QT_TRANSLATE_NOOP(
    "QuoteHistory", "Endkunde, {tier}, {positions}, netto {net}"
)
ONE_LINE = QT_TRANSLATE_NOOP("QuoteHistory", "{n} Position")
LINES = QT_TRANSLATE_NOOP("QuoteHistory", "{n} Positionen")
KEPT = QT_TRANSLATE_NOOP("QuoteHistory", "erfasste Stufe {tier} beibehalten: {reason}")
SUPPORTED = QT_TRANSLATE_NOOP(
    "QuoteHistory", "zu Konditionen {tier} statt {recorded} (von den Zahlen getragen)"
)
REPRICED = QT_TRANSLATE_NOOP(
    "QuoteHistory",
    "zu den Konditionen vom {day} neu berechnet: Edition {old_edition} → {new_edition}, "
    "Stufe {old_tier} → {new_tier}",
)
COPY_OF = QT_TRANSLATE_NOOP("QuoteHistory", "Kopie von {number}")
COPIED_TO = QT_TRANSLATE_NOOP("QuoteHistory", "kopiert nach {number}")
VALID_UNTIL = QT_TRANSLATE_NOOP("QuoteHistory", "gültig bis {day}")
# Events made from the data of an older database (migration 0003 writes this wording).
TAKEN_OVER = QT_TRANSLATE_NOOP("QuoteHistory", "aus dem Bestand übernommen")


def priced_detail(tier: str, lines: int, net: Decimal, end_customer: bool) -> Text:
    """``[Endkunde, ]Business Partner, 2 Positionen, netto 380,80 €``; ``tier`` is its name."""
    template = PRICED_END_CUSTOMER if end_customer else PRICED
    return template.format(tier=tier, positions=_positions(lines), net=Money(net))


def kept_detail(recorded: str, reason: str) -> Text:
    """The recorded tier (its id) was kept although the figures do not support it."""
    return KEPT.format(tier=recorded, reason=reason)


def supported_detail(tier: str, recorded: str) -> Text:
    """Priced at the supported tier ``tier`` instead of ``recorded`` (ids)."""
    return SUPPORTED.format(tier=tier, recorded=recorded)


def repriced_detail(
    day: date, old_edition: str, new_edition: str, old_tier: str, new_tier: str
) -> Text:
    """A draft revision moved to the conditions of ``day`` (tier ids, the ISO day)."""
    return REPRICED.format(
        day=day.isoformat(),
        old_edition=old_edition,
        new_edition=new_edition,
        old_tier=old_tier,
        new_tier=new_tier,
    )


def copy_of(number: str) -> Text:
    return COPY_OF.format(number=number)


def copied_to(number: str) -> Text:
    return COPIED_TO.format(number=number)


def valid_until(day: date) -> Text:
    """``gültig bis 2026-11-25`` (the ISO day, as the trail has always written it)."""
    return VALID_UNTIL.format(day=day.isoformat())


def _positions(count: int) -> Text:
    return plural(count, ONE_LINE, LINES)


# --- reading back ------------------------------------------------------------------------------------
Reader = Callable[[str], object]


def _read_positions(text: str) -> object:
    match = re.fullmatch(r"(\d+) Position(?:en)?", text)
    if match is None:
        raise ValueError(text)
    return _positions(int(match.group(1)))


def _read_money(text: str) -> object:
    digits = text.replace("€", "").strip(" \xa0\u202f").replace(".", "").replace(",", ".")
    try:
        return Money(Decimal(digits))
    except InvalidOperation:
        raise ValueError(text) from None


# The templates a stored detail may be, most specific first, with how to read their values back.
_KNOWN: tuple[tuple[Text, dict[str, Reader]], ...] = (
    (PRICED_END_CUSTOMER, {"positions": _read_positions, "net": _read_money}),
    (PRICED, {"positions": _read_positions, "net": _read_money}),
    (KEPT, {}),
    (SUPPORTED, {}),
    (REPRICED, {}),
    (COPY_OF, {}),
    (COPIED_TO, {}),
    (VALID_UNTIL, {}),
    (TAKEN_OVER, {}),
)


def _pattern(source: str) -> re.Pattern[str]:
    parts = []
    for literal, field, _spec, _conversion in Formatter().parse(source):
        parts.append(re.escape(literal))
        if field is not None:
            parts.append(f"(?P<{field}>.+?)")
    return re.compile("".join(parts), re.DOTALL)


_PATTERNS = tuple((template, _pattern(template.source), readers) for template, readers in _KNOWN)


def read_detail(detail: str, names: Mapping[str, str] | None = None) -> str:
    """The stored German ``detail`` as the Text it was made as, or ``detail`` itself.

    ``names`` maps the German names of tiers to their rule-file terms (so a tier is shown in the
    UI's language). The result is always equal to ``detail``: a reading that would word it
    differently is not taken.
    """
    terms = names or {}
    for template, pattern, readers in _PATTERNS:
        match = pattern.fullmatch(detail)
        if match is None:
            continue
        try:
            values = {
                name: readers[name](value) if name in readers else terms.get(value, value)
                for name, value in match.groupdict().items()
            }
        except ValueError:
            continue
        text = template.format(**values) if values else template
        if text == detail:
            return text
    return detail
