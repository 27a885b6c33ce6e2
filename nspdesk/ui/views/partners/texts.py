"""German texts for requirements and their values, all numbers through ``domain.formatting``."""

from __future__ import annotations

from decimal import Decimal

from nspdesk.domain.compliance import Backlink, RequirementId, RequirementResult, Value
from nspdesk.domain.formatting import money, number

LABELS = {
    RequirementId.PROJECTS: "Realisierte Projekte",
    RequirementId.REVENUE: "Umsatz im Jahr",
    RequirementId.MRR: "MRR (pro Monat)",
    RequirementId.TRAININGS: "Vertriebs- und Techniktraining",
    RequirementId.CERTIFIED_TECHNICIANS: "Zertifizierte Techniker",
    RequirementId.BACKLINK: "Follow-Link auf nospamproxy.de",
    RequirementId.SERVICE_AGREEMENT: "Basis-Servicevereinbarung",
}
TRAININGS = {"sales": "Vertrieb", "technical": "Technik"}
BACKLINKS = {
    Backlink.FOLLOW: "Follow-Link vorhanden",
    Backlink.NOFOLLOW: "nur nofollow-Link",
    Backlink.MISSING: "kein Link gefunden",
    Backlink.UNKNOWN: "nicht geprüft",
}
MET = "✓"
NOT_MET = "✗"
DESIRABLE = "○"


def required_text(result: RequirementResult) -> str:
    value = result.required
    match result.id:
        case RequirementId.PROJECTS | RequirementId.CERTIFIED_TECHNICIANS:
            return f"mind. {number(_int(value))}"
        case RequirementId.REVENUE:
            return f"{money(_dec(value))} p. a."
        case RequirementId.MRR:
            return f"{money(_dec(value))} / Monat"
        case RequirementId.TRAININGS:
            return "je 1: " + ", ".join(TRAININGS.get(t, t) for t in _strs(value))
        case RequirementId.BACKLINK:
            return "Follow-Link" + ("" if result.mandatory else " (wünschenswert)")
        case _:
            return "erforderlich"


def actual_text(requirement: RequirementId, value: Value) -> str:
    match requirement:
        case RequirementId.PROJECTS | RequirementId.CERTIFIED_TECHNICIANS:
            return number(_int(value))
        case RequirementId.REVENUE | RequirementId.MRR:
            return money(_dec(value))
        case RequirementId.TRAININGS:
            done = [TRAININGS.get(t, t) for t in _strs(value)]
            return ", ".join(done) if done else "keine"
        case RequirementId.BACKLINK:
            return BACKLINKS.get(Backlink(str(value)), str(value))
        case _:
            return "abgeschlossen" if value is True else "fehlt"


def verdict_mark(result: RequirementResult) -> str:
    if result.met:
        return MET
    return NOT_MET if result.mandatory else DESIRABLE


def _int(value: Value) -> int:
    assert isinstance(value, int)
    return value


def _dec(value: Value) -> Decimal:
    assert isinstance(value, Decimal)
    return value


def _strs(value: Value) -> tuple[str, ...]:
    assert isinstance(value, tuple)
    return value
