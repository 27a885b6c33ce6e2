"""The JSON shape of ``nspdesk price``: request in, priced quote out (a contract for other tools)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from nspdesk.domain.billing import PeriodTotal, period_summary
from nspdesk.domain.decimals import ZERO, as_text, exact_text, plain
from nspdesk.domain.fields import Fields
from nspdesk.domain.pricing import Audience, PricedLine, PricedQuote, PriceRequest, QuoteLine
from nspdesk.domain.quote_checks import QuoteWarning
from nspdesk.domain.vat import VatMode

VAT_MODES = frozenset(mode.value for mode in VatMode)
AUDIENCES = frozenset(audience.value for audience in Audience)


def request_from_json(
    fields: Fields, today: date, *, line_extras: Callable[[Fields], None] | None = None
) -> PriceRequest:
    """``{"tier", "date"?, "vat"?, "msp_level"?, "audience"?, "lines": [...]}`` → ``PriceRequest``.

    A line is ``{"category", "description"?, "quantity", "unit_price", "extra_discount"?}``; a line
    of a category the program prices (own-use and NFR licences) may name its ``users`` and leave
    out ``unit_price`` (``{"category": "own-use-license", "users": 25, "quantity": "1"}``).
    ``line_extras`` reads a caller's own keys of each line (``unit`` for the PDF quote) before the
    line refuses unknown keys; keys of the top-level object a caller reads before calling this.
    """
    lines = []
    for line in fields.array_of_tables("lines"):
        given = line.has("unit_price")
        lines.append(
            QuoteLine(
                category=line.text("category"),
                description=line.text("description", default="", allow_empty=True),
                quantity=line.quantity("quantity"),
                unit_price=line.price("unit_price") if given else ZERO,
                extra_discount=line.percent("extra_discount", default="0"),
                users=line.integer("users", minimum=1) if line.has("users") else None,
                price_given=given,
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
        audience=Audience(fields.choice("audience", AUDIENCES, default=Audience.PARTNER.value)),
        lines=tuple(lines),
    )
    fields.finish()
    return request


def quote_to_json(quote: PricedQuote, warnings: tuple[QuoteWarning, ...]) -> dict[str, object]:
    """The priced quote; end-customer quotes add purchase prices and margins (for the partner's
    eyes: the PDF never shows them). A line of a program price adds its ``users``; ``warnings``
    (always present) are ``{"code", "message", "lines"}`` with 1-based positions, as ``position``."""
    totals = quote.totals
    end_customer = quote.request.audience is Audience.END_CUSTOMER
    summary = period_summary(quote)
    out: dict[str, object] = {
        "edition": quote.program.edition,
        "date": quote.request.date.isoformat(),
        "tier": quote.tier.id,
        "tier_name": quote.tier.name,
        "priced_as": quote.priced_as.id,
        "vat": quote.request.vat.value,
        "lines": [
            _line(position, priced, end_customer)
            for position, priced in enumerate(quote.lines, start=1)
        ],
        "totals": {
            "net": as_text(totals.net),
            "vat_rate": plain(totals.vat_rate),
            "vat": as_text(totals.vat),
            "gross": as_text(totals.gross),
        },
        "vat_note": quote.vat_note,
        "audience": quote.request.audience.value,
        "periods": [_period(p, end_customer) for p in summary.periods],
        "first_year": _period(summary.first_year, end_customer, with_period=False),
    }
    if end_customer:
        margin_percent = quote.margin_percent
        out["margin"] = {
            "purchase": as_text(quote.purchase),
            "margin": as_text(quote.margin),
            "percent": None if margin_percent is None else plain(margin_percent),
        }
    out["warnings"] = [warning_json(w) for w in warnings]
    return out


def _line(position: int, priced: PricedLine, end_customer: bool) -> dict[str, object]:
    line = priced.line
    entry: dict[str, object] = {
        "position": position,
        "category": line.category,
        "description": line.description,
        "quantity": plain(line.quantity),
        "unit_price": exact_text(line.unit_price),
        "list_amount": as_text(priced.list_amount),
        "discount_percent": plain(priced.discount_percent),
        "extra_discount": plain(line.extra_discount),
        "net": as_text(priced.net),
    }
    if end_customer:
        entry["purchase_net"] = as_text(priced.purchase)
        entry["margin"] = as_text(priced.margin)
    if line.users is not None:
        entry["users"] = line.users
    return entry


def warning_json(warning: QuoteWarning) -> dict[str, object]:
    """``{"code": "maintenance-missing", "message": "…", "lines": [1, 3]}`` (German message)."""
    return {"code": warning.code, "message": str(warning.message), "lines": list(warning.lines)}


def _period(
    total: PeriodTotal, end_customer: bool, with_period: bool = True
) -> dict[str, str | None]:
    entry: dict[str, str | None] = (
        {"period": total.period.value, "label": total.label} if with_period else {}
    )
    entry |= {"net": as_text(total.net), "vat": as_text(total.vat), "gross": as_text(total.gross)}
    if end_customer:
        rate = total.margin_percent
        entry |= {
            "purchase": as_text(total.purchase),
            "margin": as_text(total.margin),
            "margin_percent": None if rate is None else plain(rate),
        }
    return entry
