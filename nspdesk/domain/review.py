"""The annual partner review (Jahresüberprüfung): proposed tier changes, decisions, summary, letters.

Business and Premium status is reviewed once a year on the previous calendar year's business. For
each partner the evaluation of that year (``nspdesk.domain.compliance``) and the tier on record give
a ``Proposal``: up, down, unchanged, no longer qualifying, or new, with the reasons in German and in
numbers. The manager accepts it or overrides it with a reason; nothing here touches the partner.

MSP partners keep their vendor-granted tier (``granted_by_vendor``: recorded, never derived); what
the review proposes for them is the revenue level (``msp_level``): the highest tier of
``benefits_of`` that the Server-track evaluation reaches. When none is reached, the lowest level is
proposed as "no longer qualifies", since the vendor decides about the status itself. Ranks,
thresholds and benefits come only from the program data.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from decimal import Decimal
from enum import StrEnum
from typing import TypeAlias

from nspdesk.domain.compliance import (
    Evaluation,
    RequirementId,
    RequirementResult,
    Value,
    as_decimal,
    as_int,
    evaluate,
)
from nspdesk.domain.compliance_texts import not_a_tier_of_track
from nspdesk.domain.decimals import ZERO
from nspdesk.domain.errors import InputError
from nspdesk.domain.formatting import money, number, percent
from nspdesk.domain.letterhead import Addressee
from nspdesk.domain.messages import QT_TRANSLATE_NOOP, Listing, Money, Text
from nspdesk.domain.program import Program, Tier
from nspdesk.domain.year_figures import YearFigures


class Movement(StrEnum):
    UP = "up"
    DOWN = "down"
    UNCHANGED = "unchanged"
    NO_LONGER_QUALIFIES = "no-longer-qualifies"
    NEW = "new"  # no tier on record, qualifies now


MOVEMENT_NAMES = {
    Movement.UP: "Aufstieg",
    Movement.DOWN: "Abstieg",
    Movement.UNCHANGED: "unverändert",
    Movement.NO_LONGER_QUALIFIES: "erfüllt keine Stufe mehr",
    Movement.NEW: "neu",
}


class Decision(StrEnum):
    OPEN = "open"
    ACCEPTED = "accepted"
    OVERRIDDEN = "overridden"


DECISION_NAMES = {
    Decision.OPEN: "offen",
    Decision.ACCEPTED: "angenommen",
    Decision.OVERRIDDEN: "abweichend entschieden",
}


@dataclass(frozen=True)
class Accept:
    """A person's decision on a proposal: take it as proposed."""


@dataclass(frozen=True)
class Override:
    """A person's decision on a proposal: another tier (None: none), with the reason."""

    tier: str | None
    reason: str
    msp_level: str | None = None


Choice: TypeAlias = Accept | Override


@dataclass(frozen=True)
class Recorded:
    """Who the partner is on record: track, tier and (MSP) revenue level."""

    partner_id: int
    company: str
    track: str  # the partner's own track: server, cloud or msp
    tier: str | None
    msp_level: str | None = None


@dataclass(frozen=True)
class Proposal:
    partner_id: int
    company: str
    track: str
    recorded_tier: str | None
    recorded_msp_level: str | None
    proposed_tier: str | None
    proposed_msp_level: str | None
    kind: Movement
    reasons: tuple[str, ...]
    figures: YearFigures = field(default_factory=YearFigures)
    # What each tier of the evaluated ladder still lacks, in numbers (empty: all met).
    missing_by_tier: Mapping[str, tuple[str, ...]] = field(default_factory=dict)


def propose(recorded: Recorded, evaluation: Evaluation, figures: YearFigures) -> Proposal:
    """The proposal for one partner from the evaluation of the reviewed year."""
    program = evaluation.program
    track_tiers = program.tiers_of_track(recorded.track)
    missing = {
        tier.id: _missing_for(evaluation, tier.id)
        for tier in program.tiers_of_track(evaluation.facts.track)
    }
    eligible = evaluation.eligible_tier
    vendor = [t for t in track_tiers if t.granted_by_vendor]
    if vendor:
        granted = vendor[0]
        before = _known(program, recorded.msp_level, granted.benefits_of)
        level = _msp_level(program, granted, eligible)
        kind = _movement(before, level) if level else Movement.NO_LONGER_QUALIFIES
        level = level or _lowest(program, granted.benefits_of)
        reasons = _reasons(evaluation, kind, before, level, missing, granted)
        proposed: tuple[str | None, str | None] = (granted.id, level.id)
    else:
        before = _known(program, recorded.tier, [t.id for t in track_tiers])
        kind = _movement(before, eligible)
        reasons = _reasons(evaluation, kind, before, eligible, missing, None)
        proposed = (eligible.id if eligible else None, None)
    return Proposal(
        partner_id=recorded.partner_id,
        company=recorded.company,
        track=recorded.track,
        recorded_tier=recorded.tier,
        recorded_msp_level=recorded.msp_level,
        proposed_tier=proposed[0],
        proposed_msp_level=proposed[1],
        kind=kind,
        reasons=reasons,
        figures=figures,
        missing_by_tier=missing,
    )


def _known(program: Program, tier_id: str | None, allowed: Sequence[str]) -> Tier | None:
    return program.tier(tier_id) if tier_id is not None and tier_id in allowed else None


def _lowest(program: Program, ids: Sequence[str]) -> Tier:
    return min((program.tier(i) for i in ids), key=lambda t: t.rank)


def _msp_level(program: Program, granted: Tier, eligible: Tier | None) -> Tier | None:
    """The highest level of ``benefits_of`` the Server-track evaluation reaches."""
    if eligible is None:
        return None
    reached = [
        program.tier(i) for i in granted.benefits_of if program.tier(i).rank <= eligible.rank
    ]
    return max(reached, key=lambda t: t.rank) if reached else None


def _movement(before: Tier | None, after: Tier | None) -> Movement:
    if after is None:
        return Movement.UNCHANGED if before is None else Movement.NO_LONGER_QUALIFIES
    if before is None:
        return Movement.NEW
    if after.rank > before.rank:
        return Movement.UP
    if after.rank < before.rank:
        return Movement.DOWN
    return Movement.UNCHANGED


def _missing_for(evaluation: Evaluation, tier_id: str) -> tuple[str, ...]:
    """What ``tier_id`` lacks, worded by the compliance engine as for a recorded tier."""
    return evaluate(evaluation.program, replace(evaluation.facts, tier=tier_id)).tier_missing


_NO_TIER = QT_TRANSLATE_NOOP("Review", "keine Stufe")
_UP = QT_TRANSLATE_NOOP("Review", "Aufstieg: {was} → {now}.")
_UP_LEVEL = QT_TRANSLATE_NOOP("Review", "Aufstieg: {granted}, Umsatzstufe {was} → {now}.")
_DOWN = QT_TRANSLATE_NOOP("Review", "Abstieg: {was} → {now}.")
_DOWN_LEVEL = QT_TRANSLATE_NOOP("Review", "Abstieg: {granted}, Umsatzstufe {was} → {now}.")
_NEW = QT_TRANSLATE_NOOP("Review", "Neu: erfüllt mit den Zahlen {year} erstmals {now}.")
_NEW_LEVEL = QT_TRANSLATE_NOOP(
    "Review", "Neu: erfüllt mit den Zahlen {year} erstmals {granted}, Umsatzstufe {now}."
)
_NO_LEVEL = QT_TRANSLATE_NOOP(
    "Review",
    "Die Zahlen {year} erreichen keine Umsatzstufe ({levels}). Den Status {granted} vergibt die "
    "{vendor} direkt; bitte dort klären. Vorgeschlagen: die niedrigste Umsatzstufe {now}.",
)
_NO_LONGER = QT_TRANSLATE_NOOP(
    "Review", "Erfüllt mit den Zahlen {year} keine Stufe mehr (bisher {was})."
)
_CONFIRMED = QT_TRANSLATE_NOOP("Review", "Unverändert: {now} bestätigt.")
_CONFIRMED_LEVEL = QT_TRANSLATE_NOOP(
    "Review", "Unverändert: {granted}, Umsatzstufe {now} bestätigt."
)
_STILL_NONE = QT_TRANSLATE_NOOP(
    "Review", "Unverändert: mit den Zahlen {year} noch keine Stufe erreicht."
)
_MET_FOR = QT_TRANSLATE_NOOP("Review", "Erfüllt für {tier}: {met}.")
_MISSING_FOR = QT_TRANSLATE_NOOP("Review", "Für {tier} fehlen: {missing}.")


def _reasons(
    evaluation: Evaluation,
    kind: Movement,
    before: Tier | None,
    after: Tier | None,
    missing: Mapping[str, tuple[str, ...]],
    granted: Tier | None,
) -> tuple[str, ...]:
    year = evaluation.facts.year
    program = evaluation.program
    was = before.name if before else _NO_TIER
    now = after.name if after else _NO_TIER
    names = {"was": was, "now": now}
    if granted is not None:
        names["granted"] = granted.name
    head: Text
    match kind:
        case Movement.UP:
            head = (_UP_LEVEL if granted else _UP).format(**names)
        case Movement.DOWN:
            head = (_DOWN_LEVEL if granted else _DOWN).format(**names)
        case Movement.NEW:
            head = (_NEW_LEVEL if granted else _NEW).format(year=year, **names)
        case Movement.NO_LONGER_QUALIFIES if granted is not None:
            head = _NO_LEVEL.format(
                year=year,
                levels=Listing((program.tier(i).name for i in granted.benefits_of), ", "),
                granted=granted.name,
                vendor=program.vendor,
                now=now,
            )
        case Movement.NO_LONGER_QUALIFIES:
            head = _NO_LONGER.format(year=year, was=was)
        case _:
            if after:
                head = (_CONFIRMED_LEVEL if granted else _CONFIRMED).format(**names)
            else:
                head = _STILL_NONE.format(year=year)
    reasons = [head]
    reached = evaluation.eligible_tier
    if reached is not None:
        met = [_met(r) for r in evaluation.results_for(reached.id) if r.mandatory]
        reasons.append(_MET_FOR.format(tier=reached.name, met=Listing(met)))
    if before is not None and (reached is None or before.rank > reached.rank):
        reasons.append(_MISSING_FOR.format(tier=before.name, missing=Listing(missing[before.id])))
    following = program.next_tier(reached, evaluation.facts.track)
    if following is not None and following is not before:
        reasons.append(
            _MISSING_FOR.format(tier=following.name, missing=Listing(missing[following.id]))
        )
    return tuple(reasons)


_PROJECTS_ONE = QT_TRANSLATE_NOOP("Review", "{n} realisiertes Projekt (mind. {required})")
_PROJECTS_OTHER = QT_TRANSLATE_NOOP("Review", "{n} realisierte Projekte (mind. {required})")
_REVENUE = QT_TRANSLATE_NOOP("Review", "{actual} Umsatz (mind. {required})")
_MRR = QT_TRANSLATE_NOOP("Review", "{actual} MRR (mind. {required} pro Monat)")
_TRAININGS = QT_TRANSLATE_NOOP("Review", "Vertriebs- und Techniktraining")
_TECHNICIANS_ONE = QT_TRANSLATE_NOOP("Review", "{n} zertifizierter Techniker (mind. {required})")
_TECHNICIANS_OTHER = QT_TRANSLATE_NOOP("Review", "{n} zertifizierte Techniker (mind. {required})")
_BACKLINK = QT_TRANSLATE_NOOP("Review", "Follow-Link auf www.nospamproxy.de")
_SERVICE_AGREEMENT = QT_TRANSLATE_NOOP("Review", "Basis-Servicevereinbarung")


def _met(result: RequirementResult) -> Text:
    """One met requirement in numbers: "7 realisierte Projekte (mind. 5)"."""
    required, actual = result.required, result.actual
    match result.id:
        case RequirementId.PROJECTS:
            return _counted(actual, _PROJECTS_ONE, _PROJECTS_OTHER, required)
        case RequirementId.REVENUE:
            return _REVENUE.format(actual=_money(actual), required=_money(required))
        case RequirementId.MRR:
            return _MRR.format(actual=_money(actual), required=_money(required))
        case RequirementId.TRAININGS:
            return _TRAININGS
        case RequirementId.CERTIFIED_TECHNICIANS:
            return _counted(actual, _TECHNICIANS_ONE, _TECHNICIANS_OTHER, required)
        case RequirementId.BACKLINK:
            return _BACKLINK
        case _:
            return _SERVICE_AGREEMENT


def _counted(actual: Value, one: Text, other: Text, required: Value) -> Text:
    """``one`` or ``other`` by the count; counts with the locale's grouping (``1.000``)."""
    count = as_int(actual)
    return (one if count == 1 else other).format(
        n=Decimal(count), required=Decimal(as_int(required))
    )


def _money(value: Value) -> Money:
    return Money(as_decimal(value))


# --- Decisions ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Outcome:
    """What becomes of a proposal: still open, accepted, or overridden with a reason."""

    decision: Decision
    tier: str | None
    msp_level: str | None
    reason: str = ""


def pending(proposal: Proposal) -> Outcome:
    return Outcome(Decision.OPEN, proposal.proposed_tier, proposal.proposed_msp_level)


def accept(proposal: Proposal) -> Outcome:
    return Outcome(Decision.ACCEPTED, proposal.proposed_tier, proposal.proposed_msp_level)


_REASON_NEEDED = QT_TRANSLATE_NOOP(
    "Review", "eine abweichende Entscheidung braucht eine Begründung"
)
_KEEP_STATUS = QT_TRANSLATE_NOOP(
    "Review", "{tier} behalten ihre Stufe; möglich ist die Umsatzstufe ({levels})"
)
_MSP_ONLY = QT_TRANSLATE_NOOP("Review", "gilt nur für Managed Service Partner")
_WITH_LEVEL = QT_TRANSLATE_NOOP("Review", "{tier} ({level})")


def override(
    program: Program, proposal: Proposal, tier: str | None, msp_level: str | None, reason: str
) -> Outcome:
    """A different tier than proposed, e.g. a grace period; the reason is required.

    For an MSP partner ``tier`` may name the revenue level directly (``premium``): the vendor-granted
    tier stays. ``tier=None`` (non-MSP) records that the partner holds no tier.
    """
    reason = reason.strip()
    if not reason:
        raise InputError("reason", _REASON_NEEDED)
    ladder = program.tiers_of_track(proposal.track)
    granted = next((t for t in ladder if t.granted_by_vendor), None)
    if granted is not None:
        if msp_level is None and tier in granted.benefits_of:
            tier, msp_level = granted.id, tier
        if tier != granted.id or msp_level not in granted.benefits_of:
            raise InputError(
                "tier",
                _KEEP_STATUS.format(tier=granted.name, levels=Listing(granted.benefits_of, ", ")),
            )
        return Outcome(Decision.OVERRIDDEN, tier, msp_level, reason)
    names = [t.id for t in ladder]
    if tier is not None and tier not in names:
        raise InputError("tier", not_a_tier_of_track(tier, proposal.track, names))
    if msp_level is not None:
        raise InputError("msp_level", _MSP_ONLY)
    return Outcome(Decision.OVERRIDDEN, tier, None, reason)


def final_movement(program: Program, proposal: Proposal, outcome: Outcome) -> Movement:
    """The movement the decision makes: the proposal's, or for an override the one it chose."""
    if outcome.decision is not Decision.OVERRIDDEN:
        return proposal.kind
    before = benefit_tier(program, proposal.recorded_tier, proposal.recorded_msp_level)
    after = benefit_tier(program, outcome.tier, outcome.msp_level)
    if before is not None and after is not None and before.track != after.track:
        before = None  # a tier of another track on record: compare as if none
    return _movement(before, after)


def benefit_tier(program: Program, tier: str | None, msp_level: str | None) -> Tier | None:
    """The tier whose benefits apply: an MSP partner's revenue level, else the tier itself."""
    if tier is None or tier not in program.tiers:
        return None
    found = program.tier(tier)
    if found.benefits_of:
        return program.tier(msp_level) if msp_level in found.benefits_of else None
    return found


def tier_label(program: Program, tier: str | None, msp_level: str | None) -> str:
    """ "Premium Partner", "Managed Service Partner (Premium Partner)", "keine Stufe"."""
    if tier is None:
        return _NO_TIER
    if tier not in program.tiers:
        return tier
    found = program.tier(tier)
    if found.benefits_of and msp_level is not None and msp_level in program.tiers:
        return _WITH_LEVEL.format(tier=found.name, level=program.tier(msp_level).name)
    return found.name


# --- Summary ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ReviewLine:
    proposal: Proposal
    outcome: Outcome


@dataclass(frozen=True)
class TierRow:
    label: str
    before: int
    after: int
    revenue: Decimal  # revenue of the year of the partners at this tier after the review
    mrr: Decimal


@dataclass(frozen=True)
class ReviewSummary:
    year: int
    tiers: tuple[TierRow, ...]
    movements: Mapping[Movement, int]
    changes: tuple[ReviewLine, ...]  # lines whose tier after the review differs from the record


def summarize(program: Program, year: int, lines: Sequence[ReviewLine]) -> ReviewSummary:
    """Partners per tier before and after, revenue per tier after, and the movements."""
    order: list[tuple[str | None, str | None]] = []
    for tier in sorted(
        program.tiers.values(), key=lambda t: (list(program.tracks).index(t.track), t.rank)
    ):
        if tier.benefits_of:
            order += [(tier.id, level) for level in tier.benefits_of]
        else:
            order.append((tier.id, None))
    order.append((None, None))
    before: dict[tuple[str | None, str | None], int] = dict.fromkeys(order, 0)
    after: dict[tuple[str | None, str | None], int] = dict.fromkeys(order, 0)
    revenue: dict[tuple[str | None, str | None], Decimal] = dict.fromkeys(order, ZERO)
    mrr: dict[tuple[str | None, str | None], Decimal] = dict.fromkeys(order, ZERO)
    movements = dict.fromkeys(Movement, 0)
    changes = []
    for line in lines:
        p, o = line.proposal, line.outcome
        was = (p.recorded_tier, p.recorded_msp_level)
        now = (o.tier, o.msp_level)
        for key in (was, now):
            if key not in before:
                order.insert(-1, key)
                before[key] = after[key] = 0
                revenue[key] = mrr[key] = ZERO
        before[was] += 1
        after[now] += 1
        revenue[now] += p.figures.revenue
        mrr[now] += p.figures.mrr
        movements[final_movement(program, p, o)] += 1
        if was != now:
            changes.append(line)
    rows = tuple(
        TierRow(tier_label(program, *key), before[key], after[key], revenue[key], mrr[key])
        for key in order
        if before[key] or after[key]
    )
    return ReviewSummary(year, rows, movements, tuple(changes))


# --- The letter to the partner ------------------------------------------------------------------


@dataclass(frozen=True)
class StatusLetter:
    """What the letter announcing a partner's status for the new year says."""

    program: Program
    year: int  # the business year reviewed; the status holds for ``year + 1``
    letter_date: date
    effective_from: date
    addressee: Addressee
    customer_number: str
    status: str  # the tier's name, e.g. "Managed Service Partner (Premium Partner)"
    previous: str
    movement: Movement
    benefits_tier: Tier | None  # whose benefits apply; None: no tier
    figures: YearFigures
    track: str  # the evaluated ladder: server or cloud
    next_tier: Tier | None
    missing_next: tuple[str, ...]
    missing_current: tuple[str, ...] = ()  # kept despite gaps (an override, e.g. a grace period)


def status_letter(
    program: Program,
    line: ReviewLine,
    addressee: Addressee,
    customer_number: str,
    effective_from: date,
    letter_date: date,
    year: int,
) -> StatusLetter:
    p, o = line.proposal, line.outcome
    level = benefit_tier(program, o.tier, o.msp_level)
    track = level.track if level else _ladder_track(program, p.track)
    following = program.next_tier(level, track)
    return StatusLetter(
        program=program,
        year=year,
        letter_date=letter_date,
        effective_from=effective_from,
        addressee=addressee,
        customer_number=customer_number,
        status=tier_label(program, o.tier, o.msp_level),
        previous=tier_label(program, p.recorded_tier, p.recorded_msp_level),
        movement=final_movement(program, p, o),
        benefits_tier=level,
        figures=p.figures,
        track=track,
        next_tier=following,
        missing_next=tuple(p.missing_by_tier.get(following.id, ())) if following else (),
        missing_current=tuple(p.missing_by_tier.get(level.id, ())) if level else (),
    )


def _ladder_track(program: Program, track: str) -> str:
    """The track whose ladder is evaluated: MSP partners are measured on the Server ladder."""
    ladder = program.tiers_of_track(track)
    if ladder and all(t.granted_by_vendor for t in ladder):
        return program.tier(ladder[0].benefits_of[0]).track if ladder[0].benefits_of else track
    return track


def benefit_lines(program: Program, tier: Tier) -> list[tuple[str, str]]:
    """The benefits of ``tier`` as label/value pairs in German, from the program data."""
    out: list[tuple[str, str]] = []
    for category in program.categories.values():
        discount = tier.discount_for(category.id)
        if discount > ZERO:
            out.append((f"Rabatt {category.name}", percent(discount)))
    benefits = tier.benefits
    if benefits.nfr_users:
        out.append(("Kostenlose NFR-Lizenz", f"{number(benefits.nfr_users)} Benutzer"))
    if benefits.marketing_budget > ZERO:
        out.append(
            ("Marketingbudget (nach Absprache)", f"{money(benefits.marketing_budget)} p. a.")
        )
    if benefits.leads:
        out.append(("Leads aus dem Marketing", "ja (ohne Anspruch auf Menge und Qualität)"))
    if benefits.listing:
        out.append(("Listung", benefits.listing))
    if benefits.customer_success_management:
        out.append(("Customer Success Management", "ja"))
    common = program.common_benefits
    out.append(
        (
            "Second-Level-Support",
            f"{number(common.free_support_calls_per_year)} kostenlose Calls pro Jahr",
        )
    )
    if common.marketing_material:
        out.append(("Marketingmaterial", "ja"))
    out.append(("Partner-Newsletter", common.newsletter))
    return out
