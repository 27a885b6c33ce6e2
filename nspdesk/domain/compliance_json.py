"""The JSON shape of ``nspdesk evaluate``: partner facts in, evaluation out (a contract for other tools).

No input is silently ignored: ``mrr`` counts twelve times towards the revenue p.a. (as a won
monthly Cloud line does), and ``revenue_sources`` in the output shows what the revenue is made of.
``technicians_certified_on`` holds one date per technician: two on the same course are two.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import NamedTuple

from nspdesk.domain.compliance import Backlink, Evaluation, PartnerFacts, RequirementId, Value
from nspdesk.domain.decimals import as_text
from nspdesk.domain.errors import InputError
from nspdesk.domain.fields import Fields
from nspdesk.domain.limits import FIRST_YEAR, LAST_YEAR, excerpt
from nspdesk.domain.year_figures import MONTHS, RevenueSources

BACKLINKS = frozenset(b.value for b in Backlink)


class EvaluateInput(NamedTuple):
    facts: PartnerFacts
    sources: RevenueSources  # what ``facts.revenue`` is made of


def facts_from_json(fields: Fields, today: date) -> PartnerFacts:
    return evaluate_input(fields, today).facts


def evaluate_input(fields: Fields, today: date) -> EvaluateInput:
    """The facts of an ``evaluate`` input, and the sources of their revenue: ``revenue`` p.a. plus
    twelve times ``mrr``.

    "Die Umsatzschwelle für Authorized Partner beträgt 2.000,- EUR p.a. […] NoSpamProxy Cloud:
    Neulizenzen […]": a monthly Cloud amount counts with its year's value.
    """
    certified = []
    dates = fields.text_list("technicians_certified_on", default=[], unique=False)
    for index, value in enumerate(dates):
        try:
            certified.append(date.fromisoformat(value))
        except ValueError:
            raise InputError(
                f"technicians_certified_on[{index}]",
                f"ist kein Datum im Format JJJJ-MM-TT: {excerpt(value)}",
            ) from None
    year = fields.integer("year", minimum=FIRST_YEAR, maximum=LAST_YEAR)
    track = fields.text("track")
    as_of = fields.day("as_of", default=today)
    projects = fields.integer("projects", default=0)
    sources = RevenueSources(
        entered=fields.amount("revenue", default="0"), monthly=fields.amount("mrr", default="0")
    )
    facts = PartnerFacts(
        track=track,
        year=year,
        as_of=as_of,
        projects=projects,
        revenue=sources.total,
        mrr=sources.monthly,
        sales_training=fields.flag("sales_training", default=False),
        tech_training=fields.flag("tech_training", default=False),
        technicians_certified_on=tuple(certified),
        backlink=Backlink(fields.choice("backlink", BACKLINKS, default=Backlink.UNKNOWN.value)),
        service_agreement=fields.flag("service_agreement", default=False),
        tier=fields.text("tier") if fields.has("tier") else None,
    )
    fields.finish()
    return EvaluateInput(facts, sources)


def evaluation_to_json(
    evaluation: Evaluation, sources: RevenueSources | None = None
) -> dict[str, object]:
    """The evaluation as JSON; ``sources``: what its revenue is made of (None: the facts' revenue
    as one amount p.a.)."""
    facts = evaluation.facts
    if sources is None:
        sources = RevenueSources(entered=facts.revenue)
    out: dict[str, object] = {
        "edition": evaluation.program.edition,
        "track": facts.track,
        "year": facts.year,
        "as_of": facts.as_of.isoformat(),
        "eligible_tier": evaluation.eligible_tier.id if evaluation.eligible_tier else None,
        "eligible_tier_name": evaluation.eligible_tier.name if evaluation.eligible_tier else None,
        "requirements": [
            {
                "tier": r.tier,
                "id": r.id.value,
                "required": _value(r.required),
                "actual": _value(r.actual),
                "met": r.met,
                "mandatory": r.mandatory,
            }
            for r in evaluation.requirements
        ],
        "next_tier": evaluation.next_tier.id if evaluation.next_tier else None,
        "next_tier_name": evaluation.next_tier.name if evaluation.next_tier else None,
        "missing": list(evaluation.missing),
        "advice": list(evaluation.advice),
        "certifications": [
            {
                "completed_on": c.completed_on.isoformat(),
                "valid_through": c.valid_through.isoformat(),
                "valid": c.valid,
            }
            for c in evaluation.certifications
        ],
        "revenue_sources": {
            "revenue": as_text(sources.entered),
            "mrr": as_text(sources.monthly),
            "mrr_months": MONTHS,
            "from_mrr": as_text(sources.from_monthly),
            "won_quotes": as_text(sources.won),
            "total": as_text(sources.total),
            # False on a track whose tiers ask for no revenue (Cloud-only: the MRR counts)
            "checked": any(r.id is RequirementId.REVENUE for r in evaluation.requirements),
        },
    }
    if evaluation.tier is not None:
        out["tier"] = evaluation.tier.id
        out["tier_met"] = evaluation.tier_met
        out["tier_missing"] = list(evaluation.tier_missing)
    return out


def _value(value: Value) -> object:
    if isinstance(value, Decimal):
        return as_text(value)
    if isinstance(value, tuple):
        return list(value)
    return value
