"""Which tier a partner's figures for one calendar year support, and what is missing for the next.

Every tier of the partner's track is checked requirement by requirement against the program edition;
the eligible tier is the highest whose mandatory requirements are all met. The sentences in
``missing`` and ``advice`` are what the dashboard, the documents and the CLI show: German strings
that the UI renders in its own language (``messages.Text``, worded in ``compliance_texts``).

There is one path: ``evaluate`` checks each tier of the ladder and words the recorded tier's gaps
through ``_recorded``; ``check_recorded`` takes the same steps for the recorded tier alone (all that
the partner list's traffic light reads, at a third of the work per partner). Nothing is remembered
between calls here: the rules are plain functions of the edition and the facts, and what the
partner list keeps to be fast lives at the edge (``nspdesk.services.partner_overview``).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from enum import StrEnum
from typing import NamedTuple

from nspdesk.domain import compliance_texts as texts
from nspdesk.domain.certification import Certification, certifications_as_of
from nspdesk.domain.decimals import ZERO
from nspdesk.domain.errors import InputError
from nspdesk.domain.messages import Text
from nspdesk.domain.program import BacklinkRule, Program, Requirements, Tier, Training


class Backlink(StrEnum):
    """The last verdict on the partner's link to www.nospamproxy.de."""

    FOLLOW = "follow"
    NOFOLLOW = "nofollow"
    MISSING = "missing"
    UNKNOWN = "unknown"  # never checked, or the check could not reach the site


class RequirementId(StrEnum):
    PROJECTS = "projects"
    REVENUE = "revenue"
    MRR = "mrr"
    TRAININGS = "trainings"
    CERTIFIED_TECHNICIANS = "certified_technicians"
    BACKLINK = "backlink"
    SERVICE_AGREEMENT = "service_agreement"


Value = int | Decimal | str | bool | tuple[str, ...]


@dataclass(frozen=True)
class PartnerFacts:
    """A partner's figures for one calendar year, as known on ``as_of``."""

    track: str
    year: int
    as_of: date
    projects: int = 0
    revenue: Decimal = ZERO
    mrr: Decimal = ZERO
    sales_training: bool = False
    tech_training: bool = False
    technicians_certified_on: tuple[date, ...] = ()
    backlink: Backlink = Backlink.UNKNOWN
    service_agreement: bool = False
    tier: str | None = None  # the tier the partner is recorded at, if any

    @property
    def trainings(self) -> frozenset[Training]:
        return _TRAINED[self.sales_training, self.tech_training]


# The trainings done, by (sales, technical): four sets, asked for by every tier of every partner.
_TRAINED = {
    (sales, tech): frozenset(
        t for t, done in ((Training.SALES, sales), (Training.TECHNICAL, tech)) if done
    )
    for sales in (False, True)
    for tech in (False, True)
}


class RequirementResult(NamedTuple):  # made ~4 a partner for the list: a tuple is built in C
    tier: str
    id: RequirementId
    required: Value
    actual: Value
    met: bool
    mandatory: bool = True  # False: desirable only (the Authorized backlink), never decides


@dataclass(frozen=True)
class Evaluation:
    program: Program
    facts: PartnerFacts
    eligible_tier: Tier | None
    next_tier: Tier | None
    requirements: tuple[RequirementResult, ...]
    missing: tuple[str, ...]
    advice: tuple[str, ...]
    certifications: tuple[Certification, ...] = field(default=())
    tier: Tier | None = None  # the recorded tier, when the facts name one
    tier_met: bool | None = None
    tier_missing: tuple[str, ...] = ()

    def results_for(self, tier_id: str) -> list[RequirementResult]:
        return [r for r in self.requirements if r.tier == tier_id]

    @property
    def recorded(self) -> RecordedCheck:
        """The part about the recorded tier, as ``check_recorded`` gives it alone."""
        results = tuple(self.results_for(self.tier.id)) if self.tier is not None else ()
        return RecordedCheck(
            self.program, self.facts, self.tier, results, self.tier_missing, self.certifications
        )


class RecordedCheck(NamedTuple):
    """The recorded tier of ``facts`` checked on its own (see ``check_recorded``)."""

    program: Program
    facts: PartnerFacts
    tier: Tier | None  # None: the facts name no tier, nothing was checked
    results: tuple[RequirementResult, ...]  # the recorded tier's, as in ``Evaluation.requirements``
    missing: tuple[str, ...]  # ``Evaluation.tier_missing``
    certifications: tuple[Certification, ...]

    @property
    def met(self) -> bool | None:
        """``Evaluation.tier_met``."""
        return None if self.tier is None else not self.missing


def evaluate(program: Program, facts: PartnerFacts) -> Evaluation:
    """Evaluate ``facts`` against every tier of their track in ``program``."""
    ladder, certifications, valid = _prepare(program, facts)
    results: list[RequirementResult] = []
    by_tier: dict[str, list[RequirementResult]] = {}
    eligible: Tier | None = None
    for tier in ladder:
        tier_results = by_tier[tier.id] = _check(tier, facts, valid)
        results.extend(tier_results)
        if all(r.met for r in tier_results if r.mandatory):
            eligible = tier
    recorded = _recorded(program, facts, certifications, lambda t: by_tier.get(t.id, []))
    next_tier = program.next_tier(eligible, facts.track)
    missing = _missing(program, results, next_tier, facts) if next_tier else []
    return Evaluation(
        program=program,
        facts=facts,
        eligible_tier=eligible,
        next_tier=next_tier,
        requirements=tuple(results),
        missing=tuple(missing),
        advice=tuple(_advice(program, facts, eligible, certifications)),
        certifications=certifications,
        tier=recorded.tier,
        tier_met=recorded.met,
        tier_missing=recorded.missing,
    )


def check_recorded(
    program: Program, facts: PartnerFacts, wording: Wording | None = None
) -> RecordedCheck:
    """``evaluate(program, facts).recorded`` without checking the other tiers of the track.

    What the partner list needs for every partner. The same steps as ``evaluate`` in the same
    order, so the same facts are refused with the same error, and the recorded tier's results and
    sentences come from the same ``_check`` and ``_missing``. ``wording`` words the gaps instead
    of ``gap_sentences``, with the same words (a caller that keeps them for many partners).
    """
    ladder, certifications, valid = _prepare(program, facts)

    def results_of(tier: Tier) -> list[RequirementResult]:
        # ``evaluate`` checks the tiers of the ladder only: a tier granted by the vendor has no
        # results there and so lacks nothing. (By id: a tier's ``==`` compares all its fields.)
        return _check(tier, facts, valid) if any(t.id == tier.id for t in ladder) else []

    return _recorded(program, facts, certifications, results_of, wording)


def _recorded(
    program: Program,
    facts: PartnerFacts,
    certifications: tuple[Certification, ...],
    results_of: Callable[[Tier], list[RequirementResult]],
    wording: Wording | None = None,
) -> RecordedCheck:
    """The recorded tier of ``facts`` with its results (``results_of``) and the sentences of what
    it lacks: the one place both ``evaluate`` and ``check_recorded`` judge the recorded tier."""
    tier = _recorded_tier(program, facts)
    if tier is None:
        return RecordedCheck(program, facts, None, (), (), certifications)
    results = results_of(tier)
    missing = _missing(program, results, tier, facts, wording)
    return RecordedCheck(program, facts, tier, tuple(results), tuple(missing), certifications)


def _prepare(
    program: Program, facts: PartnerFacts
) -> tuple[tuple[Tier, ...], tuple[Certification, ...], int]:
    """The track's ladder, the certifications and how many count; refuses facts it cannot judge."""
    ladder = tuple(_ladder(program, facts.track))
    if facts.year > facts.as_of.year:
        raise InputError("year", texts.year_after_reference(facts.year, facts.as_of))
    if not facts.technicians_certified_on:  # most partners: nothing to sort or count
        return ladder, (), 0
    certifications = certifications_as_of(
        facts.technicians_certified_on, facts.as_of, program.certification_valid_years
    )
    return ladder, certifications, sum(1 for c in certifications if c.valid)


def _ladder(program: Program, track: str) -> list[Tier]:
    if track not in program.tracks:
        raise InputError("track", texts.unknown_track(track, program.tracks))
    ladder = [t for t in program.tiers_of_track(track) if not t.granted_by_vendor]
    if not ladder:
        raise InputError("track", texts.vendor_granted_track(track))
    return ladder


def _recorded_tier(program: Program, facts: PartnerFacts) -> Tier | None:
    if facts.tier is None:
        return None
    tier = program.tiers.get(facts.tier)
    if tier is None or tier.track != facts.track:
        names = [t.id for t in program.tiers_of_track(facts.track)]
        raise InputError("tier", texts.not_a_tier_of_track(facts.tier, facts.track, names))
    return tier


def _check(tier: Tier, facts: PartnerFacts, valid_certifications: int) -> list[RequirementResult]:
    req: Requirements = tier.requirements
    out = [
        RequirementResult(
            tier.id,
            RequirementId.PROJECTS,
            req.projects,
            facts.projects,
            facts.projects >= req.projects,
        )
    ]
    if req.revenue is not None:
        out.append(
            RequirementResult(
                tier.id,
                RequirementId.REVENUE,
                req.revenue,
                facts.revenue,
                facts.revenue >= req.revenue,
            )
        )
    if req.mrr is not None:
        out.append(
            RequirementResult(tier.id, RequirementId.MRR, req.mrr, facts.mrr, facts.mrr >= req.mrr)
        )
    if req.trainings:
        trained = facts.trainings
        out.append(
            RequirementResult(
                tier.id,
                RequirementId.TRAININGS,
                _ids(req.trainings),
                _ids(trained),
                req.trainings <= trained,
            )
        )
    if req.certified_technicians:
        out.append(
            RequirementResult(
                tier.id,
                RequirementId.CERTIFIED_TECHNICIANS,
                req.certified_technicians,
                valid_certifications,
                valid_certifications >= req.certified_technicians,
            )
        )
    if req.backlink is not BacklinkRule.NONE:
        out.append(
            RequirementResult(
                tier.id,
                RequirementId.BACKLINK,
                Backlink.FOLLOW.value,
                facts.backlink.value,
                facts.backlink is Backlink.FOLLOW,
                mandatory=req.backlink is BacklinkRule.REQUIRED,
            )
        )
    if req.service_agreement:
        out.append(
            RequirementResult(
                tier.id,
                RequirementId.SERVICE_AGREEMENT,
                True,
                facts.service_agreement,
                facts.service_agreement,
            )
        )
    return out


# The training ids of every set of trainings a partner can have, in the trainings' order: a table
# of all four answers (a requirement's ``actual``), made once, as iterating an Enum is slow.
_IDS: dict[frozenset[Training], tuple[str, ...]] = {
    frozenset(chosen): tuple(t.value for t in Training if t in chosen)
    for chosen in ((), (Training.SALES,), (Training.TECHNICAL,), tuple(Training))
}


def _ids(trainings: frozenset[Training]) -> tuple[str, ...]:
    return _IDS[trainings]


# Words what one unmet requirement lacks (``gap_sentences``, or a caller's stand-in for it).
Wording = Callable[[RequirementResult, PartnerFacts, bool], Sequence[str]]


def _missing(
    program: Program,
    results: list[RequirementResult],
    tier: Tier,
    facts: PartnerFacts,
    wording: Wording | None = None,
) -> list[str]:
    video = program.tracks[tier.track].trainings == "video"
    word = wording or gap_sentences
    sentences: list[str] = []
    for result in results:
        if result.tier == tier.id and result.mandatory and not result.met:
            sentences.extend(word(result, facts, video))
    return sentences


def gap_sentences(result: RequirementResult, facts: PartnerFacts, video: bool) -> list[Text]:
    """What is lacking for one unmet requirement, in numbers: "2 weitere realisierte Projekte".

    Only the result counts: its ``actual`` is what the facts say about the requirement, so equal
    results (of any partner) are worded alike."""
    match result.id:
        case RequirementId.PROJECTS:
            return [texts.projects_gap(as_int(result.required) - facts.projects)]
        case RequirementId.REVENUE:
            return [texts.revenue_gap(as_decimal(result.required) - facts.revenue)]
        case RequirementId.MRR:
            return [texts.mrr_gap(as_decimal(result.required) - facts.mrr)]
        case RequirementId.TRAININGS:
            lacking = [
                t
                for t in Training
                if t.value in as_texts(result.required) and t not in facts.trainings
            ]
            return [texts.training_gap(t, video) for t in lacking]
        case RequirementId.CERTIFIED_TECHNICIANS:
            return [texts.technicians_gap(as_int(result.required) - as_int(result.actual))]
        case RequirementId.BACKLINK:
            return [texts.backlink_gap(facts.backlink)]
        case _:  # RequirementId.SERVICE_AGREEMENT
            return [texts.service_agreement_gap()]


def _advice(
    program: Program,
    facts: PartnerFacts,
    eligible: Tier | None,
    certifications: tuple[Certification, ...],
) -> list[str]:
    advice: list[str] = []
    level = eligible or program.next_tier(None, facts.track)
    if (
        level is not None
        and level.requirements.backlink is BacklinkRule.DESIRABLE
        and facts.backlink is not Backlink.FOLLOW
    ):
        advice.append(texts.backlink_desirable(level.name, facts.backlink))
    needed = eligible.requirements.certified_technicians if eligible else 0
    for cert in certifications:
        if cert.completed_on > facts.as_of:
            advice.append(texts.certification_not_yet(cert.completed_on, facts.as_of))
        elif not cert.valid:
            advice.append(texts.certification_expired(cert.completed_on, cert.valid_through))
        elif cert.days_left(facts.as_of) <= program.certification_warn_days:
            remaining = sum(
                1 for c in certifications if c.valid and c.valid_through > cert.valid_through
            )
            short = eligible.name if eligible is not None and remaining < needed else None
            advice.append(
                texts.certification_expiring(
                    cert.completed_on, cert.valid_through, cert.days_left(facts.as_of), short
                )
            )
    return advice


# Narrowing a requirement's ``required``/``actual`` value to what the requirement holds; shared with
# the views and documents that word the results.
def as_int(value: Value) -> int:
    assert isinstance(value, int)
    assert not isinstance(value, bool)
    return value


def as_decimal(value: Value) -> Decimal:
    assert isinstance(value, Decimal)
    return value


def as_texts(value: Value) -> tuple[str, ...]:
    assert isinstance(value, tuple)
    return value
