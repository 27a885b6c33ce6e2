"""Fuzzing the shapes of issue #18 that once ended in a traceback: huge digit counts and exponents
(as JSON numbers and as text), deep nesting, long values and quotes at the edge of the accepted
ranges. Every input ends in a result or in one short line naming the field (exit 2), within bounded
time; hypothesis, bounded in examples (``NSPDESK_FUZZ_SCALE=20`` for a deeper run by hand).
"""

from __future__ import annotations

import csv
import io
import json
import os
import re
import sys
import unicodedata
from decimal import Decimal

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from nspdesk.cli import main
from nspdesk.domain import limits
from nspdesk.domain.decimals import parse_decimal
from nspdesk.domain.errors import InputError
from nspdesk.domain.limits import excerpt, shorten
from nspdesk.store.transfer.values import neutralise, restore

SCALE = int(os.environ.get("NSPDESK_FUZZ_SCALE", "1"))
MAX_ERROR_LINE = 600  # "nspdesk price: " + a field path + a message with a 60-character excerpt


def settings_for(examples: int) -> settings:
    return settings(
        max_examples=examples * SCALE,
        deadline=None,
        suppress_health_check=[
            HealthCheck.function_scoped_fixture,
            HealthCheck.too_slow,
            HealthCheck.data_too_large,
            HealthCheck.large_base_example,
        ],
    )


def run(
    argv: list[str],
    raw: str,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> tuple[int, str, str]:
    data = raw.encode("utf-8", "surrogatepass")
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
    code = main(argv)
    out, err = capsys.readouterr()
    return code, out, err


def assert_clean(code: int, out: str, err: str, field: str | None = None) -> None:
    """A result, or exit 2 with one short line (naming ``field`` when the input's only doubtful
    value is there)."""
    assert "Traceback" not in err
    if code == 0:
        assert err == ""
        event("accepted")
        return
    assert code == 2, err
    assert out == ""
    assert err.count("\n") == 1 and err.startswith("nspdesk "), err[:300]
    assert len(err) <= MAX_ERROR_LINE, err[:300]
    if field is not None:
        assert f": {field}: " in err, err
    event("refused")


# --- numbers: digit counts, exponents, fractions -------------------------------------------------

mantissas = st.sampled_from(["1", "9.99", "-1", "0.5", "0", "123456789012345678901234567890"])
exponents = st.integers(-(10**20), 10**20) | st.integers(-30, 30)
numbers = st.one_of(
    st.integers(1, 20_000).map(lambda n: "1" * n),  # beyond Python's 4,300-digit limit
    st.text(alphabet="0123456789", min_size=1, max_size=6_000).map(lambda d: d.lstrip("0") or "0"),
    st.builds(lambda m, e: f"{m}e{e}", mantissas, exponents),
    st.builds(lambda m, e: f"{m}E+{e}", mantissas, st.integers(0, 10**9)),
    st.integers(0, 60).map(lambda n: "0." + "0" * n + "1"),
    st.integers(0, 60).map(lambda n: "9" * n + ".99"),
    st.sampled_from(["1000000", "1000000.000001", "10000000", "10000000.01", "100", "100.000001"]),
)
PRICE_FIELDS = ["quantity", "unit_price", "extra_discount"]
FACT_FIELDS = ["revenue", "mrr", "projects", "year"]


def as_json(value: str, quoted: bool) -> str:
    """``value`` as a JSON string, or as a JSON number literal where JSON allows it."""
    literal = value.lstrip("-")
    is_number = literal[:1].isdigit() and (literal[:1] != "0" or literal[1:2] in {"", ".", "e"})
    return json.dumps(value) if quoted or not is_number else value


@settings_for(80)
@given(field=st.sampled_from(PRICE_FIELDS), value=numbers, quoted=st.booleans())
def test_price_numbers_of_any_size(
    field: str,
    value: str,
    quoted: bool,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    entry = {"category": '"other"', "quantity": '"1"', "unit_price": '"1"'}
    entry[field] = as_json(value, quoted)
    body = ", ".join(f'"{key}": {raw}' for key, raw in entry.items())
    raw = '{"tier": "premium", "lines": [{' + body + "}]}"
    code, out, err = run(["price", "-"], raw, capsys, monkeypatch)
    assert_clean(code, out, err, field=f"lines[0].{field}")
    if code == 0:
        net = Decimal(json.loads(out)["totals"]["net"])
        assert net * 100 < 2**63  # fits the Money column


@settings_for(60)
@given(field=st.sampled_from(FACT_FIELDS), value=numbers, quoted=st.booleans())
def test_evaluate_numbers_of_any_size(
    field: str,
    value: str,
    quoted: bool,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    facts = {"track": '"server"', "year": "2025", "as_of": '"2026-06-01"'}
    facts[field] = as_json(value, quoted)
    raw = "{" + ", ".join(f'"{key}": {literal}' for key, literal in facts.items()) + "}"
    code, out, err = run(["evaluate", "-"], raw, capsys, monkeypatch)
    assert_clean(code, out, err, field=field)


# --- nesting and long values ---------------------------------------------------------------------


@settings_for(30)
@given(
    depth=st.integers(1, 200_000),
    opener=st.sampled_from(["[", '{"a": ', '{"tier": ', '{"lines": [']),
    where=st.sampled_from(["price", "evaluate"]),
)
def test_deep_nesting(
    depth: int,
    opener: str,
    where: str,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    closer = {"[": "]", '{"a": ': "}", '{"tier": ': "}", '{"lines": [': "]}"}[opener]
    raw = opener * depth + "1" + closer * depth
    assert_clean(*run([where, "-"], raw, capsys, monkeypatch))


hostile_chars = st.sampled_from(["x", "ä", "\x00", "\n", "\u202e", "'", '"', "\\", "€", " "])


@settings_for(40)
@given(
    field=st.sampled_from(["tier", "vat", "date", "msp_level", "category", "unit_price"]),
    char=hostile_chars,
    length=st.integers(0, 1_200_000),
)
def test_long_values_give_short_error_lines(
    field: str,
    char: str,
    length: int,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    line = {"category": "other", "quantity": "1", "unit_price": "1"}
    document: dict[str, object] = {"tier": "business", "lines": [line]}
    if field in line:
        line[field] = char * length
    else:
        document[field] = char * length
    code, out, err = run(["price", "-"], json.dumps(document), capsys, monkeypatch)
    assert_clean(code, out, err)


# --- quotes at the edges of the ranges -----------------------------------------------------------

edge_quantities = st.sampled_from(["0.000001", "1", "999999.999999", "1000000"])
edge_prices = st.sampled_from(["0", "0.000001", "9999999.999999", "10000000"])


@settings_for(15)
@given(
    count=st.integers(1, limits.MAX_LINES),
    quantity=edge_quantities,
    unit_price=edge_prices,
    vat=st.sampled_from(["standard", "reverse-charge"]),
)
def test_the_largest_quotes_price_exactly(
    count: int,
    quantity: str,
    unit_price: str,
    vat: str,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    line = {"category": "other", "quantity": quantity, "unit_price": unit_price}
    raw = json.dumps({"tier": "business", "vat": vat, "lines": [line] * count})
    code, out, err = run(["price", "-"], raw, capsys, monkeypatch)
    assert (code, err) == (0, "")
    totals = json.loads(out)["totals"]
    each = (Decimal(quantity) * Decimal(unit_price)).quantize(Decimal("0.01"), "ROUND_HALF_UP")
    assert Decimal(totals["net"]) == each * count
    assert Decimal(totals["gross"]) * 100 < 2**63


# --- the pieces: reading a decimal, excerpts, CSV neutralisation ---------------------------------


@settings_for(300)
@given(value=st.text(max_size=80) | numbers | st.integers() | st.decimals())
def test_parse_decimal_refuses_only_with_input_error(value: object) -> None:
    refusal: InputError | None = None
    try:
        number = parse_decimal(value, "x")
    except InputError as error:
        refusal = error
    if refusal is not None:
        assert refusal.field == "x" and len(refusal.message) < 200
    else:
        assert number.copy_abs() <= limits.MAX_REVENUE


@settings_for(300)
@given(
    value=st.text() | st.integers() | st.lists(st.text()) | st.binary(), limit=st.integers(1, 80)
)
def test_excerpts_are_short_and_visible(value: object, limit: int) -> None:
    shown = excerpt(value, limit) if not isinstance(value, str) else excerpt(value)
    assert len(shown) <= max(limit, limits.EXCERPT_CHARS) + 3  # quotes and "…"
    assert not [c for c in shown if unicodedata.category(c)[0] == "C" or c in "\u2028\u2029"]
    if isinstance(value, str):
        short = shorten(value, limit)
        assert len(short) <= limit + 1
        assert "\x00" not in short and "\n" not in short and "\u202e" not in short


@settings_for(300)
@given(text=st.text(alphabet=st.sampled_from(list("ab ,;\t\n\r\"'=+-@")), max_size=30))
def test_csv_cells_never_start_a_formula_and_read_back(text: str) -> None:
    """Whatever a value holds, no spreadsheet splitting the exported line on ``,``, ``;`` or a tab
    (or on a line break) sees a cell that starts with a formula trigger; the import restores it."""
    from nspdesk.store.transfer.exporting import csv_line

    cell = neutralise(text)
    assert restore(cell) == text
    written = csv_line(["A-1", cell, "ende"])
    assert next(csv.reader(io.StringIO(written, newline=""), delimiter=";")) == [
        "A-1",
        cell,
        "ende",
    ]
    # a naive reader: every line break ends a row, quotes count only at the start of a cell
    for separator in (",", ";", "\t"):
        for line in re.split("[\r\n]", written):
            for row in csv.reader([line], delimiter=separator):
                assert not [c for c in row if c.startswith(("=", "+", "-", "@"))], (text, written)
