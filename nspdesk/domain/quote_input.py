"""What a person enters for a stored quote: its lines and its letter, without prices.

The app's editor fills these, ``nspdesk quotes create FILE.json`` reads them from JSON
(:func:`quote_input_from_json`), and the services hand them to the store. The tier and the conditions
are not part of it: they come from the partner and the program edition valid on the quote date.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from nspdesk.domain.decimals import ZERO
from nspdesk.domain.errors import InputError
from nspdesk.domain.fields import Fields
from nspdesk.domain.letterhead import Addressee, addressee_from_json, contact_from_json
from nspdesk.domain.limits import MAX_LINES, MAX_PRICE, MAX_QUANTITY
from nspdesk.domain.messages import QT_TRANSLATE_NOOP
from nspdesk.domain.pricing import Audience, PriceRequest, QuoteLine
from nspdesk.domain.pricing_json import AUDIENCES, VAT_MODES
from nspdesk.domain.quote_document import (
    DEFAULT_CLOSING,
    DEFAULT_SUBJECT,
    DEFAULT_UNIT,
    intro_for,
)
from nspdesk.domain.tier_check import TierChoice
from nspdesk.domain.vat import VatMode

TIER_CHOICES = frozenset(choice.value for choice in TierChoice)
VALID_DAYS = 30  # validity when the input names no valid_until (as ``nspdesk pdf quote``)

FROM_PARTNER = QT_TRANSLATE_NOOP(
    "QuoteInput",
    "kommt aus dem Partner und dem Programm; im gespeicherten Angebot nicht angeben",
)
GIVEN_ON_SAVE = QT_TRANSLATE_NOOP(
    "QuoteInput", "wird beim Speichern vergeben (Nummer) bzw. aus den Einstellungen genommen"
)
BEFORE_DATE = QT_TRANSLATE_NOOP("QuoteStore", "{until} liegt vor dem Angebotsdatum {day}")
TOO_LARGE = QT_TRANSLATE_NOOP(
    "QuoteInput", "Position {position}, {what}: zu groß, höchstens {maximum}"
)
QUANTITY = QT_TRANSLATE_NOOP("QuoteInput", "Menge")
UNIT_PRICE = QT_TRANSLATE_NOOP("QuoteInput", "Einzelpreis")
TOO_MANY_LINES = QT_TRANSLATE_NOOP(
    "QuoteInput", "ein Angebot hat höchstens {maximum} Positionen, dieses {count}"
)
PARTNER_ADDRESS = QT_TRANSLATE_NOOP(
    "QuoteInput",
    "ein Partnerangebot geht an die Adresse des Partners; hier ist nur contact erlaubt",
)


@dataclass(frozen=True)
class LineInput:
    category: str
    description: str
    quantity: Decimal
    unit_price: Decimal
    extra_discount: Decimal = ZERO
    unit: str = DEFAULT_UNIT
    article_number: str = ""
    # A line of a program price (own-use, NFR) may name its size and leave the price to the program
    # (``fixed_prices``): then ``unit_price`` is not given and is taken from the priced line.
    users: int | None = None
    price_given: bool = True


@dataclass(frozen=True)
class QuoteInput:
    """What a user edits in a quote; prices and the tier come from the partner and the program."""

    partner_id: int
    quote_date: date
    valid_until: date
    lines: tuple[LineInput, ...] = ()
    vat: VatMode = VatMode.STANDARD
    subject: str = ""
    intro: str = ""
    closing: str = ""
    contact_person: str = ""
    audience: Audience = Audience.PARTNER
    # End-customer quotes: the customer's postal address, one line each (company first). Empty: the
    # letter is addressed to the partner, as a partner quote.
    customer: str = ""
    # The decision on a recorded tier the figures do not support (None: none was asked for).
    tier_choice: TierChoice | None = None
    tier_reason: str = ""


def price_request(data: QuoteInput, tier: str, msp_level: str | None) -> PriceRequest:
    """What the pricing engine prices for ``data`` at ``tier`` (the one way from an edited quote to
    prices: the editor's live preview and the saved quote get the same)."""
    if data.valid_until < data.quote_date:
        raise InputError(
            "valid_until",
            BEFORE_DATE.format(until=data.valid_until.isoformat(), day=data.quote_date.isoformat()),
        )
    check_ranges(data.lines)
    return PriceRequest(
        tier=tier,
        date=data.quote_date,
        vat=data.vat,
        msp_level=msp_level,
        audience=data.audience,
        lines=tuple(
            QuoteLine(
                line.category,
                line.description,
                line.quantity,
                line.unit_price,
                line.extra_discount,
                users=line.users,
                price_given=line.price_given,
            )
            for line in data.lines
        ),
    )


def check_ranges(lines: tuple[LineInput, ...]) -> None:
    """Refuse a quantity, price or line count outside the accepted ranges (``limits.py``), naming
    the line's field: what the editor holds is priced and saved only within them."""
    if len(lines) > MAX_LINES:
        raise InputError("lines", TOO_MANY_LINES.format(maximum=MAX_LINES, count=len(lines)))
    for index, line in enumerate(lines):
        for name, what, value, maximum in (
            ("quantity", QUANTITY, line.quantity, MAX_QUANTITY),
            ("unit_price", UNIT_PRICE, line.unit_price, MAX_PRICE),
        ):
            if value > maximum:
                message = TOO_LARGE.format(position=index + 1, what=what, maximum=maximum)
                raise InputError(f"lines[{index}].{name}", message, line=index)


# A line of an end customer's address block that holds its VAT ID: "USt-IdNr. ATU12345678",
# "USt-IdNr.: …", "UID: …" (Austria), "VAT ID …".
_VAT_ID_LINE = re.compile(
    r"\s*(?:USt\.?[- ]?Id\.?[- ]?Nr\.?|UID(?:-Nr\.?)?|VAT[- ]?(?:ID|No\.?))\s*:?\s*(\S.*)",
    re.IGNORECASE,
)


def split_vat_id(block: str) -> tuple[str, str]:
    """An end customer's address block without its VAT ID line, and the VAT ID ("" for none)."""
    kept, vat_id = [], ""
    for line in block.splitlines():
        found = _VAT_ID_LINE.fullmatch(line)
        if found and not vat_id:
            vat_id = found.group(1).strip()
        else:
            kept.append(line)
    return "\n".join(kept), vat_id


def customer_block(address: Addressee) -> str:
    """An end customer's address as the editor holds it: one line each, company first."""
    town = f"{address.postal_code} {address.city}".strip()
    country = address.country.upper() if address.country not in {"", "Deutschland"} else ""
    lines = (address.company, address.contact, address.street, town, country)
    return "\n".join(line for line in lines if line)


def quote_input_from_json(fields: Fields, today: date) -> QuoteInput:
    """``{"partner_id", "date"?, "valid_until"?, "vat"?, "audience"?, "recipient"?, "contact_person"?,
    "subject"?, "intro"?, "closing"?, "tier_choice"?, "tier_reason"?, "lines": [...]}`` →
    ``QuoteInput``.

    The lines and letter fields are those of ``nspdesk pdf quote`` (a line may add
    ``article_number``); the tier, the MSP level, the sender, the number and the customer number come
    from the database and are refused here rather than silently ignored. An end-customer quote
    takes the customer's address from ``recipient``; a partner quote goes to the partner's address, so
    its ``recipient`` may only name the ``contact``.
    """
    for key in ("tier", "msp_level"):
        if fields.has(key):
            fields.fail(key, FROM_PARTNER)
    for key in ("number", "sender", "customer_number", "contact", "payment_terms"):
        if fields.has(key):
            fields.fail(key, GIVEN_ON_SAVE)
    partner_id = fields.integer("partner_id", minimum=1)
    quote_date = fields.day("date", default=today)
    valid_until = fields.day("valid_until", default=quote_date + timedelta(days=VALID_DAYS))
    if valid_until < quote_date:
        raise InputError(
            fields.key("valid_until"),
            BEFORE_DATE.format(until=valid_until.isoformat(), day=quote_date.isoformat()),
        )
    audience = Audience(fields.choice("audience", AUDIENCES, default=Audience.PARTNER.value))
    contact = fields.text("contact_person", default="", allow_empty=True).strip()
    customer = ""
    if fields.has("recipient"):
        recipient = fields.table("recipient")
        if audience is Audience.END_CUSTOMER:
            address = addressee_from_json(recipient)
            customer = customer_block(address)
            contact = contact or address.contact
        else:
            if recipient.names() != ["contact"]:
                fields.fail("recipient", PARTNER_ADDRESS)
            contact = contact or contact_from_json(recipient)
            recipient.finish()
    texts = {
        key: fields.text(key, default=default, allow_empty=True).strip()
        for key, default in (
            ("subject", DEFAULT_SUBJECT),
            ("intro", ""),
            ("closing", DEFAULT_CLOSING),
        )
    }
    intro = texts["intro"] or intro_for(contact)  # as the app starts a new quote
    lines = []
    for line in fields.array_of_tables("lines"):
        given = line.has("unit_price")  # an own-use or NFR line may leave it to the program
        lines.append(
            LineInput(
                category=line.text("category"),
                description=line.text("description", default="", allow_empty=True),
                quantity=line.quantity("quantity"),
                unit_price=line.price("unit_price") if given else ZERO,
                users=line.integer("users", minimum=1) if line.has("users") else None,
                price_given=given,
                extra_discount=line.percent("extra_discount", default="0"),
                unit=line.text("unit", default=DEFAULT_UNIT),
                article_number=line.text("article_number", default="", allow_empty=True).strip(),
            )
        )
        line.finish()
    vat = VatMode(fields.choice("vat", VAT_MODES, default=VatMode.STANDARD.value))
    choice = (
        TierChoice(fields.choice("tier_choice", TIER_CHOICES))
        if fields.has("tier_choice")
        else None
    )
    reason = fields.text("tier_reason", default="", allow_empty=True).strip()
    fields.finish()
    return QuoteInput(
        partner_id=partner_id,
        quote_date=quote_date,
        valid_until=valid_until,
        lines=tuple(lines),
        vat=vat,
        subject=texts["subject"] or DEFAULT_SUBJECT,
        intro=intro,
        closing=texts["closing"],
        contact_person=contact,
        audience=audience,
        customer=customer,
        tier_choice=choice,
        tier_reason=reason,
    )
