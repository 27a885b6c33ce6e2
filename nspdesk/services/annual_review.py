"""What the Jahresüberprüfung view does, one short session per user action, as plain objects.

The rules live in ``nspdesk.domain.review`` and ``nspdesk.store.reviews``; this module opens the
session, calls them and hands back a ``ReviewState`` (the review's lines with the program to name
its tiers) that outlives the session. Letters and summaries are written from it the same way the
``nspdesk review`` commands write them.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import date, datetime
from pathlib import Path

from sqlalchemy import select

from nspdesk.domain.editions import ProgramLibrary
from nspdesk.domain.errors import InputError
from nspdesk.domain.letterhead import Sender
from nspdesk.domain.program import Program, Tier
from nspdesk.domain.review import Decision, ReviewLine, StatusLetter, tier_label
from nspdesk.store import reviews
from nspdesk.store.database import Database
from nspdesk.store.models import Partner, Review
from nspdesk.store.sender import load_sender

SUMMARY_FORMATS = (".pdf", ".csv", ".xlsx")


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

    def worded_like(self, before: ReviewState | None) -> ReviewState:
        """This state with the sentences of ``before``, the same review as shown before a
        decision: a decision changes no reason, and the store keeps the reasons in German only
        (``reviews.with_texts``)."""
        if before is None or before.review_id != self.review_id:
            return self
        worded = reviews.with_texts(self.lines, [line.proposal for line in before.lines])
        return replace(self, lines=tuple(worded))


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


def latest(database: Database, library: ProgramLibrary, year: int) -> ReviewState | None:
    """The newest review of ``year`` (a draft or confirmed), None when there is none; its
    sentences worded again for the UI's language where the records are as at the run."""
    with database.read() as session:
        review = reviews.latest_review(session, year)
        if review is None:
            return None
        return _state(library, review, reviews.worded_lines(session, library, review))


def run(
    database: Database,
    library: ProgramLibrary,
    year: int,
    as_of: date,
    track: str | None = None,
) -> ReviewState:
    """A new draft review of every partner (or those of ``track``); nothing changes on the
    partners."""
    with database.write() as session:
        partner_ids = None
        if track is not None:
            partner_ids = list(session.scalars(select(Partner.id).where(Partner.track == track)))
        program, found = reviews.proposals(session, library, year, as_of, partner_ids)
        review = reviews.store_proposals(session, program, year, as_of, found)
        return _state(library, review, reviews.with_texts(reviews.lines_of(review), found))


def decide(
    database: Database,
    library: ProgramLibrary,
    review_id: int,
    partner_ids: Sequence[int],
    choice: reviews.Choice,
) -> ReviewState:
    """Accept (or override with the same reason) the proposals of ``partner_ids``, all or none."""
    with database.write() as session:
        for partner_id in partner_ids:
            reviews.decide(session, library, review_id, partner_id, choice)
        session.flush()
        return _state(library, reviews.get_review(session, review_id))


def accept_open(database: Database, library: ProgramLibrary, review_id: int) -> ReviewState:
    with database.write() as session:
        reviews.accept_open(session, review_id)
        session.flush()
        return _state(library, reviews.get_review(session, review_id))


def confirm(
    database: Database,
    library: ProgramLibrary,
    review_id: int,
    by: str,
    accept_open: bool = False,
) -> ReviewState:
    """Write the tier history (the proposals still open accepted first, when asked)."""
    with database.write() as session:
        if accept_open:
            reviews.accept_open(session, review_id)
        return _state(library, reviews.confirm(session, review_id, by))


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
    database: Database, library: ProgramLibrary, review_id: int, letter_date: date
) -> tuple[list[StatusLetter], Sender]:
    """The status letters of a confirmed review and the sender for their letterhead."""
    with database.read() as session:
        review = reviews.get_review(session, review_id)
        found = reviews.letters_for(session, library, review, letter_date)
        return found, load_sender(session)


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


def write_summary(
    database: Database, library: ProgramLibrary, review_id: int, target: Path
) -> Path:
    """The review as summary PDF, or as CSV/XLSX (by the suffix of ``target``)."""
    from nspdesk.documents.review_summary_pdf import review_summary_pdf
    from nspdesk.files import write_atomically
    from nspdesk.store.review_export import export_review

    suffix = target.suffix.lower()
    if suffix not in SUMMARY_FORMATS:
        raise InputError("output", f"{target.name}: Format .pdf, .csv oder .xlsx erwartet")
    with database.read() as session:
        review = reviews.get_review(session, review_id)
        state = _state(library, review)
        program, summary = reviews.summary_of(library, review)
        numbers = {
            row[0]: row[1]
            for row in session.execute(select(Partner.id, Partner.customer_number)).all()
        }
        sender = load_sender(session)
    if suffix == ".pdf":
        data = review_summary_pdf(
            program, summary, list(state.lines), sender, state.as_of, state.state_text()
        )
        write_atomically(target, lambda stream: stream.write(data))
    else:
        export_review(target, program, summary, list(state.lines), numbers)
    return target
