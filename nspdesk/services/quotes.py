"""Quotes, one function per thing a person does: the app's quote view and ``nspdesk quotes`` both
come through here, so the same action gives the same result and the same refusal from either.

Each function opens and commits its own transaction and returns plain objects (never ORM rows).
Prices come from the domain's pricing engine under the team's cap on extra discounts, in the store
(``nspdesk.store.quotes.price``) — the editor's live preview (:func:`preview`) prices the same way.
Changes lock the quote for their transaction and compare the version the person started from, so
two people on one quote never overwrite each other silently (``nspdesk.store.editing``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime
from typing import TYPE_CHECKING

from sqlalchemy.orm import Session

from nspdesk.domain import quote_rules
from nspdesk.domain.decimals import ZERO
from nspdesk.domain.errors import InputError
from nspdesk.domain.letterhead import Signer, signer_for
from nspdesk.domain.messages import QT_TRANSLATE_NOOP
from nspdesk.domain.pricing import PricedQuote
from nspdesk.domain.quote_checks import QuoteWarning, quote_warnings
from nspdesk.domain.quote_input import LineInput, QuoteInput
from nspdesk.domain.revision_diff import DiffLine, QuoteDiff, diff_lines
from nspdesk.domain.tier_check import TierCheck, TierChoice
from nspdesk.services.list_counts import CountSuperseded, RunningCounts
from nspdesk.services.quote_pricing import DraftPricer, Preview
from nspdesk.services.window_edges import WindowEdges
from nspdesk.services.workspace import Workspace
from nspdesk.store import quote_list, quote_tools, quotes, repricing
from nspdesk.store.errors import NotFoundError
from nspdesk.store.models import Quote
from nspdesk.store.printing import priced_snapshot
from nspdesk.store.quote_list import (
    OPEN_STATUSES,
    SORT_KEYS,
    PartnerChoice,
    QuoteFacets,
    QuoteQuery,
    QuoteRow,
)
from nspdesk.store.quote_tools import EventRow, FromTemplate, TemplateSummary
from nspdesk.store.quotes import ACTIONS, STATUS_NAMES, Conditions, Status
from nspdesk.store.repricing import Repricing

if TYPE_CHECKING:
    from nspdesk.documents.glyphs import Unprintable

__all__ = [
    "ACTIONS",
    "OPEN_STATUSES",
    "SORT_KEYS",
    "STATUS_NAMES",
    "Changes",
    "Conditions",
    "Copied",
    "CountSuperseded",
    "DraftPricer",
    "EventRow",
    "FromTemplate",
    "LineInput",
    "MailDraft",
    "PartnerChoice",
    "Preview",
    "QuoteDetail",
    "QuoteFacets",
    "QuoteInput",
    "QuotePage",
    "QuoteQuery",
    "QuoteRow",
    "QuoteState",
    "QuoteWarning",
    "Repricing",
    "Status",
    "TemplateSummary",
]


@dataclass(frozen=True)
class QuoteState:
    """A quote after an action: enough to say what happened and to act on it again."""

    id: int
    number: str
    revision: int
    status: Status
    version: int

    @property
    def label(self) -> str:
        """``A-2026-0007`` for the first revision, ``A-2026-0007/2`` after a revision."""
        return self.number if self.revision == 1 else f"{self.number}/{self.revision}"


@dataclass(frozen=True)
class QuoteDetail:
    """A stored quote as the editor and ``nspdesk quotes show`` see it: its current revision."""

    state: QuoteState
    partner_id: int
    partner: str
    data: QuoteInput  # what the person entered, ready to edit
    priced: PricedQuote  # the prices exactly as stored (never re-priced under today's rules)
    revisions: tuple[tuple[int, Status], ...]
    events: tuple[EventRow, ...]
    sent_at: datetime | None
    decided_at: datetime | None
    recorded_tier: str | None  # the partner's tier when a decision priced it otherwise
    tier_choice: TierChoice | None
    tier_reason: str

    @property
    def id(self) -> int:
        return self.state.id

    @property
    def number(self) -> str:
        return self.state.number


@dataclass(frozen=True)
class Copied:
    """A quote copied for another partner, and how its prices changed."""

    state: QuoteState
    diff: QuoteDiff
    source_tier: str
    target_tier: str


def _state(quote: Quote) -> QuoteState:
    current = quote.current
    return QuoteState(quote.id, quote.number, current.number, Status(current.status), quote.version)


# --- Reading -----------------------------------------------------------------------------------------
def find(workspace: Workspace, reference: str | int) -> int:
    """The id of the quote ``reference`` names: its id or its number (``A-2026-0042``)."""
    text = str(reference).strip()
    with workspace.database.read() as session:
        if text.isdigit():
            return quotes.get_quote(session, int(text)).id
        return quotes.find_by_number(session, text.upper()).id


def list_quotes(
    workspace: Workspace,
    *,
    status: Status | None = None,
    partner_id: int | None = None,
    year: int | None = None,
) -> list[QuoteRow]:
    """The quotes with their current revision, newest number first (filters combine)."""
    with workspace.database.read() as session:
        return quote_list.list_quotes(
            session,
            year=year,
            partner_id=partner_id,
            status=status.value if status is not None else None,
        )


@dataclass(frozen=True)
class QuotePage:
    """A window of the quote list, how many quotes the list has (``count``) and how many there are
    without search and filters (``total``), read in one transaction."""

    count: int
    total: int
    offset: int
    rows: tuple[QuoteRow, ...]


# the sort keys at the edges of the windows returned: the window beside one is read by key
_EDGES = WindowEdges()
_COUNTS = RunningCounts()  # the list's count in a worker thread, stopped when no longer wanted


def quote_page(workspace: Workspace, query: QuoteQuery, offset: int, limit: int) -> QuotePage:
    """Rows ``offset`` … ``offset + limit`` of the quotes ``query`` searches, filters and orders,
    and their count: the database searches (its text index), sorts and pages, so a list of 100 000
    quotes costs a window, not the list. The list read anew: the windows' keys noted before are
    forgotten (``window_edges``)."""
    _EDGES.forget(workspace.database)
    with workspace.database.read() as session:
        _COUNTS.supersede(workspace.database, query, session)
        count = quote_list.count_quotes(session, query)
        everything = QuoteQuery(sort=query.sort, descending=query.descending)
        return QuotePage(
            count=count,
            total=count if query == everything else quote_list.count_quotes(session, everything),
            offset=offset,
            rows=tuple(_window(workspace, session, query, offset, limit)),
        )


def quote_count(workspace: Workspace, query: QuoteQuery) -> int:
    """How many quotes ``query`` searches and filters (the list counts in the background while
    its first rows are shown).

    Asked for from its top, another list stops this count if it still runs: it then raises
    ``CountSuperseded`` (``list_counts``: the list no longer shows it)."""
    with workspace.database.read() as session, _COUNTS.counting(workspace.database, query, session):
        return quote_list.count_quotes(session, query)


def quote_window(
    workspace: Workspace, query: QuoteQuery, offset: int, limit: int
) -> list[QuoteRow]:
    """Rows ``offset`` … ``offset + limit`` of the quotes ``query`` describes (no count): beside a
    window returned before read from its edge's sort key, else by offset (``window_edges``)."""
    with workspace.database.read() as session:
        if offset <= 0:  # the list read anew from its top (a keystroke): another's count stopped
            _COUNTS.supersede(workspace.database, query, session)
            _EDGES.forget(workspace.database, query)
        return _window(workspace, session, query, offset, limit)


def _window(
    workspace: Workspace, session: Session, query: QuoteQuery, offset: int, limit: int
) -> list[QuoteRow]:
    edge = _EDGES.edge(workspace.database, query, offset, limit)
    window = quote_list.keyed_window(session, query, offset, limit, edge)
    _EDGES.keep(workspace.database, query, offset, window.length, window.first, window.last)
    return window.rows


def quote_position(workspace: Workspace, query: QuoteQuery, quote_id: int) -> int | None:
    """Where quote ``quote_id`` stands in the list ``query`` describes; None if it is not in it."""
    with workspace.database.read() as session:
        return quote_list.quote_position(session, query, quote_id)


def quote_facets(workspace: Workspace, *, partners: bool = True) -> QuoteFacets:
    """The years and partners the list's filters offer (``partners=False``: the years only)."""
    with workspace.database.read() as session:
        return quote_list.quote_facets(session, partners=partners)


def quote_partners(workspace: Workspace) -> tuple[tuple[int, str], ...]:
    """The partners with quotes, by name: (id, company)."""
    with workspace.database.read() as session:
        return quote_list.quote_partners(session)


def detail(workspace: Workspace, quote_id: int) -> QuoteDetail:
    with workspace.database.read() as session:
        quote = quotes.get_quote(session, quote_id)
        revision = quote.current
        partner = quotes.partner_of(session, quote.partner_id)
        return QuoteDetail(
            state=_state(quote),
            partner_id=quote.partner_id,
            partner=partner.company,
            data=quotes.input_from_revision(quote.partner_id, revision),
            priced=priced_snapshot(workspace.library, revision),
            revisions=tuple((r.number, Status(r.status)) for r in quote.revisions),
            events=tuple(quote_tools.audit_trail(session, quote.id, workspace.library)),
            sent_at=revision.sent_at,
            decided_at=revision.decided_at,
            recorded_tier=revision.recorded_tier,
            tier_choice=TierChoice(revision.tier_choice) if revision.tier_choice else None,
            tier_reason=revision.tier_reason,
        )


def warnings(workspace: Workspace, quote_id: int) -> tuple[QuoteWarning, ...]:
    """What to look at before sending the quote's current revision as stored (missing maintenance,
    a missing HSV, lines below the purchase price; ``domain.quote_checks``). A saved draft has its
    tier decided, so the tier check gives none."""
    with workspace.database.read() as session:
        quote = quotes.get_quote(session, quote_id)
        partner = quotes.partner_of(session, quote.partner_id)
        return quote_warnings(
            priced_snapshot(workspace.library, quote.current), partner.reseller_only
        )


def partner_choices(workspace: Workspace, on: date | None = None) -> list[PartnerChoice]:
    """The partners a quote can be for, each with the tier it holds on ``on`` (default: today)."""
    with workspace.database.read() as session:
        return quote_list.partner_choices(session, on)


def tier_check(workspace: Workspace, partner_id: int, on: date) -> TierCheck | None:
    """Does the partner's recorded tier still hold on ``on``? None when there is nothing to check."""
    with workspace.database.read() as session:
        return quotes.tier_check_for(session, workspace.library, partner_id, on)


def pricer(
    workspace: Workspace, partner_id: int, on: date, *, quote_id: int | None = None
) -> DraftPricer:
    """What the editor needs to price a draft of ``partner_id`` dated ``on`` at every keystroke
    (see ``services.quote_pricing``): the tier the partner holds on ``on``; for the draft of a
    later revision of ``quote_id``, the tier and edition it keeps. Ask again when the partner or
    the date changes."""
    with workspace.database.read() as session:
        choices = quote_list.partner_choices(session, on)
        choice = next((p for p in choices if p.id == partner_id), None)
        if choice is None:
            raise NotFoundError(quotes.NO_PARTNER_ID.format(id=partner_id))
        kept = _kept_conditions(session, quote_id, partner_id)
        if kept is not None:
            return DraftPricer(
                workspace.library,
                replace(choice, tier=kept.tier, msp_level=kept.msp_level),
                None,
                quotes.team_cap(session),
                kept.edition,
            )
        try:
            check = quotes.tier_check_for(session, workspace.library, partner_id, on)
        except InputError:
            check = None  # no edition for the day: the preview says what is wrong
        return DraftPricer(workspace.library, choice, check, quotes.team_cap(session))


def _kept_conditions(
    session: Session, quote_id: int | None, partner_id: int
) -> quotes.Conditions | None:
    """The conditions the current draft of ``quote_id`` keeps (None: priced on its date)."""
    if quote_id is None:
        return None
    try:
        quote = quotes.get_quote(session, quote_id)
    except NotFoundError:
        return None
    current = quote.current
    if (
        quote.partner_id != partner_id
        or current.status != Status.DRAFT
        or not quotes.keeps_conditions(current)
    ):
        return None
    return quotes.conditions_of(current)


# --- Changing ------------------------------------------------------------------------------------
def create(workspace: Workspace, data: QuoteInput, *, actor: str | None = None) -> QuoteState:
    """A new quote (a draft, revision 1) with the next number of its year.

    When the partner's recorded tier is not supported by its figures, ``data`` must decide
    (``tier_choice``); otherwise ``InputError`` on ``tier_choice`` says why.
    """
    with workspace.database.write() as session:
        quote = quotes.create_quote(session, workspace.library, data, actor=actor)
        _require_decision(session, workspace, data)
        return _state(quote)


def save_draft(
    workspace: Workspace,
    quote_id: int,
    data: QuoteInput,
    *,
    expected_version: int | None,
    actor: str | None = None,
) -> QuoteState:
    """Replace the current draft's content; refused when the quote changed since
    ``expected_version`` (``StaleEditError``: who and when) or is no longer a draft."""
    with workspace.database.write() as session:
        quote = quotes.update_draft(
            session,
            workspace.library,
            quote_id,
            data,
            actor=actor,
            expected_version=expected_version,
        )
        if not quotes.keeps_conditions(quote.current):  # a later revision decided already
            _require_decision(session, workspace, data)
        return _state(quote)


def _require_decision(session: Session, workspace: Workspace, data: QuoteInput) -> None:
    """After the store priced and saved ``data`` (so a line that cannot be offered is refused
    first, naming its line): refuse a missing decision on a recorded tier the figures no longer
    support — the transaction then rolls back, the quote's number included."""
    quote_tools.require_tier_decision(session, workspace.library, data)


def send(
    workspace: Workspace,
    quote_id: int,
    *,
    contact: str | None = None,
    expected_version: int | None = None,
    now: datetime | None = None,
    actor: str | None = None,
    function: str | None = None,
) -> QuoteState:
    """Send the current draft: frozen with the letter as it prints now.

    ``contact``: the sender's Ansprechpartner on the letter, who signs it with ``function`` (None:
    the letterhead's signer, else the first managing director). A reverse-charge quote without the
    customer's VAT ID is refused (``InputError``, naming the field to fill in).
    """
    with workspace.database.write() as session:
        signer = _signer(session, contact, function)
        quote = quotes.send(
            session,
            quote_id,
            now,
            contact=signer.name,
            actor=actor,
            expected_version=expected_version,
            function=signer.function,
        )
        return _state(quote)


def accept(
    workspace: Workspace,
    quote_id: int,
    *,
    expected_version: int | None = None,
    now: datetime | None = None,
    actor: str | None = None,
) -> QuoteState:
    """The customer accepted the sent quote (it counts for the partner's figures from now on)."""
    return _decide(workspace, quote_id, quotes.accept, expected_version, now, actor)


def reject(
    workspace: Workspace,
    quote_id: int,
    *,
    expected_version: int | None = None,
    now: datetime | None = None,
    actor: str | None = None,
) -> QuoteState:
    """The customer rejected the sent quote."""
    return _decide(workspace, quote_id, quotes.reject, expected_version, now, actor)


def _decide(
    workspace: Workspace,
    quote_id: int,
    decision: Callable[..., Quote],
    expected_version: int | None,
    now: datetime | None,
    actor: str | None,
) -> QuoteState:
    with workspace.database.write() as session:
        quote = decision(session, quote_id, now, actor=actor, expected_version=expected_version)
        return _state(quote)


def revise(
    workspace: Workspace,
    quote_id: int,
    *,
    expected_version: int | None = None,
    actor: str | None = None,
) -> QuoteState:
    """A new draft revision, a copy of the current one priced under the same conditions (its tier,
    tier decision and edition); ``reprice`` moves it to today's."""
    with workspace.database.write() as session:
        quote = quotes.revise(
            session, workspace.library, quote_id, actor=actor, expected_version=expected_version
        )
        return _state(quote)


def reprice_preview(
    workspace: Workspace,
    quote_id: int,
    on: date,
    *,
    choice: TierChoice | None = None,
    reason: str = "",
) -> Repricing:
    """What pricing the current draft revision at the conditions of ``on`` (the tier the partner
    holds that day, the edition valid that day) would change; nothing is saved. ``choice`` and
    ``reason``: the decision when the figures do not support that tier (see ``create``)."""
    with workspace.database.read() as session:
        return repricing.reprice(
            session, workspace.library, quote_id, on, choice=choice, reason=reason
        )


def reprice(
    workspace: Workspace,
    quote_id: int,
    on: date,
    *,
    choice: TierChoice | None = None,
    reason: str = "",
    expected_version: int | None = None,
    actor: str | None = None,
) -> Repricing:
    """Price the current draft revision at the conditions of ``on`` and save it (after the person
    saw ``reprice_preview``; refused when the quote changed since ``expected_version``)."""
    with workspace.database.write() as session:
        return repricing.reprice(
            session,
            workspace.library,
            quote_id,
            on,
            apply=True,
            choice=choice,
            reason=reason,
            actor=actor,
            expected_version=expected_version,
        )


def expire_due(workspace: Workspace, today: date) -> list[str]:
    """Mark sent quotes past their validity as expired; the numbers of those changed.

    A database that can only be read (rights, drive) is left as it is: nothing is marked, and the
    person was told at the start why nothing can be saved.
    """
    if workspace.read_only:
        return []
    with workspace.database.write() as session:
        return quotes.expire_due(session, today)


def expire_due_daily(workspace: Workspace, today: date) -> list[str]:
    """``expire_due`` at most once a day per opened database: the quote list asks at every
    activation, and the check reads every sent revision (25-70 ms for 100 000 quotes, on the GUI
    thread); within a day no quote newly passes its validity (sending one that has is refused)."""
    if expiry_checked(workspace, today):
        return []
    expired = expire_due(workspace, today)
    workspace.expired_on = today
    return expired


def expiry_checked(workspace: Workspace, today: date) -> bool:
    """Whether ``expire_due_daily`` has been done for ``today`` on this open database."""
    return workspace.expired_on == today


def unchanged_through(rows: Iterable[QuoteRow]) -> date:
    """The last day on which the daily expiry check (``expire_due_daily``) changes none of
    ``rows`` (as read after this day's check): list rows kept from an earlier day are still what
    the list shows through it (``services.kept_rows``)."""
    return min(
        (quote_rules.unchanged_through(row.status, row.valid_until) for row in rows),
        default=date.max,
    )


def copy_for_partner(
    workspace: Workspace,
    quote_id: int,
    partner_id: int,
    quote_date: date,
    valid_days: int,
    *,
    actor: str | None = None,
) -> Copied:
    with workspace.database.write() as session:
        made = quote_tools.duplicate_for_partner(
            session, workspace.library, quote_id, partner_id, quote_date, valid_days, actor=actor
        )
        return Copied(_state(made.quote), made.diff, made.source_tier, made.target_tier)


def revision_diff(workspace: Workspace, quote_id: int, old: int, new: int) -> QuoteDiff:
    with workspace.database.read() as session:
        return quote_tools.revision_diff(session, quote_id, old, new)


# --- Templates -----------------------------------------------------------------------------------
def templates(workspace: Workspace) -> list[TemplateSummary]:
    with workspace.database.read() as session:
        return quote_tools.list_templates(session)


def save_template(
    workspace: Workspace, name: str, data: QuoteInput, *, overwrite: bool = False
) -> None:
    with workspace.database.write() as session:
        quote_tools.save_template(session, name, data, overwrite=overwrite)


def delete_template(workspace: Workspace, template_id: int) -> None:
    with workspace.database.write() as session:
        quote_tools.delete_template(session, template_id)


def from_template(
    workspace: Workspace, template_id: int, partner_id: int, quote_date: date, valid_days: int
) -> FromTemplate:
    with workspace.database.read() as session:
        return quote_tools.input_from_template(
            session, template_id, partner_id, quote_date, valid_days
        )


# --- Printing ------------------------------------------------------------------------------------
@dataclass(frozen=True)
class PrintedQuote:
    data: bytes  # the PDF
    file_name: str  # ``Angebot A-2026-0007-2.pdf`` for revision 2
    frozen: bool  # printed from the snapshot taken when it was sent
    # Texts holding characters no embedded font can draw (they print as empty boxes): the app
    # asks before showing the PDF, ``nspdesk pdf quote`` warns. Each prints as "Feld: 😀 (U+1F600)".
    unprintable: tuple[Unprintable, ...] = ()
    mark: str = ""  # "ENTWURF", "ABGELEHNT", "ABGELAUFEN" on every page; "" for sent and accepted


def print_quote(
    workspace: Workspace,
    quote_id: int,
    *,
    revision: int | None = None,
    contact: str | None = None,
    function: str | None = None,
) -> PrintedQuote:
    """The Angebot PDF of a stored quote, the same bytes for the app and ``nspdesk pdf quote``.

    A sent revision prints from its frozen snapshot (sender, recipient, texts as the customer got
    them); a draft with today's data: an end-customer quote on the partner's letterhead, a partner
    quote on the team's. ``contact``, ``function``: the sender's Ansprechpartner for a draft, who
    signs it (None: the letterhead's signer, else the first managing director). A draft, rejected
    or expired revision prints "ENTWURF", "ABGELEHNT", "ABGELAUFEN" on every page
    (``PrintedQuote.mark``); a draft of a reverse-charge quote without the customer's VAT ID is
    refused (``InputError``).
    """
    from nspdesk.documents.quote_pdf import quote_pdf, unprintable  # reportlab: when first needed
    from nspdesk.store.printing import print_job

    with workspace.database.read() as session:
        signer = _signer(session, contact, function)
        job = print_job(
            session, workspace.library, quote_id, signer.name, revision, signer.function
        )
    data = quote_pdf(job.priced, job.document, job.sender, job.mark)
    name = f"Angebot {job.document.number.replace('/', '-')}.pdf"
    return PrintedQuote(
        data,
        name,
        job.frozen,
        unprintable(job.priced, job.document, job.sender),
        job.mark.word if job.mark else "",
    )


# --- Handing it over by e-mail ------------------------------------------------------------------
NO_ADDRESS = QT_TRANSLATE_NOOP(
    "QuoteMail",
    "{name}: keine E-Mail-Adresse gespeichert – bitte im E-Mail-Programm eintragen.",
)
UNUSABLE_ADDRESS = QT_TRANSLATE_NOOP(
    "QuoteMail",
    "{name}: „{address}“ ist keine einfache E-Mail-Adresse, die jeder Mailserver annimmt – bitte "
    "im E-Mail-Programm eintragen.",
)
NO_CUSTOMER_ADDRESS = QT_TRANSLATE_NOOP(
    "QuoteMail",
    "Endkundenangebot: keine E-Mail-Adresse des Kunden gespeichert – bitte im E-Mail-Programm "
    "eintragen.",
)


@dataclass(frozen=True)
class MailDraft:
    """An unsent e-mail (``.eml``, ``X-Unsent: 1``) with the quote's PDF attached."""

    data: bytes  # the .eml
    file_name: str  # ``Angebot A-2026-0007-2.eml`` for revision 2
    recipient: str | None  # ``Frau Petersen <petersen@nordlicht.example>``; None: no address known
    subject: str
    attachment: str  # the PDF's file name
    note: str = ""  # why the draft has no To: (empty when it has one)
    unprintable: tuple[Unprintable, ...] = ()  # as ``PrintedQuote.unprintable``


def mail_draft(
    workspace: Workspace,
    quote_id: int,
    *,
    revision: int | None = None,
    contact: str | None = None,
    now: datetime | None = None,
) -> MailDraft:
    """The e-mail draft that hands a sent revision (the current one by default) to its recipient,
    with the PDF the customer gets (the frozen one). A draft revision is refused
    (``ConflictError``): mark it as sent first. ``now`` (aware; default: the current moment) is
    the mail's ``Date``."""
    from nspdesk.documents.quote_mail import QuoteMail, mail_subject, quote_mail, usable_address
    from nspdesk.documents.quote_pdf import quote_pdf, unprintable
    from nspdesk.store.mailing import mail_job

    with workspace.database.read() as session:
        found = mail_job(
            session, workspace.library, quote_id, _signer(session, contact, None).name, revision
        )
    job = found.job
    document = job.document
    pdf = quote_pdf(job.priced, document, job.sender, job.mark)  # rejected, expired: marked
    stem = f"Angebot {document.number.replace('/', '-')}"
    mail = QuoteMail(
        number=document.number,
        subject=document.subject,
        quote_date=document.date,
        valid_until=document.valid_until,
        recipient_name=found.recipient_name,
        recipient_email=found.recipient_email,
        sender=job.sender,
        signer=document.contact,
    )
    when = now if now is not None else datetime.now(UTC).astimezone()
    address = usable_address(found.recipient_email)
    name = found.recipient_name or document.recipient.company
    note = ""
    if found.end_customer:
        note = NO_CUSTOMER_ADDRESS
    elif not found.recipient_email:
        note = NO_ADDRESS.format(name=name)
    elif not address:
        note = UNUSABLE_ADDRESS.format(address=found.recipient_email, name=name)
    shown = " ".join(found.recipient_name.split())
    return MailDraft(
        data=quote_mail(mail, pdf, f"{stem}.pdf", when),
        file_name=f"{stem}.eml",
        recipient=(f"{shown} <{address}>" if shown else address) if address else None,
        subject=mail_subject(mail),
        attachment=f"{stem}.pdf",
        note=note,
        unprintable=unprintable(job.priced, document, job.sender),
    )


def _signer(session: Session, contact: str | None, function: str | None) -> Signer:
    """The person printing (their name and function), else the letterhead's signer, else the first
    managing director (``signer_for``)."""
    from nspdesk.store.sender import load_sender

    return signer_for(load_sender(session), contact or "", function or "")


# --- For the editor ----------------------------------------------------------------------------------
@dataclass(frozen=True)
class Changes:
    """What a colleague changed in a quote since the editor loaded it."""

    fields: tuple[str, ...]  # a sentence for each field of the letter that differs
    lines: QuoteDiff  # the lines, from what the editor shows to what is stored now


CHANGED_FIELD = QT_TRANSLATE_NOOP("QuoteChanges", "{field}: „{mine}“ → „{theirs}“")
FIELD_NAMES = {
    "subject": QT_TRANSLATE_NOOP("QuoteChanges", "Betreff"),
    "quote_date": QT_TRANSLATE_NOOP("QuoteChanges", "Datum"),
    "valid_until": QT_TRANSLATE_NOOP("QuoteChanges", "Gültig bis"),
    "contact_person": QT_TRANSLATE_NOOP("QuoteChanges", "Ansprechpartner"),
    "intro": QT_TRANSLATE_NOOP("QuoteChanges", "Einleitung"),
    "closing": QT_TRANSLATE_NOOP("QuoteChanges", "Schluss"),
    "customer": QT_TRANSLATE_NOOP("QuoteChanges", "Endkunde"),
}


def changes(mine: QuoteInput, mine_priced: PricedQuote, theirs: QuoteDetail) -> Changes:
    """The differences between the editor's quote (``mine``, priced as loaded) and the stored one."""
    fields = tuple(
        CHANGED_FIELD.format(
            field=name, mine=_shown(getattr(mine, key)), theirs=_shown(getattr(theirs.data, key))
        )
        for key, name in FIELD_NAMES.items()
        if getattr(mine, key) != getattr(theirs.data, key)
    )
    return Changes(
        fields,
        diff_lines(
            _diff_rows(mine.lines, mine_priced), _diff_rows(theirs.data.lines, theirs.priced)
        ),
    )


def _shown(value: object) -> str:
    text = value.strftime("%d.%m.%Y") if isinstance(value, date) else str(value)
    return text if len(text) <= 60 else text[:59] + "…"


def _diff_rows(lines: tuple[LineInput, ...], priced: PricedQuote) -> list[DiffLine]:
    nets = [line.net for line in priced.lines]
    discounts = [line.discount_percent for line in priced.lines]
    return [
        DiffLine(
            article_number=line.article_number,
            description=line.description,
            quantity=line.quantity,
            unit_price=line.unit_price,
            discount_percent=discounts[i] if i < len(discounts) else ZERO,
            extra_discount=line.extra_discount,
            net=nets[i] if i < len(nets) else ZERO,
        )
        for i, line in enumerate(lines)
    ]
