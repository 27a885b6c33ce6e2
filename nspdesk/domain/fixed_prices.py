"""Lines whose price the program sets: own-use licences and the free NFR licence.

"Zusätzliche Lizenzen für den Eigenbedarf können wie folgt erworben werden: eine
Eigenbedarfs-Lizenz (10 User) für 99,- EUR p.a" (… 25 User 249,-, 50 User 479,-, 100 User 949,-):
fixed sizes at fixed yearly prices for every tier, no tier discount and no extra discount. "Als
Authorized Partner … erhalten Sie eine kostenlose NFR-Lizenz über 25 User": one free licence with
the seats of the tier's benefit. A category says which it is (``fixed_price`` in the rule file).

A line names its size (``users``) or its price; a stored line of the app keeps only its price, and
since no two sizes share a price (the rule file checks it) the price names the size. A price or a
size that is not the program's is refused naming the field, never silently replaced.
"""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

from nspdesk.domain.decimals import ZERO
from nspdesk.domain.errors import InputError
from nspdesk.domain.messages import QT_TRANSLATE_NOOP, Listing, Money
from nspdesk.domain.program import Category, FixedPrice, Program, Tier
from nspdesk.domain.quote_line import QuoteLine

NO_EXTRA_DISCOUNT = QT_TRANSLATE_NOOP(
    "FixedPrices",
    "{category} hat einen festen Preis des Partnerprogramms ohne Zusatzrabatt (Position {position})",
)
NOT_THE_PRICE = QT_TRANSLATE_NOOP(
    "FixedPrices",
    "{category} für {users} Benutzer kostet {price} laut Partnerprogramm, nicht {given} "
    "(Position {position})",
)
NO_SIZE_AT_PRICE = QT_TRANSLATE_NOOP(
    "FixedPrices",
    "keine Eigenbedarfs-Lizenz kostet {given} (Position {position}; möglich: {sizes})",
)
NO_SIZE = QT_TRANSLATE_NOOP(
    "FixedPrices",
    "keine Eigenbedarfs-Lizenz für {users} Benutzer (Position {position}; möglich: {sizes})",
)
SIZE_MISSING = QT_TRANSLATE_NOOP(
    "FixedPrices",
    "Benutzerzahl der Eigenbedarfs-Lizenz fehlt (Position {position}; möglich: {sizes})",
)
SIZE_AT_PRICE = QT_TRANSLATE_NOOP("FixedPrices", "{users} Benutzer {price}")
NO_NFR = QT_TRANSLATE_NOOP("StandardLines", "{tier} erhält keine kostenfreie NFR-Lizenz")
NFR_SEATS = QT_TRANSLATE_NOOP(
    "FixedPrices",
    "die kostenfreie NFR-Lizenz {tier} umfasst {seats} Benutzer, nicht {users} (Position {position})",
)
ONE_NFR = QT_TRANSLATE_NOOP(
    "FixedPrices", "{tier} erhält eine kostenfreie NFR-Lizenz: Menge 1 (Position {position})"
)

# The lines' descriptions are printed on the German quote: data, not UI text.
OWN_USE_DESCRIPTION = "NoSpamProxy Eigenbedarfs-Lizenz für {users} Benutzer (jährlich)"
NFR_DESCRIPTION = (
    "NFR-Lizenz (nicht zum Weiterverkauf) für {seats} Benutzer, kostenfrei als Vorteil {tier}"
)


def own_use_description(users: int) -> str:
    return OWN_USE_DESCRIPTION.format(users=users)


def nfr_description(tier: Tier) -> str:
    return NFR_DESCRIPTION.format(seats=tier.benefits.nfr_users, tier=tier.name)


def nfr_seats(tier: Tier, field: str = "tier", index: int | None = None) -> int:
    """The seats of ``tier``'s free NFR licence (refused, naming ``field``, when it has none)."""
    seats = tier.benefits.nfr_users
    if not seats:
        raise InputError(field, NO_NFR.format(tier=tier.name), line=index)
    return seats


def fixed_line(
    program: Program, category: Category, priced_as: Tier, index: int, line: QuoteLine
) -> QuoteLine:
    """``line`` at the program's price and size (``category.fixed_price`` is set), with the
    standard description when it has none; ``InputError`` naming the field that disagrees."""
    field = f"lines[{index}]"
    position = index + 1
    if line.extra_discount:
        raise InputError(
            f"{field}.extra_discount",
            NO_EXTRA_DISCOUNT.format(category=category.name, position=position),
            line=index,
        )
    if category.fixed_price is FixedPrice.OWN_USE:
        users, price = _own_use(program, index, line)
        description = own_use_description(users)
    else:
        users, price = _nfr(priced_as, index, line), ZERO
        description = nfr_description(priced_as)
    if line.price_given and line.unit_price != price:
        raise InputError(
            f"{field}.unit_price",
            NOT_THE_PRICE.format(
                category=category.name,
                users=users,
                price=Money(price),
                given=Money(line.unit_price),
                position=position,
            ),
            line=index,
        )
    return replace(
        line,
        unit_price=price,
        users=users,
        price_given=True,
        description=line.description or description,
    )


def _own_use(program: Program, index: int, line: QuoteLine) -> tuple[int, Decimal]:
    field = f"lines[{index}]"
    licenses = program.own_use_licenses
    sizes = Listing(
        (SIZE_AT_PRICE.format(users=lic.users, price=Money(lic.price)) for lic in licenses), ", "
    )
    if line.users is not None:
        for license in licenses:
            if license.users == line.users:
                return license.users, license.price
        raise InputError(
            f"{field}.users",
            NO_SIZE.format(users=line.users, position=index + 1, sizes=sizes),
            line=index,
        )
    if not line.price_given:
        raise InputError(
            f"{field}.users", SIZE_MISSING.format(position=index + 1, sizes=sizes), line=index
        )
    for license in licenses:
        if license.price == line.unit_price:
            return license.users, license.price
    raise InputError(
        f"{field}.unit_price",
        NO_SIZE_AT_PRICE.format(given=Money(line.unit_price), position=index + 1, sizes=sizes),
        line=index,
    )


def _nfr(priced_as: Tier, index: int, line: QuoteLine) -> int:
    field = f"lines[{index}]"
    seats = nfr_seats(priced_as, f"{field}.category", index)
    if line.users is not None and line.users != seats:
        raise InputError(
            f"{field}.users",
            NFR_SEATS.format(
                tier=priced_as.name, seats=seats, users=line.users, position=index + 1
            ),
            line=index,
        )
    if line.quantity != 1:
        raise InputError(
            f"{field}.quantity",
            ONE_NFR.format(tier=priced_as.name, position=index + 1),
            line=index,
        )
    return seats
