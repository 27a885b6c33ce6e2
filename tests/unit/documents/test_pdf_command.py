"""``nspdesk pdf``: files written whole or not at all, bad input in one line with exit code 2."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from nspdesk.cli import main
from tests.unit.documents.pdfcheck import text

QUOTE = {
    "tier": "business",
    "date": "2026-11-25",
    "number": "AN-1",
    "recipient": {"company": "Müller & Söhne <GmbH>", "city": "Köln", "postal_code": "50667"},
    "lines": [
        {
            "category": "server-license",
            "description": "Protection",
            "quantity": "50",
            "unit_price": "30.00",
        }
    ],
}
REVIEW = {
    "track": "server",
    "year": 2025,
    "as_of": "2026-01-10",
    "projects": 1,
    "revenue": "2500",
    "partner": {"name": "A & B <GmbH>", "city": "Dortmund"},
}


def write(tmp_path: Path, data: object, name: str = "in.json") -> str:
    path = tmp_path / name
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return str(path)


def test_quote(tmp_path: Path) -> None:
    out = tmp_path / "angebot.pdf"
    assert main(["pdf", "quote", write(tmp_path, QUOTE), "-o", str(out)]) == 0
    content = text(out.read_bytes())
    assert "Müller & Söhne <GmbH>" in content
    assert "1.125,00 €" in content
    assert sorted(p.name for p in tmp_path.iterdir()) == ["angebot.pdf", "in.json"]


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"tier": "gold"}, "tier"),
        ({"recipient": {"company": "X", "plz": "1"}}, "recipient.plz"),
        (
            {"lines": [{"category": "server-license", "quantity": "1", "unit_price": "abc"}]},
            "lines[0].unit_price",
        ),
    ],
)
def test_quote_bad_input(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], change: dict[str, object], field: str
) -> None:
    out = tmp_path / "angebot.pdf"
    code = main(["pdf", "quote", write(tmp_path, {**QUOTE, **change}), "-o", str(out)])
    err = capsys.readouterr().err
    assert code == 2
    assert err.count("\n") == 1
    assert f"nspdesk pdf: {field}:" in err
    assert "Traceback" not in err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in.json"]  # no partial output


def test_failure_keeps_the_old_file(tmp_path: Path) -> None:
    out = tmp_path / "angebot.pdf"
    out.write_bytes(b"old")
    assert main(["pdf", "quote", write(tmp_path, {**QUOTE, "tier": "x"}), "-o", str(out)]) == 2
    assert out.read_bytes() == b"old"


def test_missing_output_folder(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["pdf", "quote", write(tmp_path, QUOTE), "-o", str(tmp_path / "no" / "x.pdf")])
    assert code == 2
    assert "existiert nicht" in capsys.readouterr().err


@pytest.mark.parametrize("track", ["server", "cloud", "support"])
def test_program(tmp_path: Path, track: str) -> None:
    out = tmp_path / "p.pdf"
    assert main(["pdf", "program", "--track", track, "--date", "2026-11-25", "-o", str(out)]) == 0
    assert "Programmübersicht" in text(out.read_bytes())


def test_program_bad_date(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["pdf", "program", "--date", "25.11.2026", "-o", str(tmp_path / "p.pdf")]) == 2
    assert "--date" in capsys.readouterr().err
    assert list(tmp_path.iterdir()) == []


def test_checklist(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "c.pdf"
    args = ["pdf", "checklist", "--tier", "premium", "--partner-name", "A & B", "-o", str(out)]
    assert main(args) == 0
    assert "A & B" in text(out.read_bytes())
    assert main(["pdf", "checklist", "--tier", "gold", "-o", str(out)]) == 2
    assert "tier:" in capsys.readouterr().err


def test_partner_option_is_not_an_abbreviation(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """``--partner ID`` is the database variant, never read as ``--partner-name``."""
    from nspdesk.services.workspace import open_workspace

    open_workspace(str(tmp_path / "leer.sqlite3"), create=True).close()  # a read needs one
    code = main(
        [
            "pdf",
            "checklist",
            "--partner",
            "7",
            "--db",
            str(tmp_path / "leer.sqlite3"),
            "-o",
            str(tmp_path / "c.pdf"),
        ]
    )
    assert code == 2
    assert "keinen Partner mit der ID 7" in capsys.readouterr().err
    assert not (tmp_path / "c.pdf").exists()


def test_review(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "r.pdf"
    assert main(["pdf", "review", write(tmp_path, REVIEW), "-o", str(out)]) == 0
    content = text(out.read_bytes())
    assert "A & B <GmbH>" in content
    assert "Authorized Partner" in content
    bad = {**REVIEW, "partner": {"city": "X"}}
    assert main(["pdf", "review", write(tmp_path, bad, "bad.json"), "-o", str(out)]) == 2
    assert "partner.name: fehlt" in capsys.readouterr().err


def test_quote_with_characters_that_cannot_print_is_written_with_a_warning(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Issue #16, 3: the CLI names each field whose characters would print as empty boxes."""
    line = {"category": "other", "description": "X", "quantity": "1", "unit_price": "1"}
    data = {**QUOTE, "subject": "Angebot 🦄", "lines": [{**line, "unit": "مرحبا"}]}
    out = tmp_path / "angebot.pdf"
    assert main(["pdf", "quote", write(tmp_path, data), "-o", str(out)]) == 0
    _, err = capsys.readouterr()
    assert err.splitlines() == [
        "nspdesk pdf: Warnung: Betreff enthält Zeichen, die keine eingebettete Schrift darstellen "
        "kann (im PDF leere Kästchen): 🦄 (U+1F984)",
        "nspdesk pdf: Warnung: Position 1 (Einheit) enthält Zeichen, die keine eingebettete "
        "Schrift darstellen kann (im PDF leere Kästchen): م (U+0645), ر (U+0631), ح (U+062D), "
        "ب (U+0628), ا (U+0627)",
    ]
    assert "Angebot" in text(out.read_bytes())


def test_quote_letter_from_json_greets_signs_and_warns(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The JSON letter greets the recipient's contact as the app does and is signed; a sender
    without the details § 35a GmbHG requires is warned about, as the app's letterhead form does."""
    out = tmp_path / "angebot.pdf"
    person = {"name": "Thomas Weber", "salutation": "Herr", "title": "Dr."}
    data = {
        **QUOTE,
        "recipient": {**QUOTE["recipient"], "contact": person},  # type: ignore[dict-item]
        "sender": {"company": "Klein IT", "street": "Weg 1", "postal_code": "1", "city": "Köln"},
        "contact": "Max Vertrieb",
        "contact_function": "Vertrieb",
    }
    assert main(["pdf", "quote", write(tmp_path, data), "-o", str(out)]) == 0
    content = text(out.read_bytes())
    assert "Herr Dr. Thomas Weber" in content and "Sehr geehrter Herr Dr. Weber," in content
    assert "Mit freundlichen Grüßen Klein IT Max Vertrieb Vertrieb" in content
    err = capsys.readouterr().err
    assert (
        "nspdesk pdf: Warnung: sender: auf Geschäftsbriefen vorgeschrieben (§ 35a GmbHG), noch "
        "leer: Rechtsform, Registergericht, Registernummer, Geschäftsführung"
    ) in err
    assert main(["pdf", "quote", write(tmp_path, QUOTE), "-o", str(out)]) == 0
    assert "§ 35a" not in capsys.readouterr().err  # the demo sender has them all


def test_quote_with_reverse_charge_needs_the_customers_vat_id(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "angebot.pdf"
    assert (
        main(["pdf", "quote", write(tmp_path, {**QUOTE, "vat": "reverse-charge"}), "-o", str(out)])
        == 2
    )
    assert "recipient.vat_id: fehlt" in capsys.readouterr().err
    assert not out.exists()
    assert main(["pdf", "quote", write(tmp_path, QUOTE), "--function", "X", "-o", str(out)]) == 2
    assert "--function gilt nur mit --id" in capsys.readouterr().err
