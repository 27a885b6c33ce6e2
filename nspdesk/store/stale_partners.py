"""Invalidate, then recompute: derived per-partner tables kept in step with the records.

A value computed by the domain's Python rules (a partner's due facts, its standing) cannot be
computed by the database, so it is stored in a derived table with one *state row* per partner,
and database triggers on every table the value is made from delete that state row when a row of
the partner changes, whoever writes it (the app, the command line, an import, sync). A partner is
then *stale* when it has no state row, or its row does not hold for the day asked
(``valid_from`` … ``valid_until``, day numbers) or was made on another ``basis`` (another edition
of the rules, another format). The service that reads the
derived table first recomputes the stale partners, in its own transaction, with the domain.

The triggers only invalidate (one ``DELETE`` by primary key); they are made by the migration that
adds the state table, from ``SOURCES``: each source table and how a row of it names its partner.
A later migration that recreates one of these tables on SQLite (copy-and-move) drops the triggers
and must make them again (``tests/integration/test_due_facts.py`` checks they exist).

Used by the due list (``due_partners``, migration 0010); written so that other per-partner derived
values (the partner list's standing) can use the same sources and the same two functions.
"""

from __future__ import annotations

from typing import NamedTuple

from sqlalchemy import Table, delete, or_, select
from sqlalchemy.orm import Session

from nspdesk.store.models import Partner


class Source(NamedTuple):
    """A table a per-partner value is made from, and how its row names the partner: ``partner``
    is an SQL expression over ``{row}`` (``NEW`` or ``OLD``)."""

    table: str
    partner: str


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
    Source("onboarding_checklists", "{row}.partner_id"),
    Source(
        "onboarding_steps",
        "(SELECT partner_id FROM onboarding_checklists WHERE id = {row}.checklist_id)",
    ),
)


def trigger_names(state: str) -> dict[str, str]:
    """The name of each source table's trigger for the state table ``state`` (one per table on
    both dialects: SQLite fires it for insert, update and delete through three of that prefix)."""
    return {source.table: f"{state}_stale_{source.table}" for source in SOURCES}


def stale_partner_ids(session: Session, state: Table, day: int, basis: str) -> list[int]:
    """The partners whose state row in ``state`` is missing, does not hold for ``day`` (a day
    number outside ``valid_from`` … ``valid_until``) or was made on another ``basis``, in id
    order."""
    row = state.c
    query = (
        select(Partner.id)
        .outerjoin(state, row.partner_id == Partner.id)
        .where(
            or_(
                row.partner_id.is_(None),
                row.valid_until < day,
                row.valid_from > day,
                row.basis != basis,
            )
        )
        .order_by(Partner.id)
    )
    return list(session.scalars(query))


def forget(session: Session, state: Table, partner_ids: list[int]) -> None:
    """Drop the state rows of ``partner_ids`` (before they are written again)."""
    session.execute(delete(state).where(state.c.partner_id.in_(partner_ids)))
