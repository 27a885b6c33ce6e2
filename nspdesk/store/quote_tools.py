"""Working with quotes beyond one revision: templates, a copy for another partner, the diff between
two revisions, and the audit trail as the app shows it.

- A **template** keeps lines and texts. Article lines take the catalog's list price valid on the new
  quote's date (a template is not a price list); free lines keep their price.
- **Duplicating** a quote for another partner re-prices its current lines at that partner's tier
  (under the edition valid today); the result says what changed, line by line.
- The **revision diff** compares two stored revisions (lines added, removed, changed; totals).
- ``require_tier_decision``: the quote editor insists on a decision when the recorded tier does not
  hold (the store itself prices an undecided input at the recorded tier, as the CLI and imports do).
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from nspdesk.domain import quote_history
from nspdesk.domain.editions import ProgramLibrary
from nspdesk.domain.errors import InputError
from nspdesk.domain.messages import QT_TRANSLATE_NOOP
from nspdesk.domain.pricing import Audience
from nspdesk.domain.revision_diff import DiffLine, QuoteDiff, diff_lines
from nspdesk.domain.tier_check import TierDecision, decide
from nspdesk.domain.vat import VatMode
from nspdesk.store import quotes, tiers
from nspdesk.store.catalog import current_items
from nspdesk.store.errors import ConflictError, NotFoundError
from nspdesk.store.models import Partner, Quote, QuoteRevision, QuoteTemplate, QuoteTemplateLine

NAME_LIMIT = 200

NAME_MISSING = QT_TRANSLATE_NOOP("QuoteStore", "eine Vorlage braucht einen Namen")
NAME_TOO_LONG = QT_TRANSLATE_NOOP("QuoteStore", "höchstens {limit} Zeichen")
NO_LINES = QT_TRANSLATE_NOOP("QuoteStore", "eine Vorlage ohne Positionen ist nichts wert")
NAME_TAKEN = QT_TRANSLATE_NOOP("QuoteStore", "Es gibt schon eine Vorlage „{name}“.")
NOT_IN_CATALOG = QT_TRANSLATE_NOOP(
    "QuoteStore",
    "{article} ist nicht mehr im Katalog; der Preis der Vorlage bleibt stehen.",
)
NO_TEMPLATE_ID = QT_TRANSLATE_NOOP("QuoteStore", "Es gibt keine Vorlage mit der ID {id}.")


# --- Templates --------------------------------------------------------------------------------------
@dataclass(frozen=True)
class TemplateSummary:
    id: int
    name: str
    lines: int
    audience: str
    updated_at: datetime


def save_template(
    session: Session, name: str, data: quotes.QuoteInput, *, overwrite: bool = False
) -> QuoteTemplate:
    """Keep the lines and texts of ``data`` as template ``name`` (refused if the name is taken,
    unless ``overwrite``)."""
    name = name.strip()
    if not name:
        raise InputError("name", NAME_MISSING)
    if len(name) > NAME_LIMIT:
        raise InputError("name", NAME_TOO_LONG.format(limit=NAME_LIMIT))
    if not data.lines:
        raise InputError("lines", NO_LINES)
    existing = session.scalars(select(QuoteTemplate).where(QuoteTemplate.name == name)).first()
    if existing is not None and not overwrite:
        raise ConflictError(NAME_TAKEN.format(name=name))
    template = existing or QuoteTemplate(name=name)
    template.audience = data.audience.value
    template.vat_mode = data.vat.value
    template.subject, template.intro, template.closing = data.subject, data.intro, data.closing
    template.lines.clear()
    session.flush()
    for position, line in enumerate(data.lines, start=1):
        template.lines.append(
            QuoteTemplateLine(
                position=position,
                article_number=line.article_number,
                category=line.category,
                description=line.description,
                unit=line.unit,
                quantity=line.quantity,
                unit_price=line.unit_price,
                extra_discount=line.extra_discount,
            )
        )
    session.add(template)
    session.flush()
    return template


def list_templates(session: Session) -> list[TemplateSummary]:
    templates = session.scalars(
        select(QuoteTemplate)
        .options(selectinload(QuoteTemplate.lines))
        .order_by(QuoteTemplate.name)
    )
    return [
        TemplateSummary(t.id, t.name, len(t.lines), t.audience, t.updated_at) for t in templates
    ]


def delete_template(session: Session, template_id: int) -> None:
    session.delete(_template(session, template_id))


@dataclass(frozen=True)
class FromTemplate:
    data: quotes.QuoteInput
    notes: tuple[str, ...]  # what the user should know (an article no longer in the catalog …)


def input_from_template(
    session: Session, template_id: int, partner_id: int, quote_date: date, valid_days: int
) -> FromTemplate:
    """A new quote's input from a template, with today's catalog prices for its articles."""
    template = _template(session, template_id)
    catalog = {item.article_number: item for item in current_items(session, quote_date)}
    lines = []
    notes = []
    for row in template.lines:
        line = quotes.LineInput(
            category=row.category,
            description=row.description,
            quantity=row.quantity,
            unit_price=row.unit_price,
            extra_discount=row.extra_discount,
            unit=row.unit,
            article_number=row.article_number,
        )
        if row.article_number:
            item = catalog.get(row.article_number)
            if item is None:
                notes.append(NOT_IN_CATALOG.format(article=row.article_number))
            else:
                line = replace(line, unit_price=item.list_price, category=item.category)
        lines.append(line)
    data = quotes.QuoteInput(
        partner_id=partner_id,
        quote_date=quote_date,
        valid_until=quote_date + timedelta(days=valid_days),
        lines=tuple(lines),
        vat=VatMode(template.vat_mode),
        subject=template.subject,
        intro=template.intro,
        closing=template.closing,
        audience=Audience(template.audience),
    )
    return FromTemplate(data, tuple(notes))


def _template(session: Session, template_id: int) -> QuoteTemplate:
    template = session.get(QuoteTemplate, template_id)
    if template is None:
        raise NotFoundError(NO_TEMPLATE_ID.format(id=template_id))
    return template


# --- Copy for another partner, diff ------------------------------------------------------------------
def diff_rows(revision: QuoteRevision) -> list[DiffLine]:
    return [
        DiffLine(
            article_number=row.article_number,
            description=row.description,
            quantity=row.quantity,
            unit_price=row.unit_price,
            discount_percent=row.discount_percent,
            extra_discount=row.extra_discount,
            net=row.net,
        )
        for row in revision.lines
    ]


@dataclass(frozen=True)
class Duplicate:
    quote: Quote
    diff: QuoteDiff  # from the original's current revision to the copy
    source_tier: str
    target_tier: str


def duplicate_for_partner(
    session: Session,
    library: ProgramLibrary,
    quote_id: int,
    partner_id: int,
    quote_date: date,
    valid_days: int,
    *,
    actor: str | None = None,
) -> Duplicate:
    """A new quote for ``partner_id`` with the lines and texts of ``quote_id``'s current revision,
    re-priced at that partner's tier; a Cloud-only partner refuses Server lines as always."""
    source = quotes.get_quote(session, quote_id)
    revision = source.current
    copied = quotes.input_from_revision(partner_id, revision)
    data = replace(
        copied,
        quote_date=quote_date,
        valid_until=quote_date + timedelta(days=valid_days),
        contact_person="",
        tier_choice=None,  # the decision was about the other partner
        tier_reason="",
    )
    copy = quotes.create_quote(
        session, library, data, actor=actor, detail=quote_history.copy_of(source.number)
    )
    quotes.log_event(source, "duplicated", actor, quote_history.copied_to(copy.number))
    return Duplicate(
        copy,
        diff_lines(diff_rows(revision), diff_rows(copy.current)),
        revision.tier,
        copy.current.tier,
    )


def revision_diff(session: Session, quote_id: int, old: int, new: int) -> QuoteDiff:
    """What changed from revision ``old`` to revision ``new`` of a quote."""
    quote = quotes.get_quote(session, quote_id)
    by_number = {r.number: r for r in quote.revisions}
    for number in (old, new):
        if number not in by_number:
            raise NotFoundError(quotes.NO_REVISION.format(number=quote.number, revision=number))
    return diff_lines(diff_rows(by_number[old]), diff_rows(by_number[new]))


# --- The tier decision the editor asks for ----------------------------------------------------------
def require_tier_decision(
    session: Session, library: ProgramLibrary, data: quotes.QuoteInput
) -> TierDecision:
    """The tier ``data`` will be priced at, insisting on a decision: ``InputError`` (field
    ``tier_choice``, with the warning) when the tier the partner holds on the quote date is not
    supported by its
    figures on the quote date and ``data`` decides nothing; ``tier_reason`` when keeping it lacks a
    reason."""
    partner = session.get(Partner, data.partner_id)
    if partner is None:
        raise NotFoundError(quotes.NO_PARTNER_ID.format(id=data.partner_id))
    held = tiers.tier_on(session, partner, data.quote_date).tier
    if held is None:
        raise InputError("partner", quotes.NO_TIER.format(partner=partner.company))
    check = quotes.tier_check_for(session, library, partner.id, data.quote_date)
    return decide(held, check, data.tier_choice, data.tier_reason)


# --- Audit trail -------------------------------------------------------------------------------------
@dataclass(frozen=True)
class EventRow:
    at: datetime
    revision: int
    actor: str
    action: str
    action_name: str  # German, e.g. "versendet"
    detail: str  # German; a Text where the trail made it (shown in the UI's language)


def audit_trail(
    session: Session, quote_id: int, library: ProgramLibrary | None = None
) -> list[EventRow]:
    """The quote's events, oldest first. With ``library`` the tier names in the details are the
    rule files' terms (shown in the UI's language)."""
    quote = session.get(Quote, quote_id)
    if quote is None:
        raise NotFoundError(quotes.NO_QUOTE_ID.format(id=quote_id))
    names = (
        {tier.name: tier.name for program in library.editions for tier in program.tiers.values()}
        if library is not None
        else {}
    )
    return [
        EventRow(
            e.at,
            e.revision,
            e.actor,
            e.action,
            quotes.ACTIONS.get(e.action, e.action),
            quote_history.read_detail(e.detail, names),
        )
        for e in quote.events
    ]
