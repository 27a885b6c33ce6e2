"""The annual review in the store: run (a stored draft), decide, confirm; tier history.

``run_review`` evaluates each partner's business year under the edition in force on 31 December
of that year (``edition_judging``), with the facts as known on ``as_of``, and stores the proposals
as a draft; nothing on the partners changes. Each proposal is accepted or overridden with a reason
(``decide``). ``confirm`` writes one ``TierHistory`` row per partner with the effective date
(``store.tiers.record``), all in one transaction: the new tiers apply from that date on
(``store.tiers.tier_on``), while ``Partner.tier`` names the tier decided last. A confirmed review
refuses further decisions; a changed view of a year is a new run, and the history is never
rewritten.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, case, func, select, update
from sqlalchemy.orm import Session

from nspdesk.domain import text_json
from nspdesk.domain.compliance import evaluate
from nspdesk.domain.compliance_texts import year_after_reference
from nspdesk.domain.editions import ProgramLibrary
from nspdesk.domain.errors import InputError
from nspdesk.domain.messages import QT_TRANSLATE_NOOP, Listing
from nspdesk.domain.program import Program
from nspdesk.domain.review import (
    Accept,
    Choice,
    Decision,
    Movement,
    Outcome,
    Proposal,
    Recorded,
    ReviewLine,
    ReviewSummary,
    StatusLetter,
    accept,
    override,
    propose,
    status_letter,
    summarize,
)
from nspdesk.domain.year_figures import YearFigures
from nspdesk.store import tiers
from nspdesk.store.editing import gone, locked, touch
from nspdesk.store.errors import ConflictError, NotFoundError
from nspdesk.store.figures import partner_facts
from nspdesk.store.list_search import PARTNERS, matching
from nspdesk.store.models import Partner, Review, ReviewItem, TierHistory
from nspdesk.store.printing import addressee
from nspdesk.store.quotes import default_actor
from nspdesk.store.types import utcnow

_NO_PARTNER = QT_TRANSLATE_NOOP("Review", "Es gibt keinen Partner mit der ID {ids}.")
_NO_REVIEW = QT_TRANSLATE_NOOP("Review", "Es gibt keine Überprüfung mit der ID {id}.")
# A sentence an item keeps only in German (a review run before migration 0012): the German UI
# shows it as it is, the English UI as it is with a note that it is German (``stored_german``).
_STORED_IN_GERMAN = QT_TRANSLATE_NOOP("ReviewItems", "{sentence}")
_NOT_IN_REVIEW = QT_TRANSLATE_NOOP(
    "Review", "Überprüfung {review} enthält keinen Partner mit der ID {partner}."
)
_ONE_STILL_OPEN = QT_TRANSLATE_NOOP(
    "Review",
    "1 Vorschlag ist noch offen ({companies}); bitte annehmen oder abweichend entscheiden.",
)
_STILL_OPEN = QT_TRANSLATE_NOOP(
    "Review",
    "{count} Vorschläge sind noch offen ({companies}); bitte annehmen oder abweichend entscheiden.",
)
_STILL_OPEN_MORE = QT_TRANSLATE_NOOP(
    "Review",
    "{count} Vorschläge sind noch offen ({companies}, …); bitte annehmen oder abweichend "
    "entscheiden.",
)
_ALREADY_CONFIRMED = QT_TRANSLATE_NOOP("Review", "Die Überprüfung {id} ist bereits bestätigt.")
_TIER_CHANGED = QT_TRANSLATE_NOOP(
    "Review",
    "Die Stufe von {company} wurde seit der Überprüfung geändert; bitte die Überprüfung neu "
    "ausführen.",
)
_NOT_CONFIRMED = QT_TRANSLATE_NOOP(
    "Review", "Die Überprüfung {id} ist noch nicht bestätigt; Briefe gibt es erst danach."
)
_CONFIRMED_STAYS = QT_TRANSLATE_NOOP(
    "Review",
    "Die Überprüfung {id} ist bestätigt und bleibt unverändert; für eine neue Entscheidung die "
    "Überprüfung neu ausführen.",
)

SOURCE_REVIEW = tiers.SOURCE_REVIEW
SOURCE_MANUAL = tiers.SOURCE_MANUAL


def edition_judging(library: ProgramLibrary, year: int) -> Program:
    """The edition that judges ``year``'s figures: the one in force on 31 December of ``year``,
    whatever day the review runs (a review on 10 January judges the past year by its own rules)."""
    return library.edition_for(date(year, 12, 31))


def proposals(
    session: Session,
    library: ProgramLibrary,
    year: int,
    as_of: date,
    partner_ids: Sequence[int] | None = None,
) -> tuple[Program, list[Proposal]]:
    """The proposals for ``year`` without storing anything (a preview)."""
    if year > as_of.year:
        raise InputError("year", year_after_reference(year, as_of))
    program = edition_judging(library, year)
    query = select(Partner).order_by(Partner.company, Partner.id)
    if partner_ids is not None:
        wanted = set(partner_ids)
        query = query.where(Partner.id.in_(wanted))
        found = set(session.scalars(select(Partner.id).where(Partner.id.in_(wanted))))
        if wanted - found:
            raise NotFoundError(_NO_PARTNER.format(ids=Listing(sorted(wanted - found), ", ")))
    out = []
    for partner in session.scalars(query):
        # The review moves a partner on from the tier decided last (``Partner.tier``), which
        # ``confirm`` compares again; the evaluation checks that same tier.
        facts, figures = partner_facts(session, program, partner, year, as_of, tier=partner.tier)
        recorded = Recorded(
            partner.id, partner.company, partner.track, partner.tier, partner.msp_level
        )
        out.append(propose(recorded, evaluate(program, facts), figures))
    return program, out


def run_review(
    session: Session,
    library: ProgramLibrary,
    year: int,
    as_of: date,
    partner_ids: Sequence[int] | None = None,
) -> Review:
    """A stored draft review with one open proposal per partner."""
    program, found = proposals(session, library, year, as_of, partner_ids)
    return store_proposals(session, program, year, as_of, found)


def store_proposals(
    session: Session, program: Program, year: int, as_of: date, found: Sequence[Proposal]
) -> Review:
    """``found`` (the ``proposals`` of ``year`` under ``program``) as a stored draft review."""
    review = Review(year=year, as_of=as_of, edition=program.edition, confirmed_by="")
    for proposal in found:
        f = proposal.figures
        review.items.append(
            ReviewItem(
                partner_id=proposal.partner_id,
                company=proposal.company,
                company_key=proposal.company.casefold(),
                track=proposal.track,
                recorded_tier=proposal.recorded_tier,
                recorded_msp_level=proposal.recorded_msp_level,
                proposed_tier=proposal.proposed_tier,
                proposed_msp_level=proposal.proposed_msp_level,
                kind=proposal.kind.value,
                reasons="\n".join(proposal.reasons),
                missing_by_tier=json.dumps(
                    {k: list(v) for k, v in proposal.missing_by_tier.items()}, ensure_ascii=False
                ),
                worded=word(proposal),
                projects_manual=f.projects_manual,
                projects_won=f.projects_won,
                revenue_manual=f.revenue_manual,
                revenue_won=f.revenue_won,
                mrr_manual=f.mrr_manual,
                mrr_won=f.mrr_won,
                decision=Decision.OPEN.value,
                final_tier=proposal.proposed_tier,
                final_msp_level=proposal.proposed_msp_level,
                override_reason="",
            )
        )
    session.add(review)
    session.flush()
    return review


def get_review(session: Session, review_id: int, *, lock: bool = False) -> Review:
    """The review; with ``lock`` locked until the transaction ends and read fresh, so that of two
    people deciding (or confirming) at once the second sees what the first committed."""
    review = (
        session.get(Review, review_id, with_for_update=True, populate_existing=True)
        if lock
        else session.get(Review, review_id)
    )
    if review is None:
        raise NotFoundError(_NO_REVIEW.format(id=review_id))
    return review


def latest_review(session: Session, year: int, confirmed: bool = False) -> Review | None:
    query = select(Review).where(Review.year == year)
    if confirmed:
        query = query.where(Review.confirmed_at.is_not(None))
    return session.scalars(query.order_by(Review.id.desc())).first()


def word(proposal: Proposal) -> str:
    """The proposal's sentences (reasons and gaps by tier) as one JSON text that keeps each
    ``Text`` (``domain.text_json``): stored with the item when the review is made, they are what
    the review shows from then on in either UI language, a confirmed review's as they were when
    it was confirmed (issue 20: showing a review evaluates no partner)."""
    return json.dumps(
        {
            "reasons": [text_json.encode(r) for r in proposal.reasons],
            "missing_by_tier": {
                str(k): [text_json.encode(s) for s in v]
                for k, v in proposal.missing_by_tier.items()
            },
        },
        ensure_ascii=False,
        separators=(",", ":"),
    )


def _sentence(value: Any) -> str:
    decoded = text_json.decode(value)
    if type(decoded) is str:
        return stored_german(decoded)
    return decoded if isinstance(decoded, str) else str(decoded)


def stored_german(sentence: str) -> str:
    """A sentence an item keeps only as German text, marked as such for another UI language.

    The items of a review run before migration 0012 kept their reasons and gaps as German text
    (the migration copied them into ``worded`` as plain strings). They cannot be worded again
    truthfully: the sentences rest on more than the item stores (the certified technicians, the
    trainings, the backlink, the service agreement on the reference date), and evaluating the
    partner again would recompute a decision of the past, which a confirmed review must never do.
    So the German is shown as it was stored: as itself in the German UI, with "(German, from an
    older review)" before it in the English one (docs/store.md). Nothing is written.
    """
    return _STORED_IN_GERMAN.format(sentence=sentence)


class _Gaps(Mapping[str, tuple[str, ...]]):
    """The gaps by tier as stored, each tier's sentences made when first asked for: a window of
    the list shows the reasons, and making every gap's ``Text`` would double its cost."""

    def __init__(self, stored: Mapping[str, Sequence[Any]]) -> None:
        self._stored = stored
        self._made: dict[str, tuple[str, ...]] = {}

    def __getitem__(self, tier: str) -> tuple[str, ...]:
        made = self._made.get(tier)
        if made is None:
            made = self._made[tier] = tuple(_sentence(s) for s in self._stored[tier])
        return made

    def __iter__(self) -> Iterator[str]:
        return iter(self._stored)

    def __len__(self) -> int:
        return len(self._stored)

    def __repr__(self) -> str:
        return repr(dict(self))


class _Worded:
    """Stored sentences read back (``worded_of``) by their JSON: scrolling and typing read the
    same rows again. Bounded."""

    LIMIT = 4096

    def __init__(self) -> None:
        self._known: dict[str, tuple[tuple[str, ...], Mapping[str, tuple[str, ...]]]] = {}

    def __call__(self, stored: str) -> tuple[tuple[str, ...], Mapping[str, tuple[str, ...]]]:
        known = self._known.get(stored)
        if known is None:
            if len(self._known) >= self.LIMIT:
                self._known.clear()
            data = json.loads(stored)
            reasons = tuple(_sentence(r) for r in data.get("reasons", ()))
            gaps = {str(k): v for k, v in data.get("missing_by_tier", {}).items()}
            known = self._known[stored] = (reasons, _Gaps(gaps))
        return known


worded_of = _Worded()
"""The reasons and the gaps by tier ``word`` stored."""


def proposal_of(item: ReviewItem, year: int | None = None) -> Proposal:
    """The stored proposal as the domain object, with the sentences as the run worded them
    (``worded``; an item stored without them: the German of ``reasons``/``missing_by_tier``).
    ``year``: the review's year when the caller knows it (else read from the review)."""
    if item.worded:
        reasons, missing_by_tier = worded_of(item.worded)
    else:
        missing = json.loads(item.missing_by_tier or "{}")
        reasons = tuple(stored_german(line) for line in item.reasons.splitlines() if line)
        missing_by_tier = {
            str(k): tuple(stored_german(str(s)) for s in v) for k, v in missing.items()
        }
    return Proposal(
        partner_id=item.partner_id,
        company=item.company,
        track=item.track,
        recorded_tier=item.recorded_tier,
        recorded_msp_level=item.recorded_msp_level,
        proposed_tier=item.proposed_tier,
        proposed_msp_level=item.proposed_msp_level,
        kind=Movement(item.kind),
        reasons=reasons,
        figures=YearFigures(
            item.review.year if year is None else year,
            item.projects_manual,
            item.projects_won,
            item.revenue_manual,
            item.revenue_won,
            item.mrr_manual,
            item.mrr_won,
        ),
        missing_by_tier=missing_by_tier,
    )


def outcome_of(item: ReviewItem) -> Outcome:
    return Outcome(
        Decision(item.decision), item.final_tier, item.final_msp_level, item.override_reason
    )


def lines_of(review: Review) -> list[ReviewLine]:
    return [ReviewLine(proposal_of(item, review.year), outcome_of(item)) for item in review.items]


def line_of(item: ReviewItem, year: int) -> ReviewLine:
    return ReviewLine(proposal_of(item, year), outcome_of(item))


# --- the review's list, a window at a time (issue 20) -----------------------------------------

# The movement column's order: what changes for the worse first.
MOVEMENT_ORDER = {
    Movement.NO_LONGER_QUALIFIES.value: 0,
    Movement.DOWN.value: 1,
    Movement.UP.value: 2,
    Movement.NEW.value: 3,
    Movement.UNCHANGED.value: 4,
}
# The decision column's order: what is still to decide first.
DECISION_ORDER = {Decision.OPEN.value: 0, Decision.OVERRIDDEN.value: 1, Decision.ACCEPTED.value: 2}
SORTS = ("company", "recorded", "proposed", "movement", "decision")


@dataclass(frozen=True)
class ItemQuery:
    """Which items of a review the list shows and in which order.

    ``search``: words the partner's record contains (``list_search``, the partner list's index);
    ``decision`` / ``movement``: a ``Decision`` / ``Movement`` value (None: any); ``sort``: one of
    ``SORTS``; ``tier_ranks``: each tier's place in the program (the tier columns sort by it,
    no tier first)."""

    search: str = ""
    decision: str | None = None
    movement: str | None = None
    sort: str = "company"
    descending: bool = False
    tier_ranks: Mapping[str, int] | None = None


def _filtered(session: Session, review_id: int, query: ItemQuery) -> list[ColumnElement[bool]]:
    where: list[ColumnElement[bool]] = [ReviewItem.review_id == review_id]
    if query.decision is not None:
        where.append(ReviewItem.decision == query.decision)
    if query.movement is not None:
        where.append(ReviewItem.kind == query.movement)
    found = matching(session, PARTNERS, query.search)
    if found is not None:
        where.append(ReviewItem.partner_id.in_(found))
    return where


def _rank(column: Any, ranks: Mapping[str, int]) -> ColumnElement[int]:
    if not ranks:
        return func.coalesce(column, "")
    return case(dict(ranks), value=column, else_=-1)


def _order(query: ItemQuery) -> list[Any]:
    ranks = query.tier_ranks or {}
    by_sort: dict[str, list[Any]] = {
        "company": [],
        "recorded": [
            _rank(ReviewItem.recorded_tier, ranks),
            _rank(ReviewItem.recorded_msp_level, ranks),
        ],
        "proposed": [
            _rank(ReviewItem.proposed_tier, ranks),
            _rank(ReviewItem.proposed_msp_level, ranks),
        ],
        "movement": [case(MOVEMENT_ORDER, value=ReviewItem.kind, else_=9)],
        "decision": [case(DECISION_ORDER, value=ReviewItem.decision, else_=9)],
    }
    keys: list[Any] = [*by_sort.get(query.sort, []), ReviewItem.company_key, ReviewItem.id]
    return [key.desc() for key in keys] if query.descending else keys


def count_items(session: Session, review_id: int, query: ItemQuery) -> int:
    counted = (
        select(func.count()).select_from(ReviewItem).where(*_filtered(session, review_id, query))
    )
    return int(session.execute(counted).scalar_one())


# A sort by a column of a few values in a fixed order (the decision, the movement): the list is
# each value's run in company order, one after another, and a window is read from the runs it
# falls in, each an index range (``ix_review_items_decision`` / ``_kind``, migration 0013) —
# ordering by the CASE of ``_order`` sorted every item of the review for each window.
_RUNS: dict[str, tuple[Any, dict[str, int]]] = {
    "decision": (ReviewItem.decision, DECISION_ORDER),
    "movement": (ReviewItem.kind, MOVEMENT_ORDER),
}


def _runs(query: ItemQuery) -> list[ColumnElement[bool]] | None:
    """The runs of the list in its order (None: the sort is not by runs); a value the order does
    not know (a later version's, through sync) sorts last, as in ``_order``."""
    if query.sort not in _RUNS:
        return None
    column, ranks = _RUNS[query.sort]
    values = sorted(ranks, key=ranks.__getitem__)
    runs = [column == value for value in values] + [column.not_in(values)]
    return runs[::-1] if query.descending else runs


def item_window(
    session: Session, review_id: int, query: ItemQuery, offset: int, limit: int
) -> list[ReviewItem]:
    """Items ``offset`` … ``offset + limit`` of the list ``query`` describes."""
    where = _filtered(session, review_id, query)
    runs = _runs(query)
    if runs is None:
        chosen = select(ReviewItem).where(*where).order_by(*_order(query))
        return list(session.scalars(chosen.offset(max(0, offset)).limit(limit)))
    within = [ReviewItem.company_key, ReviewItem.id]
    order = [key.desc() for key in within] if query.descending else within
    found: list[ReviewItem] = []
    skip, wanted = max(0, offset), limit
    for run in runs:
        if wanted <= 0:
            break
        if skip:  # the runs before the window are counted, not read
            counted = select(func.count()).select_from(ReviewItem).where(*where, run)
            size = session.execute(counted).scalar_one()
            if skip >= size:
                skip -= size
                continue
        chosen = select(ReviewItem).where(*where, run).order_by(*order)
        rows = list(session.scalars(chosen.offset(skip).limit(wanted)))
        found += rows
        wanted -= len(rows)
        skip = 0
    return found


def item_position(
    session: Session, review_id: int, query: ItemQuery, partner_id: int
) -> int | None:
    """Where the partner's item stands in the list ``query`` describes (None: not in it)."""
    numbered = (
        select(
            ReviewItem.partner_id,
            func.row_number().over(order_by=_order(query)).label("place"),
        )
        .where(*_filtered(session, review_id, query))
        .subquery()
    )
    place = session.execute(
        select(numbered.c.place).where(numbered.c.partner_id == partner_id)
    ).scalar_one_or_none()
    return None if place is None else int(place) - 1


def items_of(session: Session, review_id: int, partner_ids: Sequence[int]) -> list[ReviewItem]:
    chosen = select(ReviewItem).where(
        ReviewItem.review_id == review_id, ReviewItem.partner_id.in_(set(partner_ids))
    )
    return list(session.scalars(chosen.order_by(ReviewItem.company_key, ReviewItem.id)))


def item_counts(session: Session, review_id: int) -> tuple[int, int, int]:
    """How many items the review has, how many are still open and how many propose a change."""
    row = session.execute(
        select(
            func.count(),
            func.coalesce(
                func.sum(case((ReviewItem.decision == Decision.OPEN.value, 1), else_=0)), 0
            ),
            func.coalesce(
                func.sum(case((ReviewItem.kind != Movement.UNCHANGED.value, 1), else_=0)), 0
            ),
        ).where(ReviewItem.review_id == review_id)
    ).one()
    return int(row[0]), int(row[1]), int(row[2])


def decide(
    session: Session, library: ProgramLibrary, review_id: int, partner_id: int, choice: Choice
) -> ReviewItem:
    """Accept a partner's proposal or override it with a reason; a draft review only."""
    review = get_review(session, review_id, lock=True)
    _refuse_confirmed(review)
    item = session.scalars(
        select(ReviewItem).where(
            ReviewItem.review_id == review.id, ReviewItem.partner_id == partner_id
        )
    ).first()
    if item is None:
        raise NotFoundError(_NOT_IN_REVIEW.format(review=review_id, partner=partner_id))
    proposal = proposal_of(item, review.year)
    if isinstance(choice, Accept):
        outcome = accept(proposal)
    else:
        program = library.edition(review.edition)
        outcome = override(program, proposal, choice.tier, choice.msp_level, choice.reason)
    item.decision = outcome.decision.value
    item.final_tier = outcome.tier
    item.final_msp_level = outcome.msp_level
    item.override_reason = outcome.reason
    return item


def accept_open(session: Session, review_id: int) -> int:
    """Accept every proposal still open; returns how many."""
    review = get_review(session, review_id, lock=True)
    _refuse_confirmed(review)
    count = 0
    for item in review.items:
        if item.decision == Decision.OPEN.value:
            item.decision = Decision.ACCEPTED.value
            item.final_tier, item.final_msp_level = item.proposed_tier, item.proposed_msp_level
            count += 1
    return count


def confirm(
    session: Session, review_id: int, by: str, effective_from: date | None = None
) -> Review:
    """Write the decided tiers to the history and the partners, in the caller's transaction.

    Refused while a proposal is open, when the review is confirmed already, or when a partner's tier
    changed since the run (the proposals would rest on a stale record: run the review again).
    """
    review = get_review(session, review_id, lock=True)
    _refuse_confirmed(review)
    open_items = [i.company for i in review.items if i.decision == Decision.OPEN.value]
    if open_items:
        count = len(open_items)
        template = _STILL_OPEN_MORE if count > 3 else _STILL_OPEN if count > 1 else _ONE_STILL_OPEN
        raise ConflictError(template.format(count=count, companies=Listing(open_items[:3], ", ")))
    effective = effective_from or date(review.year + 1, 1, 1)
    now = utcnow()
    # Claim the review first: of two concurrent confirmations only one updates the row.
    claimed = session.execute(
        update(Review)
        .where(Review.id == review.id, Review.confirmed_at.is_(None))
        .values(confirmed_at=now, confirmed_by=by.strip(), effective_from=effective)
        .execution_options(synchronize_session=False)
    )
    if claimed.rowcount != 1:  # type: ignore[attr-defined]
        raise ConflictError(_ALREADY_CONFIRMED.format(id=review.id))
    actor = by.strip() or default_actor()
    for item in review.items:
        # Locked and counted as a change: a master form loaded before cannot save its old tier.
        partner = locked(session, Partner, item.partner_id, gone(item.company))
        if (partner.tier, partner.msp_level) != (item.recorded_tier, item.recorded_msp_level):
            raise ConflictError(_TIER_CHANGED.format(company=partner.company))
        reason = item.override_reason or _first(item.reasons)
        tiers.record(
            session,
            partner,
            tiers.Standing(item.final_tier, item.final_msp_level),
            effective,
            SOURCE_REVIEW,
            reason=reason,
            review_id=review.id,
            at=now,
        )
        touch(partner, actor)
    session.flush()
    session.refresh(review)
    return review


def summary_of(library: ProgramLibrary, review: Review) -> tuple[Program, ReviewSummary]:
    program = library.edition(review.edition)
    return program, summarize(program, review.year, lines_of(review))


def letters_for(
    session: Session, library: ProgramLibrary, review: Review, letter_date: date
) -> list[StatusLetter]:
    """The status letters of a confirmed review, one per partner, in the review's order."""
    if review.confirmed_at is None or review.effective_from is None:
        raise ConflictError(_NOT_CONFIRMED.format(id=review.id))
    program = library.edition(review.edition)
    letters = []
    for item in review.items:
        partner = session.get(Partner, item.partner_id)
        assert partner is not None  # review items go with their partner (CASCADE)
        contact = partner.main_contact
        letters.append(
            status_letter(
                program,
                ReviewLine(proposal_of(item), outcome_of(item)),
                addressee(partner, contact.name if contact else ""),
                partner.customer_number,
                review.effective_from,
                letter_date,
                review.year,
            )
        )
    return letters


def history(session: Session, partner_id: int) -> list[TierHistory]:
    """A partner's tier history, oldest first."""
    return list(
        session.scalars(
            select(TierHistory)
            .where(TierHistory.partner_id == partner_id)
            .order_by(TierHistory.effective_from, TierHistory.id)
        )
    )


def _refuse_confirmed(review: Review) -> None:
    if review.confirmed_at is not None:
        raise ConflictError(_CONFIRMED_STAYS.format(id=review.id))


def _first(text: str) -> str:
    return text.splitlines()[0] if text else ""
