"""Typed, validating access to parsed TOML or JSON with precise error locations.

Every read names the key it reads; a wrong type, an out-of-range value, a missing key or an unknown
key (a typo such as ``discount`` for ``discounts``) raises the error the caller chose: a
``ProgramFileError(file, key, message)`` for rule files, an ``InputError(field, message)`` for JSON
input. Amounts are exact: decimal strings or integers (JSON numbers read with ``parse_float=Decimal``),
never floats. Every number is held to a range of ``limits.py`` (a reader's default, or the range of
the quantity, price or percent it reads), a bad value is echoed as a short excerpt, and a list holds
at most ``MAX_LINES`` items, so no input makes unbounded work.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date
from decimal import Decimal
from typing import NoReturn, TypeVar

from nspdesk.domain.decimals import ZERO, parse_decimal
from nspdesk.domain.errors import InputError
from nspdesk.domain.limits import (
    MAX_COUNT,
    MAX_LINES,
    MAX_NUMBER_CHARS,
    MAX_PERCENT,
    MAX_PRICE,
    MAX_QUANTITY,
    OversizedNumber,
    excerpt,
)

_MISSING = object()
_T = TypeVar("_T")


def _type_name(value: object) -> str:
    names = {
        str: "Text",
        int: "ganze Zahl",
        bool: "Wahrheitswert",
        float: "Gleitkommazahl",
        dict: "Tabelle",
        list: "Liste",
        date: "Datum",
    }
    return names.get(type(value), type(value).__name__)


ErrorFactory = Callable[[str, str], Exception]


class Fields:
    """One table or object; ``path`` is its location (``tiers.business``, ``lines[2]``)."""

    def __init__(self, data: dict[str, object], path: str, error: ErrorFactory) -> None:
        self._data = data
        self.path = path
        self._error = error
        self._read: set[str] = set()

    def key(self, name: str) -> str:
        return f"{self.path}.{name}" if self.path else name

    def fail(self, name: str, message: str) -> NoReturn:
        raise self._error(self.key(name), message)

    def names(self) -> list[str]:
        return list(self._data)

    def has(self, name: str) -> bool:
        return name in self._data

    def is_table(self, name: str) -> bool:
        """Whether ``name`` holds a table/object (a key that takes a text or an object)."""
        return isinstance(self._data.get(name), dict)

    def _get(self, name: str, default: object) -> object:
        self._read.add(name)
        if name in self._data:
            return self._data[name]
        if default is _MISSING:
            self.fail(name, "fehlt")
        return default

    def _value(self, name: str, default: object) -> object:
        """The value of ``name``; a number too long to read is refused here, with its path."""
        value = self._get(name, default)
        if isinstance(value, OversizedNumber):
            self.fail(name, _oversized(value))
        return value

    def _typed(self, name: str, kind: type[_T], kind_name: str, default: object) -> _T:
        value = self._value(name, default)
        # bool is a subclass of int: never accept true where a number is meant
        if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
            self.fail(name, f"erwartet {kind_name}, gefunden {_type_name(value)} {excerpt(value)}")
        return value

    def text(self, name: str, default: object = _MISSING, allow_empty: bool = False) -> str:
        value = self._typed(name, str, "Text", default)
        if not value.strip() and not allow_empty:
            self.fail(name, "darf nicht leer sein")
        return value

    def integer(
        self, name: str, minimum: int = 0, default: object = _MISSING, maximum: int = MAX_COUNT
    ) -> int:
        value = self._typed(name, int, "eine ganze Zahl", default)
        if value < minimum:
            self.fail(name, f"muss mindestens {minimum} sein, gefunden {excerpt(value)}")
        if value > maximum:
            self.fail(name, f"darf höchstens {maximum} sein, gefunden {excerpt(value)}")
        return value

    def flag(self, name: str, default: object = _MISSING) -> bool:
        return self._typed(name, bool, "true oder false", default)

    def day(self, name: str, default: object = _MISSING) -> date:
        """A date: a TOML date, or an ISO text such as ``"2026-11-25"``."""
        value = self._value(name, default)
        if isinstance(value, str):
            try:
                return date.fromisoformat(value.strip())
            except ValueError:
                self.fail(name, f"ist kein Datum im Format JJJJ-MM-TT: {excerpt(value)}")
        if not isinstance(value, date) or hasattr(value, "hour"):
            self.fail(name, f"erwartet ein Datum wie 2024-01-01, gefunden {excerpt(value)}")
        return value

    def amount(
        self,
        name: str,
        default: object = _MISSING,
        maximum: Decimal | None = None,
        positive: bool = False,
    ) -> Decimal:
        """A non-negative decimal such as ``"2000.00"`` (floats are refused: money is exact), at most
        ``maximum`` (None: ``MAX_REVENUE``, the widest range)."""
        value = self._value(name, default)
        try:
            number = parse_decimal(
                value, self.key(name), minimum=ZERO, allow_equal_minimum=not positive
            )
        except InputError as error:
            self.fail(name, error.message)
        if maximum is not None and number > maximum:
            self.fail(name, f"darf höchstens {maximum} sein, gefunden {excerpt(value)}")
        return number

    def percent(self, name: str, default: object = _MISSING) -> Decimal:
        """A percentage from 0 to 100 (``"25"``)."""
        return self.amount(name, default, maximum=MAX_PERCENT)

    def quantity(self, name: str, default: object = _MISSING) -> Decimal:
        """A quote line's quantity: more than 0, at most ``MAX_QUANTITY``."""
        return self.amount(name, default, maximum=MAX_QUANTITY, positive=True)

    def price(self, name: str, default: object = _MISSING) -> Decimal:
        """A unit or list price in euros: 0 to ``MAX_PRICE``."""
        return self.amount(name, default, maximum=MAX_PRICE)

    def text_list(
        self,
        name: str,
        choices: frozenset[str] | None = None,
        default: object = _MISSING,
        unique: bool = True,
    ) -> list[str]:
        """A list of texts; ``unique``: a value twice is refused (a set written as a list, such as
        a tier's trainings). A list of one value per person (course dates) passes ``False``."""
        values = self._list(name, "eine Liste von Texten", default)
        for index, item in enumerate(values):
            if not isinstance(item, str):
                self.fail(f"{name}[{index}]", f"erwartet Text, gefunden {excerpt(item)}")
            if choices is not None and item not in choices:
                allowed = ", ".join(sorted(choices))
                self.fail(
                    f"{name}[{index}]", f"unbekannter Wert {excerpt(item)} (erlaubt: {allowed})"
                )
        texts = [item for item in values if isinstance(item, str)]
        if unique and len(set(texts)) != len(texts):
            self.fail(name, "enthält einen Wert doppelt")
        return texts

    def choice(self, name: str, choices: frozenset[str], default: object = _MISSING) -> str:
        value = self.text(name, default)
        if value not in choices:
            allowed = ", ".join(sorted(choices))
            self.fail(name, f"unbekannter Wert {excerpt(value)} (erlaubt: {allowed})")
        return value

    def table(self, name: str, optional: bool = False) -> Fields:
        value = self._value(name, {} if optional else _MISSING)
        if not isinstance(value, dict):
            self.fail(name, f"erwartet eine Tabelle, gefunden {_type_name(value)} {excerpt(value)}")
        return Fields(value, self.key(name), self._error)

    def subtables(self, name: str) -> Iterator[tuple[str, Fields]]:
        """The named tables below ``name`` (``[tiers.business]`` …), in file order."""
        parent = self.table(name)
        for child in parent.names():
            yield child, parent.table(child)

    def array_of_tables(self, name: str, default: object = _MISSING) -> list[Fields]:
        values = self._list(name, "eine Liste von Tabellen/Objekten", default)
        tables: list[Fields] = []
        for index, item in enumerate(values):
            if not isinstance(item, dict):
                self.fail(
                    f"{name}[{index}]",
                    f"erwartet eine Tabelle/ein Objekt, gefunden {excerpt(item)}",
                )
            tables.append(Fields(item, f"{self.key(name)}[{index}]", self._error))
        return tables

    def _list(self, name: str, kind_name: str, default: object) -> list[object]:
        values: list[object] = self._typed(name, list, kind_name, default)
        if len(values) > MAX_LINES:
            self.fail(name, f"hat {len(values)} Einträge, höchstens {MAX_LINES} sind erlaubt")
        return values

    def finish(self) -> None:
        """Refuse keys nobody read: a misspelt ``extra_dicount`` must not silently drop a discount."""
        unknown = [name for name in self._data if name not in self._read]
        if unknown:
            self.fail(excerpt(unknown[0])[1:-1], "unbekannter Schlüssel (Tippfehler?)")


def _oversized(value: OversizedNumber) -> str:
    shown = value.start + ("…" if value.length > len(value.start) else "")
    if value.length > MAX_NUMBER_CHARS:
        return (
            f"ist als Zahl zu lang ({value.length} Zeichen, höchstens {MAX_NUMBER_CHARS}): {shown}"
        )
    return f"ist zu groß: {shown}"
