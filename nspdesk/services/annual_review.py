"""What the Jahresüberprüfung view and ``nspdesk review`` do: one transaction per user action,
plain objects back.

The rules live in ``nspdesk.domain.review`` and ``nspdesk.store.reviews``; this module opens the
transaction, calls them and hands back a ``ReviewState`` (the review's lines with the program to name
its tiers) that outlives the session. Letters and summaries are written from it the same way the
``nspdesk review`` commands write them.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from nspdesk.domain.editions import ProgramLibrary
from nspdesk.domain.errors import InputError
from nspdesk.domain.letterhead import Sender, signer_for
from nspdesk.domain.program import Program, Tier
from nspdesk.domain.review import (
    Accept,
    Choice,
    Decision,
    Override,
    Proposal,
    ReviewLine,
    StatusLetter,
    tier_label,
)
from nspdesk.services.workspace import Workspace
from nspdesk.store import reviews
from nspdesk.store.models import Partner, Review
from nspdesk.store.sender import load_sender

SUMMARY_FORMATS = (".pdf", ".csv", ".xlsx")

__all__ = [
    "SUMMARY_FORMATS",
    "Accept",
    "Choice",
    "Confirmation",
    "Override",
    "Proposals",
    "ReviewHead",
    "ReviewPage",
    "ReviewQuery",
    "ReviewReport",
    "ReviewState",
    "accept_open",
    "accepted_open",
    "confirm",
    "confirm_review",
    "decide",
    "decided",
    "find_review",
    "head_of",
    "latest",
    "latest_head",
    "letters",
    "override_choices",
    "propose",
    "review_head",
    "review_lines",
    "review_page",
    "review_position",
    "review_rows",
    "run",
    "show",
    "write_letters",
    "write_summary",
]


@dataclass(frozen=True)
class ReviewState:
    review_id: int
    year: int
    as_of: date
    program: Program
    lines: tuple[ReviewLine, ...]
    confirmed_at: datetime | None
    confirmed_by: str
    effective_from: date | None

    @property
    def confirmed(self) -> bool:
        return self.confirmed_at is not None

    @property
    def open_count(self) -> int:
        return sum(1 for line in self.lines if line.outcome.decision is Decision.OPEN)

    def line_of(self, partner_id: int) -> ReviewLine:
        return next(line for line in self.lines if line.proposal.partner_id == partner_id)

    def state_text(self) -> str:
        """ "Entwurf" or "bestätigt am 12.01.2027 von Erika Mustermann" (as in the summary PDF)."""
        if self.confirmed_at is None:
            return "Entwurf"
        by = f" von {self.confirmed_by}" if self.confirmed_by else ""
        return f"bestätigt am {self.confirmed_at:%d.%m.%Y}{by}"


def _state(
    library: ProgramLibrary, review: Review, lines: Sequence[ReviewLine] | None = None
) -> ReviewState:
    return ReviewState(
        review_id=review.id,
        year=review.year,
        as_of=review.as_of,
        program=library.edition(review.edition),
        lines=tuple(reviews.lines_of(review) if lines is None else lines),
        confirmed_at=review.confirmed_at,
        confirmed_by=review.confirmed_by,
        effective_from=review.effective_from,
    )


def latest(workspace: Workspace, year: int) -> ReviewState | None:
    """The newest review of ``year`` (a draft or confirmed), None when there is none; its
    sentences as the run worded them (``reviews.word``), in either UI language."""
    with workspace.database.read() as session:
        review = reviews.latest_review(session, year)
        if review is None:
            return None
        return _state(workspace.library, review)


def run(
    workspace: Workspace,
    year: int,
    as_of: date,
    track: str | None = None,
) -> ReviewState:
    """A new draft review of every partner (or those of ``track``); nothing changes on the
    partners."""
    library = workspace.library
    with workspace.database.write() as session:
        partner_ids = None
        if track is not None:
            partner_ids = list(session.scalars(select(Partner.id).where(Partner.track == track)))
        program, found = reviews.proposals(session, library, year, as_of, partner_ids)
        review = reviews.store_proposals(session, program, year, as_of, found)
        return _state(library, review)


# --- the review view: the review's head and its list a window at a time (issue 20) ------------


@dataclass(frozen=True)
class ReviewHead:
    """A stored review without its lines: what the view shows above and around its list."""

    review_id: int
    year: int
    as_of: date
    program: Program
    count: int  # partners in the review
    open_count: int  # proposals still open
    moved: int  # proposals that change a tier
    confirmed_at: datetime | None
    confirmed_by: str
    effective_from: date | None

    @property
    def confirmed(self) -> bool:
        return self.confirmed_at is not None


def head_of(state: ReviewState) -> ReviewHead:
    """``state``'s head (counted from its lines)."""
    moved = sum(1 for line in state.lines if line.proposal.kind.value != "unchanged")
    return ReviewHead(
        state.review_id,
        state.year,
        state.as_of,
        state.program,
        len(state.lines),
        state.open_count,
        moved,
        state.confirmed_at,
        state.confirmed_by,
        state.effective_from,
    )


def _head(library: ProgramLibrary, session: Session, review: Review) -> ReviewHead:
    count, still_open, moved = reviews.item_counts(session, review.id)
    return ReviewHead(
        review.id,
        review.year,
        review.as_of,
        library.edition(review.edition),
        count,
        still_open,
        moved,
        review.confirmed_at,
        review.confirmed_by,
        review.effective_from,
    )


def latest_head(workspace: Workspace, year: int) -> ReviewHead | None:
    """The newest review of ``year`` (a draft or confirmed) without its lines; None: none."""
    with workspace.database.read() as session:
        review = reviews.latest_review(session, year)
        return None if review is None else _head(workspace.library, session, review)


def review_head(workspace: Workspace, review_id: int) -> ReviewHead:
    with workspace.database.read() as session:
        return _head(workspace.library, session, reviews.get_review(session, review_id))


@dataclass(frozen=True)
class ReviewQuery:
    """What the review's list shows: a search for partners (their company, customer number, city
    …: the partner list's index), a ``Decision`` and a ``Movement`` value (None: all), the order
    (``reviews.SORTS``)."""

    search: str = ""
    decision: str | None = None
    movement: str | None = None
    sort: str = "company"
    descending: bool = False


@dataclass(frozen=True)
class ReviewPage:
    """A window of the review's list and how many lines the list has."""

    count: int
    offset: int
    rows: tuple[ReviewLine, ...]


def tier_ranks(program: Program) -> dict[str, int]:
    """Each tier's place in ``program``: by track, then by rank (the tier columns' order)."""
    tracks = list(program.tracks)
    ordered = sorted(program.tiers.values(), key=lambda t: (tracks.index(t.track), t.rank))
    return {tier.id: place for place, tier in enumerate(ordered)}


def _item_query(program: Program, query: ReviewQuery) -> reviews.ItemQuery:
    return reviews.ItemQuery(
        query.search,
        query.decision,
        query.movement,
        query.sort,
        query.descending,
        tier_ranks(program) if query.sort in ("recorded", "proposed") else None,
    )


def _window(
    session: Session,
    workspace: Workspace,
    review_id: int,
    query: ReviewQuery,
    offset: int,
    limit: int,
) -> tuple[reviews.ItemQuery, list[ReviewLine]]:
    review = reviews.get_review(session, review_id)
    asked = _item_query(workspace.library.edition(review.edition), query)
    items = reviews.item_window(session, review_id, asked, offset, limit)
    return asked, [reviews.line_of(item, review.year) for item in items]


def review_page(
    workspace: Workspace, review_id: int, query: ReviewQuery, offset: int, limit: int
) -> ReviewPage:
    """Lines ``offset`` … ``offset + limit`` of the review's list as ``query`` searches, filters and
    orders it, and its count: queries only, no partner evaluated (the sentences are stored)."""
    with workspace.database.read() as session:
        asked, lines = _window(session, workspace, review_id, query, offset, limit)
        count = reviews.count_items(session, review_id, asked)
        return ReviewPage(count, offset, tuple(lines))


def review_rows(
    workspace: Workspace, review_id: int, query: ReviewQuery, offset: int, limit: int
) -> list[ReviewLine]:
    """Lines ``offset`` … ``offset + limit`` of the list (scrolling: no count)."""
    with workspace.database.read() as session:
        return _window(session, workspace, review_id, query, offset, limit)[1]


def review_position(
    workspace: Workspace, review_id: int, query: ReviewQuery, partner_id: int
) -> int | None:
    """Where the partner's line stands in the list ``query`` describes (None: not in it)."""
    with workspace.database.read() as session:
        review = reviews.get_review(session, review_id)
        asked = _item_query(workspace.library.edition(review.edition), query)
        return reviews.item_position(session, review_id, asked, partner_id)


def review_lines(
    workspace: Workspace, review_id: int, partner_ids: Sequence[int]
) -> list[ReviewLine]:
    """The lines of ``partner_ids`` in the review (those it has)."""
    with workspace.database.read() as session:
        review = reviews.get_review(session, review_id)
        items = reviews.items_of(session, review_id, partner_ids)
        return [reviews.line_of(item, review.year) for item in items]


def decided(
    workspace: Workspace, review_id: int, partner_ids: Sequence[int], choice: Choice
) -> ReviewHead:
    """``decide`` for the view: the review's head back, not every line."""
    library = workspace.library
    with workspace.database.write() as session:
        for partner_id in partner_ids:
            reviews.decide(session, library, review_id, partner_id, choice)
        session.flush()
        return _head(library, session, reviews.get_review(session, review_id))


def accepted_open(workspace: Workspace, review_id: int) -> ReviewHead:
    """``accept_open`` for the view: the review's head back."""
    with workspace.database.write() as session:
        reviews.accept_open(session, review_id)
        session.flush()
        return _head(workspace.library, session, reviews.get_review(session, review_id))


@dataclass(frozen=True)
class Proposals:
    """The proposals of a year (``nspdesk review run``), stored as a draft when ``review_id``."""

    program: Program
    proposals: tuple[Proposal, ...]
    customer_numbers: Mapping[int, str]
    review_id: int | None = None


def propose(
    workspace: Workspace,
    year: int,
    as_of: date,
    partner_ids: Sequence[int] | None = None,
    track: str | None = None,
    *,
    save: bool = False,
) -> Proposals:
    """The proposals for ``year`` of ``partner_ids`` (all when None) and/or of ``track``; with
    ``save`` stored as a draft review (for decide and confirm). ``NotFoundError`` for a wrong id."""
    library = workspace.library
    opened = workspace.database.write if save else workspace.database.read
    with opened() as session:
        ids = list(partner_ids) if partner_ids else None
        if track:
            query = select(Partner.id).where(Partner.track == track)
            if ids:
                query = query.where(Partner.id.in_(ids))
            ids = list(session.scalars(query))
        saved: int | None = None
        if save:
            review = reviews.run_review(session, library, year, as_of, ids)
            saved = review.id
            program = library.edition(review.edition)
            found = [reviews.proposal_of(item, review.year) for item in review.items]
        else:
            program, found = reviews.proposals(session, library, year, as_of, ids)
        return Proposals(program, tuple(found), _customer_numbers(session), saved)


@dataclass(frozen=True)
class ReviewReport:
    """A stored review as ``nspdesk review show`` prints it."""

    state: ReviewState
    customer_numbers: Mapping[int, str]


def show(workspace: Workspace, review_id: int) -> ReviewReport:
    """A stored review with its decisions (``NotFoundError`` for a wrong id)."""
    with workspace.database.read() as session:
        review = reviews.get_review(session, review_id)
        return ReviewReport(_state(workspace.library, review), _customer_numbers(session))


def decide(
    workspace: Workspace,
    review_id: int,
    partner_ids: Sequence[int],
    choice: Choice,
) -> ReviewState:
    """Accept (or override with the same reason) the proposals of ``partner_ids``, all or none.

    The review is locked first: a decision racing a confirmation waits for it and is then refused.
    """
    library = workspace.library
    with workspace.database.write() as session:
        for partner_id in partner_ids:
            reviews.decide(session, library, review_id, partner_id, choice)
        session.flush()
        return _state(library, reviews.get_review(session, review_id))


def accept_open(workspace: Workspace, review_id: int) -> ReviewState:
    with workspace.database.write() as session:
        reviews.accept_open(session, review_id)
        session.flush()
        return _state(workspace.library, reviews.get_review(session, review_id))


@dataclass(frozen=True)
class Confirmation:
    state: ReviewState
    accepted_open: int  # proposals still open that were accepted first


def confirm_review(
    workspace: Workspace,
    review_id: int,
    by: str,
    *,
    accept_open: bool = False,
    effective_from: date | None = None,
) -> Confirmation:
    """Write the tier history and the partners' tiers (the proposals still open accepted first,
    when asked); effective from ``effective_from`` (default: 1 January of the following year)."""
    with workspace.database.write() as session:
        reviews.get_review(session, review_id)
        accepted = reviews.accept_open(session, review_id) if accept_open else 0
        review = reviews.confirm(session, review_id, by, effective_from)
        return Confirmation(_state(workspace.library, review), accepted)


def confirm(
    workspace: Workspace,
    review_id: int,
    by: str,
    accept_open: bool = False,
) -> ReviewState:
    """Write the tier history (the proposals still open accepted first, when asked)."""
    return confirm_review(workspace, review_id, by, accept_open=accept_open).state


def _customer_numbers(session: Session) -> dict[int, str]:
    rows = session.execute(select(Partner.id, Partner.customer_number)).all()
    return {row[0]: row[1] for row in rows}


def find_review(workspace: Workspace, year: int, *, draft_too: bool = False) -> int | None:
    """The newest confirmed review of ``year`` (with ``draft_too`` else the newest draft)."""
    with workspace.database.read() as session:
        found = reviews.latest_review(session, year, confirmed=True)
        if found is None and draft_too:
            found = reviews.latest_review(session, year)
        return found.id if found is not None else None


def override_choices(program: Program, track: str) -> list[tuple[str | None, str]]:
    """The tiers an override may choose for a partner of ``track``, as (id, name: a ``Text``).

    MSP partners keep their vendor-granted status; for them the choice is the revenue level. Other
    partners may also be set to no tier (None).
    """
    ladder = program.tiers_of_track(track)
    granted = next((t for t in ladder if t.granted_by_vendor), None)
    if granted is not None:
        levels: list[Tier] = [program.tier(i) for i in granted.benefits_of]
        return [(t.id, tier_label(program, granted.id, t.id)) for t in levels]
    return [(t.id, t.name) for t in ladder] + [(None, tier_label(program, None, None))]


def letters(
    workspace: Workspace,
    review_id: int,
    letter_date: date,
    signer: str | None = None,
    function: str | None = None,
) -> tuple[list[StatusLetter], Sender]:
    """The status letters of a confirmed review and the sender for their letterhead.

    ``signer`` and ``function``: the person who signs them (the app's "Ihr Name"/"Ihre Funktion");
    None: the letterhead's signer, else the first managing director. The sender carries the
    signer (``Sender.signer_name``), which the letters print below the closing.
    """
    with workspace.database.read() as session:
        review = reviews.get_review(session, review_id)
        found = reviews.letters_for(session, workspace.library, review, letter_date)
        sender = load_sender(session)
    chosen = signer_for(sender, signer or "", function or "")
    return found, replace(sender, signer_name=chosen.name, signer_function=chosen.function)


def write_letters(
    letter_list: Sequence[StatusLetter],
    sender: Sender,
    directory: Path,
    combined: bool,
    progress: Callable[[int, int, str], None] | None = None,
    cancel: threading.Event | None = None,
) -> tuple[list[Path], bool]:
    """Write the letters (one PDF each, or one combined); returns the files and whether cancelled."""
    from nspdesk.documents.review_letter_pdf import write_letters as write

    result = write(letter_list, sender, directory, combined, progress, cancel)
    return list(result.written), result.cancelled


def write_summary(workspace: Workspace, review_id: int, target: Path) -> Path:
    """The review as summary PDF, or as CSV/XLSX (by the suffix of ``target``)."""
    from nspdesk.documents.review_summary_pdf import review_summary_pdf
    from nspdesk.files import write_atomically
    from nspdesk.store.review_export import export_review

    suffix = target.suffix.lower()
    if suffix not in SUMMARY_FORMATS:
        raise InputError("output", f"{target.name}: Format .pdf, .csv oder .xlsx erwartet")
    with workspace.database.read() as session:
        review = reviews.get_review(session, review_id)
        state = _state(workspace.library, review)
        program, summary = reviews.summary_of(workspace.library, review)
        numbers = _customer_numbers(session)
        sender = load_sender(session)
    if suffix == ".pdf":
        data = review_summary_pdf(
            program, summary, list(state.lines), sender, state.as_of, state.state_text()
        )
        write_atomically(target, lambda stream: stream.write(data))
    else:
        export_review(target, program, summary, list(state.lines), numbers)
    return target
