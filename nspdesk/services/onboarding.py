"""Onboarding checklists: the partners with their progress, starting a checklist, recording a step,
and printing it. One function per user action, each in its own transaction, plain values out.

The app and ``nspdesk pdf checklist --partner`` print through ``checklist_pdf``: the same partner,
day and tier give the same bytes. A checklist from the database shows what the partner's records
prove on the day (agreements, this year's trainings, valid certifications, the follow link, the NFR
licence) as done, besides the progress recorded on the checklist; an MSP's steps name the benefits
of its recorded level.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from nspdesk.domain.letterhead import Addressee
from nspdesk.domain.onboarding import (
    Checklist,
    StepId,
    StepStatus,
    checklist_for,
    recorded_progress,
)
from nspdesk.domain.pricing import resolve_tier
from nspdesk.services.workspace import Workspace
from nspdesk.store import onboarding as stored_onboarding
from nspdesk.store.models import OnboardingChecklist, Partner
from nspdesk.store.partners import get_partner, list_partners
from nspdesk.store.printing import addressee
from nspdesk.store.sender import load_sender


@dataclass(frozen=True)
class Progress:
    done: int
    total: int  # steps that apply (not "entfällt")
    required_done: int
    required_total: int

    @classmethod
    def of(cls, checklist: Checklist) -> Progress:
        applying = [s for s in checklist.steps if s.status is not StepStatus.NOT_APPLICABLE]
        required = [s for s in applying if s.required]
        return cls(
            done=sum(1 for s in applying if s.status is StepStatus.DONE),
            total=len(applying),
            required_done=sum(1 for s in required if s.status is StepStatus.DONE),
            required_total=len(required),
        )


@dataclass(frozen=True)
class PartnerEntry:
    id: int
    company: str
    customer_number: str
    track: str
    tier: str | None
    checklist_id: int | None
    target_name: str  # the stored checklist's target tier, "" without one
    progress: Progress | None


@dataclass(frozen=True)
class Loaded:
    """A partner's newest checklist, ready to show and print."""

    checklist_id: int
    checklist: Checklist
    addressee: Addressee
    partner_id: int


def _as_recorded(checklist: Checklist, partner: Partner, on: date) -> Checklist:
    """``checklist`` with the steps ``partner``'s records prove done on ``on`` shown as done."""
    records = stored_onboarding.partner_records(partner, on)
    return checklist.with_records(recorded_progress(checklist.program, checklist.tier, records, on))


def _stored(
    workspace: Workspace, stored: OnboardingChecklist, partner: Partner, on: date
) -> Checklist:
    checklist = stored_onboarding.as_checklist(workspace.library, stored, partner.msp_level)
    return _as_recorded(checklist, partner, on)


def _recipient(partner: Partner) -> Addressee:
    """The partner's address for a letter: to its primary contact, else its first one."""
    contact = partner.main_contact
    return addressee(partner, contact.name if contact else "")


def partner_entries(workspace: Workspace, on: date | None = None) -> list[PartnerEntry]:
    """Every partner; those with a checklist first, then by name (progress as of ``on``, default
    today)."""
    day = on or date.today()
    entries = []
    with workspace.database.read() as session:
        latest = stored_onboarding.latest_per_partner(session)
        for partner in list_partners(session):
            stored = latest.get(partner.id)
            checklist = _stored(workspace, stored, partner, day) if stored else None
            entries.append(
                PartnerEntry(
                    id=partner.id,
                    company=partner.company,
                    customer_number=partner.customer_number,
                    track=partner.track,
                    tier=partner.tier,
                    checklist_id=stored.id if stored else None,
                    target_name=checklist.tier.name if checklist else "",
                    progress=Progress.of(checklist) if checklist else None,
                )
            )
    return sorted(entries, key=lambda e: (e.checklist_id is None, e.company.casefold()))


def load_checklist(workspace: Workspace, partner_id: int, on: date | None = None) -> Loaded | None:
    """The partner's newest checklist as of ``on`` (default today), None when it has none."""
    with workspace.database.read() as session:
        stored = stored_onboarding.latest_for(session, partner_id)
        if stored is None:
            return None
        partner = get_partner(session, partner_id)
        return Loaded(
            stored.id,
            _stored(workspace, stored, partner, on or date.today()),
            _recipient(partner),
            partner_id,
        )


def start(workspace: Workspace, partner_id: int, tier_id: str, on: date) -> int:
    """A new checklist towards ``tier_id`` under the edition valid ``on``; returns its id."""
    with workspace.database.write() as session:
        return stored_onboarding.start(session, workspace.library, partner_id, tier_id, on).id


def record_step(
    workspace: Workspace,
    checklist_id: int,
    step: StepId,
    status: StepStatus,
    done_on: date | None = None,
    done_by: str = "",
    note: str = "",
) -> None:
    with workspace.database.write() as session:
        stored_onboarding.record(session, checklist_id, step, status, done_on, done_by, note)


def checklist_pdf(
    workspace: Workspace, partner_id: int, on: date, tier_id: str | None = None
) -> bytes:
    """The partner's checklist as a PDF dated ``on``: its newest stored one (when ``tier_id`` is
    None or that checklist's target), else a fresh one towards ``tier_id`` (default: the partner's
    tier, else the lowest of its track)."""
    from nspdesk.documents.checklist_pdf import checklist_pdf as render

    library = workspace.library
    with workspace.database.read() as session:
        partner = get_partner(session, partner_id)
        stored = stored_onboarding.latest_for(session, partner_id)
        if stored is not None and tier_id in (None, stored.target_tier):
            checklist = _stored(workspace, stored, partner, on)
        else:
            program = library.edition_for(on)
            target = tier_id or partner.tier or program.tiers_of_track(partner.track)[0].id
            level = stored_onboarding.benefit_level(program, partner.msp_level)
            fresh = checklist_for(program, resolve_tier(program, target), level)
            checklist = _as_recorded(fresh, partner, on)
        recipient = _recipient(partner)
        sender = load_sender(session)
    return render(checklist, recipient, sender, on)
