"""Checks of the sender's letterhead data: company name, IBAN and BIC, § 35a GmbHG advice."""

from __future__ import annotations

from dataclasses import replace

import pytest

from nspdesk.domain.letterhead import demo_sender
from nspdesk.domain.letterhead_checks import (
    bic_problem,
    compact_iban,
    format_iban,
    iban_problem,
    missing_company_details,
    sender_problems,
)

VALID_DE = "DE89 3704 0044 0532 0130 00"


@pytest.mark.parametrize(
    "iban",
    [
        VALID_DE,
        "de89370400440532013000",
        "AT61 1904 3002 3457 3201",
        "CH93 0076 2011 6238 5295 7",
        "GB29 NWBK 6016 1331 9268 19",
        "MT84 MALT 0110 0001 2345 MTLC AST0 01S",  # a country without a listed length
        "",
        "   ",
    ],
)
def test_valid_or_empty_ibans(iban: str) -> None:
    assert iban_problem(iban) is None


@pytest.mark.parametrize(
    ("iban", "words"),
    [
        ("3704 0044 0532 0130 00", "Ländercode"),
        ("DE89 3704-0044", "Ländercode"),
        ("DE89 3704 0044 0532 0130 0", "22 Stellen, diese hat 21"),
        ("DE89 3704 0044 0532 0130 01", "Prüfziffern"),
        ("DE00 0000 0000 0000 0000 00", "Prüfziffern"),
    ],
)
def test_invalid_ibans(iban: str, words: str) -> None:
    problem = iban_problem(iban)
    assert problem is not None and words in problem


def test_iban_forms() -> None:
    assert compact_iban(" de89 3704\t0044 ") == "DE8937040044"
    assert format_iban("de89370400440532013000") == VALID_DE


@pytest.mark.parametrize("bic", ["COBADEFFXXX", "cobadeff", "", "MARK DEF1 370"])
def test_valid_bics(bic: str) -> None:
    assert bic_problem(bic) is None


@pytest.mark.parametrize("bic", ["COBADE", "1OBADEFF", "COBADEFFXX"])
def test_invalid_bics(bic: str) -> None:
    assert "8 oder 11 Zeichen" in (bic_problem(bic) or "")


def test_sender_problems() -> None:
    good = replace(demo_sender(), iban=VALID_DE)
    assert sender_problems(good) == []
    bad = replace(good, company="  ", iban="DE00 1234", bic="XX")
    assert [field for field, _ in sender_problems(bad)] == ["company", "iban", "bic"]
    assert "Firmenname" in sender_problems(bad)[0][1]


def test_missing_company_details() -> None:
    assert missing_company_details(demo_sender()) == []
    bare = replace(
        demo_sender(), legal_form="", register_court="", register_number="", managing_directors=()
    )
    assert missing_company_details(bare) == [
        "Rechtsform",
        "Registergericht",
        "Registernummer",
        "Geschäftsführung",
    ]
