"""Column types that keep money exact and time in UTC on SQLite and PostgreSQL alike.

SQLite has no decimal type (pysqlite would hand back floats), so amounts in whole cents are stored as
integers (summable in SQL), other exact decimals (unit prices with more places, quantities,
percentages) as their decimal text. Timestamps are stored as naive UTC and come back timezone-aware.
"""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal

from sqlalchemy import BigInteger, DateTime, Dialect, String
from sqlalchemy.types import TypeDecorator

from nspdesk.domain.decimals import CENT

# A signed 64-bit integer (BIGINT on PostgreSQL, INTEGER on SQLite): at most 92,233,720,368,547,758.07
# euros. The program's ranges (domain/limits.py) keep every amount far below: the largest quote they
# allow is 1.19 × 10¹⁶ € gross.
MAX_CENTS = 2**63 - 1


class Money(TypeDecorator[Decimal]):
    """Euros as ``Decimal`` with two places, stored as integer cents."""

    impl = BigInteger
    cache_ok = True

    def process_bind_param(self, value: Decimal | None, dialect: Dialect) -> int | None:
        if value is None:
            return None
        if not isinstance(value, Decimal):
            raise TypeError(f"Money needs a Decimal, got {type(value).__name__}")
        cents = value * 100
        if cents != cents.to_integral_value():
            raise ValueError(f"{value} is not a whole number of cents")
        if abs(cents) > MAX_CENTS:  # the ranges prevent it; never let the database wrap it
            raise ValueError(f"{value} is beyond the Money column's range")
        return int(cents)

    def process_result_value(self, value: int | None, dialect: Dialect) -> Decimal | None:
        return None if value is None else (Decimal(value) / 100).quantize(CENT)


class ExactDecimal(TypeDecorator[Decimal]):
    """Any exact decimal, stored as its text (``"2.3456"``); never a float."""

    impl = String(40)
    cache_ok = True

    def process_bind_param(self, value: Decimal | None, dialect: Dialect) -> str | None:
        if value is None:
            return None
        if not isinstance(value, Decimal):
            raise TypeError(f"ExactDecimal needs a Decimal, got {type(value).__name__}")
        return format(value, "f")

    def process_result_value(self, value: str | None, dialect: Dialect) -> Decimal | None:
        return None if value is None else Decimal(value)


class UTCDateTime(TypeDecorator[datetime]):
    """An aware ``datetime``; stored as naive UTC, returned with ``tzinfo=UTC``."""

    impl = DateTime(timezone=False)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime: store times as aware UTC datetimes")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        return None if value is None else value.replace(tzinfo=UTC)


def utcnow() -> datetime:
    return datetime.now(UTC)
