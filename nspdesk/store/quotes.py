"""Quote operations: create, change a draft, send, revise, accept, reject, expire.

Prices always come from the domain's pricing engine under the program edition valid on the quote's
date; the revision stores that snapshot. The life of a revision:

    draft ──send──▶ sent ──accept──▶ accepted
                     │  └──reject──▶ rejected
                     └──(valid_until passed)──▶ expired

A sent (or decided) revision never changes; ``revise`` copies the current revision into a new draft.
An accepted quote is locked for good (a change needs a new quote). A quote is valid through its
validity day (``nspdesk.domain.quote_rules``); a draft past it cannot be sent without a new date.

Sending freezes what the letter prints (``printing.freeze``) so that its PDF can be reproduced from
the stored data byte for byte. Every step is written to the quote's audit trail (``QuoteEvent``):
who did what when.

Compliance-aware discounts: a ``QuoteInput`` may carry the user's decision on a recorded tier that the
partner's figures no longer support (``nspdesk.domain.tier_check``); the revision stores the decision,
the reason and the tier it was priced at.
"""

from __future__ import annotations

import getpass
from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import Decimal
from enum import StrEnum

from sqlalchemy import (
    ColumnElement,
    Dialect,
    String,
    Text,
    cast,
    exists,
    func,
    insert,
    literal,
    select,
    update,
)
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session, aliased

from nspdesk.domain import quote_history, quote_rules
from nspdesk.domain.editions import ProgramLibrary
from nspdesk.domain.errors import InputError
from nspdesk.domain.messages import QT_TRANSLATE_NOOP
from nspdesk.domain.pricing import Audience, PricedQuote, price_quote
from nspdesk.domain.quote_input import LineInput, QuoteInput, price_request
from nspdesk.domain.tier_check import TierCheck, TierChoice, TierDecision, check_tier, decide
from nspdesk.domain.vat import VatMode
from nspdesk.store import editing, printing, tiers
from nspdesk.store.errors import ConflictError, NotFoundError
from nspdesk.store.models import (
    Partner,
    Quote,
    QuoteEvent,
    QuoteLineRow,
    QuoteNumberCounter,
    QuoteRevision,
    SenderRow,
    SyncSelf,
)
from nspdesk.store.types import utcnow

NUMBER_PREFIX = "A"

__all__ = ["LineInput", "QuoteInput"]  # and the operations below; the inputs live in the domain


class Status(StrEnum):
    DRAFT = "draft"
    SENT = "sent"
    ACCEPTED = "accepted"
    REJECTED = "rejected"
    EXPIRED = "expired"


STATUS_NAMES = {
    Status.DRAFT: QT_TRANSLATE_NOOP("QuoteStatus", "Entwurf"),
    Status.SENT: QT_TRANSLATE_NOOP("QuoteStatus", "Versendet"),
    Status.ACCEPTED: QT_TRANSLATE_NOOP("QuoteStatus", "Angenommen"),
    Status.REJECTED: QT_TRANSLATE_NOOP("QuoteStatus", "Abgelehnt"),
    Status.EXPIRED: QT_TRANSLATE_NOOP("QuoteStatus", "Abgelaufen"),
}
# What a quote in one status cannot become ("… kann nicht angenommen werden").
TARGET_VERBS = {
    Status.SENT: QT_TRANSLATE_NOOP("QuoteStore", "versendet"),
    Status.ACCEPTED: QT_TRANSLATE_NOOP("QuoteStore", "angenommen"),
    Status.REJECTED: QT_TRANSLATE_NOOP("QuoteStore", "abgelehnt"),
}

# The store's refusals, shown by the UI in its language.
NO_TIER = QT_TRANSLATE_NOOP("QuoteStore", "{partner} hat noch keine Partnerstufe")
ACCEPTED_LOCKED = QT_TRANSLATE_NOOP(
    "QuoteStore",
    "Angebot {number} ist angenommen und damit gesperrt; für Änderungen bitte ein neues Angebot "
    "anlegen.",
)
REVISION_FROZEN = QT_TRANSLATE_NOOP(
    "QuoteStore",
    "Angebot {number} Revision {revision} ist {status} und kann nicht mehr geändert werden; "
    "bitte eine neue Revision anlegen.",
)
OTHER_PARTNER = QT_TRANSLATE_NOOP("QuoteStore", "Angebot {number} gehört zu einem anderen Partner.")
QUOTE_REFUSED = QT_TRANSLATE_NOOP("QuoteStore", "Angebot {number}: {message}")
STILL_DRAFT = QT_TRANSLATE_NOOP(
    "QuoteStore", "Angebot {number} ist noch ein Entwurf und kann direkt geändert werden."
)
NOT_REVISED = QT_TRANSLATE_NOOP(
    "QuoteStore", "Angebot {number} ist angenommen; es wird nicht mehr überarbeitet."
)
NO_QUOTE_ID = QT_TRANSLATE_NOOP("QuoteStore", "Es gibt kein Angebot mit der ID {id}.")
NO_QUOTE = QT_TRANSLATE_NOOP("QuoteStore", "Es gibt kein Angebot {number}.")
QUOTE_NAMED = QT_TRANSLATE_NOOP("QuoteStore", "Angebot {number}")
NO_PARTNER_ID = QT_TRANSLATE_NOOP("QuoteStore", "Es gibt keinen Partner mit der ID {id}.")
NO_REVISION = QT_TRANSLATE_NOOP("QuoteStore", "Angebot {number} hat keine Revision {revision}.")
NO_TRANSITION = QT_TRANSLATE_NOOP(
    "QuoteStore", "Angebot {number} ist {status} und kann nicht {target} werden."
)


# What the audit trail records, with the German words the app shows.
ACTIONS = {
    "created": "angelegt",
    "saved": "geändert",
    "priced": "Stufe entschieden",
    "sent": "versendet",
    "revised": "neue Revision",
    "accepted": "angenommen",
    "rejected": "abgelehnt",
    "expired": "abgelaufen",
    "duplicated": "kopiert",
    "repriced": "neu berechnet",
}


def default_actor() -> str:
    """Who is working: the operating system's user name (audit trail)."""
    try:
        return getpass.getuser()
    except (OSError, KeyError):  # no user name in a container or service account
        return ""


def format_number(year: int, sequence: int, series: str = "") -> str:
    """``A-2026-0042``; in a device's series ``A-2026-MK-0007`` (docs/sync.md)."""
    if series:
        return f"{NUMBER_PREFIX}-{year}-{series}-{sequence:04d}"
    return f"{NUMBER_PREFIX}-{year}-{sequence:04d}"


def number_series(session: Session) -> str:
    """The series this database numbers: its device name in a team, the device it was for a file
    that left its team (docs/sync.md, "Leaving"), else "" (the team series)."""
    return session.scalar(select(SyncSelf.device).order_by(SyncSelf.id).limit(1)) or ""


def _insert_for(dialect: Dialect):  # type: ignore[no-untyped-def]
    if dialect.name == "postgresql":  # imported here: on SQLite its 19 modules (~2 MB) never load
        from sqlalchemy.dialects.postgresql import insert as pg_insert

        return pg_insert
    return sqlite_insert


def allocate_number(session: Session, year: int) -> tuple[int, str]:
    """The next number of ``year`` in this database's series, inside the caller's transaction (so a
    rollback leaves no gap).

    Counted per year and series; a number already taken in the series (a file that left its team
    holds the team's quotes, a device that joined again its earlier ones) is never handed out again.
    """
    series = number_series(session)
    insert = _insert_for(session.get_bind().dialect)
    session.execute(
        insert(QuoteNumberCounter)
        .values(year=year, series=series, last=0)
        .on_conflict_do_nothing(index_elements=["year", "series"])
    )
    counter = QuoteNumberCounter
    here = (counter.year == year, counter.series == series)
    sequence = session.execute(
        update(counter).where(*here).values(last=counter.last + 1).returning(counter.last)
    ).scalar_one()  # the counter's row is locked from here to the commit
    taken = session.scalar(
        select(func.max(Quote.sequence)).where(Quote.year == year, Quote.series == series)
    )
    if taken is not None and sequence <= taken:
        sequence = taken + 1
        session.execute(update(counter).where(*here).values(last=sequence))
    return sequence, format_number(year, sequence, series)


def tier_check_for(
    session: Session, library: ProgramLibrary, partner_id: int, on: date
) -> TierCheck | None:
    """Does the partner's recorded tier (the one it holds on ``on``) still hold on ``on``? None when
    there is nothing to check.

    Project reading: the figures that count are those of the last completed calendar year (the
    basis of the yearly status review), taken as of ``on`` — so certifications, the backlink and the
    service agreement are today's.
    """
    from nspdesk.store.figures import evaluate_partner  # figures imports this module

    partner = partner_of(session, partner_id)
    held = tiers.tier_on(session, partner, on).tier
    if held is None:
        return None
    if library.edition_for(on).tier(held).granted_by_vendor:
        return None  # MSP: granted by Net at Work, never decided by figures
    return check_tier(evaluate_partner(session, library, partner_id, on.year - 1, on).evaluation)


def _decide_on(
    session: Session, library: ProgramLibrary, partner: Partner, data: QuoteInput, on: date
) -> TierDecision:
    held = tiers.tier_on(session, partner, on).tier
    if held is None:
        raise InputError("partner", NO_TIER.format(partner=partner.company))
    if data.tier_choice is None:
        return TierDecision(held, None)
    check = tier_check_for(session, library, partner.id, on)
    return decide(held, check, data.tier_choice, data.tier_reason)


def team_cap(session: Session) -> Decimal | None:
    """The team's cap on extra discounts (percent), None for the program's own."""
    cap: Decimal | None = session.scalar(select(SenderRow.max_extra_discount))
    return cap


@dataclass(frozen=True)
class Conditions:
    """What a revision is priced under: the partner's tier on the day (``recorded``, when a decision
    priced at another ``tier``), its MSP level and the program's edition."""

    tier: str
    msp_level: str | None
    edition: str
    choice: TierChoice | None = None
    reason: str = ""
    recorded: str | None = None  # the tier the partner held, when ``choice`` priced at another


def conditions_of(revision: QuoteRevision) -> Conditions:
    """The conditions stored on ``revision``."""
    return Conditions(
        revision.tier,
        revision.msp_level,
        revision.edition,
        TierChoice(revision.tier_choice) if revision.tier_choice else None,
        revision.tier_reason,
        revision.recorded_tier,
    )


def conditions_on(
    session: Session, library: ProgramLibrary, partner: Partner, data: QuoteInput, on: date
) -> Conditions:
    """The conditions on ``on``: the tier the partner holds that day (or the one ``data``'s decision
    gives) and the edition valid that day."""
    held = tiers.tier_on(session, partner, on)
    decision = _decide_on(session, library, partner, data, on)
    return Conditions(
        decision.tier,
        held.msp_level,
        library.edition_for(on).edition,
        decision.choice,
        decision.reason,
        held.tier if decision.choice else None,
    )


def price(
    library: ProgramLibrary,
    partner: Partner,
    data: QuoteInput,
    tier: str | None = None,
    cap: Decimal | None = None,
    *,
    conditions: Conditions | None = None,
) -> PricedQuote:
    """Price ``data`` for ``partner`` under ``conditions`` (their tier and edition), or else under
    the edition valid on the quote date at ``tier`` (default: ``Partner.tier``, the tier decided
    last), with extra discounts up to ``cap`` percent (the team's cap; never above the program's)."""
    if conditions is not None:
        request = price_request(data, conditions.tier, conditions.msp_level)
        program = library.edition(conditions.edition)
        return price_quote(program, request, max_extra_discount=cap)
    if partner.tier is None:
        raise InputError("partner", NO_TIER.format(partner=partner.company))
    request = price_request(data, tier or partner.tier, partner.msp_level)
    return price_quote(library.edition_for(data.quote_date), request, max_extra_discount=cap)


def keeps_conditions(revision: QuoteRevision) -> bool:
    """Whether a draft keeps the conditions stored on it when saved: every revision after the first
    keeps those of the revision it was made from (pricing at today's is ``reprice``); the first is
    priced at the conditions of its quote date."""
    return revision.number > 1


def create_quote(
    session: Session,
    library: ProgramLibrary,
    data: QuoteInput,
    *,
    actor: str | None = None,
    detail: str = "",
    now: datetime | None = None,
) -> Quote:
    """A new quote with revision 1 (a draft); ``now`` is the time the audit trail records."""
    partner = partner_of(session, data.partner_id)
    conditions = conditions_on(session, library, partner, data, data.quote_date)
    priced = price(library, partner, data, cap=team_cap(session), conditions=conditions)
    sequence, number = allocate_number(session, data.quote_date.year)
    series = number_series(session)
    quote = Quote(
        number=number,
        year=data.quote_date.year,
        series=series,
        sequence=sequence,
        partner_id=partner.id,
        updated_by=_who(actor),
    )
    quote.revisions.append(revision_row(1, partner, data, priced, conditions))
    session.add(quote)
    session.flush()
    log_event(quote, "created", actor, detail or _priced_detail(priced), at=now)
    _log_decision(quote, conditions, actor, now)
    return quote


def update_draft(
    session: Session,
    library: ProgramLibrary,
    quote_id: int,
    data: QuoteInput,
    *,
    actor: str | None = None,
    expected_version: int | None = None,
) -> Quote:
    """Replace the content of the current draft revision.

    ``expected_version``: the quote's version the editor loaded; a colleague's save since then is
    refused (``StaleEditError``) instead of overwritten.
    """
    quote = for_change(session, quote_id, expected_version)
    current = draft_of(quote)
    if data.partner_id != quote.partner_id:
        raise ConflictError(OTHER_PARTNER.format(number=quote.number))
    partner = partner_of(session, quote.partner_id)
    conditions = (
        conditions_of(current)
        if keeps_conditions(current)
        else conditions_on(session, library, partner, data, data.quote_date)
    )
    replace_draft(
        session, library, quote, partner, data, conditions, team_cap(session), "saved", actor
    )
    return quote


def draft_of(quote: Quote) -> QuoteRevision:
    """The quote's current revision, refused unless it is a draft."""
    current = quote.current
    if current.status == Status.ACCEPTED:
        raise ConflictError(ACCEPTED_LOCKED.format(number=quote.number))
    if current.status != Status.DRAFT:
        raise ConflictError(
            REVISION_FROZEN.format(
                number=quote.number,
                revision=current.number,
                status=STATUS_NAMES[Status(current.status)],
            )
        )
    return current


def replace_draft(
    session: Session,
    library: ProgramLibrary,
    quote: Quote,
    partner: Partner,
    data: QuoteInput,
    conditions: Conditions,
    cap: Decimal | None,
    action: str,
    actor: str | None,
    detail: str = "",
) -> QuoteRevision:
    """Put ``data`` priced under ``conditions`` in place of the current draft; logged as
    ``action`` with ``detail`` (default: the prices), counted as a change of the quote."""
    current = quote.current
    priced = price(library, partner, data, cap=cap, conditions=conditions)
    replacement = revision_row(current.number, partner, data, priced, conditions)
    quote.revisions.remove(current)
    session.flush()
    quote.revisions.append(replacement)
    session.flush()
    log_event(quote, action, actor, detail or _priced_detail(priced))
    _log_decision(quote, conditions, actor)
    editing.touch(quote, _who(actor))
    return replacement


def send(
    session: Session,
    quote_id: int,
    now: datetime | None = None,
    *,
    contact: str = "",
    actor: str | None = None,
    expected_version: int | None = None,
    function: str = "",
) -> Quote:
    """Send the current draft: it is frozen, with a snapshot of the letter as it prints now.

    ``contact`` is the sender's Ansprechpartner printed on the letter, who signs it with
    ``function`` (empty: the letterhead's signer). A draft whose validity has passed (at the end
    of its validity day, German time) is refused, so is a reverse-charge quote without the
    customer's VAT ID.
    """
    now = now or utcnow()
    quote = for_change(session, quote_id, expected_version)
    current = quote.current
    if current.status == Status.DRAFT:
        try:
            quote_rules.check_can_send(current.status, current.valid_until, now)
        except InputError as error:
            raise InputError(
                error.field, QUOTE_REFUSED.format(number=quote.number, message=error.message)
            ) from None
    _transition(quote, {Status.DRAFT}, Status.SENT)
    current.sent_at = now
    current.print_snapshot = printing.freeze(session, quote, contact, function)
    log_event(quote, "sent", actor, at=now)
    editing.touch(quote, _who(actor))
    return quote


def accept(
    session: Session,
    quote_id: int,
    now: datetime | None = None,
    *,
    actor: str | None = None,
    expected_version: int | None = None,
) -> Quote:
    return _decide(session, quote_id, Status.ACCEPTED, now, actor, expected_version)


def reject(
    session: Session,
    quote_id: int,
    now: datetime | None = None,
    *,
    actor: str | None = None,
    expected_version: int | None = None,
) -> Quote:
    return _decide(session, quote_id, Status.REJECTED, now, actor, expected_version)


def _decide(
    session: Session,
    quote_id: int,
    outcome: Status,
    now: datetime | None,
    actor: str | None,
    expected_version: int | None,
) -> Quote:
    """The customer's decision on the sent revision, logged as ``accepted`` or ``rejected``."""
    quote = for_change(session, quote_id, expected_version)
    _transition(quote, {Status.SENT}, outcome)
    quote.current.decided_at = now or utcnow()
    log_event(quote, outcome.value, actor, at=quote.current.decided_at)
    editing.touch(quote, _who(actor))
    return quote


def revise(
    session: Session,
    library: ProgramLibrary,
    quote_id: int,
    data: QuoteInput | None = None,
    *,
    actor: str | None = None,
    now: datetime | None = None,
    expected_version: int | None = None,
) -> Quote:
    """A new draft revision: a copy of the current one or ``data``, priced under the conditions of
    the current one (its tier, tier decision and edition; see ``reprice`` for today's)."""
    quote = for_change(session, quote_id, expected_version)
    current = quote.current
    if current.status == Status.DRAFT:
        raise ConflictError(STILL_DRAFT.format(number=quote.number))
    if current.status == Status.ACCEPTED:
        raise ConflictError(NOT_REVISED.format(number=quote.number))
    partner = partner_of(session, quote.partner_id)
    data = data or input_from_revision(quote.partner_id, current)
    # A revision keeps the conditions of the one it comes from (tier, decision, edition).
    conditions = conditions_of(current)
    priced = price(library, partner, data, cap=team_cap(session), conditions=conditions)
    quote.revisions.append(revision_row(current.number + 1, partner, data, priced, conditions))
    session.flush()
    log_event(quote, "revised", actor, _priced_detail(priced), at=now)
    editing.touch(quote, _who(actor))
    return quote


def expire_due(session: Session, today: date) -> list[str]:
    """Mark sent revisions past their validity as expired; the numbers of the quotes changed.

    Only a quote's current revision (no later one exists) expires; each gets an "expired" event.
    Set-based, because after a long absence or an import thousands of quotes expire at once: one
    query for the candidates, then per 500 of them one ``UPDATE … WHERE status = 'sent' RETURNING``
    and one ``INSERT … SELECT`` of the events for exactly the revisions that UPDATE changed — the
    database writes the rows (and its triggers capture them for the sync), nothing is loaded. The
    status in the WHERE is the guard against two apps expiring at once: on PostgreSQL the second
    UPDATE waits for the first's row locks, then finds the rows no longer sent and returns none,
    so no quote is logged twice (SQLite writes one transaction at a time). Objects of these quotes
    already in the session are brought up to date.
    """
    session.flush()
    later = aliased(QuoteRevision)
    due = session.execute(
        select(QuoteRevision.id, Quote.number)
        .join(Quote, Quote.id == QuoteRevision.quote_id)
        .where(
            QuoteRevision.status == Status.SENT.value,
            QuoteRevision.valid_until < today,
            ~exists().where(
                later.quote_id == QuoteRevision.quote_id, later.number > QuoteRevision.number
            ),
        )
        .order_by(Quote.id)
    ).all()
    at = datetime.now(UTC)
    detail = _valid_until_detail(session.get_bind().dialect)
    numbers: list[str] = []
    expired: dict[int, int] = {}  # revision id: quote id
    for start in range(0, len(due), _BULK):
        chunk = due[start : start + _BULK]
        rows = session.execute(
            update(QuoteRevision)
            .where(
                QuoteRevision.id.in_([revision_id for revision_id, _ in chunk]),
                QuoteRevision.status == Status.SENT.value,
            )
            .values(status=Status.EXPIRED.value)
            .returning(QuoteRevision.id, QuoteRevision.quote_id)
            .execution_options(synchronize_session=False)
        )
        returned: dict[int, int] = {row.id: row.quote_id for row in rows}
        changed = set(returned)
        if not changed:
            continue
        session.execute(
            insert(QuoteEvent).from_select(
                ["quote_id", "revision", "at", "actor", "action", "detail"],
                select(
                    QuoteRevision.quote_id,
                    QuoteRevision.number,
                    literal(at, QuoteEvent.at.type),
                    literal("", QuoteEvent.actor.type),
                    literal("expired", QuoteEvent.action.type),
                    detail,
                )
                .where(QuoteRevision.id.in_(sorted(changed)))
                .order_by(QuoteRevision.quote_id),
            )
        )
        numbers.extend(number for revision_id, number in chunk if revision_id in changed)
        expired.update(returned)
    _refresh_held(session, expired)
    return numbers


def _valid_until_detail(dialect: Dialect) -> ColumnElement[str]:
    """``quote_history.valid_until`` in SQL: the trail's wording around the ISO day. SQLite keeps a
    ``Date`` as that text; PostgreSQL formats it with ``to_char`` (a cast would follow DateStyle)."""
    before, after = quote_history.VALID_UNTIL.split("{day}")
    day: ColumnElement[str] = (
        func.to_char(QuoteRevision.valid_until, "YYYY-MM-DD")
        if dialect.name == "postgresql"
        else cast(QuoteRevision.valid_until, String)
    )
    return (literal(before, Text()) + day + literal(after, Text())).label("detail")


def _refresh_held(session: Session, expired: dict[int, int]) -> None:
    """Revisions and trails of these quotes already loaded in the session are read again when next
    used: the UPDATE and INSERT went past the ORM. ``expired``: revision id to quote id."""
    quote_ids = set(expired.values())
    for held in list(session.identity_map.values()):
        if isinstance(held, QuoteRevision) and held.id in expired:
            session.expire(held, ["status"])
        elif isinstance(held, Quote) and held.id in quote_ids:
            session.expire(held, ["events"])


_BULK = 500  # ids per statement: well below SQLite's limit of bound parameters


def get_quote(session: Session, quote_id: int) -> Quote:
    quote = session.get(Quote, quote_id)
    if quote is None:
        raise NotFoundError(NO_QUOTE_ID.format(id=quote_id))
    return quote


def for_change(session: Session, quote_id: int, expected_version: int | None) -> Quote:
    """The quote locked for this transaction and read fresh, refused if changed since
    ``expected_version``: of two people acting at once, the second sees the first one's result."""
    quote = editing.locked(session, Quote, quote_id, NO_QUOTE_ID.format(id=quote_id))
    session.expire(quote, ["revisions", "events"])
    editing.check_version(quote, expected_version, QUOTE_NAMED.format(number=quote.number))
    return quote


def _who(actor: str | None) -> str:
    return default_actor() if actor is None else actor


def find_by_number(session: Session, number: str) -> Quote:
    quote = session.scalars(select(Quote).where(Quote.number == number)).one_or_none()
    if quote is None:
        raise NotFoundError(NO_QUOTE.format(number=number))
    return quote


def input_from_revision(partner_id: int, revision: QuoteRevision) -> QuoteInput:
    return QuoteInput(
        partner_id=partner_id,
        quote_date=revision.quote_date,
        valid_until=revision.valid_until,
        vat=VatMode(revision.vat_mode),
        subject=revision.subject,
        intro=revision.intro,
        closing=revision.closing,
        contact_person=revision.contact_person,
        audience=Audience(revision.audience),
        customer=revision.customer,
        tier_choice=TierChoice(revision.tier_choice) if revision.tier_choice else None,
        tier_reason=revision.tier_reason,
        lines=tuple(
            LineInput(
                category=line.category,
                description=line.description,
                quantity=line.quantity,
                unit_price=line.unit_price,
                extra_discount=line.extra_discount,
                unit=line.unit,
                article_number=line.article_number,
            )
            for line in revision.lines
        ),
    )


def partner_of(session: Session, partner_id: int) -> Partner:
    partner = session.get(Partner, partner_id)
    if partner is None:
        raise NotFoundError(NO_PARTNER_ID.format(id=partner_id))
    return partner


def _transition(quote: Quote, allowed: set[Status], target: Status) -> None:
    current = quote.current
    status = Status(current.status)
    if status not in allowed:
        raise ConflictError(
            NO_TRANSITION.format(
                number=quote.number, status=STATUS_NAMES[status], target=TARGET_VERBS[target]
            )
        )
    current.status = target


def recipient_block(partner: Partner, contact_person: str) -> str:
    lines = [partner.company]
    if contact_person:
        lines.append(contact_person)
    lines += [partner.street, f"{partner.postal_code} {partner.city}".strip()]
    if partner.country and partner.country != "Deutschland":
        lines.append(partner.country.upper())
    return "\n".join(line for line in lines if line)


def revision_row(
    number: int, partner: Partner, data: QuoteInput, priced: PricedQuote, conditions: Conditions
) -> QuoteRevision:
    revision = QuoteRevision(
        number=number,
        status=Status.DRAFT,
        quote_date=data.quote_date,
        valid_until=data.valid_until,
        tier=priced.tier.id,
        msp_level=conditions.msp_level,
        edition=priced.program.edition,
        vat_mode=data.vat.value,
        audience=data.audience.value,
        recorded_tier=conditions.recorded if conditions.choice else None,
        tier_choice=conditions.choice.value if conditions.choice else None,
        tier_reason=conditions.reason,
        subject=data.subject,
        intro=data.intro,
        closing=data.closing,
        contact_person=data.contact_person,
        recipient=recipient_block(partner, data.contact_person),
        customer=data.customer.strip() if data.audience is Audience.END_CUSTOMER else "",
        net=priced.totals.net,
        vat=priced.totals.vat,
        gross=priced.totals.gross,
    )
    for position, (line, priced_line) in enumerate(
        zip(data.lines, priced.lines, strict=True), start=1
    ):
        revision.lines.append(
            QuoteLineRow(
                position=position,
                article_number=line.article_number,
                category=line.category,
                # as priced: a line of a program price carries that price and its description
                description=priced_line.line.description,
                unit=line.unit,
                quantity=line.quantity,
                unit_price=priced_line.line.unit_price,
                extra_discount=line.extra_discount,
                discount_percent=priced_line.discount_percent,
                net=priced_line.net,
                purchase_net=priced_line.purchase_net,
            )
        )
    return revision


def log_event(
    quote: Quote,
    action: str,
    actor: str | None,
    detail: str = "",
    at: datetime | None = None,
) -> None:
    """Append an event to the quote's audit trail (in the caller's transaction)."""
    quote.events.append(
        QuoteEvent(
            revision=quote.current.number,
            at=at or datetime.now(UTC),
            actor=default_actor() if actor is None else actor,
            action=action,
            detail=detail,
        )
    )


def _priced_detail(priced: PricedQuote) -> str:
    return quote_history.priced_detail(
        priced.priced_as.name,
        len(priced.lines),
        priced.totals.net,
        priced.request.audience is Audience.END_CUSTOMER,
    )


def _log_decision(
    quote: Quote,
    conditions: Conditions,
    actor: str | None,
    at: datetime | None = None,
) -> None:
    if conditions.choice is TierChoice.RECORDED:
        detail = quote_history.kept_detail(conditions.recorded or "", conditions.reason)
    elif conditions.choice is TierChoice.SUPPORTED:
        detail = quote_history.supported_detail(conditions.tier, conditions.recorded or "")
    else:
        return
    log_event(quote, "priced", actor, detail, at=at)
