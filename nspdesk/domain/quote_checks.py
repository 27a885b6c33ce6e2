"""Warnings the quote editor shows about a priced quote (never printed).

- An Authorized partner that only resells (no Server know-how of its own) may sell NoSpamProxy
  Server only together with a manufacturer support contract (HSV) for the end customer.
- On an end-customer quote, a customer discount deeper than the partner's tier discount sells a line
  below the partner's purchase price.
"""

from __future__ import annotations

from dataclasses import dataclass

from nspdesk.domain.messages import QT_TRANSLATE_NOOP, Money, Text
from nspdesk.domain.pricing import Audience, PricedQuote

HSV_CATEGORY = "hsv"

HSV_REQUIRED = QT_TRANSLATE_NOOP(
    "QuoteChecks",
    "{tier} ohne eigenes Server-Know-how (nur Wiederverkauf): NoSpamProxy Server nur zusammen mit "
    "einem Hersteller-Supportvertrag (HSV) für den Endkunden. Bitte eine HSV-Position aufnehmen.",
)
BELOW_PURCHASE = QT_TRANSLATE_NOOP(
    "QuoteChecks",
    "Position {position} „{description}“ liegt {amount} unter dem Einkaufspreis.",
)


@dataclass(frozen=True)
class QuoteWarning:
    code: str  # "hsv-required", "negative-margin"
    message: Text  # for the editor (German, and the UI's language through its catalog)
    position: int | None = None  # 1-based line, when the warning is about one line


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


def quote_warnings(quote: PricedQuote, reseller_only: bool = False) -> tuple[QuoteWarning, ...]:
    warnings = []
    if needs_hsv(quote, reseller_only):
        warnings.append(QuoteWarning("hsv-required", HSV_REQUIRED.format(tier=quote.tier.name)))
    if quote.request.audience is Audience.END_CUSTOMER:
        for position, line in enumerate(quote.lines, start=1):
            if line.margin < 0:
                warnings.append(
                    QuoteWarning(
                        "negative-margin",
                        BELOW_PURCHASE.format(
                            position=position,
                            description=line.line.description,
                            amount=Money(-line.margin),
                        ),
                        position,
                    )
                )
    return tuple(warnings)
