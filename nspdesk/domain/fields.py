"""Typed, validating access to parsed TOML or JSON with precise error locations.

Every read names the key it reads; a wrong type, an out-of-range value, a missing key or an unknown
key (a typo such as ``discount`` for ``discounts``) raises the error the caller chose: a
``ProgramFileError(file, key, message)`` for rule files, an ``InputError(field, message)`` for JSON
input. Amounts are exact: decimal strings or integers (JSON numbers read with ``parse_float=Decimal``),
never floats.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date
from decimal import Decimal
from typing import NoReturn, TypeVar

from nspdesk.domain.decimals import HUNDRED, ZERO, parse_decimal
from nspdesk.domain.errors import InputError

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

    def _get(self, name: str, default: object) -> object:
        self._read.add(name)
        if name in self._data:
            return self._data[name]
        if default is _MISSING:
            self.fail(name, "fehlt")
        return default

    def _typed(self, name: str, kind: type[_T], kind_name: str, default: object) -> _T:
        value = self._get(name, default)
        # bool is a subclass of int: never accept true where a number is meant
        if not isinstance(value, kind) or (kind is int and isinstance(value, bool)):
            self.fail(name, f"erwartet {kind_name}, gefunden {_type_name(value)} {value!r}")
        return value

    def text(self, name: str, default: object = _MISSING, allow_empty: bool = False) -> str:
        value = self._typed(name, str, "Text", default)
        if not value.strip() and not allow_empty:
            self.fail(name, "darf nicht leer sein")
        return value

    def integer(self, name: str, minimum: int = 0, default: object = _MISSING) -> int:
        value = self._typed(name, int, "eine ganze Zahl", default)
        if value < minimum:
            self.fail(name, f"muss mindestens {minimum} sein, gefunden {value}")
        return value

    def flag(self, name: str, default: object = _MISSING) -> bool:
        return self._typed(name, bool, "true oder false", default)

    def day(self, name: str, default: object = _MISSING) -> date:
        """A date: a TOML date, or an ISO text such as ``"2026-11-25"``."""
        value = self._get(name, default)
        if isinstance(value, str):
            try:
                return date.fromisoformat(value.strip())
            except ValueError:
                self.fail(name, f"ist kein Datum im Format JJJJ-MM-TT: {value!r}")
        if not isinstance(value, date) or hasattr(value, "hour"):
            self.fail(name, f"erwartet ein Datum wie 2024-01-01, gefunden {value!r}")
        return value

    def amount(
        self,
        name: str,
        default: object = _MISSING,
        maximum: Decimal | None = None,
        positive: bool = False,
    ) -> Decimal:
        """A non-negative decimal such as ``"2000.00"`` (floats are refused: money is exact)."""
        value = self._get(name, default)
        try:
            number = parse_decimal(
                value, self.key(name), minimum=ZERO, allow_equal_minimum=not positive
            )
        except InputError as error:
            self.fail(name, error.message)
        if maximum is not None and number > maximum:
            self.fail(name, f"darf höchstens {maximum} sein, gefunden {value!r}")
        return number

    def percent(self, name: str, default: object = _MISSING) -> Decimal:
        """A percentage from 0 to 100 (``"25"``)."""
        return self.amount(name, default, maximum=HUNDRED)

    def text_list(
        self,
        name: str,
        choices: frozenset[str] | None = None,
        default: object = _MISSING,
        unique: bool = True,
    ) -> list[str]:
        """A list of texts; ``unique``: a value twice is refused (a set written as a list, such as
        a tier's trainings). A list of one value per person (course dates) passes ``False``."""
        values = self._typed(name, list, "eine Liste von Texten", default)
        for index, item in enumerate(values):
            if not isinstance(item, str):
                self.fail(f"{name}[{index}]", f"erwartet Text, gefunden {item!r}")
            if choices is not None and item not in choices:
                allowed = ", ".join(sorted(choices))
                self.fail(f"{name}[{index}]", f"unbekannter Wert {item!r} (erlaubt: {allowed})")
        if unique and len(set(values)) != len(values):
            self.fail(name, "enthält einen Wert doppelt")
        return values

    def choice(self, name: str, choices: frozenset[str], default: object = _MISSING) -> str:
        value = self.text(name, default)
        if value not in choices:
            self.fail(name, f"unbekannter Wert {value!r} (erlaubt: {', '.join(sorted(choices))})")
        return value

    def table(self, name: str, optional: bool = False) -> Fields:
        value = self._get(name, {} if optional else _MISSING)
        if not isinstance(value, dict):
            self.fail(name, f"erwartet eine Tabelle, gefunden {_type_name(value)} {value!r}")
        return Fields(value, self.key(name), self._error)

    def subtables(self, name: str) -> Iterator[tuple[str, Fields]]:
        """The named tables below ``name`` (``[tiers.business]`` …), in file order."""
        parent = self.table(name)
        for child in parent.names():
            yield child, parent.table(child)

    def array_of_tables(self, name: str, default: object = _MISSING) -> list[Fields]:
        values = self._typed(name, list, "eine Liste von Tabellen/Objekten", default)
        tables: list[Fields] = []
        for index, item in enumerate(values):
            if not isinstance(item, dict):
                self.fail(
                    f"{name}[{index}]", f"erwartet eine Tabelle/ein Objekt, gefunden {item!r}"
                )
            tables.append(Fields(item, f"{self.key(name)}[{index}]", self._error))
        return tables

    def finish(self) -> None:
        """Refuse keys nobody read: a misspelt ``extra_dicount`` must not silently drop a discount."""
        unknown = [name for name in self._data if name not in self._read]
        if unknown:
            self.fail(unknown[0], "unbekannter Schlüssel (Tippfehler?)")
