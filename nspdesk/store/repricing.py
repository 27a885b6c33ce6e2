"""Pricing a revision at today's conditions: an explicit step that shows what changes first.

A revision keeps the tier, tier decision and edition of the revision it was made from
(``quotes.revise``, ``quotes.keeps_conditions``). Moving a draft revision to the conditions of a
day — the tier the partner holds that day and the edition valid that day — is ``reprice``: without
``apply`` it only compares (nothing is saved), with ``apply`` it replaces the draft and logs it.
The quote date, lines and texts stay as they are.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal

from sqlalchemy.orm import Session

from nspdesk.domain import quote_history
from nspdesk.domain.editions import ProgramLibrary
from nspdesk.domain.messages import QT_TRANSLATE_NOOP
from nspdesk.domain.revision_diff import QuoteDiff, diff_lines
from nspdesk.domain.tier_check import TierChoice
from nspdesk.store import quote_tools, quotes
from nspdesk.store.errors import ConflictError
from nspdesk.store.quote_tools import diff_rows

FIRST_REVISION = QT_TRANSLATE_NOOP(
    "QuoteStore",
    "Angebot {number} Revision 1 wird ohnehin zu den Konditionen ihres Angebotsdatums berechnet; "
    "neu berechnet wird eine spätere Revision (Entwurf).",
)


@dataclass(frozen=True)
class Repricing:
    """A draft revision's conditions and prices now, and at the conditions of ``on``."""

    quote_id: int
    number: str
    revision: int
    on: date
    before: quotes.Conditions
    after: quotes.Conditions
    lines: QuoteDiff  # from the draft as stored to the draft at ``on``'s conditions
    gross_before: Decimal
    gross_after: Decimal
    applied: bool
    version: int  # the quote's version after this (applied: counted up)

    @property
    def unchanged(self) -> bool:
        """Nothing would change: the same conditions and the same prices."""
        same = (self.before.tier, self.before.msp_level, self.before.edition) == (
            self.after.tier,
            self.after.msp_level,
            self.after.edition,
        )
        return same and self.lines.unchanged


def reprice(
    session: Session,
    library: ProgramLibrary,
    quote_id: int,
    on: date,
    *,
    apply: bool = False,
    choice: TierChoice | None = None,
    reason: str = "",
    actor: str | None = None,
    expected_version: int | None = None,
) -> Repricing:
    """The current draft revision of ``quote_id`` priced at the conditions of ``on``; replaced by
    it when ``apply`` (refused, like saving, when the quote changed since ``expected_version``).

    When the partner's figures do not support the tier it holds on ``on``, a decision is needed
    as for a new quote: ``choice`` and ``reason``, else the one stored on the draft; without either
    the refusal asks for it (``InputError`` on ``tier_choice``).
    """
    quote = (
        quotes.for_change(session, quote_id, expected_version)
        if apply
        else quotes.get_quote(session, quote_id)
    )
    current = quotes.draft_of(quote)
    if not quotes.keeps_conditions(current):
        raise ConflictError(FIRST_REVISION.format(number=quote.number))
    partner = quotes.partner_of(session, quote.partner_id)
    data = quotes.input_from_revision(quote.partner_id, current)
    if choice is not None:
        data = replace(data, tier_choice=choice, tier_reason=reason)
    # The decision the day needs, insisted on (a stored one is only taken where it still decides).
    quote_tools.require_tier_decision(session, library, replace(data, quote_date=on))
    before = quotes.conditions_of(current)
    after = quotes.conditions_on(session, library, partner, data, on)
    cap = quotes.team_cap(session)
    old_lines, gross_before = diff_rows(current), current.gross
    if apply:
        new = quotes.replace_draft(
            session,
            library,
            quote,
            partner,
            data,
            after,
            cap,
            "repriced",
            actor,
            quote_history.repriced_detail(
                on, before.edition, after.edition, before.tier, after.tier
            ),
        )
        new_lines, gross_after = diff_rows(new), new.gross
    else:
        priced = quotes.price(library, partner, data, cap=cap, conditions=after)
        new_lines = diff_rows(quotes.revision_row(current.number, partner, data, priced, after))
        gross_after = priced.totals.gross
    return Repricing(
        quote.id,
        quote.number,
        current.number,
        on,
        before,
        after,
        diff_lines(old_lines, new_lines),
        gross_before,
        gross_after,
        apply,
        quote.version,
    )
