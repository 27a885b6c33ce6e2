"""Invalidate, then recompute: each partner's *generation* of facts, counted up by triggers.

A value the domain's Python rules compute per partner (the due list's facts, the partner list's
traffic light) cannot be computed by the database, so it is kept in a derived table beside the
partner's generation it was computed from. Triggers on every table such a value is read from
(``SOURCES``, whoever writes: the app, the command line, an import, sync) count the partner's
generation up in ``partner_fact_marks``; a kept value whose generation is not its partner's current
one is stale, and the service that reads the derived table works the stale ones out again first.

A count, not a flag: the service reads the partner's generation (``generations``) *before* its
facts, in the transaction that keeps the value. A colleague's change committed after that read
counts the generation past the kept one, so the value is stale at once, on PostgreSQL too, where
the two transactions overlap (a flag cleared by the recomputation would hide that change).

The marks table and its triggers are made by migration 0010; a later migration that recreates one
of the source tables on SQLite (copy-and-move) drops its triggers and must make them again
(``tests/integration/test_due_facts.py`` checks the newest schema has them).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, NamedTuple

from sqlalchemy import Integer, column, func, select, table
from sqlalchemy.orm import Session

from nspdesk.store.models import Partner

MARKS_TABLE = "partner_fact_marks"
MARKS = table(MARKS_TABLE, column("partner_id", Integer), column("generation", Integer))


class Source(NamedTuple):
    """A table per-partner values are read from, and how its row names the partner: ``partner``
    is an SQL expression over ``{row}`` (``NEW`` or ``OLD``)."""

    table: str
    partner: str


# the union of what the due list (store.due) and the standings (store.figures) read
SOURCES = (
    Source("partners", "{row}.id"),
    Source("tier_history", "{row}.partner_id"),
    Source("trainings", "{row}.partner_id"),
    Source("technicians", "{row}.partner_id"),
    Source("admin_courses", "(SELECT partner_id FROM technicians WHERE id = {row}.technician_id)"),
    Source("backlink_checks", "{row}.partner_id"),
    Source("agreements", "{row}.partner_id"),
    Source("partner_years", "{row}.partner_id"),
    Source("quotes", "{row}.partner_id"),
    Source("quote_revisions", "(SELECT partner_id FROM quotes WHERE id = {row}.quote_id)"),
    Source(
        "quote_lines",
        "(SELECT q.partner_id FROM quote_revisions r JOIN quotes q ON q.id = r.quote_id"
        " WHERE r.id = {row}.revision_id)",
    ),
    Source("onboarding_checklists", "{row}.partner_id"),
    Source(
        "onboarding_steps",
        "(SELECT partner_id FROM onboarding_checklists WHERE id = {row}.checklist_id)",
    ),
)


def sqlite_trigger_names() -> list[str]:
    """The marking triggers a SQLite database has: one per source table and event."""
    return [
        f"{MARKS_TABLE}_{source.table}_{event}"
        for source in SOURCES
        for event in ("ai", "au", "ad")
    ]


def generation() -> Any:
    """The partner's current generation in a query joined to ``MARKS`` (0: never changed)."""
    return func.coalesce(MARKS.c.generation, 0)


def generations(session: Session, partner_ids: Iterable[int]) -> dict[int, int]:
    """The current generation of each of ``partner_ids`` (read before their facts)."""
    ids = list(partner_ids)
    found: dict[int, int] = dict.fromkeys(ids, 0)
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        query = select(MARKS.c.partner_id, MARKS.c.generation).where(MARKS.c.partner_id.in_(chunk))
        found.update((p, g) for p, g in session.connection().execute(query))
    return found


def forget_gone(session: Session) -> None:
    """Drop the marks of partners that are gone."""
    session.connection().execute(
        MARKS.delete().where(MARKS.c.partner_id.not_in(select(Partner.id)))
    )
