"""The JSON shape of ``nspdesk price``: request in, priced quote out (a contract for other tools)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from nspdesk.domain.decimals import as_text, exact_text, plain
from nspdesk.domain.fields import Fields
from nspdesk.domain.pricing import PricedQuote, PriceRequest, QuoteLine
from nspdesk.domain.vat import VatMode

VAT_MODES = frozenset(mode.value for mode in VatMode)


def request_from_json(
    fields: Fields, today: date, *, line_extras: Callable[[Fields], None] | None = None
) -> PriceRequest:
    """``{"tier", "date"?, "vat"?, "msp_level"?, "lines": [...]}`` → ``PriceRequest``.

    ``line_extras`` reads a caller's own keys of each line (``unit`` for the PDF quote) before the
    line refuses unknown keys; keys of the top-level object a caller reads before calling this.
    """
    lines = []
    for line in fields.array_of_tables("lines"):
        lines.append(
            QuoteLine(
                category=line.text("category"),
                description=line.text("description", default="", allow_empty=True),
                quantity=line.amount("quantity", positive=True),
                unit_price=line.amount("unit_price"),
                extra_discount=line.percent("extra_discount", default="0"),
            )
        )
        if line_extras is not None:
            line_extras(line)
        line.finish()
    request = PriceRequest(
        tier=fields.text("tier"),
        date=fields.day("date", default=today),
        vat=VatMode(fields.choice("vat", VAT_MODES, default=VatMode.STANDARD.value)),
        msp_level=fields.text("msp_level") if fields.has("msp_level") else None,
        lines=tuple(lines),
    )
    fields.finish()
    return request


def quote_to_json(quote: PricedQuote) -> dict[str, object]:
    totals = quote.totals
    return {
        "edition": quote.program.edition,
        "date": quote.request.date.isoformat(),
        "tier": quote.tier.id,
        "tier_name": quote.tier.name,
        "priced_as": quote.priced_as.id,
        "vat": quote.request.vat.value,
        "lines": [
            {
                "position": index,
                "category": priced.line.category,
                "description": priced.line.description,
                "quantity": plain(priced.line.quantity),
                "unit_price": exact_text(priced.line.unit_price),
                "list_amount": as_text(priced.list_amount),
                "discount_percent": plain(priced.discount_percent),
                "extra_discount": plain(priced.line.extra_discount),
                "net": as_text(priced.net),
            }
            for index, priced in enumerate(quote.lines, start=1)
        ],
        "totals": {
            "net": as_text(totals.net),
            "vat_rate": plain(totals.vat_rate),
            "vat": as_text(totals.vat),
            "gross": as_text(totals.gross),
        },
        "vat_note": quote.vat_note,
    }
