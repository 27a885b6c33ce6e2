"""Sentences kept in the database as JSON, read back as the same :class:`Text` (issue 20).

The partner list keeps each partner's traffic light with the sentences that explain it
(``store.standings``), so that opening the list is a query; those sentences must still render in
the UI's language when they are read back, so a stored sentence is its catalog context, German
template and values, each value tagged with its kind. Plain JSON, never pickle: a team's
database is shared, and what it holds must not be able to run code.

``dump`` / ``load`` are exact inverses for every kind of value a :class:`Text` holds
(``messages.render``'s kinds); a value of another kind is kept as its German wording.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import date, datetime
from decimal import Decimal
from typing import Any, cast

from nspdesk.domain.messages import Listing, Moment, Money, Percent, Term, Text


def encode(value: object) -> Any:
    """``value`` as a JSON value that ``decode`` turns back into it."""
    kind = type(value)
    if kind is str or kind is int:
        return value
    if isinstance(value, Text):
        return {"t": [value.context, value.source, {k: encode(v) for k, v in value.values.items()}]}
    if isinstance(value, Term):
        return {"term": [str.__str__(value), dict(value.translations)]}
    if isinstance(value, Money):
        return {"money": str(value.amount)}
    if isinstance(value, Percent):
        return {"percent": str(value.value)}
    if isinstance(value, Moment):
        return {"moment": value.at.isoformat()}
    if isinstance(value, Listing):
        return {"listing": [[encode(item) for item in value.items], encode(value.separator)]}
    if isinstance(value, datetime):  # before date: a datetime is a date
        return {"datetime": value.isoformat()}
    if isinstance(value, date):
        return {"date": value.isoformat()}
    if isinstance(value, Decimal):
        return {"decimal": str(value)}
    return str(value)


def decode(value: Any) -> object:
    """The value ``encode`` made ``value`` from."""
    if not isinstance(value, dict):
        return value
    [(kind, data)] = value.items()
    if kind == "t":
        context, source, values = data
        return Text(context, source, {k: decode(v) for k, v in values.items()})
    if kind == "term":
        return Term(data[0], data[1])
    if kind == "listing":
        separator = decode(data[1])
        return Listing((decode(item) for item in data[0]), cast(str, separator))
    return _SCALARS[kind](data)


_SCALARS: dict[str, Any] = {
    "money": lambda data: Money(Decimal(data)),
    "percent": lambda data: Percent(Decimal(data)),
    "moment": lambda data: Moment(datetime.fromisoformat(data)),
    "datetime": datetime.fromisoformat,
    "date": date.fromisoformat,
    "decimal": Decimal,
}


def dump(texts: Sequence[str]) -> str:
    """Sentences (``Text``\\ s or plain ``str``) as one JSON text."""
    return json.dumps([encode(text) for text in texts], ensure_ascii=False, separators=(",", ":"))


def load(stored: str) -> tuple[str, ...]:
    """The sentences ``dump`` stored."""
    sentences = [decode(item) for item in json.loads(stored)]
    return tuple(s if isinstance(s, str) else str(s) for s in sentences)
