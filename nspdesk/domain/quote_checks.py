"""Warnings about a priced quote: things a person should look at before sending it (never printed).

One list, each warning with a code (a contract of ``nspdesk price`` and ``nspdesk quotes send``),
a message and the 1-based positions of the lines it is about:

- ``maintenance-missing``: "NoSpamProxy-Server-Module müssen immer mit einem
  Software-Wartungsvertrag erworben werden." Lines of a category that names a ``maintenance``
  category (server licences) without any line of that category on the quote.
- ``hsv-missing``: an Authorized partner that only resells (no Server know-how of its own) may sell
  NoSpamProxy Server only together with a manufacturer support contract (HSV) for the end customer.
- ``negative-margin``: on an end-customer quote, a customer discount deeper than the partner's tier
  discount sells a line below the partner's purchase price.
- ``tier-not-covered``: the partner's recorded tier is not supported by its figures and no decision
  was made (:func:`tier_not_covered`; it needs the figures, so only the app and the store know it).
"""

from __future__ import annotations

from dataclasses import dataclass

from nspdesk.domain.messages import QT_TRANSLATE_NOOP, Listing, Money, Text, plural
from nspdesk.domain.pricing import Audience, PricedQuote
from nspdesk.domain.tier_check import TierCheck

HSV_CATEGORY = "hsv"

MAINTENANCE_MISSING = "maintenance-missing"
HSV_MISSING = "hsv-missing"
NEGATIVE_MARGIN = "negative-margin"
TIER_NOT_COVERED = "tier-not-covered"

HSV_REQUIRED = QT_TRANSLATE_NOOP(
    "QuoteChecks",
    "{tier} ohne eigenes Server-Know-how (nur Wiederverkauf): NoSpamProxy Server nur zusammen mit "
    "einem Hersteller-Supportvertrag (HSV) für den Endkunden. Bitte eine HSV-Position aufnehmen.",
)
BELOW_PURCHASE = QT_TRANSLATE_NOOP(
    "QuoteChecks",
    "Position {position} „{description}“ liegt {amount} unter dem Einkaufspreis.",
)
WITHOUT_MAINTENANCE_ONE = QT_TRANSLATE_NOOP(
    "QuoteChecks",
    "Position {positions} ({category}) ohne Position „{maintenance}“: {rule}",
)
WITHOUT_MAINTENANCE_MANY = QT_TRANSLATE_NOOP(
    "QuoteChecks",
    "Positionen {positions} ({category}) ohne Position „{maintenance}“: {rule}",
)


@dataclass(frozen=True)
class QuoteWarning:
    code: str  # "maintenance-missing", "hsv-missing", "negative-margin", "tier-not-covered"
    message: Text  # for the editor (German, and the UI's language through its catalog)
    lines: tuple[int, ...] = ()  # 1-based positions of the lines it is about (none: the quote)


def needs_hsv(quote: PricedQuote, reseller_only: bool) -> bool:
    """True when the quote sells Server to an end customer without the required HSV line."""
    if not reseller_only:
        return False
    categories = quote.program.categories
    sells_server = any(
        categories[line.line.category].family == "server"
        and line.line.category != HSV_CATEGORY
        and line.line.quantity > 0
        for line in quote.lines
    )
    has_hsv = any(line.line.category == HSV_CATEGORY for line in quote.lines)
    return sells_server and not has_hsv


def missing_maintenance(quote: PricedQuote) -> dict[str, tuple[int, ...]]:
    """Each maintenance category the quote lacks, with the positions of the lines that need it."""
    categories = quote.program.categories
    present = {priced.line.category for priced in quote.lines if priced.line.quantity > 0}
    missing: dict[str, tuple[int, ...]] = {}
    for position, priced in enumerate(quote.lines, start=1):
        maintenance = categories[priced.line.category].maintenance
        if maintenance is not None and maintenance not in present and priced.line.quantity > 0:
            missing[maintenance] = (*missing.get(maintenance, ()), position)
    return missing


def quote_warnings(quote: PricedQuote, reseller_only: bool = False) -> tuple[QuoteWarning, ...]:
    """The warnings the quote itself gives (everything but ``tier-not-covered``), in this order:
    maintenance, HSV, margins."""
    warnings = []
    categories = quote.program.categories
    for maintenance, positions in missing_maintenance(quote).items():
        needing = {categories[quote.lines[p - 1].line.category].name for p in positions}
        warnings.append(
            QuoteWarning(
                MAINTENANCE_MISSING,
                plural(
                    len(positions),
                    WITHOUT_MAINTENANCE_ONE,
                    WITHOUT_MAINTENANCE_MANY,
                    positions=", ".join(str(p) for p in positions),
                    category=Listing(sorted(needing), ", "),
                    maintenance=categories[maintenance].name,
                    rule=quote.program.support.maintenance_required,
                ),
                positions,
            )
        )
    if needs_hsv(quote, reseller_only):
        warnings.append(QuoteWarning(HSV_MISSING, HSV_REQUIRED.format(tier=quote.tier.name)))
    if quote.request.audience is Audience.END_CUSTOMER:
        for position, line in enumerate(quote.lines, start=1):
            if line.margin < 0:
                warnings.append(
                    QuoteWarning(
                        NEGATIVE_MARGIN,
                        BELOW_PURCHASE.format(
                            position=position,
                            description=line.line.description,
                            amount=Money(-line.margin),
                        ),
                        (position,),
                    )
                )
    return tuple(warnings)


def tier_not_covered(check: TierCheck | None, decided: bool) -> QuoteWarning | None:
    """The recorded tier the figures do not support, while no decision is made on it."""
    if check is None or check.holds or decided:
        return None
    return QuoteWarning(TIER_NOT_COVERED, check.warning())
