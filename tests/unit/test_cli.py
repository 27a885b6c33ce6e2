"""The headless commands: JSON in, JSON out, exit code 2 and one clear line for bad input."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from nspdesk import __version__
from nspdesk.cli import main

PRICE_INPUT = {
    "tier": "business",
    "date": "2026-11-25",
    "vat": "standard",
    "lines": [
        {
            "category": "server-license",
            "description": "NoSpamProxy Protection",
            "quantity": "50",
            "unit_price": "30.00",
            "extra_discount": "0",
        },
        {
            "category": "cloud-service",
            "description": "NoSpamProxy Cloud",
            "quantity": "12",
            "unit_price": "2.3456",
        },
    ],
}
EVALUATE_INPUT = {
    "track": "server",
    "year": 2025,
    "as_of": "2026-01-10",
    "projects": 3,
    "revenue": "21000.00",
    "mrr": "0",
    "sales_training": True,
    "tech_training": True,
    "technicians_certified_on": ["2024-03-01"],
    "backlink": "follow",
    "service_agreement": True,
}


def run(
    argv: list[str],
    capsys: pytest.CaptureFixture[str],
    stdin: str | None = None,
    monkeypatch: pytest.MonkeyPatch | None = None,
) -> tuple[int, str, str]:
    if stdin is not None:
        assert monkeypatch is not None
        monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(stdin.encode("utf-8"))))
    code = main(argv)
    out, err = capsys.readouterr()
    return code, out, err


def write_json(tmp_path: Path, data: object) -> str:
    path = tmp_path / "input.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return str(path)


def test_price_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(["price", write_json(tmp_path, PRICE_INPUT)], capsys)
    assert (code, err) == (0, "")
    result = json.loads(out)
    assert result["edition"] == "2024"
    assert result["tier"] == "business"
    assert result["priced_as"] == "business"
    first, second = result["lines"]
    assert first["discount_percent"] == "25"
    assert first["net"] == "1125.00"
    assert second["unit_price"] == "2.3456"
    assert second["discount_percent"] == "15"
    assert second["net"] == "23.93"  # 28.1472 − 15 % = 23.92512
    assert result["totals"] == {
        "net": "1148.93",
        "vat_rate": "19",
        "vat": "218.30",
        "gross": "1367.23",
    }
    assert result["vat_note"] is None


def test_price_shows_subtotals_per_billing_period_and_the_first_year(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(["price", write_json(tmp_path, PRICE_INPUT)], capsys)
    result = json.loads(out)
    assert code == 0 and result["audience"] == "partner"
    assert result["periods"] == [
        {
            "period": "once",
            "label": "einmalig",
            "net": "1125.00",
            "vat": "213.75",
            "gross": "1338.75",
        },
        {
            "period": "monthly",
            "label": "monatlich",
            "net": "23.93",
            "vat": "4.55",
            "gross": "28.48",
        },
    ]
    # 1125.00 + 12 × 23.93 = 1412.16; VAT 213.75 + 12 × 4.55 = 268.35
    assert result["first_year"] == {"net": "1412.16", "vat": "268.35", "gross": "1680.51"}
    assert "margin" not in result and "purchase_net" not in result["lines"][0]


def test_price_end_customer_quote_adds_purchase_prices_and_margins(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    license_line = {
        "category": "server-license",
        "description": "NoSpamProxy Protection",
        "quantity": "50",
        "unit_price": "30.00",
        "extra_discount": "5",
    }
    data = {**PRICE_INPUT, "audience": "end-customer", "lines": [license_line]}
    code, out, _ = run(["price", write_json(tmp_path, data)], capsys)
    result = json.loads(out)
    assert code == 0 and result["audience"] == "end-customer"
    (line,) = result["lines"]
    assert line["net"] == "1425.00"  # 1500.00 list less 5 % customer discount
    assert line["purchase_net"] == "1125.00"  # less the Business discount of 25 %
    assert line["margin"] == "300.00"
    assert result["margin"] == {"purchase": "1125.00", "margin": "300.00", "percent": "21.05"}
    assert result["periods"][0]["margin"] == "300.00"
    assert result["periods"][0]["margin_percent"] == "21.05"  # 300.00 / 1425.00
    assert result["first_year"]["margin_percent"] == "21.05"
    bad = {**data, "audience": "customer"}
    code, _, err = run(["price", write_json(tmp_path, bad)], capsys)
    assert code == 2 and "audience" in err and "end-customer" in err


def test_price_stdin_reverse_charge(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    data = {**PRICE_INPUT, "vat": "reverse-charge"}
    code, out, _ = run(["price", "-"], capsys, stdin=json.dumps(data), monkeypatch=monkeypatch)
    result = json.loads(out)
    assert code == 0
    assert result["totals"]["vat"] == "0.00"
    assert result["totals"]["gross"] == result["totals"]["net"]
    assert "Reverse Charge" in result["vat_note"]


def test_price_accepts_exact_json_numbers(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data = {
        "tier": "premium",
        "date": "2026-11-25",
        "lines": [{"category": "other", "description": "x", "quantity": 3, "unit_price": 0.1}],
    }
    code, out, _ = run(["price", write_json(tmp_path, data)], capsys)
    assert code == 0
    assert json.loads(out)["totals"]["net"] == "0.30"  # exact, not 0.30000000000000004


BAD_PRICE = [
    ({"lines": []}, "tier: fehlt"),
    ({"tier": "gold", "lines": []}, "tier: unbekannte Partnerstufe 'gold'"),
    (
        {
            "tier": "business",
            "lines": [{"category": "server-license", "quantity": "-1", "unit_price": "1"}],
        },
        "lines[0].quantity: darf nicht negativ sein",
    ),
    (
        {
            "tier": "business",
            "lines": [{"category": "server-license", "quantity": "0", "unit_price": "1"}],
        },
        "lines[0].quantity: muss größer als 0 sein",
    ),
    (
        {
            "tier": "business",
            "lines": [{"category": "other", "quantity": "zwei", "unit_price": "1"}],
        },
        "lines[0].quantity: ist keine Zahl",
    ),
    (
        {
            "tier": "business",
            "lines": [{"category": "other", "quantity": "1", "unit_price": "-0.01"}],
        },
        "lines[0].unit_price: darf nicht negativ sein",
    ),
    (
        {
            "tier": "business",
            "lines": [{"category": "other", "quantity": "1", "unit_price": "NaN"}],
        },
        "lines[0].unit_price: ist keine endliche Zahl",
    ),
    (
        {"tier": "business", "lines": [{"category": "other", "quantity": "1", "unit_price": True}]},
        "lines[0].unit_price: erwartet eine Dezimalzahl",
    ),
    (
        {
            "tier": "business",
            "lines": [{"category": "other", "quantity": "1", "unit_price": "1e20"}],
        },
        "lines[0].unit_price: ist zu groß",
    ),
    (
        {
            "tier": "business",
            "lines": [{"category": "other", "quantity": "1", "unit_price": "0.1234567"}],
        },
        "lines[0].unit_price: hat mehr als 6 Nachkommastellen",
    ),
    (
        {
            "tier": "business",
            "lines": [{"category": "hardware", "quantity": "1", "unit_price": "1"}],
        },
        "lines[0].category: unbekannte Kategorie 'hardware'",
    ),
    (
        {
            "tier": "business",
            "lines": [
                {"category": "other", "quantity": "1", "unit_price": "1", "extra_dicount": "5"}
            ],
        },
        "lines[0].extra_dicount: unbekannter Schlüssel",
    ),
    (
        {
            "tier": "business",
            "lines": [
                {"category": "other", "quantity": "1", "unit_price": "1", "extra_discount": "50"}
            ],
        },
        "lines[0].extra_discount: 50 % übersteigt den zulässigen Zusatzrabatt von 10 %",
    ),
    (
        {
            "tier": "business-cloud",
            "lines": [
                {
                    "category": "server-license",
                    "description": "Protection",
                    "quantity": "1",
                    "unit_price": "1",
                }
            ],
        },
        "lines[0].category: Position 1 „Protection“",
    ),
    ({"tier": "business", "vat": "zero", "lines": []}, "vat: unbekannter Wert 'zero'"),
    ({"tier": "business", "date": "25.11.2026", "lines": []}, "date: ist kein Datum"),
    (
        {"tier": "business", "date": "2019-01-01", "lines": []},
        "date: 2019-01-01 liegt vor dem Beginn",
    ),
    ({"tier": "business", "lines": {"category": "other"}}, "lines: erwartet eine Liste"),
    ({"tier": "business", "lines": ["x"]}, "lines[0]: erwartet eine Tabelle/ein Objekt"),
    ([1, 2], "erwartet ein JSON-Objekt"),
    # "eine Eigenbedarfs-Lizenz (25 User) für 249,- EUR p.a": the program's price, no discount.
    (
        {
            "tier": "business",
            "lines": [
                {"category": "own-use-license", "users": 25, "quantity": "1", "unit_price": "200"}
            ],
        },
        "lines[0].unit_price: Eigenbedarfs-Lizenz für 25 Benutzer kostet 249,00 €",
    ),
    (
        {
            "tier": "business",
            "lines": [
                {
                    "category": "own-use-license",
                    "users": 25,
                    "quantity": "1",
                    "extra_discount": "5",
                }
            ],
        },
        "lines[0].extra_discount: Eigenbedarfs-Lizenz hat einen festen Preis",
    ),
    (
        {
            "tier": "business",
            "lines": [{"category": "own-use-license", "users": 20, "quantity": "1"}],
        },
        "lines[0].users: keine Eigenbedarfs-Lizenz für 20 Benutzer",
    ),
    (
        {"tier": "business", "lines": [{"category": "server-license", "quantity": "1"}]},
        "lines[0].unit_price: Einzelpreis fehlt",
    ),
    (
        {"tier": "business", "reseller_only": "ja", "lines": []},
        "reseller_only: erwartet true oder false",
    ),
]


def test_price_own_use_and_nfr_lines_and_the_warnings(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Own-use licences at the program's price by size, the NFR licence with the tier's seats
    ("eine kostenlose NFR-Lizenz über 50 User" for Business), and the warnings: "NoSpamProxy-
    Server-Module müssen immer mit einem Software-Wartungsvertrag erworben werden"."""
    data = {
        "tier": "business",
        "reseller_only": True,
        "lines": [
            {"category": "own-use-license", "users": 25, "quantity": "1"},
            {"category": "nfr-license", "quantity": "1"},
            {"category": "server-license", "quantity": "10", "unit_price": "30.00"},
        ],
    }
    code, out, err = run(["price", write_json(tmp_path, data)], capsys)
    assert (code, err) == (0, "")
    result = json.loads(out)
    own, nfr, licence = result["lines"]
    assert (own["unit_price"], own["users"], own["net"]) == ("249.00", 25, "249.00")
    assert own["description"] == "NoSpamProxy Eigenbedarfs-Lizenz für 25 Benutzer (jährlich)"
    assert (nfr["users"], nfr["net"]) == (50, "0.00")
    assert "users" not in licence
    assert [(w["code"], w["lines"]) for w in result["warnings"]] == [
        ("maintenance-missing", [3]),
        ("hsv-missing", []),
    ]
    assert result["warnings"][0]["message"].startswith(
        "Position 3 (NoSpamProxy Server – Neulizenzen) ohne Position „NoSpamProxy Server – "
        "Softwarewartung“"
    )
    code, out, _ = run(["price", write_json(tmp_path, PRICE_INPUT)], capsys)
    assert json.loads(out)["warnings"][0]["code"] == "maintenance-missing"


@pytest.mark.parametrize(("data", "message"), BAD_PRICE, ids=[b[1][:40] for b in BAD_PRICE])
def test_price_bad_input(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], data: object, message: str
) -> None:
    code, out, err = run(["price", write_json(tmp_path, data)], capsys)
    assert code == 2
    assert out == ""
    assert message in err.replace("\xa0", " ")
    assert err.startswith("nspdesk price: ")
    assert "Traceback" not in err
    assert err.count("\n") == 1


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("{", "kein gültiges JSON (Zeile 1"),
        ('{"tier": NaN}', "NaN ist keine gültige Zahl"),
        ("[" * 100_000, "zu tief verschachtelt"),
    ],
)
def test_price_not_json(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, text: str, message: str
) -> None:
    code, _, err = run(["price", "-"], capsys, stdin=text, monkeypatch=monkeypatch)
    assert code == 2
    assert message in err


def test_file_problems(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(["price", str(tmp_path / "missing.json")], capsys)
    assert code == 2
    assert "Datei nicht gefunden" in err
    code, _, err = run(["evaluate", str(tmp_path)], capsys)
    assert code == 2
    assert "ist ein Verzeichnis" in err
    latin = tmp_path / "latin.json"
    latin.write_bytes('{"tier": "Überall"}'.encode("latin-1"))
    code, _, err = run(["price", str(latin)], capsys)
    assert code == 2
    assert "nicht UTF-8" in err


def test_evaluate(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(["evaluate", write_json(tmp_path, EVALUATE_INPUT)], capsys)
    assert (code, err) == (0, "")
    result = json.loads(out)
    assert result["eligible_tier"] == "business"
    assert result["next_tier"] == "premium"
    assert [m.replace("\xa0", " ") for m in result["missing"]] == [
        "2 weitere realisierte Projekte",
        "29.000,00 € Umsatz",
        "1 weiterer zertifizierter Techniker (zweitägige Administratorenschulung)",
    ]
    revenue = next(
        r for r in result["requirements"] if r["tier"] == "premium" and r["id"] == "revenue"
    )
    assert revenue == {
        "tier": "premium",
        "id": "revenue",
        "required": "50000.00",
        "actual": "21000.00",
        "met": False,
        "mandatory": True,
    }
    trainings = next(r for r in result["requirements"] if r["id"] == "trainings")
    assert trainings["required"] == ["sales", "technical"]
    assert result["certifications"] == [
        {"completed_on": "2024-03-01", "valid_through": "2026-03-01", "valid": True}
    ]
    assert any("läuft am 01.03.2026 ab" in a for a in result["advice"])
    assert "tier" not in result


def test_evaluate_two_technicians_of_one_course_and_mrr(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Issue #15: "mindestens zwei zertifizierte Techniker" met by two people on one course, and
    the "50.000,- EUR p.a." reached with 500 € a month of Cloud services (mrr, twelve times)."""
    data = {
        **EVALUATE_INPUT,
        "projects": 5,
        "revenue": "44000.00",
        "mrr": "500.00",
        "technicians_certified_on": ["2025-05-05", "2025-05-05"],
    }
    code, out, err = run(["evaluate", write_json(tmp_path, data)], capsys)
    assert (code, err) == (0, "")
    result = json.loads(out)
    assert result["eligible_tier"] == "premium"
    assert len(result["certifications"]) == 2
    assert result["revenue_sources"]["from_mrr"] == "6000.00"
    assert result["revenue_sources"]["total"] == "50000.00"
    revenue = {r["actual"] for r in result["requirements"] if r["id"] == "revenue"}
    assert revenue == {"50000.00"}


def test_evaluate_with_recorded_tier(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = {**EVALUATE_INPUT, "revenue": "25000", "tier": "premium"}
    code, out, _ = run(["evaluate", write_json(tmp_path, data)], capsys)
    result = json.loads(out)
    assert code == 0
    assert result["tier"] == "premium"
    assert result["tier_met"] is False
    assert "2 weitere realisierte Projekte" in result["tier_missing"]


BAD_EVALUATE = [
    ({**EVALUATE_INPUT, "track": "both"}, "track: unbekannte Spur 'both'"),
    ({k: v for k, v in EVALUATE_INPUT.items() if k != "year"}, "year: fehlt"),
    ({**EVALUATE_INPUT, "year": 1999}, "year: muss mindestens 2000 sein"),
    ({**EVALUATE_INPUT, "projects": -1}, "projects: muss mindestens 0 sein"),
    ({**EVALUATE_INPUT, "projects": 2.5}, "projects: erwartet eine ganze Zahl"),
    ({**EVALUATE_INPUT, "revenue": "viel"}, "revenue: ist keine Zahl"),
    ({**EVALUATE_INPUT, "sales_training": "yes"}, "sales_training: erwartet true oder false"),
    ({**EVALUATE_INPUT, "backlink": "dofollow"}, "backlink: unbekannter Wert 'dofollow'"),
    (
        {**EVALUATE_INPUT, "technicians_certified_on": ["2024-13-01"]},
        "technicians_certified_on[0]: ist kein Datum",
    ),
    (
        {**EVALUATE_INPUT, "technicians_certified_on": [20240301]},
        "technicians_certified_on[0]: erwartet Text",
    ),
    ({**EVALUATE_INPUT, "as_of": "2026-02-30"}, "as_of: ist kein Datum"),
    ({**EVALUATE_INPUT, "tier": "gold"}, "tier: 'gold' ist keine Stufe der Spur 'server'"),
    ({**EVALUATE_INPUT, "revnue": "1"}, "revnue: unbekannter Schlüssel"),
]


@pytest.mark.parametrize(("data", "message"), BAD_EVALUATE, ids=[b[1][:40] for b in BAD_EVALUATE])
def test_evaluate_bad_input(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], data: object, message: str
) -> None:
    code, out, err = run(["evaluate", write_json(tmp_path, data)], capsys)
    assert code == 2
    assert out == ""
    assert message in err
    assert err.startswith("nspdesk evaluate: ")


def test_program_list_and_check(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, out, _ = run(["program", "list"], capsys)
    assert code == 0
    assert "* 2024  gültig ab 2024-01-01" in out
    from tests.conftest import PROGRAM_2024

    code, out, _ = run(["program", "check", str(PROGRAM_2024)], capsys)
    assert code == 0
    assert "in Ordnung" in out
    broken = tmp_path / "broken.toml"
    broken.write_text("schema = 1\n", encoding="utf-8")
    code, _, err = run(["program", "check", str(broken)], capsys)
    assert code == 2
    assert "broken.toml: pricing: fehlt" in err


def test_version_and_help_in_a_real_process() -> None:
    version = subprocess.run(
        [sys.executable, "-m", "nspdesk", "--version"], capture_output=True, text=True, check=True
    )
    assert version.stdout.strip() == f"nspdesk {__version__}"
    help_text = subprocess.run(
        [sys.executable, "-m", "nspdesk", "--help"], capture_output=True, text=True, check=True
    ).stdout
    for command in ("price", "evaluate", "program"):
        assert command in help_text
    bad = subprocess.run(
        [sys.executable, "-m", "nspdesk", "nonsense"], capture_output=True, text=True, check=False
    )
    assert bad.returncode == 2
    assert "invalid choice" in bad.stderr or "ungültige" in bad.stderr


def test_price_from_stdin_in_a_real_process() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "nspdesk", "price", "-"],
        capture_output=True,
        input=json.dumps(PRICE_INPUT).encode(),
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["totals"]["gross"] == "1367.23"


def test_version_matches_the_project_file() -> None:
    import tomllib

    project = tomllib.loads((Path(__file__).parents[2] / "pyproject.toml").read_text("utf-8"))
    assert project["project"]["version"] == __version__


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        ([], (True, None)),
        (["--db", "x.sqlite3"], (True, "x.sqlite3")),
        (["--db=x.sqlite3"], (True, "x.sqlite3")),
        (["--db"], (False, None)),
        (["--db="], (False, None)),
        (["--db", "--version"], (False, None)),
        (["--version"], (False, None)),
        (["price", "-"], (False, None)),
        (["--db", "x", "price", "-"], (False, None)),
    ],
)
def test_desktop_start_is_recognised_without_the_full_parser(
    argv: list[str], expected: tuple[bool, str | None]
) -> None:
    from nspdesk.cli import _desktop_start

    assert _desktop_start(argv) == expected


@pytest.mark.parametrize(
    ("leading", "trailing", "settled"),
    [
        (None, None, None),
        ("a.sqlite3", None, "a.sqlite3"),
        (None, "b.sqlite3", "b.sqlite3"),
        ("a.sqlite3", "a.sqlite3", "a.sqlite3"),
    ],
)
def test_db_option_is_settled_in_one_place(
    leading: str | None, trailing: str | None, settled: str | None
) -> None:
    import argparse

    from nspdesk.commands.store_access import settle_db_option

    args = argparse.Namespace(app_db=leading, db=trailing)
    settle_db_option(args)
    assert args.db == settled


def test_two_db_options_naming_different_databases_are_refused(tmp_path: Path) -> None:
    import argparse

    from nspdesk.commands.common import CommandError
    from nspdesk.commands.store_access import settle_db_option

    args = argparse.Namespace(app_db=str(tmp_path / "a.sqlite3"), db="postgresql://u:geheim@h/x")
    with pytest.raises(CommandError) as refused:
        settle_db_option(args)
    assert refused.value.code == 2 and "geheim" not in str(refused.value)


@pytest.mark.parametrize(
    "argv",
    [
        # issue #19's own example, and the placement of the other sync commands
        ["sync", "join", "postgresql://u@h/team", "--db", "L.sqlite3", "--device", "MK"],
        ["sync", "--db", "L.sqlite3", "join", "postgresql://u@h/team", "--device", "MK"],
        ["--db", "L.sqlite3", "sync", "join", "postgresql://u@h/team", "--device", "MK"],
    ],
)
def test_sync_join_keeps_its_db_wherever_it_is_written(argv: list[str]) -> None:
    from nspdesk.cli import build_parser
    from nspdesk.commands.store_access import settle_db_option

    args = build_parser().parse_args(argv)
    settle_db_option(args)
    assert (args.db, args.device, args.url) == ("L.sqlite3", "MK", "postgresql://u@h/team")


@pytest.mark.parametrize(
    ("argv", "json_wanted"),
    [
        (["sync", "--db", "L.sqlite3", "conflicts"], False),
        (["sync", "--db", "L.sqlite3", "conflicts", "--json"], True),
        (["sync", "--json", "--db", "L.sqlite3", "status"], True),
        (["sync", "conflicts", "--db", "L.sqlite3", "--json"], True),
        (["sync", "--db", "L.sqlite3", "--json"], True),
    ],
)
def test_sync_actions_keep_db_and_json_given_before_the_action(
    argv: list[str], json_wanted: bool
) -> None:
    from nspdesk.cli import build_parser
    from nspdesk.commands.store_access import settle_db_option

    args = build_parser().parse_args(argv)
    settle_db_option(args)
    assert (args.db, args.json) == ("L.sqlite3", json_wanted)


def test_sync_db_before_and_after_the_action_must_agree(tmp_path: Path) -> None:
    from nspdesk.cli import build_parser
    from nspdesk.commands.common import CommandError
    from nspdesk.commands.store_access import settle_db_option

    a, b = str(tmp_path / "a.sqlite3"), str(tmp_path / "b.sqlite3")
    args = build_parser().parse_args(["sync", "--db", a, "status", "--db", b])
    with pytest.raises(CommandError) as refused:
        settle_db_option(args)
    assert refused.value.code == 2 and "zweimal" in str(refused.value)
