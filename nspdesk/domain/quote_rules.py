"""When a quote may still be changed, sent or accepted: locking and expiry.

A quote is valid **through** its validity day: it expires at the end of that day, German time (the
offer is a German business letter), so at 23:59 of ``valid_until`` it is valid and at 00:00 of the
next day it is expired — wherever the sales rep's laptop happens to be. An accepted quote
is locked: nothing about it changes any more, a change needs a new quote. A sent revision is frozen
(a change makes a new revision). A draft whose validity has passed cannot be sent until it gets a
new validity date — the customer would receive an offer that is already void.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from nspdesk.domain.errors import InputError
from nspdesk.domain.messages import QT_TRANSLATE_NOOP

# Statuses as nspdesk.store.quotes.Status spells them (the store owns the enum; these are its values).
DRAFT = "draft"
SENT = "sent"
ACCEPTED = "accepted"
REJECTED = "rejected"
EXPIRED = "expired"

BUSINESS_TIME = ZoneInfo("Europe/Berlin")

ONLY_DRAFTS_ARE_SENT = QT_TRANSLATE_NOOP(
    "QuoteRules", "nur ein Entwurf kann versendet werden (Status: {status})"
)
VALIDITY_ENDED = QT_TRANSLATE_NOOP(
    "QuoteRules",
    "die Gültigkeit endete am {day}; vor dem Versand ein neues „Gültig bis“-Datum setzen",
)
ACCEPTED_IS_LOCKED = QT_TRANSLATE_NOOP(
    "QuoteRules", "das Angebot ist angenommen und damit gesperrt; für Änderungen ein neues anlegen"
)
CLOSED_IS_LOCKED = QT_TRANSLATE_NOOP(
    "QuoteRules", "das Angebot ist abgeschlossen ({status}) und gesperrt"
)
SENT_IS_FROZEN = QT_TRANSLATE_NOOP(
    "QuoteRules", "die Revision ist versendet; eine Änderung erzeugt eine neue Revision"
)


def expires_at(valid_until: date) -> datetime:
    """The first moment at which a quote valid until ``valid_until`` is expired (00:00 German time
    of the next day)."""
    return datetime.combine(valid_until + timedelta(days=1), time.min, tzinfo=BUSINESS_TIME)


def is_expired(valid_until: date, now: datetime) -> bool:
    """True from 00:00 (German time) of the day after ``valid_until``; ``now`` must be aware."""
    if now.tzinfo is None:
        raise ValueError("now must carry its time zone")
    return now >= expires_at(valid_until)


def unchanged_through(status: str, valid_until: date) -> date:
    """The last day whose expiry check (the day's first opening of a database marks every sent
    revision whose ``valid_until`` lies before the day as expired) leaves a revision in ``status``
    as it is: a sent one's validity day; any other status is never changed by it (``date.max``)."""
    return valid_until if status == SENT else date.max


def is_locked(status: str) -> bool:
    """An accepted quote is read-only; so are rejected and expired ones (they are history)."""
    return status in {ACCEPTED, REJECTED, EXPIRED}


def is_frozen(status: str) -> bool:
    """True when the revision's content may not change (everything but a draft)."""
    return status != DRAFT


def check_can_send(status: str, valid_until: date, now: datetime) -> None:
    """Raise ``InputError`` unless a revision in ``status`` valid until ``valid_until`` may be sent."""
    if status != DRAFT:
        raise InputError("status", ONLY_DRAFTS_ARE_SENT.format(status=status))
    if is_expired(valid_until, now):
        raise InputError("valid_until", VALIDITY_ENDED.format(day=valid_until))


def check_can_change(status: str) -> None:
    """Raise ``InputError`` when a quote in ``status`` may not be changed in place."""
    if status == ACCEPTED:
        raise InputError("status", ACCEPTED_IS_LOCKED)
    if is_locked(status):
        raise InputError("status", CLOSED_IS_LOCKED.format(status=status))
    if is_frozen(status):
        raise InputError("status", SENT_IS_FROZEN)
