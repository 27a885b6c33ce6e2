"""When the second-level support of the vendor can be reached, from the program's support data.

The hotline is open on the listed weekdays from ``opens`` to ``closes`` (the closing minute itself is
closed: 17:00 is after hours), Berlin time, except on the public holidays of the rule file's region
(``DE-NW``: Nordrhein-Westfalen, so Fronleichnam and Allerheiligen close it, Reformationstag does
not). Every answer is for an explicit moment; the caller passes "now".

A German state's holidays come from ``public_holidays`` (our own table, checked against the
``holidays`` library by the tests), not from the library: importing the library took 0.1–0.4 s and
18.9 MB (426 modules; any country, ``holidays.countries.germany`` too, imports all 250 country
modules with the ``holidays.countries`` package, so no narrower import exists, 0.109), the last cause
of the program view's first-opening pauses (issue 20). A region of another country still asks the
library, imported on the first question that needs it, so a rule file naming one keeps working.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from functools import lru_cache
from zoneinfo import ZoneInfo

from nspdesk.domain.messages import QT_TRANSLATE_NOOP, Listing, Term, Text
from nspdesk.domain.program import SupportModel
from nspdesk.domain.public_holidays import STATES, public_holidays

BERLIN = ZoneInfo("Europe/Berlin")
WEEKDAY_NAMES = ("Mo", "Di", "Mi", "Do", "Fr", "Sa", "So")  # as the rule file writes them
# The same, as the UI shows them in its language.
WEEKDAYS = (
    QT_TRANSLATE_NOOP("SupportHours", "Mo"),
    QT_TRANSLATE_NOOP("SupportHours", "Di"),
    QT_TRANSLATE_NOOP("SupportHours", "Mi"),
    QT_TRANSLATE_NOOP("SupportHours", "Do"),
    QT_TRANSLATE_NOOP("SupportHours", "Fr"),
    QT_TRANSLATE_NOOP("SupportHours", "Sa"),
    QT_TRANSLATE_NOOP("SupportHours", "So"),
)
SCHEDULE = QT_TRANSLATE_NOOP(
    "SupportHours", "{days} {opens}–{closes} Uhr, außer an Feiertagen in {region}"
)
# The German federal states whose English name differs (``STATES`` names them in German).
REGIONS = {
    "Bayern": QT_TRANSLATE_NOOP("SupportHours", "Bayern"),
    "Hessen": QT_TRANSLATE_NOOP("SupportHours", "Hessen"),
    "Mecklenburg-Vorpommern": QT_TRANSLATE_NOOP("SupportHours", "Mecklenburg-Vorpommern"),
    "Niedersachsen": QT_TRANSLATE_NOOP("SupportHours", "Niedersachsen"),
    "Nordrhein-Westfalen": QT_TRANSLATE_NOOP("SupportHours", "Nordrhein-Westfalen"),
    "Rheinland-Pfalz": QT_TRANSLATE_NOOP("SupportHours", "Rheinland-Pfalz"),
    "Sachsen": QT_TRANSLATE_NOOP("SupportHours", "Sachsen"),
    "Sachsen-Anhalt": QT_TRANSLATE_NOOP("SupportHours", "Sachsen-Anhalt"),
    "Thüringen": QT_TRANSLATE_NOOP("SupportHours", "Thüringen"),
}
_SEARCH_DAYS = 366  # a hotline that opens on none of the next 366 days never opens


@dataclass(frozen=True)
class SupportHours:
    """The opening hours of a ``SupportModel`` in a form that can be computed with."""

    weekdays: frozenset[int]  # Monday = 0
    opens: time
    closes: time
    region: str  # ISO 3166-2, e.g. "DE-NW"

    @classmethod
    def of(cls, weekdays: tuple[str, ...], opens: str, closes: str, region: str) -> SupportHours:
        """From the rule file's texts (``["Mo", …]``, ``"09:00"``, ``"17:00"``, ``"DE-NW"``).

        Raises ``ValueError`` naming the text that cannot be read.
        """
        days = set()
        for name in weekdays:
            if name not in WEEKDAY_NAMES:
                raise ValueError(f"unbekannter Wochentag {name!r} (erwartet: Mo … So)")
            days.add(WEEKDAY_NAMES.index(name))
        start, end = _clock(opens), _clock(closes)
        if end <= start:
            raise ValueError(f"Ende {closes} liegt nicht nach Beginn {opens}")
        if region.count("-") != 1:
            raise ValueError(f"Region {region!r} ist kein ISO-3166-2-Code wie DE-NW")
        try:
            _holidays(region, 2024)
        except NotImplementedError:
            raise ValueError(f"für die Region {region!r} sind keine Feiertage bekannt") from None
        return cls(frozenset(days), start, end, region)

    @classmethod
    def of_model(cls, support: SupportModel) -> SupportHours:
        return cls.of(support.weekdays, support.opens, support.closes, support.holidays)

    def schedule(self) -> Text:
        """``Mo–Fr 09:00–17:00 Uhr, außer an Feiertagen in Nordrhein-Westfalen``."""
        days = sorted(self.weekdays)
        consecutive = days == list(range(days[0], days[-1] + 1)) if days else False
        if consecutive and len(days) > 2:
            named = Listing([WEEKDAYS[days[0]], WEEKDAYS[days[-1]]], "–")
        else:
            named = Listing((WEEKDAYS[d] for d in days), ", ")
        return SCHEDULE.format(
            days=named,
            opens=f"{self.opens:%H:%M}",
            closes=f"{self.closes:%H:%M}",
            region=region_name(self.region),
        )

    def holiday(self, day: date) -> Term | None:
        """The German name of the public holiday on ``day`` in the region (with its English
        name as the translation), or None."""
        return _holidays(self.region, day.year).get(day)

    def is_open_day(self, day: date) -> bool:
        return day.weekday() in self.weekdays and self.holiday(day) is None


@dataclass(frozen=True)
class Availability:
    open_now: bool
    at: datetime  # the moment asked about, in Berlin time
    closes_at: datetime | None  # open: when it closes today
    next_open: datetime | None  # closed: when it opens next (None: not within a year)
    holiday: Term | None  # closed because today is this holiday

    def describe(self) -> str:
        """``Second-Level-Support jetzt erreichbar (bis 17:00)`` or
        ``… nicht erreichbar – wieder ab Mo 09:00``."""
        if self.open_now:
            assert self.closes_at is not None
            return f"Second-Level-Support jetzt erreichbar (bis {self.closes_at:%H:%M} Uhr)"
        reason = f" (heute Feiertag: {self.holiday})" if self.holiday else ""
        if self.next_open is None:
            return f"Second-Level-Support nicht erreichbar{reason}"
        return f"Second-Level-Support nicht erreichbar{reason} – wieder ab {self.when_open()}"

    def when_open(self) -> str:
        """``Mo 09:00``, ``heute 09:00``; with the date when that is a week or more away
        (``Di 05.01. 09:00``)."""
        assert self.next_open is not None
        weekday = WEEKDAY_NAMES[self.next_open.weekday()]
        days = (self.next_open.date() - self.at.date()).days
        if days == 0:
            return f"heute {self.next_open:%H:%M}"
        if days >= 7:
            return f"{weekday} {self.next_open:%d.%m.} {self.next_open:%H:%M}"
        return f"{weekday} {self.next_open:%H:%M}"


def availability(hours: SupportHours, at: datetime) -> Availability:
    """Whether the hotline is open at ``at`` and, if not, when it opens next.

    An aware ``at`` is converted to Berlin time; a naive one is taken as Berlin wall-clock time.
    """
    local = at.astimezone(BERLIN) if at.tzinfo is not None else at.replace(tzinfo=BERLIN)
    today = local.date()
    holiday = hours.holiday(today)
    if hours.is_open_day(today) and hours.opens <= local.time() < hours.closes:
        closes_at = datetime.combine(today, hours.closes, BERLIN)
        return Availability(True, local, closes_at, None, None)
    return Availability(False, local, None, next_opening(hours, local), holiday)


def next_opening(hours: SupportHours, after: datetime) -> datetime | None:
    """The first opening time strictly after ``after`` (Berlin time), skipping weekends and
    holidays; None when there is none within a year."""
    day = after.date()
    if after.time() >= hours.opens:
        day += timedelta(days=1)
    for _ in range(_SEARCH_DAYS):
        if hours.is_open_day(day):
            return datetime.combine(day, hours.opens, BERLIN)
        day += timedelta(days=1)
    return None


def known_here(region: str) -> bool:
    """Whether the region's holidays come from nspdesk's own table (a German state), not from the
    ``holidays`` library, whose first import takes 0.1-0.4 s (see the module docstring)."""
    country, _, subdivision = region.partition("-")
    return country == "DE" and subdivision in STATES


def region_name(region: str) -> str:
    """``DE-NW`` → ``Nordrhein-Westfalen`` (a ``Text`` the UI shows in English where that name
    differs); another country's region as the holidays library names the subdivision; the code
    itself when neither knows it."""
    country, subdivision = region.split("-")
    if country == "DE" and subdivision in STATES:
        name = STATES[subdivision]
        return REGIONS.get(name, name)
    import holidays  # heavy: see the module docstring

    try:
        aliases = holidays.country_holidays(country).subdivisions_aliases
    except NotImplementedError:
        return region
    names = [name for name, code in aliases.items() if code == subdivision]
    if not names:
        return region
    return names[0]


def _clock(text: str) -> time:
    try:
        return time.fromisoformat(text)
    except ValueError:
        raise ValueError(f"Uhrzeit {text!r} ist nicht im Format HH:MM") from None


@lru_cache(maxsize=32)
def _holidays(region: str, year: int) -> dict[date, Term]:
    """The region's holidays of ``year``: German names, with the English ones as translations."""
    country, subdivision = region.split("-")
    if country == "DE" and subdivision in STATES:
        return {
            day: Term(names.german, {"en": names.english})
            for day, names in public_holidays(subdivision, year).items()
        }
    return _library_holidays(country, subdivision, year)


def _library_holidays(country: str, subdivision: str, year: int) -> dict[date, Term]:
    """Another country's region from the holidays library: the names in German where it has them
    (in the country's language otherwise), the English ones where it has ``en_US``."""
    import holidays  # heavy: see the module docstring

    def names(language: str) -> dict[date, str]:
        found = holidays.country_holidays(
            country, subdiv=subdivision, years=year, language=language
        )
        return dict(found.items())

    german = names("de")
    english = names("en_US") if "en_US" in _languages(country) else {}
    return {
        day: Term(name, {"en": english[day]} if day in english else {})
        for day, name in german.items()
    }


def _languages(country: str) -> tuple[str, ...]:
    import holidays

    languages: tuple[str, ...] = holidays.country_holidays(country).supported_languages
    return languages
