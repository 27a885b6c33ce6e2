"""Changing what is recorded about a partner besides its master data: contacts, a year's figures,
trainings, technicians and their admin courses, agreements and NFR licences.

One function per user action, each validating its input first and raising
``InputError(field, message)`` in German; the caller's ``database.write()`` block commits. Amounts are
``Decimal`` in whole cents, never floats.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from decimal import Decimal
from typing import TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from nspdesk.domain.decimals import MAX_AMOUNT, ZERO, round_cents
from nspdesk.domain.errors import InputError
from nspdesk.domain.letterhead import SALUTATION_CHOICES
from nspdesk.domain.messages import QT_TRANSLATE_NOOP, Listing, Text
from nspdesk.domain.partner_input import ContactInput, YearInput
from nspdesk.domain.program import Program, Training
from nspdesk.store.errors import NotFoundError
from nspdesk.store.figures import AGREEMENT_KINDS
from nspdesk.store.models import (
    AdminCourse,
    Agreement,
    Contact,
    NfrLicence,
    PartnerYear,
    Technician,
    TrainingRecord,
)
from nspdesk.store.models.base import Base
from nspdesk.store.partners import get_partner
from nspdesk.store.tiers import Standing, tier_on

TRAINING_FORMATS = {"online": "Online", "video": "Video"}
TRAINING_KINDS = {Training.SALES.value: "Vertrieb", Training.TECHNICAL.value: "Technik"}
CUSTOMER_AGREEMENTS = frozenset({"SV", "HSV"})  # made for an end customer, who must be named
FIRST_YEAR, LAST_YEAR = 2000, 2100
MAX_COUNT = 1_000_000

_Row = TypeVar("_Row", bound=Base)


# --- helpers ------------------------------------------------------------------------------------

_EMPTY = QT_TRANSLATE_NOOP("PartnerRecords", "darf nicht leer sein")
_TOO_LONG = QT_TRANSLATE_NOOP("PartnerRecords", "ist zu lang (höchstens {limit} Zeichen)")
_NOT_AN_INTEGER = QT_TRANSLATE_NOOP("PartnerRecords", "erwartet eine ganze Zahl, erhalten: {value}")
_BELOW_MINIMUM = QT_TRANSLATE_NOOP("PartnerRecords", "darf nicht kleiner als {minimum} sein")
_TOO_MANY = QT_TRANSLATE_NOOP("PartnerRecords", "ist zu groß (höchstens {maximum})")
_NOT_A_DECIMAL = QT_TRANSLATE_NOOP(
    "PartnerRecords", "erwartet einen Betrag als Decimal, erhalten: {value}"
)
_NOT_FINITE = QT_TRANSLATE_NOOP("PartnerRecords", "ist keine endliche Zahl")
_NEGATIVE = QT_TRANSLATE_NOOP("PartnerRecords", "darf nicht negativ sein")
_TOO_LARGE = QT_TRANSLATE_NOOP("PartnerRecords", "ist zu groß")
_CENTS = QT_TRANSLATE_NOOP("PartnerRecords", "hat mehr als zwei Nachkommastellen (ganze Cent)")
_NOT_A_DATE = QT_TRANSLATE_NOOP("PartnerRecords", "erwartet ein Datum, erhalten: {value}")
_OUT_OF_YEARS = QT_TRANSLATE_NOOP("PartnerRecords", "liegt außerhalb von {first} bis {last}")
_NOT_AN_EMAIL = QT_TRANSLATE_NOOP("PartnerRecords", "ist keine E-Mail-Adresse: {value}")
_ONE_PRIMARY = QT_TRANSLATE_NOOP("PartnerRecords", "nur ein Kontakt kann der Hauptkontakt sein")
_OTHER_PARTNER = QT_TRANSLATE_NOOP("PartnerRecords", "gehört nicht zu diesem Partner")
_SALUTATION = QT_TRANSLATE_NOOP(
    "PartnerRecords", "Anrede „{value}“ gibt es nicht (möglich: Frau, Herr oder leer)"
)
_UNKNOWN_TRAINING = QT_TRANSLATE_NOOP(
    "PartnerRecords", "unbekannte Trainingsart {kind} (möglich: sales, technical)"
)
_UNKNOWN_FORMAT = QT_TRANSLATE_NOOP(
    "PartnerRecords", "unbekanntes Format {format} (möglich: online, video)"
)
_COURSE_KNOWN = QT_TRANSLATE_NOOP("PartnerRecords", "der Kurs vom {day} ist schon erfasst")
_UNKNOWN_AGREEMENT = QT_TRANSLATE_NOOP(
    "PartnerRecords", "unbekannte Vereinbarung {kind} (möglich: {possible})"
)
_BEFORE_SIGNING = QT_TRANSLATE_NOOP("PartnerRecords", "liegt vor dem Tag der Unterzeichnung")
_NO_TIER_NO_NFR = QT_TRANSLATE_NOOP("PartnerRecords", "ohne Partnerstufe gibt es keine NFR-Lizenz")
_NFR_LIMIT = QT_TRANSLATE_NOOP("PartnerRecords", "die Stufe gewährt höchstens {allowed} User")
_GONE_TRAINING = QT_TRANSLATE_NOOP(
    "PartnerRecords", "Ein Training mit der ID {id} gibt es nicht (mehr)."
)
_GONE_TECHNICIAN = QT_TRANSLATE_NOOP(
    "PartnerRecords", "Einen Techniker mit der ID {id} gibt es nicht (mehr)."
)
_GONE_COURSE = QT_TRANSLATE_NOOP(
    "PartnerRecords", "Einen Kurs mit der ID {id} gibt es nicht (mehr)."
)
_GONE_AGREEMENT = QT_TRANSLATE_NOOP(
    "PartnerRecords", "Eine Vereinbarung mit der ID {id} gibt es nicht (mehr)."
)
_GONE_NFR = QT_TRANSLATE_NOOP(
    "PartnerRecords", "Eine NFR-Lizenz mit der ID {id} gibt es nicht (mehr)."
)


def _text(value: str, field: str, limit: int, *, required: bool = False) -> str:
    text = value.strip()
    if required and not text:
        raise InputError(field, _EMPTY)
    if len(text) > limit:
        raise InputError(field, _TOO_LONG.format(limit=limit))
    return text


def _count(value: int, field: str, *, minimum: int = 0) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise InputError(field, _NOT_AN_INTEGER.format(value=repr(value)))
    if value < minimum:
        raise InputError(field, _BELOW_MINIMUM.format(minimum=minimum))
    if value > MAX_COUNT:
        raise InputError(field, _TOO_MANY.format(maximum=MAX_COUNT))
    return value


def _amount(value: Decimal, field: str) -> Decimal:
    if not isinstance(value, Decimal):
        raise InputError(field, _NOT_A_DECIMAL.format(value=repr(value)))
    if not value.is_finite():
        raise InputError(field, _NOT_FINITE)
    if value < ZERO:
        raise InputError(field, _NEGATIVE)
    if value > MAX_AMOUNT:
        raise InputError(field, _TOO_LARGE)
    if round_cents(value) != value:
        raise InputError(field, _CENTS)
    return round_cents(value)


def _day(value: date, field: str) -> date:
    if not isinstance(value, date):
        raise InputError(field, _NOT_A_DATE.format(value=repr(value)))
    if not FIRST_YEAR <= value.year <= LAST_YEAR:
        raise InputError(field, _OUT_OF_YEARS.format(first=FIRST_YEAR, last=LAST_YEAR))
    return value


def _email(value: str, field: str) -> str:
    text = _text(value, field, 200)
    if text and (text.count("@") != 1 or text.startswith("@") or text.endswith("@") or " " in text):
        raise InputError(field, _NOT_AN_EMAIL.format(value=repr(text)))
    return text


def _row(session: Session, model: type[_Row], row_id: int, gone: Text) -> _Row:
    """The row ``row_id`` of ``model``; ``gone`` (with ``{id}``) says that it does not exist."""
    row = session.get(model, row_id)
    if row is None:
        raise NotFoundError(gone.format(id=row_id))
    return row


# --- contacts -----------------------------------------------------------------------------------


def save_contacts(
    session: Session, partner_id: int, contacts: Sequence[ContactInput]
) -> list[Contact]:
    """Make the partner's contacts exactly ``contacts``: update by id, add new ones, drop the rest."""
    partner = get_partner(session, partner_id)
    cleaned = []
    for index, contact in enumerate(contacts):
        where = f"contacts[{index}]"
        cleaned.append(
            ContactInput(
                name=_text(contact.name, f"{where}.name", 200, required=True),
                role=_text(contact.role, f"{where}.role", 100),
                email=_email(contact.email, f"{where}.email"),
                phone=_text(contact.phone, f"{where}.phone", 50),
                primary=bool(contact.primary),
                id=contact.id,
                salutation=_salutation(contact.salutation, f"{where}.salutation"),
                title=_text(contact.title, f"{where}.title", 50),
            )
        )
    if sum(1 for c in cleaned if c.primary) > 1:
        raise InputError("contacts", _ONE_PRIMARY)
    existing = {c.id: c for c in partner.contacts}
    for index, contact in enumerate(cleaned):
        if contact.id is not None and contact.id not in existing:
            raise InputError(f"contacts[{index}]", _OTHER_PARTNER)
    kept = {c.id for c in cleaned if c.id is not None}
    for contact_id, row in existing.items():
        if contact_id not in kept:
            partner.contacts.remove(row)
    for contact in cleaned:
        row = existing[contact.id] if contact.id is not None else Contact()
        row.name, row.role, row.email = contact.name, contact.role, contact.email
        row.phone, row.primary = contact.phone, contact.primary
        row.salutation, row.title = contact.salutation, contact.title
        if contact.id is None:
            partner.contacts.append(row)
    session.flush()
    return list(partner.contacts)


def _salutation(value: str, field: str) -> str:
    value = value.strip()
    if value not in SALUTATION_CHOICES:
        raise InputError(field, _SALUTATION.format(value=value))
    return value


# --- figures ------------------------------------------------------------------------------------


def set_year_figures(session: Session, partner_id: int, year: int, data: YearInput) -> PartnerYear:
    """Store the hand-entered figures and counters of ``year`` (replacing earlier entries)."""
    get_partner(session, partner_id)
    _count(year, "year")
    if not FIRST_YEAR <= year <= LAST_YEAR:
        raise InputError("year", _OUT_OF_YEARS.format(first=FIRST_YEAR, last=LAST_YEAR))
    projects = _count(data.projects, "projects")
    revenue = _amount(data.revenue, "revenue")
    mrr = _amount(data.mrr, "mrr")
    calls = _count(data.support_calls_used, "support_calls_used")
    budget = _amount(data.marketing_budget_used, "marketing_budget_used")
    leads = _count(data.leads_received, "leads_received")
    row = session.scalars(
        select(PartnerYear).where(PartnerYear.partner_id == partner_id, PartnerYear.year == year)
    ).one_or_none()
    if row is None:
        row = PartnerYear(partner_id=partner_id, year=year)
        session.add(row)
    row.projects, row.revenue, row.mrr = projects, revenue, mrr
    row.support_calls_used, row.marketing_budget_used = calls, budget
    row.leads_received = leads
    session.flush()
    return row


# --- trainings ----------------------------------------------------------------------------------


def add_training(
    session: Session,
    partner_id: int,
    kind: str,
    format: str,
    attended_on: date,
    attendee: str = "",
) -> TrainingRecord:
    partner = get_partner(session, partner_id)
    if kind not in TRAINING_KINDS:
        raise InputError("kind", _UNKNOWN_TRAINING.format(kind=repr(kind)))
    if format not in TRAINING_FORMATS:
        raise InputError("format", _UNKNOWN_FORMAT.format(format=repr(format)))
    record = TrainingRecord(
        kind=kind,
        format=format,
        attended_on=_day(attended_on, "attended_on"),
        attendee=_text(attendee, "attendee", 200),
    )
    partner.trainings.append(record)
    session.flush()
    return record


def remove_training(session: Session, training_id: int) -> None:
    session.delete(_row(session, TrainingRecord, training_id, _GONE_TRAINING))
    session.flush()


# --- technicians and admin courses --------------------------------------------------------------


def add_technician(
    session: Session,
    partner_id: int,
    name: str,
    email: str = "",
    completed_on: date | None = None,
) -> Technician:
    """A technician, with the admin course already completed when ``completed_on`` is given."""
    partner = get_partner(session, partner_id)
    technician = Technician(
        name=_text(name, "name", 200, required=True), email=_email(email, "email")
    )
    if completed_on is not None:
        technician.courses.append(AdminCourse(completed_on=_day(completed_on, "completed_on")))
    partner.technicians.append(technician)
    session.flush()
    return technician


def add_course(session: Session, technician_id: int, completed_on: date) -> AdminCourse:
    """Record a completed two-day admin course (a new certification) for a technician."""
    technician = _row(session, Technician, technician_id, _GONE_TECHNICIAN)
    completed_on = _day(completed_on, "completed_on")
    if any(c.completed_on == completed_on for c in technician.courses):
        raise InputError("completed_on", _COURSE_KNOWN.format(day=completed_on))
    course = AdminCourse(completed_on=completed_on)
    technician.courses.append(course)
    technician.courses.sort(key=lambda c: c.completed_on)
    session.flush()
    return course


def remove_course(session: Session, course_id: int) -> None:
    session.delete(_row(session, AdminCourse, course_id, _GONE_COURSE))
    session.flush()


def remove_technician(session: Session, technician_id: int) -> None:
    session.delete(_row(session, Technician, technician_id, _GONE_TECHNICIAN))
    session.flush()


# --- agreements ---------------------------------------------------------------------------------


def add_agreement(
    session: Session,
    partner_id: int,
    kind: str,
    signed_on: date,
    valid_until: date | None = None,
    customer: str = "",
    note: str = "",
) -> Agreement:
    partner = get_partner(session, partner_id)
    if kind not in AGREEMENT_KINDS:
        raise InputError(
            "kind",
            _UNKNOWN_AGREEMENT.format(kind=repr(kind), possible=Listing(AGREEMENT_KINDS, ", ")),
        )
    signed_on = _day(signed_on, "signed_on")
    if valid_until is not None and _day(valid_until, "valid_until") < signed_on:
        raise InputError("valid_until", _BEFORE_SIGNING)
    customer = _text(customer, "customer", 200, required=kind in CUSTOMER_AGREEMENTS)
    agreement = Agreement(
        kind=kind,
        signed_on=signed_on,
        valid_until=valid_until,
        customer=customer,
        note=_text(note, "note", 2000),
    )
    partner.agreements.append(agreement)
    session.flush()
    return agreement


def remove_agreement(session: Session, agreement_id: int) -> None:
    session.delete(_row(session, Agreement, agreement_id, _GONE_AGREEMENT))
    session.flush()


# --- NFR licences -------------------------------------------------------------------------------


def nfr_entitlement(program: Program, held: Standing) -> int:
    """The users of the free NFR licence of the tier ``held`` (an MSP: of its revenue level)."""
    if held.tier is None or held.tier not in program.tiers:
        return 0
    tier = program.tier(held.tier)
    if tier.benefits_of and held.msp_level in program.tiers:
        tier = program.tier(held.msp_level)
    return tier.benefits.nfr_users


def issue_nfr(
    session: Session,
    program: Program,
    partner_id: int,
    issued_on: date,
    users: int,
    reference: str = "",
) -> NfrLicence:
    """Record an NFR licence; at most as many users as the tier the partner holds on ``issued_on``
    grants."""
    partner = get_partner(session, partner_id)
    users = _count(users, "users", minimum=1)
    allowed = nfr_entitlement(program, tier_on(session, partner, _day(issued_on, "issued_on")))
    if allowed == 0:
        raise InputError("users", _NO_TIER_NO_NFR)
    if users > allowed:
        raise InputError("users", _NFR_LIMIT.format(allowed=allowed))
    licence = NfrLicence(
        issued_on=_day(issued_on, "issued_on"),
        users=users,
        reference=_text(reference, "reference", 100),
    )
    partner.nfr_licences.append(licence)
    session.flush()
    return licence


def remove_nfr(session: Session, licence_id: int) -> None:
    session.delete(_row(session, NfrLicence, licence_id, _GONE_NFR))
    session.flush()
