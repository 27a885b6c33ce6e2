"""Conflicts as a person reads them: the thing a row belongs to, the part of it, why, and the
fields that differ, by the names the app shows (``labels``) and with values in words.

Every sentence here is a ``Text``: German as a ``str`` (the command line, JSON), in the UI's language
through ``nspdesk.ui.i18n.show``.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import Connection

from nspdesk.domain.messages import QT_TRANSLATE_NOOP, Moment, Money, Percent, Text
from nspdesk.store.sync import labels, rows
from nspdesk.store.sync.tables import Travelling, by_name
from nspdesk.store.types import Money as MoneyColumn

# The root tables and the column that names a row of them.
_NAMES = {
    "partners": (QT_TRANSLATE_NOOP("SyncThings", "Partner {name}"), "company"),
    "quotes": (QT_TRANSLATE_NOOP("SyncThings", "Angebot {name}"), "number"),
    "reviews": (QT_TRANSLATE_NOOP("SyncThings", "Jahresprüfung {name}"), "year"),
    "catalog_items": (QT_TRANSLATE_NOOP("SyncThings", "Artikel {name}"), "article_number"),
    "quote_templates": (QT_TRANSLATE_NOOP("SyncThings", "Vorlage {name}"), "name"),
}
QUOTE_OF = QT_TRANSLATE_NOOP("SyncThings", "Angebot {number} ({partner})")
LETTERHEAD = QT_TRANSLATE_NOOP("SyncThings", "Briefkopf")
GONE = QT_TRANSLATE_NOOP("SyncThings", "ein gelöschter Eintrag ({table})")

REASONS = {
    "changed": QT_TRANSLATE_NOOP("SyncReasons", "hier und im Team geändert"),
    "deleted": QT_TRANSLATE_NOOP(
        "SyncReasons", "auf der einen Seite gelöscht, auf der anderen geändert"
    ),
    "parent_gone": QT_TRANSLATE_NOOP("SyncReasons", "das, wozu es gehört, wurde im Team gelöscht"),
    "taken": QT_TRANSLATE_NOOP("SyncReasons", "hier und im Team gleichzeitig angelegt"),
    "in_use": QT_TRANSLATE_NOOP(
        "SyncReasons", "hier gelöscht, im Team aber geändert oder noch gebraucht"
    ),
}

# Bookkeeping that differs whenever anything does (or whenever two sides made "the same" row):
# not shown as a difference of its own.
_QUIET = frozenset({"created_at", "updated_at", "version"})
_LONGEST = 60  # characters of a value shown (a letter's text, a print copy)
_PERCENT = frozenset({"discount_percent", "extra_discount", "max_extra_discount"})


@dataclass(frozen=True)
class Difference:
    """One field that differs: its column, its name in the app, the stored values (as JSON keeps
    them) and the values in words ("" / ``labels.EMPTY`` for a missing side)."""

    column: str
    label: str
    mine: str
    theirs: str
    mine_shown: str
    theirs_shown: str


def reason(key: str) -> str:
    """Why a change became a conflict, in words (the key itself where none is known)."""
    return REASONS.get(key, key)


def thing(connection: Connection, tbl: str, gid: str) -> str:
    """ "Partner Muster GmbH", "Angebot A-2026-MK-0007 (Muster GmbH)" …: what a conflict is about."""
    if tbl == "sender":
        return LETTERHEAD
    values = _values(connection, tbl, gid)
    if values is None or tbl not in _NAMES:
        return GONE.format(table=tbl)
    if tbl == "quotes":
        partner = values.get("partner_id")
        company = None if partner is None else (_values(connection, "partners", partner) or {})
        if company and company.get("company"):
            return QUOTE_OF.format(number=values["number"], partner=company["company"])
    pattern, column = _NAMES[tbl]
    return pattern.format(name=values[column])


def part(connection: Connection, tbl: str, values: rows.Values | None) -> str:
    """The row's place below its root ("Revision 2, Position 3", "Ansprechpartner Max Muster");
    "" for the root itself. ``values``: the row as it travels (either side's version)."""
    names: list[str] = []
    table: Travelling | None = by_name().get(tbl)
    for _ in range(len(by_name())):
        if table is None or values is None or table.owner is None:
            break
        if table.name in labels.PARTS:
            pattern, column = labels.PARTS[table.name]
            names.append(pattern.format(name=_value(table, column, values.get(column))))
        parent_gid = values.get(table.owner)
        table = by_name()[table.parents[table.owner]]
        values = None if parent_gid is None else _values(connection, table.name, parent_gid)
    shown = ""
    for name in reversed(names):
        shown = labels.PART_OF.format(outer=shown, inner=name) if shown else name
    return shown


def parse(text: str) -> rows.Values | None:
    """A conflict's stored version (JSON, "" for deleted) as a dict of travelling values."""
    return json.loads(text) if text else None


def differences(connection: Connection, tbl: str, mine: str, theirs: str) -> list[Difference]:
    """Every field whose values differ, in the table's column order."""
    left = parse(mine) or {}
    right = parse(theirs) or {}
    table = by_name().get(tbl)
    order = list(table.columns) if table is not None else []
    columns = order + sorted((set(left) | set(right)) - set(order))
    # One side deleted: the other's fields are its content, except where it hangs (the part says).
    owner = table.owner if table is not None and not (left and right) else None
    found = []
    for column in columns:
        if column in _QUIET or column == owner or left.get(column) == right.get(column):
            continue
        mine_shown = _shown(connection, table, column, left.get(column))
        theirs_shown = _shown(connection, table, column, right.get(column))
        if mine_shown == theirs_shown:  # "" here, nothing there: the same to a person
            continue
        found.append(
            Difference(
                column,
                labels.label(tbl, column),
                _raw(left.get(column)),
                _raw(right.get(column)),
                mine_shown,
                theirs_shown,
            )
        )
    return found


def _values(connection: Connection, tbl: str, gid: str) -> rows.Values | None:
    table = by_name().get(tbl)
    if table is None:
        return None
    local = rows.locals_for(connection, tbl, [gid]).get(gid)
    return None if local is None else rows.read(connection, table, [local]).get(local)


def _raw(value: object) -> str:
    return "" if value is None else str(value)


def _shown(connection: Connection, table: Travelling | None, column: str, value: object) -> str:
    """A stored value as the app shows it: a parent by its name, dates and amounts in the reader's
    locale, a status or a flag in words."""
    if value is None or value == "":
        return labels.EMPTY
    if table is not None and column in table.parents:
        parent = table.parents[column]
        if parent in _NAMES or parent == "sender":
            return thing(connection, parent, str(value))
        values = _values(connection, parent, str(value))
        found = part(connection, parent, values) if values is not None else ""
        return found or GONE.format(table=parent)
    return _value(table, column, value)


def _value(table: Travelling | None, column: str, value: object) -> str:
    if value is None or value == "":
        return labels.EMPTY
    if isinstance(value, bool):
        return labels.YES if value else labels.NO
    if column == "status" and isinstance(value, str) and value in labels.STATUSES:
        return labels.STATUSES[value]
    typed = _typed(table, column, value)
    if isinstance(typed, str):
        return typed if len(typed) <= _LONGEST else typed[: _LONGEST - 1] + "…"
    # A template with nothing to translate: the value is rendered in the reader's locale.
    return Text("SyncValues", "{value}", {"value": typed})


def _typed(table: Travelling | None, column: str, value: object) -> object:
    """The JSON value as the kind the column holds (a date, an amount …) for rendering."""
    if table is None or not isinstance(value, str) or column not in table.table.columns:
        return value if isinstance(value, str) else str(value)
    kind = table.table.columns[column].type
    loaded = rows.loads(table.name, json.dumps({column: value})) or {}
    typed = loaded.get(column, value)
    if isinstance(typed, datetime):
        return Moment(typed.astimezone())
    if isinstance(typed, Decimal):
        if column in _PERCENT:
            return Percent(typed)
        in_cents = typed == typed.quantize(Decimal("0.01"))
        euros = isinstance(kind, MoneyColumn) or ("price" in column and in_cents)
        return Money(typed) if euros else typed
    if isinstance(typed, date):
        return typed
    return str(typed)
