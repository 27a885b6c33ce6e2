"""Edits by several people on one database: row locks inside a transaction, versions across edits.

Two devices work on the same quote or partner. Inside one transaction a service first *locks* the
row (``SELECT … FOR UPDATE`` on PostgreSQL; SQLite's ``BEGIN IMMEDIATE`` already serialises writers),
so two racing actions run one after the other and the second sees what the first committed. Across
an edit (the editor read version 7 an hour ago), the version the person started from is compared
with the stored one: a stale save is refused with a ``StaleEditError`` naming who changed the record
and when, instead of silently overwriting the colleague's change.
"""

from __future__ import annotations

from datetime import datetime
from typing import TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from nspdesk.domain.messages import QT_TRANSLATE_NOOP, Moment
from nspdesk.store.errors import NotFoundError, StaleEditError
from nspdesk.store.models.base import Versioned
from nspdesk.store.types import utcnow

STALE = QT_TRANSLATE_NOOP(
    "StoreErrors",
    "{what} wurde inzwischen von {who} geändert ({when}); Ihre Änderung wurde nicht "
    "gespeichert. Bitte neu laden und die Änderung wiederholen.",
)
SOMEONE = QT_TRANSLATE_NOOP("StoreErrors", "jemand anderem")
NOT_FOUND = QT_TRANSLATE_NOOP("StoreErrors", "{what} gibt es nicht (mehr).")

V = TypeVar("V", bound=Versioned)


def locked(session: Session, model: type[V], record_id: int, missing: str) -> V:
    """The record, locked until the transaction ends, read fresh from the database; ``missing``
    is the refusal when there is no such record (``gone(what)`` words one).

    ``populate_existing`` makes a record already in the session take the committed values the lock
    waited for, so the checks that follow see the colleague's change.
    """
    record = session.scalars(
        select(model)
        .where(model.id == record_id)  # type: ignore[attr-defined]
        .with_for_update()
        .execution_options(populate_existing=True)
    ).one_or_none()
    if record is None:
        raise NotFoundError(missing)
    return record


def gone(what: str) -> str:
    """ "{what} gibt es nicht (mehr).": the refusal for a record deleted meanwhile."""
    return NOT_FOUND.format(what=what)


def check_version(record: Versioned, expected: int | None, what: str) -> None:
    """Refuse a change made from a copy older than ``record`` (``expected`` None: no check)."""
    if expected is None or expected == record.version:
        return
    changed: datetime = getattr(record, "updated_at", None) or utcnow()
    raise StaleEditError(
        STALE.format(
            what=what,
            who=record.updated_by or SOMEONE,
            when=Moment(changed.astimezone()),  # the reader's clock, in the reader's notation
        ),
        who=record.updated_by,
        when=changed,
        version=record.version,
    )


def touch(record: Versioned, actor: str) -> None:
    """Count a saved change: the next version, by ``actor``."""
    record.version = record.version + 1
    record.updated_by = actor
    if hasattr(record, "updated_at"):
        record.updated_at = utcnow()
