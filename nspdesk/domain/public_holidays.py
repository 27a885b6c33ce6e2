"""The public holidays of the 16 German federal states, with their German and English names.

The support hotline closes on the public holidays of the rule file's region (``DE-NW``). These
were the ``holidays`` library's, whose import costs 0.1–0.4 s and 18.9 MB (426 modules: any
country imports all 250 country modules), the last cause of the program view's first-opening
pauses (issue 20). Germany's holidays are a short table: each row is a day, the states that keep
it (none named: all of them) and the years it is kept in. What counts is what the library counts
for a state by default (its ``PUBLIC`` category, not ``CATHOLIC``: Mariä Himmelfahrt in Bayern and
Fronleichnam in Sachsen and Thüringen are holidays only in some municipalities, so not here), with
the library's names (``language="de"`` and ``"en_US"``); tests/unit/test_public_holidays.py checks
every state and year against the library, which stays installed for other countries' regions.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import NamedTuple

# The reunification was completed on 3 October 1990: the table (like the library) starts in 1991.
FIRST_YEAR = 1991

# ISO 3166-2 subdivision codes (``DE-NW`` without ``DE-``) and the states' German names.
STATES: dict[str, str] = {
    "BB": "Brandenburg",
    "BE": "Berlin",
    "BW": "Baden-Württemberg",
    "BY": "Bayern",
    "HB": "Bremen",
    "HE": "Hessen",
    "HH": "Hamburg",
    "MV": "Mecklenburg-Vorpommern",
    "NI": "Niedersachsen",
    "NW": "Nordrhein-Westfalen",
    "RP": "Rheinland-Pfalz",
    "SH": "Schleswig-Holstein",
    "SL": "Saarland",
    "SN": "Sachsen",
    "ST": "Sachsen-Anhalt",
    "TH": "Thüringen",
}

# Two or more holidays on one day (Christi Himmelfahrt on the 1st of May 2008) share the day under
# one name, the names in alphabetical order, as the library writes them.
SEPARATOR = "; "


class Names(NamedTuple):
    german: str
    english: str


def easter(year: int) -> date:
    """Easter Sunday by the Gregorian computus (the anonymous algorithm of 1876, Meeus/Jones/Butcher)."""
    golden = year % 19
    century, rest = divmod(year, 100)
    leap_centuries, century_rest = divmod(century, 4)
    correction = (century + 8) // 25
    moon_correction = (century - correction + 1) // 3
    epact = (19 * golden + century - leap_centuries - moon_correction + 15) % 30
    quarters, rest_of_quarters = divmod(rest, 4)
    weekday = (32 + 2 * century_rest + 2 * quarters - epact - rest_of_quarters) % 7
    shift = (golden + 11 * epact + 22 * weekday) // 451
    month, day = divmod(epact + weekday - 7 * shift + 114, 31)
    return date(year, month, day + 1)


def _fixed(month: int, day: int) -> Callable[[int], date]:
    return lambda year: date(year, month, day)


def _after_easter(days: int) -> Callable[[int], date]:
    return lambda year: easter(year) + timedelta(days=days)


def _repentance_day(year: int) -> date:
    """Buß- und Bettag: the Wednesday before the 23rd of November (16th–22nd)."""
    last = date(year, 11, 22)
    return last - timedelta(days=(last.weekday() - 2) % 7)


@dataclass(frozen=True)
class Rule:
    german: str
    english: str
    day: Callable[[int], date]  # the date in a given year
    states: frozenset[str] | None = None  # None: every state
    since: int = FIRST_YEAR
    until: int | None = None  # the last year, None: still kept

    def kept(self, state: str, year: int) -> bool:
        in_state = self.states is None or state in self.states
        return in_state and self.since <= year <= (self.until or year)


def _in(*states: str) -> frozenset[str]:
    return frozenset(states)


_REFORMATION = ("Reformationstag", "Reformation Day", _fixed(10, 31))

RULES: tuple[Rule, ...] = (
    # Every state.
    Rule("Neujahr", "New Year's Day", _fixed(1, 1)),
    Rule("Karfreitag", "Good Friday", _after_easter(-2)),
    Rule("Ostermontag", "Easter Monday", _after_easter(1)),
    Rule("Erster Mai", "Labor Day", _fixed(5, 1)),
    Rule("Christi Himmelfahrt", "Ascension Day", _after_easter(39)),
    Rule("Pfingstmontag", "Pentecost Monday", _after_easter(50)),
    Rule("Tag der Deutschen Einheit", "German Unity Day", _fixed(10, 3)),
    Rule("Buß- und Bettag", "Repentance and Prayer Day", _repentance_day, until=1994),
    Rule("Erster Weihnachtstag", "Christmas Day", _fixed(12, 25)),
    Rule("Zweiter Weihnachtstag", "Second Day of Christmas", _fixed(12, 26)),
    Rule(*_REFORMATION, since=2017, until=2017),  # the 500th anniversary, once everywhere
    # Some states.
    Rule("Heilige Drei Könige", "Epiphany", _fixed(1, 6), _in("BW", "BY", "ST")),
    Rule("Frauentag", "Women's Day", _fixed(3, 8), _in("BE"), since=2019),
    Rule("Frauentag", "Women's Day", _fixed(3, 8), _in("MV"), since=2023),
    Rule("Ostersonntag", "Easter Sunday", _after_easter(0), _in("BB")),
    Rule("Pfingstsonntag", "Pentecost", _after_easter(49), _in("BB")),
    Rule(
        "Fronleichnam",
        "Corpus Christi",
        _after_easter(60),
        _in("BW", "BY", "HE", "NW", "RP", "SL"),
    ),
    Rule("Mariä Himmelfahrt", "Assumption Day", _fixed(8, 15), _in("SL")),
    Rule("Weltkindertag", "World Children's Day", _fixed(9, 20), _in("TH"), since=2019),
    Rule(*_REFORMATION, _in("BB", "MV", "SN", "ST", "TH")),
    Rule(*_REFORMATION, _in("HB", "HH", "NI", "SH"), since=2018),
    Rule("Allerheiligen", "All Saints' Day", _fixed(11, 1), _in("BW", "BY", "NW", "RP", "SL")),
    Rule("Buß- und Bettag", "Repentance and Prayer Day", _repentance_day, _in("SN"), since=1995),
    # Berlin's one-off days.
    Rule(
        "75. Jahrestag der Befreiung vom Nationalsozialismus und der Beendigung des Zweiten "
        "Weltkriegs in Europa",
        "75th anniversary of the liberation from Nazism and the end of the Second World War in "
        "Europe",
        _fixed(5, 8),
        _in("BE"),
        since=2020,
        until=2020,
    ),
    Rule(
        "80. Jahrestag der Befreiung vom Nationalsozialismus und der Beendigung des Zweiten "
        "Weltkriegs in Europa",
        "80th anniversary of the liberation from Nazism and the end of the Second World War in "
        "Europe",
        _fixed(5, 8),
        _in("BE"),
        since=2025,
        until=2025,
    ),
    Rule(
        "75. Jahrestag des Aufstandes vom 17. Juni 1953",
        "75th anniversary of the East German uprising of 1953",
        _fixed(6, 17),
        _in("BE"),
        since=2028,
        until=2028,
    ),
)


def public_holidays(state: str, year: int) -> dict[date, Names]:
    """The public holidays of ``state`` (``"NW"``) in ``year``, in date order.

    Raises ``ValueError`` for a code that is not one of the 16 states.
    """
    if state not in STATES:
        raise ValueError(f"{state!r} ist kein deutsches Bundesland (BB … TH)")
    german: dict[date, set[str]] = {}
    english: dict[date, set[str]] = {}
    for rule in RULES:
        if rule.kept(state, year):
            day = rule.day(year)
            german.setdefault(day, set()).add(rule.german)
            english.setdefault(day, set()).add(rule.english)
    return {
        day: Names(SEPARATOR.join(sorted(german[day])), SEPARATOR.join(sorted(english[day])))
        for day in sorted(german)
    }
