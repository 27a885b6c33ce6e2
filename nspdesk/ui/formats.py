"""Money, numbers, percentages and dates as the UI shows them: babel in the UI language's locale.

Views use these instead of ``nspdesk.domain.formatting`` directly, so an English UI shows
``€1,234.56`` while every printed document (which calls the domain module with its German default)
keeps ``1.234,56 €``.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from decimal import Decimal

from nspdesk.domain import formatting
from nspdesk.ui.i18n import babel_locale


def money(amount: Decimal) -> str:
    return formatting.money(amount, locale=babel_locale())


def number(value: Decimal | int) -> str:
    return formatting.number(value, locale=babel_locale())


def percent(value: Decimal) -> str:
    return formatting.percent(value, locale=babel_locale())


def day(value: date) -> str:
    return formatting.day(value, locale=babel_locale())


def moment(value: datetime) -> str:
    """A point in time on this computer's clock, to the minute: ``05.12.2026, 11:28``."""
    local = value.astimezone()
    locale = babel_locale()
    return f"{formatting.day(local, locale=locale)}, {formatting.minute(local, locale=locale)}"


def counted(text: str, count: int) -> str:
    """A translated plural text (``tr("%n Angebote", "", count)``) with its count grouped as
    the UI's language groups digits: "100.007 Angebote", "100,007 quotes". Qt puts the plain
    digits where ``%n`` stood; those (and no longer run of digits) are replaced."""
    return re.sub(rf"(?<!\d){count}(?!\d)", number(count), text)
