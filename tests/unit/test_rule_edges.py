"""The boundaries a mutation run of the domain found untested (issue 15, item 10).

Each test pins one edge that a changed comparison, a dropped sum or a different rounding mode would
move: a course on the reference day, the last certified technician of a Premium partner, the order
of certifications, sums of two lines in one billing period, a quote with exactly two periods,
half-up rounding in text output, and the quote statuses the domain and the store share.
"""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date, datetime, timedelta
from decimal import Decimal as D

import pytest

from nspdesk.domain import limits, quote_rules
from nspdesk.domain.billing import period_summary
from nspdesk.domain.certification import certifications_as_of, valid_through
from nspdesk.domain.compliance import (
    Backlink,
    PartnerFacts,
    RequirementResult,
    check_recorded,
    evaluate,
)
from nspdesk.domain.decimals import as_text, exact_text, parse_decimal
from nspdesk.domain.errors import InputError
from nspdesk.domain.formatting import money
from nspdesk.domain.pricing import Audience, PriceRequest, QuoteLine, price_quote
from nspdesk.domain.pricing_json import quote_to_json
from nspdesk.domain.program import Billing, Program

AS_OF = date(2026, 3, 10)


def premium_facts(program: Program, *courses: date, as_of: date = AS_OF) -> PartnerFacts:
    req = program.tier("premium").requirements
    return PartnerFacts(
        track="server",
        year=as_of.year - 1,
        as_of=as_of,
        projects=req.projects,
        revenue=req.revenue or D(0),
        sales_training=True,
        tech_training=True,
        technicians_certified_on=courses,
        backlink=Backlink.FOLLOW,
        service_agreement=True,
    )


# --- A course on the reference day ------------------------------------------------------------------
def test_a_course_completed_on_the_reference_day_counts_at_once(program: Program) -> None:
    """Brochure: "Mindestens ein zertifizierter Techniker … Teilnahme an der zweitägigen
    Administratorenschulung" — a technician certified on the evaluation day is certified that day."""
    facts = premium_facts(program, AS_OF, AS_OF)  # two technicians on the same course, today
    evaluation = evaluate(program, facts)
    assert all(c.valid for c in evaluation.certifications)
    assert evaluation.eligible_tier is not None and evaluation.eligible_tier.id == "premium"
    assert not any("zählt noch nicht" in a for a in evaluation.advice)
    tomorrow = evaluate(program, premium_facts(program, AS_OF + timedelta(days=1), AS_OF))
    assert tomorrow.eligible_tier is not None and tomorrow.eligible_tier.id == "business"
    assert any("liegt nach dem Stichtag" in a for a in tomorrow.advice)


# --- The last certified technician of a Premium partner -----------------------------------------------
def _expiring_course(program: Program, days_left: int) -> date:
    through = AS_OF + timedelta(days=days_left)
    return through.replace(year=through.year - program.certification_valid_years)


def test_premium_is_warned_when_the_expiring_course_leaves_one_of_two(program: Program) -> None:
    """Brochure (Premium): "Mindestens zwei zertifizierte Techniker". With exactly one other valid
    certification left, the expiring one costs the tier."""
    soon = _expiring_course(program, 30)
    later = _expiring_course(program, 400)
    advice = evaluate(program, premium_facts(program, soon, later)).advice
    (warning,) = [a for a in advice if "läuft" in a]
    assert "danach fehlt für Premium Partner ein zertifizierter Techniker" in warning


def test_premium_is_not_warned_while_two_others_remain(program: Program) -> None:
    soon = _expiring_course(program, 30)
    later = _expiring_course(program, 400)
    advice = evaluate(program, premium_facts(program, soon, later, later)).advice
    (warning,) = [a for a in advice if "läuft" in a]
    assert "fehlt" not in warning


def test_two_courses_expiring_together_both_warn_of_the_gap(program: Program) -> None:
    """Two technicians on the same course expire on the same day: neither outlasts the other."""
    soon = _expiring_course(program, 30)
    advice = evaluate(program, premium_facts(program, soon, soon)).advice
    warnings = [a for a in advice if "läuft" in a]
    assert len(warnings) == 2
    assert all("danach fehlt für Premium Partner" in w for w in warnings)


# --- The order of certifications ----------------------------------------------------------------------
def test_certifications_are_listed_newest_first() -> None:
    """The dashboard's what-if and the JSON list read the newest course first."""
    courses = (date(2024, 5, 1), date(2025, 9, 1), date(2023, 1, 1), date(2025, 9, 1))
    listed = certifications_as_of(courses, date(2025, 10, 1), 2)
    assert [c.completed_on for c in listed] == [
        date(2025, 9, 1),
        date(2025, 9, 1),
        date(2024, 5, 1),
        date(2023, 1, 1),
    ]
    assert [c.valid for c in listed] == [True, True, True, False]
    assert listed[-1].valid_through == valid_through(date(2023, 1, 1), 2)


# --- Billing periods ------------------------------------------------------------------------------------
def _line(category: str, price: str, quantity: str = "1") -> QuoteLine:
    return QuoteLine(category, f"Artikel {category}", D(quantity), D(price))


def _priced(program: Program, *lines: QuoteLine, audience: Audience = Audience.PARTNER):  # type: ignore[no-untyped-def]
    request = PriceRequest(tier="business", date=date(2026, 11, 25), lines=lines, audience=audience)
    return price_quote(program, request)


def test_two_lines_in_one_period_add_up_sale_purchase_and_margin(program: Program) -> None:
    quote = _priced(
        program,
        _line("server-license", "1000.00"),  # business: 25 % → purchase 750.00
        _line("server-service", "400.00"),  # no discount → purchase 400.00
        _line("cloud-service", "10.00", "20"),  # 15 % → purchase 170.00 a month
        _line("cloud-service", "5.00", "10"),  # 15 % → purchase 42.50 a month
        audience=Audience.END_CUSTOMER,
    )
    summary = period_summary(quote)
    once, monthly = summary.periods
    assert (once.net, once.purchase, once.margin) == (D("1400.00"), D("1150.00"), D("250.00"))
    assert (monthly.net, monthly.purchase, monthly.margin) == (D("250.00"), D("212.50"), D("37.50"))
    assert summary.first_year.purchase == D("1150.00") + 12 * D("212.50")
    assert summary.first_year.margin == D("250.00") + 12 * D("37.50")
    shown = json.loads(json.dumps(quote_to_json(quote, ())))
    assert [(p["period"], p["purchase"], p["margin"]) for p in shown["periods"]] == [
        ("once", "1150.00", "250.00"),
        ("monthly", "212.50", "37.50"),
    ]
    assert shown["first_year"]["margin"] == "700.00"


def test_a_quote_with_exactly_two_periods_is_mixed(program: Program) -> None:
    quote = _priced(program, _line("server-license", "100.00"), _line("server-maintenance", "50"))
    summary = period_summary(quote)
    assert [p.period for p in summary.periods] == [Billing.ONCE, Billing.YEARLY]
    assert summary.mixed and summary.recurring
    single = period_summary(_priced(program, _line("server-maintenance", "50")))
    assert not single.mixed and single.recurring


# --- Rounding in text output -----------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("amount", "text", "german"),
    [
        ("1234.565", "1234.57", "1.234,57\xa0€"),  # half-even would give 1234.56
        ("0.125", "0.13", "0,13\xa0€"),
        ("2.675", "2.68", "2,68\xa0€"),
        ("-0.005", "-0.01", "-0,01\xa0€"),
    ],
)
def test_amounts_round_half_up_in_json_and_in_german(amount: str, text: str, german: str) -> None:
    """Commercial rounding: a half cent rounds away from zero, in JSON as on paper."""
    assert as_text(D(amount)) == text
    assert money(D(amount)) == german


def test_unit_prices_keep_every_digit() -> None:
    assert exact_text(D("0.1234")) == "0.1234"
    assert exact_text(D("30")) == "30.00"


# --- Quote statuses ----------------------------------------------------------------------------------------
def test_the_domain_spells_the_quote_statuses_as_the_store_stores_them() -> None:
    """The lifecycle rules compare the store's status strings; a differing spelling would unlock an
    accepted quote. The strings are also the JSON contract of ``nspdesk quotes … --json``."""
    from nspdesk.store.quotes import Status

    domain = {
        quote_rules.DRAFT,
        quote_rules.SENT,
        quote_rules.ACCEPTED,
        quote_rules.REJECTED,
        quote_rules.EXPIRED,
    }
    assert domain == {s.value for s in Status}
    assert domain == {"draft", "sent", "accepted", "rejected", "expired"}
    assert quote_rules.is_locked(Status.ACCEPTED) and not quote_rules.is_locked(Status.SENT)
    assert quote_rules.is_frozen(Status.SENT) and not quote_rules.is_frozen(Status.DRAFT)


# --- Which input a refusal names ------------------------------------------------------------------------
NOW = datetime(2026, 11, 25, 10, 0, tzinfo=quote_rules.BUSINESS_TIME)


@pytest.mark.parametrize(
    ("status", "valid_until", "field"),
    [
        (quote_rules.SENT, date(2026, 12, 31), "status"),
        (quote_rules.ACCEPTED, date(2026, 12, 31), "status"),
        (quote_rules.DRAFT, date(2026, 11, 24), "valid_until"),
    ],
)
def test_a_refused_send_names_the_field(status: str, valid_until: date, field: str) -> None:
    with pytest.raises(InputError) as refused:
        quote_rules.check_can_send(status, valid_until, NOW)
    assert refused.value.field == field


@pytest.mark.parametrize(
    ("status", "words"),
    [
        (quote_rules.ACCEPTED, "angenommen und damit gesperrt"),
        (quote_rules.REJECTED, "abgeschlossen (rejected)"),
        (quote_rules.EXPIRED, "abgeschlossen (expired)"),
        (quote_rules.SENT, "versendet; eine Änderung erzeugt eine neue Revision"),
    ],
)
def test_a_refused_change_names_the_status(status: str, words: str) -> None:
    with pytest.raises(InputError) as refused:
        quote_rules.check_can_change(status)
    assert refused.value.field == "status"
    assert words in refused.value.message
    quote_rules.check_can_change(quote_rules.DRAFT)  # a draft changes in place


def test_expiry_needs_an_aware_moment() -> None:
    with pytest.raises(ValueError, match="time zone"):
        quote_rules.is_expired(date(2026, 1, 1), datetime(2026, 1, 2))  # noqa: DTZ001


def test_an_empty_quote_sums_to_decimal_zero(program: Program) -> None:
    summary = period_summary(_priced(program))
    assert summary.periods == ()
    first = summary.first_year
    assert first.period is Billing.ONCE  # the first year's total by convention
    assert all(isinstance(v, D) for v in (first.net, first.vat, first.gross, first.purchase))
    assert as_text(first.gross) == "0.00"


def test_the_partner_list_words_gaps_with_the_callers_wording(program: Program) -> None:
    """``check_recorded`` hands the gaps to the caller's wording (the list caches sentences)."""
    facts = replace(premium_facts(program, AS_OF, AS_OF), tier="premium", projects=1)
    asked: list[str] = []

    def wording(result: RequirementResult, _facts: PartnerFacts, _next: bool) -> list[str]:
        asked.append(result.id.value)
        return [f"fehlt: {result.id.value}"]

    check = check_recorded(program, facts, wording)
    assert asked == ["projects"]
    assert check.missing == ("fehlt: projects",)
    assert check_recorded(program, facts).missing == evaluate(program, facts).tier_missing


def test_backlink_and_agreement_results_say_what_was_required_and_found(program: Program) -> None:
    """Brochure: "Follow-Backlink auf www.nospamproxy.de" and "Abschluss einer
    Basis-Servicevereinbarung" — the evaluation shows the wanted and the found value of each."""
    facts = replace(
        premium_facts(program, AS_OF, AS_OF), backlink=Backlink.NOFOLLOW, service_agreement=False
    )
    results = {r.id.value: r for r in evaluate(program, facts).results_for("business")}
    backlink, agreement = results["backlink"], results["service_agreement"]
    assert (backlink.required, backlink.actual, backlink.met, backlink.mandatory) == (
        "follow",
        "nofollow",
        False,
        True,
    )
    assert (agreement.required, agreement.actual, agreement.met, agreement.mandatory) == (
        True,
        False,
        False,
        True,
    )
    signed = evaluate(program, replace(facts, service_agreement=True)).results_for("business")
    assert [(r.actual, r.met) for r in signed if r.id.value == "service_agreement"] == [
        (True, True)
    ]


def test_the_vendors_track_is_refused_naming_the_track(program: Program) -> None:
    facts = replace(premium_facts(program, AS_OF), track="msp")
    with pytest.raises(InputError) as refused:
        evaluate(program, facts)
    assert refused.value.field == "track"
    assert "vergibt nur die Net at Work GmbH direkt" in refused.value.message


# --- The upper limit of amounts ---------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("maximum", "field"),
    [
        (limits.MAX_REVENUE, "revenue"),
        (limits.MAX_PRICE, "lines[0].unit_price"),
        (limits.MAX_QUANTITY, "lines[0].quantity"),
    ],
)
def test_the_largest_amount_is_accepted_and_one_cent_more_refused(maximum: D, field: str) -> None:
    assert parse_decimal(str(maximum), field, maximum=maximum) == maximum
    with pytest.raises(InputError) as refused:
        parse_decimal(str(maximum + D("0.01")), field, maximum=maximum)
    assert refused.value.field == field
    assert "zu groß" in refused.value.message


def test_six_decimals_are_accepted_and_seven_refused() -> None:
    assert parse_decimal("0.000001", "lines[0].quantity") == D("0.000001")
    with pytest.raises(InputError) as refused:
        parse_decimal("0.0000001", "lines[0].quantity")
    assert refused.value.field == "lines[0].quantity"
    assert "Nachkommastellen" in refused.value.message


def test_a_positive_amount_names_its_field_when_zero() -> None:
    with pytest.raises(InputError) as refused:
        parse_decimal("0", "lines[2].quantity", allow_equal_minimum=False)
    assert refused.value.field == "lines[2].quantity"
