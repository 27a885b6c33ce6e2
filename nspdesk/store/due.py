"""The due list from the store: the facts about each partner on a day, handed to the domain.

For every partner: the technicians' last courses, this year's trainings, the last backlink verdict
and when the site was last reached, the basic service agreement, this year's support calls and
marketing budget used, sent quotes not yet decided, and onboarding checklists with open steps and
the day they last changed. Read for all partners at once, one query per table and columns only
(``nspdesk.store.figures.all_records``): loading every partner's and every quote revision's ORM
objects took 8 s with 10 000 partners and 100 000 quotes.

The app's list asks for a window at a time (issue 20, ``due_selection``): the database narrows what
is read to the partners a search finds (``nspdesk.store.list_search``, the partners' text index)
and to the quotes that can be due (sent, undecided, valid no later than the threshold's day); the
domain decides what is due; the window is cut from the ordered items, and only it leaves the
services.
"""

from __future__ import annotations

from array import array
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from sqlalchemy import Select, exists, select
from sqlalchemy.orm import Session, aliased, selectinload

from nspdesk.domain.decimals import ZERO
from nspdesk.domain.due import (
    Course,
    DueFacts,
    DueItem,
    DueKind,
    DueThresholds,
    OpenChecklist,
    OpenQuote,
    Urgency,
    due_items,
)
from nspdesk.domain.editions import ProgramLibrary
from nspdesk.domain.onboarding import StepStatus
from nspdesk.domain.program import Training
from nspdesk.store.figures import (
    PartnerRecords,
    all_records,
    service_agreement_on,
)
from nspdesk.store.list_search import PARTNERS, matching
from nspdesk.store.models import OnboardingChecklist, Partner, PartnerYear, Quote, QuoteRevision
from nspdesk.store.quotes import Status
from nspdesk.store.tiers import tier_columns


def due_list(
    session: Session,
    library: ProgramLibrary,
    today: date,
    thresholds: DueThresholds | None = None,
    search: str = "",
    partner_ids: Sequence[int] | None = None,
) -> list[DueItem]:
    """What needs action on ``today``, most urgent first; with ``search``, only for the partners
    whose name, customer number or city has every word (the partners' text index); with
    ``partner_ids``, only for those partners. Decided afresh from the records (the app's list
    reads the stored facts instead: ``nspdesk.store.due_facts``)."""
    program = library.edition_for(today)
    limits = thresholds or DueThresholds()
    wanted = matching(session, PARTNERS, search)
    # only quotes valid no later than the threshold's day can be due: the database leaves the rest
    until = today + timedelta(days=limits.quote_days)
    facts = due_facts(session, library, today, wanted, partner_ids, quotes_until=until)
    return due_items(program, facts, today, limits)


def due_facts(
    session: Session,
    library: ProgramLibrary,
    today: date,
    wanted: Select[Any] | None = None,
    partner_ids: Collection[int] | None = None,
    quotes_until: date | None = None,
) -> list[DueFacts]:
    """The facts ``due_items`` decides from, for every partner (of the subquery ``wanted`` and of
    ``partner_ids`` when given) on ``today``, ordered by company; with ``quotes_until``, only the
    sent quotes valid no later than that day (the others cannot be due)."""
    program = library.edition_for(today)
    history, tier, msp_level = tier_columns(today)  # the tier each partner holds today
    if partner_ids is not None:
        ids = select(Partner.id).where(Partner.id.in_(partner_ids))
        wanted = ids if wanted is None else ids.where(Partner.id.in_(wanted))
    chosen = (
        select(Partner.id, Partner.company, Partner.track, tier, msp_level)
        .outerjoin(history, history.c.partner_id == Partner.id)
        .order_by(Partner.company, Partner.id)
    )
    if wanted is not None:
        chosen = chosen.where(Partner.id.in_(wanted))
    partners = session.execute(chosen).all()
    only = None if partner_ids is None else [p.id for p in partners]
    records = all_records(session, today.year, on=today, only=only)
    years_query = select(
        PartnerYear.partner_id,
        PartnerYear.support_calls_used,
        PartnerYear.marketing_budget_used,
    ).where(PartnerYear.year == today.year)
    if only is not None:
        years_query = years_query.where(PartnerYear.partner_id.in_(only))
    years = {
        partner_id: (calls, budget) for partner_id, calls, budget in session.execute(years_query)
    }
    narrowed = wanted if only is None else select(Partner.id).where(Partner.id.in_(only))
    quotes = _sent_quotes(session, quotes_until, narrowed)
    checklists = _open_checklists(session, narrowed)
    facts = []
    for partner in partners:
        # A partner added since the records were read has none yet.
        found = records.get(partner.id) or PartnerRecords(partner.id, partner.track, partner.tier)
        tier = partner.tier
        if tier in program.tiers and program.tier(tier).benefits_of:
            tier = partner.msp_level  # an MSP partner's duties are those of its revenue level
        trained = {Training(kind) for kind, on in found.trainings if on.year == today.year}
        calls, budget = years.get(partner.id, (0, ZERO))
        facts.append(
            DueFacts(
                partner_id=partner.id,
                company=partner.company,
                tier=tier,
                courses=tuple(Course(name, last) for name, last in found.courses),
                sales_training=Training.SALES in trained,
                tech_training=Training.TECHNICAL in trained,
                backlink=found.backlink,
                backlink_verified_on=found.reached_at.date() if found.reached_at else None,
                service_agreement=service_agreement_on(found.agreements, today),
                support_calls_used=calls,
                marketing_budget_used=budget,
                quotes=tuple(quotes.get(partner.id, ())),
                checklists=tuple(checklists.get(partner.id, ())),
            )
        )
    return facts


def _sent_quotes(
    session: Session, until: date | None, partners: Select[Any] | None
) -> dict[int, list[OpenQuote]]:
    """Quotes whose current revision (no later one exists) is sent and undecided (and valid no
    later than ``until`` when given), by partner (of ``partners`` when given)."""
    later = aliased(QuoteRevision)
    query = (
        select(
            Quote.id,
            Quote.number,
            Quote.partner_id,
            QuoteRevision.number,
            QuoteRevision.valid_until,
        )
        .join(QuoteRevision, QuoteRevision.quote_id == Quote.id)
        .where(
            QuoteRevision.status == Status.SENT.value,
            ~exists().where(
                later.quote_id == QuoteRevision.quote_id, later.number > QuoteRevision.number
            ),
        )
        .order_by(Quote.id)
    )
    if until is not None:
        query = query.where(QuoteRevision.valid_until <= until)
    if partners is not None:
        query = query.where(Quote.partner_id.in_(partners))
    rows = session.execute(query)
    out: dict[int, list[OpenQuote]] = {}
    for quote_id, number, partner_id, revision, valid_until in rows:
        label = number if revision == 1 else f"{number}/{revision}"
        out.setdefault(partner_id, []).append(OpenQuote(quote_id, label, valid_until))
    return out


def _open_checklists(
    session: Session, partners: Select[Any] | None
) -> dict[int, list[OpenChecklist]]:
    """Per partner (of ``partners`` when given) its newest checklist, when it has open steps, with
    its last change."""
    out: dict[int, list[OpenChecklist]] = {}
    query = (
        select(OnboardingChecklist)
        .options(selectinload(OnboardingChecklist.steps))
        .order_by(OnboardingChecklist.partner_id, OnboardingChecklist.id.desc())
    )
    if partners is not None:
        query = query.where(OnboardingChecklist.partner_id.in_(partners))
    checklists = session.scalars(query)
    for checklist in checklists:
        if checklist.partner_id in out:
            continue  # an older checklist, replaced by a newer one
        open_steps = sum(1 for s in checklist.steps if s.status == StepStatus.OPEN.value)
        activity = [checklist.created_at.date(), checklist.updated_at.date()]
        activity += [s.done_on for s in checklist.steps if s.done_on is not None]
        out[checklist.partner_id] = (
            [OpenChecklist(checklist.id, checklist.target_tier, open_steps, max(activity))]
            if open_steps
            else []
        )
    return out


# --- the list a window at a time --------------------------------------------------------------

SORT_KEYS = ("urgency", "partner", "kind", "due", "days", "text")


@dataclass(frozen=True)
class DueQuery:
    """What the due list shows: the partners searched for, the kinds, the order."""

    search: str = ""  # words of the partner's name, customer number or city
    kinds: tuple[DueKind, ...] | None = None  # None: every kind
    sort: str = "urgency"  # one of SORT_KEYS; "urgency" is the list's own order
    descending: bool = False


KINDS = tuple(DueKind)
NO_REF = -1  # an item without a quote or checklist


@dataclass(frozen=True)
class DuePlaces:
    """Where each item of an ordered due list comes from: its partner, kind, quote or checklist,
    and its place among that partner's items of that kind and reference (two technicians'
    certifications) as ``due_items`` orders them: a few bytes an item, so that a later window of
    the list is decided for its own partners only (``due_window_at``)."""

    partners: array[int]
    kinds: bytes  # the index in KINDS
    refs: array[int]  # NO_REF: none
    nth: array[int]

    def __len__(self) -> int:
        return len(self.partners)


def _identity(item: DueItem) -> tuple[int, int, int]:
    return (item.partner_id, KINDS.index(item.kind), NO_REF if item.ref is None else item.ref)


@dataclass(frozen=True)
class DueSelection:
    """The items ``DueQuery`` selects, in its order, and where each comes from; ``total`` counts
    the searched partners' items of every kind, ``urgencies`` the selected items per urgency (most
    urgent first)."""

    items: list[DueItem]
    places: DuePlaces
    total: int
    urgencies: tuple[int, ...]


def due_selection(
    session: Session,
    library: ProgramLibrary,
    today: date,
    thresholds: DueThresholds | None,
    query: DueQuery,
) -> DueSelection:
    """The due items ``query`` selects, ordered by its sort key and then by the list's own order
    (urgency, day, partner), so that equal keys keep one order between windows."""
    if query.sort not in SORT_KEYS:
        raise ValueError(f"unknown sort key {query.sort!r}: one of {', '.join(SORT_KEYS)}")
    every = due_list(session, library, today, thresholds, query.search)
    identities = [_identity(item) for item in every]
    nth = array("l")  # each item's place among its partner's of its kind and reference
    counted: dict[tuple[int, int, int], int] = {}
    for identity in identities:
        nth.append(counted.get(identity, 0))
        counted[identity] = nth[-1] + 1
    kinds = query.kinds
    order = [i for i, item in enumerate(every) if kinds is None or item.kind in kinds]
    keys: dict[str, Callable[[DueItem], Any]] = {
        "urgency": lambda item: item.urgency,
        "partner": lambda item: item.company.casefold(),
        "kind": lambda item: item.kind.value,
        "due": lambda item: item.due,
        "days": lambda item: item.days,
        "text": lambda item: str(item.text).casefold(),
    }
    if query.sort != "urgency" or query.descending:  # sorted() is stable: the list's order stays
        key = keys[query.sort]
        order.sort(key=lambda i: key(every[i]), reverse=query.descending)
    counts = [0] * len(Urgency)
    for i in order:
        counts[every[i].urgency] += 1
    places = DuePlaces(
        array("q", (identities[i][0] for i in order)),
        bytes(identities[i][1] for i in order),
        array("q", (identities[i][2] for i in order)),
        array("l", (nth[i] for i in order)),
    )
    return DueSelection([every[i] for i in order], places, len(every), tuple(counts))


def due_window_at(
    session: Session,
    library: ProgramLibrary,
    today: date,
    thresholds: DueThresholds | None,
    places: DuePlaces,
    offset: int,
    limit: int,
) -> list[DueItem]:
    """The items at ``offset`` … ``offset + limit`` of a list whose ``places`` were read before,
    decided again for the window's partners only (an item that is no longer due is left out)."""
    window = slice(max(0, offset), max(0, offset) + limit)
    partners = places.partners[window]
    if not partners:
        return []
    decided: dict[tuple[int, int, int], list[DueItem]] = {}
    for item in due_list(session, library, today, thresholds, partner_ids=sorted(set(partners))):
        decided.setdefault(_identity(item), []).append(item)
    out = []
    for partner_id, kind, ref, n in zip(
        partners, places.kinds[window], places.refs[window], places.nth[window], strict=True
    ):
        items = decided.get((partner_id, kind, ref), [])
        if n < len(items):
            out.append(items[n])
    return out
