"""The sentences of the compliance engine and of the traffic light, as :class:`Text`\\ s.

``nspdesk.domain.compliance`` words what a tier lacks ("2 weitere realisierte Projekte"), its notes
(a desirable backlink, a certification about to expire) and its refusals; ``nspdesk.domain.standing``
words why the traffic light is amber. The German of each function is exactly the wording those
modules print (CLI, JSON, PDFs); the UI renders the same sentence in its own language
(``nspdesk.ui.i18n.show``). This module knows no engine types: requirements and backlink verdicts
come in as their values (``"revenue"``, ``"nofollow"``), so both modules can import it.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from decimal import Decimal

from nspdesk.domain.messages import (
    QT_TRANSLATE_NOOP,
    Listing,
    Money,
    Percent,
    Text,
    plural,
)
from nspdesk.domain.program import Training

# --- What a tier lacks ------------------------------------------------------------------------------

_PROJECTS_ONE = QT_TRANSLATE_NOOP("Compliance", "{n} weiteres realisiertes Projekt")
_PROJECTS_OTHER = QT_TRANSLATE_NOOP("Compliance", "{n} weitere realisierte Projekte")
_REVENUE = QT_TRANSLATE_NOOP("Compliance", "{amount} Umsatz")
_MRR = QT_TRANSLATE_NOOP("Compliance", "{amount} monatlich wiederkehrender Umsatz (MRR)")
_TECHNICIANS_ONE = QT_TRANSLATE_NOOP(
    "Compliance", "{n} weiterer zertifizierter Techniker (zweitägige Administratorenschulung)"
)
_TECHNICIANS_OTHER = QT_TRANSLATE_NOOP(
    "Compliance", "{n} weitere zertifizierte Techniker (zweitägige Administratorenschulung)"
)
_BACKLINK = QT_TRANSLATE_NOOP(
    "Compliance", "Follow-Link auf www.nospamproxy.de auf der eigenen Website ({state})"
)
_SERVICE_AGREEMENT = QT_TRANSLATE_NOOP(
    "Compliance", "Basis-Servicevereinbarung mit der Net at Work GmbH"
)
_TRAININGS = {
    (Training.SALES, False): QT_TRANSLATE_NOOP("Compliance", "1 Online-Vertriebstraining"),
    (Training.TECHNICAL, False): QT_TRANSLATE_NOOP("Compliance", "1 Online-Techniktraining"),
    (Training.SALES, True): QT_TRANSLATE_NOOP("Compliance", "1 Vertriebstraining (Video)"),
    (Training.TECHNICAL, True): QT_TRANSLATE_NOOP("Compliance", "1 Techniktraining (Video)"),
}
# The state of the partner's link, keyed by the ``compliance.Backlink`` value (not "follow": a
# follow link lacks nothing).
BACKLINK_STATE = {
    "nofollow": QT_TRANSLATE_NOOP("Compliance", "derzeit mit nofollow markiert"),
    "missing": QT_TRANSLATE_NOOP("Compliance", "derzeit kein Link gefunden"),
    "unknown": QT_TRANSLATE_NOOP("Compliance", "noch nicht geprüft oder Website nicht erreichbar"),
}


def projects_gap(gap: int) -> Text:
    """ "1 weiteres realisiertes Projekt", "2 weitere realisierte Projekte"."""
    return plural(gap, _PROJECTS_ONE, _PROJECTS_OTHER)


def revenue_gap(amount: Decimal) -> Text:
    """ "4.500,00 € Umsatz"."""
    return _REVENUE.format(amount=Money(amount))


def mrr_gap(amount: Decimal) -> Text:
    return _MRR.format(amount=Money(amount))


def training_gap(training: Training, video: bool) -> Text:
    """One missing training; the cloud tracks' trainings are videos."""
    return _TRAININGS[(training, video)]


def technicians_gap(gap: int) -> Text:
    return plural(gap, _TECHNICIANS_ONE, _TECHNICIANS_OTHER)


def backlink_gap(backlink: str) -> Text:
    """The missing follow link, with the state of the last check (``Backlink`` value)."""
    return _BACKLINK.format(state=BACKLINK_STATE[backlink])


def service_agreement_gap() -> Text:
    return _SERVICE_AGREEMENT


# --- Notes --------------------------------------------------------------------------------------------

_BACKLINK_DESIRABLE = QT_TRANSLATE_NOOP(
    "Compliance",
    "Ein Follow-Link auf www.nospamproxy.de ist für {tier} wünschenswert ({state}); "
    "ab der nächsten Stufe ist er Pflicht.",
)
_NOT_YET = QT_TRANSLATE_NOOP(
    "Compliance",
    "Die Zertifizierung vom {completed} liegt nach dem Stichtag {as_of} und zählt noch nicht.",
)
_EXPIRED = QT_TRANSLATE_NOOP(
    "Compliance",
    "Die Zertifizierung vom {completed} ist am {through} abgelaufen; "
    "die Administratorenschulung ist zu wiederholen.",
)
_EXPIRING = QT_TRANSLATE_NOOP("Compliance", "Die Zertifizierung vom {completed} {expiry}.")
_EXPIRING_SHORT = QT_TRANSLATE_NOOP(
    "Compliance",
    "Die Zertifizierung vom {completed} {expiry}; danach fehlt "
    "für {tier} ein zertifizierter Techniker, die Schulung sollte rechtzeitig wiederholt werden.",
)
# When a certification valid through {through} runs out, seen from the reference day: it is still
# valid on that day itself, so the last day reads "heute", never "in 0 Tagen".
_EXPIRES_TODAY = QT_TRANSLATE_NOOP("Compliance", "läuft heute ({through}) ab")
_EXPIRES_TOMORROW = QT_TRANSLATE_NOOP("Compliance", "läuft morgen ({through}) ab")
_EXPIRES_IN = QT_TRANSLATE_NOOP("Compliance", "läuft am {through} ab (in {days} Tagen)")


def expiry(valid_through: date, days_left: int) -> Text:
    """ "läuft heute (10.01.2026) ab", "… morgen …", "läuft am 10.01.2026 ab (in 12 Tagen)".

    ``days_left`` is at least 0: the day ``valid_through`` itself still counts.
    """
    if days_left == 0:
        return _EXPIRES_TODAY.format(through=valid_through)
    if days_left == 1:
        return _EXPIRES_TOMORROW.format(through=valid_through)
    # numbers with the locale's grouping
    return _EXPIRES_IN.format(through=valid_through, days=Decimal(days_left))


def backlink_desirable(tier: str, backlink: str) -> Text:
    """The follow link is advice for ``tier`` (a name) and a duty from the next tier on."""
    return _BACKLINK_DESIRABLE.format(tier=tier, state=BACKLINK_STATE[backlink])


def certification_not_yet(completed_on: date, as_of: date) -> Text:
    return _NOT_YET.format(completed=completed_on, as_of=as_of)


def certification_expired(completed_on: date, valid_through: date) -> Text:
    return _EXPIRED.format(completed=completed_on, through=valid_through)


def certification_expiring(
    completed_on: date, valid_through: date, days_left: int, short_for: str | None = None
) -> Text:
    """A certification about to expire; ``short_for``: the tier that then lacks a technician."""
    when = expiry(valid_through, days_left)
    if short_for is None:
        return _EXPIRING.format(completed=completed_on, expiry=when)
    return _EXPIRING_SHORT.format(completed=completed_on, expiry=when, tier=short_for)


# --- Refusals -----------------------------------------------------------------------------------------

_YEAR_AFTER = QT_TRANSLATE_NOOP("Compliance", "{year} liegt nach dem Stichtag {as_of}")
_UNKNOWN_TRACK = QT_TRANSLATE_NOOP("Compliance", "unbekannte Spur {track} (bekannt: {known})")
_VENDOR_TRACK = QT_TRANSLATE_NOOP(
    "Compliance",
    "die Stufen der Spur {track} vergibt nur die Net at Work GmbH direkt; "
    "die umsatzabhängigen Leistungen zeigt die Auswertung der Spur 'server'",
)
_NOT_A_TIER = QT_TRANSLATE_NOOP(
    "Compliance", "{tier} ist keine Stufe der Spur {track} (möglich: {names})"
)


def year_after_reference(year: int, as_of: date) -> Text:
    """The evaluated year lies after the reference date (written as ISO date, as the CLI takes it)."""
    return _YEAR_AFTER.format(year=year, as_of=as_of.isoformat())


def unknown_track(track: str, known: Iterable[str]) -> Text:
    return _UNKNOWN_TRACK.format(track=repr(track), known=Listing(known, ", "))


def vendor_granted_track(track: str) -> Text:
    return _VENDOR_TRACK.format(track=repr(track))


def not_a_tier_of_track(tier: str, track: str, possible: Iterable[str]) -> Text:
    return _NOT_A_TIER.format(tier=repr(tier), track=repr(track), names=Listing(possible, ", "))


# --- The traffic light (``nspdesk.domain.standing``) -------------------------------------------------

_NO_TIER = QT_TRANSLATE_NOOP("Standing", "keine Partnerstufe in dieser Spur erfasst")
_ALL_MET = QT_TRANSLATE_NOOP("Standing", "alle Anforderungen von {tier} erfüllt")
_AT_RISK_CERTIFICATION_OF_ONE = QT_TRANSLATE_NOOP(
    "Standing",
    "Zertifizierung vom {completed} {expiry}; danach {left} von "
    "{needed} nötigen zertifizierten Techniker",
)
_AT_RISK_CERTIFICATION = QT_TRANSLATE_NOOP(
    "Standing",
    "Zertifizierung vom {completed} {expiry}; danach {left} von "
    "{needed} nötigen zertifizierten Technikern",
)
_THIN_MARGIN = QT_TRANSLATE_NOOP(
    "Standing", "{figure} {actual}: weniger als {margin} über der Schwelle von {required}"
)
# The figures with a threshold, keyed by the ``compliance.RequirementId`` value.
FIGURES = {
    "projects": QT_TRANSLATE_NOOP("Standing", "Realisierte Projekte"),
    "revenue": QT_TRANSLATE_NOOP("Standing", "Umsatz"),
    "mrr": QT_TRANSLATE_NOOP("Standing", "MRR"),
}


def no_tier_recorded() -> Text:
    return _NO_TIER


# The sentence by tier, for the partner list's partners that meet theirs: by the name's id, with the
# name kept alive beside it (two names equal in German may translate differently).
_ALL_MET_BY_TIER: dict[int, tuple[str, Text]] = {}
_ALL_MET_KEPT = 256


def all_requirements_met(tier: str) -> Text:
    known = _ALL_MET_BY_TIER.get(id(tier))
    if known is not None and known[0] is tier:
        return known[1]
    if len(_ALL_MET_BY_TIER) >= _ALL_MET_KEPT:
        _ALL_MET_BY_TIER.clear()
    text = _ALL_MET.format(tier=tier)
    _ALL_MET_BY_TIER[id(tier)] = (tier, text)
    return text


def certification_at_risk(
    completed_on: date, valid_through: date, days_left: int, left: int, needed: int
) -> Text:
    """An expiring certification leaves ``left`` of the ``needed`` certified technicians ("0 von 1
    nötigen zertifizierten Techniker", "1 von 2 … Technikern")."""
    template = _AT_RISK_CERTIFICATION_OF_ONE if needed == 1 else _AT_RISK_CERTIFICATION
    return template.format(
        completed=completed_on,
        expiry=expiry(valid_through, days_left),
        left=Decimal(left),
        needed=Decimal(needed),
    )


def thin_margin(
    requirement: str, actual: int | Decimal, required: int | Decimal, margin_percent: Decimal
) -> Text:
    """A figure less than ``margin_percent`` above its threshold ("Umsatz 51.800,00 €: …")."""
    return _THIN_MARGIN.format(
        figure=FIGURES[requirement],
        actual=_figure(requirement, actual),
        margin=Percent(margin_percent),
        required=_figure(requirement, required),
    )


def _figure(requirement: str, value: int | Decimal) -> Decimal | Money:
    return Decimal(value) if requirement == "projects" else Money(Decimal(value))
