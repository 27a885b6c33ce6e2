"""Germany's public holidays from our own table (``nspdesk.domain.public_holidays``).

The brochure: "Die Standard-Supportzeiten sind Montag bis Freitag 9 Uhr bis 17 Uhr, ausgenommen die
gesetzlichen Feiertage in Nordrhein-Westfalen." The rule file names the region: ``holidays =
"DE-NW"``. The table replaces the ``holidays`` library for German states (its import costs 18.9 MB);
the library stays installed as the fallback for other countries and as the yardstick here: when a
new law adds a holiday and the library learns it, ``test_every_state_and_year_as_the_library``
fails.
"""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import date, datetime
from pathlib import Path

import holidays
import pytest

from nspdesk.domain.program import Program
from nspdesk.domain.public_holidays import FIRST_YEAR, STATES, Names, easter, public_holidays
from nspdesk.domain.support_hours import (
    BERLIN,
    SupportHours,
    availability,
    known_here,
    region_name,
)
from tests.unit.english_catalog import english

ROOT = Path(__file__).resolve().parents[2]


def library(state: str, year: int) -> dict[date, Names]:
    """The library's holidays of a state, by default categories, in German and US English."""
    german = holidays.country_holidays("DE", subdiv=state, years=year, language="de")
    us = holidays.country_holidays("DE", subdiv=state, years=year, language="en_US")
    return {day: Names(name, us[day]) for day, name in sorted(german.items())}


@pytest.mark.parametrize("state", sorted(STATES))
def test_every_state_and_year_as_the_library(state: str) -> None:
    for year in range(1995, 2041):
        assert public_holidays(state, year) == library(state, year), (state, year)


def test_the_first_years_after_reunification_as_the_library() -> None:
    # Buß- und Bettag was a holiday everywhere until 1994; nothing before 1991.
    for state in STATES:
        for year in range(FIRST_YEAR - 1, 1995):
            assert public_holidays(state, year) == library(state, year), (state, year)
    assert public_holidays("NW", 1994)[date(1994, 11, 16)] == (
        "Buß- und Bettag",
        "Repentance and Prayer Day",
    )
    assert public_holidays("NW", 1990) == {}


def test_the_states_are_the_librarys() -> None:
    aliases = holidays.country_holidays("DE").subdivisions_aliases
    assert {aliases[name]: name for name in aliases} == STATES


@pytest.mark.parametrize(
    ("year", "sunday"),
    [
        (1818, date(1818, 3, 22)),  # the earliest possible date
        (1943, date(1943, 4, 25)),  # the latest possible date
        (2000, date(2000, 4, 23)),
        (2008, date(2008, 3, 23)),
        (2011, date(2011, 4, 24)),
        (2019, date(2019, 4, 21)),
        (2024, date(2024, 3, 31)),
        (2025, date(2025, 4, 20)),
        (2026, date(2026, 4, 5)),
        (2038, date(2038, 4, 25)),
        (2285, date(2285, 3, 22)),
    ],
)
def test_easter(year: int, sunday: date) -> None:
    assert easter(year) == sunday
    assert sunday.weekday() == 6


def test_nrw_in_2026(program: Program) -> None:
    """ "ausgenommen die gesetzlichen Feiertage in Nordrhein-Westfalen" (the rule file: DE-NW)."""
    assert program.support.holidays == "DE-NW"
    days = public_holidays("NW", 2026)
    assert [(day.isoformat(), names.german) for day, names in days.items()] == [
        ("2026-01-01", "Neujahr"),
        ("2026-04-03", "Karfreitag"),
        ("2026-04-06", "Ostermontag"),
        ("2026-05-01", "Erster Mai"),
        ("2026-05-14", "Christi Himmelfahrt"),
        ("2026-05-25", "Pfingstmontag"),
        ("2026-06-04", "Fronleichnam"),
        ("2026-10-03", "Tag der Deutschen Einheit"),
        ("2026-11-01", "Allerheiligen"),
        ("2026-12-25", "Erster Weihnachtstag"),
        ("2026-12-26", "Zweiter Weihnachtstag"),
    ]
    assert days[date(2026, 6, 4)].english == "Corpus Christi"


def test_reformation_day_everywhere_only_in_2017() -> None:
    assert all(date(2017, 10, 31) in public_holidays(state, 2017) for state in STATES)
    assert date(2018, 10, 31) not in public_holidays("NW", 2018)
    assert date(2018, 10, 31) in public_holidays("HH", 2018)
    assert date(2016, 10, 31) not in public_holidays("HH", 2016)


def test_two_holidays_on_one_day_share_a_name() -> None:
    assert public_holidays("NW", 2008)[date(2008, 5, 1)] == (
        "Christi Himmelfahrt; Erster Mai",
        "Ascension Day; Labor Day",
    )


def test_an_unknown_state() -> None:
    with pytest.raises(ValueError, match="'XX' ist kein deutsches Bundesland"):
        public_holidays("XX", 2026)


# --- Support hours with the table, and with the library for other countries -------------------


def test_the_support_hours_no_longer_import_the_library() -> None:
    """The program view's support hours for the rule file's DE-NW: the library stays unimported."""
    code = (
        "import sys\n"
        "from datetime import datetime\n"
        "from nspdesk.domain.editions import default_library\n"
        "from nspdesk.domain.support_hours import BERLIN, availability, region_name\n"
        "from nspdesk.ui.views.program.view import support_hours\n"
        "hours = support_hours(default_library().edition('2024'))\n"
        "assert hours is not None and hours.region == 'DE-NW'\n"
        "hours.schedule(); region_name('DE-BY')\n"
        "availability(hours, datetime(2026, 12, 24, 18, 0, tzinfo=BERLIN)).describe()\n"
        "print('holidays' in sys.modules)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert done.stdout.strip() == "False"


def test_german_names_for_the_ui() -> None:
    hours = SupportHours.of(("Mo",), "09:00", "17:00", "DE-BE")
    liberation = hours.holiday(date(2025, 5, 8))
    assert liberation is not None and english(liberation).startswith("80th anniversary")
    assert english(region_name("DE-NW")) == "North Rhine-Westphalia"
    assert region_name("DE-SL") == "Saarland"


def test_another_countrys_region_asks_the_library() -> None:
    vienna = SupportHours.of(("Mo", "Di", "Mi", "Do", "Fr"), "09:00", "17:00", "AT-9")
    assert region_name("AT-9") == "Wien"
    immaculate = vienna.holiday(date(2026, 12, 8))  # Mariä Empfängnis, a Tuesday
    assert immaculate == "Mariä Empfängnis"
    assert english(immaculate) == "Immaculate Conception"
    assert not availability(vienna, datetime(2026, 12, 8, 10, tzinfo=BERLIN)).open_now
    assert availability(vienna, datetime(2026, 12, 9, 10, tzinfo=BERLIN)).open_now
    auckland = SupportHours.of(("Mo",), "09:00", "17:00", "NZ-AUK")  # no translations
    anniversary = auckland.holiday(date(2026, 1, 26))
    assert anniversary == "Auckland Anniversary Day"
    assert english(anniversary) == "Auckland Anniversary Day"
    assert region_name("NZ-AUK") == "Auckland"
    assert region_name("DE-Augsburg") == "DE-Augsburg"  # a city the library knows, not a state


def test_which_regions_are_known_here() -> None:
    """The 16 states from nspdesk's own table; anything else from the library."""
    assert all(known_here(f"DE-{state}") for state in STATES)
    for region in ("AT-9", "DE-XX", "DE-Augsburg", "DE"):
        assert not known_here(region), region
