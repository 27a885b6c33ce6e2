"""Conflicts as a person reads them: the thing a row belongs to and the fields that differ."""

from __future__ import annotations

import json

from sqlalchemy import Connection

from nspdesk.domain.messages import QT_TRANSLATE_NOOP
from nspdesk.store.sync import rows
from nspdesk.store.sync.tables import by_name

# The root tables and the column that names a row of them.
_NAMES = {
    "partners": (QT_TRANSLATE_NOOP("SyncThings", "Partner {name}"), "company"),
    "quotes": (QT_TRANSLATE_NOOP("SyncThings", "Angebot {name}"), "number"),
    "reviews": (QT_TRANSLATE_NOOP("SyncThings", "Jahresprüfung {name}"), "year"),
    "catalog_items": (QT_TRANSLATE_NOOP("SyncThings", "Artikel {name}"), "article_number"),
    "quote_templates": (QT_TRANSLATE_NOOP("SyncThings", "Vorlage {name}"), "name"),
}
LETTERHEAD = QT_TRANSLATE_NOOP("SyncThings", "Briefkopf")
GONE = QT_TRANSLATE_NOOP("SyncThings", "ein gelöschter Eintrag ({table})")

# Bookkeeping that differs whenever anything does: not shown as a difference of its own.
_QUIET = frozenset({"updated_at", "version"})


def thing(connection: Connection, tbl: str, gid: str) -> str:
    """ "Partner Muster GmbH", "Angebot A-2026-MK-0007" …: what a conflict is about."""
    if tbl == "sender":
        return str(LETTERHEAD)
    local = rows.locals_for(connection, tbl, [gid]).get(gid)
    values = None if local is None else rows.read(connection, by_name()[tbl], [local]).get(local)
    if values is None or tbl not in _NAMES:
        return GONE.format(table=tbl)
    pattern, column = _NAMES[tbl]
    return pattern.format(name=values[column])


def differences(mine: str, theirs: str) -> list[tuple[str, str, str]]:
    """(field, mine, theirs) for every field whose values differ; "" for a missing side."""
    left = json.loads(mine) if mine else {}
    right = json.loads(theirs) if theirs else {}
    found = []
    for name in sorted(set(left) | set(right)):
        if name in _QUIET or left.get(name) == right.get(name):
            continue
        found.append((name, _text(left.get(name)), _text(right.get(name))))
    return found


def _text(value: object) -> str:
    return "" if value is None else str(value)
