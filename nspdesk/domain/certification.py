"""Validity of the two-day administrator course ("Zertifizierungsschulung").

A certification counts if completed at most ``years`` before the reference date: it is valid through
the same calendar day ``years`` later. A course on 29 February is valid through 28 February of the
target year when that year has no 29th (the conservative reading: the day does not exist).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class Certification:
    completed_on: date
    valid_through: date
    valid: bool  # counts on the reference date

    def days_left(self, as_of: date) -> int:
        return (self.valid_through - as_of).days


def valid_through(completed_on: date, years: int) -> date:
    try:
        return completed_on.replace(year=completed_on.year + years)
    except ValueError:  # 29 February into a common year
        return completed_on.replace(year=completed_on.year + years, day=28)


def certifications_as_of(
    completed: tuple[date, ...], as_of: date, years: int
) -> tuple[Certification, ...]:
    """Each course date with its expiry and whether it counts on ``as_of`` (newest first)."""
    result = []
    for completed_on in sorted(completed, reverse=True):
        through = valid_through(completed_on, years)
        result.append(Certification(completed_on, through, completed_on <= as_of <= through))
    return tuple(result)
