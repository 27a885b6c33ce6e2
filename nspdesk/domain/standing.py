"""Where a partner stands against its recorded tier: the traffic light of the partner list.

Read from one :class:`~nspdesk.domain.compliance.Evaluation` or, all it needs, the
:class:`~nspdesk.domain.compliance.RecordedCheck` of the recorded tier alone (the caller chooses
the year; the partner list uses the previous calendar year, on which the tier is confirmed at the
start of the year, with today as the reference date):

- ``NONE`` ("–"): no recorded tier in the evaluated track (a prospect, or an MSP, whose level the
  vendor grants directly; the list shows its revenue level instead).
- ``BELOW`` ("unterschritten"): a mandatory requirement of the recorded tier is not met; the reasons
  are the engine's ``tier_missing`` sentences.
- ``AT_RISK`` ("gefährdet"): the recorded tier is met, but

  1. a valid certification it counts on expires within the program's ``certification_warn_days``
     of the reference date, and the certifications left after it would be fewer than the tier
     requires; or
  2. a figure with a threshold (projects, revenue, MRR) lies less than ``margin`` (10 %) above the
     tier's threshold, i.e. ``actual < required × (1 + margin)``; a figure exactly on the threshold
     has no margin at all and counts too.

  The thresholds are the ``required`` values of the evaluation's results, never numbers of our own.
  The age of the last backlink check is not a domain fact and plays no part here.
- ``MEETS`` ("erfüllt"): met with room to spare.
"""

from __future__ import annotations

from decimal import Decimal
from enum import StrEnum
from typing import NamedTuple

from nspdesk.domain import compliance_texts as texts
from nspdesk.domain.compliance import Evaluation, RecordedCheck, RequirementId, RequirementResult
from nspdesk.domain.decimals import HUNDRED
from nspdesk.domain.messages import Text

RISK_MARGIN = Decimal("0.10")


class Standing(StrEnum):
    MEETS = "meets"
    AT_RISK = "at_risk"
    BELOW = "below"
    NONE = "none"

    @property
    def label(self) -> str:
        return _LABELS[self]


_LABELS = {
    Standing.MEETS: "erfüllt",
    Standing.AT_RISK: "gefährdet",
    Standing.BELOW: "unterschritten",
    Standing.NONE: "–",
}

# The figures with a threshold (``compliance_texts.FIGURES`` names them).
_FIGURES = (RequirementId.PROJECTS, RequirementId.REVENUE, RequirementId.MRR)


class StandingResult(NamedTuple):
    standing: Standing
    reasons: tuple[str, ...] = ()

    @property
    def label(self) -> str:
        return self.standing.label


def standing_of(evaluation: Evaluation, margin: Decimal = RISK_MARGIN) -> StandingResult:
    """The traffic light of ``evaluation``'s recorded tier, with the sentences that explain it."""
    return standing_of_recorded(evaluation.recorded, margin)


def standing_of_recorded(check: RecordedCheck, margin: Decimal = RISK_MARGIN) -> StandingResult:
    """``standing_of`` from the check of the recorded tier alone (``compliance.check_recorded``)."""
    tier = check.tier
    if tier is None:
        return StandingResult(Standing.NONE, (texts.no_tier_recorded(),))
    if not check.met:
        return StandingResult(Standing.BELOW, check.missing)
    results = check.results
    risks = _expiring_certifications(check, results) + _thin_margins(results, margin)
    if risks:
        return StandingResult(Standing.AT_RISK, tuple(risks))
    return StandingResult(Standing.MEETS, (texts.all_requirements_met(tier.name),))


def _expiring_certifications(
    check: RecordedCheck, results: tuple[RequirementResult, ...]
) -> list[Text]:
    needed = next((r.required for r in results if r.id is RequirementId.CERTIFIED_TECHNICIANS), 0)
    assert isinstance(needed, int)
    as_of = check.facts.as_of
    warn = check.program.certification_warn_days
    valid = [c for c in check.certifications if c.valid]
    expiring = [c for c in valid if c.days_left(as_of) <= warn]
    left = len(valid) - len(expiring)
    if not expiring or left >= needed:
        return []
    return [
        texts.certification_at_risk(
            c.completed_on, c.valid_through, c.days_left(as_of), left, needed
        )
        for c in sorted(expiring, key=lambda c: c.valid_through)
    ]


def _thin_margins(results: tuple[RequirementResult, ...], margin: Decimal) -> list[Text]:
    reasons = []
    for result in results:
        if result.id not in _FIGURES:
            continue
        required, actual = result.required, result.actual
        assert isinstance(required, int | Decimal)
        assert isinstance(actual, int | Decimal)
        if Decimal(actual) >= Decimal(required) * (1 + margin):
            continue
        reasons.append(texts.thin_margin(result.id.value, actual, required, margin * HUNDRED))
    return reasons
