"""Editing a partner and what is recorded about it: one function per user action.

Each opens and commits its own transaction and returns plain values. Saving the master data is
safe when a team shares one database: the editor hands back the ``version`` it loaded, the row is
locked, compared and counted up, so a save from a stale copy is refused with a ``StaleEditError``
naming who changed the partner and when (nothing of the colleague's change is lost).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import NamedTuple

from sqlalchemy import select

from nspdesk.domain.compliance import Evaluation
from nspdesk.domain.messages import QT_TRANSLATE_NOOP
from nspdesk.domain.partner_input import ContactInput, PartnerInput, YearInput
from nspdesk.domain.year_figures import CountedQuote, YearFigures
from nspdesk.services.workspace import Workspace
from nspdesk.store import partner_records as records
from nspdesk.store import tiers
from nspdesk.store.editing import check_version, locked, touch
from nspdesk.store.errors import ConflictError
from nspdesk.store.figures import AGREEMENT_KINDS, evaluate_partner
from nspdesk.store.models import Partner, PartnerYear
from nspdesk.store.partner_records import TRAINING_FORMATS, TRAINING_KINDS
from nspdesk.store.partners import NO_PARTNER, save_partner
from nspdesk.store.quotes import default_actor

__all__ = [
    "AGREEMENT_KINDS",
    "TRAINING_FORMATS",
    "TRAINING_KINDS",
    "ContactInput",
    "PartnerEntry",
    "PartnerInput",
    "PartnerStanding",
    "YearInput",
    "add_agreement",
    "add_course",
    "add_technician",
    "add_training",
    "evaluate",
    "issue_nfr",
    "list_partners",
    "remove_agreement",
    "remove_course",
    "remove_nfr",
    "remove_technician",
    "remove_training",
    "save_master",
    "set_year_figures",
    "stored_counters",
]

THE_PARTNER = QT_TRANSLATE_NOOP("PartnerRecords", "Der Partner {company}")
FIGURES_CHANGED = QT_TRANSLATE_NOOP(
    "PartnerRecords",
    "Die Zahlen {year} von {company} wurden inzwischen geändert; Ihre Änderung wurde nicht "
    "gespeichert. Bitte neu laden und die Änderung wiederholen.",
)


class PartnerEntry(NamedTuple):
    """One partner as ``nspdesk partners list`` and the pickers show it."""

    id: int
    customer_number: str
    company: str
    track: str
    tier: str | None
    msp_level: str | None
    city: str


@dataclass(frozen=True)
class PartnerStanding:
    """A partner's year evaluated under the edition valid on the reference date."""

    id: int
    company: str
    customer_number: str
    track: str
    tier: str | None
    msp_level: str | None
    figures: YearFigures
    evaluation: Evaluation
    counted: tuple[CountedQuote, ...] = ()  # the won quotes that made the projects, oldest first


def list_partners(workspace: Workspace, on: date | None = None) -> list[PartnerEntry]:
    """Every partner, ordered by company, with the tier it holds on ``on`` (default: today)."""
    with workspace.database.read() as session:
        history, tier, msp_level = tiers.tier_columns(on or date.today())
        rows = session.execute(
            select(
                Partner.id,
                Partner.customer_number,
                Partner.company,
                Partner.track,
                tier,
                msp_level,
                Partner.city,
            )
            .outerjoin(history, history.c.partner_id == Partner.id)
            .order_by(Partner.company)
        )
        return [PartnerEntry(*row) for row in rows]


def evaluate(workspace: Workspace, partner_id: int, year: int, as_of: date) -> PartnerStanding:
    """The partner's ``year`` as known on ``as_of`` (``NotFoundError`` for a wrong id)."""
    with workspace.database.read() as session:
        result = evaluate_partner(session, workspace.library, partner_id, year, as_of)
        p = result.partner
        held = tiers.tier_on(session, p, as_of)
        return PartnerStanding(
            p.id,
            p.company,
            p.customer_number,
            p.track,
            held.tier,
            held.msp_level,
            result.figures,
            result.evaluation,
            result.counted,
        )


def save_master(
    workspace: Workspace,
    partner_id: int,
    data: PartnerInput,
    contacts: Sequence[ContactInput],
    *,
    version: int | None,
    as_of: date | None = None,
    actor: str | None = None,
) -> int:
    """Save master data and contacts together; returns the partner's new version.

    ``version`` is the one the editor loaded (None: no check, for scripts). The tier rules are
    those of the edition valid on ``as_of`` (today by default). The form shows the tier held on
    ``as_of``; for a partner with a tier history, a different tier is recorded in the history
    as held from ``as_of`` on (a review's tier for a later date stays), otherwise it is the
    partner's tier as before.
    """
    day = as_of or date.today()
    program = workspace.library.edition_for(day)
    with workspace.database.write() as session:
        partner = locked(session, Partner, partner_id, NO_PARTNER.format(id=partner_id))
        check_version(partner, version, THE_PARTNER.format(company=partner.company))
        held = tiers.tier_on(session, partner, day)
        decided_last = tiers.Standing(partner.tier, partner.msp_level)
        save_partner(session, program, data, partner_id)
        if tiers.has_history(session, partner_id):
            partner.tier, partner.msp_level = decided_last
            wanted = tiers.Standing(data.tier, data.msp_level)
            if wanted != held:
                tiers.record(session, partner, wanted, day, tiers.SOURCE_MANUAL)
        records.save_contacts(session, partner_id, contacts)
        touch(partner, default_actor() if actor is None else actor)
        session.flush()
        return partner.version


def set_year_figures(
    workspace: Workspace,
    partner_id: int,
    year: int,
    data: YearInput,
    *,
    expected: YearInput | None = None,
) -> None:
    """Store the hand-entered figures of ``year``. ``expected``: the figures the editor loaded; when
    a colleague saved others meanwhile, the save is refused (``ConflictError``), not overwritten."""
    with workspace.database.write() as session:
        # one figures save of a partner at a time
        partner = locked(session, Partner, partner_id, NO_PARTNER.format(id=partner_id))
        if expected is not None:
            row = session.scalars(
                select(PartnerYear)
                .where(PartnerYear.partner_id == partner_id, PartnerYear.year == year)
                .execution_options(populate_existing=True)
            ).one_or_none()
            if stored_counters(row) != expected:
                raise ConflictError(FIGURES_CHANGED.format(year=year, company=partner.company))
        records.set_year_figures(session, partner_id, year, data)


def stored_counters(row: PartnerYear | None) -> YearInput:
    """A year's stored figures as the editor shows them (zeros without a row)."""
    if row is None:
        return YearInput()
    return YearInput(
        projects=row.projects,
        revenue=row.revenue,
        mrr=row.mrr,
        support_calls_used=row.support_calls_used,
        marketing_budget_used=row.marketing_budget_used,
        leads_received=row.leads_received,
    )


def add_training(
    workspace: Workspace,
    partner_id: int,
    kind: str,
    format: str,
    attended_on: date,
    attendee: str = "",
) -> int:
    with workspace.database.write() as session:
        return records.add_training(session, partner_id, kind, format, attended_on, attendee).id


def remove_training(workspace: Workspace, training_id: int) -> None:
    with workspace.database.write() as session:
        records.remove_training(session, training_id)


def add_technician(
    workspace: Workspace,
    partner_id: int,
    name: str,
    email: str = "",
    completed_on: date | None = None,
) -> int:
    with workspace.database.write() as session:
        return records.add_technician(session, partner_id, name, email, completed_on).id


def add_course(workspace: Workspace, technician_id: int, completed_on: date) -> int:
    with workspace.database.write() as session:
        return records.add_course(session, technician_id, completed_on).id


def remove_course(workspace: Workspace, course_id: int) -> None:
    with workspace.database.write() as session:
        records.remove_course(session, course_id)


def remove_technician(workspace: Workspace, technician_id: int) -> None:
    with workspace.database.write() as session:
        records.remove_technician(session, technician_id)


def add_agreement(
    workspace: Workspace,
    partner_id: int,
    kind: str,
    signed_on: date,
    valid_until: date | None = None,
    customer: str = "",
    note: str = "",
) -> int:
    with workspace.database.write() as session:
        return records.add_agreement(
            session, partner_id, kind, signed_on, valid_until, customer, note
        ).id


def remove_agreement(workspace: Workspace, agreement_id: int) -> None:
    with workspace.database.write() as session:
        records.remove_agreement(session, agreement_id)


def issue_nfr(
    workspace: Workspace,
    partner_id: int,
    issued_on: date,
    users: int,
    reference: str = "",
    *,
    as_of: date | None = None,
) -> int:
    """Record an NFR licence; at most as many users as the partner's tier grants under the
    edition valid on ``as_of`` (today by default)."""
    program = workspace.library.edition_for(as_of or date.today())
    with workspace.database.write() as session:
        return records.issue_nfr(session, program, partner_id, issued_on, users, reference).id


def remove_nfr(workspace: Workspace, licence_id: int) -> None:
    with workspace.database.write() as session:
        records.remove_nfr(session, licence_id)
