"""The annual review's sentences in English (the committed catalog): every movement's head, the met
requirements, the refusals of an override; German stays the domain's wording."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from nspdesk.domain.errors import InputError
from nspdesk.domain.messages import Text
from nspdesk.domain.program import Program
from nspdesk.domain.review import override, tier_label
from tests.unit.english_catalog import ENGLISH
from tests.unit.test_review import proposal


def english(text: str) -> str:
    assert isinstance(text, Text), text
    return text.render(ENGLISH)


def test_up_with_met_requirements(program: Program) -> None:
    p = proposal(program, "premium", "business")
    assert [english(r) for r in p.reasons] == [
        "Up: Business Partner → Premium Partner.",
        "Met for Premium Partner: 5 completed projects (at least 5); €50,000.00 revenue "
        "(at least €50,000.00); sales and technical training; 2 certified technicians "
        "(at least 2); follow link to www.nospamproxy.de; basic service agreement.",
    ]


def test_down_and_what_is_missing(program: Program) -> None:
    p = proposal(program, "business", "premium")
    assert english(p.reasons[0]) == "Down: Premium Partner → Business Partner."
    assert english(p.reasons[-1]).startswith("Missing for Premium Partner: ")


@pytest.mark.parametrize(
    ("reached", "tier", "head"),
    [
        (
            "authorized",
            None,
            "New: meets Authorized Partner for the first time with the figures of 2026.",
        ),
        ("authorized", "authorized", "Unchanged: Authorized Partner confirmed."),
        (None, None, "Unchanged: no tier reached yet with the figures of 2026."),
        (
            None,
            "authorized",
            "No longer meets a tier with the figures of 2026 (so far Authorized Partner).",
        ),
    ],
)
def test_heads(program: Program, reached: str | None, tier: str | None, head: str) -> None:
    assert english(proposal(program, reached, tier).reasons[0]) == head


def test_singular_counts_and_cloud_figures(program: Program) -> None:
    p = proposal(program, "authorized-cloud", None, track="cloud")
    assert english(p.reasons[1]) == (
        "Met for Authorized Cloud Partner: 1 completed project (at least 1); €175.00 MRR "
        "(at least €175.00 per month); sales and technical training; basic service agreement."
    )
    one = proposal(program, "business", None)
    assert "1 certified technician (at least 1)" in english(one.reasons[1])


@pytest.mark.parametrize(
    ("reached", "level", "head"),
    [
        (
            "premium",
            "premium",
            "Unchanged: Managed Service Partner, revenue level Premium Partner confirmed.",
        ),
        (
            "premium",
            "business",
            "Up: Managed Service Partner, revenue level Business Partner → Premium Partner.",
        ),
        (
            "business",
            "premium",
            "Down: Managed Service Partner, revenue level Premium Partner → Business Partner.",
        ),
        (
            "premium",
            None,
            "New: meets Managed Service Partner, revenue level Premium Partner for the first time "
            "with the figures of 2026.",
        ),
        (
            None,
            "premium",
            "The figures of 2026 reach no revenue level (Business Partner, Premium Partner). "
            "The Managed Service Partner status is granted by Net at Work GmbH directly; please "
            "clarify it there. Proposed: the lowest revenue level, Business Partner.",
        ),
    ],
)
def test_msp_heads(program: Program, reached: str | None, level: str | None, head: str) -> None:
    p = proposal(program, reached, "msp", track="msp", msp_level=level)
    assert english(p.reasons[0]) == head


def test_tier_labels(program: Program) -> None:
    assert tier_label(program, None, None) == "keine Stufe"
    assert english(tier_label(program, None, None)) == "no tier"
    msp = tier_label(program, "msp", "premium")
    assert msp == "Managed Service Partner (Premium Partner)"
    assert english(msp) == msp


def test_override_refusals(program: Program) -> None:
    p = proposal(program, "business", "premium")
    msp = proposal(program, "business", "msp", track="msp", msp_level="premium")
    cases: list[tuple[Callable[[], object], str]] = [
        (lambda: override(program, p, "premium", None, " "), "a different decision needs a reason"),
        (
            lambda: override(program, p, "premium-cloud", None, "x"),
            "'premium-cloud' is not a tier of track 'server' (possible: authorized, business, "
            "premium)",
        ),
        (
            lambda: override(program, p, "premium", "premium", "x"),
            "applies to Managed Service Partners only",
        ),
        (
            lambda: override(program, msp, "msp", None, "x"),
            "Managed Service Partners keep their tier; the revenue level can be chosen "
            "(business, premium)",
        ),
    ]
    for refuse, message in cases:
        with pytest.raises(InputError) as caught:
            refuse()
        assert english(caught.value.message) == message
