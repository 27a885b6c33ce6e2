"""Reading JSON documents for the engines: exact decimals, one error naming the field.

Numbers are read by hooks, so that no input makes Python build a number it cannot hold: a number
text longer than ``MAX_NUMBER_CHARS`` (an integer of 5,000 digits would exceed Python's 4,300-digit
limit, ``1e1000000000000000000`` ``decimal``'s exponent) becomes an :class:`OversizedNumber` that the
reader of its field refuses with the field's path. Nesting too deep for the parser is refused too.
"""

from __future__ import annotations

import json
from decimal import Decimal, InvalidOperation

from nspdesk.domain.errors import InputError
from nspdesk.domain.fields import Fields
from nspdesk.domain.limits import EXCERPT_CHARS, MAX_NUMBER_CHARS, OversizedNumber


def parse_json(text: str, source: str) -> Fields:
    """Parse ``text`` (a JSON object) keeping numbers exact; ``source`` names it in errors."""
    try:
        data = json.loads(
            text,
            parse_float=_decimal,
            parse_int=_integer,
            parse_constant=_refuse_constant,
        )
    except json.JSONDecodeError as error:
        raise InputError(
            "",
            f"{source}: kein gültiges JSON (Zeile {error.lineno}, Spalte {error.colno}: "
            f"{error.msg})",
        ) from None
    except RecursionError:
        raise InputError("", f"{source}: JSON ist zu tief verschachtelt") from None
    if not isinstance(data, dict):
        raise InputError(
            "", f"{source}: erwartet ein JSON-Objekt {{…}}, gefunden {type(data).__name__}"
        )
    return Fields(data, "", InputError)


def _integer(text: str) -> int | OversizedNumber:
    if len(text) > MAX_NUMBER_CHARS:
        return OversizedNumber(text[:EXCERPT_CHARS], len(text))
    return int(text)


def _decimal(text: str) -> Decimal | OversizedNumber:
    if len(text) <= MAX_NUMBER_CHARS:
        try:
            return Decimal(text)
        except InvalidOperation:  # an exponent beyond what decimal can hold at all
            pass
    return OversizedNumber(text[:EXCERPT_CHARS], len(text))


def _refuse_constant(name: str) -> object:
    raise InputError("", f"{name} ist keine gültige Zahl")
