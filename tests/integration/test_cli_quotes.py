"""``nspdesk quotes …`` and ``nspdesk pdf quote --id``: headless quotes through the services."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from pypdf import PdfReader

from nspdesk.cli import main
from nspdesk.services import quotes
from nspdesk.services.workspace import open_workspace


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(argv)
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def demo(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> str:
    path = tmp_path / "team.sqlite3"
    assert run(["demo", "--db", str(path)], capsys)[0] == 0
    return str(path)


def _json(argv: list[str], capsys: pytest.CaptureFixture[str]) -> object:
    code, out, err = run([*argv, "--json"], capsys)
    assert (code, err) == (0, ""), err
    return json.loads(out)


def test_list_filters_and_its_json_shape(demo: str, capsys: pytest.CaptureFixture[str]) -> None:
    rows = _json(["quotes", "list", "--db", demo], capsys)
    assert isinstance(rows, list) and len(rows) == 7
    assert {"id", "number", "status", "partner_id", "subject", "date", "net"} <= set(rows[0])
    drafts = _json(["quotes", "list", "--status", "draft", "--db", demo], capsys)
    assert isinstance(drafts, list) and drafts
    assert {row["status"] for row in drafts} == {"draft"}
    partner = rows[0]["partner_id"]
    mine = _json(["quotes", "list", "--partner", str(partner), "--db", demo], capsys)
    assert isinstance(mine, list) and {row["partner_id"] for row in mine} == {partner}
    assert _json(["quotes", "list", "--year", "1999", "--db", demo], capsys) == []
    code, out, _ = run(["quotes", "list", "--db", demo], capsys)
    assert code == 0 and "A-2026-0001" in out and "\xa0€" in out


def test_create_send_accept_and_refusals(
    demo: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    partners = json.loads(run(["partners", "list", "--json", "--db", demo], capsys)[1])
    msp = next(p for p in partners if p["track"] == "msp")  # granted by the vendor: no tier check
    source = tmp_path / "quote.json"
    source.write_text(
        json.dumps(
            {
                "partner_id": msp["id"],
                "date": "2026-12-01",
                "subject": "Cloud für die Kanzlei",
                "lines": [
                    {
                        "category": "cloud-service",
                        "description": "NoSpamProxy Cloud Protection",
                        "quantity": "25",
                        "unit_price": "3.10",
                        "unit": "User/Monat",
                    }
                ],
            }
        ),
        encoding="utf-8",
    )
    made = _json(["quotes", "create", str(source), "--db", demo], capsys)
    assert isinstance(made, dict)
    assert made["number"] == "A-2026-0008" and made["status"] == "draft"
    code, out, _ = run(["quotes", "show", "A-2026-0008", "--db", demo], capsys)
    assert code == 0 and "Cloud für die Kanzlei" in out
    shown = _json(["quotes", "show", str(made["id"]), "--db", demo], capsys)
    assert isinstance(shown, dict) and shown["lines"][0]["unit"] == "User/Monat"
    assert _json(["quotes", "send", "A-2026-0008", "--db", demo], capsys) == {
        **made,
        "status": "sent",
        "version": 2,
        "warnings": [],
    }
    code, out, err = run(["quotes", "send", "A-2026-0008", "--db", demo], capsys)
    assert (code, out) == (2, "")
    assert err == (
        "nspdesk quotes: Angebot A-2026-0008 ist Versendet und kann nicht versendet werden.\n"
    )
    assert run(["quotes", "reject", "A-2026-0008", "--db", demo], capsys)[0] == 0
    code, _, err = run(["quotes", "accept", "A-2026-0008", "--db", demo], capsys)
    assert code == 2 and "ist Abgelehnt und kann nicht angenommen werden" in err
    revised = _json(["quotes", "revise", "A-2026-0008", "--db", demo], capsys)
    assert isinstance(revised, dict)
    assert (revised["revision"], revised["label"], revised["status"]) == (
        2,
        "A-2026-0008/2",
        "draft",
    )


def test_send_without_maintenance_warns_on_stderr_and_sends(
    demo: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """ "NoSpamProxy-Server-Module müssen immer mit einem Software-Wartungsvertrag erworben
    werden": the app asks before sending; a script cannot answer, so the CLI sends and says it."""
    partners = json.loads(run(["partners", "list", "--json", "--db", demo], capsys)[1])
    msp = next(p for p in partners if p["track"] == "msp")
    source = tmp_path / "quote.json"
    licence = {"category": "server-license", "quantity": "10", "unit_price": "30.00"}
    own_use = {"category": "own-use-license", "quantity": "1", "unit_price": "99.00"}
    source.write_text(
        json.dumps({"partner_id": msp["id"], "date": "2026-12-01", "lines": [own_use, licence]}),
        encoding="utf-8",
    )
    made = _json(["quotes", "create", str(source), "--db", demo], capsys)
    assert isinstance(made, dict)
    code, out, err = run(["quotes", "send", str(made["id"]), "--db", demo, "--json"], capsys)
    assert code == 0
    assert err.startswith("Warnung [maintenance-missing]: Position 2 (NoSpamProxy Server")
    assert err.count("\n") == 1
    sent = json.loads(out)
    assert sent["status"] == "sent"
    assert [(w["code"], w["lines"]) for w in sent["warnings"]] == [("maintenance-missing", [2])]
    with_maintenance = {**licence, "category": "server-maintenance", "unit_price": "7.50"}
    source.write_text(
        json.dumps({"partner_id": msp["id"], "lines": [licence, with_maintenance]}),
        encoding="utf-8",
    )
    made = _json(["quotes", "create", str(source), "--db", demo], capsys)
    assert isinstance(made, dict)
    code, out, err = run(["quotes", "send", str(made["id"]), "--db", demo], capsys)
    assert (code, err) == (0, "") and "Versendet" in out


@pytest.mark.parametrize(
    ("document", "field"),
    [
        ({"tier": "premium", "lines": []}, "tier"),
        ({"sender": {"company": "X"}, "lines": []}, "sender"),
        ({"lines": [{"category": "x", "quantity": "1", "unit_price": "1", "color": "red"}]}, ""),
    ],
)
def test_create_refuses_what_it_would_ignore(
    demo: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    document: dict[str, object],
    field: str,
) -> None:
    source = tmp_path / "quote.json"
    source.write_text(json.dumps({"partner_id": 1, **document}), encoding="utf-8")
    code, out, err = run(["quotes", "create", str(source), "--db", demo], capsys)
    assert (code, out) == (2, "")
    assert err.startswith(f"nspdesk quotes: {field}") and err.count("\n") == 1
    with open_workspace(demo) as workspace:
        assert len(quotes.list_quotes(workspace)) == 7  # nothing was saved


def test_unknown_quote_and_missing_database(
    demo: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run(["quotes", "accept", "A-2026-0999", "--db", demo], capsys)
    assert code == 2 and err == "nspdesk quotes: Es gibt kein Angebot A-2026-0999.\n"
    missing = tmp_path / "missing.sqlite3"
    code, _, err = run(["quotes", "list", "--db", str(missing)], capsys)
    assert code == 2 and str(missing) in err and not missing.exists()


def test_pdf_quote_by_id_prints_what_the_service_prints(
    demo: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Partner quotes, end-customer quotes and sent (frozen) ones: the same bytes by either way."""
    partners = json.loads(run(["partners", "list", "--json", "--db", demo], capsys)[1])
    msp = next(p for p in partners if p["track"] == "msp")
    source = tmp_path / "end-customer.json"
    source.write_text(
        json.dumps(
            {
                "partner_id": msp["id"],
                "audience": "end-customer",
                "recipient": {
                    "company": "Kanzlei Berg",
                    "contact": "Frau Dr. Berg",
                    "street": "Am Markt 1",
                    "postal_code": "48143",
                    "city": "Münster",
                },
                "lines": [
                    {
                        "category": "cloud-service",
                        "description": "NoSpamProxy Cloud Protection",
                        "quantity": "10",
                        "unit_price": "3.10",
                        "unit": "User/Monat",
                    }
                ],
            }
        ),
        encoding="utf-8",
    )
    assert run(["quotes", "create", str(source), "--db", demo], capsys)[0] == 0
    assert run(["quotes", "create", str(source), "--db", demo], capsys)[0] == 0
    assert run(["quotes", "send", "A-2026-0009", "--db", demo], capsys)[0] == 0
    with open_workspace(demo) as workspace:
        rows = quotes.list_quotes(workspace)
        details = {row.id: quotes.detail(workspace, row.id) for row in rows}
        expected = {row.id: quotes.print_quote(workspace, row.id).data for row in rows}
    audiences = {d.data.audience.value for d in details.values()}
    statuses = {d.state.status.value for d in details.values()}
    assert {"partner", "end-customer"} <= audiences and {"draft", "sent"} <= statuses
    assert details[9].data.customer == "Kanzlei Berg\nFrau Dr. Berg\nAm Markt 1\n48143 Münster"
    with open_workspace(demo) as workspace:
        from datetime import date

        from nspdesk.services.partner_overview import partner_detail

        people = partner_detail(workspace, msp["id"], 2026, date(2026, 12, 1)).contacts
    speaker = next(c.name for c in people if c.primary)
    letter = " ".join(PdfReader(io.BytesIO(expected[9])).pages[0].extract_text().split())
    # The partner's letter: its letterhead and its own person, not the team's managing director.
    assert msp["company"] in letter and f"Ansprechpartner {speaker}" in letter
    assert "Mustermann" not in letter
    for quote_id, data in expected.items():
        target = tmp_path / f"{quote_id}.pdf"
        code, _, err = run(
            ["pdf", "quote", "--id", str(quote_id), "-o", str(target), "--db", demo], capsys
        )
        assert (code, err) == (0, "")
        assert target.read_bytes() == data


def test_create_takes_the_program_price_of_own_use_and_nfr_lines(
    demo: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """ "eine Eigenbedarfs-Lizenz (10 User) für 99,- EUR p.a" … "25 User 249,-": as in ``price``, a
    line of a program price names its size and the program gives the price; "Als Authorized
    Partner … erhalten Sie eine kostenlose NFR-Lizenz über 25 User": free, with the tier's seats."""
    partners = json.loads(run(["partners", "list", "--json", "--db", demo], capsys)[1])
    authorized = next(p for p in partners if p["tier"] == "authorized")
    source = tmp_path / "quote.json"
    lines = [
        {"category": "own-use-license", "users": 25, "quantity": "1"},
        {"category": "nfr-license", "quantity": "1"},
    ]
    source.write_text(
        json.dumps({"partner_id": authorized["id"], "date": "2026-12-01", "lines": lines}),
        encoding="utf-8",
    )
    made = _json(["quotes", "create", str(source), "--db", demo], capsys)
    assert isinstance(made, dict)
    shown = _json(["quotes", "show", str(made["id"]), "--db", demo], capsys)
    assert isinstance(shown, dict)
    assert [(line["unit_price"], line["net"], line["description"]) for line in shown["lines"]] == [
        ("249.00", "249.00", "NoSpamProxy Eigenbedarfs-Lizenz für 25 Benutzer (jährlich)"),
        (
            "0.00",
            "0.00",
            "NFR-Lizenz (nicht zum Weiterverkauf) für 25 Benutzer, kostenfrei als Vorteil "
            "Authorized Partner",
        ),
    ]
    # a revision of it keeps the prices (the stored price names the size)
    code, _, err = run(["quotes", "send", str(made["id"]), "--db", demo], capsys)
    assert (code, err) == (0, "")
    revised = _json(["quotes", "revise", str(made["id"]), "--db", demo], capsys)
    assert isinstance(revised, dict) and revised["revision"] == 2
    # a size the program has not is refused naming the field, and nothing is saved
    source.write_text(
        json.dumps(
            {
                "partner_id": authorized["id"],
                "lines": [{"category": "own-use-license", "users": 30, "quantity": "1"}],
            }
        ),
        encoding="utf-8",
    )
    code, out, err = run(["quotes", "create", str(source), "--db", demo], capsys)
    assert (code, out) == (2, "")
    assert err.startswith("nspdesk quotes: lines[0].users: keine Eigenbedarfs-Lizenz für 30")
    with open_workspace(demo) as workspace:
        assert len(quotes.list_quotes(workspace)) == 8
