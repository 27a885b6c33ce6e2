"""Quote lines the program defines itself: own-use licences and the free NFR licence.

Own-use licences (Eigenbedarfs-Lizenzen) come in fixed sizes at fixed yearly prices for every tier;
the partner picks a size and the program's price applies (no tier discount: the price is already the
partner's). The NFR licence (not for resale) is a benefit of the tier — 25, 50 or 75 users — and is
issued as a line priced at zero so that it is documented on the quote.
"""

from __future__ import annotations

from decimal import Decimal

from nspdesk.domain.decimals import ZERO
from nspdesk.domain.errors import InputError
from nspdesk.domain.messages import QT_TRANSLATE_NOOP
from nspdesk.domain.pricing import QuoteLine
from nspdesk.domain.program import Program, Tier

OWN_USE_CATEGORY = "own-use-license"
NFR_CATEGORY = "other"

# Refusals the editor shows (the lines' descriptions are printed on the German quote: data).
NO_OWN_USE_SIZE = QT_TRANSLATE_NOOP(
    "StandardLines", "keine Eigenbedarfs-Lizenz für {users} Benutzer (möglich: {sizes})"
)
NO_NFR = QT_TRANSLATE_NOOP("StandardLines", "{tier} erhält keine kostenfreie NFR-Lizenz")


def own_use_sizes(program: Program) -> tuple[int, ...]:
    return tuple(license.users for license in program.own_use_licenses)


def own_use_line(program: Program, users: int) -> QuoteLine:
    """The yearly own-use licence for ``users`` users at the program's price."""
    for license in program.own_use_licenses:
        if license.users == users:
            return QuoteLine(
                category=OWN_USE_CATEGORY,
                description=f"NoSpamProxy Eigenbedarfs-Lizenz für {users} Benutzer (jährlich)",
                quantity=Decimal(1),
                unit_price=license.price,
            )
    sizes = ", ".join(str(size) for size in own_use_sizes(program))
    raise InputError("users", NO_OWN_USE_SIZE.format(users=users, sizes=sizes))


def nfr_line(tier: Tier) -> QuoteLine:
    """The free NFR licence of ``tier`` as a zero-priced line.

    Pass the tier the quote is priced at: an MSP partner gets the NFR seats of its level.
    """
    seats = tier.benefits.nfr_users
    if not seats:
        raise InputError("tier", NO_NFR.format(tier=tier.name))
    return QuoteLine(
        category=NFR_CATEGORY,
        description=f"NFR-Lizenz (nicht zum Weiterverkauf) für {seats} Benutzer, "
        f"kostenfrei als Vorteil {tier.name}",
        quantity=Decimal(1),
        unit_price=ZERO,
    )
