"""Second-level support hours: Mo–Fr 09:00–17:00 Berlin time, closed on NRW public holidays."""

from __future__ import annotations

from datetime import UTC, date, datetime, time

import pytest

from nspdesk.domain.program import Program
from nspdesk.domain.support_hours import (
    BERLIN,
    SupportHours,
    availability,
    next_opening,
    region_name,
)


@pytest.fixture(scope="module")
def hours() -> SupportHours:
    from nspdesk.domain.editions import default_library

    return SupportHours.of_model(default_library().edition("2024").support)


def at(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=BERLIN)


def test_from_the_rule_file(hours: SupportHours, program: Program) -> None:
    assert hours.weekdays == frozenset(range(5))
    assert (hours.opens, hours.closes) == (time(9), time(17))
    assert hours.region == program.support.holidays == "DE-NW"
    assert hours.schedule() == ("Mo–Fr 09:00–17:00 Uhr, außer an Feiertagen in Nordrhein-Westfalen")


@pytest.mark.parametrize(
    ("moment", "open_now"),
    [
        ("2026-11-30 08:59", False),  # Monday, a minute early
        ("2026-11-30 09:00", True),
        ("2026-11-30 16:59", True),
        ("2026-11-30 17:00", False),  # the closing minute is after hours
    ],
)
def test_boundaries(hours: SupportHours, moment: str, open_now: bool) -> None:
    assert availability(hours, at(moment)).open_now is open_now


def test_open_now_says_until_when(hours: SupportHours) -> None:
    result = availability(hours, at("2026-11-25 10:30"))
    assert result.closes_at == at("2026-11-25 17:00")
    assert result.next_open is None
    assert result.describe() == "Second-Level-Support jetzt erreichbar (bis 17:00 Uhr)"


def test_before_opening_today(hours: SupportHours) -> None:
    result = availability(hours, at("2026-11-30 08:59"))
    assert result.next_open == at("2026-11-30 09:00")
    assert result.describe() == "Second-Level-Support nicht erreichbar – wieder ab heute 09:00"


def test_friday_evening_to_monday(hours: SupportHours) -> None:
    result = availability(hours, at("2026-11-27 17:00"))
    assert result.next_open == at("2026-11-30 09:00")
    assert result.holiday is None
    assert result.describe() == "Second-Level-Support nicht erreichbar – wieder ab Mo 09:00"


def test_weekend(hours: SupportHours) -> None:
    assert availability(hours, at("2026-11-28 11:00")).next_open == at("2026-11-30 09:00")


def test_good_friday_and_easter_monday(hours: SupportHours) -> None:
    result = availability(hours, at("2026-04-03 10:00"))  # Karfreitag
    assert not result.open_now
    assert result.holiday == "Karfreitag"
    assert result.next_open == at("2026-04-07 09:00")  # Ostermontag is closed too
    assert result.describe() == (
        "Second-Level-Support nicht erreichbar (heute Feiertag: Karfreitag) – wieder ab Di 09:00"
    )


def test_corpus_christi_is_an_nrw_holiday(hours: SupportHours) -> None:
    result = availability(hours, at("2026-06-04 11:00"))  # Fronleichnam, Thursday
    assert result.holiday == "Fronleichnam"
    assert result.next_open == at("2026-06-05 09:00")
    berlin = SupportHours.of(("Mo", "Di", "Mi", "Do", "Fr"), "09:00", "17:00", "DE-BE")
    assert availability(berlin, at("2026-06-04 11:00")).open_now  # not a holiday in Berlin


def test_christmas(hours: SupportHours) -> None:
    result = availability(hours, at("2026-12-24 17:30"))  # Heiligabend is a working day
    assert result.next_open == at("2026-12-28 09:00")  # 25th Fri, 26th Sat, 27th Sun
    assert availability(hours, at("2026-12-24 12:00")).open_now
    assert availability(hours, at("2026-12-25 12:00")).holiday == "Erster Weihnachtstag"


def test_aware_times_are_converted_and_naive_ones_are_berlin(hours: SupportHours) -> None:
    utc = datetime(2026, 11, 30, 8, 30, tzinfo=UTC)  # 09:30 in Berlin (CET)
    result = availability(hours, utc)
    assert result.open_now
    assert result.at.tzinfo is BERLIN
    assert availability(hours, datetime(2026, 11, 30, 8, 30)).open_now is False  # noqa: DTZ001
    summer = datetime(2026, 7, 1, 15, 0, tzinfo=UTC)  # 17:00 CEST: closed
    assert not availability(hours, summer).open_now


def test_next_opening_is_strictly_later(hours: SupportHours) -> None:
    assert next_opening(hours, at("2026-11-25 09:00")) == at("2026-11-26 09:00")
    assert next_opening(hours, at("2026-11-25 08:00")) == at("2026-11-25 09:00")


def test_more_than_a_week_away_shows_the_date() -> None:
    mondays = SupportHours.of(("Mo",), "09:00", "12:00", "DE-NW")
    # 2026-05-25 is Pfingstmontag: the Monday after next is the next opening
    result = availability(mondays, at("2026-05-18 13:00"))
    assert result.next_open == at("2026-06-01 09:00")
    assert result.describe().endswith("wieder ab Mo 01.06. 09:00")
    assert mondays.schedule().startswith("Mo 09:00–12:00 Uhr")


def test_a_hotline_that_never_opens() -> None:
    never = SupportHours.of((), "09:00", "17:00", "DE-NW")
    result = availability(never, at("2026-11-25 10:00"))
    assert result.next_open is None
    assert result.describe() == "Second-Level-Support nicht erreichbar"


def test_schedule_of_separate_days() -> None:
    hours = SupportHours.of(("Mo", "Mi"), "08:00", "12:30", "DE-NW")
    assert hours.schedule().startswith("Mo, Mi 08:00–12:30 Uhr")
    assert hours.is_open_day(date(2026, 11, 25))
    assert not hours.is_open_day(date(2026, 11, 24))


@pytest.mark.parametrize(
    ("weekdays", "opens", "closes", "region", "message"),
    [
        (("Mo", "Fri"), "09:00", "17:00", "DE-NW", "Wochentag 'Fri'"),
        (("Mo",), "9 Uhr", "17:00", "DE-NW", "Uhrzeit '9 Uhr'"),
        (("Mo",), "17:00", "09:00", "DE-NW", "nicht nach Beginn"),
        (("Mo",), "09:00", "17:00", "NRW", "kein ISO-3166-2-Code"),
        (("Mo",), "09:00", "17:00", "DE-XX", "keine Feiertage"),
    ],
)
def test_unreadable_hours(
    weekdays: tuple[str, ...], opens: str, closes: str, region: str, message: str
) -> None:
    with pytest.raises(ValueError, match=message):
        SupportHours.of(weekdays, opens, closes, region)


def test_region_names() -> None:
    assert region_name("DE-NW") == "Nordrhein-Westfalen"
    assert region_name("DE-ZZ") == "DE-ZZ"
    assert region_name("XX-YY") == "XX-YY"
