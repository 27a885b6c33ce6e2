"""Partners and everything recorded about them: contacts, yearly figures, trainings, technicians,
backlink checks, agreements and NFR licences."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import Date, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from nspdesk.domain.letterhead import addressed_name
from nspdesk.store.models.base import Base, Timestamps, Versioned
from nspdesk.store.types import Money, UTCDateTime


class Partner(Base, Timestamps, Versioned):
    __tablename__ = "partners"

    id: Mapped[int] = mapped_column(primary_key=True)
    company: Mapped[str] = mapped_column(String(200), index=True)
    customer_number: Mapped[str] = mapped_column(String(30), default="", index=True)
    street: Mapped[str] = mapped_column(String(200), default="")
    postal_code: Mapped[str] = mapped_column(String(20), default="")
    city: Mapped[str] = mapped_column(String(100), default="")
    country: Mapped[str] = mapped_column(String(100), default="Deutschland")
    vat_id: Mapped[str] = mapped_column(String(30), default="")
    website: Mapped[str] = mapped_column(String(300), default="")
    backlink_url: Mapped[str] = mapped_column(String(300), default="")  # the page to check
    track: Mapped[str] = mapped_column(String(20))  # server, cloud, msp
    tier: Mapped[str | None] = mapped_column(String(40), nullable=True)  # None: not yet a partner
    msp_level: Mapped[str | None] = mapped_column(
        String(40), nullable=True
    )  # MSP: business/premium
    reseller_only: Mapped[bool] = mapped_column(default=False)  # sells Server only with an HSV
    partner_since: Mapped[date | None] = mapped_column(Date, nullable=True)
    notes: Mapped[str] = mapped_column(Text, default="")

    contacts: Mapped[list[Contact]] = relationship(
        back_populates="partner", cascade="all, delete-orphan", order_by="Contact.id"
    )
    years: Mapped[list[PartnerYear]] = relationship(
        back_populates="partner", cascade="all, delete-orphan", order_by="PartnerYear.year"
    )
    trainings: Mapped[list[TrainingRecord]] = relationship(
        cascade="all, delete-orphan", order_by="TrainingRecord.attended_on"
    )
    technicians: Mapped[list[Technician]] = relationship(
        back_populates="partner", cascade="all, delete-orphan", order_by="Technician.id"
    )
    backlink_checks: Mapped[list[BacklinkCheck]] = relationship(
        cascade="all, delete-orphan", order_by="BacklinkCheck.checked_at"
    )
    agreements: Mapped[list[Agreement]] = relationship(
        cascade="all, delete-orphan", order_by="Agreement.signed_on"
    )
    nfr_licences: Mapped[list[NfrLicence]] = relationship(
        cascade="all, delete-orphan", order_by="NfrLicence.issued_on"
    )

    @property
    def main_contact(self) -> Contact | None:
        """Who speaks for the partner: its primary contact, else its first one (None: none)."""
        return next((c for c in self.contacts if c.primary), None) or next(
            iter(self.contacts), None
        )


class Contact(Base):
    __tablename__ = "contacts"

    id: Mapped[int] = mapped_column(primary_key=True)
    partner_id: Mapped[int] = mapped_column(
        ForeignKey("partners.id", ondelete="CASCADE"), index=True
    )
    name: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(100), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    phone: Mapped[str] = mapped_column(String(50), default="")
    primary: Mapped[bool] = mapped_column(default=False)
    # "Frau", "Herr" or "" (not known, or neither): the letter's salutation; a title such as "Dr.".
    salutation: Mapped[str] = mapped_column(String(10), default="", server_default="")
    title: Mapped[str] = mapped_column(String(50), default="", server_default="")

    partner: Mapped[Partner] = relationship(back_populates="contacts")

    @property
    def addressed(self) -> str:
        """As the address field and the salutation name the person: "Frau Dr. Anna Hansen"."""
        return addressed_name(self.name, self.salutation, self.title)


class PartnerYear(Base):
    """Figures of one calendar year entered by hand (business outside the app) and yearly counters.

    Won quotes are not copied here: they are summed from the quotes when the year is evaluated, so
    the evaluation can show which figures came from where.
    """

    __tablename__ = "partner_years"
    __table_args__ = (UniqueConstraint("partner_id", "year"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    partner_id: Mapped[int] = mapped_column(
        ForeignKey("partners.id", ondelete="CASCADE"), index=True
    )
    year: Mapped[int] = mapped_column(Integer)
    projects: Mapped[int] = mapped_column(default=0)
    revenue: Mapped[Decimal] = mapped_column(Money, default=Decimal(0))
    mrr: Mapped[Decimal] = mapped_column(Money, default=Decimal(0))
    support_calls_used: Mapped[int] = mapped_column(default=0)
    marketing_budget_used: Mapped[Decimal] = mapped_column(Money, default=Decimal(0))
    leads_received: Mapped[int] = mapped_column(default=0)

    partner: Mapped[Partner] = relationship(back_populates="years")


class TrainingRecord(Base):
    __tablename__ = "trainings"

    id: Mapped[int] = mapped_column(primary_key=True)
    partner_id: Mapped[int] = mapped_column(
        ForeignKey("partners.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[str] = mapped_column(String(20))  # sales, technical
    format: Mapped[str] = mapped_column(String(20))  # online, video
    attended_on: Mapped[date] = mapped_column(Date)
    attendee: Mapped[str] = mapped_column(String(200), default="")


class Technician(Base):
    __tablename__ = "technicians"

    id: Mapped[int] = mapped_column(primary_key=True)
    partner_id: Mapped[int] = mapped_column(
        ForeignKey("partners.id", ondelete="CASCADE"), index=True
    )
    name: Mapped[str] = mapped_column(String(200))
    email: Mapped[str] = mapped_column(String(200), default="")

    partner: Mapped[Partner] = relationship(back_populates="technicians")
    courses: Mapped[list[AdminCourse]] = relationship(
        cascade="all, delete-orphan", order_by="AdminCourse.completed_on"
    )

    @property
    def last_course(self) -> date | None:
        return self.courses[-1].completed_on if self.courses else None


class AdminCourse(Base):
    """A completed two-day administrator course (the certification)."""

    __tablename__ = "admin_courses"

    id: Mapped[int] = mapped_column(primary_key=True)
    technician_id: Mapped[int] = mapped_column(
        ForeignKey("technicians.id", ondelete="CASCADE"), index=True
    )
    completed_on: Mapped[date] = mapped_column(Date)


class BacklinkCheck(Base):
    __tablename__ = "backlink_checks"

    id: Mapped[int] = mapped_column(primary_key=True)
    partner_id: Mapped[int] = mapped_column(
        ForeignKey("partners.id", ondelete="CASCADE"), index=True
    )
    url: Mapped[str] = mapped_column(String(500))
    verdict: Mapped[str] = mapped_column(String(20))  # follow, nofollow, missing, unreachable
    checked_at: Mapped[datetime] = mapped_column(UTCDateTime)
    http_status: Mapped[int | None] = mapped_column(nullable=True)
    final_url: Mapped[str] = mapped_column(String(500), default="")
    detail: Mapped[str] = mapped_column(Text, default="")


class Agreement(Base):
    """The basic service agreement, partner agreement and support contracts (SV, HSV, PV)."""

    __tablename__ = "agreements"

    id: Mapped[int] = mapped_column(primary_key=True)
    partner_id: Mapped[int] = mapped_column(
        ForeignKey("partners.id", ondelete="CASCADE"), index=True
    )
    kind: Mapped[str] = mapped_column(String(30))  # see nspdesk.store.partners.AGREEMENT_KINDS
    signed_on: Mapped[date] = mapped_column(Date)
    valid_until: Mapped[date | None] = mapped_column(Date, nullable=True)
    customer: Mapped[str] = mapped_column(String(200), default="")  # SV/HSV: the end customer
    note: Mapped[str] = mapped_column(Text, default="")


class NfrLicence(Base):
    __tablename__ = "nfr_licences"

    id: Mapped[int] = mapped_column(primary_key=True)
    partner_id: Mapped[int] = mapped_column(
        ForeignKey("partners.id", ondelete="CASCADE"), index=True
    )
    issued_on: Mapped[date] = mapped_column(Date)
    users: Mapped[int] = mapped_column()
    reference: Mapped[str] = mapped_column(String(100), default="")
