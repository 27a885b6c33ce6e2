"""Expiry at the end of the validity day, locking, sending; the recorded tier against the figures;
the diff between two versions of a quote's lines."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime
from decimal import Decimal as D
from zoneinfo import ZoneInfo

import pytest

from nspdesk.domain import quote_rules as rules
from nspdesk.domain.compliance import Backlink, PartnerFacts, evaluate
from nspdesk.domain.errors import InputError
from nspdesk.domain.program import Program
from nspdesk.domain.revision_diff import Change, DiffLine, diff_lines
from nspdesk.domain.tier_check import TierChoice, check_tier, decide

VALID_UNTIL = date(2026, 11, 30)
BERLIN = ZoneInfo("Europe/Berlin")


# --- Expiry and locking -----------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("now", "expired"),
    [
        (datetime(2026, 11, 30, 0, 0, tzinfo=BERLIN), False),
        (datetime(2026, 11, 30, 23, 59, 59, 999999, tzinfo=BERLIN), False),
        (datetime(2026, 12, 1, 0, 0, tzinfo=BERLIN), True),
        (datetime(2026, 12, 1, 0, 0, 1, tzinfo=BERLIN), True),
        (datetime(2026, 11, 29, 12, 0, tzinfo=BERLIN), False),
    ],
)
def test_quote_expires_at_the_end_of_its_validity_day(now: datetime, expired: bool) -> None:
    assert rules.is_expired(VALID_UNTIL, now) is expired


def test_expiry_follows_german_time_not_the_laptop_clock() -> None:
    assert not rules.is_expired(VALID_UNTIL, datetime(2026, 11, 30, 22, 59, tzinfo=UTC))
    assert rules.is_expired(VALID_UNTIL, datetime(2026, 11, 30, 23, 0, tzinfo=UTC))  # 00:00 CET
    with pytest.raises(ValueError, match="time zone"):
        rules.is_expired(VALID_UNTIL, datetime(2026, 12, 1, tzinfo=UTC).replace(tzinfo=None))


def test_expiry_moment_is_midnight_after_the_validity_day_across_a_year_end() -> None:
    assert rules.expires_at(date(2026, 12, 31)) == datetime(2027, 1, 1, 0, 0, tzinfo=BERLIN)


@pytest.mark.parametrize(
    ("status", "through"),
    [
        (rules.SENT, VALID_UNTIL),
        (rules.DRAFT, date.max),
        (rules.ACCEPTED, date.max),
        (rules.REJECTED, date.max),
        (rules.EXPIRED, date.max),
    ],
)
def test_only_a_sent_revision_is_changed_by_a_later_days_expiry_check(
    status: str, through: date
) -> None:
    assert rules.unchanged_through(status, VALID_UNTIL) == through


def test_an_expired_draft_cannot_be_sent_until_it_gets_a_new_validity_date() -> None:
    rules.check_can_send(rules.DRAFT, VALID_UNTIL, datetime(2026, 11, 30, 23, 59, tzinfo=BERLIN))
    with pytest.raises(InputError) as error:
        rules.check_can_send(rules.DRAFT, VALID_UNTIL, datetime(2026, 12, 1, 0, 0, tzinfo=BERLIN))
    assert error.value.field == "valid_until"
    assert "30.11.2026" in str(error.value)
    rules.check_can_send(
        rules.DRAFT, date(2026, 12, 15), datetime(2026, 12, 1, 0, 0, tzinfo=BERLIN)
    )


def test_only_a_draft_can_be_sent() -> None:
    with pytest.raises(InputError, match="nur ein Entwurf"):
        rules.check_can_send(rules.SENT, VALID_UNTIL, datetime(2026, 11, 1, tzinfo=BERLIN))


@pytest.mark.parametrize(
    ("status", "locked", "frozen", "message"),
    [
        (rules.DRAFT, False, False, None),
        (rules.SENT, False, True, "neue Revision"),
        (rules.ACCEPTED, True, True, "angenommen"),
        (rules.REJECTED, True, True, "abgeschlossen"),
        (rules.EXPIRED, True, True, "abgeschlossen"),
    ],
)
def test_accepted_quotes_are_locked_and_sent_revisions_frozen(
    status: str, locked: bool, frozen: bool, message: str | None
) -> None:
    assert rules.is_locked(status) is locked
    assert rules.is_frozen(status) is frozen
    if message is None:
        rules.check_can_change(status)
    else:
        with pytest.raises(InputError, match=message):
            rules.check_can_change(status)


# --- The recorded tier against the figures ----------------------------------------------------------
def premium_facts(**changes: object) -> PartnerFacts:
    facts = PartnerFacts(
        track="server",
        year=2026,
        as_of=date(2026, 11, 25),
        projects=5,
        revenue=D("50000"),
        sales_training=True,
        tech_training=True,
        technicians_certified_on=(date(2025, 3, 1), date(2025, 4, 1)),
        backlink=Backlink.FOLLOW,
        service_agreement=True,
        tier="premium",
    )
    return replace(facts, **changes)  # type: ignore[arg-type]


def test_recorded_tier_that_holds_needs_no_decision(program: Program) -> None:
    check = check_tier(evaluate(program, premium_facts()))
    assert check is not None and check.holds and check.warning() == ""
    decision = decide("premium", check, None)
    assert decision.tier == "premium" and decision.choice is None


def test_premium_with_one_certified_technician_warns_and_names_what_is_missing(
    program: Program,
) -> None:
    facts = premium_facts(technicians_certified_on=(date(2025, 3, 1),))
    check = check_tier(evaluate(program, facts))
    assert check is not None and not check.holds
    assert check.supported is not None and check.supported.id == "business"
    warning = check.warning()
    assert "Premium Partner" in warning and "Business Partner" in warning
    assert "zertifizierte" in warning.lower() or "Techniker" in warning
    with pytest.raises(InputError) as no_choice:
        decide("premium", check, None)
    assert no_choice.value.field == "tier_choice"
    with pytest.raises(InputError) as no_reason:
        decide("premium", check, TierChoice.RECORDED, "   ")
    assert no_reason.value.field == "tier_reason"
    kept = decide("premium", check, TierChoice.RECORDED, " Schulung ist gebucht ")
    assert (kept.tier, kept.choice, kept.reason) == (
        "premium",
        TierChoice.RECORDED,
        "Schulung ist gebucht",
    )
    lowered = decide("premium", check, TierChoice.SUPPORTED)
    assert (lowered.tier, lowered.choice) == ("business", TierChoice.SUPPORTED)


def test_lapsed_follow_backlink_is_named(program: Program) -> None:
    check = check_tier(evaluate(program, premium_facts(backlink=Backlink.NOFOLLOW)))
    assert check is not None and not check.holds
    assert any("Link" in sentence or "link" in sentence for sentence in check.missing)


def test_figures_supporting_no_tier_cannot_price_at_the_supported_tier(program: Program) -> None:
    facts = premium_facts(projects=0, revenue=D(0), service_agreement=False)
    check = check_tier(evaluate(program, facts))
    assert check is not None and check.supported is None
    assert "keine Partnerstufe" in check.warning()
    with pytest.raises(InputError, match="keine Partnerstufe"):
        decide("premium", check, TierChoice.SUPPORTED)


def test_unrecorded_partners_have_no_tier_check_and_msp_keeps_its_level(program: Program) -> None:
    assert check_tier(evaluate(program, premium_facts(tier=None))) is None
    assert decide("msp", None, None).tier == "msp"


# --- Diff ------------------------------------------------------------------------------------------
def dl(number: str, quantity: str, net: str, description: str = "", price: str = "100") -> DiffLine:
    return DiffLine(number, description or number, D(quantity), D(price), D(20), D(0), D(net))


def test_diff_names_added_removed_and_changed_lines_and_the_total_delta() -> None:
    old = [dl("NSP-1", "1", "80.00"), dl("NSP-2", "2", "160.00"), dl("", "1", "50.00", "Schulung")]
    new = [dl("NSP-1", "3", "240.00"), dl("", "1", "50.00", "schulung "), dl("NSP-3", "1", "10.00")]
    diff = diff_lines(old, new)
    assert [(c.change, c.line.key) for c in diff.changes] == [
        (Change.CHANGED, "NSP-1"),
        (Change.CHANGED, "text:schulung"),  # only the description's spelling changed
        (Change.ADDED, "NSP-3"),
        (Change.REMOVED, "NSP-2"),
    ]
    changed = diff.of(Change.CHANGED)[0]
    assert changed.fields == ("quantity", "net") and changed.net_delta == D("160.00")
    assert diff.of(Change.ADDED)[0].net_delta == D("10.00")
    assert diff.of(Change.REMOVED)[0].net_delta == D("-160.00")
    assert diff.old_net == D("290.00") and diff.new_net == D("300.00")
    assert diff.net_delta == D("10.00") and not diff.unchanged


def test_identical_versions_have_no_diff_and_repeated_articles_match_in_order() -> None:
    lines = [dl("NSP-1", "1", "80.00"), dl("NSP-1", "2", "160.00")]
    assert diff_lines(lines, list(lines)).unchanged
    swapped = diff_lines(lines, [dl("NSP-1", "1", "80.00")])
    assert [(c.change, c.old) for c in swapped.changes] == [(Change.REMOVED, lines[1])]
