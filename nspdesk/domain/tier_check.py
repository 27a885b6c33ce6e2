"""Does a partner's recorded tier still hold when a quote is priced? (compliance-aware discounts)

The tier a partner is recorded at decides its discounts. When its current figures no longer support
that tier (one certified technician at Premium, a lapsed follow backlink …) the quote editor warns,
names what is missing and the tier the figures do support, and the user decides: keep the recorded
tier (with a reason, stored with the quote) or price at the supported tier. This module turns an
``Evaluation`` into that warning and validates the decision; printed documents never show it.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from nspdesk.domain.compliance import Evaluation
from nspdesk.domain.errors import InputError
from nspdesk.domain.messages import QT_TRANSLATE_NOOP, Listing, Text
from nspdesk.domain.program import Tier

NOT_COVERED = QT_TRANSLATE_NOOP(
    "TierCheck",
    "Die erfasste Stufe {recorded} ist nicht mehr gedeckt. Es fehlt: {missing}. {supported}",
)
SUPPORTS = QT_TRANSLATE_NOOP("TierCheck", "Die Zahlen tragen {tier}.")
SUPPORTS_NONE = QT_TRANSLATE_NOOP("TierCheck", "Die Zahlen tragen keine Partnerstufe.")
DECIDE = QT_TRANSLATE_NOOP("TierCheck", "{warning} Bitte entscheiden.")
REASON_NEEDED = QT_TRANSLATE_NOOP(
    "TierCheck", "ein Grund ist nötig, um zu {tier}-Konditionen anzubieten"
)
NO_TIER_TO_OFFER = QT_TRANSLATE_NOOP(
    "TierCheck", "die Zahlen tragen keine Partnerstufe, zu der sich anbieten ließe"
)


class TierChoice(StrEnum):
    RECORDED = "recorded"  # keep the recorded tier although the figures do not support it
    SUPPORTED = "supported"  # price at the tier the figures support


@dataclass(frozen=True)
class TierCheck:
    recorded: Tier
    supported: Tier | None  # the highest tier the figures support; None: not even the entry level
    missing: tuple[str, ...]  # what the recorded tier lacks, as the engine says it

    @property
    def holds(self) -> bool:
        return not self.missing

    def warning(self) -> Text:
        """The editor's warning, empty when the recorded tier holds."""
        if self.holds:
            return Text("TierCheck", "")
        supported = (
            SUPPORTS.format(tier=self.supported.name)
            if self.supported is not None
            else SUPPORTS_NONE
        )
        return NOT_COVERED.format(
            recorded=self.recorded.name, missing=Listing(self.missing), supported=supported
        )


def check_tier(evaluation: Evaluation) -> TierCheck | None:
    """The check of the recorded tier, or None when the facts record no tier.

    MSP partners are never checked: their status is granted by the vendor, and their track cannot be
    evaluated (``evaluate`` refuses it), so the caller prices them at their recorded level.
    """
    tier = evaluation.tier
    if tier is None:
        return None
    return TierCheck(tier, evaluation.eligible_tier, evaluation.tier_missing)


@dataclass(frozen=True)
class TierDecision:
    tier: str  # the tier whose discounts price the quote
    choice: TierChoice | None  # None: the recorded tier holds, nothing was decided
    reason: str = ""


def decide(
    recorded: str, check: TierCheck | None, choice: TierChoice | None, reason: str = ""
) -> TierDecision:
    """Validate the user's decision on ``check`` and return the tier to price at.

    ``recorded`` is the partner's recorded tier id. Keeping a tier the figures do not support needs
    a reason; pricing at the supported tier is not possible when the figures support none.
    """
    if check is None or check.holds:
        return TierDecision(recorded, None)
    if choice is None:
        raise InputError("tier_choice", DECIDE.format(warning=check.warning()))
    if choice is TierChoice.RECORDED:
        if not reason.strip():
            raise InputError("tier_reason", REASON_NEEDED.format(tier=check.recorded.name))
        return TierDecision(check.recorded.id, choice, reason.strip())
    if check.supported is None:
        raise InputError("tier_choice", NO_TIER_TO_OFFER)
    return TierDecision(check.supported.id, choice, reason.strip())
