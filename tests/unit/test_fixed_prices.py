"""Lines whose price the program sets (own-use and NFR licences) and the maintenance warning.

The brochure: "Zusätzliche Lizenzen für den Eigenbedarf können wie folgt erworben werden: eine
Eigenbedarfs-Lizenz (10 User) für 99,- EUR p.a, … (25 User) für 249,- EUR p.a, … (50 User) für
479,- EUR p.a, … (100 User) für 949,- EUR p.a"; "Als Authorized Partner/Authorized Cloud Partner
erhalten Sie eine kostenlose NFR-Lizenz über 25 User" (Business 50, Premium 75); and
"NoSpamProxy-Server-Module müssen immer mit einem Software-Wartungsvertrag erworben werden."
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal as D

import pytest

from nspdesk.domain.errors import InputError
from nspdesk.domain.fields import Fields
from nspdesk.domain.json_input import parse_json
from nspdesk.domain.pricing import Audience, PriceRequest, QuoteLine, line_refusals, price_quote
from nspdesk.domain.pricing_json import quote_to_json, request_from_json
from nspdesk.domain.program import FixedPrice, Program
from nspdesk.domain.quote_checks import (
    missing_maintenance,
    quote_warnings,
    tier_not_covered,
)
from nspdesk.domain.standard_lines import fixed_price_category, nfr_line, own_use_line
from nspdesk.domain.tier_check import TierCheck

DAY = date(2026, 11, 25)
OWN_USE = {10: "99.00", 25: "249.00", 50: "479.00", 100: "949.00"}


def own_use(
    users: int | None = None,
    price: str | None = None,
    quantity: str = "1",
    extra: str = "0",
    description: str = "",
) -> QuoteLine:
    return QuoteLine(
        "own-use-license",
        description,
        D(quantity),
        D(price) if price is not None else D(0),
        D(extra),
        users=users,
        price_given=price is not None,
    )


def nfr(users: int | None = None, price: str | None = None, quantity: str = "1") -> QuoteLine:
    return QuoteLine(
        "nfr-license",
        "",
        D(quantity),
        D(price) if price is not None else D(0),
        users=users,
        price_given=price is not None,
    )


def price(program: Program, tier: str, *lines: QuoteLine, **options: object):  # type: ignore[no-untyped-def]
    return price_quote(program, PriceRequest(tier=tier, date=DAY, lines=lines, **options))  # type: ignore[arg-type]


def refused(program: Program, tier: str, *lines: QuoteLine, **options: object) -> InputError:
    with pytest.raises(InputError) as caught:
        price(program, tier, *lines, **options)
    return caught.value


# --- Own-use licences ------------------------------------------------------------------------------
@pytest.mark.parametrize("tier", ["authorized", "premium", "business-cloud", "msp"])
@pytest.mark.parametrize(("users", "amount"), OWN_USE.items())
def test_own_use_licence_by_size_costs_the_program_price_in_every_tier(
    program: Program, tier: str, users: int, amount: str
) -> None:
    """ "eine Eigenbedarfs-Lizenz (25 User) für 249,- EUR p.a": no tier discount, for every tier."""
    options = {"msp_level": "premium"} if tier == "msp" else {}
    quote = price(program, tier, own_use(users), **options)
    (line,) = quote.lines
    assert line.line.unit_price == D(amount) and line.line.users == users
    assert line.discount_percent == 0 and line.net == D(amount)
    assert (
        line.line.description == f"NoSpamProxy Eigenbedarfs-Lizenz für {users} Benutzer (jährlich)"
    )


def test_own_use_licence_named_by_its_price_keeps_pricing_as_stored(program: Program) -> None:
    """A line the app stored has no size, only the program's price: it prices as before."""
    quote = price(program, "business", own_use(price="249.00", quantity="2", description="Lizenz"))
    (line,) = quote.lines
    assert (line.line.users, line.net, line.line.description) == (25, D("498.00"), "Lizenz")
    assert price(program, "premium", own_use(25, "249.00")).totals.net == D("249.00")


def test_own_use_licence_on_an_end_customer_quote_has_no_margin(program: Program) -> None:
    quote = price(program, "premium", own_use(50), audience=Audience.END_CUSTOMER)
    assert quote.lines[0].net == quote.lines[0].purchase == D("479.00")


def test_own_use_price_other_than_the_programs_is_refused_naming_unit_price(
    program: Program,
) -> None:
    """ "… (25 User) für 249,- EUR p.a": a size at another price is refused, never replaced."""
    error = refused(program, "business", own_use(25, "199.00"))
    assert error.field == "lines[0].unit_price" and error.line == 0
    assert str(error.message).replace("\xa0", " ") == (
        "Eigenbedarfs-Lizenz für 25 Benutzer kostet 249,00 € laut Partnerprogramm, nicht "
        "199,00 € (Position 1)"
    )
    no_size = refused(program, "business", own_use(price="250.00"))
    assert no_size.field == "lines[0].unit_price"
    assert "keine Eigenbedarfs-Lizenz kostet 250,00" in no_size.message.replace("\xa0", " ")
    assert "10 Benutzer 99,00" in no_size.message.replace("\xa0", " ")


def test_own_use_size_not_in_the_program_or_missing_is_refused_naming_users(
    program: Program,
) -> None:
    unknown = refused(program, "business", own_use(30))
    assert unknown.field == "lines[0].users"
    assert "für 30 Benutzer (Position 1; möglich: 10 Benutzer 99,00" in unknown.message.replace(
        "\xa0", " "
    )
    missing = refused(program, "business", own_use())
    assert missing.field == "lines[0].users"
    assert missing.message.startswith("Benutzerzahl der Eigenbedarfs-Lizenz fehlt (Position 1")


@pytest.mark.parametrize("audience", list(Audience))
def test_own_use_licence_takes_no_extra_discount(program: Program, audience: Audience) -> None:
    """No extra discount on a fixed price, on either audience's quote."""
    error = refused(program, "premium", own_use(10, extra="5"), audience=audience)
    assert error.field == "lines[0].extra_discount"
    assert error.message == (
        "Eigenbedarfs-Lizenz hat einen festen Preis des Partnerprogramms ohne Zusatzrabatt "
        "(Position 1)"
    )


def test_line_refusals_mark_each_fixed_price_line(program: Program) -> None:
    request = PriceRequest(
        tier="business", date=DAY, lines=(own_use(10), own_use(10, "98.00"), nfr(quantity="2"))
    )
    refusals = line_refusals(program, request)
    assert {i: e.field for i, e in refusals.items()} == {
        1: "lines[1].unit_price",
        2: "lines[2].quantity",
    }


def test_own_use_line_of_the_editor_names_its_size(program: Program) -> None:
    line = own_use_line(program, 100)
    assert (line.category, line.users, line.unit_price) == ("own-use-license", 100, D("949.00"))


# --- The NFR licence -----------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("tier", "seats"),
    [("authorized", 25), ("authorized-cloud", 25), ("business", 50), ("premium-cloud", 75)],
)
def test_nfr_licence_is_free_with_the_seats_of_the_tier(
    program: Program, tier: str, seats: int
) -> None:
    """ "erhalten Sie eine kostenlose NFR-Lizenz über 25 User" (50 Business, 75 Premium)."""
    (line,) = price(program, tier, nfr()).lines
    assert (line.line.users, line.line.unit_price, line.net) == (seats, 0, 0)
    assert f"für {seats} Benutzer, kostenfrei" in line.line.description
    assert price(program, tier, nfr(seats, "0")).totals.gross == 0
    made = nfr_line(program, program.tier(tier))
    assert (made.category, made.users) == ("nfr-license", seats)
    assert price(program, tier, made).lines[0].line.description == made.description


def test_msp_partner_gets_the_nfr_seats_of_its_level(program: Program) -> None:
    quote = price(program, "msp", nfr(), msp_level="premium")
    assert quote.lines[0].line.users == 75


def test_nfr_licence_other_seats_price_or_quantity_is_refused(program: Program) -> None:
    seats = refused(program, "business", nfr(75))
    assert seats.field == "lines[0].users"
    assert seats.message == (
        "die kostenfreie NFR-Lizenz Business Partner umfasst 50 Benutzer, nicht 75 (Position 1)"
    )
    assert refused(program, "business", nfr(price="10.00")).field == "lines[0].unit_price"
    two = refused(program, "business", nfr(quantity="2"))
    assert two.field == "lines[0].quantity"
    assert (
        two.message == "Business Partner erhält eine kostenfreie NFR-Lizenz: Menge 1 (Position 1)"
    )


def test_a_tier_without_nfr_seats_gets_no_nfr_line(program: Program) -> None:
    no_seats = replace(
        program.tier("business"), benefits=replace(program.tier("business").benefits, nfr_users=0)
    )
    edition = replace(program, tiers={**program.tiers, "business": no_seats})
    error = refused(edition, "business", nfr())
    assert (error.field, error.line) == ("lines[0].category", 0)
    assert error.message == "Business Partner erhält keine kostenfreie NFR-Lizenz"


def test_an_edition_without_the_category_cannot_make_the_line(program: Program) -> None:
    categories = {k: v for k, v in program.categories.items() if v.fixed_price is None}
    edition = replace(program, categories=categories)
    assert fixed_price_category(program, FixedPrice.NFR) == "nfr-license"
    with pytest.raises(InputError) as caught:
        fixed_price_category(edition, FixedPrice.OWN_USE)
    assert caught.value.message == "das Partnerprogramm 2024 hat keine Kategorie dafür"


def test_a_line_of_another_category_must_name_its_price(program: Program) -> None:
    line = QuoteLine("server-license", "Protection", D(1), D(0), price_given=False)
    error = refused(program, "business", line)
    assert (error.field, error.message) == ("lines[0].unit_price", "Einzelpreis fehlt (Position 1)")


# --- Maintenance ---------------------------------------------------------------------------------
def server(category: str = "server-license", quantity: str = "50") -> QuoteLine:
    return QuoteLine(category, f"Artikel {category}", D(quantity), D("30.00"))


def test_server_licences_without_maintenance_are_warned_naming_their_lines(
    program: Program,
) -> None:
    """ "NoSpamProxy-Server-Module müssen immer mit einem Software-Wartungsvertrag erworben
    werden": a quote with server licences and no maintenance line gets ``maintenance-missing``."""
    quote = price(program, "business", server(), server("server-service"), server())
    assert missing_maintenance(quote) == {"server-maintenance": (1, 3)}
    (warning,) = quote_warnings(quote)
    assert (warning.code, warning.lines) == ("maintenance-missing", (1, 3))
    assert warning.message.startswith(
        "Positionen 1, 3 (NoSpamProxy Server – Neulizenzen) ohne Position „NoSpamProxy Server – "
        "Softwarewartung“: NoSpamProxy-Server-Module"
    )
    one = quote_warnings(price(program, "business", server()))[0]
    assert one.message.startswith("Position 1 (NoSpamProxy Server – Neulizenzen) ohne")


def test_a_maintenance_line_answers_the_warning(program: Program) -> None:
    quote = price(program, "business", server(), server("server-maintenance"))
    assert missing_maintenance(quote) == {} and quote_warnings(quote) == ()
    services_only = price(program, "business", server("server-service"), own_use(10), nfr())
    assert quote_warnings(services_only) == ()


def test_tier_not_covered_while_undecided(program: Program) -> None:
    failing = TierCheck(program.tier("business"), program.tier("authorized"), ("1 Projekt",))
    warning = tier_not_covered(failing, decided=False)
    assert warning is not None and warning.code == "tier-not-covered" and warning.lines == ()
    assert warning.message == failing.warning()
    assert tier_not_covered(failing, decided=True) is None
    assert tier_not_covered(None, decided=False) is None
    holding = TierCheck(program.tier("business"), program.tier("business"), ())
    assert tier_not_covered(holding, decided=False) is None


# --- The JSON contract of ``nspdesk price`` ------------------------------------------------------
def request_of(text: str) -> PriceRequest:
    fields = parse_json(text, "input.json")
    assert isinstance(fields, Fields)
    return request_from_json(fields, DAY)


def test_json_own_use_line_by_size_without_unit_price(program: Program) -> None:
    request = request_of(
        '{"tier": "business", "lines": [{"category": "own-use-license", "users": 25, '
        '"quantity": "1"}, {"category": "nfr-license", "quantity": "1"}, '
        '{"category": "server-license", "quantity": "5", "unit_price": "30.00"}]}'
    )
    first, second, third = request.lines
    assert (first.users, first.price_given, second.users, third.price_given) == (
        25,
        False,
        None,
        True,
    )
    quote = price_quote(program, request)
    out = quote_to_json(quote, quote_warnings(quote))
    entries = out["lines"]
    assert isinstance(entries, list)
    own, free, licence = entries
    assert own["unit_price"] == "249.00" and own["users"] == 25 and own["net"] == "249.00"
    assert own["discount_percent"] == "0" and own["extra_discount"] == "0"
    assert free["users"] == 50 and free["net"] == "0.00"
    assert "users" not in licence
    assert out["warnings"] == [
        {
            "code": "maintenance-missing",
            "message": str(quote_warnings(quote)[0].message),
            "lines": [3],
        }
    ]


def test_json_warnings_are_always_present(program: Program) -> None:
    quote = price_quote(program, request_of('{"tier": "business", "lines": []}'))
    assert quote_to_json(quote, ())["warnings"] == []
