"""``nspdesk review …`` and ``nspdesk due`` in-process on a demo database in tmp_path."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

import pytest

from nspdesk.cli import main
from tests.unit.documents.pdfcheck import text


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(argv)
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def db(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> str:
    path = str(tmp_path / "demo.sqlite3")
    assert run(["demo", "--db", path], capsys)[0] == 0
    return path


def test_review_run_decide_confirm_letters_summary(
    db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    year = date.today().year - 1  # the demo's hand-entered figures are last year's
    code, out, _ = run(["review", "run", "--year", str(year), "--json", "--db", db], capsys)
    assert code == 0
    proposals = {p["company"]: p for p in json.loads(out)}
    assert len(proposals) == 12
    elbtal = proposals["Elbtal EDV KG"]
    assert (elbtal["recorded_tier"], elbtal["proposed_tier"], elbtal["kind"]) == (
        "business",
        "authorized",
        "down",
    )
    assert elbtal["figures"]["revenue"] == {
        "manual": "22100.00",
        "won_quotes": "0.00",
        "total": "22100.00",
    }
    assert any("nofollow" in reason for reason in elbtal["reasons"])
    assert proposals["Nordlicht IT-Service GmbH"]["kind"] == "unchanged"

    code, out, _ = run(
        ["review", "run", "--year", str(year), "--track", "cloud", "--db", db], capsys
    )
    assert code == 0 and "Hanse Cloud Solutions GmbH" in out and "Nordlicht" not in out

    code, out, _ = run(["review", "run", "--year", str(year), "--save", "--db", db], capsys)
    assert code == 0 and "Gespeichert als Überprüfung 1 (Entwurf)." in out
    elbtal_id = str(elbtal["partner_id"])

    code, _, err = run(
        ["review", "decide", "1", "--partner", elbtal_id, "--override", "business", "--db", db],
        capsys,
    )
    assert code == 2 and "Begründung" in err and "Traceback" not in err
    code, out, _ = run(
        [
            "review",
            "decide",
            "1",
            "--partner",
            elbtal_id,
            "--override",
            "business",
            "--reason",
            "Kulanz bis März",
            "--db",
            db,
        ],
        capsys,
    )
    assert code == 0 and "Elbtal EDV KG: abweichend entschieden, Business Partner" in out
    code, _, err = run(["review", "confirm", "1", "--db", db], capsys)
    assert code == 1 and "noch offen" in err
    code, _, err = run(
        ["review", "letters", "--year", str(year), "-o", str(tmp_path), "--db", db], capsys
    )
    assert code == 2 and "keine bestätigte Überprüfung" in err
    code, out, _ = run(
        ["review", "confirm", "1", "--accept-open", "--by", "Erika", "--db", db], capsys
    )
    assert code == 0 and f"gültig ab 01.01.{year + 1}" in out and "11 offen angenommen" in out
    code, _, err = run(
        ["review", "decide", "1", "--partner", elbtal_id, "--accept", "--db", db], capsys
    )
    assert code == 1 and "bestätigt" in err

    code, out, _ = run(["review", "show", "1", "--json", "--db", db], capsys)
    shown = json.loads(out)
    assert shown["confirmed"] and shown["confirmed_by"] == "Erika"
    kept = next(i for i in shown["items"] if i["company"] == "Elbtal EDV KG")
    assert (kept["decision"], kept["final_tier"]) == ("overridden", "business")

    letters = tmp_path / "briefe"
    code, out, err = run(
        ["review", "letters", "--year", str(year), "-o", str(letters), "--db", db], capsys
    )
    assert code == 0
    files = [Path(line) for line in out.splitlines()]
    assert len(files) == 12 and all(f.is_file() for f in files)
    assert "[12/12]" in err
    elbtal_pdf = next(f for f in files if "elbtal" in f.name)
    assert elbtal_pdf.name == "K-10004-elbtal-edv-kg.pdf"
    content = text(elbtal_pdf.read_bytes()).replace("\xa0", " ")
    assert "Elbtal EDV KG" in content and "Business Partner" in content
    assert "Damit Sie Business Partner bleiben" in content
    code, out, _ = run(
        ["review", "letters", "--year", str(year), "-o", str(letters), "--combined", "--db", db],
        capsys,
    )
    assert code == 0 and out.strip().endswith(f"Partnerstatus-{year + 1}.pdf")

    for suffix in ("pdf", "csv", "xlsx"):
        target = tmp_path / f"summary.{suffix}"
        code, out, _ = run(
            ["review", "summary", "--year", str(year), "-o", str(target), "--db", db], capsys
        )
        assert code == 0 and target.is_file()
    assert "Jahresüberprüfung" in text((tmp_path / "summary.pdf").read_bytes())
    assert (tmp_path / "summary.csv").read_bytes().startswith(b"\xef\xbb\xbfKundennummer;")


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["review", "run", "--year", "2026", "--as-of", "gestern"], "--as-of: kein Datum"),
        (["review", "run", "--year", "1999"], "liegt vor 2000"),
        (["review", "run", "--year", "2030", "--as-of", "2026-01-01"], "nach dem Stichtag"),
        (["review", "run", "--year", "2025", "--partner", "999"], "keinen Partner mit der ID 999"),
        (["review", "show", "7"], "keine Überprüfung mit der ID 7"),
        (["review", "confirm", "7"], "keine Überprüfung mit der ID 7"),
        (["review", "summary", "--year", "2025", "-o", "x.doc"], ".pdf, .csv oder .xlsx"),
        (["review", "summary", "--year", "2025", "-o", "x.pdf"], "keine gespeicherte"),
        (["due", "--today", "morgen"], "--today: kein Datum"),
        (["due", "--quote-days", "-1"], "nicht negativ"),
    ],
)
def test_bad_input_is_one_line(
    db: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    argv: list[str],
    message: str,
) -> None:
    monkeypatch.chdir(tmp_path)
    code, _, err = run([*argv, "--db", db], capsys)
    assert code == 2
    assert message in err
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err


def test_due_command(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(["due", "--json", "--db", db], capsys)
    assert code == 0
    items = json.loads(out)
    kinds = {(i["company"], i["kind"]) for i in items}
    assert ("Elbtal EDV KG", "backlink_nofollow") in kinds
    assert ("Saar-IT Partner GmbH & Co. KG", "service_agreement_missing") in kinds
    urgencies = ["overdue", "now", "soon", "info"]
    assert [urgencies.index(i["urgency"]) for i in items] == sorted(
        urgencies.index(i["urgency"]) for i in items
    )
    assert all(i["action"] for i in items)
    # The demo's expiring certification (700 days ago) is listed; with 0 days warning it is not.
    code, out, _ = run(["due", "--db", db], capsys)
    assert code == 0 and "Zertifizierung von Techniker 2 (Rheinwerk)" in out
    code, out, _ = run(["due", "--certification-days", "0", "--db", db], capsys)
    assert "Zertifizierung von Techniker 2 (Rheinwerk)" not in out
    later = (date.today() + timedelta(days=400)).isoformat()
    code, out, _ = run(["due", "--today", later, "--db", db], capsys)
    assert code == 0 and "abgelaufen" in out
