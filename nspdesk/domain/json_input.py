"""Reading JSON documents for the engines: exact decimals, one error naming the field."""

from __future__ import annotations

import json
from decimal import Decimal

from nspdesk.domain.errors import InputError
from nspdesk.domain.fields import Fields


def parse_json(text: str, source: str) -> Fields:
    """Parse ``text`` (a JSON object) keeping numbers exact; ``source`` names it in errors."""
    try:
        data = json.loads(text, parse_float=Decimal, parse_constant=_refuse_constant)
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


def _refuse_constant(name: str) -> object:
    raise InputError("", f"{name} ist keine gültige Zahl")
