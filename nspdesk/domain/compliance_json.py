"""The JSON shape of ``nspdesk evaluate``: partner facts in, evaluation out (a contract for other tools)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from nspdesk.domain.compliance import Backlink, Evaluation, PartnerFacts, Value
from nspdesk.domain.decimals import as_text
from nspdesk.domain.errors import InputError
from nspdesk.domain.fields import Fields

BACKLINKS = frozenset(b.value for b in Backlink)
FIRST_YEAR = 2000


def facts_from_json(fields: Fields, today: date) -> PartnerFacts:
    certified = []
    for index, value in enumerate(fields.text_list("technicians_certified_on", default=[])):
        try:
            certified.append(date.fromisoformat(value))
        except ValueError:
            raise InputError(
                f"technicians_certified_on[{index}]",
                f"ist kein Datum im Format JJJJ-MM-TT: {value!r}",
            ) from None
    year = fields.integer("year", minimum=FIRST_YEAR)
    facts = PartnerFacts(
        track=fields.text("track"),
        year=year,
        as_of=fields.day("as_of", default=today),
        projects=fields.integer("projects", default=0),
        revenue=fields.amount("revenue", default="0"),
        mrr=fields.amount("mrr", default="0"),
        sales_training=fields.flag("sales_training", default=False),
        tech_training=fields.flag("tech_training", default=False),
        technicians_certified_on=tuple(certified),
        backlink=Backlink(fields.choice("backlink", BACKLINKS, default=Backlink.UNKNOWN.value)),
        service_agreement=fields.flag("service_agreement", default=False),
        tier=fields.text("tier") if fields.has("tier") else None,
    )
    fields.finish()
    return facts


def evaluation_to_json(evaluation: Evaluation) -> dict[str, object]:
    facts = evaluation.facts
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
