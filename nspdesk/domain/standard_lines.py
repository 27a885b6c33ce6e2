"""Quote lines the program defines itself: own-use licences and the free NFR licence.

Own-use licences (Eigenbedarfs-Lizenzen) come in fixed sizes at fixed yearly prices for every tier;
the partner picks a size and the program's price applies (no tier discount: the price is already the
partner's). The NFR licence (not for resale) is a benefit of the tier — 25, 50 or 75 users — and is
issued as a line priced at zero so that it is documented on the quote. Which category each is, is
data (``fixed_price`` in the rule file); the pricing engine holds such lines to the program's price
(``nspdesk.domain.fixed_prices``).
"""

from __future__ import annotations

from decimal import Decimal

from nspdesk.domain.decimals import ZERO
from nspdesk.domain.errors import InputError
from nspdesk.domain.fixed_prices import nfr_description, nfr_seats, own_use_description
from nspdesk.domain.messages import QT_TRANSLATE_NOOP
from nspdesk.domain.program import FixedPrice, Program, Tier
from nspdesk.domain.quote_line import QuoteLine

# Refusals the editor shows (the lines' descriptions are printed on the German quote: data).
NO_OWN_USE_SIZE = QT_TRANSLATE_NOOP(
    "StandardLines", "keine Eigenbedarfs-Lizenz für {users} Benutzer (möglich: {sizes})"
)
NO_CATEGORY = QT_TRANSLATE_NOOP(
    "StandardLines", "das Partnerprogramm {edition} hat keine Kategorie dafür"
)


def own_use_sizes(program: Program) -> tuple[int, ...]:
    return tuple(license.users for license in program.own_use_licenses)


def fixed_price_category(program: Program, kind: FixedPrice) -> str:
    """The category whose lines have the program's price of ``kind`` (refused when none has)."""
    for category in program.categories.values():
        if category.fixed_price is kind:
            return category.id
    raise InputError("category", NO_CATEGORY.format(edition=program.edition))


def own_use_line(program: Program, users: int) -> QuoteLine:
    """The yearly own-use licence for ``users`` users at the program's price."""
    for license in program.own_use_licenses:
        if license.users == users:
            return QuoteLine(
                category=fixed_price_category(program, FixedPrice.OWN_USE),
                description=own_use_description(users),
                quantity=Decimal(1),
                unit_price=license.price,
                users=users,
            )
    sizes = ", ".join(str(size) for size in own_use_sizes(program))
    raise InputError("users", NO_OWN_USE_SIZE.format(users=users, sizes=sizes))


def nfr_line(program: Program, tier: Tier) -> QuoteLine:
    """The free NFR licence of ``tier`` as a zero-priced line.

    Pass the tier the quote is priced at: an MSP partner gets the NFR seats of its level.
    """
    seats = nfr_seats(tier)
    return QuoteLine(
        category=fixed_price_category(program, FixedPrice.NFR),
        description=nfr_description(tier),
        quantity=Decimal(1),
        unit_price=ZERO,
        users=seats,
    )
