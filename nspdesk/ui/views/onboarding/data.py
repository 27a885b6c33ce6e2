"""What the Onboarding view shows, read from the store in one short session per action."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QCoreApplication

from nspdesk.domain.editions import ProgramLibrary
from nspdesk.domain.letterhead import Addressee, Sender
from nspdesk.domain.onboarding import Checklist, StepStatus
from nspdesk.store import onboarding as stored_onboarding
from nspdesk.store.database import Database
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

    def text(self) -> str:
        return QCoreApplication.translate("OnboardingView", "{done} von {total} erledigt").format(
            done=self.done, total=self.total
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


def partner_entries(database: Database, library: ProgramLibrary) -> list[PartnerEntry]:
    """Every partner; those with a checklist first, then by name."""
    entries = []
    with database.read() as session:
        for partner in list_partners(session):
            stored = stored_onboarding.latest_for(session, partner.id)
            checklist = stored_onboarding.as_checklist(library, stored) if stored else None
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


def load_checklist(database: Database, library: ProgramLibrary, partner_id: int) -> Loaded | None:
    with database.read() as session:
        stored = stored_onboarding.latest_for(session, partner_id)
        if stored is None:
            return None
        partner = get_partner(session, partner_id)
        contact = next((c.name for c in partner.contacts if c.primary), "")
        contact = contact or (partner.contacts[0].name if partner.contacts else "")
        return Loaded(
            stored.id, stored_onboarding.as_checklist(library, stored), addressee(partner, contact)
        )


def sender(database: Database) -> Sender:
    with database.read() as session:
        return load_sender(session)


def start(
    database: Database, library: ProgramLibrary, partner_id: int, tier_id: str, on: date
) -> int:
    with database.write() as session:
        return stored_onboarding.start(session, library, partner_id, tier_id, on).id
